"""Adding and removing a server's articles from Discord attachments."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import PurePath

from bot.db.engine import Database
from bot.db.records import ArticleRecord
from bot.db.repos import articles as article_repo
from bot.services.engines import Engines
from bot.services.errors import UserError
from bot.services.topics import forget_cache
from questions.article import ARTICLE_SUFFIXES, ArticleError, parse_article_bytes


@dataclass(frozen=True)
class Added:
    article: ArticleRecord
    facts: int
    questions: int  # stored (new to this server)


def check_attachment(filename: str, size: int, max_bytes: int) -> tuple[str, str]:
    """(stem, suffix) of an acceptable attachment, or a UserError saying what is wrong.
    Checked before a byte is downloaded."""
    path = PurePath(filename or "article.txt")
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise UserError(
            f"{path.name!r} is not an article: attach a .txt or .md file (UTF-8 text)."
        )
    if size > max_bytes:
        raise UserError(
            f"{path.name!r} is {size / 1e6:.1f} MB; articles can be at most "
            f"{max_bytes / 1e6:.1f} MB."
        )
    if size == 0:
        raise UserError(f"{path.name!r} is empty.")
    return path.stem, suffix


async def add_article(
    db: Database,
    engines: Engines,
    *,
    data: bytes,
    stem: str,
    suffix: str,
    title: str | None,
    guild_id: int,
    user_id: int,
    max_bytes: int,
) -> Added:
    try:
        article = parse_article_bytes(data, name=stem, suffix=suffix, max_bytes=max_bytes)
    except ArticleError as error:
        raise UserError(f"Not added: {error}") from None
    if title and title.strip():
        article = dataclasses.replace(article, title=" ".join(title.split())[:300])
    existing = await article_repo.find_duplicate(db, guild_id, article_repo.content_hash(article))
    if existing is not None:
        raise UserError(f"Not added: this server already has this article (#{existing}).")
    result = await engines.generate([article])
    if not result.questions:
        raise UserError(
            "Not added: I found no sentence in it that a fair question can come from "
            "(articles need full sentences about who did what, where and when)."
        )
    try:
        record = await article_repo.add_article(
            db, article, guild_id=guild_id, added_by=user_id,
            facts=result.facts, questions=result.questions,
        )
    except article_repo.DuplicateArticle as error:
        raise UserError(
            f"Not added: this server already has this article (#{error.existing_id})."
        ) from None
    engines.forget(guild_id)
    forget_cache(guild_id)
    return Added(record, record.facts, record.questions)


async def remove_article(
    db: Database, engines: Engines, *, value: str, guild_id: int
) -> ArticleRecord:
    if not value.strip().isdigit():
        # Typed instead of picked: match the server's article by title or file name.
        folded = value.strip().casefold()
        matches = [
            r for r in await article_repo.list_articles(db, guild_id)
            if folded in (r.title.casefold(), r.name.casefold())
        ]
        if len(matches) != 1:
            raise UserError("Pick the article from the list that appears as you type.")
        value = str(matches[0].id)
    removed = await article_repo.remove_article(db, int(value), guild_id=guild_id)
    if removed is None:
        raise UserError("This server has no such article (shared articles cannot be removed).")
    engines.forget(guild_id)
    forget_cache(guild_id)
    return removed

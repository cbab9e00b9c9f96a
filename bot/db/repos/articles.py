"""Articles and the facts read from them. An article, its facts and its questions are
stored in one transaction; the same text twice in one guild is refused (content hash).
Removing an article removes its facts and questions (foreign keys cascade)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, select

from bot.db.engine import Database
from bot.db.models import GLOBAL, Article, Fact, Question
from bot.db.records import ArticleRecord, FactRecord
from bot.db.repos._base import as_utc, aware, insert, writing
from bot.db.repos._rows import from_row, read_all, read_one
from bot.db.repos.questions import store_questions_in
from questions.types import Article as ParsedArticle
from questions.types import Fact as ParsedFact
from questions.types import QuizQuestion

_art = Article.__table__
_facts = Fact.__table__
_q = Question.__table__


class DuplicateArticle(Exception):
    """The guild already has an article with this text."""

    def __init__(self, existing_id: int, title: str = "") -> None:
        super().__init__(f"this article is already stored as #{existing_id} {title!r}".strip())
        self.existing_id = existing_id


@dataclass(frozen=True)
class Removed:
    article: ArticleRecord  # as it was, with the counts of facts and questions removed


def content_hash(article: ParsedArticle) -> str:
    return article.content_hash or hashlib.sha256(article.body.encode("utf-8")).hexdigest()


def _fact_row(article_id: int, fact: ParsedFact) -> dict:
    data = dict(fact.context)
    data["object_type"] = fact.object_type
    if fact.source.date:
        data["date"] = fact.source.date.isoformat()
    return {
        "article_id": article_id,
        "subject": fact.subject[:300],
        "relation": fact.relation[:200],
        "object": fact.object[:300],
        "sentence": fact.source.sentence,
        "data": data,
    }


def _record(row, facts: int = 0, questions: int = 0) -> ArticleRecord:
    return from_row(
        ArticleRecord,
        row,
        tags=tuple(row.tags or ()),
        created_at=aware(row.created_at),
        facts=facts,
        questions=questions,
    )


async def find_duplicate(db: Database, guild_id: int, digest: str) -> int | None:
    """The id of the guild's article with this content hash, if any."""
    async with db.engine.connect() as conn:
        return await conn.scalar(
            select(_art.c.id).where(_art.c.guild_id == guild_id, _art.c.content_hash == digest)
        )


async def add_article(
    db: Database,
    article: ParsedArticle,
    *,
    guild_id: int = GLOBAL,
    added_by: int | None = None,
    facts: Iterable[ParsedFact] = (),
    questions: Iterable[QuizQuestion] = (),
    at: dt.datetime | None = None,
) -> ArticleRecord:
    """Store an article with its facts and questions, all or nothing. Raises
    DuplicateArticle (with the stored article's id) if the guild has the same text."""
    digest = content_hash(article)
    async with writing(db) as conn:
        statement = (
            insert(conn, _art)
            .values(
                guild_id=guild_id,
                content_hash=digest,
                name=article.name[:200],
                title=(article.title or article.name)[:300],
                date=article.date,
                source=article.source[:500] if article.source else None,
                tags=list(article.tags),
                text=article.body,
                added_by=added_by,
                created_at=as_utc(at),
            )
            .on_conflict_do_nothing(index_elements=[_art.c.guild_id, _art.c.content_hash])
            .returning(*_art.c)
        )
        row = (await conn.execute(statement)).first()
        if row is None:
            existing = (
                await conn.execute(
                    select(_art.c.id, _art.c.title).where(
                        _art.c.guild_id == guild_id, _art.c.content_hash == digest
                    )
                )
            ).one()
            raise DuplicateArticle(existing.id, existing.title)
        fact_rows = [_fact_row(row.id, fact) for fact in facts]
        for start in range(0, len(fact_rows), 500):
            await conn.execute(_facts.insert(), fact_rows[start : start + 500])
        stored = await store_questions_in(
            conn, questions, guild_id=guild_id, article_id=row.id, at=as_utc(at)
        )
    return _record(row, len(fact_rows), stored)


def _counted():
    facts = (
        select(func.count()).where(_facts.c.article_id == _art.c.id).scalar_subquery()
    )
    questions = select(func.count()).where(_q.c.article_id == _art.c.id).scalar_subquery()
    return select(_art, facts.label("n_facts"), questions.label("n_questions"))


def _counted_record(row) -> ArticleRecord:
    """A row of `_counted()`: the article with its counts."""
    return _record(row, row.n_facts, row.n_questions)


async def get_article(db: Database, article_id: int) -> ArticleRecord | None:
    return await read_one(db, _counted().where(_art.c.id == article_id), _counted_record)


async def list_articles(
    db: Database, guild_id: int | None = None, *, include_global: bool = False
) -> list[ArticleRecord]:
    """Articles, oldest first: all of them, or one guild's (and the global ones too with
    `include_global`)."""
    statement = _counted().order_by(_art.c.id)
    if guild_id is not None:
        guilds = {guild_id, GLOBAL} if include_global else {guild_id}
        statement = statement.where(_art.c.guild_id.in_(guilds))
    return await read_all(db, statement, _counted_record)


async def remove_article(
    db: Database, article_id: int, *, guild_id: int | None = None
) -> ArticleRecord | None:
    """Delete an article with its facts and questions. With `guild_id`, only that
    guild's own article. Returns what was removed (with counts), or None."""
    async with writing(db) as conn:
        statement = _counted().where(_art.c.id == article_id)
        if guild_id is not None:
            statement = statement.where(_art.c.guild_id == guild_id)
        row = (await conn.execute(statement)).first()
        if row is None:
            return None
        await conn.execute(delete(_art).where(_art.c.id == article_id))
    return _counted_record(row)


def _fact(row) -> FactRecord:
    return from_row(FactRecord, row, data=dict(row.data or {}))


async def list_facts(
    db: Database, *, guild_id: int | None = None, article_id: int | None = None
) -> list[FactRecord]:
    """Facts of one article, or of every article a guild sees (its own and global)."""
    statement = select(_facts).order_by(_facts.c.id)
    if article_id is not None:
        statement = statement.where(_facts.c.article_id == article_id)
    if guild_id is not None:
        statement = statement.join(_art, _art.c.id == _facts.c.article_id).where(
            _art.c.guild_id.in_({guild_id, GLOBAL})
        )
    return await read_all(db, statement, _fact)


async def article_text(db: Database, article_id: int) -> str | None:
    async with db.engine.connect() as conn:
        return await conn.scalar(select(_art.c.text).where(_art.c.id == article_id))

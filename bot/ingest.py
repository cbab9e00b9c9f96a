"""Ingest articles: read a file (or an attachment's bytes), run the question engine on
it, and store the article with its facts and questions in one transaction.

Each article is its own unit: a bad file, or an engine error on one article, is
reported for that file and the others go on. An article whose text the guild already
has is reported as a duplicate (with the stored id) without running the engine.
The engine (spaCy) is CPU-bound, so it runs in a worker thread, never on the event loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from bot.db.engine import Database
from bot.db.models import GLOBAL
from bot.db.repos import articles as articles_repo
from questions.article import (
    DEFAULT_MAX_BYTES,
    ArticleError,
    iter_article_paths,
    parse_article_bytes,
    read_article,
)
from questions.types import Article, Fact, QuizQuestion

ADDED = "added"
DUPLICATE = "duplicate"
FAILED = "failed"


class Engine(Protocol):
    """What ingest needs of questions.engine.QuestionEngine."""

    def generate(self, articles: list[Article]):  # -> EngineResult (.facts, .questions)
        ...


@dataclass(frozen=True)
class Outcome:
    """What happened to one file or attachment."""

    source: str  # the path or attachment name
    status: str  # added | duplicate | failed
    article_id: int | None = None
    title: str | None = None
    facts: int = 0
    questions: int = 0
    error: str | None = None


class EngineUnavailable(RuntimeError):
    """The question engine cannot run at all (e.g. the spaCy model is missing)."""


def default_engine(model: str, glossary_path: Path | None) -> Engine:
    """The real engine, with the glossary when the file exists."""
    from questions.engine import QuestionEngine

    glossary = None
    if glossary_path is not None and glossary_path.is_file():
        from questions.glossary import GlossaryError, load_glossary

        try:
            glossary = load_glossary(glossary_path)
        except GlossaryError as error:
            raise EngineUnavailable(str(error)) from None
    return QuestionEngine(model=model, glossary=glossary)


def _own(article: Article, items: Iterable, key: Callable) -> list:
    """The engine's output that came from this article (it may be given several)."""
    return [item for item in items if key(item) in (None, article.name)]


async def _generate(engine: Engine, article: Article) -> tuple[list[Fact], list[QuizQuestion]]:
    result = await asyncio.to_thread(engine.generate, [article])
    facts = _own(article, result.facts, lambda f: f.source.article if f.source else None)
    questions = _own(
        article, result.questions, lambda q: q.source.article if q.source else None
    )
    return facts, questions


async def ingest_article(
    db: Database,
    article: Article,
    engine: Engine,
    *,
    source: str,
    guild_id: int = GLOBAL,
    added_by: int | None = None,
) -> Outcome:
    """Generate and store one parsed article. Engine failures that mean the engine
    cannot run at all (a missing model) propagate as EngineUnavailable."""
    digest = articles_repo.content_hash(article)
    existing = await articles_repo.find_duplicate(db, guild_id, digest)
    if existing is not None:
        return Outcome(source, DUPLICATE, existing, article.title,
                       error=f"already stored as article #{existing}")
    try:
        facts, questions = await _generate(engine, article)
    except Exception as error:  # one article's failure must not stop the rest
        if _is_model_error(error):
            raise EngineUnavailable(str(error)) from error
        return Outcome(source, FAILED, title=article.title,
                       error=f"question engine failed: {type(error).__name__}: {error}")
    if not questions:  # as /article add: an article nothing can be asked about is refused
        return Outcome(source, FAILED, title=article.title,
                       error="no sentence in it that a fair question can come from")
    try:
        stored = await articles_repo.add_article(
            db, article, guild_id=guild_id, added_by=added_by, facts=facts, questions=questions
        )
    except articles_repo.DuplicateArticle as duplicate:  # added meanwhile by someone else
        return Outcome(source, DUPLICATE, duplicate.existing_id, article.title,
                       error=f"already stored as article #{duplicate.existing_id}")
    return Outcome(source, ADDED, stored.id, stored.title, stored.facts, stored.questions)


def _is_model_error(error: Exception) -> bool:
    try:
        from questions.nlp import ModelError
    except ImportError:  # pragma: no cover - the engine package is always there
        return False
    return isinstance(error, ModelError)


async def ingest_bytes(
    db: Database,
    data: bytes,
    filename: str,
    engine: Engine,
    *,
    guild_id: int,
    added_by: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Outcome:
    """An uploaded attachment (the slash command's path). Bad input is an Outcome with
    a one-line error, never an exception (except EngineUnavailable)."""
    path = Path(filename)
    try:
        article = parse_article_bytes(
            data, name=path.stem or "article", suffix=path.suffix or ".txt", max_bytes=max_bytes
        )
    except ArticleError as error:
        return Outcome(filename, FAILED, error=str(error))
    return await ingest_article(
        db, article, engine, source=filename, guild_id=guild_id, added_by=added_by
    )


def expand_paths(paths: Iterable[Path | str]) -> tuple[list[Path], list[Outcome]]:
    """Files to read (folders expanded), and an Outcome for each path that is missing."""
    files: list[Path] = []
    missing: list[Outcome] = []
    for raw in paths:
        try:
            files.extend(iter_article_paths([raw]))
        except ArticleError as error:
            missing.append(Outcome(str(raw), FAILED, error=str(error)))
    return files, missing


async def ingest_files(
    db: Database,
    files: Iterable[Path],
    engine: Engine,
    *,
    guild_id: int = GLOBAL,
    added_by: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_done: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Ingest each file in turn; `on_done` is called after each (progress bars)."""
    outcomes: list[Outcome] = []
    for path in files:
        try:
            article = read_article(path, max_bytes=max_bytes)
        except ArticleError as error:
            outcome = Outcome(str(path), FAILED, error=str(error))
        else:
            outcome = await ingest_article(
                db, article, engine, source=str(path), guild_id=guild_id, added_by=added_by
            )
        outcomes.append(outcome)
        if on_done is not None:
            on_done(outcome)
    return outcomes

"""The language engines, loaded once, lazily, off the event loop.

spaCy's load and every parse run in a worker thread (`asyncio.to_thread`) so the bot
keeps answering interactions and heartbeats while an article is read. Each engine is
used by one thread at a time (a lock), because spaCy pipelines are not meant to be shared
between threads.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.db.engine import Database
from bot.db.models import GLOBAL
from bot.db.records import ArticleRecord
from bot.db.repos import articles as article_repo
from bot.settings import Settings
from questions.types import Article, LookupAnswer, Paragraph

log = logging.getLogger(__name__)


@dataclass
class Engines:
    settings: Settings
    _glossary: Any = None
    _glossary_loaded: bool = False
    _question_engine: Any = None
    _lookup_nlp: Any = None
    _lookups: dict[int, tuple[frozenset[int], Any]] = field(default_factory=dict)
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def glossary(self):
        if not self._glossary_loaded:
            from questions.glossary import load_glossary

            path = self.settings.seeds_dir / "glossary.yaml"
            try:
                self._glossary = load_glossary(path) if path.exists() else None
            except Exception as error:  # a broken glossary must not stop the bot
                log.warning("glossary %s not loaded: %s", path, error)
                self._glossary = None
            self._glossary_loaded = True
        return self._glossary

    def _question_engine_sync(self):
        if self._question_engine is None:
            from questions.engine import QuestionEngine

            self._question_engine = QuestionEngine(
                model=self.settings.spacy_model, glossary=self.glossary()
            )
        return self._question_engine

    async def generate(self, articles: Sequence[Article]):
        """Facts and questions from articles (EngineResult), in a worker thread."""

        def work():
            return self._question_engine_sync().generate(list(articles))

        async with self._lock:
            return await asyncio.to_thread(work)

    # ------------------------------------------------------------------ look-up

    async def ask(self, db: Database, guild_id: int | None, question: str) -> LookupAnswer:
        """Answer from the articles this guild sees (its own and the shared ones)."""
        key = GLOBAL if guild_id is None else guild_id
        records = await article_repo.list_articles(db, key, include_global=True)
        ids = frozenset(r.id for r in records)
        if not ids:
            return LookupAnswer(None, None, None, None, 0.0)
        cached = self._lookups.get(key)
        if cached is None or cached[0] != ids:
            articles = [await self._stored_article(db, r) for r in records]
            async with self._lock:
                engine = await asyncio.to_thread(self._build_lookup, articles)
            self._lookups[key] = (ids, engine)
        engine = self._lookups[key][1]
        async with self._lock:
            return await asyncio.to_thread(engine.ask, question)

    def forget(self, guild_id: int) -> None:
        self._lookups.pop(guild_id, None)

    def _build_lookup(self, articles: list[Article]):
        from questions.lookup import LookupEngine
        from questions.lookup.pipeline import load_pipeline

        if self._lookup_nlp is None:
            self._lookup_nlp = load_pipeline(self.settings.spacy_model, self.glossary())
        return LookupEngine.build(articles, self._lookup_nlp, self.glossary())

    @staticmethod
    async def _stored_article(db: Database, record: ArticleRecord) -> Article:
        text = await article_repo.article_text(db, record.id) or ""
        paragraphs = tuple(Paragraph(p) for p in text.split("\n\n") if p.strip())
        return Article(
            name=record.name, title=record.title, date=record.date, paragraphs=paragraphs,
            source=record.source, tags=record.tags, content_hash=record.content_hash,
        )


_engines: dict[int, Engines] = {}


def engines_for(bot) -> Engines:
    """The bot's engines (one set per bot object)."""
    found = _engines.get(id(bot))
    if found is None:
        found = _engines[id(bot)] = Engines(bot.settings)
    return found

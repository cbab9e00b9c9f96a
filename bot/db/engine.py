"""The async engine and session factory, with SQLite set up for a busy bot."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

SQLITE_BUSY_TIMEOUT_MS = 5_000


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets readers (leaderboards) run beside the one writer; the busy timeout makes
    # a second writer wait instead of failing at once; foreign keys are off by default.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def ensure_sqlite_folder(url: str) -> None:
    """Create the folder of a SQLite file so a first run needs no manual step."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def create_engine(url: str, *, echo: bool = False, pool_size: int = 10) -> AsyncEngine:
    ensure_sqlite_folder(url)
    if is_sqlite(url):
        engine = create_async_engine(url, echo=echo)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    else:
        engine = create_async_engine(
            url, echo=echo, pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True
        )
    return engine


@dataclass
class Database:
    """What the rest of the bot holds: an engine and a session factory."""

    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    # What the repositories opened beside the engine (SQLite's writer thread and
    # read connection), closed with it; see bot.db.repos._base.
    _closers: list[Callable[[], None]] = field(default_factory=list, repr=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def on_close(self, closer: Callable[[], None]) -> None:
        """Call `closer` (blocking, run in a thread) when the database closes."""
        self._closers.append(closer)

    async def close(self) -> None:
        closers, self._closers = self._closers, []
        for closer in reversed(closers):
            await asyncio.to_thread(closer)
        await self.engine.dispose()


def open_database(url: str, *, echo: bool = False) -> Database:
    engine = create_engine(url, echo=echo)
    return Database(engine=engine, sessions=async_sessionmaker(engine, expire_on_commit=False))

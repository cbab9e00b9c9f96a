"""The async engine and session factory, with SQLite set up for a busy bot."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
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

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 5_000
# How long Database.close() waits for work still in flight (queued writes, connections
# checked out) before it closes what is left under it.
CLOSE_GRACE_SECONDS = 5.0


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
    # What they still have in flight (the writer's queue), awaited before closing.
    _drains: list[Callable[[], Awaitable[None]]] = field(default_factory=list, repr=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def on_close(self, closer: Callable[[], None]) -> None:
        """Call `closer` (blocking, run in a thread) when the database closes."""
        self._closers.append(closer)

    def on_drain(self, drain: Callable[[], Awaitable[None]]) -> None:
        """Await `drain()` (it returns once its queued work is done) before closing."""
        self._drains.append(drain)

    async def close(self, *, grace: float = CLOSE_GRACE_SECONDS) -> None:
        """Close once the work in flight is done (for at most `grace` seconds).

        In order: queued writes are committed; every connection checked out of the
        pool comes back; then the helpers and the pool close. The second step is what
        makes close() final. `engine.dispose()` only closes connections that are
        checked in. A task cancelled in the middle of a query (a cog's background task
        when the bot unloads it) has its connection invalidated by SQLAlchemy, which
        closes it in a second, shielded task that the cancelled task awaits. Returning
        before that ends leaves both running after the database "closed". When the
        event loop then ends and cancels every task at once, aiosqlite's close in that
        task waits forever for a thread that has already stopped, and the loop (a bot's
        asyncio.run, a test's teardown) hangs. See tests/db/test_close_in_flight.py.
        """
        deadline = time.monotonic() + grace
        drains, self._drains = self._drains, []
        for drain in drains:
            try:
                await asyncio.wait_for(drain(), max(deadline - time.monotonic(), 0))
            except TimeoutError:
                log.warning("closing the database with writes still queued")
        await self._connections_back(deadline)
        closers, self._closers = self._closers, []
        for closer in reversed(closers):
            await asyncio.to_thread(closer)
        await self.engine.dispose()

    async def _connections_back(self, deadline: float) -> None:
        pool = self.engine.sync_engine.pool
        checkedout = getattr(pool, "checkedout", None)  # QueuePool's count
        if checkedout is None or not checkedout():  # (a single shared in-memory one)
            return
        loop = asyncio.get_running_loop()
        returned = asyncio.Event()

        def on_checkin(*_args: object) -> None:  # any thread: the GC may return one
            with contextlib.suppress(RuntimeError):  # the loop has closed
                loop.call_soon_threadsafe(returned.set)

        event.listen(pool, "checkin", on_checkin)
        try:
            while True:
                returned.clear()
                out = checkedout()
                left = deadline - time.monotonic()
                if not out or left <= 0:
                    break
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(returned.wait(), left)
        finally:
            event.remove(pool, "checkin", on_checkin)
        if out:
            log.warning("closing the database with %d connection(s) still in use", out)


def open_database(url: str, *, echo: bool = False) -> Database:
    engine = create_engine(url, echo=echo)
    return Database(engine=engine, sessions=async_sessionmaker(engine, expire_on_commit=False))

"""What every repository shares: write transactions, the dialect's upsert, the lean
read path for hot queries, and turning stored values into plain Python.

Write transactions: `async with writing(db) as conn:` runs one transaction. On SQLite only
one writer can hold the file at a time, so writers of one process queue on an asyncio
lock instead of spinning in SQLite's busy handler (which sleeps in steps of up to 100 ms
and would make a busy quiz stall); the busy timeout still covers other processes.

Hot reads (leaderboards, ranks): `fetch(db, prepared, params)` runs a Core statement,
compiled once per dialect, straight on the driver and returns plain tuples. On SQLite it
uses one read-only `sqlite3` connection per database file in the event loop's thread:
these index scans take tens of microseconds, less than one hop to aiosqlite's worker
thread, and in WAL mode a reader never waits for the writer. On PostgreSQL it runs the
same SQL on a pooled asyncpg connection, bypassing result processing.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import sqlite3
import weakref
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Executable
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Dialect, make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.db.engine import Database
from bot.db.models import utcnow

T = TypeVar("T")
READ_BUSY_TIMEOUT_MS = 250  # a WAL reader only waits during recovery or a truncating checkpoint

_write_locks: weakref.WeakKeyDictionary[AsyncEngine, asyncio.Lock] = weakref.WeakKeyDictionary()


def _write_lock(engine: AsyncEngine) -> asyncio.Lock:
    lock = _write_locks.get(engine)
    if lock is None:
        lock = _write_locks[engine] = asyncio.Lock()
    return lock


@asynccontextmanager
async def writing(db: Database) -> AsyncIterator[AsyncConnection]:
    """One write transaction: committed on success, rolled back on any error."""
    if db.is_sqlite:
        async with _write_lock(db.engine), db.engine.begin() as conn:
            yield conn
    else:
        async with db.engine.begin() as conn:
            yield conn


class _SqliteWriter:
    """One thread with one plain `sqlite3` connection (through a sync engine) that runs
    write transactions for `run_write`: one thread hop per group instead of several per
    statement through aiosqlite. Used for the hottest write, recording an answer.

    Group commit: work that arrives while the writer is busy (or while another writer
    holds the process's write lock) waits in `queue`; the next turn takes everything
    queued (up to MAX_GROUP) and runs it in ONE transaction, each piece inside its own
    SAVEPOINT, so a piece that raises is rolled back alone and only its caller sees the
    error. Callers are answered only after the COMMIT that holds their piece, so
    "stored" still means durable. One commit (and one hop to the thread) is shared by
    the whole group: throughput grows with load instead of the queue.

    Checkpoints (copying the WAL back into the database file, with an fsync) would
    otherwise run inside whichever commit crosses 1000 WAL pages: about one answer in a
    hundred would wait for one, which is the whole p99. So this connection does not
    checkpoint on commit; every CHECKPOINT_EVERY transactions a PASSIVE checkpoint runs
    on a second thread, beside the writer (WAL lets them overlap)."""

    def __init__(self, engine: AsyncEngine) -> None:
        from sqlalchemy import create_engine, event

        from bot.db.engine import _sqlite_pragmas

        self.path = engine.url.database
        self.engine = create_engine(engine.url.set(drivername="sqlite"), pool_size=1)
        event.listen(self.engine, "connect", _sqlite_pragmas)
        event.listen(self.engine, "connect", _no_autocheckpoint)
        # pysqlite's own transaction handling does not nest SAVEPOINTs correctly: take
        # it over (SQLAlchemy's documented recipe), SAVEPOINTs then nest inside it.
        event.listen(self.engine, "connect", _driver_autocommit)
        event.listen(self.engine, "begin", _begin_immediate)
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-writer")
        self.checkpointer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-ckpt")
        self.writes = 0
        self.pending: Future | None = None
        self.checkpoint_connection: sqlite3.Connection | None = None
        self.closed = False
        self.queue: list[tuple[Callable[[Connection], Any], asyncio.Future]] = []
        self.flusher: asyncio.Task | None = None
        self.groups = 0  # transactions committed (for tests and profiling)

    async def submit(self, lock: asyncio.Lock, work: Callable[[Connection], T]) -> T:
        """Queue `work` for the next group; its result once that group is committed."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future = loop.create_future()
        self.queue.append((work, future))
        if self.flusher is None or self.flusher.done():
            self.flusher = loop.create_task(self._flush(lock), name="sqlite-group-commit")
        return await future

    async def _flush(self, lock: asyncio.Lock) -> None:
        loop = asyncio.get_running_loop()
        while self.queue:
            async with lock:
                # Taken only once the lock is ours: everything that queued meanwhile
                # joins this group.
                group, self.queue = self.queue[:MAX_GROUP], self.queue[MAX_GROUP:]
                live = [(work, future) for work, future in group if not future.cancelled()]
                if not live:
                    continue
                try:
                    outcomes = await loop.run_in_executor(
                        self.executor, self.run_group, [work for work, _ in live]
                    )
                except BaseException as error:  # the commit failed: nothing is stored
                    for _, future in live:
                        if not future.done():
                            future.set_exception(
                                error if isinstance(error, Exception) else RuntimeError(
                                    "the write was interrupted"
                                )
                            )
                    if not isinstance(error, Exception):
                        raise
                    continue
            for (_, future), (ok, value) in zip(live, outcomes, strict=True):
                if future.done():
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)

    async def drain(self) -> None:
        """Return once everything queued so far is committed (or refused)."""
        while self.flusher is not None and not self.flusher.done():
            # asyncio.wait: a close() that gives up waiting does not cancel a commit,
            # and the flusher's own error is its callers', not close()'s.
            await asyncio.wait({self.flusher})

    def run_group(self, works: list[Callable[[Connection], Any]]) -> list[tuple[bool, Any]]:
        """On the writer thread: one transaction, one savepoint per piece of work."""
        outcomes: list[tuple[bool, Any]] = []
        if len(works) == 1:  # alone: no savepoint needed, its error rolls it all back
            try:
                with self.engine.begin() as conn:
                    outcomes.append((True, works[0](conn)))
            except Exception as error:
                return [(False, error)]
        else:
            with self.engine.begin() as conn:
                # Savepoints straight on the driver: SQLAlchemy's begin_nested() compiles
                # its SAVEPOINT and RELEASE afresh each time (they have no cache key),
                # which was a third of the writer's CPU per answer.
                raw = conn.connection.driver_connection
                for work in works:
                    raw.execute("SAVEPOINT piece")
                    try:
                        value = work(conn)
                    except Exception as error:
                        raw.execute("ROLLBACK TO piece")
                        raw.execute("RELEASE piece")
                        outcomes.append((False, error))
                    else:
                        raw.execute("RELEASE piece")
                        outcomes.append((True, value))
        self.groups += 1
        self.writes += 1
        if self.writes % CHECKPOINT_EVERY == 0 and (self.pending is None or self.pending.done()):
            self.pending = self.checkpointer.submit(self._checkpoint)
        return outcomes

    def run(self, work: Callable[[Connection], T]) -> T:
        ok, value = self.run_group([work])[0]
        if not ok:
            raise value
        return value

    def _checkpoint(self) -> None:
        if self.checkpoint_connection is None:
            # Used on the checkpoint thread only; closed by close() once that is idle.
            self.checkpoint_connection = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False
            )
            self.checkpoint_connection.execute(f"PRAGMA busy_timeout={READ_BUSY_TIMEOUT_MS}")
        with contextlib.suppress(sqlite3.Error):  # busy: the next one will catch up
            self.checkpoint_connection.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def close(self) -> None:
        """Let queued work finish, then close both connections from here. Nothing new is
        handed to the threads: an executor refuses work once the interpreter is shutting
        down, which is when a finalizer closes a writer whose engine was never closed.
        SQLAlchemy opens file databases with check_same_thread=False, and both threads
        are idle by then, so closing from this thread is safe. Idempotent."""
        if self.closed:
            return
        self.closed = True
        self.executor.shutdown(wait=True)
        self.checkpointer.shutdown(wait=True)
        self.engine.dispose()
        if self.checkpoint_connection is not None:
            self.checkpoint_connection.close()
            self.checkpoint_connection = None


CHECKPOINT_EVERY = 64  # transactions (groups) between passive checkpoints
MAX_GROUP = 512  # pieces of work per group transaction


def _no_autocheckpoint(dbapi_connection, _record) -> None:
    dbapi_connection.execute("PRAGMA wal_autocheckpoint=0")


def _driver_autocommit(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)


def _begin_immediate(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


_writers: weakref.WeakKeyDictionary[AsyncEngine, _SqliteWriter] = weakref.WeakKeyDictionary()


async def run_write(db: Database, work: Callable[[Connection], T]) -> T:
    """Run `work(connection)` as one write transaction with the sync Connection API.

    On SQLite it runs on the writer thread under the process's write lock, committed
    together with the other work queued meanwhile (group commit, see _SqliteWriter): it
    returns, or raises its own error, once that commit is done. On PostgreSQL it runs as
    its own transaction through the async engine (run_sync); concurrent connections
    already overlap there."""
    if not db.is_sqlite or _memory_database(db.engine):
        async with writing(db) as conn:
            return await conn.run_sync(work)
    writer = _writers.get(db.engine)
    if writer is None:
        writer = _writers[db.engine] = _SqliteWriter(db.engine)
        db.on_drain(writer.drain)
        db.on_close(partial(_forget, _writers, db.engine, writer.close))
        weakref.finalize(db.engine, writer.close)  # an engine dropped without close()
    return await writer.submit(_write_lock(db.engine), work)


def _forget(
    cache: weakref.WeakKeyDictionary, engine: AsyncEngine, close: Callable[[], None]
) -> None:
    """Close a helper at Database.close; a disposed engine used again makes a new one."""
    cache.pop(engine, None)
    close()


def _memory_database(engine: AsyncEngine) -> bool:
    database = engine.url.database
    return not database or database == ":memory:" or database.startswith("file:")


def insert(conn_or_db: AsyncConnection | Connection | Database, table: Any):
    """The dialect's INSERT, which has on_conflict_do_nothing/do_update on both engines."""
    name = (
        conn_or_db.engine.dialect.name
        if isinstance(conn_or_db, Database)
        else conn_or_db.dialect.name
    )
    return (sqlite.insert if name == "sqlite" else postgresql.insert)(table)


def bind_date(db: Database, day: dt.date) -> dt.date | str:
    """A date as the driver takes it on the lean path (SQLite stores ISO text)."""
    return day.isoformat() if db.is_sqlite else day


def clip(value: str | None, limit: int) -> str | None:
    """User text as a column takes it: at most `limit` characters (PostgreSQL refuses
    longer ones) and no NUL characters (PostgreSQL refuses those in text at all)."""
    if value is None:
        return None
    return value.replace("\x00", "")[:limit]


def now() -> dt.datetime:
    return utcnow()


def aware(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands datetimes back naive (stored as UTC); make them aware again."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.UTC)


def as_utc(value: dt.datetime | None) -> dt.datetime:
    """A caller's time as aware UTC (naive means UTC); None means now."""
    if value is None:
        return now()
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def week_start(at: dt.datetime) -> dt.date:
    """The Monday (UTC) of the week `at` falls in: the weekly board's key."""
    day = as_utc(at).date()
    return day - dt.timedelta(days=day.weekday())


# ---------------------------------------------------------------- the lean read path


@dataclass(frozen=True)
class Prepared:
    sql: str
    names: tuple[str, ...]  # bind parameter names in positional order

    def args(self, params: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(params[name] for name in self.names)


_prepared: dict[tuple[int, str], Prepared] = {}


def prepare(key: int, statement: Executable, dialect: Dialect) -> Prepared:
    """Compile a Core statement once per dialect into driver SQL with positional binds."""
    cache_key = (key, dialect.name)
    found = _prepared.get(cache_key)
    if found is None:
        compiled = statement.compile(dialect=dialect)
        found = Prepared(compiled.string, tuple(compiled.positiontup or ()))
        _prepared[cache_key] = found
    return found


class _SqliteReader:
    def __init__(self, path: str) -> None:
        if not Path(path).exists():
            raise FileNotFoundError(path)
        # Autocommit: every query reads the latest committed snapshot, holds nothing.
        self.connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.connection.execute(f"PRAGMA busy_timeout={READ_BUSY_TIMEOUT_MS}")
        self.connection.execute("PRAGMA query_only=1")

    def close(self) -> None:
        self.connection.close()


_readers: weakref.WeakKeyDictionary[AsyncEngine, _SqliteReader | None] = (
    weakref.WeakKeyDictionary()
)


def _sqlite_reader(db: Database) -> _SqliteReader | None:
    engine = db.engine
    if engine in _readers:
        return _readers[engine]
    database = make_url(str(engine.url)).database
    reader = None
    if database and database != ":memory:" and not database.startswith("file:"):
        try:
            reader = _SqliteReader(database)
        except (OSError, sqlite3.Error):
            reader = None  # not created yet: use the async path
        else:
            db.on_close(partial(_forget, _readers, engine, reader.close))
            weakref.finalize(engine, reader.close)
    _readers[engine] = reader
    return reader


async def fetch(
    db: Database, key: int, statement: Executable, params: dict[str, Any]
) -> Sequence[tuple[Any, ...]]:
    """Run a hot read and return plain tuples (see the module docstring)."""
    prepared = prepare(key, statement, db.engine.dialect)
    args = prepared.args(params)
    if db.is_sqlite:
        reader = _sqlite_reader(db)
        if reader is not None:
            try:
                return reader.connection.execute(prepared.sql, args).fetchall()
            except sqlite3.OperationalError:
                pass  # busy during a checkpoint or recovery: wait on the async path
        async with db.engine.connect() as conn:
            raw = await conn.get_raw_connection()
            cursor = await raw.driver_connection.execute(prepared.sql, args)  # aiosqlite
            try:
                return await cursor.fetchall()
            finally:
                await cursor.close()
    async with db.engine.connect() as conn:
        raw = await conn.get_raw_connection()
        return await raw.driver_connection.fetch(prepared.sql, *args)

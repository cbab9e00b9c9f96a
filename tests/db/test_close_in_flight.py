"""Database.close() with work still in flight: when it returns, no connection of the
database is still open or being closed by a task of its own.

The hang this guards against (seen once in five CI runs at the teardown of an e2e test):
a task cancelled in the middle of a query (a cog's background task, cancelled when the
bot unloads its cogs) makes SQLAlchemy invalidate its connection and close it in a
second, shielded task (`_terminate_graceful_close`) that the cancelled task awaits.
`engine.dispose()` only closes the connections that are checked in, so a close that
returned at once left both tasks running. When the loop then ends, asyncio.run (and
pytest-asyncio) cancel every task at once: the cancelled owner force-closes the aiosqlite
connection (which queues a stop for its thread) and the graceful close, cancelled too,
queues a second stop in its `finally` and awaits it. The thread ends at the first, so
the second never completes and the loop waits for that task forever.
"""

from __future__ import annotations

import asyncio
import logging

import pytest
from sqlalchemy import text

from bot.db.engine import Database, open_database

# About a second of work on either engine, long enough to be cancelled in the middle.
SLOW = {
    "sqlite": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
    " WHERE x < 3000000) SELECT count(*) FROM c",
    "postgresql": "SELECT pg_sleep(1)",
}


def others() -> list[asyncio.Task]:
    current = asyncio.current_task()
    return [t for t in asyncio.all_tasks() if t is not current and not t.done()]


async def end_like_the_loop(tasks: list[asyncio.Task]) -> set[asyncio.Task]:
    """Cancel `tasks` all at once, as a closing event loop does, and return those still
    running after 5 s; unstick those (so a failing test cannot hang the suite)."""
    tasks = sorted(tasks, key=lambda t: "_terminate" in repr(t.get_coro()))  # owner first
    for task in tasks:
        task.cancel()
    if not tasks:
        return set()
    _, stuck = await asyncio.wait(tasks, timeout=5)
    for task in stuck:
        waiter = getattr(task, "_fut_waiter", None)
        if waiter is not None:
            waiter.cancel()
    if stuck:
        await asyncio.wait(stuck, timeout=5)
    return stuck


async def in_query(db: Database) -> None:
    """Until a connection is checked out and its query has been sent."""
    for _ in range(500):
        if db.engine.pool.checkedout():
            break
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.2)


async def test_close_waits_for_a_query_cancelled_mid_flight(db_url: str) -> None:
    db = open_database(db_url)
    slow = text(SLOW[db.engine.dialect.name])

    async def query() -> None:
        async with db.engine.connect() as conn:
            await conn.execute(slow)

    task = asyncio.create_task(query(), name="cog-task")
    await in_query(db)
    task.cancel()  # what a cog's unload does to its background task
    await asyncio.sleep(0)
    await db.close()

    left = others()
    running = [t.get_coro().__qualname__ for t in left]
    await asyncio.sleep(0.1)  # the rest of a teardown: the graceful close gets going
    stuck = [t.get_coro().__qualname__ for t in await end_like_the_loop(left)]
    assert not running and not stuck, (
        f"still running after Database.close(): {running}; "
        f"of those, what a closing loop would wait for forever: {stuck}"
    )
    assert task.cancelled()
    assert db.engine.pool.checkedout() == 0


async def test_close_gives_up_on_a_connection_never_returned(
    db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A task that keeps its connection does not make close() wait forever."""
    db = open_database(db_url)
    release = asyncio.Event()

    async def hold() -> None:
        async with db.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
            await release.wait()

    task = asyncio.create_task(hold())
    await in_query(db)
    with caplog.at_level(logging.WARNING, logger="bot.db.engine"):
        await asyncio.wait_for(db.close(grace=0.3), timeout=10)
    assert "1 connection(s) still in use" in caplog.text
    release.set()
    await task


async def test_close_waits_for_answers_queued_for_the_writer(
    tmp_path, sqlite_template
) -> None:
    """SQLite's group-commit writer: work queued before close() is committed (or
    refused) before close() returns, never left to a task that outlives it."""
    import shutil

    from bot.db.repos import _base

    path = tmp_path / "queued.db"
    shutil.copyfile(sqlite_template, path)
    db = open_database(f"sqlite+aiosqlite:///{path}")
    await _base.run_write(db, lambda conn: conn.exec_driver_sql("SELECT 1"))

    writes = [
        asyncio.create_task(
            _base.run_write(db, lambda conn: conn.exec_driver_sql("SELECT 1").scalar())
        )
        for _ in range(50)
    ]
    await asyncio.sleep(0)  # queued, the group-commit task started
    await db.close()
    assert others() == []
    assert [w.result() for w in writes] == [1] * 50

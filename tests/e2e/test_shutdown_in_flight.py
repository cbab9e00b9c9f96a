"""The bot closes with a cog's background task in the middle of a query: when close()
returns, nothing of it is left running (see bot.db.engine.Database.close for the hang
such a leftover caused at the end of the event loop)."""

from __future__ import annotations

import asyncio
import shutil
import types
from pathlib import Path

from sqlalchemy import text

from bot.cogs.daily import DailyCog
from tests.e2e.botworld import start_trivia
from tests.e2e.world import World
from tests.fakediscord import FakeDiscord

# About a second of work in SQLite's thread: the bot closes in the middle of it.
SLOW = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000000)"
    " SELECT count(*) FROM c"
)


async def test_close_waits_for_a_cog_task_cancelled_in_a_query(
    world: World, pointed: FakeDiscord, tmp_path: Path, sqlite_template: Path, monkeypatch
) -> None:
    in_query = asyncio.Event()

    async def slow_tick(self: DailyCog) -> float:  # the scheduler's pass, made slow
        async with self.db.engine.connect() as conn:
            in_query.set()
            await conn.execute(text(SLOW))
        return 60.0

    path = tmp_path / "bot.db"
    shutil.copyfile(sqlite_template, path)
    harness = start_trivia(pointed, world, path)
    trivia = await harness.__anext__()
    cog = trivia.bot.get_cog("Daily")  # (the extension's own module: patch the cog)
    monkeypatch.setattr(cog, "tick", types.MethodType(slow_tick, cog))
    cog.poke()
    await asyncio.wait_for(in_query.wait(), timeout=15)
    await asyncio.sleep(0.2)  # the query is running in aiosqlite's thread
    scheduler = cog._task

    await harness.aclose()  # closes the bot (cogs unloaded: the scheduler cancelled)

    current = asyncio.current_task()
    left = sorted(
        f"{t.get_name()} ({t.get_coro().__qualname__})"
        for t in asyncio.all_tasks()
        if t is not current
        and not t.done()
        and (t is scheduler or "_terminate_graceful_close" in t.get_coro().__qualname__)
    )
    assert left == [], "still running after the bot closed"
    assert scheduler.cancelled()

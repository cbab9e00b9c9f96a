"""Fixtures for end-to-end tests: a FakeDiscord on 127.0.0.1 and bots logged into it.

`fake` is a started server; `world` adds a guild "Fans" with #quiz and #general, players
alice and bob, and mod (Manage Server). `bare_bot` is the test-only bot of barebot.py,
in this process, pointed at the fake only through discord.py's base URLs.
"""

from __future__ import annotations

import asyncio
import io
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `tests.fakediscord` is imported as a package
    sys.path.insert(0, str(ROOT))

from tests.e2e.barebot import BareBot  # noqa: E402
from tests.e2e.world import World  # noqa: E402
from tests.fakediscord import FakeDiscord  # noqa: E402
from tests.fakediscord import permissions as perms  # noqa: E402
from tests.fakediscord.harness import running_client  # noqa: E402
from tests.fakediscord.pointing import pointed_at  # noqa: E402


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


@pytest.fixture
def pointed(fake: FakeDiscord) -> Iterator[FakeDiscord]:
    """discord.py in this process talks to the fake (restored afterwards)."""
    with pointed_at(fake.rest_url, fake.gateway_url):
        yield fake


@pytest.fixture
def world(fake: FakeDiscord) -> World:
    guild = fake.add_guild("Fans")
    quiz = guild.add_channel("quiz")
    general = guild.add_channel("general")
    alice = fake.add_user("alice")
    bob = fake.add_user("bob")
    mod = fake.add_user("mod", permissions=perms.MANAGE_GUILD)
    return World(fake, guild, quiz, general, alice, bob, mod)


@pytest.fixture
async def bare_bot(world: World, pointed: FakeDiscord) -> AsyncIterator[BareBot]:
    async with running_client(pointed, BareBot()) as bot:
        yield bot


STUCK_TASK_SECONDS = 10.0


def _name(task: asyncio.Task) -> str:
    return f"{task.get_name()} ({task.get_coro().__qualname__})"


def _closing_a_connection(task: asyncio.Task) -> bool:
    """SQLAlchemy's close of an invalidated asyncio connection (aiosqlite's or
    asyncpg's `_terminate_graceful_close`), in a task of its own."""
    return "_terminate_graceful_close" in task.get_coro().__qualname__


@pytest.fixture(autouse=True)
async def _no_task_left_hanging() -> AsyncIterator[None]:
    """After each test, cancel what is still running; fail the test if a task is stuck
    in its clean-up, or if a database connection is still being closed.

    pytest-asyncio closes the loop by cancelling every task and waiting for all of them
    with no limit, so one task stuck in its clean-up would hang the whole suite (seen
    once in five CI runs: aiosqlite's close, in SQLAlchemy's `_terminate_graceful_close`
    task, left running by a database that returned from close() too early; see
    bot.db.engine.Database.close and tests/db/test_close_in_flight.py). Such a task is
    a bug of the code under test, so it fails the test, with its stack; it is unstuck
    (its awaited future cancelled) so the suite goes on. A connection still being
    closed when the test ends fails it too, even when the cancel below happens to
    finish it: whether it gets stuck is a race, and the test should not depend on it.
    Other leftovers (a client's keep-alive, a fake's handler) are cancelled quietly.
    """
    yield
    current = asyncio.current_task()
    leftover = [t for t in asyncio.all_tasks() if t is not current and not t.done()]
    if not leftover:
        return
    closing = [_name(t) for t in leftover if _closing_a_connection(t)]
    for task in leftover:
        task.cancel()
    _, stuck = await asyncio.wait(leftover, timeout=STUCK_TASK_SECONDS)
    stacks = []
    for task in stuck:
        buffer = io.StringIO()
        task.print_stack(file=buffer)
        stacks.append(buffer.getvalue())
        waiter = getattr(task, "_fut_waiter", None)  # what its clean-up awaits forever
        if waiter is not None:
            waiter.cancel()
    if stuck:
        await asyncio.wait(stuck, timeout=STUCK_TASK_SECONDS)
    problems = []
    if stuck:
        problems.append(
            f"task(s) stuck in their clean-up {STUCK_TASK_SECONDS:g} s after being "
            f"cancelled at the end of the test: {sorted(map(_name, stuck))}\n"
            + "\n".join(stacks)
        )
    if closing:
        problems.append(f"database connection(s) still being closed after the test: {closing}")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)

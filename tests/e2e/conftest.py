"""Fixtures for end-to-end tests: a FakeDiscord on 127.0.0.1 and bots logged into it.

`fake` is a started server; `world` adds a guild "Fans" with #quiz and #general, players
alice and bob, and mod (Manage Server). `bare_bot` is the test-only bot of barebot.py,
in this process, pointed at the fake only through discord.py's base URLs.
"""

from __future__ import annotations

import asyncio
import sys
import warnings
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


@pytest.fixture(autouse=True)
async def _no_task_left_hanging() -> AsyncIterator[None]:
    """After each test, cancel what is still running and give it time to finish.

    pytest-asyncio closes the loop by cancelling every task and waiting for all of them
    with no limit: one task stuck in its clean-up would hang the whole suite (seen once
    in CI-like runs, not reproduced alone). A task still alive after the grace period is
    reported as a warning with its stack and its awaited future is cancelled, so the
    suite ends either way and the report names the culprit.
    """
    yield
    current = asyncio.current_task()
    leftover = [t for t in asyncio.all_tasks() if t is not current and not t.done()]
    for task in leftover:
        task.cancel()
    if not leftover:
        return
    _, stuck = await asyncio.wait(leftover, timeout=STUCK_TASK_SECONDS)
    for task in stuck:
        warnings.warn(f"task stuck in its clean-up after the test: {task!r}", stacklevel=1)
        task.print_stack(file=sys.stderr)
        waiter = getattr(task, "_fut_waiter", None)  # what its clean-up awaits forever
        if waiter is not None:
            waiter.cancel()
    if stuck:
        await asyncio.wait(stuck, timeout=STUCK_TASK_SECONDS)

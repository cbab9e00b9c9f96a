"""Gateway faults: a dropped socket, RECONNECT, a resumable INVALID_SESSION, lost heartbeat
ACKs. The client resumes, replayed dispatches arrive once, nothing is handled twice."""

from __future__ import annotations

import asyncio

import pytest

from tests.e2e.barebot import BareBot
from tests.e2e.world import World
from tests.fakediscord.gateway import IDENTIFY, RESUME
from tests.fakediscord.harness import running_client

pytestmark = pytest.mark.e2e


async def _resumed(world: World, bot: BareBot, count: int = 1) -> None:
    await world.fake.wait_until(lambda: bot.resumed >= count, timeout=5, what="RESUMED")


@pytest.mark.parametrize("code", [4000, 1000, None], ids=["close-4000", "close-1000", "abort"])
async def test_drop_mid_session_resumes_and_replays_once(
    world: World, bare_bot: BareBot, code: int | None
):
    fake = world.fake
    before = await fake.say(world.alice, world.general, "!ping")
    await fake.wait_for("message_create", channel=world.general)
    assert await fake.drop_gateway(code=code) == 1
    # Players keep playing while the bot is away: these wait in the session.
    during = await fake.say(world.bob, world.general, "!ping")
    ix = await fake.slash(world.alice, "echo", channel=world.quiz, text="still here")
    assert ix.sent_at is None  # not on any socket yet
    await _resumed(world, bare_bot)
    assert (await ix.reply()).content == "still here"
    await fake.wait_for("message_create", channel=world.general)
    assert len(fake.gateway.ops(IDENTIFY)) == 1 and len(fake.gateway.ops(RESUME)) == 1
    # Each dispatch handled exactly once, even though the session replayed after `seq`.
    assert bare_bot.handled[before.id] == 1 and bare_bot.handled[during.id] == 1
    assert bare_bot.handled[ix.id] == 1 and ix.dispatched == 1
    await asyncio.sleep(0.05)
    assert len([m for m in fake.sent_by_bot(world.general) if m.content == "pong"]) == 2


async def test_reconnect_op_and_resumable_invalid_session(world: World, bare_bot: BareBot):
    fake = world.fake
    assert await fake.request_reconnect() == 1
    await _resumed(world, bare_bot, 1)
    assert await fake.invalidate_session(resumable=True) == 1
    await _resumed(world, bare_bot, 2)
    assert len(fake.gateway.ops(IDENTIFY)) == 1 and len(fake.gateway.ops(RESUME)) == 2
    ix = await fake.slash(world.alice, "secret", channel=world.quiz)
    assert (await ix.reply()).content == "psst"


async def test_lost_heartbeat_acks_make_the_client_reconnect(world: World, pointed):
    fake = world.fake
    fake.gateway.heartbeat_interval_ms = 100
    async with running_client(fake, BareBot(heartbeat_timeout=0.4)) as bot:
        fake.drop_heartbeat_acks(1000)
        await fake.wait_until(lambda: fake.gateway.ops(RESUME), timeout=5, what="a RESUME")
        fake.gateway.drop_acks = 0
        await _resumed(world, bot)
        ix = await fake.slash(world.bob, "secret", channel=world.quiz)
        assert (await ix.reply()).content == "psst"


async def test_failed_resume_makes_a_fresh_identify(world: World, bare_bot: BareBot):
    # op 9 false: discord.py waits its built-in seconds before IDENTIFY; the fake makes
    # the old session unresumable, so nothing from it is replayed into the new one.
    fake = world.fake
    fake.fail_next_resume()
    await fake.drop_gateway()
    await fake.wait_until(
        lambda: len(fake.gateway.ops(IDENTIFY)) == 2, timeout=10, what="a second IDENTIFY"
    )
    sessions = [s for s in fake.gateway.sessions.values()]
    assert [s.dead for s in sessions] == [True, False]

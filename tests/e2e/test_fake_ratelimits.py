"""429s with retry_after (the client retries, nothing is lost) and slow routes."""

from __future__ import annotations

import time

import discord
import pytest

from tests.e2e.barebot import BareBot
from tests.e2e.world import World

pytestmark = pytest.mark.e2e

FOLLOWUP = "POST /webhooks/{application_id}/{interaction_token}"
CALLBACK = "POST /interactions/{interaction_id}/{interaction_token}/callback"


async def test_429_on_a_follow_up_is_retried_and_nothing_is_lost(world: World, bare_bot: BareBot):
    fake = world.fake
    fault = fake.rate_limit(FOLLOWUP, retry_after=0.2, times=1)
    ix = await fake.slash(world.alice, "later", channel=world.quiz)
    second = await ix.followup(1)
    assert [m.content for m in ix.followups] == ["done", "only you see this"]
    assert second.ephemeral and fault.hits == 1
    statuses = [r.status for r in fake.requests if r.route == FOLLOWUP]
    assert statuses == [429, 200, 200]
    retried = [r for r in fake.requests if r.route == FOLLOWUP]
    assert retried[1].at - retried[0].at >= 0.2  # the client waited retry_after
    assert bare_bot.errors == []


async def test_429_without_via_is_not_retried_by_the_client(world: World, bare_bot: BareBot):
    # discord.py treats a 429 without Via as a Cloudflare ban and raises: a real failure.
    fake = world.fake
    fake.rate_limit(FOLLOWUP, retry_after=0.05, times=1, via=False)
    ix = await fake.slash(world.alice, "later", channel=world.quiz)
    await fake.wait_until(lambda: bare_bot.errors, what="the error")
    assert isinstance(bare_bot.errors[0], discord.HTTPException)
    assert bare_bot.errors[0].status == 429 and ix.followups == []


async def test_delayed_callback_route(world: World, bare_bot: BareBot):
    fake = world.fake
    fake.delay(CALLBACK, 0.3, times=1)
    started = time.perf_counter()
    ix = await fake.slash(world.alice, "secret", channel=world.quiz)
    await ix.reply()
    assert time.perf_counter() - started >= 0.3


def test_unknown_fault_route_is_refused(fake):
    with pytest.raises(ValueError, match="unknown route"):
        fake.rate_limit("POST /nowhere")

"""allowed_mentions: what a message would have pinged is recorded, so tests can assert
that user text pinged nobody."""

from __future__ import annotations

import pytest

from tests.e2e.barebot import BareBot
from tests.e2e.world import World
from tests.fakediscord.mentions import compute_pings

pytestmark = pytest.mark.e2e


async def test_everyone_in_user_text_pings_nobody(world: World, bare_bot: BareBot):
    text = f"@everyone @here look {world.bob.mention} <@&{world.guild.everyone.id}>"
    await world.fake.say(world.alice, world.general, "!echo " + text)
    sent = (await world.fake.wait_for("message_create", channel=world.general)).message
    assert sent.content == text
    assert sent.allowed_mentions == {"parse": []}
    assert not sent.pings and world.fake.pinged() == []
    assert sent.payload()["mention_everyone"] is False


async def test_the_detector_sees_a_message_that_would_ping(world: World, bare_bot: BareBot):
    await world.fake.say(world.alice, world.general, f"!shout @everyone hi {world.bob.mention}")
    sent = (await world.fake.wait_for("message_create", channel=world.general)).message
    assert sent.pings.everyone and sent.pings.users == {world.bob.id}
    assert world.fake.pinged() == [sent]


def test_rules_of_allowed_mentions():
    assert compute_pings("@everyone <@123456789012345678>", None).everyone  # no rules: all
    only_users = compute_pings("@here <@123456789012345678>", {"parse": ["users"]})
    assert only_users.users == {123456789012345678} and not only_users.everyone
    listed = compute_pings(
        "<@123456789012345678> <@223456789012345678>",
        {"parse": [], "users": ["223456789012345678"]},
    )
    assert listed.users == {223456789012345678}
    roles = compute_pings("<@&323456789012345678>", {"parse": ["roles"]})
    assert roles.roles == {323456789012345678}
    assert compute_pings("hi", None, replied_author=5).replied_user == 5
    assert compute_pings("hi", {"parse": []}, replied_author=5).replied_user is None
    assert compute_pings("hi", {"replied_user": True}, replied_author=5).replied_user == 5

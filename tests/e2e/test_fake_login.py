"""Logging in: READY, GUILD_CREATE with channels, roles and permissions, command sync."""

from __future__ import annotations

import discord
import pytest

from tests.e2e.barebot import BareBot
from tests.e2e.world import World
from tests.fakediscord import FakeDiscord
from tests.fakediscord.gateway import IDENTIFY, RESUME

pytestmark = pytest.mark.e2e


async def test_login_sees_the_guild_its_channels_and_roles(world: World, bare_bot: BareBot):
    fake = world.fake
    guild = bare_bot.get_guild(world.guild.id)
    assert guild is not None and guild.name == "Fans"
    assert {c.name for c in guild.text_channels} == {"quiz", "general"}
    assert bare_bot.user is not None and bare_bot.user.id == fake.bot_user.id
    assert bare_bot.application_id == fake.application_id
    # The bot's own member came with GUILD_CREATE, so its channel permissions are real.
    me = guild.me
    assert me.guild_permissions.send_messages and me.guild_permissions.embed_links
    assert not me.guild_permissions.administrator
    # Without the members intent Discord sends only the bot's own member.
    assert guild.get_member(world.alice.id) is None
    identify = fake.gateway.ops(IDENTIFY)
    assert len(identify) == 1 and not fake.gateway.ops(RESUME)
    assert identify[0].data["intents"] == bare_bot.intents.value
    assert fake.unknown_routes == []


async def test_command_sync_is_stored_as_sent(world: World, bare_bot: BareBot):
    stored = {c["name"]: c for c in world.fake.commands[None]}
    assert set(stored) == {"echo", "quiz", "later", "secret", "slow", "twice", "feedback", "wipe"}
    assert all(c["id"] and c["application_id"] for c in stored.values())
    quiz = {o["name"]: o for o in stored["quiz"]["options"]}
    assert quiz["start"]["type"] == 1  # subcommand
    assert quiz["admin"]["type"] == 2  # subcommand group
    start = {o["name"]: o for o in quiz["start"]["options"]}
    assert start["questions"]["type"] == 4 and start["questions"]["max_value"] == 50
    assert start["topic"]["autocomplete"] is True
    sync = await world.fake.wait_for("command_sync")
    assert [c["name"] for c in sync.data["commands"]] == [
        c["name"] for c in world.fake.commands[None]
    ]


async def test_wrong_token_is_refused(world: World, pointed: FakeDiscord):
    client = discord.Client(intents=discord.Intents.none())
    with pytest.raises(discord.LoginFailure):
        await client.login("not-the-token")
    await client.close()


async def test_guild_added_later_arrives_on_the_open_session(world: World, bare_bot: BareBot):
    fake = world.fake
    joined = fake.add_guild("Late Joiners", channels=["lobby"])
    await fake.wait_until(lambda: bare_bot.get_guild(joined.id), what="GUILD_CREATE")
    assert [c.name for c in bare_bot.get_guild(joined.id).text_channels] == ["lobby"]

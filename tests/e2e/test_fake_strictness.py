"""Where Discord is strict, the fake is too: deadlines, one response, limits, token life."""

from __future__ import annotations

import aiohttp
import discord
import pytest

from tests.e2e.barebot import BareBot
from tests.e2e.world import World
from tests.fakediscord import FakeDiscord

pytestmark = pytest.mark.e2e


async def test_late_initial_response_gets_unknown_interaction(world: World, bare_bot: BareBot):
    fake = world.fake
    ix = await fake.slash(world.alice, "slow", channel=world.quiz)
    await fake.wait_until(lambda: bare_bot.handled[ix.id], what="handler started")
    fake.advance(3.01)  # the handler is still waiting: 3 s pass on Discord's clock
    bare_bot.gate.set()
    status, body = await ix.rejection()
    assert (status, body["code"]) == (404, 10062)
    assert ix.late and ix.initial is None
    assert fake.violations == [("late", ix)]
    await fake.wait_until(lambda: bare_bot.errors, what="the bot saw the error")
    error = bare_bot.errors[0]
    assert isinstance(error, discord.NotFound) and error.code == 10062


async def test_answer_inside_the_deadline_is_accepted(world: World, bare_bot: BareBot):
    ix = await world.fake.slash(world.alice, "slow", channel=world.quiz)
    world.fake.advance(2.9)
    bare_bot.gate.set()
    assert (await ix.reply()).content == "finally"
    assert not ix.late and world.fake.violations == []


async def test_second_initial_response_is_rejected(world: World, bare_bot: BareBot):
    ix = await world.fake.slash(world.alice, "twice", channel=world.quiz)
    status, body = await ix.rejection()
    assert status == 400 and body == {
        "message": "Interaction has already been acknowledged.",
        "code": 40060,
    }
    assert (await ix.reply()).content == "first"
    await world.fake.wait_until(lambda: bare_bot.errors, what="the bot saw the error")
    assert isinstance(bare_bot.errors[0], discord.HTTPException)
    assert bare_bot.errors[0].code == 40060


async def test_message_limits_come_back_as_discords_form_errors(world: World, bare_bot: BareBot):
    channel = bare_bot.get_channel(world.quiz.id)
    with pytest.raises(discord.HTTPException) as caught:
        await channel.send("x" * 2001)
    assert caught.value.status == 400 and caught.value.code == 50035
    assert "content: Must be 2000 or fewer in length." in str(caught.value)

    embed = discord.Embed(title="t" * 257, description="d" * 4097)
    for n in range(26):
        embed.add_field(name=f"f{n}", value="v")
    with pytest.raises(discord.HTTPException) as caught:
        await channel.send(embed=embed)
    text = str(caught.value)
    assert "embeds.0.title: Must be 256 or fewer in length." in text
    assert "embeds.0.description: Must be 4096 or fewer in length." in text
    assert "embeds.0.fields: Must be 25 or fewer in length." in text

    big = [discord.Embed(description="d" * 4000) for _ in range(2)]
    with pytest.raises(discord.HTTPException, match="Embed size exceeds maximum size of 6000"):
        await channel.send(embeds=big)

    view = discord.ui.View()
    view.add_item(discord.ui.Button(label="L" * 81, custom_id="c" * 101))
    with pytest.raises(discord.HTTPException) as caught:
        await channel.send("ok", view=view)
    text = str(caught.value)
    assert "components.0.components.0.label: Must be 80 or fewer in length." in text
    assert "components.0.components.0.custom_id: Must be 100 or fewer in length." in text
    assert world.fake.sent_by_bot(world.quiz) == []  # nothing got through


async def _post(fake: FakeDiscord, path: str, payload: object) -> tuple[int, dict]:
    async with (
        aiohttp.ClientSession() as http,
        http.post(
            fake.rest_url + path, json=payload, headers={"Authorization": f"Bot {fake.token}"}
        ) as reply,
    ):
        return reply.status, await reply.json(content_type=None)


async def test_limits_on_raw_payloads(fake: FakeDiscord):
    guild = fake.add_guild("Raw")
    channel = guild.add_channel("raw")
    path = f"/channels/{channel.id}/messages"
    embed = {
        "title": "x",
        "footer": {"text": "f" * 2049},
        "author": {"name": "a" * 257},
        "fields": [{"name": "n" * 257, "value": "v" * 1025}],
    }
    status, body = await _post(fake, path, {"embeds": [embed]})
    assert status == 400 and body["code"] == 50035
    errors = body["errors"]["embeds"]["0"]
    assert errors["footer"]["text"]["_errors"][0]["code"] == "BASE_TYPE_MAX_LENGTH"
    assert errors["author"]["name"]["_errors"][0]["message"] == "Must be 256 or fewer in length."
    assert errors["fields"]["0"]["name"]["_errors"]
    assert errors["fields"]["0"]["value"]["_errors"][0]["message"] == (
        "Must be 1024 or fewer in length."
    )

    status, body = await _post(fake, path, {"embeds": [{"title": "t"}] * 11})
    assert status == 400 and body["errors"]["embeds"]["_errors"][0]["message"] == (
        "Must be 10 or fewer in length."
    )

    button = {"type": 2, "style": 1, "label": "b"}
    rows = [
        {"type": 1, "components": [dict(button, custom_id=f"{r}-{c}") for c in range(6)]}
        for r in range(6)
    ]
    status, body = await _post(fake, path, {"content": "x", "components": rows})
    assert body["errors"]["components"]["_errors"][0]["message"] == "Must be 5 or fewer in length."
    assert body["errors"]["components"]["0"]["components"]["_errors"][0]["message"] == (
        "Must be 5 or fewer in length."
    )

    status, body = await _post(fake, path, {})
    assert (status, body["code"]) == (400, 50006)
    status, body = await _post(
        fake, path, {"content": "x", "allowed_mentions": {"parse": ["users"], "users": ["1"]}}
    )
    assert status == 400 and "allowed_mentions" in body["errors"]
    assert fake.sent_by_bot() == []


async def test_unknown_routes_answer_404_and_are_recorded(fake: FakeDiscord):
    status, body = await _post(fake, "/guilds/1/bans", {})
    assert (status, body["code"]) == (404, 0)
    assert fake.unknown_routes == [("POST", "/guilds/1/bans")]


async def test_interaction_token_expires_after_15_minutes(world: World, bare_bot: BareBot):
    fake = world.fake
    ix = await fake.slash(world.alice, "secret", channel=world.quiz)
    await ix.reply()
    fake.advance(15 * 60 + 1)
    status, body = await _post(
        fake, f"/webhooks/{fake.application_id}/{ix.token}", {"content": "too late"}
    )
    assert (status, body["code"]) == (401, 50027)
    assert ix.followups == [] and ix.rejected == [(401, body)]


async def test_missing_permission_is_403(world: World, bare_bot: BareBot):
    world.general.overwrite(world.guild.everyone, deny=["send_messages"])
    channel = bare_bot.get_channel(world.general.id)
    with pytest.raises(discord.Forbidden) as caught:
        await channel.send("hello")
    assert caught.value.code == 50013

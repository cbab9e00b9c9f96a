"""Slash commands, buttons, autocomplete, ephemeral replies, follow-ups and modals."""

from __future__ import annotations

import pytest
from discord import app_commands

from tests.e2e.barebot import BareBot
from tests.e2e.world import World
from tests.fakediscord import CommandUnavailable
from tests.fakediscord.model import Interaction

pytestmark = pytest.mark.e2e


async def test_slash_with_options_gets_a_message(world: World, bare_bot: BareBot):
    ix = await world.fake.slash(
        world.alice, "echo", channel=world.quiz, text="hi", times=2, loud=True
    )
    reply = await ix.reply()
    assert reply.content == "HI HI"
    assert ix.initial is not None and ix.initial.type == 4
    assert reply.interaction is ix and not reply.ephemeral and reply.channel is world.quiz
    event = await world.fake.wait_for("message", channel=world.quiz)
    assert event.message is reply
    assert bare_bot.handled[ix.id] == 1


async def test_option_values_are_checked_like_discords_client(world: World, bare_bot: BareBot):
    with pytest.raises(ValueError, match="outside"):
        await world.fake.slash(world.alice, "echo", channel=world.quiz, text="x", times=9)
    with pytest.raises(ValueError, match="required"):
        await world.fake.slash(world.alice, "echo", channel=world.quiz)
    with pytest.raises(CommandUnavailable, match="not registered"):
        await world.fake.slash(world.alice, "nope", channel=world.quiz)


async def test_subcommand_and_button_click_edits_the_message(world: World, bare_bot: BareBot):
    fake = world.fake
    ix = await fake.slash(world.alice, "quiz start", channel=world.quiz, questions=3)
    question = await ix.reply()
    assert question.embed["title"] == "Quiz: anything"
    assert "3 questions" in question.embed["description"]
    assert [b["label"] for b in question.buttons] == ["A", "B"]

    click = await fake.click(world.bob, question, "B")
    response = await click.response()
    assert response.type == 7  # update the message the button is on
    edited = await fake.wait_for("message_edit")
    assert edited.message is question and question.content == "bob picked B"
    assert bare_bot.handled[click.id] == 1


async def test_subcommand_group_checks_member_permissions(world: World, bare_bot: BareBot):
    # member.permissions in the interaction comes from the roles the test gave.
    refused = await world.fake.slash(world.alice, "quiz admin reset", channel=world.quiz)
    assert (await refused.reply()).content == "You are not allowed to."
    assert isinstance(bare_bot.errors[0], app_commands.MissingPermissions)
    ix = await world.fake.slash(world.mod, "quiz admin reset", channel=world.quiz)
    reply = await ix.reply()
    assert reply.content == "scores reset" and reply.ephemeral
    assert reply.visible_to(world.mod) and not reply.visible_to(world.alice)


async def test_guild_owner_and_channel_overwrites_count(world: World, bare_bot: BareBot):
    owner = await world.fake.slash(world.guild.owner, "quiz admin reset", channel=world.quiz)
    assert (await owner.reply()).content == "scores reset"
    world.quiz.overwrite(world.alice, allow=["manage_guild"])
    ix = await world.fake.slash(world.alice, "quiz admin reset", channel=world.quiz)
    assert (await ix.reply()).content == "scores reset"


async def test_default_member_permissions_hide_a_command(world: World, bare_bot: BareBot):
    stored = next(c for c in world.fake.commands[None] if c["name"] == "wipe")
    assert stored["default_member_permissions"] == "32"
    with pytest.raises(CommandUnavailable, match="cannot see"):
        await world.fake.slash(world.alice, "wipe", channel=world.quiz)
    ix = await world.fake.slash(world.mod, "wipe", channel=world.quiz)
    assert (await ix.reply()).content == "wiped"


async def test_autocomplete_returns_choices(world: World, bare_bot: BareBot):
    ix = await world.fake.autocomplete(world.alice, "quiz start", "topic", "b", channel=world.quiz)
    await ix.response()
    assert ix.type == Interaction.AUTOCOMPLETE
    assert [c["name"] for c in ix.choices] == ["BTS", "BLACKPINK", "Big Bang"]


async def test_ephemeral_reply_is_flagged(world: World, bare_bot: BareBot):
    ix = await world.fake.slash(world.bob, "secret", channel=world.general)
    reply = await ix.reply()
    assert reply.ephemeral and reply.content == "psst"
    with pytest.raises(PermissionError):
        await world.fake.click(world.alice, reply, "anything")


async def test_deferred_reply_then_follow_ups(world: World, bare_bot: BareBot):
    ix = await world.fake.slash(world.alice, "later", channel=world.quiz)
    response = await ix.response()
    assert response.type == 5 and response.message is not None
    first = await ix.followup(0)
    second = await ix.followup(1)
    # Discord: the first follow-up after a "thinking" defer fills the loading message.
    assert first is ix.original and first.content == "done" and not first.loading
    assert second is not first and second.content == "only you see this" and second.ephemeral
    assert (await ix.reply()).content == "done"


async def test_modal_submit(world: World, bare_bot: BareBot):
    fake = world.fake
    shown = await fake.slash(world.alice, "feedback", channel=world.quiz)
    await shown.response()
    assert shown.modal is not None and shown.modal["title"] == "Feedback"
    submitted = await fake.submit_modal(world.alice, shown, {"fb": "great quiz"})
    reply = await submitted.reply()
    assert reply.content == "thanks: great quiz" and reply.ephemeral


async def test_message_reply(world: World, bare_bot: BareBot):
    said = await world.fake.say(world.alice, world.general, "!ping")
    event = await world.fake.wait_for("message_create", channel=world.general)
    assert event.message.content == "pong"
    assert event.message.reference is said
    assert not event.message.pings  # mention_author=False: alice is not pinged
    assert bare_bot.handled[said.id] == 1

"""A small, test-only discord.py bot that exercises what the fake must speak.

It is not our bot: it exists to validate the fake until the real cogs land, with one of
each thing a bot does (slash command with options, subcommand group, autocomplete, a
button view, an ephemeral reply, a deferred reply with follow-ups, a modal, a message
reply). It counts every interaction and message it handles, so tests can prove nothing was
handled twice after a gateway resume.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands
from discord.webhook.async_ import async_context, interaction_response_params

TOPICS = ["BTS", "BLACKPINK", "Big Bang", "TWICE", "Stray Kids"]


class AnswerView(discord.ui.View):
    def __init__(self, bot: BareBot) -> None:
        super().__init__(timeout=60)
        self.bot = bot

    async def _answer(self, interaction: discord.Interaction, label: str) -> None:
        self.bot.handled[interaction.id] += 1
        await interaction.response.edit_message(
            content=f"{interaction.user.name} picked {label}", view=self
        )

    @discord.ui.button(label="A", style=discord.ButtonStyle.primary, custom_id="bare:a")
    async def a(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._answer(interaction, "A")

    @discord.ui.button(label="B", style=discord.ButtonStyle.secondary, custom_id="bare:b")
    async def b(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._answer(interaction, "B")


class FeedbackModal(discord.ui.Modal, title="Feedback"):
    text: discord.ui.TextInput = discord.ui.TextInput(label="Your feedback", custom_id="fb")

    def __init__(self, bot: BareBot) -> None:
        super().__init__()
        self.bot = bot

    async def on_submit(self, interaction: discord.Interaction) -> None:
        self.bot.handled[interaction.id] += 1
        await interaction.response.send_message(f"thanks: {self.text.value}", ephemeral=True)


class BareBot(commands.Bot):
    def __init__(self, **options: Any) -> None:
        intents = discord.Intents.none()
        intents.guilds = True
        intents.guild_messages = True
        intents.message_content = True
        super().__init__(
            command_prefix="!",
            intents=intents,
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            **options,
        )
        self.handled: Counter[int] = Counter()  # interaction or message id -> times handled
        self.errors: list[BaseException] = []
        self.gate = asyncio.Event()  # /slow waits for it
        self.resumed = 0

    async def setup_hook(self) -> None:
        self.tree.add_command(echo)
        self.tree.add_command(QuizGroup(self))
        self.tree.add_command(later)
        self.tree.add_command(secret)
        self.tree.add_command(slow)
        self.tree.add_command(twice)
        self.tree.add_command(feedback)
        self.tree.add_command(wipe)
        self.tree.on_error = self._tree_error  # type: ignore[method-assign]
        await self.tree.sync()

    async def _tree_error(self, interaction: discord.Interaction, error: Exception) -> None:
        self.errors.append(getattr(error, "original", error))
        if isinstance(error, app_commands.CheckFailure) and not interaction.response.is_done():
            await interaction.response.send_message("You are not allowed to.", ephemeral=True)

    async def on_resumed(self) -> None:
        self.resumed += 1

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot:
            return
        self.handled[message.id] += 1
        if message.content.startswith("!ping"):
            await message.reply("pong", mention_author=False)
        elif message.content.startswith("!echo "):
            # User text: the client-wide AllowedMentions.none() keeps it from pinging.
            await message.channel.send(message.content.removeprefix("!echo "))
        elif message.content.startswith("!shout "):
            # Deliberately unsafe, so tests can show the fake catches a ping.
            await message.channel.send(
                message.content.removeprefix("!shout "),
                allowed_mentions=discord.AllowedMentions.all(),
            )


def _count(interaction: discord.Interaction) -> None:
    bot = interaction.client
    assert isinstance(bot, BareBot)
    bot.handled[interaction.id] += 1


@app_commands.command(description="Say something back")
@app_commands.describe(text="what to say", times="how many times", loud="shout it")
async def echo(
    interaction: discord.Interaction,
    text: str,
    times: app_commands.Range[int, 1, 5] = 1,
    loud: bool = False,
) -> None:
    _count(interaction)
    said = " ".join([text.upper() if loud else text] * times)
    await interaction.response.send_message(said)


class QuizGroup(app_commands.Group):
    def __init__(self, bot: BareBot) -> None:
        super().__init__(name="quiz", description="Quiz commands")
        self.bot = bot

    admin = app_commands.Group(name="admin", description="Quiz administration")

    @app_commands.command(description="Start a quiz")
    @app_commands.describe(questions="how many questions", topic="what about")
    async def start(
        self,
        interaction: discord.Interaction,
        questions: app_commands.Range[int, 1, 50] = 5,
        topic: str | None = None,
    ) -> None:
        _count(interaction)
        embed = discord.Embed(
            title=f"Quiz: {topic or 'anything'}", description=f"{questions} questions. Pick A or B."
        )
        await interaction.response.send_message(embed=embed, view=AnswerView(self.bot))

    @start.autocomplete("topic")
    async def _topics(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        _count(interaction)
        return [
            app_commands.Choice(name=t, value=t) for t in TOPICS if current.lower() in t.lower()
        ][:25]

    @admin.command(description="Reset the scores")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def reset(self, interaction: discord.Interaction) -> None:
        _count(interaction)
        await interaction.response.send_message("scores reset", ephemeral=True)


@app_commands.command(description="Work a while, then follow up")
async def later(interaction: discord.Interaction) -> None:
    _count(interaction)
    await interaction.response.defer(thinking=True)
    await interaction.followup.send("done")
    await interaction.followup.send("only you see this", ephemeral=True)


@app_commands.command(description="An ephemeral reply")
async def secret(interaction: discord.Interaction) -> None:
    _count(interaction)
    await interaction.response.send_message("psst", ephemeral=True)


@app_commands.command(description="Answers only when the test opens the gate")
async def slow(interaction: discord.Interaction) -> None:
    _count(interaction)
    bot = interaction.client
    assert isinstance(bot, BareBot)
    await bot.gate.wait()
    await interaction.response.send_message("finally")


@app_commands.command(description="A buggy handler that answers twice")
async def twice(interaction: discord.Interaction) -> None:
    _count(interaction)
    await interaction.response.send_message("first")
    # discord.py refuses a second response locally, so go one level down, as a handler
    # racing another handler (or a second process) would.
    adapter = async_context.get()
    await adapter.create_interaction_response(
        interaction.id,
        interaction.token,
        session=interaction._session,
        params=interaction_response_params(4, {"content": "second"}),
    )


@app_commands.command(description="Send feedback through a form")
async def feedback(interaction: discord.Interaction) -> None:
    _count(interaction)
    bot = interaction.client
    assert isinstance(bot, BareBot)
    await interaction.response.send_modal(FeedbackModal(bot))


@app_commands.command(description="Only members with Manage Server see this")
@app_commands.default_permissions(manage_guild=True)
async def wipe(interaction: discord.Interaction) -> None:
    _count(interaction)
    await interaction.response.send_message("wiped", ephemeral=True)

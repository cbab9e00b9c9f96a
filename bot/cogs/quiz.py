"""/quiz start, /quiz stop, /quiz skip: one quiz per channel, many across channels."""

from __future__ import annotations

import logging
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot import checks
from bot.services.topics import topic_choices

log = logging.getLogger(__name__)

Mode = Literal["buttons", "typed"]
Difficulty = Literal["easy", "medium", "hard"]


class Quiz(commands.Cog):
    quiz = app_commands.Group(
        name="quiz",
        description="Play a trivia quiz in this channel",
        guild_only=True,
    )

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @quiz.command(name="start", description="Start a quiz in this channel")
    @app_commands.describe(
        questions="How many questions (1-50; default from the server settings)",
        topic="Only questions about this article, group, person or curated list",
        mode="Answer with buttons (four choices) or by typing the answer",
        seconds="Seconds to answer each question (10-120)",
        difficulty="Only questions of this difficulty",
    )
    @app_commands.choices(
        mode=[
            app_commands.Choice(name="buttons: pick one of four", value="buttons"),
            app_commands.Choice(name="typed: first right message wins", value="typed"),
        ],
        difficulty=[
            app_commands.Choice(name="easy", value="easy"),
            app_commands.Choice(name="medium", value="medium"),
            app_commands.Choice(name="hard", value="hard"),
        ],
    )
    @checks.in_guild()
    async def start(
        self,
        interaction: discord.Interaction,
        questions: app_commands.Range[int, 1, 50] | None = None,
        topic: app_commands.Range[str, 1, 100] | None = None,
        mode: str | None = None,
        seconds: app_commands.Range[int, 10, 120] | None = None,
        difficulty: str | None = None,
    ) -> None:
        raise NotImplementedError

    @start.autocomplete("topic")
    async def topic_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await topic_choices(self.bot, interaction.guild_id, current)

    @quiz.command(name="stop", description="Stop the quiz in this channel (points are kept)")
    @checks.in_guild()
    async def stop(self, interaction: discord.Interaction) -> None:
        raise NotImplementedError

    @quiz.command(name="skip", description="Skip the current question and reveal its answer")
    @checks.in_guild()
    async def skip(self, interaction: discord.Interaction) -> None:
        raise NotImplementedError


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Quiz(bot))

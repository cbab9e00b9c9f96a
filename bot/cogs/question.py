"""/question report (players) and /question review (moderators)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import checks


class Questions(commands.Cog):
    question = app_commands.Group(
        name="question",
        description="Report a bad question, or review reported ones",
        guild_only=True,
    )

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @question.command(name="report", description="Flag the question just asked in this channel")
    @app_commands.describe(reason="What is wrong with it (optional)")
    @checks.in_guild()
    async def report(
        self,
        interaction: discord.Interaction,
        reason: app_commands.Range[str, 1, 300] | None = None,
    ) -> None:
        raise NotImplementedError

    @question.command(name="review", description="Approve, reject or edit reported questions")
    @checks.in_guild()
    async def review(self, interaction: discord.Interaction) -> None:
        raise NotImplementedError


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Questions(bot))

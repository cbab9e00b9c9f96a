"""/fact: answer a question from the articles, quoting the sentence read."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands


class Fact(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(
        name="fact", description="Ask a question; the answer comes from the articles"
    )
    @app_commands.describe(question="For example: who did BTS meet backstage?")
    async def fact(
        self, interaction: discord.Interaction, question: app_commands.Range[str, 3, 300]
    ) -> None:
        raise NotImplementedError


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Fact(bot))

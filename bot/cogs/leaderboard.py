"""/leaderboard and /score."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands


class Leaderboard(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="leaderboard", description="Top players, 10 a page")
    @app_commands.describe(
        scope="This server's board or everyone's (default: this server)",
        period="All-time points or this week's (default: all-time)",
    )
    @app_commands.choices(
        scope=[
            app_commands.Choice(name="server", value="server"),
            app_commands.Choice(name="global", value="global"),
        ],
        period=[
            app_commands.Choice(name="all-time", value="all-time"),
            app_commands.Choice(name="week", value="week"),
        ],
    )
    async def leaderboard(
        self,
        interaction: discord.Interaction,
        scope: str = "server",
        period: str = "all-time",
    ) -> None:
        raise NotImplementedError

    @app_commands.command(name="score", description="Points, accuracy, streaks and rank")
    @app_commands.describe(member="Whose score (default: yours)")
    async def score(
        self, interaction: discord.Interaction, member: discord.User | None = None
    ) -> None:
        raise NotImplementedError


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Leaderboard(bot))

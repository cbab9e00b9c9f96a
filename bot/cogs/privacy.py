"""/forget-me: a player deletes their own scores and answers."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands


class Privacy(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(
        name="forget-me", description="Delete your scores, answers and stored name everywhere"
    )
    async def forget_me(self, interaction: discord.Interaction) -> None:
        raise NotImplementedError


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Privacy(bot))

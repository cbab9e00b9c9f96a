"""/forget-me: a player deletes their own scores and answers."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.db.repos import scores
from bot.embeds import Colour, info_embed
from bot.views.privacy import ForgetButton
from bot.views.reply import reply


class Privacy(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(ForgetButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(ForgetButton)

    @app_commands.command(
        name="forget-me", description="Delete your scores, answers and stored name everywhere"
    )
    async def forget_me(self, interaction: discord.Interaction) -> None:
        counts = await scores.count_player_rows(self.bot.database, interaction.user.id)
        if not any(counts.values()):
            await reply(interaction, "I have nothing stored about you.")
            return
        view = discord.ui.View(timeout=None)
        view.add_item(ForgetButton(interaction.user.id))
        embed = info_embed(
            "Delete your data?",
            f"This deletes your points, streaks and ranks in every server, "
            f"{counts.get('answers', 0)} recorded answers, your reports and your stored "
            "name. It cannot be undone.",
            Colour.WARNING,
        )
        await reply(interaction, embed=embed, view=view)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Privacy(bot))

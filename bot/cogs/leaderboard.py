"""/leaderboard and /score."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.embeds import ScoreView, score_embed
from bot.services.boards import board_page, score_card
from bot.views.leaderboard import PageButton, render
from bot.views.reply import reply, within


class Leaderboard(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        # Paging buttons keep working on boards posted before a restart.
        self.bot.add_dynamic_items(PageButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(PageButton)

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
        note = None
        if scope == "server" and interaction.guild_id is None:
            scope, note = "global", "No server here, so this is the global board."
        page = await within(  # acknowledged ("thinking") if the database is slow
            interaction,
            board_page(
                self.bot.database,
                scope=scope,
                period=period,
                guild_id=interaction.guild_id,
                page=1,
                caller_id=interaction.user.id,
            ),
        )
        guild_name = interaction.guild.name if interaction.guild else None
        embed, view = render(
            self.bot, page, viewer_id=interaction.user.id, guild_name=guild_name
        )
        await reply(interaction, note, embed=embed, view=view, ephemeral=False)

    @app_commands.command(name="score", description="Points, accuracy, streaks and rank")
    @app_commands.describe(member="Whose score (default: yours)")
    async def score(
        self, interaction: discord.Interaction, member: discord.User | None = None
    ) -> None:
        who = member or interaction.user
        card = await within(
            interaction,
            score_card(self.bot.database, guild_id=interaction.guild_id, user_id=who.id),
        )
        view = ScoreView(
            name=who.display_name,
            points=card.points,
            correct=card.correct,
            answered=card.answered,
            current_streak=card.current_streak,
            best_streak=card.best_streak,
            rank=card.rank,
            scope="this server" if card.scope == "server" else "all servers",
        )
        await reply(interaction, embed=score_embed(view), ephemeral=False)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Leaderboard(bot))

"""/article add, /article list, /article remove (Manage Server)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import checks
from bot.checks import Action
from bot.services.topics import article_choices


class Articles(commands.Cog):
    article = app_commands.Group(
        name="article",
        description="The articles quiz questions come from",
        guild_only=True,
        default_permissions=discord.Permissions(manage_guild=True),
    )

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @article.command(
        name="add", description="Add an article (.txt or .md) and make questions from it"
    )
    @app_commands.describe(
        file="The article: a .txt or .md file", title="Its title (default: from the file)"
    )
    @checks.manage_server(Action.MANAGE_ARTICLES)
    async def add(
        self,
        interaction: discord.Interaction,
        file: discord.Attachment,
        title: app_commands.Range[str, 1, 200] | None = None,
    ) -> None:
        raise NotImplementedError

    @article.command(name="list", description="The articles this server quizzes on")
    @checks.in_guild()
    async def list_(self, interaction: discord.Interaction) -> None:
        raise NotImplementedError

    @article.command(name="remove", description="Remove an article and its questions")
    @app_commands.describe(article="The article to remove")
    @checks.manage_server(Action.MANAGE_ARTICLES)
    async def remove(self, interaction: discord.Interaction, article: str) -> None:
        raise NotImplementedError

    @remove.autocomplete("article")
    async def article_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await article_choices(self.bot, interaction.guild_id, current)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Articles(bot))

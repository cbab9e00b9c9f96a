"""/article add, /article list, /article remove (Manage Server)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import checks
from bot.checks import Action
from bot.db.repos import articles as article_repo
from bot.embeds import Colour, info_embed
from bot.safety import clean
from bot.services.articles import add_article, check_attachment, remove_article
from bot.services.engines import engines_for
from bot.services.topics import article_choices
from bot.views.reply import receive_attachment, reply, within


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
        max_bytes = self.bot.settings.max_article_bytes
        stem, suffix = check_attachment(file.filename, file.size, max_bytes)
        # Download, reading and question making take seconds: acknowledge first.
        data = await receive_attachment(interaction, file)
        added = await add_article(
            self.bot.database,
            engines_for(self.bot),
            data=data,
            stem=stem,
            suffix=suffix,
            title=title,
            guild_id=interaction.guild_id,
            user_id=interaction.user.id,
            max_bytes=max_bytes,
        )
        record = added.article
        date = f" ({record.date.isoformat()})" if record.date else ""
        embed = info_embed(
            "📰 Article added",
            f"**{clean(record.title, 250)}**{date}\n"
            f"{added.facts} facts and {added.questions} questions came out of it. "
            "They are in rotation now: try `/quiz start`.",
            Colour.CORRECT,
        )
        await reply(interaction, embed=embed, ephemeral=False)

    @article.command(name="list", description="The articles this server quizzes on")
    @checks.manage_server(Action.LIST_ARTICLES)
    async def list_(self, interaction: discord.Interaction) -> None:
        records = await within(
            interaction,
            article_repo.list_articles(
                self.bot.database, interaction.guild_id, include_global=True
            ),
            ephemeral=True,
        )
        if not records:
            await reply(interaction, "No articles yet: add one with `/article add`.")
            return
        lines = []
        for r in records:
            date = r.date.isoformat() if r.date else "no date"
            shared = " · shared" if r.guild_id == 0 else ""
            lines.append(
                f"**{clean(r.title, 120)}** · {date} · {r.facts} facts, "
                f"{r.questions} questions{shared}"
            )
        text = "\n".join(lines)
        embed = info_embed(f"Articles ({len(records)})", text)
        await reply(interaction, embed=embed)

    @article.command(name="remove", description="Remove an article and its questions")
    @app_commands.describe(article="The article to remove")
    @checks.manage_server(Action.MANAGE_ARTICLES)
    async def remove(self, interaction: discord.Interaction, article: str) -> None:
        removed = await remove_article(
            self.bot.database, engines_for(self.bot), value=article, guild_id=interaction.guild_id
        )
        await reply(
            interaction,
            f"🗑️ Removed **{clean(removed.title, 200)}** with its {removed.facts} facts and "
            f"{removed.questions} questions.",
            ephemeral=False,
        )

    @remove.autocomplete("article")
    async def article_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await article_choices(self.bot, interaction.guild_id, current)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Articles(bot))

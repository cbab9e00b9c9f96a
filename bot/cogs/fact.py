"""/fact: answer a question from the articles, quoting the sentence read."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.db.repos import articles as article_repo
from bot.embeds import fact_embed
from bot.services.engines import engines_for
from bot.services.errors import UserError
from bot.views.reply import defer, reply


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
        # Reading the question (and, the first time, loading the articles) takes longer
        # than Discord's 3 seconds: acknowledge first.
        await defer(interaction)
        db = self.bot.database
        if not await article_repo.list_articles(db, interaction.guild_id or 0, include_global=True):
            raise UserError("There are no articles yet: a moderator can add one with /article add.")
        found = await engines_for(self.bot).ask(db, interaction.guild_id, question)
        title, date = await article_label(db, interaction.guild_id, found.article)
        embed = fact_embed(
            question=question,
            answer=found.answer,
            sentence=found.sentence,
            article_title=title,
            article_date=date or found.date,
        )
        await reply(interaction, embed=embed, ephemeral=False)


async def article_label(db, guild_id: int | None, name: str | None):
    """(title, date) of the article a look-up quoted, by its name."""
    if not name:
        return None, None
    for record in await article_repo.list_articles(db, guild_id or 0, include_global=True):
        if record.name == name:
            return record.title, record.date
    return name, None


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Fact(bot))

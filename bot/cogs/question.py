"""/question report (players) and /question review (moderators)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import checks
from bot.db.repos import questions as question_repo
from bot.db.repos import quizzes
from bot.safety import normalise
from bot.services.errors import UserError
from bot.views.reply import reply, within
from bot.views.review import ReviewButton, require_reviewer, show_next


class Questions(commands.Cog):
    question = app_commands.Group(
        name="question",
        description="Report a bad question, or review reported ones",
        guild_only=True,
    )

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(ReviewButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(ReviewButton)

    @question.command(name="report", description="Flag the question just asked in this channel")
    @app_commands.describe(reason="What is wrong with it (optional)")
    @checks.in_guild()
    async def report(
        self,
        interaction: discord.Interaction,
        reason: app_commands.Range[str, 1, 300] | None = None,
    ) -> None:
        question_id = await self.last_question_id(interaction.channel_id)
        if question_id is None:
            raise UserError(
                "No question was asked in this channel lately: use /question report right "
                "after the question you want to flag."
            )
        added = await question_repo.report_question(
            self.bot.database,
            question_id,
            guild_id=interaction.guild_id,
            user_id=interaction.user.id,
            reason=normalise(reason, single_line=True) if reason else None,
        )
        if added:
            text = "Thanks: the question is flagged and leaves rotation until a moderator looks."
        else:
            text = "You already reported this question; a moderator will look at it."
        await reply(interaction, text)

    async def last_question_id(self, channel_id: int | None) -> int | None:
        """The question most recently shown in this channel (from the quiz cog's memory,
        else from a quiz still marked running in the database)."""
        if channel_id is None:
            return None
        quiz = self.bot.get_cog("Quiz")
        remembered = getattr(quiz, "last_question", {}).get(channel_id) if quiz else None
        if remembered is not None:
            return remembered
        session = await quizzes.running_in_channel(self.bot.database, channel_id)
        if session is None:
            return None
        rounds = await quizzes.session_rounds(self.bot.database, session.id)
        return rounds[-1].question_id if rounds else None

    @question.command(name="review", description="Approve, reject or edit reported questions")
    @checks.in_guild()
    async def review(self, interaction: discord.Interaction) -> None:
        await within(interaction, require_reviewer(interaction), ephemeral=True)
        await show_next(interaction, edit=False)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Questions(bot))

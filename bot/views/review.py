"""Review buttons on a reported question: `review:<approve|reject|edit>:<question id>`.

Edit opens a modal with the question, answer, choices and aliases; saving approves it.
"""

from __future__ import annotations

import re

import discord

from bot import checks
from bot.checks import Action
from bot.db.repos import guild_settings
from bot.db.repos import questions as question_repo
from bot.embeds import Colour, fit
from bot.safety import clean
from bot.services.errors import UserError
from bot.services.review import (
    ReportedQuestion,
    may_review,
    next_reported,
    owner_guild,
    parse_edit,
)
from bot.views.reply import fail, reply, within


def review_embed(item: ReportedQuestion | None) -> discord.Embed:
    if item is None:
        return fit(
            discord.Embed(
                title="Question review",
                description="No reported questions are waiting. 🎉",
                colour=Colour.CORRECT,
            )
        )
    q = item.question
    embed = discord.Embed(
        title=f"Reported question #{q.id}",
        description=f"**{clean(q.question, 1500, single_line=False)}**",
        colour=Colour.WARNING,
    )
    embed.add_field(name="Answer", value=clean(q.answer, 300))
    if q.choices:
        embed.add_field(name="Choices", value="\n".join(clean(c, 200) for c in q.choices))
    if q.aliases:
        embed.add_field(name="Also accepted", value=clean(", ".join(q.aliases), 500))
    if q.sentence:
        embed.add_field(name="Source sentence", value="> " + clean(q.sentence, 900), inline=False)
    reasons = "\n".join(f"• {clean(r, 200)}" for r in item.reasons[:10]) or "(no reason given)"
    embed.add_field(name=f"Reports here: {item.reports}", value=reasons, inline=False)
    embed.set_footer(text=f"{item.remaining} waiting for review")
    return fit(embed)


def review_view(item: ReportedQuestion | None) -> discord.ui.View | None:
    if item is None:
        return None
    view = discord.ui.View(timeout=None)
    for action in ("approve", "reject", "edit"):
        view.add_item(ReviewButton(action, item.question.id))
    return view


async def show_next(interaction: discord.Interaction, *, edit: bool) -> None:
    db = interaction.client.database  # type: ignore[attr-defined]
    if edit:
        item = await next_reported(db, interaction.guild_id)
        await interaction.response.edit_message(embed=review_embed(item), view=review_view(item))
        return
    # A private "thinking" first if the database is slow.
    item = await within(interaction, next_reported(db, interaction.guild_id), ephemeral=True)
    await reply(interaction, embed=review_embed(item), view=review_view(item), ephemeral=True)


async def require_reviewer(interaction: discord.Interaction) -> None:
    if interaction.guild_id is None:
        raise checks.Refused(checks.NEED_SERVER)
    config = await guild_settings.get_guild_settings(
        interaction.client.database, interaction.guild_id  # type: ignore[attr-defined]
    )
    checks.require(interaction, Action.REVIEW, manager_role_id=config.manager_role_id)


STYLES = {
    "approve": (discord.ButtonStyle.success, "Approve"),
    "reject": (discord.ButtonStyle.danger, "Reject"),
    "edit": (discord.ButtonStyle.primary, "Edit"),
}


class ReviewButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"review:(?P<action>approve|reject|edit):(?P<qid>\d+)",
):
    def __init__(self, action: str, question_id: int) -> None:
        self.action, self.question_id = action, question_id
        style, label = STYLES[action]
        super().__init__(
            discord.ui.Button(style=style, label=label, custom_id=f"review:{action}:{question_id}")
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]
    ) -> ReviewButton:
        return cls(match["action"], int(match["qid"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        db = interaction.client.database  # type: ignore[attr-defined]
        try:
            await require_reviewer(interaction)
            record = await may_review(db, self.question_id, interaction.guild_id)
        except (checks.Refused, UserError) as error:
            await fail(interaction, str(error))
            return
        if self.action == "edit":
            await interaction.response.send_modal(EditModal(record))
            return
        status = question_repo.APPROVED if self.action == "approve" else question_repo.REJECTED
        await question_repo.set_status(db, record.id, status, guild_id=owner_guild(record))
        await show_next(interaction, edit=True)


class EditModal(discord.ui.Modal):
    def __init__(self, record) -> None:
        super().__init__(title=f"Edit question #{record.id}", timeout=600)
        self.record = record
        self.question = discord.ui.TextInput(
            label="Question", style=discord.TextStyle.paragraph, default=record.question[:1000],
            max_length=1000,
        )
        self.answer = discord.ui.TextInput(
            label="Answer", default=record.answer[:200], max_length=200
        )
        self.choices = discord.ui.TextInput(
            label="Four choices, one per line (empty: typed only)",
            style=discord.TextStyle.paragraph,
            default="\n".join(record.choices)[:1000],
            required=False,
            max_length=1000,
        )
        self.aliases = discord.ui.TextInput(
            label="Other accepted answers, comma-separated",
            default=", ".join(record.aliases)[:500],
            required=False,
            max_length=500,
        )
        for item in (self.question, self.answer, self.choices, self.aliases):
            self.add_item(item)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        db = interaction.client.database  # type: ignore[attr-defined]
        try:
            await require_reviewer(interaction)
            changes = parse_edit(
                self.record,
                question=self.question.value,
                answer=self.answer.value,
                choices=self.choices.value or "",
                aliases=self.aliases.value or "",
            )
            saved = await question_repo.edit_question(
                db, self.record.id, guild_id=owner_guild(self.record), **changes
            )
        except (checks.Refused, UserError, ValueError) as error:
            await fail(interaction, str(error))
            return
        if saved is None:
            await fail(interaction, "That question no longer exists.")
            return
        if interaction.message is not None:
            await show_next(interaction, edit=True)
        else:
            await show_next(interaction, edit=False)

"""The /trivia reset-scores confirmation: `reset-scores:<guild id>:<user id>:yes|no`.

Only the moderator who asked may press it, and Manage Server is checked again at the
click (permissions can change in between)."""

from __future__ import annotations

import re

import discord

from bot import checks
from bot.checks import Action
from bot.db.repos import scores
from bot.embeds import Colour, info_embed


def confirm_view(guild_id: int, user_id: int) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(ResetButton(guild_id, user_id, True))
    view.add_item(ResetButton(guild_id, user_id, False))
    return view


class ResetButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"reset-scores:(?P<guild>\d+):(?P<user>\d+):(?P<answer>yes|no)",
):
    def __init__(self, guild_id: int, user_id: int, confirm: bool) -> None:
        self.guild_id, self.user_id, self.confirm = guild_id, user_id, confirm
        super().__init__(
            discord.ui.Button(
                style=discord.ButtonStyle.danger if confirm else discord.ButtonStyle.secondary,
                label="Yes, reset every score here" if confirm else "Cancel",
                custom_id=f"reset-scores:{guild_id}:{user_id}:{'yes' if confirm else 'no'}",
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]
    ) -> ResetButton:
        return cls(int(match["guild"]), int(match["user"]), match["answer"] == "yes")

    async def callback(self, interaction: discord.Interaction) -> None:
        if interaction.user.id != self.user_id or interaction.guild_id != self.guild_id:
            await interaction.response.send_message(
                "Only the moderator who asked can answer this; run /trivia reset-scores.",
                ephemeral=True,
            )
            return
        if not self.confirm:
            await interaction.response.edit_message(
                embed=info_embed("Nothing reset", "Scores are as they were."), view=None
            )
            return
        if not checks.member_may(interaction, Action.RESET_SCORES):
            await interaction.response.edit_message(
                embed=info_embed(
                    "Not reset", checks.refusal(Action.RESET_SCORES), Colour.ERROR
                ),
                view=None,
            )
            return
        removed = await scores.reset_guild(interaction.client.database, self.guild_id)  # type: ignore[attr-defined]
        await interaction.response.edit_message(
            embed=info_embed(
                "Scores reset",
                f"This server's leaderboards are empty again ({removed} player"
                f"{'s' if removed != 1 else ''} cleared, daily streaks too). Points players "
                "won stay in their global totals.",
                Colour.CORRECT,
            ),
            view=None,
        )

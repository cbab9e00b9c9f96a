"""The /forget-me confirmation button: `forget:<user id>` (only that user may press it)."""

from __future__ import annotations

import re

import discord

from bot.db.repos import scores
from bot.embeds import Colour, info_embed


class ForgetButton(discord.ui.DynamicItem[discord.ui.Button], template=r"forget:(?P<user>\d+)"):
    def __init__(self, user_id: int) -> None:
        self.user_id = user_id
        super().__init__(
            discord.ui.Button(
                style=discord.ButtonStyle.danger,
                label="Yes, delete my data",
                custom_id=f"forget:{user_id}",
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]
    ) -> ForgetButton:
        return cls(int(match["user"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        if interaction.user.id != self.user_id:
            await interaction.response.send_message(
                "This button deletes someone else's data; run /forget-me for your own.",
                ephemeral=True,
            )
            return
        result = await scores.forget_player(interaction.client.database, self.user_id)  # type: ignore[attr-defined]
        embed = info_embed(
            "Your data is deleted",
            f"Removed {result.counts.get('answers', 0)} answers and "
            f"{result.counts.get('player_stats', 0)} score rows in every server. "
            "Quizzes you hosted and articles you added stay for everyone else, "
            "without your name.",
            Colour.CORRECT,
        )
        await interaction.response.edit_message(embed=embed, view=None)

"""Daily-question buttons: `daily:answer:<round id>:<choice 0-3>`.

Nothing about an open daily question is kept in memory: a click finds its round, post
and question in the database, so the buttons work all day, across restarts, in whichever
process holds the guild.
"""

from __future__ import annotations

import re

import discord

from bot.views.quiz import choice_label


def daily_view(
    round_id: int, choices: tuple[str, ...], *, disabled: bool = False, answer: int | None = None
) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for index, choice in enumerate(choices[:4]):
        button = DailyAnswerButton(round_id, index, choice_label(index, choice))
        button.item.disabled = disabled
        if answer is not None:
            button.item.style = (
                discord.ButtonStyle.success if index == answer else discord.ButtonStyle.secondary
            )
        view.add_item(button)
    return view


class DailyAnswerButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"daily:answer:(?P<round>\d+):(?P<index>[0-3])",
):
    def __init__(self, round_id: int, index: int, label: str = "") -> None:
        self.round_id, self.index = round_id, index
        super().__init__(
            discord.ui.Button(
                label=label or "ABCD"[index],
                style=discord.ButtonStyle.primary,
                custom_id=f"daily:answer:{round_id}:{index}",
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]
    ) -> DailyAnswerButton:
        return cls(int(match["round"]), int(match["index"]), item.label or "")

    async def callback(self, interaction: discord.Interaction) -> None:
        cog = interaction.client.get_cog("Daily")  # type: ignore[union-attr]
        if cog is None:
            await interaction.response.send_message(
                "The daily question is unavailable right now.", ephemeral=True
            )
            return
        await cog.on_answer_click(interaction, self.round_id, self.index)

"""Answer buttons: `quiz:answer:<round id>:<choice 0-3>`.

A click is routed by the round id to the quiz that owns it (the quiz cog's registry), so
a message's buttons keep working for as long as its round is open, and after a restart a
click on an old question gets a clear "this question is closed" instead of silence.
"""

from __future__ import annotations

import re

import discord

from bot.embeds import LETTERS
from bot.safety import normalise

LABEL_MAX = 80  # Discord's button label limit


def choice_label(index: int, choice: str) -> str:
    # Labels render no markdown and cannot ping: only invisible characters and length.
    text = normalise(choice, single_line=True) or "(blank)"
    label = f"{LETTERS[index]}. {text}"
    return label if len(label) <= LABEL_MAX else label[: LABEL_MAX - 1] + "…"


def answer_view(
    round_id: int, choices: tuple[str, ...], *, disabled: bool = False, answer: int | None = None
) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for index, choice in enumerate(choices[:4]):
        button = AnswerButton(round_id, index, choice_label(index, choice))
        button.item.disabled = disabled
        if answer is not None:
            button.item.style = (
                discord.ButtonStyle.success if index == answer else discord.ButtonStyle.secondary
            )
        view.add_item(button)
    return view


class AnswerButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"quiz:answer:(?P<round>\d+):(?P<index>[0-3])",
):
    def __init__(self, round_id: int, index: int, label: str = "") -> None:
        self.round_id, self.index = round_id, index
        super().__init__(
            discord.ui.Button(
                label=label or LETTERS[index],
                style=discord.ButtonStyle.primary,
                custom_id=f"quiz:answer:{round_id}:{index}",
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]
    ) -> AnswerButton:
        return cls(int(match["round"]), int(match["index"]), item.label or "")

    async def callback(self, interaction: discord.Interaction) -> None:
        cog = interaction.client.get_cog("Quiz")  # type: ignore[union-attr]
        if cog is None:
            await interaction.response.send_message("Quizzes are unavailable.", ephemeral=True)
            return
        await cog.on_answer_click(interaction, self.round_id, self.index)

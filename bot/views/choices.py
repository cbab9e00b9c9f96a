"""A round's four answer buttons, shared by the quiz (`quiz:answer:<round>:<choice>`) and
the daily question (`daily:answer:<round>:<choice>`).

A button carries its round id and choice in its custom id and is a dynamic item, so it
keeps working across restarts: a click is handed to the cog named by the subclass
(`on_answer_click(interaction, round_id, index)`), which finds the round.
"""

from __future__ import annotations

import re
from typing import ClassVar, Self

import discord

from bot.embeds import LETTERS
from bot.safety import normalise

LABEL_MAX = 80  # Discord's button label limit


def choice_label(index: int, choice: str) -> str:
    # Labels render no markdown and cannot ping: only invisible characters and length.
    text = normalise(choice, single_line=True) or "(blank)"
    label = f"{LETTERS[index]}. {text}"
    return label if len(label) <= LABEL_MAX else label[: LABEL_MAX - 1] + "…"


class ChoiceButton(discord.ui.DynamicItem[discord.ui.Button], template=r"(?!)"):
    """Base of the answer buttons; a subclass sets PREFIX, COG and UNAVAILABLE, and gets
    the template `PREFIX:answer:<round id>:<choice 0-3>`."""

    PREFIX: ClassVar[str]
    COG: ClassVar[str]  # the cog whose on_answer_click takes the click
    UNAVAILABLE: ClassVar[str]  # said when that cog is not loaded

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(
            template=rf"{re.escape(cls.PREFIX)}:answer:(?P<round>\d+):(?P<index>[0-3])", **kwargs
        )

    def __init__(self, round_id: int, index: int, label: str = "") -> None:
        self.round_id, self.index = round_id, index
        super().__init__(
            discord.ui.Button(
                label=label or LETTERS[index],
                style=discord.ButtonStyle.primary,
                custom_id=f"{self.PREFIX}:answer:{round_id}:{index}",
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]
    ) -> Self:
        return cls(int(match["round"]), int(match["index"]), item.label or "")

    async def callback(self, interaction: discord.Interaction) -> None:
        cog = interaction.client.get_cog(self.COG)  # type: ignore[union-attr]
        if cog is None:
            await interaction.response.send_message(self.UNAVAILABLE, ephemeral=True)
            return
        await cog.on_answer_click(interaction, self.round_id, self.index)  # type: ignore[attr-defined]

    @classmethod
    def view(
        cls,
        round_id: int,
        choices: tuple[str, ...],
        *,
        disabled: bool = False,
        answer: int | None = None,
    ) -> discord.ui.View:
        """The round's buttons; `answer` shows the right one green and the rest grey."""
        view = discord.ui.View(timeout=None)
        for index, choice in enumerate(choices[:4]):
            button = cls(round_id, index, choice_label(index, choice))
            button.item.disabled = disabled
            if answer is not None:
                button.item.style = (
                    discord.ButtonStyle.success
                    if index == answer
                    else discord.ButtonStyle.secondary
                )
            view.add_item(button)
        return view

"""A round's four answer buttons, shared by the quiz (`quiz:answer:<round>:<choice>`) and
the daily question (`daily:answer:<round>:<choice>`).

A button carries its round id and choice in its custom id and is a dynamic item, so it
keeps working across restarts: a click is handed to the cog named by the subclass
(`on_answer_click(interaction, round_id, index)`), which finds the round.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from typing import ClassVar, Self

import discord

from bot.embeds import LETTERS
from bot.safety import normalise

log = logging.getLogger(__name__)

LABEL_MAX = 80  # Discord's button label limit


def choice_label(index: int, choice: str) -> str:
    # Labels render no markdown and cannot ping: only invisible characters and length.
    text = normalise(choice, single_line=True) or "(blank)"
    label = f"{LETTERS[index]}. {text}"
    return label if len(label) <= LABEL_MAX else label[: LABEL_MAX - 1] + "…"


# Discord's answers to a reply that came too late: the interaction's 3-second window (or
# its 15-minute token) has passed.
EXPIRED = {10062, 10015}  # Unknown interaction, Unknown webhook


class ExpiredClicks:
    """Clicks whose reply came after Discord's window, counted and logged in one line at
    most every EVERY seconds. Such a click is a symptom of overload, and discord.py used
    to log each with its full traceback: milliseconds of formatting per click (most of
    an overloaded bot's CPU in a profile), so it fell further behind with every click it
    lost."""

    EVERY = 10.0

    def __init__(self) -> None:
        self.total = 0
        self._unlogged = 0
        self._logged_at = -self.EVERY
        self._flush: asyncio.TimerHandle | None = None

    def note(self) -> None:
        self.total += 1
        self._unlogged += 1
        wait = self._logged_at + self.EVERY - time.monotonic()
        if wait <= 0:
            self.log()
        elif self._flush is None:  # the rest of this burst, in one line when it is due
            self._flush = asyncio.get_running_loop().call_later(wait, self.log)

    def log(self) -> None:
        self._flush = None
        if self._unlogged:
            log.warning(
                "%d answer click(s) not answered: Discord's window had passed (the bot or "
                "its database is overloaded)",
                self._unlogged,
            )
        self._unlogged = 0
        self._logged_at = time.monotonic()


expired_clicks = ExpiredClicks()


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
        try:
            if cog is None:
                await interaction.response.send_message(self.UNAVAILABLE, ephemeral=True)
                return
            await cog.on_answer_click(interaction, self.round_id, self.index)  # type: ignore[attr-defined]
        except discord.NotFound as error:
            if error.code not in EXPIRED:
                raise
            expired_clicks.note()

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

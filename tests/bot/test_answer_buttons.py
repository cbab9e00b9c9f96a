"""The quiz's and the daily question's answer buttons: one class (bot/views/choices.py)
with each one's custom ids, labels and reveal colours."""

from __future__ import annotations

import re

import discord
import pytest

from bot.views.choices import ChoiceButton, choice_label
from bot.views.daily import DailyAnswerButton, daily_view
from bot.views.quiz import AnswerButton, answer_view

CHOICES = ("Fake Love", "Idol", "@everyone DNA", "x" * 120)


@pytest.mark.parametrize(
    ("cls", "build", "prefix"),
    [(AnswerButton, answer_view, "quiz"), (DailyAnswerButton, daily_view, "daily")],
)
async def test_buttons_of_a_round(cls, build, prefix: str) -> None:
    assert issubclass(cls, ChoiceButton)
    view = build(42, CHOICES)
    assert all(isinstance(item, cls) for item in view.children)
    buttons = [item.item for item in view.children]
    assert [b.custom_id for b in buttons] == [f"{prefix}:answer:42:{i}" for i in range(4)]
    assert [b.label for b in buttons] == [choice_label(i, c) for i, c in enumerate(CHOICES)]
    assert len(buttons[3].label) == 80 and buttons[3].label.endswith("…")
    assert all(b.style is discord.ButtonStyle.primary and not b.disabled for b in buttons)

    revealed = build(42, CHOICES, disabled=True, answer=1)
    styles = [item.item.style for item in revealed.children]
    assert styles == [discord.ButtonStyle.secondary, discord.ButtonStyle.success,
                      discord.ButtonStyle.secondary, discord.ButtonStyle.secondary]
    assert all(item.item.disabled for item in revealed.children)

    template: re.Pattern[str] = cls.__discord_ui_compiled_template__
    match = template.fullmatch(f"{prefix}:answer:7:3")
    assert match is not None and (match["round"], match["index"]) == ("7", "3")
    other = "daily" if prefix == "quiz" else "quiz"
    assert template.fullmatch(f"{other}:answer:7:3") is None
    again = await cls.from_custom_id(None, buttons[2], match)
    assert isinstance(again, cls)
    assert (again.round_id, again.index, again.item.label) == (7, 3, buttons[2].label)
    assert cls(1, 2).item.label == "C"  # no label given: the letter

"""Slash-command option types and choices that more than one cog declares.

`/quiz start` and `/trivia settings` take the same question count, seconds and answer
mode (a server's defaults are what a quiz would be started with), so their ranges and
values live here once. The leading underscore keeps this module out of the cogs the bot
loads (`bot.client.cog_modules`).
"""

from __future__ import annotations

from discord import app_commands

from bot.game.session import Mode

QuestionCount = app_commands.Range[int, 1, 50]
AnswerSeconds = app_commands.Range[int, 10, 120]


def mode_choices(*, buttons: str, typed: str) -> list[app_commands.Choice[str]]:
    """The answer modes, each shown with the given name."""
    return [
        app_commands.Choice(name=buttons, value=Mode.BUTTONS.value),
        app_commands.Choice(name=typed, value=Mode.TYPED.value),
    ]

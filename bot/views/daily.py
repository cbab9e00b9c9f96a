"""Daily-question buttons: `daily:answer:<round id>:<choice 0-3>` (bot/views/choices.py).

Nothing about an open daily question is kept in memory: a click finds its round, post
and question in the database, so the buttons work all day, across restarts, in whichever
process holds the guild.
"""

from __future__ import annotations

from bot.views.choices import ChoiceButton


class DailyAnswerButton(ChoiceButton):
    PREFIX = "daily"
    COG = "Daily"
    UNAVAILABLE = "The daily question is unavailable right now."


daily_view = DailyAnswerButton.view

"""Answer buttons: `quiz:answer:<round id>:<choice 0-3>` (bot/views/choices.py).

A click is routed by the round id to the quiz that owns it (the quiz cog's registry), so
a message's buttons keep working for as long as its round is open, and after a restart a
click on an old question gets a clear "this question is closed" instead of silence.
"""

from __future__ import annotations

from bot.views.choices import ChoiceButton


class AnswerButton(ChoiceButton):
    PREFIX = "quiz"
    COG = "Quiz"
    UNAVAILABLE = "Quizzes are unavailable."


answer_view = AnswerButton.view

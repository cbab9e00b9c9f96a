"""The game rules, with no Discord and no database: the cog calls these.

- `clock`: `Clock` protocol, `LoopClock` (real), `FakeClock` (tests).
- `matching`: is a typed message a right answer (`match_answer`, `normalize`).
- `scoring`: `score_answer` and its `ScoreRules`.
- `hints`: `hint_text` ("F___ L___").
- `selection`: `pick_questions` (no repeats per guild), `shuffled_choices` (seeded).
- `session`: `Quiz`, one quiz's life cycle; the cog implements `QuizIO`.
"""

from bot.game.clock import Clock, FakeClock, LoopClock
from bot.game.hints import hint_text
from bot.game.matching import Match, match_answer, normalize
from bot.game.scoring import ScoreRules, score_answer
from bot.game.selection import Pick, pick_questions, shuffled_choices
from bot.game.session import (
    AnswerRecord,
    EndReason,
    Mode,
    Quiz,
    QuizIO,
    QuizRound,
    QuizSettings,
    QuizSummary,
    RoundResult,
    Standing,
    State,
    SubmitResult,
    Verdict,
    WrongGuess,
)

__all__ = [
    "AnswerRecord",
    "Clock",
    "EndReason",
    "FakeClock",
    "LoopClock",
    "Match",
    "Mode",
    "Pick",
    "Quiz",
    "QuizIO",
    "QuizRound",
    "QuizSettings",
    "QuizSummary",
    "RoundResult",
    "ScoreRules",
    "Standing",
    "State",
    "SubmitResult",
    "Verdict",
    "WrongGuess",
    "hint_text",
    "match_answer",
    "normalize",
    "pick_questions",
    "score_answer",
    "shuffled_choices",
]

"""Points for one answer: correctness, speed, streak, hint penalty, first-correct bonus.

One pure function, `score_answer`, so the rules are in one place and the reveal, the
database and the tests all agree on a number; `round_points` applies it by the round's
mode and `streak_after` moves a streak, for every way of playing (Discord's quiz session
and terminal play).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScoreRules:
    base: int = 100  # a right answer, however slow
    speed_bonus: int = 50  # at 0 s; falls linearly to 0 when the timer ends
    streak_step: int = 10  # per right answer in a row before this one
    streak_cap: int = 50  # the streak bonus never exceeds this (5 in a row)
    hint_factor: float = 0.5  # typed mode: base + speed are multiplied by this after the hint
    first_bonus: int = 20  # buttons mode: the first right answer of the round


DEFAULT_RULES = ScoreRules()


def speed_points(elapsed: float, seconds: float, rules: ScoreRules = DEFAULT_RULES) -> int:
    """The speed bonus alone: `speed_bonus * (1 - elapsed / seconds)`, rounded, >= 0."""
    if seconds <= 0:
        return 0
    fraction = min(max(elapsed, 0.0), seconds) / seconds
    return round(rules.speed_bonus * (1.0 - fraction))


def streak_points(streak: int, rules: ScoreRules = DEFAULT_RULES) -> int:
    """Bonus for `streak` right answers in a row *before* this one (0 for the first)."""
    return min(max(streak, 0) * rules.streak_step, rules.streak_cap)


def score_answer(
    correct: bool,
    elapsed: float,
    seconds: float,
    streak: int = 0,
    hinted: bool = False,
    first: bool = False,
    rules: ScoreRules = DEFAULT_RULES,
) -> int:
    """Points for one answer.

    - `elapsed`: seconds from the question being shown to the answer arriving.
    - `seconds`: the question's timer. An answer after it scores 0 (the session refuses
      it anyway).
    - `streak`: the player's right answers in a row *before* this one, in this quiz.
    - `hinted`: typed mode, the answer came after the hint was shown.
    - `first`: buttons mode, this was the round's first right answer.

    points = round((base + speed) * (hint_factor if hinted else 1)) + streak + first

    With the default rules (20-second question):

    | case                                   | base | speed | hint  | streak | first | total |
    |----------------------------------------|------|-------|-------|--------|-------|-------|
    | wrong, or after the timer              |  -   |   -   |   -   |   -    |   -   |     0 |
    | right at 0 s                           | 100  |  50   |       |    0   |       |   150 |
    | right at 10 s                          | 100  |  25   |       |    0   |       |   125 |
    | right at 20 s (the last moment)        | 100  |   0   |       |    0   |       |   100 |
    | right at 5 s, 3rd in a row (streak 2)  | 100  |  38   |       |   20   |       |   158 |
    | right at 5 s, streak 9 (capped)        | 100  |  38   |       |   50   |       |   188 |
    | typed, right at 12 s after the hint    | 100  |  20   | x 0.5 |    0   |       |    60 |
    | buttons, first right, at 2 s           | 100  |  45   |       |    0   |  20   |   165 |
    """
    if not correct or seconds <= 0 or elapsed > seconds:
        return 0
    earned = rules.base + speed_points(elapsed, seconds, rules)
    if hinted:
        earned = round(earned * rules.hint_factor)
    earned += streak_points(streak, rules)
    if first:
        earned += rules.first_bonus
    return earned


def round_points(
    correct: bool,
    elapsed: float,
    seconds: float,
    *,
    typed: bool,
    streak: int = 0,
    hinted: bool = False,
    first: bool = False,
    rules: ScoreRules = DEFAULT_RULES,
) -> int:
    """`score_answer` for an answer in a quiz round, by the round's mode: the hint
    penalty applies to typed rounds only (buttons rounds show no hint), the first-right
    bonus to buttons rounds only (a typed round's first right answer is its only one:
    it wins the round, the bonus would be the same for everyone who scores)."""
    return score_answer(
        correct,
        elapsed,
        seconds,
        streak=streak,
        hinted=hinted and typed,
        first=first and not typed,
        rules=rules,
    )


def streak_after(streak: int, correct: bool) -> int:
    """A player's streak after a round: a right answer adds one; a wrong answer, or a
    round (not skipped or stopped) they did not answer right, ends it."""
    return streak + 1 if correct else 0

"""One player's rounds in a terminal quiz: choosing questions, reading answers, points.

Everything here is the Discord quiz's rules (`bot.game`): the same answer matching, the
same points (`round_points`: the buttons bonus for the round's first right answer, which
a solo player who is right always is, and the typed-mode hint penalty), the same streaks
(`streak_after`). Only reading a choice is the terminal's own: a number (1-4), a letter
(A-D) or the choice's text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.game.matching import match_answer, normalize
from bot.game.scoring import DEFAULT_RULES, ScoreRules, round_points, streak_after
from bot.game.selection import pick_questions, playable, shuffled_choices
from questions.types import QuizQuestion

LETTERS = "ABCD"  # as on the Discord buttons
CHOICES = "choices"
TYPED = "typed"
MODES = (CHOICES, TYPED)


def pick(bank: Sequence[QuizQuestion], count: int, mode: str, seed: object) -> list[QuizQuestion]:
    """`count` questions in a seeded order. Choices mode takes questions with four
    choices first; typed-only ones fill in only when those run short (asked typed)."""
    if mode == TYPED:
        return pick_questions(bank, count, seed=seed, mode="typed").questions
    chosen = pick_questions(bank, count, seed=seed, mode="buttons").questions
    if len(chosen) < count:
        taken = {q.id for q in chosen}
        rest = [q for q in bank if q.id not in taken]
        chosen += pick_questions(rest, count - len(chosen), seed=seed, mode="typed").questions
    return chosen


@dataclass(frozen=True)
class Round:
    number: int  # 1-based
    total: int
    question: QuizQuestion
    choices: tuple[str, ...]  # shuffled; () when the question is played typed
    seconds: float

    @property
    def typed(self) -> bool:
        return not self.choices

    @property
    def answer_index(self) -> int | None:
        return (
            self.choices.index(self.question.answer)
            if self.question.answer in self.choices
            else None
        )


def make_round(
    number: int, total: int, question: QuizQuestion, mode: str, seconds: float, seed: object
) -> Round:
    as_choices = mode == CHOICES and playable(question, "buttons")
    choices = shuffled_choices(question, seed) if as_choices else ()
    return Round(number, total, question, choices, seconds)


def parse_choice(text: str, rnd: Round) -> int | None:
    """Index of the choice the player means: "2", "b", "B)", or the choice's text (the
    typed-answer rules, the answer's aliases included). None if it names no single one."""
    given = text.strip()
    bare = given.rstrip(").:").strip()
    if bare.isdigit():
        number = int(bare)
        return number - 1 if 1 <= number <= len(rnd.choices) else None
    # A choice that is itself one letter ("A" the album) is read as its text below.
    one_letter = len(bare) == 1 and bare.upper() in LETTERS[: len(rnd.choices)]
    if one_letter and not any(normalize(c) == bare.casefold() for c in rnd.choices):
        return LETTERS.index(bare.upper())
    wanted = normalize(given)
    if not wanted:
        return None
    exact = [i for i, c in enumerate(rnd.choices) if normalize(c) == wanted]
    if len(exact) == 1:
        return exact[0]
    q = rnd.question
    hits = [
        i
        for i, choice in enumerate(rnd.choices)
        if match_answer(
            given,
            choice,
            q.aliases if choice == q.answer else (),
            q.answer_type if choice == q.answer else "thing",
            rnd.choices,
        ).ok
    ]
    return hits[0] if len(hits) == 1 else None


@dataclass(frozen=True)
class Outcome:
    """How one answer was judged (or that the round ended without a right answer)."""

    given: str | None  # None: no answer (time ran out, or a pass)
    correct: bool
    points: int
    choice_index: int | None = None  # choices: the choice picked
    elapsed: float = 0.0
    hinted: bool = False
    reason: str = ""  # matching's reason (typed), "not a choice", "time", "pass"

    @property
    def response_ms(self) -> int:
        return round(self.elapsed * 1000)


class Player:
    """The player's score in this quiz: points, right answers, the streak."""

    def __init__(self, rules: ScoreRules = DEFAULT_RULES) -> None:
        self.rules = rules
        self.points = 0
        self.correct = 0
        self.asked = 0  # rounds played to the end (answered or not)
        self.streak = 0
        self.best_streak = 0

    def judge(self, rnd: Round, given: str, elapsed: float, hinted: bool = False) -> Outcome:
        """Judge one answer without counting it (typed mode may take several guesses)."""
        q = rnd.question
        index: int | None = None
        if rnd.typed:
            match = match_answer(given, q.answer, q.aliases, q.answer_type, q.choices)
            correct, reason = match.ok, match.reason
        else:
            index = parse_choice(given, rnd)
            correct = index is not None and rnd.choices[index] == q.answer
            reason = "not a choice" if index is None else ("right" if correct else "wrong")
        points = self._points(rnd, correct, elapsed, hinted)
        return Outcome(given, correct, points, index, elapsed, hinted and rnd.typed, reason)

    def count(self, outcome: Outcome) -> None:
        """The round is over with this outcome (the right answer, the last wrong one, or
        no answer at all)."""
        self.asked += 1
        if outcome.correct:
            self.correct += 1
            self.points += outcome.points
        self.streak = streak_after(self.streak, outcome.correct)
        self.best_streak = max(self.best_streak, self.streak)

    def points_left(self, rnd: Round, elapsed: float, hinted: bool) -> int:
        """What a right answer would score now (for the hint line)."""
        return self._points(rnd, True, elapsed, hinted)

    def _points(self, rnd: Round, correct: bool, elapsed: float, hinted: bool) -> int:
        return round_points(
            correct,
            elapsed,
            rnd.seconds,
            typed=rnd.typed,
            streak=self.streak,
            hinted=hinted,
            first=correct,  # alone in the round: a right answer is the first
            rules=self.rules,
        )

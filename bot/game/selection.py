"""Choosing a quiz's questions and ordering their choices: pure functions over lists.

- `shuffled_choices`: a question's four choices in an order fixed by a seed, so the
  buttons keep the same order after a restart (seed = the quiz's id) and two quizzes do
  not always put the answer in the same place.
- `pick_questions`: N questions from a bank, never one the guild was already asked while
  unasked ones remain ("no repeats until the bank runs out", Red users' request); when the
  unasked ones run short, the least recently asked fill the rest and the result says so,
  so the caller can start the guild's cycle again.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from bot.game.matching import normalize
from questions.types import QuizQuestion


def _rng(seed: object, *salt: object) -> random.Random:
    # random.Random seeded with a str is stable across runs and processes (it hashes the
    # text with SHA-512), unlike hash(), which is salted per process.
    return random.Random(":".join(str(part) for part in (seed, *salt)))


def shuffled_choices(question: QuizQuestion, seed: object) -> tuple[str, ...]:
    """`question.choices` in an order that depends only on (seed, question.id)."""
    choices = list(question.choices)
    _rng(seed, question.id).shuffle(choices)
    return tuple(choices)


def answer_index(choices: Sequence[str], answer: str) -> int:
    """Where the answer sits among `choices` (ValueError if it is missing)."""
    return list(choices).index(answer)


def playable(question: QuizQuestion, mode: str) -> bool:
    """Can this question be played in `mode`? Buttons need four choices with the answer."""
    if mode == "buttons":
        return len(question.choices) == 4 and question.answer in question.choices
    return bool(question.answer.strip())


@dataclass(frozen=True)
class Pick:
    questions: list[QuizQuestion]
    recycled: bool  # some were asked before: the guild has seen every eligible question


def pick_questions(
    bank: Sequence[QuizQuestion],
    count: int,
    asked: Sequence[Hashable] = (),
    *,
    seed: object = None,
    difficulty: str | None = None,
    mode: str = "buttons",
    key: Callable[[QuizQuestion], Hashable] = lambda q: q.id,
) -> Pick:
    """Up to `count` questions from `bank`, in a seeded random order.

    - `asked`: ids (as given by `key`) the guild was already asked, oldest first.
    - Only questions playable in `mode` and, if given, of `difficulty` are eligible.
    - Unasked questions come first. Among them, questions whose answer or source sentence
      is already in the pick wait until the others are used, so one quiz does not ask
      the same fact twice in two wordings.
    - If the unasked ones are too few, the rest comes from the asked ones, least recently
      asked first, and `recycled` is True.
    """
    if count <= 0:
        return Pick([], False)
    eligible = [
        q for q in bank if playable(q, mode) and (difficulty is None or q.difficulty == difficulty)
    ]
    asked_order = {k: i for i, k in enumerate(asked)}
    fresh = [q for q in eligible if key(q) not in asked_order]
    _rng(seed, "pick").shuffle(fresh)
    chosen = _spread(fresh, count)
    recycled = False
    if len(chosen) < count:
        old = sorted(
            (q for q in eligible if key(q) in asked_order), key=lambda q: asked_order[key(q)]
        )
        more = _spread(old, count - len(chosen), taken=chosen)
        recycled = bool(more)
        chosen += more
    return Pick(chosen, recycled)


def _spread(
    candidates: Sequence[QuizQuestion], count: int, taken: Sequence[QuizQuestion] = ()
) -> list[QuizQuestion]:
    """Take `count` in order, preferring ones whose answer and sentence are not yet taken."""
    answers = {normalize(q.answer) for q in taken}
    sentences = {q.source.sentence for q in taken}
    first: list[QuizQuestion] = []
    later: list[QuizQuestion] = []
    for q in candidates:
        if len(first) >= count:
            break
        if normalize(q.answer) in answers or q.source.sentence in sentences:
            later.append(q)
            continue
        first.append(q)
        answers.add(normalize(q.answer))
        sentences.add(q.source.sentence)
    return (first + later)[:count]

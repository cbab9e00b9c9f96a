"""Helpers for the game tests: questions, and a QuizIO that writes down what it is told."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from bot.game.session import AnswerRecord, QuizRound, QuizSummary, RoundResult
from questions.types import QuizQuestion, SourceRef


def question(
    n: int,
    answer: str,
    wrong: tuple[str, ...] = ("Wrong A", "Wrong B", "Wrong C"),
    *,
    aliases: tuple[str, ...] = (),
    answer_type: str = "thing",
    typed_only: bool = False,
    difficulty: str = "medium",
    sentence: str | None = None,
) -> QuizQuestion:
    return QuizQuestion(
        id=f"q{n}",
        question=f"Question {n}?",
        answer=answer,
        aliases=aliases,
        choices=() if typed_only else (answer, *wrong),
        answer_type=answer_type,
        difficulty=difficulty,
        form="wh",
        source=SourceRef("article", sentence or f"Sentence {n}."),
    )


@dataclass
class RecordingIO:
    """Keeps every call in `events` as (kind, round number, payload, clock time)."""

    clock: object
    events: list[tuple[str, int | None, object, float]] = field(default_factory=list)
    recorded: list[AnswerRecord] = field(default_factory=list)
    refuse_users: set[int] = field(default_factory=set)  # record() raises for these
    record_delay: float = 0.0  # clock seconds record() takes
    fail_on: str | None = None  # "ask", "hint", "reveal": raise there
    summary: QuizSummary | None = None
    asked: asyncio.Event = field(default_factory=asyncio.Event)

    def _log(self, kind: str, number: int | None, payload: object) -> None:
        self.events.append((kind, number, payload, self.clock.now()))  # type: ignore[attr-defined]

    async def ask(self, rnd: QuizRound) -> None:
        if self.fail_on == "ask":
            raise RuntimeError("cannot post")
        self._log("ask", rnd.number, rnd.choices)
        self.asked.set()

    async def hint(self, rnd: QuizRound, text: str) -> None:
        if self.fail_on == "hint":
            raise RuntimeError("cannot hint")
        self._log("hint", rnd.number, text)

    async def record(self, rnd: QuizRound, answer: AnswerRecord) -> None:
        if self.record_delay:
            await self.clock.sleep(self.record_delay)  # type: ignore[attr-defined]
        if answer.user_id in self.refuse_users:
            raise ConnectionError("database down")
        self.recorded.append(answer)

    async def reveal(self, rnd: QuizRound, result: RoundResult) -> None:
        if self.fail_on == "reveal":
            raise RuntimeError("cannot reveal")
        self._log("reveal", rnd.number, result)

    async def finish(self, summary: QuizSummary) -> None:
        self.summary = summary
        self._log("finish", None, summary)

    def kinds(self) -> list[str]:
        return [kind for kind, *_ in self.events]

    def reveals(self) -> list[RoundResult]:
        return [payload for kind, _, payload, _ in self.events if kind == "reveal"]  # type: ignore[misc]

"""One quiz's life cycle in memory: `Quiz`.

The cog creates a `Quiz` with its questions and settings, starts `quiz.run(io)` as a task,
and forwards button clicks and chat messages to `quiz.submit(...)`. Everything Discord or
database shaped happens in the cog's `QuizIO`:

    ask(rnd)               post the question (buttons or text); the timer starts when it returns
    hint(rnd, text)        typed mode, half-way: the answer's shape
    record(rnd, answer)    persist one scored answer; raise to refuse it (nothing is counted)
    reveal(rnd, result)    the right answer, who got it, points
    finish(summary)        the podium

States:  waiting -> asking -> revealing -> asking -> ... -> finished
         any state -> stopped (stop(), or an error in the IO)
(`waiting` until the first question is posted; `revealing` also covers the pause after a
reveal and the posting of the next question, during which answers get NO_ROUND/TOO_LATE.)

Answers (`submit`):
- buttons mode: one answer per player per round, whatever its choice; answers close at the
  timer (or skip/stop), correctness is only shown at the reveal (verdict LOCKED_IN).
- typed mode: any number of guesses; the first right one wins the round and closes it.
- an answer whose arrival time `at` is after the timer is TOO_LATE, even if the timer task
  has not run yet; an answer for an older round (a click on an old message) too.

Recording is two-phase and cannot corrupt the session: `submit` checks and reserves the
answer (so a double click is refused at once), awaits `io.record(...)` outside any lock,
and only counts the answer if `record` returned. If `record` raises, the reservation is
released, the verdict is NOT_RECORDED, and the player may answer again. The round does not
close until every answer being recorded has finished, so a reveal never misses one.

Streaks are counted within the quiz: a right answer adds one; a wrong answer, or a round
(not skipped or stopped) in which the player did not answer right, ends the streak. In
typed mode only the winner answers right, so someone else winning ends your streak.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from bot.game.clock import Clock, LoopClock
from bot.game.hints import HINT_FRACTION, hint_text
from bot.game.matching import Match, match_answer
from bot.game.scoring import (
    DEFAULT_RULES,
    ScoreRules,
    round_points,
    score_answer,
    streak_after,
)
from bot.game.selection import playable, shuffled_choices
from questions.types import QuizQuestion

log = logging.getLogger(__name__)


class Mode(StrEnum):
    BUTTONS = "buttons"
    TYPED = "typed"


class State(StrEnum):
    WAITING = "waiting"  # created, run() not started (or the first question being posted)
    ASKING = "asking"  # a question is open for answers
    REVEALING = "revealing"  # a round is closed: reveal, then the pause before the next
    FINISHED = "finished"  # every question played
    STOPPED = "stopped"  # stop(), or the IO failed


class Verdict(StrEnum):
    LOCKED_IN = "locked_in"  # buttons: counted; right or wrong is shown at the reveal
    CORRECT = "correct"  # typed: this message won the round
    WRONG = "wrong"  # typed: not the answer; guess again
    BEATEN = "beaten"  # typed: right, but someone else was first
    ALREADY_ANSWERED = "already_answered"  # buttons: one answer per player per round
    TOO_LATE = "too_late"  # the round had closed (timer, skip, stop) or is an old one
    NO_ROUND = "no_round"  # no question is open (before the first, between rounds, over)
    INVALID = "invalid"  # buttons: not one of this round's choices
    NOT_RECORDED = "not_recorded"  # io.record failed: nothing counted, may answer again


class EndReason(StrEnum):
    TIMER = "timer"
    ANSWERED = "answered"  # typed: someone got it
    SKIPPED = "skipped"
    STOPPED = "stopped"


@dataclass(frozen=True)
class QuizSettings:
    count: int = 10  # questions played (at most; fewer if fewer are given)
    seconds: float = 20.0  # per question
    mode: Mode = Mode.BUTTONS
    difficulty: str | None = None  # for the caller's selection; kept here for display
    reveal_seconds: float = 5.0  # pause after a reveal before the next question
    hints: bool = True  # typed mode: show the answer's shape half-way
    hint_fraction: float = HINT_FRACTION
    rules: ScoreRules = DEFAULT_RULES

    def __post_init__(self) -> None:
        if self.count < 1:
            raise ValueError("count must be at least 1")
        if self.seconds <= 0:
            raise ValueError("seconds must be positive")
        if self.reveal_seconds < 0:
            raise ValueError("reveal_seconds cannot be negative")
        if not 0 < self.hint_fraction < 1:
            raise ValueError("hint_fraction must be between 0 and 1")
        object.__setattr__(self, "mode", Mode(self.mode))


@dataclass(frozen=True)
class AnswerRecord:
    """One counted answer, as `io.record` receives it (maps onto the `answers` table)."""

    round_number: int
    user_id: int
    name: str
    given: str  # the choice's text (buttons) or the message (typed)
    choice_index: int | None  # buttons: index into the round's shuffled choices
    correct: bool
    first: bool  # the round's first right answer
    elapsed: float  # seconds from the question being shown
    points: int
    streak: int  # the player's streak in this quiz after this answer
    hinted: bool  # typed: answered after the hint
    at: float  # clock time it arrived

    @property
    def response_ms(self) -> int:
        return round(self.elapsed * 1000)


@dataclass(frozen=True)
class WrongGuess:
    """Typed mode: a player's last wrong guess in a round (not recorded by `submit`)."""

    user_id: int
    name: str
    text: str
    at: float


@dataclass(frozen=True)
class SubmitResult:
    verdict: Verdict
    answer: AnswerRecord | None = None  # the counted answer (LOCKED_IN, CORRECT)
    match: Match | None = None  # typed mode: how the message was judged
    round_number: int | None = None
    error: Exception | None = None  # NOT_RECORDED: what io.record raised


@dataclass
class QuizRound:
    """The round being played. The IO reads it; only the quiz changes it."""

    number: int  # 1-based
    total: int
    question: QuizQuestion
    choices: tuple[str, ...]  # shuffled; () in typed mode for typed-only questions
    seconds: float
    opened_at: float | None = None  # set when io.ask returned: the timer starts
    closes_at: float | None = None
    hint_at: float | None = None  # typed mode with hints
    hint_shown_at: float | None = None
    closed_at: float | None = None
    ended_by: EndReason | None = None
    answers: dict[int, AnswerRecord] = field(default_factory=dict)  # counted, by user
    guesses: dict[int, WrongGuess] = field(default_factory=dict)  # typed: last wrong guess
    _closed: asyncio.Event = field(default_factory=asyncio.Event, repr=False)
    _end_request: EndReason | None = field(default=None, repr=False)
    _pending: set[int] = field(default_factory=set, repr=False)  # users being recorded
    _idle: asyncio.Event = field(default_factory=asyncio.Event, repr=False)
    _first_claim: int | None = field(default=None, repr=False)  # user holding "first"
    _claim_done: asyncio.Event | None = field(default=None, repr=False)

    @property
    def answer(self) -> str:
        return self.question.answer

    @property
    def answer_index(self) -> int | None:
        return self.choices.index(self.answer) if self.answer in self.choices else None

    @property
    def is_open(self) -> bool:
        return self.opened_at is not None and not self._closed.is_set()

    @property
    def winner(self) -> AnswerRecord | None:
        """The first right answer (typed mode: the one that won the round)."""
        right = [a for a in self.answers.values() if a.first]
        return right[0] if right else None


@dataclass(frozen=True)
class RoundResult:
    number: int
    question: QuizQuestion
    answer: str
    choices: tuple[str, ...]
    ended_by: EndReason
    correct: tuple[AnswerRecord, ...]  # right answers, earliest first
    wrong: tuple[AnswerRecord, ...]  # buttons: counted wrong answers
    guesses: tuple[WrongGuess, ...]  # typed: each guesser's last wrong guess, not recorded
    winner: AnswerRecord | None  # the first right answer

    @property
    def answered(self) -> int:
        return len(self.correct) + len(self.wrong)


@dataclass
class PlayerScore:
    user_id: int
    name: str
    points: int = 0
    correct: int = 0
    answered: int = 0
    streak: int = 0
    best_streak: int = 0
    reached_at: float = 0.0  # when the points last changed: earlier ranks first on a tie


@dataclass(frozen=True)
class Standing:
    rank: int  # shared on equal points (1, 1, 3)
    user_id: int
    name: str
    points: int
    correct: int
    answered: int
    best_streak: int


@dataclass(frozen=True)
class QuizSummary:
    state: State  # FINISHED or STOPPED
    standings: tuple[Standing, ...]  # everyone who answered, best first
    podium: tuple[Standing, ...]  # ranks 1-3 with points (ties share a step)
    winners: tuple[Standing, ...]  # rank 1 with points (several on a tie)
    rounds: tuple[RoundResult, ...]
    total_rounds: int  # questions the quiz had
    error: BaseException | None = None  # the IO failure that stopped it, if any

    @property
    def rounds_played(self) -> int:
        return len(self.rounds)


class QuizIO(Protocol):
    """What the cog implements for a quiz. Every method may raise: `record` to refuse one
    answer (NOT_RECORDED), the others to end the quiz (state STOPPED, error re-raised)."""

    async def ask(self, rnd: QuizRound) -> None: ...

    async def hint(self, rnd: QuizRound, text: str) -> None: ...

    async def record(self, rnd: QuizRound, answer: AnswerRecord) -> None: ...

    async def reveal(self, rnd: QuizRound, result: RoundResult) -> None: ...

    async def finish(self, summary: QuizSummary) -> None: ...


def rank_players(scores: Sequence[PlayerScore]) -> list[Standing]:
    """Best first: points, then who reached them first, then user id (a stable order).
    Equal points share a rank (competition ranking: 1, 1, 3)."""
    ordered = sorted(scores, key=lambda s: (-s.points, s.reached_at, s.user_id))
    standings: list[Standing] = []
    for position, s in enumerate(ordered, 1):
        rank = standings[-1].rank if standings and standings[-1].points == s.points else position
        standings.append(
            Standing(rank, s.user_id, s.name, s.points, s.correct, s.answered, s.best_streak)
        )
    return standings


class Quiz:
    """One quiz in one channel. Not thread-safe; one event loop."""

    def __init__(
        self,
        questions: Sequence[QuizQuestion],
        settings: QuizSettings | None = None,
        *,
        clock: Clock | None = None,
        seed: object = None,
    ) -> None:
        self.settings = settings or QuizSettings()
        self.questions = list(questions)[: self.settings.count]
        if not self.questions:
            raise ValueError("a quiz needs at least one question")
        unplayable = [q.id for q in self.questions if not playable(q, self.settings.mode)]
        if unplayable:
            raise ValueError(f"not playable in {self.settings.mode} mode: {unplayable}")
        self.clock: Clock = clock or LoopClock()
        self.seed = seed
        self.state = State.WAITING
        self.round: QuizRound | None = None
        self.results: list[RoundResult] = []
        self.scores: dict[int, PlayerScore] = {}
        self.error: BaseException | None = None
        self._stopping = False
        self._pausing = False  # between a reveal and the next question
        self._io: QuizIO | None = None
        self._wake = asyncio.Event()  # ends the pause between rounds early (skip, stop)

    # --- commands -------------------------------------------------------------------

    @property
    def mode(self) -> Mode:
        return self.settings.mode

    @property
    def over(self) -> bool:
        return self.state in (State.FINISHED, State.STOPPED)

    def skip(self) -> bool:
        """Close the open question now (answers so far count) or cut the pause short.
        False if there is nothing to skip."""
        if self.over or self._stopping:
            return False
        rnd = self.round
        if rnd is not None and rnd.is_open:
            self._end(rnd, EndReason.SKIPPED)
            return True
        if self._pausing:
            self._wake.set()
            return True
        return False

    def stop(self) -> bool:
        """End the quiz: the open question closes (answers so far count) and is revealed,
        then `finish` runs with state STOPPED. False if it is already over or stopping."""
        if self.over or self._stopping:
            return False
        self._stopping = True
        rnd = self.round
        if rnd is not None and not rnd._closed.is_set():
            self._end(rnd, EndReason.STOPPED)
        self._wake.set()
        return True

    def _end(self, rnd: QuizRound, reason: EndReason) -> None:
        if rnd._end_request is None:
            rnd._end_request = reason
        if rnd.closed_at is None:
            rnd.closed_at = self.clock.now()
        rnd._closed.set()

    # --- answers --------------------------------------------------------------------

    async def submit(
        self,
        user_id: int,
        name: str,
        given: int | str,
        at: float | None = None,
        *,
        round_number: int | None = None,
    ) -> SubmitResult:
        """Judge one answer: a choice (index into `round.choices`, or its text) in buttons
        mode, a chat message in typed mode. `at` is when it arrived (clock time; now if
        omitted); `round_number` the round a button belongs to, so a click on an old
        question is TOO_LATE rather than an answer to the current one."""
        at = self.clock.now() if at is None else at
        rnd = self.round
        if rnd is None or rnd.opened_at is None or self.over:
            return SubmitResult(Verdict.NO_ROUND)
        if round_number is not None and round_number != rnd.number:
            verdict = Verdict.TOO_LATE if round_number < rnd.number else Verdict.NO_ROUND
            return SubmitResult(verdict, round_number=round_number)
        # Once closed, a round takes nothing more: its result may already be built.
        if rnd._closed.is_set() or (rnd.closes_at is not None and at > rnd.closes_at):
            if self.mode is Mode.TYPED and rnd.winner is not None:
                match = self._match(rnd, str(given))
                if match.ok:
                    return SubmitResult(Verdict.BEATEN, match=match, round_number=rnd.number)
            return SubmitResult(Verdict.TOO_LATE, round_number=rnd.number)
        if self.mode is Mode.BUTTONS:
            return await self._submit_choice(rnd, user_id, name, given, at)
        return await self._submit_text(rnd, user_id, name, str(given), at)

    def _match(self, rnd: QuizRound, text: str) -> Match:
        q = rnd.question
        return match_answer(text, q.answer, q.aliases, q.answer_type, q.choices)

    async def _submit_choice(
        self, rnd: QuizRound, user_id: int, name: str, given: int | str, at: float
    ) -> SubmitResult:
        if isinstance(given, int) and not isinstance(given, bool):
            index = given if 0 <= given < len(rnd.choices) else None
        else:
            index = rnd.choices.index(given) if given in rnd.choices else None
        if index is None:
            return SubmitResult(Verdict.INVALID, round_number=rnd.number)
        if user_id in rnd.answers or user_id in rnd._pending:
            return SubmitResult(Verdict.ALREADY_ANSWERED, round_number=rnd.number)
        correct = rnd.choices[index] == rnd.answer
        first = correct and rnd._first_claim is None and rnd.winner is None
        if first:
            rnd._first_claim = user_id
        record = self._score(rnd, user_id, name, rnd.choices[index], index, correct, first, at)
        refused: SubmitResult | None = None
        try:
            refused = await self._record(rnd, record)
        finally:
            if first and user_id not in rnd.answers:  # refused or cancelled: give it back
                rnd._first_claim = None
        if refused is not None:
            return refused
        return SubmitResult(Verdict.LOCKED_IN, record, round_number=rnd.number)

    async def _submit_text(
        self, rnd: QuizRound, user_id: int, name: str, text: str, at: float
    ) -> SubmitResult:
        match = self._match(rnd, text)
        if not match.ok:
            rnd.guesses[user_id] = WrongGuess(user_id, name, text, at)
            return SubmitResult(Verdict.WRONG, match=match, round_number=rnd.number)
        # Someone else's right answer is being recorded: wait for its outcome.
        while rnd._claim_done is not None:
            await rnd._claim_done.wait()
        if rnd.winner is not None:
            return SubmitResult(Verdict.BEATEN, match=match, round_number=rnd.number)
        if rnd._closed.is_set():  # closed while we waited
            return SubmitResult(Verdict.TOO_LATE, match=match, round_number=rnd.number)
        done = rnd._claim_done = asyncio.Event()
        rnd._first_claim = user_id
        try:
            record = self._score(rnd, user_id, name, text, None, True, True, at)
            refused = await self._record(rnd, record)
        finally:
            rnd._claim_done = None
            rnd._first_claim = None
            done.set()
        if refused is not None:
            return SubmitResult(refused.verdict, match=match, round_number=rnd.number,
                                error=refused.error)  # fmt: skip
        rnd.guesses.pop(user_id, None)
        self._end(rnd, EndReason.ANSWERED)
        rnd.closed_at = at
        return SubmitResult(Verdict.CORRECT, record, match, rnd.number)

    def _score(
        self,
        rnd: QuizRound,
        user_id: int,
        name: str,
        given: str,
        index: int | None,
        correct: bool,
        first: bool,
        at: float,
    ) -> AnswerRecord:
        assert rnd.opened_at is not None
        player = self.scores.get(user_id)
        streak_before = player.streak if player else 0
        elapsed = max(0.0, at - rnd.opened_at)
        hinted = rnd.hint_shown_at is not None and at >= rnd.hint_shown_at
        points = round_points(
            correct,
            elapsed,
            rnd.seconds,
            typed=self.mode is Mode.TYPED,
            streak=streak_before,
            hinted=hinted,
            first=first,
            rules=self.settings.rules,
        )
        return AnswerRecord(
            round_number=rnd.number,
            user_id=user_id,
            name=name,
            given=given,
            choice_index=index,
            correct=correct,
            first=first,
            elapsed=elapsed,
            points=points,
            streak=streak_after(streak_before, correct),
            hinted=hinted,
            at=at,
        )

    async def _record(self, rnd: QuizRound, record: AnswerRecord) -> SubmitResult | None:
        """Persist through the IO, then count. None when counted; a result when refused."""
        user_id = record.user_id
        rnd._pending.add(user_id)
        rnd._idle.clear()
        assert self._io is not None, "answers only arrive once run() started"
        try:
            await self._io.record(rnd, record)
        except Exception as exc:  # the caller's refusal: nothing is counted
            log.warning("answer of user %s in round %s not recorded: %r", user_id, rnd.number, exc)
            return SubmitResult(Verdict.NOT_RECORDED, round_number=rnd.number, error=exc)
        finally:
            rnd._pending.discard(user_id)
            if not rnd._pending:
                rnd._idle.set()
        self._count(rnd, record)
        return None

    def _count(self, rnd: QuizRound, record: AnswerRecord) -> None:
        rnd.answers[record.user_id] = record
        player = self.scores.setdefault(record.user_id, PlayerScore(record.user_id, record.name))
        player.name = record.name
        player.answered += 1
        player.streak = record.streak
        player.best_streak = max(player.best_streak, player.streak)
        if record.correct:
            player.correct += 1
        if record.points:
            player.points += record.points
            player.reached_at = record.at

    # --- the game loop --------------------------------------------------------------

    async def run(self, io: QuizIO) -> QuizSummary:
        """Play every question, then `io.finish`. Returns the summary.

        If an IO call raises (or the task is cancelled), the quiz ends STOPPED with the
        points counted so far, the open question stops taking answers, and the exception
        propagates; `summary()` still gives the result, so the caller can close it cleanly.
        """
        if self.state is not State.WAITING or self.round is not None:
            raise RuntimeError("a quiz runs once")
        self._io = io
        try:
            for number, question in enumerate(self.questions, 1):
                if self._stopping:
                    break
                await self._play_round(io, number, question)
                if self._stopping or number == len(self.questions):
                    break
                self._wake.clear()
                self._pausing = True
                try:
                    await self._wait(self.clock.now() + self.settings.reveal_seconds, self._wake)
                finally:
                    self._pausing = False
        except BaseException as exc:
            self.error = exc
            self.state = State.STOPPED
            if self.round is not None and not self.round._closed.is_set():
                self._end(self.round, EndReason.STOPPED)
            raise
        self.state = State.STOPPED if self._stopping else State.FINISHED
        summary = self.summary()
        await io.finish(summary)
        return summary

    async def _play_round(self, io: QuizIO, number: int, question: QuizQuestion) -> None:
        choices = shuffled_choices(question, self.seed) if question.choices else ()
        rnd = QuizRound(number, len(self.questions), question, choices, self.settings.seconds)
        rnd._idle.set()
        self.round = rnd
        await io.ask(rnd)
        now = self.clock.now()
        rnd.opened_at = now
        rnd.closes_at = now + rnd.seconds
        if self.mode is Mode.TYPED and self.settings.hints:
            rnd.hint_at = now + rnd.seconds * self.settings.hint_fraction
        self.state = State.ASKING
        if self._stopping:  # stop() while the question was being posted
            self._end(rnd, EndReason.STOPPED)
        if rnd.hint_at is not None and not await self._wait(rnd.hint_at, rnd._closed):
            await io.hint(rnd, hint_text(rnd.answer))
            rnd.hint_shown_at = self.clock.now()
        await self._wait(rnd.closes_at, rnd._closed)
        self._end(rnd, EndReason.TIMER)
        rnd.closed_at = min(rnd.closed_at or rnd.closes_at, rnd.closes_at)
        await rnd._idle.wait()  # answers being recorded finish first
        result = self._close(rnd)
        self.state = State.REVEALING
        await io.reveal(rnd, result)

    def _close(self, rnd: QuizRound) -> RoundResult:
        reason = rnd._end_request or EndReason.TIMER
        if self.mode is Mode.TYPED and rnd.winner is not None and reason is EndReason.TIMER:
            reason = EndReason.ANSWERED  # won while the timer was running out
        rnd.ended_by = reason
        right = {a.user_id for a in rnd.answers.values() if a.correct}
        neutral = reason in (EndReason.SKIPPED, EndReason.STOPPED)
        for guess in rnd.guesses.values():  # typed: trying counts as answering
            player = self.scores.setdefault(guess.user_id, PlayerScore(guess.user_id, guess.name))
            player.answered += 1
            if not neutral:
                player.streak = streak_after(player.streak, correct=False)
        if not neutral:
            for player in self.scores.values():
                if player.user_id not in right:
                    player.streak = streak_after(player.streak, correct=False)
        answers = sorted(rnd.answers.values(), key=lambda a: a.at)
        result = RoundResult(
            number=rnd.number,
            question=rnd.question,
            answer=rnd.answer,
            choices=rnd.choices,
            ended_by=reason,
            correct=tuple(a for a in answers if a.correct),
            wrong=tuple(a for a in answers if not a.correct),
            guesses=tuple(sorted(rnd.guesses.values(), key=lambda g: g.at)),
            winner=rnd.winner,
        )
        self.results.append(result)
        return result

    async def _wait(self, deadline: float, event: asyncio.Event) -> bool:
        """Sleep until the clock reaches `deadline` or `event` is set. True if the event."""
        if event.is_set():
            return True
        delay = deadline - self.clock.now()
        if delay <= 0:
            return False
        sleeper = asyncio.ensure_future(self.clock.sleep(delay))
        waiter = asyncio.ensure_future(event.wait())
        try:
            await asyncio.wait({sleeper, waiter}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (sleeper, waiter):
                task.cancel()
            for task in (sleeper, waiter):
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        return event.is_set()

    # --- reading --------------------------------------------------------------------

    def standings(self) -> list[Standing]:
        return rank_players(list(self.scores.values()))

    def points_left(self, hinted: bool | None = None) -> int:
        """What a right answer would score now for a player without a streak (for the
        hint message: "points left"). `hinted` defaults to whether the hint is out."""
        rnd = self.round
        if rnd is None or rnd.opened_at is None or not rnd.is_open:
            return 0
        if hinted is None:
            hinted = rnd.hint_shown_at is not None
        elapsed = max(0.0, self.clock.now() - rnd.opened_at)
        return score_answer(True, elapsed, rnd.seconds, hinted=hinted, rules=self.settings.rules)

    def summary(self) -> QuizSummary:
        standings = tuple(self.standings())
        scored = tuple(s for s in standings if s.points > 0)
        return QuizSummary(
            state=self.state,
            standings=standings,
            podium=tuple(s for s in scored if s.rank <= 3),
            winners=tuple(s for s in scored if s.rank == 1),
            rounds=tuple(self.results),
            total_rounds=len(self.questions),
            error=self.error,
        )

"""Whole quizzes on a FakeClock: every time below is exact, none is slept for real."""

from __future__ import annotations

import asyncio

import pytest

from bot.game.clock import FakeClock
from bot.game.session import (
    EndReason,
    Mode,
    PlayerScore,
    Quiz,
    QuizSettings,
    State,
    Verdict,
    rank_players,
)
from tests.game.quizkit import RecordingIO, question

ALICE, BOB, CAROL = 1, 2, 3


class Game:
    def __init__(self, questions, **settings) -> None:
        self.clock = FakeClock(start=0.0)
        self.quiz = Quiz(questions, QuizSettings(**settings), clock=self.clock, seed=7)
        self.io = RecordingIO(self.clock)
        self.task: asyncio.Task | None = None

    async def start(self) -> Game:
        self.task = asyncio.create_task(self.quiz.run(self.io))
        await self.clock.settle()
        return self

    async def at(self, t: float) -> None:
        await self.clock.advance(t - self.clock.now())

    async def click(self, user: int, right: bool, t: float | None = None, **kw):
        if t is not None:
            await self.at(t)
        rnd = self.quiz.round
        index = rnd.answer_index if right else (rnd.answer_index + 1) % 4
        return await self.quiz.submit(user, f"user{user}", index, **kw)

    async def say(self, user: int, text: str, t: float | None = None):
        if t is not None:
            await self.at(t)
        return await self.quiz.submit(user, f"user{user}", text)

    async def finish(self):
        await self.clock.run_until_idle()
        return await self.task


def buttons_questions(n: int = 3):
    return [question(i, f"Answer {i}", (f"W{i}a", f"W{i}b", f"W{i}c")) for i in range(1, n + 1)]


async def test_full_buttons_quiz_with_three_players():
    g = await Game(buttons_questions(3), seconds=20, reveal_seconds=5).start()
    assert g.quiz.state is State.ASKING
    # Round 1 opens at 0.
    assert (await g.click(ALICE, True, t=2)).verdict is Verdict.LOCKED_IN
    assert (await g.click(CAROL, False, t=4)).verdict is Verdict.LOCKED_IN
    assert (await g.click(ALICE, False, t=5)).verdict is Verdict.ALREADY_ANSWERED
    assert (await g.quiz.submit(BOB, "bob", 9)).verdict is Verdict.INVALID
    assert (await g.quiz.submit(BOB, "bob", "not a choice")).verdict is Verdict.INVALID
    bob = await g.click(BOB, True, t=10)
    assert bob.verdict is Verdict.LOCKED_IN and bob.answer.points == 125
    await g.at(20.5)  # the timer closed round 1 at 20
    assert (await g.click(CAROL, True)).verdict is Verdict.TOO_LATE
    # Round 2 opens at 25.
    await g.at(25)
    assert g.quiz.round.number == 2 and g.quiz.state is State.ASKING
    await g.click(BOB, False, t=26)
    carol = await g.click(CAROL, True, t=27)
    alice = await g.click(ALICE, True, t=30)
    assert (await g.click(ALICE, True, round_number=1)).verdict is Verdict.TOO_LATE  # old message
    # Round 3 opens at 50.
    await g.at(50)
    bob3 = await g.click(BOB, True, t=51)
    alice3 = await g.click(ALICE, True, t=60)
    summary = await g.finish()

    # Points: base 100 + speed (50 falling to 0 over 20 s) + streak 10/answer + first 20.
    assert (carol.answer.points, carol.answer.first) == (165, True)  # 2 s, first
    assert (alice.answer.points, alice.answer.streak) == (148, 2)  # 5 s, streak 1
    assert bob3.answer.points == 168  # 1 s, first; his streak was broken in round 2
    assert alice3.answer.points == 145  # 10 s, streak 2
    assert [(s.name, s.points, s.rank) for s in summary.standings] == [
        ("user1", 165 + 148 + 145, 1),
        ("user2", 125 + 0 + 168, 2),
        ("user3", 0 + 165 + 0, 3),
    ]
    assert [s.user_id for s in summary.podium] == [ALICE, BOB, CAROL]
    assert [s.user_id for s in summary.winners] == [ALICE]
    assert summary.state is State.FINISHED and summary.rounds_played == 3
    alice_score = g.quiz.scores[ALICE]
    assert (alice_score.correct, alice_score.answered, alice_score.best_streak) == (3, 3, 3)
    assert g.quiz.scores[CAROL].streak == 0  # did not answer round 3

    # What the IO saw, and when.
    timeline = [(kind, n, t) for kind, n, _, t in g.io.events]
    assert timeline == [
        ("ask", 1, 0.0),
        ("reveal", 1, 20.0),
        ("ask", 2, 25.0),
        ("reveal", 2, 45.0),
        ("ask", 3, 50.0),
        ("reveal", 3, 70.0),
        ("finish", None, 70.0),
    ]
    r1, r2, r3 = g.io.reveals()
    assert [a.user_id for a in r1.correct] == [ALICE, BOB] and r1.winner.user_id == ALICE
    assert [a.user_id for a in r1.wrong] == [CAROL]
    assert r1.ended_by is EndReason.TIMER and r1.answered == 3
    assert r2.winner.user_id == CAROL and [a.user_id for a in r2.wrong] == [BOB]
    assert [a.user_id for a in r3.correct] == [BOB, ALICE]
    assert len(g.io.recorded) == 8  # every counted answer went through record()
    assert sum(a.points for a in g.io.recorded) == sum(s.points for s in summary.standings)
    # no hints in buttons mode; choices were shuffled and contain the answer
    assert "hint" not in g.io.kinds()
    for result in (r1, r2, r3):
        assert sorted(result.choices) == sorted(result.question.choices)


async def test_typed_quiz_with_near_misses_and_a_hint_at_half_time():
    questions = [
        question(1, "John Legend", answer_type="person", typed_only=True),
        question(2, "2018", answer_type="year", typed_only=True),
        question(3, "Jimin", answer_type="member", typed_only=True),
    ]
    g = await Game(questions, seconds=30, reveal_seconds=5, mode="typed").start()
    # Round 1 opens at 0.
    assert (await g.say(ALICE, "john lennon", t=3)).verdict is Verdict.WRONG
    assert (await g.say(CAROL, "john or legend or lennon", t=4)).verdict is Verdict.WRONG
    win = await g.say(BOB, "legend!", t=5)
    assert win.verdict is Verdict.CORRECT and win.match.reason == "part"
    assert win.answer.points == 142  # 5 s of 30: 100 + 42, no hint yet
    assert (await g.say(CAROL, "John Legend")).verdict is Verdict.BEATEN
    assert (await g.say(CAROL, "no idea")).verdict is Verdict.TOO_LATE
    # Round 2 opens at 10 (round 1 ended at 5, then 5 s of reveal).
    await g.at(10)
    assert g.quiz.round.number == 2
    assert (await g.say(ALICE, "2019", t=12)).verdict is Verdict.WRONG
    assert (await g.say(ALICE, "twenty nineteen", t=13)).verdict is Verdict.WRONG
    await g.at(24.9)
    assert "hint" not in g.io.kinds()
    await g.at(25)
    assert g.io.events[-1][0::2] == ("hint", "####")
    assert g.quiz.points_left() == round((100 + 25) * 0.5)
    late_right = await g.say(ALICE, "two thousand eighteen", t=27)
    assert late_right.verdict is Verdict.CORRECT
    assert late_right.answer.hinted and late_right.answer.points == 61  # (100 + 22) / 2
    # Round 3 opens at 32: nobody gets it.
    await g.at(32)
    assert (await g.say(BOB, "jin", t=33)).verdict is Verdict.WRONG
    assert (await g.say(CAROL, "jimin or jin", t=34)).verdict is Verdict.WRONG
    summary = await g.finish()

    hints = [(n, text, t) for kind, n, text, t in g.io.events if kind == "hint"]
    assert hints == [(2, "####", 25.0), (3, "J____", 47.0)]  # none in round 1: won at 5
    r1, r2, r3 = g.io.reveals()
    assert (r1.ended_by, r1.winner.user_id) == (EndReason.ANSWERED, BOB)
    assert [gs.user_id for gs in r1.guesses] == [ALICE, CAROL]
    assert (r2.ended_by, r2.winner.user_id, r2.guesses) == (EndReason.ANSWERED, ALICE, ())
    assert (r3.ended_by, r3.winner) == (EndReason.TIMER, None)
    assert [(gs.user_id, gs.text) for gs in r3.guesses] == [(BOB, "jin"), (CAROL, "jimin or jin")]
    assert [(s.user_id, s.points) for s in summary.standings] == [
        (BOB, 142),
        (ALICE, 61),
        (CAROL, 0),
    ]
    assert [s.user_id for s in summary.podium] == [BOB, ALICE]  # no podium step for 0 points
    assert [a.user_id for a in g.io.recorded] == [BOB, ALICE]  # wrong guesses are not recorded
    assert g.quiz.scores[BOB].streak == 0  # Alice won round 2: Bob's streak ended
    assert g.quiz.scores[CAROL].answered == 2


async def test_skip_and_stop():
    g = await Game(buttons_questions(3), seconds=20, reveal_seconds=5).start()
    await g.click(ALICE, True, t=3)
    assert g.quiz.skip()
    assert (await g.click(BOB, True)).verdict is Verdict.TOO_LATE
    await g.clock.settle()
    assert g.io.events[-1][0:2] == ("reveal", 1)
    r1 = g.io.reveals()[0]
    assert r1.ended_by is EndReason.SKIPPED and [a.user_id for a in r1.correct] == [ALICE]
    assert g.quiz.skip()  # cuts the 5 s pause short
    await g.clock.settle()
    assert (g.quiz.round.number, g.quiz.state, g.clock.now()) == (2, State.ASKING, 3.0)
    await g.click(BOB, True, t=4)
    assert g.quiz.stop()
    assert not g.quiz.stop() and not g.quiz.skip()
    summary = await g.task
    assert summary.state is State.STOPPED and g.quiz.state is State.STOPPED
    assert g.io.kinds() == ["ask", "reveal", "ask", "reveal", "finish"]
    r2 = g.io.reveals()[1]
    assert r2.ended_by is EndReason.STOPPED and [a.user_id for a in r2.correct] == [BOB]
    assert summary.rounds_played == 2 and summary.total_rounds == 3
    assert {s.user_id for s in summary.standings} == {ALICE, BOB}
    assert (await g.click(CAROL, True)).verdict is Verdict.NO_ROUND


async def test_stop_before_the_first_question_and_during_the_pause():
    g = Game(buttons_questions(2), seconds=20)
    assert g.quiz.stop()
    await g.start()
    summary = await g.task
    assert g.io.kinds() == ["finish"] and summary.rounds_played == 0

    g = await Game(buttons_questions(2), seconds=20, reveal_seconds=5).start()
    await g.at(22)  # in the pause after round 1
    assert g.quiz.stop()
    summary = await g.task
    assert g.io.kinds() == ["ask", "reveal", "finish"] and summary.state is State.STOPPED


async def test_streak_bonus_and_skipped_rounds_do_not_break_streaks():
    g = await Game(buttons_questions(5), seconds=20, reveal_seconds=0).start()
    points = []
    for n in range(3):  # rounds 1-3: Alice right at 0 s each time
        points.append((await g.click(ALICE, True)).answer.points)
        if n == 0:
            await g.click(BOB, True)
        await g.at(g.quiz.round.closes_at)
    # first at 0 s: 150 + 20; then streak 1 and 2 add 10 and 20
    assert points == [170, 180, 190]
    assert g.quiz.scores[BOB].streak == 0  # no answer in rounds 2 and 3
    # Round 4 is skipped before Alice answers: her streak survives it.
    g.quiz.skip()
    await g.clock.settle()
    assert g.quiz.round.number == 5
    fifth = await g.click(ALICE, True)
    assert fifth.answer.streak == 4 and fifth.answer.points == 170 + 30
    summary = await g.finish()
    (alice,) = [s for s in summary.standings if s.user_id == ALICE]
    assert alice.best_streak == 4


async def test_timer_edges_and_double_clicks_while_recording():
    g = Game(buttons_questions(1), seconds=20)
    g.io.record_delay = 0.5
    await g.start()
    await g.at(19.8)
    first = asyncio.create_task(g.click(ALICE, True))
    await g.clock.settle()
    again = await g.click(ALICE, False)  # while the first is still being recorded
    assert again.verdict is Verdict.ALREADY_ANSWERED
    # An answer that arrived after the timer is late even before the timer task runs.
    assert (await g.click(BOB, True, at=20.01)).verdict is Verdict.TOO_LATE
    # the last moment still counts (its record takes 0.5 s too, so it runs as a task)
    exactly_task = asyncio.create_task(g.click(CAROL, True, at=20.0))
    await g.at(21)
    assert (await first).verdict is Verdict.LOCKED_IN
    exactly = await exactly_task
    assert exactly.verdict is Verdict.LOCKED_IN and exactly.answer.points == 100
    summary = await g.task
    (reveal,) = [e for e in g.io.events if e[0] == "reveal"]
    assert reveal[3] == pytest.approx(20.3)  # waited for the answers being recorded
    assert [a.user_id for a in reveal[2].correct] == [ALICE, CAROL]
    assert summary.standings[0].user_id == ALICE


async def test_a_refused_record_counts_nothing_and_may_be_retried():
    g = Game(buttons_questions(1), seconds=20)
    g.io.refuse_users.add(BOB)
    await g.start()
    refused = await g.click(BOB, True, t=1)
    assert refused.verdict is Verdict.NOT_RECORDED
    assert isinstance(refused.error, ConnectionError)
    assert BOB not in g.quiz.round.answers and BOB not in g.quiz.scores
    alice = await g.click(ALICE, True, t=2)
    assert alice.answer.first  # Bob's refused answer did not take "first"
    g.io.refuse_users.clear()
    retry = await g.click(BOB, True, t=3)
    assert retry.verdict is Verdict.LOCKED_IN and not retry.answer.first
    summary = await g.finish()
    assert [a.user_id for a in g.io.recorded] == [ALICE, BOB]
    assert {s.user_id: s.correct for s in summary.standings} == {ALICE: 1, BOB: 1}


async def test_typed_race_for_first_place():
    questions = [question(1, "Fake Love", answer_type="song", typed_only=True)]
    g = Game(questions, seconds=20, mode="typed")
    g.io.record_delay = 0.2
    await g.start()
    await g.at(1)
    alice = asyncio.create_task(g.say(ALICE, "fake love"))
    await g.clock.settle()
    bob = asyncio.create_task(g.say(BOB, "FAKE LOVE"))
    await g.at(2)
    assert (await alice).verdict is Verdict.CORRECT
    assert (await bob).verdict is Verdict.BEATEN
    await g.task

    # When the first winner's record fails, the next right answer wins.
    g = Game(questions, seconds=20, mode="typed")
    g.io.record_delay = 0.2
    g.io.refuse_users.add(ALICE)
    await g.start()
    alice = asyncio.create_task(g.say(ALICE, "fake love"))
    await g.clock.settle()
    bob = asyncio.create_task(g.say(BOB, "fake love"))
    await g.at(1)
    assert (await alice).verdict is Verdict.NOT_RECORDED
    assert (await bob).verdict is Verdict.CORRECT
    summary = await g.task
    assert summary.winners[0].user_id == BOB


async def test_an_io_failure_stops_the_quiz_and_keeps_the_points():
    g = Game(buttons_questions(2), seconds=20)
    g.io.fail_on = "reveal"
    await g.start()
    await g.click(ALICE, True, t=1)
    await g.at(20)
    with pytest.raises(RuntimeError, match="cannot reveal"):
        await g.task
    assert g.quiz.state is State.STOPPED
    summary = g.quiz.summary()
    assert summary.state is State.STOPPED and summary.standings[0].points == 168
    assert isinstance(summary.error, RuntimeError)
    assert (await g.click(BOB, True)).verdict is Verdict.NO_ROUND


async def test_cancelling_the_task_stops_the_quiz():
    g = await Game(buttons_questions(2), seconds=20).start()
    g.task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await g.task
    assert g.quiz.state is State.STOPPED
    assert (await g.click(ALICE, True)).verdict is Verdict.NO_ROUND


def test_settings_and_questions_are_checked():
    with pytest.raises(ValueError, match="buttons"):
        Quiz([question(1, "A", typed_only=True)], QuizSettings(mode=Mode.BUTTONS))
    Quiz([question(1, "A", typed_only=True)], QuizSettings(mode="typed"))
    with pytest.raises(ValueError):
        Quiz([], QuizSettings())
    with pytest.raises(ValueError):
        QuizSettings(seconds=0)
    with pytest.raises(ValueError):
        QuizSettings(mode="speed")
    assert len(Quiz(buttons_questions(5), QuizSettings(count=2)).questions) == 2


async def test_a_quiz_runs_once():
    g = await Game(buttons_questions(1), seconds=5).start()
    with pytest.raises(RuntimeError):
        await g.quiz.run(g.io)
    await g.finish()


def test_podium_order_with_ties():
    scores = [
        PlayerScore(1, "a", points=300, reached_at=10.0),
        PlayerScore(2, "b", points=300, reached_at=5.0),  # got to 300 first
        PlayerScore(3, "c", points=200, reached_at=1.0),
        PlayerScore(4, "d", points=200, reached_at=1.0),  # same time: by user id
        PlayerScore(5, "e", points=100, reached_at=0.0),
        PlayerScore(6, "f", points=0),
    ]
    standings = rank_players(scores)
    assert [(s.user_id, s.rank) for s in standings] == [
        (2, 1),
        (1, 1),
        (3, 3),
        (4, 3),
        (5, 5),
        (6, 6),
    ]


async def test_tied_quiz_shares_first_place():
    g = await Game(buttons_questions(1), seconds=20).start()
    await g.click(ALICE, True, t=10)
    await g.click(BOB, False, t=10)
    await g.click(CAROL, True, t=10)  # same speed; Alice got "first", Carol did not
    summary = await g.finish()
    assert [(s.user_id, s.points, s.rank) for s in summary.standings] == [
        (ALICE, 145, 1),
        (CAROL, 125, 2),
        (BOB, 0, 3),
    ]
    g = await Game(buttons_questions(2), seconds=20, reveal_seconds=0).start()
    await g.click(ALICE, True, t=4)  # round 1: Alice first
    await g.at(20)
    await g.click(BOB, True, t=24)  # round 2: Bob first, same speed
    summary = await g.finish()
    assert [(s.user_id, s.rank) for s in summary.standings] == [(ALICE, 1), (BOB, 1)]
    assert [s.user_id for s in summary.winners] == [ALICE, BOB]  # Alice reached it first


async def test_a_cancelled_answer_gives_first_place_back():
    g = Game(buttons_questions(1), seconds=20)
    g.io.record_delay = 1.0
    assert not g.quiz.skip()  # nothing to skip before the start
    await g.start()
    await g.at(1)
    alice = asyncio.create_task(g.click(ALICE, True))
    await g.clock.settle()
    assert g.quiz.round._first_claim == ALICE  # her record is in flight
    alice.cancel()  # e.g. the interaction handler was torn down mid-write
    await g.clock.settle()
    bob = asyncio.create_task(g.click(BOB, True))
    await g.at(3)
    assert (await bob).answer.first
    summary = await g.finish()
    assert [s.user_id for s in summary.standings] == [BOB]

"""Quiz sessions and rounds: one running quiz per channel, ending, restarts."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.db.models import GLOBAL
from bot.db.repos import questions, quizzes, scores
from tests.db.factories import question


async def test_one_running_quiz_per_channel(db) -> None:
    first = await quizzes.create_session(
        db, guild_id=1, channel_id=50, host_id=9, settings={"count": 5}
    )
    assert first.state == "running" and first.settings == {"count": 5}
    assert first.started_at.tzinfo is not None
    with pytest.raises(quizzes.QuizAlreadyRunning) as raised:
        await quizzes.create_session(db, guild_id=1, channel_id=50, host_id=8)
    assert raised.value.session_id == first.id and raised.value.channel_id == 50
    assert "already running" in str(raised.value)
    # Another channel is fine; so is the same channel once the first has ended.
    await quizzes.create_session(db, guild_id=1, channel_id=51, host_id=8)
    assert await quizzes.finish_session(db, first.id)
    again = await quizzes.create_session(db, guild_id=1, channel_id=50, host_id=8)
    assert (await quizzes.running_in_channel(db, 50)).id == again.id
    ended = await quizzes.get_session(db, first.id)
    assert ended.state == "finished" and ended.ended_at is not None


async def test_rounds_open_close_and_find_by_message(db) -> None:
    await questions.store_questions(db, [question(1)], guild_id=GLOBAL)
    (q,) = await questions.list_questions(db, 7)
    session = await quizzes.create_session(db, guild_id=7, channel_id=1, host_id=1)
    closes = dt.datetime(2026, 1, 1, 12, 0, 20, tzinfo=dt.UTC)
    rnd = await quizzes.open_round(db, session.id, number=1, question_id=q.id, closes_at=closes)
    assert rnd.closes_at == closes and rnd.closed_at is None and rnd.message_id is None
    await quizzes.set_round_message(db, rnd.id, 123456789012345678)
    assert (await quizzes.round_by_message(db, 123456789012345678)).id == rnd.id
    assert await quizzes.round_by_message(db, 1) is None
    assert (await questions.get_question(db, q.id)).times_asked == 1
    second = await quizzes.open_round(db, session.id, number=2, question_id=None)
    assert [r.number for r in await quizzes.session_rounds(db, session.id)] == [1, 2]
    assert await quizzes.close_round(db, rnd.id)
    assert (await quizzes.get_round(db, rnd.id)).closed_at is not None
    assert (await quizzes.get_round(db, second.id)).closed_at is None


async def test_abort_running_ends_quizzes_and_keeps_points(db) -> None:
    sessions = [
        await quizzes.create_session(db, guild_id=g, channel_id=100 + g, host_id=1)
        for g in (1, 2, 3)
    ]
    rnd = await quizzes.open_round(db, sessions[0].id, number=1, question_id=None)
    await quizzes.record_answer(db, round_id=rnd.id, user_id=5, correct=True, points=12)
    assert [s.id for s in await quizzes.list_running(db)] == [s.id for s in sessions]
    assert [s.guild_id for s in await quizzes.list_running(db, [2, 3])] == [2, 3]

    ended = await quizzes.abort_running(db, guild_ids=[1, 2])
    assert [s.guild_id for s in ended] == [1, 2]
    assert [s.guild_id for s in await quizzes.list_running(db)] == [3]
    aborted = await quizzes.get_session(db, sessions[0].id)
    assert aborted.state == "aborted" and aborted.ended_at is not None
    assert (await quizzes.get_round(db, rnd.id)).closed_at is not None
    assert (await scores.get_stats(db, 1, 5)).points == 12  # kept
    assert (await scores.get_stats(db, 1, 5)).games == 0  # an aborted quiz is no game
    late = await quizzes.record_answer(db, round_id=rnd.id, user_id=6, correct=True, points=3)
    assert late.reason == "round_closed"

    assert [s.guild_id for s in await quizzes.abort_running(db)] == [3]
    assert await quizzes.list_running(db) == []
    assert not await quizzes.abort_session(db, sessions[0].id)
    # The channel is free again.
    await quizzes.create_session(db, guild_id=1, channel_id=101, host_id=1)


async def test_two_quizzes_started_at_once_in_one_channel(db) -> None:
    import asyncio

    async def start(host: int):
        try:
            return await quizzes.create_session(db, guild_id=1, channel_id=60, host_id=host)
        except quizzes.QuizAlreadyRunning as refused:
            return refused

    outcomes = await asyncio.gather(*(start(host) for host in range(1, 9)))
    started = [o for o in outcomes if not isinstance(o, quizzes.QuizAlreadyRunning)]
    refused = [o for o in outcomes if isinstance(o, quizzes.QuizAlreadyRunning)]
    assert len(started) == 1 and len(refused) == 7
    assert {r.session_id for r in refused} <= {started[0].id, None}
    assert [s.id for s in await quizzes.list_running(db)] == [started[0].id]

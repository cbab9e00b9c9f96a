"""Group commit on SQLite: answers that arrive together share one transaction, yet each
keeps its own result (a duplicate or a closed round fails only that answer), and a
piece of work that raises is rolled back alone. On PostgreSQL run_write is one
transaction per call; the results must be the same."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select, text

from bot.db.models import GLOBAL, Answer
from bot.db.repos import _base, players, questions, quizzes
from tests.db.factories import question


async def _round(db, channel_id: int = 77) -> int:
    await questions.store_questions(db, [question(1)], guild_id=GLOBAL)
    bank = await questions.list_questions(db, GLOBAL, limit=1)
    session = await quizzes.create_session(db, guild_id=9, channel_id=channel_id, host_id=1)
    rnd = await quizzes.open_round(db, session.id, number=1, question_id=bank[0].id)
    return rnd.id


async def test_answers_arriving_together_keep_their_own_results(db) -> None:
    round_id = await _round(db)
    closed_id = await _round(db, channel_id=78)
    await quizzes.close_round(db, closed_id)

    def answer(user_id: int, rid: int = round_id, correct: bool = True):
        return quizzes.record_answer(
            db, round_id=rid, user_id=user_id, correct=correct, points=10, first_bonus=5
        )

    calls = [answer(u) for u in range(1, 201)]
    calls += [answer(5), answer(6)]  # duplicates, in the same burst
    calls += [answer(300, closed_id)]  # a closed round
    results = await asyncio.gather(*calls)
    accepted = [r for r in results if r.accepted]
    assert len(accepted) == 200
    refused = [r.reason for r in results if not r.accepted]
    assert sorted(refused) == ["already_answered", "already_answered", "round_closed"]
    assert sum(r.first for r in accepted) == 1  # exactly one first-correct
    async with db.engine.connect() as conn:
        stored = await conn.scalar(select(func.count()).select_from(Answer))
    assert stored == 200
    if db.is_sqlite:  # they really were committed in groups, not one by one
        writer = _base._writers[db.engine]
        assert writer.groups < 200


async def test_a_failing_piece_is_rolled_back_alone(db) -> None:
    round_id = await _round(db)

    def bad(conn) -> None:
        conn.execute(text("INSERT INTO players (user_id, display_name, updated_at) "
                          "VALUES (4242, 'half-written', '2024-01-01')"))
        raise RuntimeError("boom")

    async def failing() -> BaseException | None:
        try:
            await _base.run_write(db, bad)
        except RuntimeError as error:
            return error
        return None

    results = await asyncio.gather(
        *[
            quizzes.record_answer(db, round_id=round_id, user_id=u, correct=False, points=0)
            for u in range(1, 50)
        ],
        failing(),
        *[
            quizzes.record_answer(db, round_id=round_id, user_id=u, correct=False, points=0)
            for u in range(50, 100)
        ],
    )
    assert isinstance(results[49], RuntimeError)
    assert all(r.accepted for i, r in enumerate(results) if i != 49)
    assert await players.display_names(db, [4242]) == {}  # its half-write is gone
    assert len(await quizzes.round_answers(db, round_id)) == 99


async def test_names_are_written_once_and_in_batches(db) -> None:
    players.note_name(db, 1, "Ana")
    players.note_name(db, 2, "Bo")
    players.note_name(db, 1, "Ana B")  # the latest wins
    assert await players.display_names(db, [1, 2]) == {}  # not yet: queued
    assert await players.flush_names(db) == 2
    assert await players.display_names(db, [1, 2]) == {1: "Ana B", 2: "Bo"}
    players.note_name(db, 1, "Ana B")  # unchanged: nothing queued
    players.note_name(db, 2, "Bo")
    assert await players.flush_names(db) == 0
    players.note_name(db, 2, "Bobby")  # changed: queued again
    assert await players.flush_names(db) == 1
    assert await players.display_names(db, [2]) == {2: "Bobby"}


async def test_a_forgotten_player_is_not_written_back(db) -> None:
    from bot.db.repos import scores

    await players.remember_name(db, 7, "Gone")
    players.note_name(db, 7, "Gone again")
    await scores.forget_player(db, 7)
    assert await players.flush_names(db) == 0  # the queued name was dropped
    assert await players.display_names(db, [7]) == {}
    players.note_name(db, 7, "Back")  # plays again after: stored as new
    await players.flush_names(db)
    assert await players.display_names(db, [7]) == {7: "Back"}

"""Answers arriving all at once: every point counted, one first-correct per round.

10,000 answers from 500 players across 50 channels (10 guilds), submitted concurrently
with bounded concurrency. On SQLite the writes queue one after another; on PostgreSQL
they really run side by side on a pool of connections.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from collections import Counter, defaultdict

from sqlalchemy import func, select

from bot.db.models import GLOBAL, Answer, PlayerStats, Round
from bot.db.repos import questions, quizzes, scores
from tests.db.factories import question

PLAYERS = 500
CHANNELS = 50
GUILDS = 10
ROUNDS_PER_CHANNEL = 20
ANSWERS_PER_PLAYER = 20  # 500 x 20 = 10,000 answers, 10 per round
BONUS = 5
CONCURRENCY = 64


def _points(user_id: int, round_id: int) -> int:
    return 1 + (user_id * 7 + round_id) % 13


async def test_ten_thousand_answers_at_once_count_exactly(db) -> None:
    rng = random.Random(4)
    await questions.store_questions(db, [question(n) for n in range(CHANNELS)], guild_id=GLOBAL)
    bank = await questions.list_questions(db, GLOBAL, limit=CHANNELS)
    rounds: list[tuple[int, int]] = []  # (round_id, guild_id)
    for channel in range(CHANNELS):
        guild_id = 1000 + channel % GUILDS
        session = await quizzes.create_session(
            db, guild_id=guild_id, channel_id=5000 + channel, host_id=1
        )
        for number in range(1, ROUNDS_PER_CHANNEL + 1):
            rnd = await quizzes.open_round(
                db, session.id, number=number, question_id=bank[channel].id
            )
            rounds.append((rnd.id, guild_id))

    # Each player answers 20 different rounds; 10 answers land in each round.
    order = list(range(len(rounds)))
    plan = []
    for user in range(1, PLAYERS + 1):
        start = (user * ANSWERS_PER_PLAYER) % len(rounds)
        for k in range(ANSWERS_PER_PLAYER):
            round_id, guild_id = rounds[order[(start + k * 53) % len(rounds)]]
            plan.append((user, round_id, guild_id, rng.random() < 0.6))
    assert len(plan) == 10_000
    assert len({(u, r) for u, r, _, _ in plan}) == 10_000
    rng.shuffle(plan)

    gate = asyncio.Semaphore(CONCURRENCY)
    when = dt.datetime(2026, 3, 4, 12, 0, tzinfo=dt.UTC)

    async def answer(user: int, round_id: int, correct: bool):
        async with gate:
            return await quizzes.record_answer(
                db, round_id=round_id, user_id=user, correct=correct,
                points=_points(user, round_id) if correct else 0, first_bonus=BONUS, at=when,
            )

    results = await asyncio.gather(*(answer(u, r, c) for u, r, _, c in plan))

    assert all(r.accepted for r in results)
    # Exactly one first-correct for every round with a correct answer, none otherwise.
    firsts = Counter(r for (u, r, _, c), res in zip(plan, results, strict=True) if res.first)
    rounds_with_correct = {r for _, r, _, c in plan if c}
    assert set(firsts) == rounds_with_correct
    assert set(firsts.values()) == {1}

    # Every point counted, to the point: per guild, globally and this week.
    expected: dict[tuple[int, int], int] = defaultdict(int)
    answered: Counter = Counter()
    winner_of = {}
    for (user, round_id, guild_id, correct), result in zip(plan, results, strict=True):
        earned = (_points(user, round_id) + (BONUS if result.first else 0)) if correct else 0
        assert result.points == earned
        expected[guild_id, user] += earned
        expected[GLOBAL, user] += earned
        answered[guild_id, user] += 1
        if result.first:
            winner_of[round_id] = user
    async with db.engine.connect() as conn:
        stored = {
            (g, u): (p, n)
            for g, u, p, n in await conn.execute(
                select(PlayerStats.guild_id, PlayerStats.user_id, PlayerStats.points,
                       PlayerStats.answered)
            )
        }
    assert {key: p for key, (p, _) in stored.items()} == dict(expected)
    assert {key: n for key, (_, n) in stored.items() if key[0] != GLOBAL} == dict(answered)
    assert (await scores.get_stats(db, GLOBAL, 1)).answered == ANSWERS_PER_PLAYER
    assert sum(e.points for e in await scores.top_players(db, GLOBAL, limit=PLAYERS)) == sum(
        p for (g, _), p in expected.items() if g == GLOBAL
    )
    weekly = await scores.weekly_top(db, GLOBAL, week=dt.date(2026, 3, 2), limit=PLAYERS)
    assert {e.user_id: e.points for e in weekly} == {
        u: p for (g, u), p in expected.items() if g == GLOBAL and p
    }

    async with db.engine.connect() as conn:
        stored_winners = dict(
            (await conn.execute(select(Round.id, Round.winner_user_id))).all()
        )
        assert await conn.scalar(select(func.count()).select_from(Answer)) == 10_000
        first_rows = await conn.scalar(
            select(func.count()).select_from(Answer).where(Answer.first.is_(True))
        )
    assert {r: w for r, w in stored_winners.items() if w is not None} == winner_of
    assert first_rows == len(winner_of)
    # A question's answered-right counter goes up once per round someone got right.
    per_question = Counter()
    round_question = {rid: bank[i // ROUNDS_PER_CHANNEL].id for i, (rid, _) in enumerate(rounds)}
    for round_id in winner_of:
        per_question[round_question[round_id]] += 1
    for q in bank:
        stored = await questions.get_question(db, q.id)
        assert stored.times_asked == ROUNDS_PER_CHANNEL
        assert stored.times_correct == per_question[q.id]


async def test_same_player_same_instant_counts_once(db) -> None:
    session = await quizzes.create_session(db, guild_id=10, channel_id=1, host_id=1)
    rnd = await quizzes.open_round(db, session.id, number=1, question_id=None)
    at = dt.datetime(2026, 3, 4, 12, 0, tzinfo=dt.UTC)

    async def twice(user: int):
        return await asyncio.gather(
            *(
                quizzes.record_answer(
                    db, round_id=rnd.id, user_id=user, correct=True, points=10, at=at
                )
                for _ in range(2)
            )
        )

    pairs = await asyncio.gather(*(twice(user) for user in range(1, 41)))
    for user, pair in enumerate(pairs, start=1):
        assert sorted(r.accepted for r in pair) == [False, True], user
        refused = next(r for r in pair if not r.accepted)
        assert refused.reason == "already_answered"
        assert (await scores.get_stats(db, 10, user)).points == 10 + 0
        assert (await scores.get_stats(db, GLOBAL, user)).answered == 1
    assert len(await quizzes.round_answers(db, rnd.id)) == 40
    assert sum(r.first for pair in pairs for r in pair) == 1

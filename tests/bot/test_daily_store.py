"""bot.db.repos.daily and the daily streak SQL, on both engines: when a schedule
was set, the guild's container session, a post found by its round, and streaks that
follow bot.game.daily.next_streak."""

from __future__ import annotations

import datetime as dt

from bot.db.engine import Database
from bot.db.repos import daily, quizzes
from bot.game import daily as rules

GUILD, CHANNEL, USER = 123, 456, 789


async def test_stamp_and_read_when_a_schedule_was_set(db: Database) -> None:
    await daily.set_schedule(db, GUILD, channel_id=CHANNEL, time_of_day="18:30")
    at = dt.datetime(2030, 3, 3, 8, 0, tzinfo=dt.UTC)
    await daily.stamp_schedule(db, GUILD, at)
    assert await daily.schedule_set_at(db, [GUILD, 999]) == {GUILD: at}
    assert await daily.schedule_set_at(db, []) == {}


async def test_one_container_session_per_guild_never_running(db: Database) -> None:
    first = await daily.daily_session(db, GUILD, CHANNEL)
    again = await daily.daily_session(db, GUILD, CHANNEL)
    assert first.id == again.id and first.state == quizzes.DAILY
    # It does not block a quiz in the same channel.
    quiz = await quizzes.create_session(db, guild_id=GUILD, channel_id=CHANNEL, host_id=USER)
    assert quiz.state == quizzes.RUNNING
    assert (await daily.daily_session(db, 777, CHANNEL)).id != first.id


async def test_post_by_round(db: Database) -> None:
    day = dt.date(2030, 3, 3)
    session = await daily.daily_session(db, GUILD, CHANNEL)
    rnd = await quizzes.open_round(db, session.id, number=day.toordinal(), question_id=None)
    assert await daily.claim_post(db, GUILD, day, channel_id=CHANNEL)
    assert not await daily.claim_post(db, GUILD, day, channel_id=CHANNEL)  # the key decides
    assert await daily.post_by_round(db, rnd.id) is None
    await daily.attach_post(db, GUILD, day, round_id=rnd.id, message_id=42)
    post = await daily.post_by_round(db, rnd.id)
    assert post is not None and post.day == day and post.message_id == 42


async def test_streak_sql_follows_the_rule(db: Database) -> None:
    start = dt.date(2030, 3, 1)
    stored, last = 0, None
    # Right answers on days 0, 1, 1 (twice the same day), 2, 4 (a gap), 5.
    for offset in (0, 1, 1, 2, 4, 5):
        day = start + dt.timedelta(days=offset)
        expected = rules.next_streak(stored, last, day)
        assert await daily.bump_daily_streak(db, GUILD, USER, day) == expected
        stored, last = expected, day
    assert stored == 2


def test_one_repository_module_for_the_daily_question() -> None:
    # daily_extra.py was merged into daily.py: one repository module per aggregate.
    import importlib.util

    assert importlib.util.find_spec("bot.db.repos.daily_extra") is None

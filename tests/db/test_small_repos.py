"""Guild settings, cached player names and the daily question."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.db.models import GLOBAL
from bot.db.repos import daily, guild_settings, players, scores


async def test_guild_settings_default_then_update(db) -> None:
    fresh = await guild_settings.get_guild_settings(db, 3)
    assert not fresh.stored and fresh.question_count == 10 and fresh.seconds == 20
    assert fresh.mode == "buttons" and fresh.allowed_channel_ids == ()
    updated = await guild_settings.update_guild_settings(
        db, 3, seconds=30, allowed_channel_ids=[9, 8, 9]
    )
    assert updated.stored and updated.seconds == 30 and updated.question_count == 10
    assert updated.allowed_channel_ids == (8, 9)
    again = await guild_settings.update_guild_settings(
        db, 3, mode="typed", manager_role_id=77, timezone="Asia/Seoul"
    )
    assert (again.seconds, again.mode, again.manager_role_id) == (30, "typed", 77)
    assert again.timezone == "Asia/Seoul"
    for bad in ({"seconds": 1}, {"mode": "shout"}, {"colour": "red"}, {"timezone": "Mars/Base"}):
        with pytest.raises(ValueError):
            await guild_settings.update_guild_settings(db, 3, **bad)
    assert (await guild_settings.get_guild_settings(db, 4)).stored is False
    await guild_settings.reset_guild_settings(db, 3)
    assert (await guild_settings.get_guild_settings(db, 3)).seconds == 20


async def test_player_names_upsert(db) -> None:
    assert await players.remember_names(db, [(1, "Ana"), (2, "Bo"), (1, "Ana B")]) == 2
    await players.remember_name(db, 2, "Bobo" * 40)
    names = await players.display_names(db, [1, 2, 3])
    assert names[1] == "Ana B" and len(names[2]) == 100 and 3 not in names
    assert await players.display_names(db, []) == {}


async def test_daily_post_claimed_once_and_streaks(db) -> None:
    day = dt.date(2026, 3, 4)
    schedule = await daily.set_schedule(db, 8, channel_id=80, time_of_day="18:30", created_by=1)
    assert schedule.enabled and schedule.time_of_day == "18:30"
    with pytest.raises(ValueError):
        await daily.set_schedule(db, 8, channel_id=80, time_of_day="25:00")
    await daily.set_schedule(db, 9, channel_id=90, time_of_day="07:00")
    assert [s.guild_id for s in await daily.enabled_schedules(db)] == [8, 9]
    assert await daily.disable_schedule(db, 9)
    assert [s.guild_id for s in await daily.enabled_schedules(db)] == [8]
    assert (await daily.get_schedule(db, 9)).enabled is False

    assert await daily.claim_post(db, 8, day, channel_id=80)
    assert not await daily.claim_post(db, 8, day, channel_id=80)
    await daily.attach_post(db, 8, day, message_id=555)
    post = await daily.get_post(db, 8, day)
    assert post.message_id == 555 and post.closed_at is None
    assert [p.day for p in await daily.open_posts(db)] == [day]
    assert await daily.close_post(db, 8, day)
    assert not await daily.close_post(db, 8, day)
    assert await daily.open_posts(db) == []

    streaks = [
        await daily.bump_daily_streak(db, 8, 5, d)
        for d in (day, day, day + dt.timedelta(days=1), day + dt.timedelta(days=3))
    ]
    assert streaks == [1, 1, 2, 1]
    stats = await scores.get_stats(db, GLOBAL, 5)
    assert stats.daily_streak == 1 and stats.last_daily_date == day + dt.timedelta(days=3)

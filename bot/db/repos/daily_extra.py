"""What the daily-question cog needs beyond bot.db.repos.daily: when a schedule was set
(on the bot's clock), the guild's container session for daily rounds, and finding a
post by its round (a button click carries the round id)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update

from bot.db.engine import Database
from bot.db.models import DailyPost, DailySchedule, QuizSession
from bot.db.records import DailyPostRecord, SessionRecord
from bot.db.repos import quizzes
from bot.db.repos._base import as_utc, aware, writing
from bot.db.repos.daily import _post

_sched = DailySchedule.__table__
_posts = DailyPost.__table__
_s = QuizSession.__table__


async def stamp_schedule(db: Database, guild_id: int, at: dt.datetime) -> None:
    """Record when the schedule was set, on the bot's clock: a time already past that
    day is not posted late (see bot.game.daily.should_post)."""
    async with writing(db) as conn:
        await conn.execute(
            update(_sched).where(_sched.c.guild_id == guild_id).values(updated_at=as_utc(at))
        )


async def schedule_set_at(db: Database, guild_ids: list[int]) -> dict[int, dt.datetime]:
    """guild id -> when its schedule was last set (aware UTC)."""
    if not guild_ids:
        return {}
    async with db.engine.connect() as conn:
        rows = await conn.execute(
            select(_sched.c.guild_id, _sched.c.updated_at).where(_sched.c.guild_id.in_(guild_ids))
        )
        return {row.guild_id: aware(row.updated_at) for row in rows}


async def post_by_round(db: Database, round_id: int) -> DailyPostRecord | None:
    async with db.engine.connect() as conn:
        row = (await conn.execute(select(_posts).where(_posts.c.round_id == round_id))).first()
    return _post(row) if row else None


async def daily_session(db: Database, guild_id: int, channel_id: int) -> SessionRecord:
    """The guild's container session for daily rounds (state 'daily', never 'running',
    so it never blocks a quiz in the channel). Created on first use."""
    async with db.engine.connect() as conn:
        row = (
            await conn.execute(
                select(_s.c.id)
                .where(_s.c.guild_id == guild_id, _s.c.state == quizzes.DAILY)
                .order_by(_s.c.id)
            )
        ).first()
    if row is not None:
        found = await quizzes.get_session(db, row.id)
        if found is not None:
            return found
    return await quizzes.create_session(
        db, guild_id=guild_id, channel_id=channel_id, host_id=0, state=quizzes.DAILY,
        settings={"daily": True},
    )

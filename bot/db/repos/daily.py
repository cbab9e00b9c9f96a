"""The daily question: each guild's schedule (and when it was set, on the bot's clock),
the guild's container session for daily rounds, one post per guild and day (the primary
key is what stops a double post, even from two processes; a post is also found by its
round, which a button click carries), and daily streaks."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from sqlalchemy import case, select, update

from bot.db.engine import Database
from bot.db.models import GLOBAL, DailyPost, DailySchedule, PlayerStats, QuizSession
from bot.db.records import DailyPostRecord, DailyScheduleRecord, SessionRecord
from bot.db.repos import quizzes
from bot.db.repos._base import as_utc, aware, insert, writing
from bot.db.repos._rows import from_row, read_all, read_one

_sched = DailySchedule.__table__
_posts = DailyPost.__table__
_ps = PlayerStats.__table__
_s = QuizSession.__table__
TIME_OF_DAY = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def _schedule(row) -> DailyScheduleRecord:
    return from_row(DailyScheduleRecord, row, enabled=bool(row.enabled))


def _post(row) -> DailyPostRecord:
    return from_row(
        DailyPostRecord, row, posted_at=aware(row.posted_at), closed_at=aware(row.closed_at)
    )


async def set_schedule(
    db: Database, guild_id: int, *, channel_id: int, time_of_day: str,
    created_by: int | None = None,
) -> DailyScheduleRecord:
    """Post a daily question in `channel_id` at `time_of_day` ("HH:MM", guild's zone)."""
    if not TIME_OF_DAY.match(time_of_day):
        raise ValueError("time of day must be HH:MM on a 24-hour clock, e.g. 18:30")
    values = {
        "guild_id": guild_id, "channel_id": channel_id, "time_of_day": time_of_day,
        "enabled": True, "created_by": created_by, "updated_at": as_utc(None),
    }
    async with writing(db) as conn:
        statement = insert(conn, _sched).values(values)
        statement = statement.on_conflict_do_update(
            index_elements=[_sched.c.guild_id],
            set_={k: statement.excluded[k] for k in values if k != "guild_id"},
        ).returning(*_sched.c)
        row = (await conn.execute(statement)).one()
    return _schedule(row)


async def disable_schedule(db: Database, guild_id: int) -> bool:
    async with writing(db) as conn:
        result = await conn.execute(
            update(_sched)
            .where(_sched.c.guild_id == guild_id, _sched.c.enabled.is_(True))
            .values(enabled=False, updated_at=as_utc(None))
        )
    return result.rowcount == 1


async def get_schedule(db: Database, guild_id: int) -> DailyScheduleRecord | None:
    return await read_one(db, select(_sched).where(_sched.c.guild_id == guild_id), _schedule)


async def enabled_schedules(
    db: Database, guild_ids: Iterable[int] | None = None
) -> list[DailyScheduleRecord]:
    statement = select(_sched).where(_sched.c.enabled.is_(True)).order_by(_sched.c.guild_id)
    if guild_ids is not None:
        statement = statement.where(_sched.c.guild_id.in_(list(guild_ids)))
    return await read_all(db, statement, _schedule)


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


async def claim_post(
    db: Database, guild_id: int, day: dt.date, *, channel_id: int,
    question_id: int | None = None, at: dt.datetime | None = None,
) -> bool:
    """Claim the guild's post for `day`. False if it was already claimed: only the
    caller that gets True may post."""
    async with writing(db) as conn:
        statement = (
            insert(conn, _posts)
            .values(guild_id=guild_id, day=day, channel_id=channel_id,
                    question_id=question_id, posted_at=as_utc(at))
            .on_conflict_do_nothing(index_elements=[_posts.c.guild_id, _posts.c.day])
            .returning(_posts.c.guild_id)
        )
        return (await conn.execute(statement)).first() is not None


async def attach_post(
    db: Database, guild_id: int, day: dt.date, *, message_id: int | None = None,
    round_id: int | None = None, question_id: int | None = None,
) -> None:
    """Fill in what the post became once it is sent (message, round, question)."""
    values = {
        k: v for k, v in
        (("message_id", message_id), ("round_id", round_id), ("question_id", question_id))
        if v is not None
    }
    if not values:
        return
    async with writing(db) as conn:
        await conn.execute(
            update(_posts).where(_posts.c.guild_id == guild_id, _posts.c.day == day).values(values)
        )


async def get_post(db: Database, guild_id: int, day: dt.date) -> DailyPostRecord | None:
    statement = select(_posts).where(_posts.c.guild_id == guild_id, _posts.c.day == day)
    return await read_one(db, statement, _post)


async def post_by_round(db: Database, round_id: int) -> DailyPostRecord | None:
    return await read_one(db, select(_posts).where(_posts.c.round_id == round_id), _post)


async def open_posts(db: Database) -> list[DailyPostRecord]:
    """Posts not closed yet (to reveal the answer, also after a restart)."""
    statement = select(_posts).where(_posts.c.closed_at.is_(None)).order_by(_posts.c.day)
    return await read_all(db, statement, _post)


async def close_post(
    db: Database, guild_id: int, day: dt.date, *, at: dt.datetime | None = None
) -> bool:
    async with writing(db) as conn:
        result = await conn.execute(
            update(_posts)
            .where(_posts.c.guild_id == guild_id, _posts.c.day == day, _posts.c.closed_at.is_(None))
            .values(closed_at=as_utc(at))
        )
    return result.rowcount == 1


async def bump_daily_streak(db: Database, guild_id: int, user_id: int, day: dt.date) -> int:
    """Count a day the player answered the daily question: the streak grows if they
    played yesterday, stays if they already played today, else starts again at 1.
    Returns the guild streak afterwards. Done in SQL (CASE), in the guild and global rows."""
    yesterday = day - dt.timedelta(days=1)
    scopes = [GLOBAL] if guild_id == GLOBAL else [guild_id, GLOBAL]
    at = as_utc(None)
    rows = [
        {"guild_id": g, "user_id": user_id, "points": 0, "correct": 0, "answered": 0,
         "current_streak": 0, "best_streak": 0, "games": 0, "wins": 0, "daily_streak": 1,
         "last_daily_date": day, "reached_at": at}
        for g in scopes
    ]
    async with writing(db) as conn:
        statement = insert(conn, _ps).values(rows)
        statement = statement.on_conflict_do_update(
            index_elements=[_ps.c.guild_id, _ps.c.user_id],
            set_={
                "daily_streak": case(
                    (_ps.c.last_daily_date == yesterday, _ps.c.daily_streak + 1),
                    (_ps.c.last_daily_date == day, _ps.c.daily_streak),
                    else_=1,
                ),
                "last_daily_date": case(
                    (_ps.c.last_daily_date > day, _ps.c.last_daily_date), else_=day
                ),
            },
        ).returning(_ps.c.guild_id, _ps.c.daily_streak)
        streaks = {g: s for g, s in await conn.execute(statement)}
    return streaks[guild_id]

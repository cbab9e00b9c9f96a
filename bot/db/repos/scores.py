"""Player scores: per-guild and global totals, weekly points, leaderboards, ranks, reset
and forget.

Every change is one SQL statement that adds to what is stored (an upsert whose SET reads
the stored row), so concurrent answers never lose points. Each player has a row per guild
plus a row with guild_id 0 (GLOBAL) holding their totals over every guild; weekly points
are kept per guild and globally for the week starting Monday (UTC).

Board order everywhere: points descending, then who reached those points first
(`reached_at`), then user id. The indexes `ix_player_stats_board` and
`ix_weekly_points_board` follow exactly that order, so a page of a board and a player's
rank are index range scans, never a sort.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import (
    and_,
    bindparam,
    case,
    delete,
    func,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.db.engine import Database
from bot.db.models import (
    GLOBAL,
    Answer,
    Article,
    DailySchedule,
    Player,
    PlayerStats,
    QuestionList,
    QuestionReport,
    QuizSession,
    Round,
    WeeklyPoints,
)
from bot.db.records import Board, BoardEntry, ForgetResult, PlayerStatsRecord, RankRecord
from bot.db.repos import players as player_names
from bot.db.repos._base import (
    as_utc,
    aware,
    bind_date,
    fetch,
    week_start,
    writing,
)
from bot.db.repos._rows import from_row, read_one

_ps = PlayerStats.__table__
_wp = WeeklyPoints.__table__
_pl = Player.__table__


def _scopes(guild_id: int, count_global: bool = True) -> list[int]:
    """The rows an answer in `guild_id` adds to: the guild's and, unless `count_global`
    is False (play outside Discord, e.g. the terminal), the global one."""
    if guild_id == GLOBAL:
        return [GLOBAL]
    return [guild_id, GLOBAL] if count_global else [guild_id]


# ---------------------------------------------------------------- writes inside a transaction


def _stats_upsert(dialect_name: str):
    """INSERT one stats row, or add to the stored one. Built once per dialect and run
    as an executemany, which SQLAlchemy sends as one multi-row INSERT (a multi-row
    VALUES literal would be compiled on every call). Rows come back keyed by guild_id,
    so their order does not matter (asking for it would send one row at a time)."""
    found = _upserts.get(("stats", dialect_name))
    if found is not None:
        return found
    statement = (sqlite.insert if dialect_name == "sqlite" else postgresql.insert)(_ps)
    new = statement.excluded
    next_streak = _ps.c.current_streak + 1
    statement = statement.on_conflict_do_update(
        index_elements=[_ps.c.guild_id, _ps.c.user_id],
        set_={
            # On the right-hand side, player_stats.* is the stored row: the database adds.
            "points": _ps.c.points + new.points,
            "correct": _ps.c.correct + new.correct,
            "answered": _ps.c.answered + 1,
            "current_streak": case((new.correct > 0, next_streak), else_=0),
            "best_streak": case(
                (and_(new.correct > 0, next_streak > _ps.c.best_streak), next_streak),
                else_=_ps.c.best_streak,
            ),
            "last_played_at": new.last_played_at,
            # The tie-break moves only when the points do.
            "reached_at": case((new.points != 0, new.reached_at), else_=_ps.c.reached_at),
        },
    ).returning(_ps.c.guild_id, _ps.c.points, _ps.c.current_streak, _ps.c.best_streak)
    _upserts["stats", dialect_name] = statement
    return statement


def _weekly_upsert(dialect_name: str):
    found = _upserts.get(("weekly", dialect_name))
    if found is not None:
        return found
    statement = (sqlite.insert if dialect_name == "sqlite" else postgresql.insert)(_wp)
    statement = statement.on_conflict_do_update(
        index_elements=[_wp.c.guild_id, _wp.c.week_start, _wp.c.user_id],
        set_={
            "points": _wp.c.points + statement.excluded.points,
            "reached_at": statement.excluded.reached_at,
        },
    ).returning(_wp.c.guild_id, _wp.c.points)
    _upserts["weekly", dialect_name] = statement
    return statement


_upserts: dict[tuple[str, str], object] = {}


def add_answer_to_stats(
    conn: Connection,
    *,
    guild_id: int,
    user_id: int,
    points: int,
    correct: bool,
    at: dt.datetime,
    count_global: bool = True,
) -> dict[int, tuple[int, int, int]]:
    """Count one answer in the guild and global rows (the guild's alone when
    `count_global` is False). Returns {guild_id: (points,
    current_streak, best_streak)} as stored afterwards. Call inside a transaction
    (sync API: record_answer runs as one unit, see _base.run_write)."""
    hit = 1 if correct else 0
    rows = [
        {
            "guild_id": scope,
            "user_id": user_id,
            "points": points,
            "correct": hit,
            "answered": 1,
            "current_streak": hit,
            "best_streak": hit,
            "games": 0,
            "wins": 0,
            "daily_streak": 0,
            "last_played_at": at,
            "reached_at": at,
        }
        for scope in _scopes(guild_id, count_global)
    ]
    result = conn.execute(_stats_upsert(conn.dialect.name), rows)
    return {row[0]: (row[1], row[2], row[3]) for row in result}


def add_weekly_points(
    conn: Connection,
    *,
    guild_id: int,
    user_id: int,
    points: int,
    at: dt.datetime,
    count_global: bool = True,
) -> dict[int, int]:
    """Add points to this week's guild and global rows (see add_answer_to_stats for
    `count_global`). Returns {guild_id: points}."""
    if points == 0:
        return {}
    week = week_start(at)
    rows = [
        {"guild_id": scope, "week_start": week, "user_id": user_id, "points": points,
         "reached_at": at}
        for scope in _scopes(guild_id, count_global)
    ]
    result = conn.execute(_weekly_upsert(conn.dialect.name), rows)
    return {row[0]: row[1] for row in result}


async def add_games(
    conn: AsyncConnection,
    *,
    guild_id: int,
    player_ids: Iterable[int],
    winner_ids: Iterable[int] = (),
    count_global: bool = True,
) -> None:
    """Count a finished game for every player, and a win for each winner (in the global
    rows too unless `count_global` is False)."""
    players = sorted(set(player_ids))
    winners = set(winner_ids)
    if not players:
        return
    scopes = _scopes(guild_id, count_global)
    for won in (True, False):
        ids = [u for u in players if (u in winners) == won]
        if not ids:
            continue
        await conn.execute(
            update(_ps)
            .where(_ps.c.guild_id.in_(scopes), _ps.c.user_id.in_(ids))
            .values(games=_ps.c.games + 1, wins=_ps.c.wins + (1 if won else 0))
        )


# ---------------------------------------------------------------- hot reads (lean path)

_TOP = (
    select(
        _ps.c.user_id,
        _pl.c.display_name,
        _ps.c.points,
        _ps.c.correct,
        _ps.c.answered,
        _ps.c.best_streak,
    )
    .select_from(_ps.outerjoin(_pl, _pl.c.user_id == _ps.c.user_id))
    .where(_ps.c.guild_id == bindparam("guild_id"))
    .order_by(_ps.c.points.desc(), _ps.c.reached_at, _ps.c.user_id)
    .limit(bindparam("limit"))
    .offset(bindparam("offset"))
)

_WEEKLY_TOP = (
    select(_wp.c.user_id, _pl.c.display_name, _wp.c.points)
    .select_from(_wp.outerjoin(_pl, _pl.c.user_id == _wp.c.user_id))
    .where(_wp.c.guild_id == bindparam("guild_id"), _wp.c.week_start == bindparam("week"))
    .order_by(_wp.c.points.desc(), _wp.c.reached_at, _wp.c.user_id)
    .limit(bindparam("limit"))
    .offset(bindparam("offset"))
)


def _rank_statement(table, *keys):
    """SELECT points, rows ahead on points, rows ahead on the tie-break, for one row.

    Two counts, each an index range scan: rows with more points, and rows with the same
    points that got there earlier (or at the same instant with a lower user id)."""
    me = table.alias("me")
    other = table.alias("other")
    same_board = [getattr(other.c, k) == getattr(me.c, k) for k in keys]
    more = (
        select(func.count())
        .select_from(other)
        .where(*same_board, other.c.points > me.c.points)
        .scalar_subquery()
    )
    tied_ahead = (
        select(func.count())
        .select_from(other)
        .where(
            *same_board,
            other.c.points == me.c.points,
            or_(
                other.c.reached_at < me.c.reached_at,
                and_(other.c.reached_at == me.c.reached_at, other.c.user_id < me.c.user_id),
            ),
        )
        .scalar_subquery()
    )
    return select(me.c.points, more, tied_ahead).where(
        *[getattr(me.c, k) == bindparam(k) for k in keys], me.c.user_id == bindparam("user_id")
    )


_RANK = _rank_statement(_ps, "guild_id")
_WEEKLY_RANK = _rank_statement(_wp, "guild_id", "week_start")

_SIZE = select(func.count()).select_from(_ps).where(_ps.c.guild_id == bindparam("guild_id"))
_WEEKLY_SIZE = (
    select(func.count())
    .select_from(_wp)
    .where(_wp.c.guild_id == bindparam("guild_id"), _wp.c.week_start == bindparam("week"))
)

# Keys for the compiled-statement cache in _base.prepare.
_K_TOP, _K_WEEKLY_TOP, _K_RANK, _K_WEEKLY_RANK, _K_SIZE, _K_WEEKLY_SIZE = range(100, 106)


def _entries(rows: Sequence[tuple], offset: int) -> tuple[BoardEntry, ...]:
    return tuple([BoardEntry(rank, *row) for rank, row in enumerate(rows, offset + 1)])


async def top_players(
    db: Database, guild_id: int = GLOBAL, *, limit: int = 10, offset: int = 0
) -> tuple[BoardEntry, ...]:
    """A page of the all-time board of a guild (GLOBAL: every guild together)."""
    rows = await fetch(
        db, _K_TOP, _TOP, {"guild_id": guild_id, "limit": limit, "offset": max(offset, 0)}
    )
    return _entries(rows, max(offset, 0))


async def weekly_top(
    db: Database,
    guild_id: int = GLOBAL,
    *,
    week: dt.date | None = None,
    limit: int = 10,
    offset: int = 0,
) -> tuple[BoardEntry, ...]:
    """A page of a week's board (default: this week, Monday UTC)."""
    week = week or week_start(as_utc(None))
    rows = await fetch(
        db,
        _K_WEEKLY_TOP,
        _WEEKLY_TOP,
        {"guild_id": guild_id, "week": bind_date(db, week), "limit": limit,
         "offset": max(offset, 0)},
    )
    return _entries(rows, max(offset, 0))


async def board_size(db: Database, guild_id: int = GLOBAL) -> int:
    rows = await fetch(db, _K_SIZE, _SIZE, {"guild_id": guild_id})
    return int(rows[0][0])


async def weekly_board_size(
    db: Database, guild_id: int = GLOBAL, *, week: dt.date | None = None
) -> int:
    week = week or week_start(as_utc(None))
    rows = await fetch(
        db, _K_WEEKLY_SIZE, _WEEKLY_SIZE, {"guild_id": guild_id, "week": bind_date(db, week)}
    )
    return int(rows[0][0])


async def leaderboard(
    db: Database, guild_id: int = GLOBAL, *, limit: int = 10, offset: int = 0
) -> Board:
    """A page of the all-time board with the board's size, for paging buttons."""
    entries = await top_players(db, guild_id, limit=limit, offset=offset)
    return Board(entries, await board_size(db, guild_id), max(offset, 0), limit)


async def weekly_leaderboard(
    db: Database,
    guild_id: int = GLOBAL,
    *,
    week: dt.date | None = None,
    limit: int = 10,
    offset: int = 0,
) -> Board:
    entries = await weekly_top(db, guild_id, week=week, limit=limit, offset=offset)
    total = await weekly_board_size(db, guild_id, week=week)
    return Board(entries, total, max(offset, 0), limit)


async def player_rank(
    db: Database, guild_id: int, user_id: int, *, with_total: bool = False
) -> RankRecord | None:
    """The player's place on a guild's (or the global) all-time board; None if unranked."""
    rows = await fetch(db, _K_RANK, _RANK, {"guild_id": guild_id, "user_id": user_id})
    if not rows:
        return None
    points, more, tied_ahead = rows[0]
    total = await board_size(db, guild_id) if with_total else None
    return RankRecord(more + tied_ahead + 1, total, user_id, points)


async def weekly_rank(
    db: Database,
    guild_id: int,
    user_id: int,
    *,
    week: dt.date | None = None,
    with_total: bool = False,
) -> RankRecord | None:
    week = week or week_start(as_utc(None))
    rows = await fetch(
        db,
        _K_WEEKLY_RANK,
        _WEEKLY_RANK,
        {"guild_id": guild_id, "week_start": bind_date(db, week), "user_id": user_id},
    )
    if not rows:
        return None
    points, more, tied_ahead = rows[0]
    total = await weekly_board_size(db, guild_id, week=week) if with_total else None
    return RankRecord(more + tied_ahead + 1, total, user_id, points)


# ---------------------------------------------------------------- other reads


def _stats_record(row) -> PlayerStatsRecord:
    return from_row(
        PlayerStatsRecord,
        row,
        last_played_at=aware(row.last_played_at),
        reached_at=aware(row.reached_at),
    )


async def get_stats(db: Database, guild_id: int, user_id: int) -> PlayerStatsRecord | None:
    """A player's totals in one guild (GLOBAL: over every guild)."""
    statement = select(_ps).where(_ps.c.guild_id == guild_id, _ps.c.user_id == user_id)
    return await read_one(db, statement, _stats_record)


async def weekly_points(
    db: Database, guild_id: int, user_id: int, *, week: dt.date | None = None
) -> int:
    week = week or week_start(as_utc(None))
    async with db.engine.connect() as conn:
        value = await conn.scalar(
            select(_wp.c.points).where(
                _wp.c.guild_id == guild_id, _wp.c.week_start == week, _wp.c.user_id == user_id
            )
        )
    return int(value or 0)


# ---------------------------------------------------------------- admin


async def reset_guild(db: Database, guild_id: int) -> int:
    """Clear a guild's boards (all-time and weekly). Players' global totals are kept:
    they earned them. Returns the number of player rows removed."""
    if guild_id == GLOBAL:
        raise ValueError("reset_guild takes a guild id, not the global board")
    async with writing(db) as conn:
        removed = (await conn.execute(delete(_ps).where(_ps.c.guild_id == guild_id))).rowcount
        await conn.execute(delete(_wp).where(_wp.c.guild_id == guild_id))
    return removed


async def forget_player(db: Database, user_id: int) -> ForgetResult:
    """Delete everything stored about a player, in every guild, in one transaction.

    Their answers, scores, weekly points, cached name and reports are deleted; where
    their id marks something shared (a quiz they hosted, a round they won, an article or
    list they added, a daily schedule they set up) the id is blanked and the shared row
    stays for everyone else."""
    counts: dict[str, int] = {}
    player_names.forget_cached(db, user_id)  # no queued name write brings the row back
    async with writing(db) as conn:
        for name, table in (
            ("answers", Answer.__table__),
            ("player_stats", _ps),
            ("weekly_points", _wp),
            ("question_reports", QuestionReport.__table__),
            ("players", _pl),
        ):
            result = await conn.execute(delete(table).where(table.c.user_id == user_id))
            counts[name] = result.rowcount
        for name, table, column, blank in (
            ("rounds_won", Round.__table__, "winner_user_id", None),
            ("quizzes_hosted", QuizSession.__table__, "host_id", literal(0)),
            ("articles_added", Article.__table__, "added_by", None),
            ("lists_created", QuestionList.__table__, "created_by", None),
            ("daily_schedules", DailySchedule.__table__, "created_by", None),
        ):
            col = table.c[column]
            result = await conn.execute(update(table).where(col == user_id).values({col: blank}))
            counts[name] = result.rowcount
    return ForgetResult(counts)


async def count_player_rows(db: Database, user_id: int) -> dict[str, int]:
    """How many rows `forget_player` would delete, per table (for a confirmation)."""
    counts: dict[str, int] = {}
    async with db.engine.connect() as conn:
        for name, table in (
            ("answers", Answer.__table__),
            ("player_stats", _ps),
            ("weekly_points", _wp),
            ("question_reports", QuestionReport.__table__),
            ("players", _pl),
        ):
            counts[name] = int(
                await conn.scalar(
                    select(func.count()).select_from(table).where(table.c.user_id == user_id)
                )
                or 0
            )
    return counts

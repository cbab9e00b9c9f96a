"""The hot reads are index scans on both engines: no table scan, no sort step.

The tables get a few thousand rows and fresh statistics, then each query's plan
(EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL) is read for the index it uses.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from bot.db.models import GLOBAL, Player, PlayerStats, WeeklyPoints
from bot.db.repos import scores
from bot.db.repos._base import prepare

WEEK = dt.date(2026, 3, 2)
T0 = dt.datetime(2026, 3, 4, tzinfo=dt.UTC)


async def _fill(db) -> None:
    stats, weekly, names = [], [], []
    for guild in range(1, 41):
        for member in range(100):
            user = guild * 1000 + member
            points = (member * 37) % 500
            at = T0 + dt.timedelta(seconds=member)
            names.append({"user_id": user, "display_name": f"p{user}", "updated_at": at})
            for scope in (guild, GLOBAL):
                stats.append({
                    "guild_id": scope, "user_id": user, "points": points, "correct": 1,
                    "answered": 2, "current_streak": 0, "best_streak": 1, "games": 0,
                    "wins": 0, "daily_streak": 0, "last_played_at": at, "reached_at": at,
                })
                weekly.append({"guild_id": scope, "week_start": WEEK, "user_id": user,
                               "points": points, "reached_at": at})
    async with db.engine.begin() as conn:
        await conn.execute(PlayerStats.__table__.insert(), stats)
        await conn.execute(WeeklyPoints.__table__.insert(), weekly)
        await conn.execute(Player.__table__.insert(), names)
        await conn.execute(text("ANALYZE"))


async def _plan(db, key, statement, params) -> str:
    prepared = prepare(key, statement, db.engine.dialect)
    args = prepared.args(params)
    async with db.engine.connect() as conn:
        raw = (await conn.get_raw_connection()).driver_connection
        if db.is_sqlite:
            cursor = await raw.execute("EXPLAIN QUERY PLAN " + prepared.sql, args)
            rows = await cursor.fetchall()
            return "\n".join(str(row[-1]) for row in rows)
        rows = await raw.fetch("EXPLAIN " + prepared.sql, *args)
        return "\n".join(row[0] for row in rows)


def _uses_index_only(plan: str, index: str, sqlite: bool) -> None:
    assert index in plan, plan
    if sqlite:
        assert "TEMP B-TREE" not in plan, plan  # no sort step
        for line in plan.splitlines():
            # Every table access is a SEARCH through an index (players by its key).
            assert not line.startswith("SCAN") or "INDEX" in line, plan
    else:
        assert "Seq Scan" not in plan and "Sort" not in plan, plan


async def test_leaderboard_queries_are_index_scans(db) -> None:
    await _fill(db)
    sqlite = db.is_sqlite
    top = await _plan(db, scores._K_TOP, scores._TOP, {"guild_id": 7, "limit": 10, "offset": 0})
    _uses_index_only(top, "ix_player_stats_board", sqlite)
    glob = await _plan(
        db, scores._K_TOP, scores._TOP, {"guild_id": GLOBAL, "limit": 10, "offset": 20}
    )
    _uses_index_only(glob, "ix_player_stats_board", sqlite)
    rank = await _plan(db, scores._K_RANK, scores._RANK, {"guild_id": 7, "user_id": 7050})
    _uses_index_only(rank, "ix_player_stats_board", sqlite)
    week = WEEK.isoformat() if sqlite else WEEK
    weekly = await _plan(
        db, scores._K_WEEKLY_TOP, scores._WEEKLY_TOP,
        {"guild_id": 7, "week": week, "limit": 10, "offset": 0},
    )
    _uses_index_only(weekly, "ix_weekly_points_board", sqlite)
    weekly_rank = await _plan(
        db, scores._K_WEEKLY_RANK, scores._WEEKLY_RANK,
        {"guild_id": 7, "week_start": week, "user_id": 7050},
    )
    _uses_index_only(weekly_rank, "ix_weekly_points_board", sqlite)
    size = await _plan(db, scores._K_SIZE, scores._SIZE, {"guild_id": 7})
    assert "Seq Scan" not in size and ("INDEX" in size or "Index" in size), size

    # And the answers agree with the plan's promise of order.
    board = await scores.top_players(db, 7, limit=5)
    assert [e.points for e in board] == sorted((e.points for e in board), reverse=True)
    assert (await scores.player_rank(db, 7, board[3].user_id)).rank == 4

"""Leaderboard pages and score cards: plain data for the leaderboard cog."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from bot.db.engine import Database
from bot.db.models import GLOBAL
from bot.db.records import BoardEntry, RankRecord
from bot.db.repos import players, scores

PAGE_SIZE = 10
SCOPES = ("server", "global")
PERIODS = ("all-time", "week")


@dataclass(frozen=True)
class BoardPage:
    scope: str
    period: str
    guild_id: int  # the board's key: a guild, or GLOBAL
    page: int  # 1-based, clamped to the board
    pages: int
    total: int
    entries: tuple[BoardEntry, ...]
    caller: RankRecord | None


def board_key(scope: str, guild_id: int | None) -> int:
    return GLOBAL if scope == "global" or guild_id is None else guild_id


async def board_page(
    db: Database,
    *,
    scope: str,
    period: str,
    guild_id: int | None,
    page: int,
    caller_id: int,
) -> BoardPage:
    key = board_key(scope, guild_id)
    await players.try_flush_names(db)  # names noted by answers in the last second
    if period == "week":
        total = await scores.weekly_board_size(db, key)
    else:
        total = await scores.board_size(db, key)
    pages = max(1, math.ceil(total / PAGE_SIZE))
    page = min(max(page, 1), pages)
    offset = (page - 1) * PAGE_SIZE
    if period == "week":
        entries = await scores.weekly_top(db, key, limit=PAGE_SIZE, offset=offset)
        caller = await scores.weekly_rank(db, key, caller_id)
    else:
        entries = await scores.top_players(db, key, limit=PAGE_SIZE, offset=offset)
        caller = await scores.player_rank(db, key, caller_id)
    return BoardPage(
        scope="global" if key == GLOBAL else "server",
        period=period,
        guild_id=key,
        page=page,
        pages=pages,
        total=total,
        entries=entries,
        caller=caller,
    )


def entry_name(entry: BoardEntry, fallback: Callable[[int], str | None]) -> str:
    """The cached display name, else whatever Discord's cache knows, else the id."""
    return entry.display_name or fallback(entry.user_id) or f"player {entry.user_id}"


@dataclass(frozen=True)
class ScoreCard:
    scope: str  # "server" | "global"
    points: int
    correct: int
    answered: int
    current_streak: int
    best_streak: int
    rank: int | None


async def score_card(db: Database, *, guild_id: int | None, user_id: int) -> ScoreCard:
    key = GLOBAL if guild_id is None else guild_id
    stats = await scores.get_stats(db, key, user_id)
    rank = await scores.player_rank(db, key, user_id) if stats else None
    return ScoreCard(
        scope="global" if key == GLOBAL else "server",
        points=stats.points if stats else 0,
        correct=stats.correct if stats else 0,
        answered=stats.answered if stats else 0,
        current_streak=stats.current_streak if stats else 0,
        best_streak=stats.best_streak if stats else 0,
        rank=rank.rank if rank else None,
    )

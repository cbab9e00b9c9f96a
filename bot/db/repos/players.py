"""Players' display names, cached for leaderboards (a board lists people the bot may no
longer share a server with, so it cannot ask Discord each time)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from bot.db.engine import Database
from bot.db.models import Player
from bot.db.repos._base import as_utc, clip, insert, writing

_pl = Player.__table__
NAME_MAX = 100


async def remember_names(db: Database, names: Iterable[tuple[int, str]]) -> int:
    """Upsert (user_id, display_name) pairs; the last name given for a user wins."""
    latest = {user_id: clip(name or "", NAME_MAX) for user_id, name in names}
    if not latest:
        return 0
    at = as_utc(None)
    rows = [{"user_id": u, "display_name": n, "updated_at": at} for u, n in sorted(latest.items())]
    async with writing(db) as conn:
        statement = insert(conn, _pl).values(rows)
        statement = statement.on_conflict_do_update(
            index_elements=[_pl.c.user_id],
            set_={
                "display_name": statement.excluded.display_name,
                "updated_at": statement.excluded.updated_at,
            },
        )
        await conn.execute(statement)
    return len(rows)


async def remember_name(db: Database, user_id: int, display_name: str) -> None:
    await remember_names(db, [(user_id, display_name)])


async def display_names(db: Database, user_ids: Iterable[int]) -> dict[int, str]:
    ids = sorted(set(user_ids))
    if not ids:
        return {}
    async with db.engine.connect() as conn:
        result = await conn.execute(
            select(_pl.c.user_id, _pl.c.display_name).where(_pl.c.user_id.in_(ids))
        )
        return {user_id: name for user_id, name in result}

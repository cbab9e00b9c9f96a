"""A guild's quiz settings. A guild with nothing saved gets the defaults (no row is
written until a moderator changes something)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bot.db.engine import Database
from bot.db.models import GuildSettings
from bot.db.records import GuildConfig
from bot.db.repos._base import as_utc, insert, writing

_gs = GuildSettings.__table__

DEFAULTS: dict[str, Any] = {
    "question_count": 10,
    "seconds": 20,
    "mode": "buttons",
    "allowed_channel_ids": (),
    "manager_role_id": None,
    "timezone": "UTC",
}
MODES = ("buttons", "typed")
LIMITS = {"question_count": (1, 50), "seconds": (5, 120)}


def _config(guild_id: int, values: dict[str, Any], stored: bool) -> GuildConfig:
    return GuildConfig(
        guild_id=guild_id,
        question_count=values["question_count"],
        seconds=values["seconds"],
        mode=values["mode"],
        allowed_channel_ids=tuple(values["allowed_channel_ids"] or ()),
        manager_role_id=values["manager_role_id"],
        timezone=values["timezone"],
        stored=stored,
    )


async def get_guild_settings(db: Database, guild_id: int) -> GuildConfig:
    async with db.engine.connect() as conn:
        row = (await conn.execute(select(_gs).where(_gs.c.guild_id == guild_id))).first()
    if row is None:
        return _config(guild_id, DEFAULTS, stored=False)
    return _config(guild_id, {k: getattr(row, k) for k in DEFAULTS}, stored=True)


def _validate(changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(DEFAULTS)
    if unknown:
        raise ValueError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    clean = dict(changes)
    for name, (low, high) in LIMITS.items():
        if name in clean and not (low <= int(clean[name]) <= high):
            raise ValueError(f"{name} must be between {low} and {high}")
    if "mode" in clean and clean["mode"] not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}")
    if "allowed_channel_ids" in clean:
        clean["allowed_channel_ids"] = sorted({int(c) for c in clean["allowed_channel_ids"] or ()})
    if "timezone" in clean:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(clean["timezone"])
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {clean['timezone']!r}") from None
    return clean


async def update_guild_settings(db: Database, guild_id: int, **changes: Any) -> GuildConfig:
    """Change some settings (the rest keep their stored or default values)."""
    clean = _validate(changes)
    full = {**DEFAULTS, "allowed_channel_ids": [], **clean}
    async with writing(db) as conn:
        statement = insert(conn, _gs).values(guild_id=guild_id, updated_at=as_utc(None), **full)
        if clean:
            statement = statement.on_conflict_do_update(
                index_elements=[_gs.c.guild_id],
                set_={**{k: statement.excluded[k] for k in clean}, "updated_at": as_utc(None)},
            )
        else:
            statement = statement.on_conflict_do_nothing(index_elements=[_gs.c.guild_id])
        await conn.execute(statement)
    return await get_guild_settings(db, guild_id)


async def reset_guild_settings(db: Database, guild_id: int) -> None:
    from sqlalchemy import delete

    async with writing(db) as conn:
        await conn.execute(delete(_gs).where(_gs.c.guild_id == guild_id))

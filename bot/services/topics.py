"""Autocomplete for `/quiz start topic` and `/article remove article`."""

from __future__ import annotations

from discord import app_commands


async def topic_choices(bot, guild_id: int | None, current: str) -> list[app_commands.Choice[str]]:
    return []


async def article_choices(
    bot, guild_id: int | None, current: str
) -> list[app_commands.Choice[str]]:
    return []

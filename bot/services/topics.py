"""Autocomplete for `/quiz start topic` and `/article remove article`.

Suggestions come from the server's (and the shared) articles, curated lists and the
groups and people questions are about; a short cache keeps typing responsive.
"""

from __future__ import annotations

import time

from discord import app_commands

from bot.db.repos import articles as article_repo
from bot.db.repos import questions as question_repo
from bot.safety import normalise

CACHE_SECONDS = 30.0
MAX_CHOICES = 25  # Discord's limit
_cache: dict[tuple[int, int], tuple[float, list[tuple[str, str]]]] = {}


def _label(text: str, prefix: str) -> str:
    return (prefix + normalise(text, single_line=True))[:100]


async def _all_topics(bot, guild_id: int) -> list[tuple[str, str]]:
    key = (id(bot), guild_id)
    hit = _cache.get(key)
    if hit and time.monotonic() - hit[0] < CACHE_SECONDS:
        return hit[1]
    db = bot.database
    found: list[tuple[str, str]] = []
    for lst in await question_repo.get_lists(db, guild_id):
        found.append((_label(lst.name, "📋 "), f"list:{lst.id}"))
    for record in await article_repo.list_articles(db, guild_id, include_global=True):
        found.append((_label(record.title, "📰 "), f"article:{record.id}"))
    names: dict[str, str] = {}
    offset = 0
    while offset < 5000:
        page = await question_repo.list_questions(
            db, guild_id, status=question_repo.PLAYABLE, limit=500, offset=offset
        )
        for q in page:
            for topic in q.topics:
                names.setdefault(topic.casefold(), topic)
        if len(page) < 500:
            break
        offset += 500
    for name in sorted(names.values(), key=str.casefold):
        found.append((_label(name, "👤 "), f"topic:{name[:90]}"))
    _cache[key] = (time.monotonic(), found)
    return found


def forget_cache(guild_id: int | None = None) -> None:
    for key in list(_cache):
        if guild_id is None or key[1] == guild_id:
            del _cache[key]


def _filter(items: list[tuple[str, str]], current: str) -> list[app_commands.Choice[str]]:
    needle = current.casefold().strip()
    ranked = [
        (0 if label.casefold()[2:].startswith(needle) else 1, label, value)
        for label, value in items
        if needle in label.casefold()
    ]
    ranked.sort(key=lambda item: item[0])
    return [app_commands.Choice(name=label, value=value) for _, label, value in ranked][
        :MAX_CHOICES
    ]


async def topic_choices(bot, guild_id: int | None, current: str) -> list[app_commands.Choice[str]]:
    if guild_id is None:
        return []
    return _filter(await _all_topics(bot, guild_id), current)


async def article_choices(
    bot, guild_id: int | None, current: str
) -> list[app_commands.Choice[str]]:
    """Only the server's own articles: shared (seed) articles are not a server's to remove."""
    if guild_id is None:
        return []
    items = [
        (_label(f"{r.title} ({r.questions} questions)", ""), str(r.id))
        for r in await article_repo.list_articles(bot.database, guild_id)
    ]
    needle = current.casefold().strip()
    return [
        app_commands.Choice(name=label or "(untitled)", value=value)
        for label, value in items
        if needle in label.casefold()
    ][:MAX_CHOICES]

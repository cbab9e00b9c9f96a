"""Snowflake ids as Discord makes them, and the shard a guild belongs to."""

from __future__ import annotations

import itertools
import time

DISCORD_EPOCH_MS = 1_420_070_400_000


def shard_of(guild_id: int, shard_count: int) -> int:
    """Discord's rule: a guild lives on shard (guild_id >> 22) % shard_count."""
    return (guild_id >> 22) % shard_count


class Snowflakes:
    """Increasing ids with a real timestamp part, so discord.utils.snowflake_time works."""

    def __init__(self) -> None:
        self._counter = itertools.count()
        self._last = 0

    def next(self) -> int:
        stamp = int(time.time() * 1000) - DISCORD_EPOCH_MS
        candidate = (stamp << 22) | (next(self._counter) & 0xFFF)
        if candidate <= self._last:
            candidate = self._last + 1
        self._last = candidate
        return candidate

    def next_on_shard(self, shard_id: int, shard_count: int) -> int:
        """An id whose guild would land on `shard_id` of `shard_count` shards."""
        candidate = self.next()
        while shard_of(candidate, shard_count) != shard_id:
            # Bump the timestamp part: only bits above 22 pick the shard.
            candidate = ((candidate >> 22) + 1) << 22
        self._last = candidate
        return candidate

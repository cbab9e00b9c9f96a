"""Time for the game rules: a `Clock` protocol, the real one, and a fake for tests.

Quizzes never call `asyncio.sleep` or `time.monotonic` themselves: they ask a clock, so a
test can drive a 20-second round in microseconds and know exactly when the hint fires.
Times are plain floats in seconds on a monotonic scale (not wall-clock dates).
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a monotonic scale; only differences mean anything."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Wait `seconds` of this clock's time (returns at once for <= 0)."""
        ...


class LoopClock:
    """The real clock: the running event loop's monotonic time, `asyncio.sleep`."""

    def now(self) -> float:
        try:
            return asyncio.get_running_loop().time()
        except RuntimeError:  # called outside a loop (a sync helper, a test)
            return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds))


class FakeClock:
    """A clock that only moves when told: `await clock.advance(5)`.

    Sleepers wake in deadline order (ties in the order they went to sleep). After each
    wake-up the event loop is given a few turns, so whatever the woken task does next
    (send the hint, start another sleep inside the same window) happens before time moves
    on: a sleep that starts during `advance` and ends inside its window wakes too.
    """

    SETTLE_TURNS = 25  # loop turns after each wake-up: enough for a few awaits in a row

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    def now(self) -> float:
        return self._now

    async def sleep(self, seconds: float) -> None:
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self._now + seconds, next(self._order), future))
        await future

    @property
    def sleepers(self) -> int:
        """How many sleeps are waiting (cancelled ones not counted)."""
        return sum(1 for _, _, f in self._sleepers if not f.done())

    def next_deadline(self) -> float | None:
        live = [d for d, _, f in self._sleepers if not f.done()]
        return min(live) if live else None

    async def settle(self) -> None:
        """Let every task that can run, run (a few loop turns), without moving time."""
        for _ in range(self.SETTLE_TURNS):
            await asyncio.sleep(0)

    async def advance(self, seconds: float) -> None:
        """Move time forward by `seconds`, waking sleepers whose deadline is reached."""
        if seconds < 0:
            raise ValueError("time only moves forward")
        target = self._now + seconds
        await self.settle()
        while self._sleepers and self._sleepers[0][0] <= target:
            deadline, _, future = heapq.heappop(self._sleepers)
            if future.done():  # cancelled: its task stopped waiting
                continue
            self._now = max(self._now, deadline)
            future.set_result(None)
            await self.settle()
        self._now = target
        await self.settle()

    async def run_until_idle(self, limit: float = 3600.0) -> None:
        """Advance from deadline to deadline until nobody sleeps (or `limit` seconds pass)."""
        end = self._now + limit
        await self.settle()  # tasks created just before get to start their sleeps
        while (deadline := self.next_deadline()) is not None and deadline <= end:
            await self.advance(deadline - self._now)

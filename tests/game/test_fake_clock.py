from __future__ import annotations

import asyncio

import pytest

from bot.game.clock import FakeClock, LoopClock


async def test_sleepers_wake_in_deadline_order_at_their_deadline():
    clock = FakeClock(start=0.0)
    woke: list[tuple[str, float]] = []

    async def sleeper(name: str, seconds: float) -> None:
        await clock.sleep(seconds)
        woke.append((name, clock.now()))

    tasks = [asyncio.create_task(sleeper(n, s)) for n, s in [("b", 5), ("a", 2), ("c", 9)]]
    await clock.advance(4)
    assert woke == [("a", 2.0)]
    assert clock.now() == 4.0
    await clock.advance(10)
    assert woke == [("a", 2.0), ("b", 5.0), ("c", 9.0)]
    await asyncio.gather(*tasks)


async def test_a_sleep_started_during_advance_wakes_inside_the_same_window():
    clock = FakeClock(start=0.0)
    woke: list[float] = []

    async def chain() -> None:
        await clock.sleep(1)
        woke.append(clock.now())
        await clock.sleep(1)
        woke.append(clock.now())

    task = asyncio.create_task(chain())
    await clock.advance(5)
    assert woke == [1.0, 2.0]
    await task


async def test_cancelled_sleeper_is_skipped():
    clock = FakeClock(start=0.0)
    task = asyncio.create_task(clock.sleep(3))
    await clock.settle()
    assert clock.sleepers == 1
    task.cancel()
    await clock.settle()
    assert clock.sleepers == 0
    await clock.advance(5)  # nothing to wake, no error
    assert task.cancelled()


async def test_zero_sleep_and_backwards_time():
    clock = FakeClock(start=0.0)
    await clock.sleep(0)
    assert clock.now() == 0.0
    with pytest.raises(ValueError):
        await clock.advance(-1)


async def test_run_until_idle():
    clock = FakeClock(start=0.0)
    task = asyncio.create_task(clock.sleep(30))
    await clock.run_until_idle()
    assert task.done() and clock.now() == 30.0


async def test_loop_clock_is_monotonic_and_sleeps():
    clock = LoopClock()
    before = clock.now()
    await clock.sleep(0.01)
    assert clock.now() - before >= 0.009
    assert clock.now() == pytest.approx(asyncio.get_running_loop().time(), abs=0.05)

"""SIGTERM stops a bot that is stuck: flooded with clicks while its log pipe is full.

A supervisor that stops reading the bot's output (or reads it slowly) leaves the main
thread blocked writing a log line: the event loop never runs again, so a shutdown that
waits for the loop (a loop signal handler, an asyncio timer) never happens. The bot must
still exit within its hard deadline, and every answer a player was told "Locked in" must
already be stored.
"""

from __future__ import annotations

import asyncio
import signal
import time
from pathlib import Path

import pytest

from bot.client import SHUTDOWN_DEADLINE_SECONDS
from tests.e2e.test_faults import rows, seeded_for_a_process
from tests.e2e.world import World
from tests.fakediscord import FakeDiscord
from tests.fakediscord.harness import BotProcess, bot_env

pytestmark = pytest.mark.e2e

FLOOD = 400  # clicks from distinct players, each a first answer
PACED = 20  # of them answered one at a time before the flood


class StallableBot(BotProcess):
    """A BotProcess whose output stops being read when `stall()` is called."""

    async def _read(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        self.reading = asyncio.Event()
        self.reading.set()
        while True:
            await self.reading.wait()
            line = await self.proc.stdout.readline()
            if not line:
                return
            self.output += line

    def stall(self) -> None:
        self.reading.clear()

    def resume(self) -> None:
        self.reading.set()


async def test_sigterm_stops_a_flooded_bot_with_a_full_log_pipe(
    world: World, fake: FakeDiscord, tmp_path: Path, sqlite_template: Path
) -> None:
    db_file, url = await seeded_for_a_process(fake, sqlite_template, tmp_path)
    players = [fake.add_user(f"p{n}") for n in range(FLOOD)]

    # DEBUG: discord.py logs every gateway event, so a stalled reader fills the pipe fast.
    proc = StallableBot(fake, ("run",), env=bot_env(fake, url, LOG_LEVEL="DEBUG"), cwd=tmp_path)
    await proc.start()
    try:
        await proc.wait_connected(timeout=60)
        start = await fake.slash(
            world.alice, "quiz start", channel=world.quiz, questions=1, seconds=60
        )
        assert "Quiz starting" in (await start.reply(timeout=15)).text
        event = await fake.wait_for(
            "message", lambda e: e.message.embed is not None
            and e.message.embed.get("title") == "Question 1 of 1", timeout=15,
        )  # fmt: skip
        question = event.message
        label = question.buttons[0]["label"]
        for _ in range(50):  # the round opens a moment after the message is posted
            first = await (await fake.click(world.bob, question, label)).reply(timeout=15)
            if "closed" not in first.text:
                break
            await asyncio.sleep(0.05)
        assert "Locked in" in first.text, first.text

        # Half the flood with the log read (some of it answered), then stop reading.
        # The first few one at a time, each answered before the next: at DEBUG a burst of
        # 200 can keep every reply past the fake's 3-s window on a slow machine, and the
        # test needs players told "Locked in" before the pipe fills.
        clicks = []
        for user in players[:PACED]:
            clicks.append(await fake.click(user, question, label))
            await clicks[-1].reply(timeout=15)
        assert sum(ix.initial is not None for ix in clicks) == PACED
        clicks += [await fake.click(user, question, label) for user in players[PACED : FLOOD // 2]]
        proc.stall()
        clicks += [await fake.click(user, question, label) for user in players[FLOOD // 2 :]]
        await asyncio.sleep(1.0)  # the bot works through some, then blocks on its log
        proc.proc.send_signal(signal.SIGTERM)
        began = time.monotonic()
        # Output is still not read: asyncio's proc.wait() would wait for the pipe's EOF,
        # so watch for the exit itself (the returncode is set when the child is reaped).
        deadline = began + SHUTDOWN_DEADLINE_SECONDS + 5
        while proc.proc.returncode is None and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.1)
        took = time.monotonic() - began
        code = proc.proc.returncode
    finally:
        proc.resume()  # read to EOF, so the exit (or the kill below) can be awaited
        if proc.proc.returncode is None:
            proc.proc.kill()
        await proc.wait(timeout=30)
    assert code is not None, "still running after the deadline"
    assert code in (0, -signal.SIGALRM), code  # clean, the timer, or the kernel's alarm
    assert took < SHUTDOWN_DEADLINE_SECONDS + 5, f"exited {took:.1f} s after SIGTERM"

    told = {world.bob.id}
    for ix in clicks:
        texts = [m.text for m in [*ix.followups, ix.original] if m is not None]
        if ix.initial is not None and ix.initial.type == 4:
            texts.append(str(ix.initial.data.get("content") or ""))
        if any("Locked in" in text for text in texts):
            told.add(ix.user.id)
    assert len(told) > 1, "no click was answered before the pipe filled"
    stored = {u for (u,) in rows(db_file, "SELECT user_id FROM answers")}
    assert told <= stored, sorted(told - stored)

# ruff: noqa: ASYNC109  (waits take timeout=, like discord.py's own wait_for)
"""Running a bot against the fake: in this process (a task) or in a subprocess (launch.py)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

from tests.fakediscord.server import FakeDiscord

ROOT = Path(__file__).resolve().parents[2]


@contextlib.asynccontextmanager
async def running_client(
    fake: FakeDiscord, client: Any, *, sessions: int = 1, timeout: float = 15.0
) -> AsyncIterator[Any]:
    """Start a discord.py client (already pointed at the fake) and wait until its gateway
    session(s) are identified; close it on exit. A client that dies early fails at once."""
    task = asyncio.create_task(client.start(fake.token), name="bot")
    connected = asyncio.create_task(fake.wait_connected(sessions=sessions, timeout=timeout))
    done, _ = await asyncio.wait({task, connected}, return_when=asyncio.FIRST_COMPLETED)
    if task in done:
        connected.cancel()
        task.result()  # raises what killed the client
        raise RuntimeError("the client stopped before connecting")
    await connected
    try:
        yield client
    finally:
        await client.close()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, 10)


def bot_env(fake: FakeDiscord, database_url: str, **extra: str) -> dict[str, str]:
    """Environment for `python -m bot` against the fake: fake token, given database."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "DATABASE_"))}
    env.update(
        DISCORD_TOKEN=fake.token,
        DATABASE_URL=database_url,
        SEEDS_DIR=str(ROOT / "seeds"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


class BotProcess:
    """`python -m tests.fakediscord.launch --rest ... --gateway ... -- <bot args>`."""

    def __init__(
        self,
        fake: FakeDiscord,
        bot_args: Sequence[str] = ("run",),
        *,
        env: dict[str, str],
        cwd: Path,
        module: str = "tests.fakediscord.launch",
    ) -> None:
        self.fake = fake
        self.command = [
            sys.executable,
            "-m",
            module,
            "--rest",
            fake.rest_url,
            "--gateway",
            fake.gateway_url,
            "--",
            *bot_args,
        ]
        self.env = env
        self.cwd = cwd
        self.proc: asyncio.subprocess.Process | None = None
        self.output = bytearray()  # amortised appends: a chatty bot must not slow the reader

    async def start(self) -> BotProcess:
        self.proc = await asyncio.create_subprocess_exec(
            *self.command,
            env=self.env,
            cwd=self.cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        self._reader = asyncio.create_task(self._read())
        return self

    async def _read(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        async for line in self.proc.stdout:
            self.output += line

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    async def wait_connected(self, sessions: int = 1, timeout: float = 30.0) -> None:
        waiter = asyncio.create_task(self.fake.wait_connected(sessions=sessions, timeout=timeout))
        assert self.proc is not None
        exited = asyncio.create_task(self.proc.wait())
        done, _ = await asyncio.wait({waiter, exited}, return_when=asyncio.FIRST_COMPLETED)
        if exited in done:
            waiter.cancel()
            await self._reader
            raise RuntimeError(
                f"bot exited with {self.proc.returncode} before connecting:\n{self.text}"
            )
        exited.cancel()
        await waiter

    async def stop(self, sig: int = signal.SIGTERM, timeout: float = 20.0) -> int:
        """Send `sig` and wait for the exit code (kills after `timeout`)."""
        assert self.proc is not None
        if self.proc.returncode is None:
            self.proc.send_signal(sig)
        try:
            code = await asyncio.wait_for(self.proc.wait(), timeout)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()
            raise
        await self._reader
        return code

    async def wait(self, timeout: float = 30.0) -> int:
        assert self.proc is not None
        code = await asyncio.wait_for(self.proc.wait(), timeout)
        await self._reader
        return code

    @property
    def text(self) -> str:
        return self.output.decode(errors="replace")

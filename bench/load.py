"""Load benchmark: quizzes in many guilds at once against the fake Discord.

    .venv/bin/python bench/load.py --json [--guilds 200] [--players 5] [--rate 1000]
        [--duration 10] [--processes 1]

The fake runs in this process; the bot runs in separate process(es), pointed at the fake
only through discord.py's base URLs. One guild per quiz: `/quiz start`, then players
click answer buttons at the offered rate (`--rate` interactions per second, round-robin
over guilds and players). Measured per interaction: latency from INTERACTION_CREATE sent
on the socket to the interaction callback received (p50, p99); lost = interactions with
no callback by the end. peak_rss_mb is the bot process(es)' peak RSS (summed over
processes), sampled with psutil.

The floor (tests/fakediscord/floorbot.py: a bare discord.py bot that only acknowledges)
is measured in the same run with the same load. The "ours" side needs the quiz driver
(real answers recorded in the database); until it is wired, ours is reported as not
measured (null figures and an `ours` note), never as the floor's numbers.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402

from tests.fakediscord import FakeDiscord  # noqa: E402
from tests.fakediscord.harness import BotProcess, bot_env  # noqa: E402
from tests.fakediscord.model import Interaction, Message, User  # noqa: E402

GRACE_S = 3.0  # after the last click, how long a callback may still arrive


@dataclass
class Run:
    quizzes: int
    interactions: int
    interactions_per_s: float
    p50_ms: float | None
    p99_ms: float | None
    lost: int
    peak_rss_mb: float


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=1000, method="inclusive")[int(q * 1000) - 1]


class RssSampler:
    def __init__(self, pids: list[int]) -> None:
        self.procs = [psutil.Process(pid) for pid in pids]
        self.peak = 0
        self._task: asyncio.Task[None] | None = None

    def sample(self) -> None:
        total = 0
        for proc in self.procs:
            with contextlib.suppress(psutil.Error):  # a process that just exited
                total += proc.memory_info().rss
        self.peak = max(self.peak, total)

    async def _run(self) -> None:
        while True:
            self.sample()
            await asyncio.sleep(0.1)

    def __enter__(self) -> RssSampler:
        self._task = asyncio.get_running_loop().create_task(self._run())
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()
        self.sample()


async def offer_load(
    fake: FakeDiscord,
    targets: list[tuple[User, Message]],
    *,
    rate: float,
    duration: float,
) -> tuple[list[Interaction], float]:
    """Click at `rate` per second for `duration` seconds; returns the interactions sent
    and the seconds it actually took to offer them."""
    sent: list[Interaction] = []
    total = int(rate * duration)
    labels = [b["label"] for b in targets[0][1].buttons]
    rng = random.Random(7)
    start = time.perf_counter()
    index = 0
    while index < total:
        due = min(total, int((time.perf_counter() - start) * rate) + 1)
        while index < due:
            user, message = targets[index % len(targets)]
            sent.append(await fake.click(user, message, rng.choice(labels)))
            index += 1
        await asyncio.sleep(0.001)
    return sent, time.perf_counter() - start


async def measure_floor(args: argparse.Namespace, workdir: Path) -> Run:
    fake = FakeDiscord(recommended_shards=1)
    fake.keep_events = False  # the load is measured from the interactions themselves
    await fake.start()
    procs: list[BotProcess] = []
    try:
        guilds = [
            fake.add_guild(f"guild-{n}", shard=(n % args.processes, args.processes))
            if args.processes > 1
            else fake.add_guild(f"guild-{n}")
            for n in range(args.guilds)
        ]
        channels = [g.add_channel("quiz") for g in guilds]
        players = [
            [fake.add_user(f"p{g}-{n}", guilds=[guild]) for n in range(args.players)]
            for g, guild in enumerate(guilds)
        ]
        env = bot_env(fake, "sqlite+aiosqlite:///unused.db")
        for shard in range(args.processes):
            extra = ["--shards", str(shard), "--shard-count", str(args.processes)]
            procs.append(
                BotProcess(
                    fake,
                    ["run", *(extra if args.processes > 1 else [])],
                    env=env,
                    cwd=workdir,
                    module="tests.fakediscord.floorbot",
                )
            )
        for proc in procs:
            await proc.start()
        await procs[0].wait_connected(sessions=args.processes, timeout=120)
        await fake.wait_until(lambda: fake.commands.get(None), timeout=30, what="command sync")

        with RssSampler([p.pid for p in procs]) as rss:
            quiz_messages = []
            for guild_players, channel in zip(players, channels, strict=True):
                ix = await fake.slash(guild_players[0], "quiz start", channel=channel)
                quiz_messages.append(await ix.reply(timeout=30))
            targets = [
                (user, quiz_messages[g])
                for n in range(args.players)
                for g, guild_players in enumerate(players)
                for user in [guild_players[n]]
            ]
            if args.warmup > 0:
                warm, _ = await offer_load(fake, targets, rate=args.rate, duration=args.warmup)
                await _settle(fake, warm, GRACE_S)
            sent, took = await offer_load(fake, targets, rate=args.rate, duration=args.duration)
            await _settle(fake, sent, GRACE_S)
        answered = [ix for ix in sent if ix.initial is not None and ix.sent_at is not None]
        latencies = [(ix.initial.at - ix.sent_at) * 1000 for ix in answered]  # type: ignore[union-attr, operator]
        done_at = max((ix.initial.at for ix in answered), default=time.perf_counter())  # type: ignore[union-attr]
        first = min((ix.sent_at for ix in sent if ix.sent_at), default=done_at)
        span = max(took, done_at - first)
        return Run(
            quizzes=len(quiz_messages),
            interactions=len(sent),
            interactions_per_s=round(len(answered) / span, 1) if span else 0.0,
            p50_ms=_round(percentile(latencies, 0.5)),
            p99_ms=_round(percentile(latencies, 0.99)),
            lost=len(sent) - len(answered),
            peak_rss_mb=round(rss.peak / 2**20, 1),
        )
    finally:
        for proc in procs:
            await proc.stop()
        await fake.close()


async def _settle(fake: FakeDiscord, sent: list[Interaction], grace: float) -> None:
    """Wait up to `grace` seconds for the callbacks still missing."""
    pending = [ix for ix in sent if ix.initial is None]

    def all_answered() -> bool:
        nonlocal pending
        pending = [ix for ix in pending if ix.initial is None]
        return not pending

    with contextlib.suppress(TimeoutError):
        await fake.wait_until(all_answered, timeout=grace, what="callbacks")


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def ours_status() -> str:
    if not (ROOT / "bot" / "cogs" / "quiz.py").exists():
        return "not measured: the quiz cog (bot/cogs/quiz.py) does not exist yet"
    return (
        "not measured: the quiz cog exists, but this benchmark's quiz driver (real answer "
        "clicks recorded in the database) is not wired yet"
    )


async def main_async(args: argparse.Namespace) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="fan-trivia-load-") as tmp:
        floor = await measure_floor(args, Path(tmp))
    return {
        # Ours: not measured until the quiz driver is wired (never the floor's figures).
        "quizzes": None,
        "interactions": None,
        "interactions_per_s": None,
        "p50_ms": None,
        "p99_ms": None,
        "floor_p50_ms": floor.p50_ms,
        "floor_ratio": None,
        "lost": None,
        "peak_rss_mb": None,
        "ours": ours_status(),
        "floor": asdict(floor),
        "config": {
            "guilds": args.guilds,
            "players": args.players,
            "rate": args.rate,
            "duration": args.duration,
            "warmup": args.warmup,
            "processes": args.processes,
        },
    }


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--guilds", type=int, default=200, help="concurrent quizzes")
    parser.add_argument("--players", type=int, default=5, help="players per quiz")
    parser.add_argument("--rate", type=float, default=1000, help="interactions per second")
    parser.add_argument("--duration", type=float, default=10, help="seconds of load")
    parser.add_argument("--warmup", type=float, default=1, help="seconds of unmeasured load")
    parser.add_argument("--processes", type=int, default=1, help="bot processes (shards)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    result = asyncio.run(main_async(args))
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

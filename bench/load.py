"""Load benchmark: quizzes in many guilds at once against the fake Discord.

    .venv/bin/python bench/load.py --json [--guilds 200] [--players 60] [--rate 1000]
        [--duration 10] [--warmup 1] [--processes 1] [--database-url URL]

The fake runs in this process; the bots run in separate processes, pointed at the fake
only through discord.py's base URLs (tests/fakediscord/launch.py). Both bots are measured
in the same run, on the same fake, with the same guilds, players and offered load:

- the floor (tests/fakediscord/floorbot.py): a bare discord.py bot whose buttons only
  acknowledge (deferred update);
- ours: `python -m bot run` on a database seeded with real questions (the seed articles
  ingested by `python -m bot ingest`, or `--seed fixed`: six stored questions, no spaCy).
  Every guild runs `/quiz start` (buttons mode, one question) in its #quiz channel; then
  players click the question's answer buttons at the offered rate. Click i goes to guild
  i mod N and its player (i div N) mod M, so with guilds x players >= clicks every click
  is a player's first answer: a database transaction (answer row, first-correct claim,
  score upserts) before the bot says "Locked in". Afterwards each host runs `/quiz skip`
  (reveal and podium), and the answers stored in the database are checked against the
  clicks acknowledged as locked in.

Measured per interaction: latency from INTERACTION_CREATE written on the socket to the
interaction callback received by the fake (p50, p99); lost = interactions with no
callback within GRACE_S after the last click. peak_rss_mb is the bot processes' peak
RSS, summed, sampled with psutil every 0.1 s. floor_ratio = our p50 / the floor's p50.

`--processes 2` runs each bot as two processes (shards 0 and 1 of 2; guilds alternate
between shards). Ours then needs PostgreSQL (SQLite allows one writer process): the bench
creates a throwaway database on the server of `--database-url` or TEST_DATABASE_URL
(`bash scripts/with-postgres.sh .venv/bin/python bench/load.py --processes 2 --json`)
and drops it afterwards. One process uses a temporary SQLite file.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402

from tests.fakediscord import FakeDiscord  # noqa: E402
from tests.fakediscord.harness import BotProcess, bot_env  # noqa: E402
from tests.fakediscord.model import Channel, Guild, Interaction, Message, User  # noqa: E402

GRACE_S = 3.0  # after the last click, how long a callback may still arrive
START_CONCURRENCY = 16  # /quiz start commands in flight at once while setting up
END_TIMEOUT_S = 30.0  # how long the skips and podiums after the load may take
ANSWER_PREFIX = "quiz:answer:"
SEED_ARTICLES = [ROOT / "seeds", ROOT / "tests" / "data" / "articles"]


@dataclass
class Run:
    quizzes: int
    interactions: int
    interactions_per_s: float
    p50_ms: float | None
    p99_ms: float | None
    lost: int
    peak_rss_mb: float
    late: int = 0  # callbacks the fake refused as past the 3-second deadline
    cpu_s: dict[str, float] = field(default_factory=dict)  # during the measured load
    replies: dict[str, int] = field(default_factory=dict)  # what the clicks were told


@dataclass
class World:
    guilds: list[Guild]
    channels: list[Channel]
    players: list[list[User]]  # per guild

    def targets(self, messages: list[Message]) -> list[tuple[User, Message]]:
        """(player, question) in click order: every guild's player 0, then player 1..."""
        return [
            (guild_players[n], messages[g])
            for n in range(len(self.players[0]))
            for g, guild_players in enumerate(self.players)
        ]


_T0 = time.perf_counter()


def progress(text: str) -> None:
    """A timestamped line on stderr, so a long run shows where it is."""
    print(f"[{time.perf_counter() - _T0:6.1f}s] {text}", file=sys.stderr, flush=True)


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=1000, method="inclusive")[int(q * 1000) - 1]


class CpuMeter:
    """CPU seconds used by the bot processes and by this one (the fake and the load
    generator) between enter and exit: which side of the test is saturated."""

    def __init__(self, pids: list[int]) -> None:
        self.procs = [psutil.Process(pid) for pid in pids]
        self.me = psutil.Process()
        self.bot_s = self.fake_s = 0.0

    @staticmethod
    def _used(proc: psutil.Process) -> float:
        with contextlib.suppress(psutil.Error):
            times = proc.cpu_times()
            return times.user + times.system
        return 0.0

    def __enter__(self) -> CpuMeter:
        self._bot = sum(self._used(p) for p in self.procs)
        self._fake = self._used(self.me)
        return self

    def __exit__(self, *exc: object) -> None:
        self.bot_s = round(sum(self._used(p) for p in self.procs) - self._bot, 2)
        self.fake_s = round(self._used(self.me) - self._fake, 2)


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


def build_world(fake: FakeDiscord, args: argparse.Namespace) -> World:
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
    return World(guilds, channels, players)


async def offer_load(
    fake: FakeDiscord,
    targets: list[tuple[User, Message]],
    *,
    rate: float,
    duration: float,
    start_at: int = 0,
    seed: int = 7,
) -> tuple[list[Interaction], float]:
    """Click at `rate` per second for `duration` seconds, walking `targets` from
    `start_at`; each click picks one of the message's buttons at random. Returns the
    interactions sent and the seconds it actually took to offer them."""
    sent: list[Interaction] = []
    total = int(rate * duration)
    rng = random.Random(seed)
    start = time.perf_counter()
    index = 0
    # An overloaded fake (this process) cannot offer the rate; stop at the deadline
    # anyway, so `interactions` says what was really offered.
    while index < total and time.perf_counter() - start < duration:
        due = min(total, int((time.perf_counter() - start) * rate) + 1)
        while index < due:
            user, message = targets[(start_at + index) % len(targets)]
            button = rng.choice(message.buttons)
            sent.append(await fake.click(user, message, custom_id=button["custom_id"]))
            index += 1
        await asyncio.sleep(0.001)
    return sent, time.perf_counter() - start


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


def summarise(
    quizzes: int, sent: list[Interaction], took: float, peak_rss: int, late: int
) -> Run:
    answered = [ix for ix in sent if ix.initial is not None and ix.sent_at is not None]
    latencies = [(ix.initial.at - ix.sent_at) * 1000 for ix in answered]  # type: ignore[union-attr, operator]
    done_at = max((ix.initial.at for ix in answered), default=time.perf_counter())  # type: ignore[union-attr]
    first = min((ix.sent_at for ix in sent if ix.sent_at), default=done_at)
    span = max(took, done_at - first)
    return Run(
        quizzes=quizzes,
        interactions=len(sent),
        interactions_per_s=round(len(answered) / span, 1) if span else 0.0,
        p50_ms=_round(percentile(latencies, 0.5)),
        p99_ms=_round(percentile(latencies, 0.99)),
        lost=len(sent) - len(answered),
        peak_rss_mb=round(peak_rss / 2**20, 1),
        late=late,
    )


@contextlib.asynccontextmanager
async def bot_processes(
    fake: FakeDiscord,
    args: argparse.Namespace,
    *,
    env: dict[str, str],
    cwd: Path,
    module: str,
) -> AsyncIterator[list[BotProcess]]:
    """Start the bot as `args.processes` shard processes; stop them (SIGTERM) on exit."""
    procs: list[BotProcess] = []
    for shard in range(args.processes):
        extra = ["--shards", str(shard), "--shard-count", str(args.processes)]
        procs.append(
            BotProcess(
                fake,
                ["run", *(extra if args.processes > 1 else [])],
                env=env,
                cwd=cwd,
                module=module,
            )
        )
    if module == "tests.fakediscord.launch" and getattr(args, "profile", None):
        for n, proc in enumerate(procs):  # python -m cProfile -o FILE -m launch ...
            proc.command[1:1] = ["-m", "cProfile", "-o", f"{args.profile}.{n}"]
    try:
        for proc in procs:
            await proc.start()
        await procs[0].wait_connected(sessions=args.processes, timeout=120)
        yield procs
    finally:
        for proc in procs:
            if proc.proc is not None:
                with contextlib.suppress(TimeoutError):
                    await proc.stop()


async def measure_floor(
    fake: FakeDiscord, world: World, args: argparse.Namespace, workdir: Path
) -> Run:
    fake.commands.pop(None, None)  # the floor syncs its own /quiz
    env = bot_env(fake, "sqlite+aiosqlite:///unused.db")
    async with bot_processes(
        fake, args, env=env, cwd=workdir, module="tests.fakediscord.floorbot"
    ) as procs:
        await fake.wait_until(lambda: fake.commands.get(None), timeout=30, what="command sync")
        progress("floor: connected")
        with RssSampler([p.pid for p in procs]) as rss:
            messages = []
            for guild_players, channel in zip(world.players, world.channels, strict=True):
                ix = await fake.slash(guild_players[0], "quiz start", channel=channel)
                messages.append(await ix.reply(timeout=30))
            targets = world.targets(messages)
            late_before = len(fake.violations)
            progress(f"floor: {len(messages)} quizzes started; clicking")
            if args.warmup > 0:
                warm, _ = await offer_load(fake, targets, rate=args.rate, duration=args.warmup)
                await _settle(fake, warm, GRACE_S)
            with CpuMeter([p.pid for p in procs]) as cpu:
                sent, took = await offer_load(
                    fake, targets, rate=args.rate, duration=args.duration
                )
                await _settle(fake, sent, GRACE_S)
        run = summarise(len(messages), sent, took, rss.peak, len(fake.violations) - late_before)
        run.cpu_s = {"bot": cpu.bot_s, "fake_and_load": cpu.fake_s}
        return run


# ---------------------------------------------------------------- ours: the database


def _pg_admin_dsn(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql", database="postgres").render_as_string(
        hide_password=False
    )


async def _pg_execute(url: str, statement: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(_pg_admin_dsn(url))
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


@contextlib.asynccontextmanager
async def bench_database(args: argparse.Namespace, workdir: Path) -> AsyncIterator[str]:
    """A fresh, migrated database for our bot: SQLite for one process, a throwaway
    PostgreSQL database (created on the given server, dropped after) for several."""
    from sqlalchemy.engine import make_url

    from bot.db.migrate import upgrade

    server = args.database_url or os.environ.get("TEST_DATABASE_URL")
    if args.processes == 1 and not args.database_url:
        url = f"sqlite+aiosqlite:///{workdir / 'load.db'}"
        await asyncio.to_thread(upgrade, url)
        yield url
        return
    if not server:
        raise SystemExit(
            "--processes 2 needs PostgreSQL (SQLite allows one writer process): pass "
            "--database-url postgresql+asyncpg://... or run under scripts/with-postgres.sh"
        )
    name = f"ft_load_{uuid.uuid4().hex[:10]}"
    await _pg_execute(server, f"CREATE DATABASE {name}")
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        await asyncio.to_thread(upgrade, url)
        yield url
    finally:
        await _pg_execute(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


async def seed_database(url: str, args: argparse.Namespace, workdir: Path) -> int:
    """Store questions for every guild (guild 0); returns how many there are."""
    if args.seed == "ingest":
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "DATABASE_"))}
        env.update(DATABASE_URL=url, SEEDS_DIR=str(ROOT / "seeds"), PYTHONPATH=str(ROOT))
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "ingest", *map(str, SEED_ARTICLES),
            env=env, cwd=workdir, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )  # fmt: skip
        out, _ = await proc.communicate()
        if proc.returncode != 0:
            raise RuntimeError(f"ingest failed ({proc.returncode}):\n{out.decode()[-2000:]}")
    else:
        from bot.db.engine import open_database
        from bot.db.repos import articles as article_repo
        from tests.e2e.botworld import SEED_ARTICLE, seed_questions

        db = open_database(url)
        try:
            await article_repo.add_article(
                db, SEED_ARTICLE, guild_id=0, questions=seed_questions()
            )
        finally:
            await db.close()
    return (await db_counts(url))["questions"]


async def db_counts(url: str) -> dict[str, int]:
    from sqlalchemy import text

    from bot.db.engine import open_database

    db = open_database(url)
    try:
        async with db.engine.connect() as conn:
            return {
                "questions": await conn.scalar(text("SELECT count(*) FROM questions")),
                "answers": await conn.scalar(text("SELECT count(*) FROM answers")),
                "finished": await conn.scalar(
                    text("SELECT count(*) FROM quiz_sessions WHERE state = 'finished'")
                ),
            }
    finally:
        await db.close()


async def stored_answers(url: str) -> Counter[tuple[int, int]]:
    """(guild, user) -> answers stored."""
    from sqlalchemy import text

    from bot.db.engine import open_database

    db = open_database(url)
    try:
        async with db.engine.connect() as conn:
            rows = await conn.execute(text("SELECT guild_id, user_id FROM answers"))
            return Counter((int(g), int(u)) for g, u in rows)
    finally:
        await db.close()


async def command_payload(workdir: Path, env: dict[str, str]) -> list[dict[str, object]]:
    """What `python -m bot sync` would send: `python -m bot commands --json`."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "commands", "--json",
        env=env, cwd=workdir, stdout=subprocess.PIPE,
    )  # fmt: skip
    out, _ = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"python -m bot commands --json exited with {proc.returncode}")
    return json.loads(out)


# ---------------------------------------------------------------- ours: the quizzes


def open_question(channel: Channel) -> Message | None:
    """The channel's latest question whose answer buttons are still enabled."""
    for message in reversed(channel.messages):
        buttons = message.buttons
        if buttons and buttons[0].get("custom_id", "").startswith(ANSWER_PREFIX):
            return None if buttons[0].get("disabled") else message
    return None


def has_podium(channel: Channel) -> bool:
    return any(
        (m.embed or {}).get("title", "").startswith("🏆 Quiz") for m in channel.messages[-5:]
    )


async def _limited(coros: list, limit: int) -> list:
    gate = asyncio.Semaphore(limit)

    async def one(coro):
        try:
            async with gate:
                return await coro
        finally:
            coro.close()  # cancelled before it started: no "never awaited" warning

    return await asyncio.gather(*(one(c) for c in coros))


def reply_text(ix: Interaction) -> str:
    """What the bot finally told the clicker (its message, or the follow-up after a defer)."""
    if ix.initial is not None and ix.initial.type == 4:
        return str(ix.initial.data.get("content") or "")
    for message in [*ix.followups, ix.original]:
        if message is not None and not message.loading:
            return message.text
    return ""


def classify(text: str) -> str:
    for key, marker in (
        ("locked_in", "Locked in"),
        ("already_answered", "already answered"),
        ("closed", "question is closed"),
        ("not_recorded", "could not be recorded"),
    ):
        if marker in text:
            return key
    return "none" if not text else "other"


async def measure_ours(
    fake: FakeDiscord, world: World, args: argparse.Namespace, workdir: Path
) -> tuple[Run, dict[str, object]]:
    async with bench_database(args, workdir) as url:
        progress(f"ours: database ready; seeding ({args.seed})")
        questions = await seed_database(url, args, workdir)
        progress(f"ours: {questions} questions stored; starting the bot")
        env = bot_env(fake, url, LOG_LEVEL="WARNING")
        fake.set_commands(await command_payload(workdir, env))
        # One question, open for the whole load (the timer starts once it is posted);
        # the hosts skip it afterwards.
        seconds = max(10, min(120, math.ceil(args.warmup + args.duration + 15)))
        async with bot_processes(
            fake, args, env=env, cwd=workdir, module="tests.fakediscord.launch"
        ) as procs:
            progress("ours: connected; starting quizzes")
            with RssSampler([p.pid for p in procs]) as rss:

                async def start(host: User, channel: Channel) -> str:
                    ix = await fake.slash(
                        host, "quiz start", channel=channel, questions=1, mode="buttons",
                        seconds=seconds,
                    )  # fmt: skip
                    return (await ix.reply(timeout=30)).text

                # Set-up, not measured: at most START_CONCURRENCY starts in flight.
                for text in await _limited(
                    [start(p[0], c) for p, c in zip(world.players, world.channels, strict=True)],
                    START_CONCURRENCY,
                ):
                    if "Quiz starting" not in text:
                        raise RuntimeError(f"/quiz start was answered with {text!r}")
                messages = await fake.wait_until(
                    lambda: (
                        found := [open_question(c) for c in world.channels]
                    ) and all(found) and found,
                    timeout=60,
                    what="every quiz's first question",
                )
                targets = world.targets(messages)
                late_before = len(fake.violations)
                progress(f"ours: {len(messages)} questions open; clicking")
                warm: list[Interaction] = []
                if args.warmup > 0:
                    warm, _ = await offer_load(
                        fake, targets, rate=args.rate, duration=args.warmup
                    )
                    await _settle(fake, warm, GRACE_S)
                with CpuMeter([p.pid for p in procs]) as cpu:
                    sent, took = await offer_load(
                        fake, targets, rate=args.rate, duration=args.duration,
                        start_at=len(warm),
                    )  # fmt: skip
                    await _settle(fake, sent, GRACE_S)
                late = len(fake.violations) - late_before
                run = summarise(len(messages), sent, took, rss.peak, late)
                run.cpu_s = {"bot": cpu.bot_s, "fake_and_load": cpu.fake_s}
                progress(f"ours: load done ({asdict(run)}); skipping to the podiums")
                # Wait for the replies that came as follow-ups after a defer, then end.
                clicks = warm + sent
                await asyncio.sleep(0.5)

                async def skip(host: User, channel: Channel) -> bool:
                    ix = await fake.slash(host, "quiz skip", channel=channel)
                    with contextlib.suppress(TimeoutError):
                        return "skipped" in (await ix.reply(timeout=30)).text
                    return False

                # An overloaded bot may never get there: bound the wait, report what came.
                skips = asyncio.ensure_future(
                    _limited(
                        [
                            skip(p[0], c)
                            for p, c in zip(world.players, world.channels, strict=True)
                        ],
                        START_CONCURRENCY,
                    )
                )
                await asyncio.wait({skips}, timeout=END_TIMEOUT_S)
                skipped = sum(skips.result()) if skips.done() else -1  # -1: not all came
                skips.cancel()
                with contextlib.suppress(TimeoutError):
                    await fake.wait_until(
                        lambda: all(has_podium(c) for c in world.channels),
                        timeout=END_TIMEOUT_S,
                        what="every podium",
                    )
                run.peak_rss_mb = round(rss.peak / 2**20, 1)
                progress("ours: podiums posted; stopping the bot")
        replies = Counter(classify(reply_text(ix)) for ix in clicks)
        run.replies = dict(replies)
        locked = Counter(
            (ix.guild.id, ix.user.id) for ix in clicks if classify(reply_text(ix)) == "locked_in"
        )
        stored = await stored_answers(url)
        counts = await db_counts(url)
    check = {
        "answers_stored": sum(stored.values()),
        "clicks_locked_in": sum(locked.values()),
        "stored_equals_locked_in": stored == locked,
        "first_answers_offered": min(len(clicks), args.guilds * args.players),
        "quizzes_finished": counts["finished"],
        "podiums_posted": sum(has_podium(c) for c in world.channels),
        "skips_answered": skipped,
        "questions_in_bank": questions,
        "quiz_seconds": seconds,
        "bot_exit_codes": [p.proc.returncode for p in procs if p.proc is not None],
    }
    return run, check


async def main_async(args: argparse.Namespace) -> dict[str, object]:
    fake = FakeDiscord(recommended_shards=1)
    fake.keep_events = False  # the load is measured from the interactions themselves
    await fake.start()
    try:
        world = build_world(fake, args)
        with tempfile.TemporaryDirectory(prefix="fan-trivia-load-") as tmp:
            floor = await measure_floor(fake, world, args, Path(tmp))
            ours, check = await measure_ours(fake, world, args, Path(tmp))
    finally:
        await fake.close()
    ratio = (
        round(ours.p50_ms / floor.p50_ms, 2)
        if ours.p50_ms is not None and floor.p50_ms
        else None
    )
    return {
        "quizzes": ours.quizzes,
        "interactions": ours.interactions,
        "interactions_per_s": ours.interactions_per_s,
        "p50_ms": ours.p50_ms,
        "p99_ms": ours.p99_ms,
        "floor_p50_ms": floor.p50_ms,
        "floor_ratio": ratio,
        "lost": ours.lost,
        "peak_rss_mb": ours.peak_rss_mb,
        "late": ours.late,
        "cpu_s": ours.cpu_s,
        "replies": ours.replies,
        "check": check,
        "floor": asdict(floor),
        "config": {
            "guilds": args.guilds,
            "players": args.players,
            "rate": args.rate,
            "duration": args.duration,
            "warmup": args.warmup,
            "processes": args.processes,
            "seed": args.seed,
            "database": "postgresql" if args.processes > 1 or args.database_url else "sqlite",
            "cpus": os.cpu_count(),
            "load_average": [round(x, 2) for x in os.getloadavg()],
        },
    }


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--guilds", type=int, default=200, help="concurrent quizzes")
    parser.add_argument("--players", type=int, default=60, help="players per quiz")
    parser.add_argument("--rate", type=float, default=1000, help="interactions per second")
    parser.add_argument("--duration", type=float, default=10, help="seconds of load")
    parser.add_argument("--warmup", type=float, default=1, help="seconds of unmeasured load")
    parser.add_argument("--processes", type=int, default=1, help="bot processes (shards)")
    parser.add_argument(
        "--database-url",
        help="PostgreSQL server for our bot (a throwaway database is created on it); "
        "default TEST_DATABASE_URL with --processes 2, else a temporary SQLite file",
    )
    parser.add_argument(
        "--seed",
        choices=["ingest", "fixed"],
        default="ingest",
        help="questions: ingest the seed articles (spaCy), or six fixed questions",
    )
    parser.add_argument(
        "--profile", metavar="FILE",
        help="cProfile our bot: FILE.N per process, written when it exits cleanly",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    result = asyncio.run(main_async(args))
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    check = result["check"]
    return 0 if isinstance(check, dict) and check["stored_equals_locked_in"] else 1


if __name__ == "__main__":
    sys.exit(main())

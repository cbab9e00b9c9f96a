"""Leaderboards and answers at scale: `python bench/leaderboard.py [--rows N] [--json]`.

Fills a fresh database (a SQLite file in a temporary folder by default, or the empty
PostgreSQL database given with `--url`) with N answers (default 1,000,000) from N/10
players in N/1000 guilds, in bulk: the answers, rounds, sessions and the score rows
they add up to (per guild, global, weekly) go in with executemany / COPY. Then it
measures, through our repository functions:

- top10: `scores.top_players(db, guild)` for random guilds (p50, p99 ms)
- rank: `scores.player_rank(db, guild, user)` for random players (p99)
- weekly top10: `scores.weekly_top(db, guild)` for this week (p99)
- record_answer: `quizzes.record_answer(...)` into open rounds (p99)
- raw_ratio: median time of our top-10 call over the median time of the same query
  written by hand and run on the bare driver (the `sqlite3` module on the same file;
  asyncpg with `--url`), measured interleaved in the same run.

`--json` prints exactly: rows, top10_p50_ms, top10_p99_ms, rank_p99_ms,
weekly_top10_p99_ms, record_answer_p99_ms, raw_ratio. Without it, a table with a few
more figures (the global board's rank, fill time) is printed.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.db.engine import open_database  # noqa: E402
from bot.db.migrate import upgrade  # noqa: E402
from bot.db.models import GLOBAL  # noqa: E402
from bot.db.repos import quizzes, scores  # noqa: E402
from bot.db.repos._base import week_start  # noqa: E402

ANSWERS_PER_ROUND = 10
ROUNDS_PER_SESSION = 10
GUILD_BASE = 10**15  # Discord-sized ids
USER_BASE = 10**16
WEEKS = 8  # answers are spread over the last 8 weeks

RAW_TOP10 = (
    "SELECT ps.user_id, p.display_name, ps.points, ps.correct, ps.answered, ps.best_streak "
    "FROM player_stats AS ps LEFT OUTER JOIN players AS p ON p.user_id = ps.user_id "
    "WHERE ps.guild_id = {p1} ORDER BY ps.points DESC, ps.reached_at, ps.user_id "
    "LIMIT {p2} OFFSET {p3}"
)


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


# ---------------------------------------------------------------- the data


class Data:
    """Rows to load, generated from a seeded RNG (same figures on every run)."""

    def __init__(self, rows: int, seed: int = 7) -> None:
        rng = random.Random(seed)
        self.rows = rows
        self.guilds = max(1, rows // 1000)
        self.players = max(ANSWERS_PER_ROUND, rows // 10)
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        start = now - dt.timedelta(weeks=WEEKS)
        span = int((now - start).total_seconds())
        rounds_total = rows // ANSWERS_PER_ROUND
        self.sessions: list[tuple] = []
        self.rounds: list[tuple] = []
        self.answers: list[tuple] = []
        stats: dict[tuple[int, int], list] = {}
        weekly: dict[tuple[int, dt.date, int], list] = defaultdict(lambda: [0, None])
        members = self.players // self.guilds  # players live in a home guild...
        for r in range(rounds_total):
            guild_index = r % self.guilds
            guild_id = GUILD_BASE + guild_index
            if r % ROUNDS_PER_SESSION == 0:
                session_id = len(self.sessions) + 1
                opened = start + dt.timedelta(seconds=rng.randrange(span))
                self.sessions.append(
                    (session_id, guild_id, guild_id + 7, USER_BASE, "{}", "finished", opened,
                     opened + dt.timedelta(minutes=5))
                )
            round_id = r + 1
            when = opened + dt.timedelta(seconds=20 * (r % ROUNDS_PER_SESSION))
            self.rounds.append((round_id, session_id, r % ROUNDS_PER_SESSION + 1, when, when))
            # Ten different players; one in ten answers comes from a visitor.
            users: dict[int, None] = {}
            while len(users) < ANSWERS_PER_ROUND:
                if rng.random() < 0.1:
                    users[USER_BASE + rng.randrange(self.players)] = None
                else:
                    member = rng.randrange(members)
                    users[USER_BASE + guild_index + self.guilds * member] = None
            winner = None
            for k, user in enumerate(users):
                correct = rng.random() < 0.55
                first = correct and winner is None
                winner = user if first else winner
                points = (10 + rng.randrange(10) + (5 if first else 0)) if correct else 0
                at = when + dt.timedelta(milliseconds=800 * (k + 1))
                self.answers.append(
                    (len(self.answers) + 1, round_id, guild_id, user, None, None, correct,
                     first, 800 * (k + 1), points, at)
                )
                for scope in (guild_id, GLOBAL):
                    row = stats.get((scope, user))
                    if row is None:
                        row = stats[scope, user] = [0, 0, 0, at]
                    row[0] += points
                    row[1] += int(correct)
                    row[2] += 1
                    if points:
                        row[3] = max(row[3], at)
                    if points:
                        week = weekly[scope, week_start(at), user]
                        week[0] += points
                        week[1] = at if week[1] is None else max(week[1], at)
        self.stats = [
            (g, u, p, c, n, 0, 0, 0, 0, 0, None, reached, reached)
            for (g, u), (p, c, n, reached) in stats.items()
        ]
        self.weekly = [(g, w, u, p, reached) for (g, w, u), (p, reached) in weekly.items()]
        self.names = [(USER_BASE + i, f"player {i}", now) for i in range(self.players)]
        self.guild_ids = [GUILD_BASE + i for i in range(self.guilds)]
        self.this_week = week_start(now)


TABLES = {
    "quiz_sessions": ("id", "guild_id", "channel_id", "host_id", "settings", "state",
                      "started_at", "ended_at"),
    "rounds": ("id", "session_id", "number", "opened_at", "closed_at"),
    "answers": ("id", "round_id", "guild_id", "user_id", "choice", "text", "correct", "first",
                "response_ms", "points", "created_at"),
    "player_stats": ("guild_id", "user_id", "points", "correct", "answered", "current_streak",
                     "best_streak", "games", "wins", "daily_streak", "last_daily_date",
                     "last_played_at", "reached_at"),
    "weekly_points": ("guild_id", "week_start", "user_id", "points", "reached_at"),
    "players": ("user_id", "display_name", "updated_at"),
}


def _sqlite_value(value):
    # The same text SQLAlchemy's SQLite types store.
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _table_rows(data: Data) -> dict[str, list[tuple]]:
    return {
        "quiz_sessions": data.sessions,
        "rounds": data.rounds,
        "answers": data.answers,
        "player_stats": data.stats,
        "weekly_points": data.weekly,
        "players": data.names,
    }


def fill_sqlite(path: Path, data: Data) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("BEGIN")
    for table, rows in _table_rows(data).items():
        columns = TABLES[table]
        sql = (
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        connection.executemany(sql, ([_sqlite_value(v) for v in row] for row in rows))
    connection.execute("COMMIT")
    connection.execute("ANALYZE")
    connection.close()


async def fill_postgres(url: str, data: Data) -> None:
    import asyncpg
    from sqlalchemy.engine import make_url

    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    connection = await asyncpg.connect(dsn)
    try:
        for table, rows in _table_rows(data).items():
            await connection.copy_records_to_table(table, records=rows, columns=TABLES[table])
        for table in ("quiz_sessions", "rounds", "answers"):
            await connection.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
        await connection.execute("ANALYZE")
    finally:
        await connection.close()


# ---------------------------------------------------------------- the measurements


async def measure(url: str, data: Data, samples: int, sqlite_path: Path | None) -> dict:
    rng = random.Random(11)
    db = open_database(url)
    figures: dict[str, list[float]] = defaultdict(list)
    try:
        guilds = [rng.choice(data.guild_ids) for _ in range(samples)]
        ranked = [data.stats[rng.randrange(len(data.stats))] for _ in range(samples)]
        ranked = [row for row in ranked if row[0] != GLOBAL] or ranked
        global_ranked = [row for row in data.stats if row[0] == GLOBAL]

        raw_sqlite = sqlite3.connect(sqlite_path, isolation_level=None) if sqlite_path else None
        raw_pg = None
        if raw_sqlite is None:
            import asyncpg
            from sqlalchemy.engine import make_url

            raw_pg = await asyncpg.connect(
                make_url(url).set(drivername="postgresql").render_as_string(False)
            )

        async def raw_top10(guild_id: int):
            if raw_sqlite is not None:
                sql = RAW_TOP10.format(p1="?", p2="?", p3="?")
                return raw_sqlite.execute(sql, (guild_id, 10, 0)).fetchall()
            return await raw_pg.fetch(RAW_TOP10.format(p1="$1", p2="$2", p3="$3"), guild_id, 10, 0)

        async def timed(name: str, call):
            start = time.perf_counter_ns()
            result = await call
            figures[name].append((time.perf_counter_ns() - start) / 1e6)
            return result

        # Warm up both paths (first-call compilation, page cache).
        for guild_id in guilds[:50]:
            await scores.top_players(db, guild_id)
            await raw_top10(guild_id)
        for i, guild_id in enumerate(guilds):
            # Interleave ours and the bare query, alternating which goes first.
            if i % 2:
                ours = await timed("top10", scores.top_players(db, guild_id, limit=10))
                raw = await timed("raw_top10", raw_top10(guild_id))
            else:
                raw = await timed("raw_top10", raw_top10(guild_id))
                ours = await timed("top10", scores.top_players(db, guild_id, limit=10))
            assert [e.user_id for e in ours] == [row[0] for row in raw]
        for guild_id, user_id, *_ in ranked:
            found = await timed("rank", scores.player_rank(db, guild_id, user_id))
            assert found is not None
        for _, user_id, *_ in rng.sample(global_ranked, min(200, len(global_ranked))):
            await timed("global_rank", scores.player_rank(db, GLOBAL, user_id))
        for guild_id in guilds:
            await timed("weekly_top10", scores.weekly_top(db, guild_id, week=data.this_week))

        # Recording answers: open rounds in fresh quizzes, then answer them.
        answers = min(samples, 2000)
        open_rounds = []
        for q in range(max(1, answers // 20)):
            guild_id = rng.choice(data.guild_ids)
            session = await quizzes.create_session(
                db, guild_id=guild_id, channel_id=10**17 + q, host_id=USER_BASE
            )
            for number in range(1, 3):
                open_rounds.append(
                    await quizzes.open_round(db, session.id, number=number, question_id=None)
                )
        warm = await quizzes.create_session(
            db, guild_id=data.guild_ids[0], channel_id=10**17 - 1, host_id=USER_BASE
        )
        warm_round = await quizzes.open_round(db, warm.id, number=1, question_id=None)
        for user_id in range(USER_BASE, USER_BASE + 20):
            await quizzes.record_answer(
                db, round_id=warm_round.id, user_id=user_id, correct=True, points=1
            )
        for i in range(answers):
            rnd = open_rounds[i % len(open_rounds)]
            user_id = USER_BASE + rng.randrange(data.players)
            correct = rng.random() < 0.55
            await timed(
                "record_answer",
                quizzes.record_answer(
                    db, round_id=rnd.id, user_id=user_id, correct=correct,
                    points=12 if correct else 0, first_bonus=5,
                ),
            )
        if raw_sqlite is not None:
            raw_sqlite.close()
        if raw_pg is not None:
            await raw_pg.close()
    finally:
        await db.close()
    return figures


def run(args: argparse.Namespace) -> dict:
    data_start = time.perf_counter()
    data = Data(args.rows)
    generated = time.perf_counter() - data_start
    with tempfile.TemporaryDirectory(prefix="ft-bench-") as folder:
        sqlite_path = None
        if args.url:
            url = args.url
            upgrade(url)
            fill_start = time.perf_counter()
            asyncio.run(fill_postgres(url, data))
        else:
            sqlite_path = Path(folder) / "bench.db"
            url = f"sqlite+aiosqlite:///{sqlite_path}"
            upgrade(url)
            fill_start = time.perf_counter()
            fill_sqlite(sqlite_path, data)
        filled = time.perf_counter() - fill_start
        figures = asyncio.run(measure(url, data, args.samples, sqlite_path))
    result = {
        "rows": len(data.answers),
        "top10_p50_ms": round(percentile(figures["top10"], 0.50), 3),
        "top10_p99_ms": round(percentile(figures["top10"], 0.99), 3),
        "rank_p99_ms": round(percentile(figures["rank"], 0.99), 3),
        "weekly_top10_p99_ms": round(percentile(figures["weekly_top10"], 0.99), 3),
        "record_answer_p99_ms": round(percentile(figures["record_answer"], 0.99), 3),
        "raw_ratio": round(
            statistics.median(figures["top10"]) / statistics.median(figures["raw_top10"]), 3
        ),
    }
    extras = {
        "engine": "postgresql" if args.url else "sqlite",
        "players": data.players,
        "guilds": data.guilds,
        "player_stats_rows": len(data.stats),
        "weekly_rows": len(data.weekly),
        "generate_s": round(generated, 1),
        "fill_s": round(filled, 1),
        "raw_top10_p50_ms": round(percentile(figures["raw_top10"], 0.50), 3),
        "rank_p50_ms": round(percentile(figures["rank"], 0.50), 3),
        "global_rank_p50_ms": round(percentile(figures["global_rank"], 0.50), 3),
        "global_rank_p99_ms": round(percentile(figures["global_rank"], 0.99), 3),
        "weekly_top10_p50_ms": round(percentile(figures["weekly_top10"], 0.50), 3),
        "record_answer_p50_ms": round(percentile(figures["record_answer"], 0.50), 3),
    }
    return {"result": result, "extras": extras}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="answers to load")
    parser.add_argument("--samples", type=int, default=2000, help="calls timed per figure")
    parser.add_argument("--url", help="an empty PostgreSQL database (default: SQLite file)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if args.rows < 1000:
        parser.error("--rows must be at least 1000")
    out = run(args)
    if args.json:
        print(json.dumps(out["result"]))
    else:
        for key, value in {**out["result"], **out["extras"]}.items():
            print(f"{key:24} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`python -m bot db copy`: every row of a populated database arrives in an empty one.

The source is filled through the ORM models directly (not the repositories), with the
awkward values a real bot stores: unicode and emoji, NULLs, JSON, dates, aware datetimes
with microseconds, 64-bit Discord ids, ties on the leaderboard. The copy is checked table
by table (counts, then every row), by a leaderboard read with plain SQL on both sides,
and by inserting new rows afterwards (sequences reset on PostgreSQL).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from bot.db.copy import CopyError, copy_database, tables
from bot.db.engine import open_database
from bot.db.models import (
    GLOBAL,
    Answer,
    Article,
    AskedQuestion,
    DailyPost,
    DailySchedule,
    Fact,
    GuildSettings,
    Player,
    PlayerStats,
    Question,
    QuestionList,
    QuestionReport,
    QuizSession,
    Round,
    WeeklyPoints,
)
from tests.test_cli import run_cli

GUILDS = [1180000000000000001, 1180000000000000002, 1180000000000000003]
USERS = [1180000000000000000 + 1000 + n for n in range(30)]
T0 = dt.datetime(2024, 3, 4, 18, 30, 15, 123456, tzinfo=dt.UTC)
NAMES = ["민지", "Zoë", "José 🎤", "ARMY💜", "Jin", "さくら", "O'Brien", "@everyone", "Ä" * 90]


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


async def populate(url: str) -> dict[str, int]:
    """Fill a migrated database with a few hundred rows in every table."""
    rng = random.Random(10)
    db = open_database(url)
    objects: list[Any] = []
    try:
        async with db.sessions() as session:
            for i, guild in enumerate(GUILDS[:2]):
                session.add(
                    GuildSettings(
                        guild_id=guild,
                        question_count=5 + i,
                        allowed_channel_ids=[guild + 10, guild + 11] if i == 0 else [],
                        manager_role_id=guild + 99 if i == 0 else None,
                        timezone="Asia/Seoul" if i == 0 else "UTC",
                        updated_at=at(i),
                    )
                )
            articles = [
                Article(
                    guild_id=[GLOBAL, *GUILDS][i % 4],
                    content_hash=f"{i:064x}",
                    name=f"article-{i}",
                    title=["방탄소년단 — Fake Love 💜", "Ligue 1: l'été", "Plain"][i % 3] + f" {i}",
                    date=dt.date(2018, 5, 20) + dt.timedelta(days=i) if i % 2 else None,
                    source=None if i % 3 == 0 else f"https://example.org/{i}",
                    tags=["k-pop", "bbma", "ünï"] if i % 2 else [],
                    text="BTS performed “Fake Love” at the BBMAs.\n" * (i + 1),
                    added_by=USERS[i] if i % 2 else None,
                    created_at=at(i),
                )
                for i in range(8)
            ]
            session.add_all(articles)
            await session.flush()
            for article in articles:
                for j in range(3):
                    objects.append(
                        Fact(
                            article_id=article.id,
                            subject="BTS",
                            relation="performed",
                            object=f"Fake Love {j}",
                            sentence="They performed “Fake Love”.",
                            data={"event": "BBMA 2018", "place": None, "n": [j, j * 2]},
                        )
                    )
            lists = [
                QuestionList(guild_id=GLOBAL, name="general", author="Red ❤"),
                QuestionList(guild_id=GUILDS[0], name="mine", kind="custom", description=None),
            ]
            session.add_all(lists)
            await session.flush()
            questions = [
                Question(
                    key=f"q{i:04d}",
                    guild_id=GLOBAL if i % 5 else GUILDS[0],
                    article_id=articles[i % len(articles)].id if i % 4 else None,
                    list_id=lists[i % 2].id if i % 4 == 0 else None,
                    question=f"Which song did BTS perform #{i}? 🎶",
                    answer="Fake Love",
                    aliases=["フェイク・ラブ"] if i % 2 else [],
                    choices=["Fake Love", "DNA", "Idol", "Butter"] if i % 3 else [],
                    sentence=None if i % 2 else "“Fake Love” was performed.",
                    topics=["BTS"],
                    status=["generated", "approved", "rejected", "reported"][i % 4],
                    times_asked=i,
                    times_correct=i // 2,
                    created_at=at(i),
                )
                for i in range(40)
            ]
            session.add_all(questions)
            await session.flush()
            for i in range(3):
                objects.append(
                    QuestionReport(
                        question_id=questions[i].id,
                        guild_id=GUILDS[0],
                        user_id=USERS[i],
                        reason=None if i else "wrong answer — it was “Idol”",
                    )
                )
            for i in range(20):
                objects.append(
                    AskedQuestion(
                        guild_id=GUILDS[i % 2], question_id=questions[i].id, asked_at=at(i)
                    )
                )
            sessions = [
                QuizSession(
                    guild_id=GUILDS[i % 2],
                    channel_id=GUILDS[i % 2] + 10 + i,
                    host_id=USERS[i],
                    settings={"questions": 5, "mode": "buttons", "topics": ["BTS"]},
                    state="running" if i == 0 else "finished",
                    started_at=at(10 * i),
                    ended_at=None if i == 0 else at(10 * i + 5),
                )
                for i in range(6)
            ]
            session.add_all(sessions)
            await session.flush()
            rounds = []
            for quiz in sessions:
                for number in range(1, 6):
                    rounds.append(
                        Round(
                            session_id=quiz.id,
                            number=number,
                            question_id=questions[number].id if number != 3 else None,
                            message_id=1180000000000000000 + quiz.id * 100 + number,
                            opened_at=at(number),
                            closes_at=at(number + 0.5),
                            closed_at=None if quiz.state == "running" else at(number + 0.5),
                            winner_user_id=USERS[number] if number % 2 else None,
                        )
                    )
            session.add_all(rounds)
            await session.flush()
            for rnd in rounds:
                for user in rng.sample(USERS, 8):
                    correct = rng.random() < 0.5
                    objects.append(
                        Answer(
                            round_id=rnd.id,
                            guild_id=GUILDS[rnd.session_id % 2],
                            user_id=user,
                            choice=None if rng.random() < 0.3 else "Fake Love",
                            text=None if rng.random() < 0.5 else "fake love 💜 @everyone",
                            correct=correct,
                            first=correct and user == USERS[0],
                            response_ms=rng.randrange(200, 20_000),
                            points=rng.choice([0, 50, 100, 150]) if correct else 0,
                            created_at=at(rng.random() * 100),
                        )
                    )
            for guild in [GLOBAL, *GUILDS[:2]]:
                for n, user in enumerate(USERS):
                    # Many ties: equal points, and equal times too, so user_id decides.
                    objects.append(
                        PlayerStats(
                            guild_id=guild,
                            user_id=user,
                            points=rng.choice([100, 200, 300]),
                            correct=n,
                            answered=2 * n,
                            current_streak=n % 4,
                            best_streak=n % 7,
                            games=n,
                            wins=n // 3,
                            daily_streak=n % 3,
                            last_daily_date=dt.date(2024, 3, n % 28 + 1) if n % 2 else None,
                            last_played_at=at(n) if n % 3 else None,
                            reached_at=at(n % 4),
                        )
                    )
            monday = dt.date(2024, 3, 4)
            for guild in [GLOBAL, GUILDS[0]]:
                for week in range(2):
                    for user in USERS[:10]:
                        objects.append(
                            WeeklyPoints(
                                guild_id=guild,
                                week_start=monday - dt.timedelta(weeks=week),
                                user_id=user,
                                points=rng.randrange(0, 500, 50),
                                reached_at=at(rng.random()),
                            )
                        )
            for n, user in enumerate(USERS):
                objects.append(Player(user_id=user, display_name=NAMES[n % len(NAMES)]))
            for i, guild in enumerate(GUILDS[:2]):
                objects.append(
                    DailySchedule(
                        guild_id=guild,
                        channel_id=guild + 10,
                        time_of_day="09:00" if i else "18:30",
                        enabled=i == 0,
                        created_by=USERS[i] if i else None,
                    )
                )
                for day in range(3):
                    objects.append(
                        DailyPost(
                            guild_id=guild,
                            day=dt.date(2024, 3, 1) + dt.timedelta(days=day),
                            channel_id=guild + 10,
                            question_id=questions[day].id if day else None,
                            round_id=rounds[day].id if day != 1 else None,
                            message_id=guild + 5000 + day if day else None,
                            posted_at=at(day * 1440),
                            closed_at=at(day * 1440 + 60) if day < 2 else None,
                        )
                    )
            session.add_all(objects)
            await session.commit()
        return await counts(url)
    finally:
        await db.close()


async def counts(url: str) -> dict[str, int]:
    db = open_database(url)
    try:
        async with db.engine.connect() as conn:
            return {
                table.name: await conn.scalar(select(func.count()).select_from(table))
                for table in tables()
            }
    finally:
        await db.close()


def _plain(value: Any) -> Any:
    # SQLite hands back naive UTC datetimes; PostgreSQL aware ones. Compare as aware UTC.
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
    return value


async def all_rows(url: str) -> dict[str, list[tuple]]:
    db = open_database(url)
    try:
        async with db.engine.connect() as conn:
            found = {}
            for table in tables():
                result = await conn.execute(
                    select(table).order_by(*table.primary_key.columns)
                )
                found[table.name] = [tuple(_plain(v) for v in row) for row in result]
            return found
    finally:
        await db.close()


BOARD_SQL = text(
    "SELECT user_id, points FROM player_stats WHERE guild_id = :guild "
    "ORDER BY points DESC, reached_at, user_id LIMIT 10"
)


async def board(url: str, guild: int) -> list[tuple[int, int]]:
    db = open_database(url)
    try:
        async with db.engine.connect() as conn:
            rows = await conn.execute(BOARD_SQL, {"guild": guild})
            return [(int(user), int(points)) for user, points in rows]
    finally:
        await db.close()


@pytest.fixture
async def source_url(tmp_path: Path, sqlite_template: Path) -> str:
    path = tmp_path / "source.db"
    shutil.copyfile(sqlite_template, path)
    url = f"sqlite+aiosqlite:///{path}"
    await populate(url)
    return url


async def assert_same_data(source: str, target: str) -> None:
    source_counts, target_counts = await counts(source), await counts(target)
    assert target_counts == source_counts
    assert all(n > 0 for n in source_counts.values()), source_counts  # every table is used
    assert sum(source_counts.values()) > 400
    assert await all_rows(target) == await all_rows(source)
    for guild in (GLOBAL, GUILDS[0], GUILDS[1]):
        top = await board(source, guild)
        assert len(top) == 10
        assert await board(target, guild) == top


async def test_population_has_ties_decided_by_user_id(source_url: str) -> None:
    # The board check is only worth something if ties reach the third sort key.
    db = open_database(source_url)
    try:
        async with db.engine.connect() as conn:
            ties = await conn.scalar(
                text(
                    "SELECT count(*) FROM (SELECT 1 FROM player_stats "
                    "GROUP BY guild_id, points, reached_at HAVING count(*) > 1) AS t"
                )
            )
        assert ties > 0
    finally:
        await db.close()


@pytest.fixture
def seoul_clock(monkeypatch: pytest.MonkeyPatch):
    """A local time zone other than UTC: a naive datetime sent to PostgreSQL as local time
    would shift by nine hours, so the row comparison catches it."""
    monkeypatch.setenv("TZ", "Asia/Seoul")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.postgres
async def test_sqlite_to_empty_postgres(
    source_url: str, empty_pg_url: str, seoul_clock: None
) -> None:
    report = await copy_database(source_url, empty_pg_url, batch=37)  # many small batches
    assert report.ok, report
    assert {t.name: t.copied for t in report.tables} == await counts(source_url)
    await assert_same_data(source_url, empty_pg_url)

    # Sequences were moved past the copied ids: new rows get fresh ids.
    target = open_database(empty_pg_url)
    try:
        async with target.sessions() as session:
            max_article = await session.scalar(select(func.max(Article.id)))
            max_answer = await session.scalar(select(func.max(Answer.id)))
            round_id = await session.scalar(select(func.min(Round.id)))
            article = Article(content_hash="f" * 64, name="new", title="새 기사", text="x")
            answer = Answer(round_id=round_id, guild_id=GUILDS[0], user_id=USERS[0] + 99)
            session.add_all([article, answer])
            await session.commit()
            assert article.id == max_article + 1
            assert answer.id == max_answer + 1
    finally:
        await target.close()


@pytest.mark.postgres
async def test_postgres_back_to_sqlite(
    source_url: str, empty_pg_url: str, tmp_path: Path, seoul_clock: None
) -> None:
    assert (await copy_database(source_url, empty_pg_url)).ok
    back = f"sqlite+aiosqlite:///{tmp_path}/nested/back.db"  # a file that does not exist yet
    report = await copy_database(empty_pg_url, back)
    assert report.ok, report
    await assert_same_data(source_url, back)


@pytest.mark.postgres
def test_cli_copies_into_postgres(source_url: str, empty_pg_url: str, tmp_path) -> None:
    # DATABASE_URL is the default source, as for a bot moving off its SQLite file.
    result = run_cli(
        "db", "copy", "--to", empty_pg_url, cwd=tmp_path, env={"DATABASE_URL": source_url}
    )
    assert result.returncode == 0, result.stderr
    expected = asyncio.run(counts(source_url))
    assert asyncio.run(counts(empty_pg_url)) == expected
    for name, n in expected.items():
        assert any(line.split()[:2] == [name, f"{n:,}"] for line in result.stdout.splitlines())
    assert "counts verified" in result.stdout


async def test_sqlite_to_sqlite(source_url: str, tmp_path: Path) -> None:
    target = f"sqlite+aiosqlite:///{tmp_path}/copy/target.db"
    report = await copy_database(source_url, target, batch=50)
    assert report.ok, report
    await assert_same_data(source_url, target)
    # SQLite takes max(id) + 1 by itself.
    db = open_database(target)
    try:
        async with db.sessions() as session:
            max_article = await session.scalar(select(func.max(Article.id)))
            article = Article(content_hash="e" * 64, name="new", title="new", text="x")
            session.add(article)
            await session.commit()
            assert article.id == max_article + 1
    finally:
        await db.close()


async def test_refuses_a_target_with_rows(source_url: str, db_url: str) -> None:
    # db_url: a migrated database on each engine; one cached display name is enough.
    target = open_database(db_url)
    try:
        async with target.sessions() as session:
            session.add(Player(user_id=USERS[0], display_name="already here"))
            await session.commit()
    finally:
        await target.close()
    with pytest.raises(CopyError) as caught:
        await copy_database(source_url, db_url)
    message = str(caught.value)
    assert "players" in message
    assert "\n" not in message
    counts_after = await counts(db_url)
    assert counts_after["players"] == 1
    assert sum(counts_after.values()) == 1  # nothing was written


def test_cli_refusal_is_one_line(source_url: str, tmp_path: Path) -> None:
    target = f"sqlite+aiosqlite:///{tmp_path}/target.db"
    first = run_cli("db", "copy", "--from", source_url, "--to", target, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    again = run_cli("db", "copy", "--from", source_url, "--to", target, cwd=tmp_path)
    assert again.returncode == 1
    lines = again.stderr.strip().splitlines()
    assert lines[-1].startswith("error: the target already has rows in table ")
    assert "Traceback" not in again.stderr
    assert asyncio.run(counts(target)) == asyncio.run(counts(source_url))


async def test_refuses_same_database_and_unmigrated_source(source_url: str, tmp_path) -> None:
    with pytest.raises(CopyError, match="same database"):
        await copy_database(source_url, source_url.replace("+aiosqlite", ""))
    (tmp_path / "empty.db").touch()  # a SQLite file, but not one of ours
    with pytest.raises(CopyError, match="no Fan Trivia schema"):
        await copy_database(
            f"sqlite+aiosqlite:///{tmp_path}/empty.db", f"sqlite+aiosqlite:///{tmp_path}/t.db"
        )


async def test_missing_source_file_is_not_created(tmp_path: Path) -> None:
    source = tmp_path / "typo.db"
    with pytest.raises(CopyError, match="does not exist"):
        await copy_database(f"sqlite+aiosqlite:///{source}", f"sqlite+aiosqlite:///{tmp_path}/t.db")
    assert not source.exists()


def test_cli_unreachable_target_is_one_line(source_url: str, tmp_path: Path) -> None:
    # Port 1 on loopback: nothing listens there.
    result = run_cli(
        "db", "copy", "--from", source_url, "--to", "postgresql://u@127.0.0.1:1/x", cwd=tmp_path
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("error: cannot open the target ")
    assert "Traceback" not in result.stderr


async def test_source_changing_during_copy_rolls_back(
    source_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A bot still writing to the source while it is copied: the recount catches it and
    # nothing is committed, so the copy can simply be run again.
    from bot.db import copy as copy_module

    real_copy_table = copy_module._copy_table

    async def copy_then_write(source, target, table, batch):
        copied = await real_copy_table(source, target, table, batch)
        if table.name == "players":
            db = open_database(source_url)
            try:
                async with db.sessions() as session:
                    session.add(Player(user_id=USERS[0] + 500, display_name="late"))
                    await session.commit()
            finally:
                await db.close()
        return copied

    monkeypatch.setattr(copy_module, "_copy_table", copy_then_write)
    target = f"sqlite+aiosqlite:///{tmp_path}/target.db"
    report = await copy_database(source_url, target)
    assert not report.ok
    assert not report.committed
    assert sum((await counts(target)).values()) == 0

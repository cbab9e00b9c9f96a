"""Storage faults while a quiz runs, on the fake Discord with our real bot.

- The SQLite file locked by another process (a sqlite3 connection holding BEGIN
  EXCLUSIVE), the database read-only, and its disk full, each while a player answers:
  the player is told the answer could not be recorded, the quiz stays consistent (the
  reveal, the stored answers and the points agree), and answering works again once the
  fault ends.
- `kill -9` of the bot process (python -m bot run) in the middle of a quiz, then a
  restart: every answer that got "Locked in" is still counted, nothing twice, and the
  interrupted quiz is ended on start with its points kept.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

import bot.db.engine
from bot.db.repos import _base
from tests.e2e.botworld import SENTENCES, Trivia, copy_template, seed_url, start_trivia
from tests.e2e.world import World
from tests.fakediscord import FakeDiscord
from tests.fakediscord.harness import BotProcess, bot_env
from tests.fakediscord.model import Message

pytestmark = pytest.mark.e2e

BUSY_MS = 300  # the bot's SQLite busy timeout here (5 s in production): a fast test


@pytest.fixture
async def trivia(
    world: World, pointed: FakeDiscord, tmp_path: Path, sqlite_template: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> AsyncIterator[Trivia]:
    monkeypatch.setattr(bot.db.engine, "SQLITE_BUSY_TIMEOUT_MS", BUSY_MS)
    async for harness in start_trivia(pointed, world, copy_template(sqlite_template, tmp_path)):
        yield harness


def rows(db_file: Path, sql: str, *params) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(db_file)) as connection:
        return connection.execute(sql, params).fetchall()


async def open_question(trivia: Trivia) -> tuple[Message, str, str]:
    """Start a one-question buttons quiz; the question, its right and a wrong label."""
    fake, world = trivia.fake, trivia.world
    ix = await fake.slash(world.alice, "quiz start", channel=world.quiz, questions=1, seconds=30)
    await ix.reply()
    question = await trivia.question(1, 1)
    answer = trivia.quiz_cog.running[world.quiz.id].quiz.round.answer
    right = next(b["label"] for b in question.buttons if b["label"].endswith(answer))
    wrong = next(b["label"] for b in question.buttons if not b["label"].endswith(answer))
    return question, right, wrong


async def answer(trivia: Trivia, user, question: Message, label: str) -> str:
    click = await trivia.fake.click(user, question, label)
    reply = await click.reply(timeout=15)
    assert reply.ephemeral
    return reply.text


async def fault_then_recover(trivia: Trivia, db_file: Path, start, end) -> None:
    """The shared script: a fault while alice answers, then recovery."""
    fake, world = trivia.fake, trivia.world
    question, right, wrong = await open_question(trivia)
    assert "Locked in" in await answer(trivia, world.bob, question, wrong)  # before the fault
    await start()
    try:
        told = await answer(trivia, world.alice, question, right)
        assert "could not be recorded" in told, told
        assert "Locked in" not in told
        assert world.quiz.id in trivia.quiz_cog.running  # the quiz goes on
    finally:
        await end()
    told = await answer(trivia, world.alice, question, right)  # the fault is over: retry
    assert "Locked in" in told, told
    assert "already answered" in await answer(trivia, world.alice, question, wrong)
    await trivia.run_timer(30)
    reveal = await trivia.reveal(1)
    got_it = reveal.text.split("Got it")[-1]
    assert "alice" in got_it and "bob" not in got_it and "(1 of 2)" in reveal.text
    await trivia.podium()
    await trivia.quiz_over(world.quiz.id)
    stored = rows(db_file, "SELECT user_id, correct, points FROM answers ORDER BY user_id")
    assert sorted((u, bool(c)) for u, c, _ in stored) == sorted(
        [(world.alice.id, True), (world.bob.id, False)]
    )
    points = dict(rows(db_file, "SELECT user_id, points FROM player_stats WHERE guild_id = ?",
                       world.guild.id))
    alice_points = next(p for u, c, p in stored if u == world.alice.id)
    assert points.get(world.alice.id) == alice_points > 0
    assert points.get(world.bob.id, 0) == 0
    assert fake.pinged() == []


async def test_database_locked_by_another_process(trivia: Trivia, tmp_path: Path) -> None:
    db_file = tmp_path / "bot.db"
    other = sqlite3.connect(db_file, isolation_level=None, check_same_thread=False)

    async def lock() -> None:
        other.execute("BEGIN EXCLUSIVE")

    async def unlock() -> None:
        other.execute("ROLLBACK")

    try:
        await fault_then_recover(trivia, db_file, lock, unlock)
    finally:
        other.close()


async def _on_writer(trivia: Trivia, sql: str) -> None:
    """Run `sql` on the bot's answer-writing SQLite connection (its own thread)."""
    database = trivia.bot.database
    await _base.run_write(database, lambda conn: None)  # make sure the writer exists
    writer = _base._writers[database.engine]

    def run() -> None:
        with writer.engine.connect() as connection:
            connection.exec_driver_sql(sql)

    await asyncio.get_running_loop().run_in_executor(writer.executor, run)


async def test_database_read_only(trivia: Trivia, tmp_path: Path) -> None:
    """Read-only as SQLite sees it (PRAGMA query_only on the bot's writing connection):
    the tests run as root, for whom a chmod changes nothing, and an open file keeps its
    write access anyway."""

    async def read_only() -> None:
        await _on_writer(trivia, "PRAGMA query_only = 1")

    async def writable() -> None:
        await _on_writer(trivia, "PRAGMA query_only = 0")

    await fault_then_recover(trivia, tmp_path / "bot.db", read_only, writable)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 16 MB tmpfs, to fill up for real (needs mount rights, i.e. root)."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount_point)],
        capture_output=True, check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small disk here: {done.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


async def test_disk_full(
    world: World, pointed: FakeDiscord, small_disk: Path, sqlite_template: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bot.db.engine, "SQLITE_BUSY_TIMEOUT_MS", BUSY_MS)
    db_file = copy_template(sqlite_template, small_disk)
    filler = small_disk / "filler"

    async def fill() -> None:
        with filler.open("wb") as handle, contextlib.suppress(OSError):
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()

    async def free() -> None:
        filler.unlink()

    async for trivia in start_trivia(pointed, world, db_file):
        await fault_then_recover(trivia, db_file, fill, free)


# --- kill -9 --------------------------------------------------------------------------


def commands_payload(fake: FakeDiscord, db_url: str, cwd: Path) -> list[dict]:
    out = subprocess.run(
        [sys.executable, "-m", "bot", "commands", "--json"], env=bot_env(fake, db_url),
        cwd=cwd, capture_output=True, text=True, check=True, timeout=60,
    ).stdout
    return json.loads(out)


async def seeded_for_a_process(
    fake: FakeDiscord, sqlite_template: Path, folder: Path
) -> tuple[Path, str]:
    """A seeded SQLite file (and its URL) for a `python -m bot run` process in `folder`,
    the fake serving the commands that process would sync."""
    db_file = copy_template(sqlite_template, folder)
    url = f"sqlite+aiosqlite:///{db_file}"
    await seed_url(url)
    fake.set_commands(commands_payload(fake, url, folder))
    return db_file, url


async def test_kill_9_mid_quiz_then_restart(
    world: World, fake: FakeDiscord, tmp_path: Path, sqlite_template: Path
) -> None:
    db_file, url = await seeded_for_a_process(fake, sqlite_template, tmp_path)
    carol = fake.add_user("carol")

    def launch() -> BotProcess:
        return BotProcess(fake, ("run",), env=bot_env(fake, url), cwd=tmp_path)

    proc = await launch().start()
    try:
        await proc.wait_connected(timeout=60)
        start = await fake.slash(world.alice, "quiz start", channel=world.quiz, questions=3,
                                 seconds=60)
        assert "Quiz starting" in (await start.reply(timeout=15)).text
        event = await fake.wait_for(
            "message", lambda e: e.message.embed is not None
            and e.message.embed.get("title") == "Question 1 of 3", timeout=15,
        )
        question = event.message
        right_answer = next(
            a for q, a, _, _ in SENTENCES if q in question.embed["description"]
        )
        labels = [b["label"] for b in question.buttons]
        right = next(label for label in labels if label.endswith(right_answer))
        wrong = next(label for label in labels if label != right)
        locked: dict[int, str] = {}
        for user, label in ((world.alice, right), (world.bob, wrong), (carol, right)):
            for _ in range(50):  # the round opens a moment after the message is posted
                reply = await (await fake.click(user, question, label)).reply(timeout=15)
                if "closed" not in reply.text:
                    break
                await asyncio.sleep(0.05)
            assert "Locked in" in reply.text, reply.text
            locked[user.id] = label
    finally:
        code = await proc.stop(signal.SIGKILL)
    assert code == -signal.SIGKILL

    answered = rows(db_file, "SELECT user_id, points FROM answers")
    assert sorted(u for u, _ in answered) == sorted(locked)  # every "Locked in" is stored
    points = dict(answered)
    session_state = rows(db_file, "SELECT state FROM quiz_sessions")
    assert session_state == [("running",)]

    def public() -> list[Message]:
        return [m for m in fake.sent_by_bot(world.quiz) if not m.ephemeral]

    before = len(public())
    proc = await launch().start()
    try:
        await proc.wait_connected(timeout=60)
        ended = await fake.wait_for(
            "message", lambda e: e.message.embed is not None
            and "interrupted" in (e.message.embed.get("description") or ""), timeout=30,
        )
        assert ended.message.channel is world.quiz
        # A click on the old question now is refused and counts nothing.
        late = await (await fake.click(world.bob, question, right)).reply(timeout=15)
        assert "closed" in late.text, late.text
        again = await (await fake.click(world.alice, question, right)).reply(timeout=15)
        assert "Locked in" not in again.text
        running_output = proc.text
    finally:
        assert await proc.stop(signal.SIGTERM) == 0, proc.text
    assert "Traceback" not in running_output and "ERROR" not in running_output, running_output

    assert rows(db_file, "SELECT state FROM quiz_sessions") == [("aborted",)]
    assert sorted(rows(db_file, "SELECT user_id, points FROM answers")) == sorted(
        points.items()
    )
    stats = dict(rows(db_file, "SELECT user_id, points FROM player_stats WHERE guild_id = ?",
                      world.guild.id))
    assert {u: p for u, p in stats.items() if p} == {u: p for u, p in points.items() if p}
    assert points[world.alice.id] > 0 and points[carol.id] > 0 and points[world.bob.id] == 0

    # A second restart finds nothing to end: no second message, nothing counted again.
    proc = await launch().start()
    try:
        await proc.wait_connected(timeout=60)
        await asyncio.sleep(1.0)
    finally:
        assert await proc.stop(signal.SIGTERM) == 0
    interrupted = [m for m in fake.sent_by_bot(world.quiz) if "interrupted" in m.text]
    assert len(interrupted) == 1 and len(public()) == before + 1
    assert dict(rows(db_file, "SELECT user_id, points FROM player_stats WHERE guild_id = ?",
                     world.guild.id)) == stats
    assert fake.pinged() == []


async def test_sigterm_after_database_use_stops_without_a_traceback(
    world: World, fake: FakeDiscord, tmp_path: Path, sqlite_template: Path
) -> None:
    db_file = copy_template(sqlite_template, tmp_path)
    url = f"sqlite+aiosqlite:///{db_file}"
    fake.set_commands(commands_payload(fake, url, tmp_path))
    proc = await BotProcess(fake, ("run",), env=bot_env(fake, url), cwd=tmp_path).start()
    try:
        await proc.wait_connected(timeout=60)
        settings = await fake.slash(world.mod, "trivia settings", channel=world.quiz,
                                    questions=7)
        assert "saved" in (await settings.reply(timeout=15)).text
    finally:
        code = await proc.stop(signal.SIGTERM)
    assert code == 0
    assert "Traceback" not in proc.text, proc.text

"""Two bot processes (shards 0 and 1 of 2) on one fake Discord and one PostgreSQL.

`python -m bot run --shards N --shard-count 2`, each started by the launcher, on a
migrated, seeded PostgreSQL database cloned for this test. Quizzes run at once in two
guilds of each shard; then: every answer the players were told is "Locked in" is stored
once and counted once, `/leaderboard scope:global` shows the same board from a guild of
each shard, and `kill -9` of shard 1's process mid-quiz leaves shard 0's quizzes running
to their podiums with every recorded answer kept.

Needs TEST_DATABASE_URL (`bash scripts/with-postgres.sh .venv/bin/python -m pytest
tests/e2e/test_shards_e2e.py`); without it the test skips with one line.
"""

from __future__ import annotations

import asyncio
import json
import signal
import sys
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.db.engine import open_database
from tests.conftest import PG_SKIP, PG_TEMPLATE, _pg_execute
from tests.e2e.botworld import SENTENCES, seed_url
from tests.fakediscord import FakeDiscord
from tests.fakediscord.harness import BotProcess, bot_env
from tests.fakediscord.model import Channel, Guild, Interaction, Message, User

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]

ANSWERS = {question: answer for question, answer, _, _ in SENTENCES}


@pytest.fixture
async def pg_url(pg_template: str | None) -> AsyncIterator[str]:
    """A migrated PostgreSQL database with the seed questions, dropped afterwards."""
    if pg_template is None:
        pytest.skip(PG_SKIP)
    name = f"ft_shards_{uuid.uuid4().hex[:10]}"
    await _pg_execute(pg_template, f"CREATE DATABASE {name} TEMPLATE {PG_TEMPLATE}")
    url = make_url(pg_template).set(database=name).render_as_string(hide_password=False)
    await seed_url(url)
    try:
        yield url
    finally:
        await _pg_execute(pg_template, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


async def query(url: str, sql: str, **params: object) -> list[tuple]:
    db = open_database(url)
    try:
        async with db.engine.connect() as conn:
            return [tuple(row) for row in await conn.execute(text(sql), params)]
    finally:
        await db.close()


async def commands_json(env: dict[str, str], cwd: Path) -> list[dict]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "commands", "--json",
        env=env, cwd=cwd, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, _ = await proc.communicate()
    assert proc.returncode == 0
    return json.loads(out)


def open_question(channel: Channel, number: int) -> Message | None:
    for message in reversed(channel.messages):
        embed = message.embed or {}
        if embed.get("title") == f"Question {number} of 2" and message.buttons:
            return None if message.buttons[0].get("disabled") else message
    return None


def has(channel: Channel, prefix: str) -> bool:
    return any((m.embed or {}).get("title", "").startswith(prefix) for m in channel.messages)


def right_label(question: Message) -> str:
    asked = next(q for q in ANSWERS if q in question.text)
    return next(b["label"] for b in question.buttons if b["label"].endswith(ANSWERS[asked]))


def wrong_label(question: Message) -> str:
    right = right_label(question)
    return next(b["label"] for b in question.buttons if b["label"] != right)


async def question_in(fake: FakeDiscord, channel: Channel, number: int) -> Message:
    return await fake.wait_until(
        lambda: open_question(channel, number), timeout=20, what=f"question {number}"
    )


async def answer_round(
    fake: FakeDiscord, channel: Channel, number: int, picks: dict[User, bool]
) -> list[Interaction]:
    """Each player clicks the right (True) or a wrong answer; all must be locked in."""
    question = await question_in(fake, channel, number)
    clicks = [
        await fake.click(user, question, right_label(question) if right else wrong_label(question))
        for user, right in picks.items()
    ]
    for click in clicks:
        assert "Locked in" in (await click.reply(timeout=10)).text
    return clicks


async def skip(fake: FakeDiscord, host: User, channel: Channel) -> None:
    ix = await fake.slash(host, "quiz skip", channel=channel)
    assert "skipped" in (await ix.reply(timeout=10)).text


async def test_two_shard_processes_share_one_postgresql(
    fake: FakeDiscord, pg_url: str, tmp_path: Path
) -> None:
    guilds: dict[int, list[Guild]] = {
        shard: [fake.add_guild(f"Shard {shard} {n}", shard=(shard, 2)) for n in "ab"]
        for shard in (0, 1)
    }
    channels = {g.id: g.add_channel("quiz") for gs in guilds.values() for g in gs}
    alice, bob, carol = (fake.add_user(name) for name in ("alice", "bob", "carol"))
    env = bot_env(fake, pg_url)
    fake.set_commands(await commands_json(env, tmp_path))
    procs = {
        shard: BotProcess(
            fake, ["run", "--shards", str(shard), "--shard-count", "2"], env=env, cwd=tmp_path
        )
        for shard in (0, 1)
    }
    for proc in procs.values():
        await proc.start()
    try:
        await procs[0].wait_connected(sessions=2, timeout=60)
        assert {s.shard for s in fake.gateway.live_sessions()} == {(0, 2), (1, 2)}

        # Four quizzes at once, two in each process.
        all_guilds = guilds[0] + guilds[1]
        starts = await asyncio.gather(
            *(
                fake.slash(alice, "quiz start", channel=channels[g.id], questions=2, seconds=60)
                for g in all_guilds
            )
        )
        for ix in starts:
            assert "Quiz starting" in (await ix.reply(timeout=15)).text

        # Round 1 everywhere: alice right, bob right only on shard 0, carol wrong.
        clicks: list[Interaction] = []
        for g in all_guilds:
            on_zero = g in guilds[0]
            picks = {alice: True, bob: on_zero, carol: False}
            clicks += await answer_round(fake, channels[g.id], 1, picks)
        # A second click is refused and stores nothing.
        first = await question_in(fake, channels[all_guilds[0].id], 1)
        again = await fake.click(alice, first, wrong_label(first))
        assert "already answered" in (await again.reply(timeout=10)).text
        for g in all_guilds:
            await skip(fake, alice, channels[g.id])
            await fake.wait_until(
                lambda g=g: has(channels[g.id], "Question 1 of 2:"), timeout=10, what="reveal"
            )

        # The global board, asked in a guild of each shard, is the same board.
        boards = []
        for g in (guilds[0][0], guilds[1][0]):
            ix = await fake.slash(alice, "leaderboard", channel=channels[g.id], scope="global")
            boards.append((await ix.reply(timeout=10)).embed)
        assert boards[0] == boards[1]
        board = boards[0]["description"] if boards[0].get("description") else str(boards[0])
        assert board.index("alice") < board.index("bob") < board.index("carol")

        # Round 2 starts after the reveal pause; answers in all four guilds, then shard
        # 1's process dies mid-round.
        for g in all_guilds:
            clicks += await answer_round(fake, channels[g.id], 2, {alice: True, bob: False})
        code = await procs[1].stop(signal.SIGKILL)
        assert code == -signal.SIGKILL

        # Shard 0's quizzes run to the end.
        for g in guilds[0]:
            await skip(fake, alice, channels[g.id])
        await fake.wait_until(
            lambda: all(has(channels[g.id], "🏆 Quiz") for g in guilds[0]),
            timeout=20,
            what="shard 0's podiums",
        )
        assert not any(has(channels[g.id], "🏆 Quiz") for g in guilds[1])
    finally:
        for proc in procs.values():
            await proc.stop()
    for proc in procs.values():
        assert "Traceback" not in proc.text, proc.text

    # Every locked-in answer is stored once, in its guild, and counted once.
    locked = Counter((ix.guild.id, ix.user.id) for ix in clicks)
    stored = Counter(
        (g, u) for g, u in await query(pg_url, "SELECT guild_id, user_id FROM answers")
    )
    assert stored == locked and len(clicks) == 4 * 3 + 4 * 2
    totals = dict(
        await query(pg_url, "SELECT user_id, sum(points) FROM answers GROUP BY user_id")
    )
    global_points = dict(
        await query(pg_url, "SELECT user_id, points FROM player_stats WHERE guild_id = 0")
    )
    assert {u: p for u, p in global_points.items() if p or u in totals} == totals
    assert totals[alice.id] > totals[bob.id] >= totals.get(carol.id, 0)
    states = dict(
        await query(pg_url, "SELECT guild_id, state FROM quiz_sessions ORDER BY guild_id")
    )
    assert {g.id: states[g.id] for g in guilds[0]} == {g.id: "finished" for g in guilds[0]}
    # The killed process's quizzes are left for its next start to end and announce.
    assert {g.id: states[g.id] for g in guilds[1]} == {g.id: "running" for g in guilds[1]}
    assert fake.pinged() == [] and fake.unknown_routes == []

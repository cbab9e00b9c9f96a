"""Our TriviaBot on the fake Discord: in this process, and as `python -m bot` in a subprocess
started by tests/fakediscord/launch.py (fake token, temporary SQLite), shut down by SIGTERM.
The bot is unmodified: only discord.py's base URLs point at 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import signal
import sys
from pathlib import Path

import pytest

from bot.client import TriviaBot
from bot.settings import load_settings
from tests.e2e.botworld import copy_template
from tests.e2e.world import World
from tests.fakediscord import FakeDiscord
from tests.fakediscord.gateway import IDENTIFY, MESSAGE_CONTENT
from tests.fakediscord.harness import BotProcess, bot_env, running_client

pytestmark = pytest.mark.e2e


@pytest.fixture
def db_file(tmp_path: Path, sqlite_template: Path) -> str:
    return f"sqlite+aiosqlite:///{copy_template(sqlite_template, tmp_path)}"


def launched(fake: FakeDiscord, db_file: str, tmp_path: Path, *args: str, **env: str):
    # cwd is a temporary folder, so a developer's .env (a real token) is never read.
    return BotProcess(fake, args or ("run",), env=bot_env(fake, db_file, **env), cwd=tmp_path)


async def test_trivia_bot_logs_in_in_process(world: World, pointed: FakeDiscord, db_file: str):
    fake = pointed
    settings = load_settings(discord_token=fake.token, database_url=db_file)
    async with running_client(fake, TriviaBot(settings)) as bot:
        await fake.wait_until(lambda: bot.get_guild(world.guild.id), what="the guild")
        assert bot.cogs, "no cog loaded"
        identify = fake.gateway.ops(IDENTIFY)[0].data
        assert identify["shard"] == [0, 1]  # AutoShardedBot asked GET /gateway/bot
        assert identify["intents"] & MESSAGE_CONTENT
        assert any(r.route == "GET /gateway/bot" for r in fake.requests)
    # Never an automatic global sync on start.
    assert None not in fake.commands
    assert fake.unknown_routes == []
    assert bot.db is None  # closed with the bot


async def test_bot_process_runs_and_stops_cleanly_on_sigterm(
    world: World, fake: FakeDiscord, db_file: str, tmp_path: Path
):
    proc = await launched(fake, db_file, tmp_path).start()
    await proc.wait_connected()
    session = fake.gateway.live_sessions()[0]
    assert session.shard == (0, 1)
    code = await proc.stop(signal.SIGTERM)
    assert code == 0, proc.text
    assert "Traceback" not in proc.text
    await fake.wait_until(lambda: not session.attached, what="socket closed")
    assert fake.unknown_routes == []


async def test_two_shard_processes_each_get_their_own_guilds(
    fake: FakeDiscord, db_file: str, tmp_path: Path
):
    zero = fake.add_guild("Shard Zero", shard=(0, 2), channels=["quiz"])
    one = fake.add_guild("Shard One", shard=(1, 2), channels=["quiz"])
    player = fake.add_user("player")
    procs = [
        launched(fake, db_file, tmp_path, "run", "--shards", str(n), "--shard-count", "2")
        for n in (0, 1)
    ]
    for proc in procs:
        await proc.start()
    try:
        await fake.wait_connected(sessions=2, timeout=60)
        by_shard = {s.shard: s for s in fake.gateway.live_sessions()}
        assert set(by_shard) == {(0, 2), (1, 2)}
        for shard, guild in (((0, 2), zero), ((1, 2), one)):
            ready = json.loads(by_shard[shard].sent[0][1])["d"]
            assert [g["id"] for g in ready["guilds"]] == [str(guild.id)]
        await fake.say(player, one.channel("quiz"), "hello")
        assert by_shard[(1, 2)].seq > by_shard[(0, 2)].seq  # only shard 1 got it
    finally:
        codes = await asyncio.gather(*(p.stop() for p in procs))
    assert codes == [0, 0], [p.text for p in procs]


async def test_refused_privileged_intent_is_one_clear_line(
    world: World, fake: FakeDiscord, db_file: str, tmp_path: Path
):
    fake.gateway.allowed_intents = 0  # message content not enabled in the "portal"
    proc = await launched(fake, db_file, tmp_path).start()
    assert await proc.wait(timeout=60) == 1
    assert "MESSAGE_CONTENT_INTENT=false" in proc.text
    assert "Traceback" not in proc.text


async def test_sync_sends_what_commands_json_prints(
    world: World, fake: FakeDiscord, db_file: str, tmp_path: Path
):
    proc = launched(fake, db_file, tmp_path, "sync", "--guild", str(world.guild.id))
    await proc.start()
    printed = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "commands",
        "--json",
        env=bot_env(fake, db_file),
        cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await printed.communicate()
    assert await proc.wait(timeout=60) == 0, proc.text
    sync = await fake.wait_for("command_sync")
    assert sync.data["guild_id"] == world.guild.id
    assert sync.data["commands"] == json.loads(out)
    assert [c["name"] for c in fake.commands[world.guild.id]] == [
        c["name"] for c in json.loads(out)
    ]

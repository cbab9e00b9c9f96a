"""The token is a secret: never logged, never shown in an error, and `.env` never committed.

The bot runs as `python -m bot run` (through tests/fakediscord/launch.py, which only points
discord.py at the fake) at LOG_LEVEL=DEBUG, and everything it prints is searched.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
from pathlib import Path

import pytest

from tests.fakediscord import FakeDiscord
from tests.fakediscord.harness import BotProcess, bot_env

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.e2e

# Looks like a real token (id.timestamp.hmac), and unlike anything else in the output.
WRONG_TOKEN = "MTA5ODc2NTQzMjEwOTg3NjU0.GhXyZq.s3cr3t-T0k3n_that_must_never_be_printed_0123"


@pytest.fixture
async def fake() -> FakeDiscord:
    async with FakeDiscord() as server:
        server.add_guild("Fans", channels=["quiz"])
        yield server


@pytest.fixture
def db_url(tmp_path: Path, sqlite_template: Path) -> str:
    path = tmp_path / "bot.db"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite+aiosqlite:///{path}"


def fragments(token: str) -> list[str]:
    """The token and its parts that would identify it (the secret part above all)."""
    return [token, *[part for part in token.split(".") if len(part) >= 6]]


async def test_a_rejected_token_is_one_line_and_never_printed(
    fake: FakeDiscord, db_url: str, tmp_path: Path
) -> None:
    env = bot_env(fake, db_url, DISCORD_TOKEN=WRONG_TOKEN, LOG_LEVEL="DEBUG")
    proc = await BotProcess(fake, ("run",), env=env, cwd=tmp_path).start()
    code = await proc.wait(timeout=60)
    output = proc.text
    assert code == 1, output
    assert any(r.route == "GET /users/@me" and r.status == 401 for r in fake.requests)
    for fragment in fragments(WRONG_TOKEN):
        assert fragment not in output, f"token fragment {fragment!r} printed:\n{output}"
    assert "Traceback" not in output, output
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, output  # one line saying the token was refused
    assert "DISCORD_TOKEN" in errors[0] and "rejected" in errors[0], errors
    assert not [line for line in output.splitlines() if " ERROR " in line], output


async def test_a_good_token_is_never_logged_at_debug(
    fake: FakeDiscord, db_url: str, tmp_path: Path
) -> None:
    env = bot_env(fake, db_url, LOG_LEVEL="DEBUG")
    proc = await BotProcess(fake, ("run",), env=env, cwd=tmp_path).start()
    await proc.wait_connected(timeout=60)
    code = await proc.stop(signal.SIGTERM)
    output = proc.text
    assert code == 0, output
    assert "DEBUG" in output or "debug" in output.lower(), "not logging at DEBUG"
    for fragment in fragments(fake.token):
        assert fragment not in output, f"token fragment {fragment!r} printed:\n{output}"


def test_dotenv_is_ignored_by_git() -> None:
    result = subprocess.run(
        ["git", "check-ignore", "-q", ".env"], cwd=ROOT, capture_output=True, check=False
    )
    assert result.returncode == 0, ".env is not in .gitignore"
    tracked = subprocess.run(
        ["git", "ls-files", "--error-unmatch", ".env"], cwd=ROOT, capture_output=True,
        check=False,
    )
    assert tracked.returncode != 0, ".env is committed"

"""The slash-command contract: names and options as the issue lists them, and
`python -m bot commands --json` printing exactly what discord.py's sync sends."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli.sync import command_payload, describe_commands

ROOT = Path(__file__).resolve().parents[2]

# command path -> option names in order (the contract of issue 5)
CONTRACT = {
    "quiz start": ["questions", "topic", "mode", "seconds", "difficulty"],
    "quiz stop": [],
    "quiz skip": [],
    "leaderboard": ["scope", "period"],
    "score": ["member"],
    "fact": ["question"],
    "article add": ["file", "title"],
    "article list": [],
    "article remove": ["article"],
    "question report": ["reason"],
    "question review": [],
    "trivia import": ["file"],
    "trivia settings": [
        "questions", "seconds", "mode", "allow_channel", "disallow_channel", "manager_role",
        "clear", "timezone",
    ],
    "forget-me": [],
}


@pytest.fixture(scope="module")
def payload() -> list[dict]:
    return command_payload()


def leaves(payload: list[dict]) -> dict[str, dict]:
    found: dict[str, dict] = {}

    def walk(path: str, node: dict) -> None:
        subs = [o for o in node.get("options", []) if o["type"] in (1, 2)]
        if not subs:
            found[path] = node
        for sub in subs:
            walk(f"{path} {sub['name']}", sub)

    for command in payload:
        walk(command["name"], command)
    return found


def test_every_contract_command_with_its_options(payload: list[dict]) -> None:
    commands = leaves(payload)
    for path, options in CONTRACT.items():
        assert path in commands, path
        assert [o["name"] for o in commands[path].get("options", [])] == options, path
    # Anything beyond the contract must be added here on purpose.
    assert set(commands) <= set(CONTRACT) | {"trivia daily", "trivia reset-scores"}


def test_descriptions_and_limits(payload: list[dict]) -> None:
    for path, node in leaves(payload).items():
        assert 1 <= len(node["description"]) <= 100, path
        for option in node.get("options", []):
            assert 1 <= len(option["description"]) <= 100, (path, option["name"])


def test_quiz_start_option_types_and_ranges(payload: list[dict]) -> None:
    start = {o["name"]: o for o in leaves(payload)["quiz start"]["options"]}
    assert (start["questions"]["min_value"], start["questions"]["max_value"]) == (1, 50)
    assert (start["seconds"]["min_value"], start["seconds"]["max_value"]) == (10, 120)
    assert [c["value"] for c in start["mode"]["choices"]] == ["buttons", "typed"]
    assert [c["value"] for c in start["difficulty"]["choices"]] == ["easy", "medium", "hard"]
    assert start["topic"].get("autocomplete") is True
    assert not any(o.get("required") for o in start.values())


def test_leaderboard_choices(payload: list[dict]) -> None:
    board = {o["name"]: o for o in leaves(payload)["leaderboard"]["options"]}
    assert [c["value"] for c in board["scope"]["choices"]] == ["server", "global"]
    assert [c["value"] for c in board["period"]["choices"]] == ["all-time", "week"]


def test_attachments_and_admin_defaults(payload: list[dict]) -> None:
    by_name = {c["name"]: c for c in payload}
    add = leaves(payload)["article add"]["options"]
    assert add[0]["type"] == 11 and add[0]["required"] is True  # ATTACHMENT
    assert leaves(payload)["trivia import"]["options"][0]["type"] == 11
    for admin_group in ("article", "trivia"):
        assert by_name[admin_group]["default_member_permissions"] in (32, "32")  # MANAGE_GUILD
    for guild_group in ("quiz", "article", "question", "trivia"):
        assert by_name[guild_group]["dm_permission"] is False


def test_cli_prints_the_same_json(payload: list[dict]) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "commands", "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == payload


def test_human_listing() -> None:
    lines = describe_commands(command_payload())
    assert any(line.startswith("/quiz start [questions] [topic] [mode]") for line in lines)
    assert any(line.startswith("/fact question ") for line in lines)

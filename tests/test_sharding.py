"""Shards: SHARD_COUNT / SHARD_IDS, `run --shards 0-3 --shard-count 8`, and what the bot
object is given. Nothing here connects to Discord."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from bot.cli import CliError, build_parser
from bot.cli.run import _with_shards
from bot.client import TriviaBot
from bot.settings import Settings, SettingsError, load_settings, parse_shard_ids
from tests.test_cli import run_cli

SHARD_VARS = ("SHARD_COUNT", "SHARD_IDS", "DISCORD_TOKEN", "DATABASE_URL")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no developer .env
    for name in SHARD_VARS:
        monkeypatch.delenv(name, raising=False)


def run_args(*argv: str) -> argparse.Namespace:
    return build_parser().parse_args(["run", *argv])


# ---------------------------------------------------------------- parsing shard ids


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("0-3", [0, 1, 2, 3]),
        ("4-7", [4, 5, 6, 7]),
        ("0,2,5", [0, 2, 5]),
        ("7", [7]),
        ("0-1, 4-5", [0, 1, 4, 5]),
        ("3,1,2-3", [1, 2, 3]),  # sorted, no repeats
        ("2-2", [2]),
    ],
)
def test_parse_shard_ids(text: str, ids: list[int]) -> None:
    assert parse_shard_ids(text) == ids


@pytest.mark.parametrize("text", ["", ",", "a", "1-", "-3", "1-b", "0..3", "3-1", "1.5"])
def test_parse_shard_ids_refuses(text: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_shard_ids(text)
    assert "\n" not in str(caught.value)


# ---------------------------------------------------------------- settings


def test_settings_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHARD_COUNT", "8")
    monkeypatch.setenv("SHARD_IDS", "4-7")
    settings = load_settings()
    assert settings.shard_count == 8
    assert settings.shard_id_list() == [4, 5, 6, 7]


def test_settings_unset_means_discord_decides() -> None:
    settings = load_settings()
    assert settings.shard_count is None
    assert settings.shard_id_list() is None


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"SHARD_IDS": "0-3"}, "SHARD_COUNT"),  # alone it would run every shard
        ({"SHARD_COUNT": "4", "SHARD_IDS": "2-5"}, "shard 4 does not exist"),
        ({"SHARD_COUNT": "4", "SHARD_IDS": "3-1"}, "backwards"),
        ({"SHARD_COUNT": "0"}, "SHARD_COUNT"),
        ({"SHARD_COUNT": "two"}, "SHARD_COUNT"),
    ],
)
def test_settings_errors_are_one_line(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], words: str
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    message = str(caught.value)
    assert "\n" not in message
    assert words in message
    assert "SHARD_" in message  # names the variable


# ---------------------------------------------------------------- run --shards


def test_cli_range_and_count() -> None:
    settings = _with_shards(load_settings(), run_args("--shards", "0-3", "--shard-count", "8"))
    assert settings.shard_count == 8
    assert settings.shard_id_list() == [0, 1, 2, 3]


def test_cli_list() -> None:
    settings = _with_shards(load_settings(), run_args("--shards", "1,3", "--shard-count", "4"))
    assert settings.shard_id_list() == [1, 3]


def test_cli_count_alone_runs_every_shard_of_that_count() -> None:
    settings = _with_shards(load_settings(), run_args("--shard-count", "3"))
    assert settings.shard_count == 3
    assert settings.shard_id_list() is None
    assert TriviaBot(settings).shard_ids == [0, 1, 2]


def test_cli_shards_take_count_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHARD_COUNT", "8")
    settings = _with_shards(load_settings(), run_args("--shards", "4-7"))
    assert (settings.shard_count, settings.shard_id_list()) == (8, [4, 5, 6, 7])


def test_cli_overrides_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHARD_COUNT", "8")
    monkeypatch.setenv("SHARD_IDS", "0-3")
    settings = _with_shards(load_settings(), run_args("--shards", "4-5", "--shard-count", "6"))
    assert (settings.shard_count, settings.shard_id_list()) == (6, [4, 5])


def test_cli_without_shard_options_keeps_settings() -> None:
    settings = load_settings()
    assert _with_shards(settings, run_args()) is settings


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--shards", "0-3"], "needs SHARD_COUNT (or --shard-count)"),
        (["--shards", "0-3", "--shard-count", "2"], "shard 2 does not exist with 2 shards"),
        (["--shards", "x", "--shard-count", "2"], "not a range"),
        (["--shards", "", "--shard-count", "2"], "empty"),
        (["--shard-count", "0"], "--shard-count"),
        (["--shard-count", "-2"], "--shard-count"),
        (["--shard-count", "many"], "--shard-count"),
    ],
)
def test_cli_errors_are_one_line(argv: list[str], words: str) -> None:
    with pytest.raises(CliError) as caught:
        _with_shards(load_settings(), run_args(*argv))
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)


def test_run_refuses_shards_without_count_before_connecting(tmp_path: Path) -> None:
    # A token is set, so the only thing stopping the bot is the shard check; it stops
    # before the database is created or Discord is contacted.
    result = run_cli("run", "--shards", "0-3", cwd=tmp_path, env={"DISCORD_TOKEN": "x.y.z"})
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "--shard-count" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "data").exists()


def test_run_refuses_shard_ids_alone_in_environment(tmp_path: Path) -> None:
    result = run_cli("run", cwd=tmp_path, env={"DISCORD_TOKEN": "x.y.z", "SHARD_IDS": "0-1"})
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "SHARD_IDS" in result.stderr
    assert "SHARD_COUNT" in result.stderr


# ---------------------------------------------------------------- the bot object


def test_bot_gets_its_shards() -> None:
    settings = _with_shards(load_settings(), run_args("--shards", "4-7", "--shard-count", "8"))
    client = TriviaBot(settings)
    assert client.shard_count == 8
    assert client.shard_ids == [4, 5, 6, 7]


def test_two_processes_split_the_shards() -> None:
    first = TriviaBot(load_settings(shard_count=2, shard_ids="0"))
    second = TriviaBot(load_settings(shard_count=2, shard_ids="1"))
    assert (first.shard_ids, second.shard_ids) == ([0], [1])
    assert first.shard_count == second.shard_count == 2


def test_bot_without_shard_settings_asks_discord() -> None:
    # AutoShardedBot with shard_count None fetches the recommended count at login.
    client = TriviaBot(Settings())
    assert client.shard_count is None
    assert client.shard_ids is None

"""The command line: help, and a clear refusal to start without a token."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_cli(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "DATABASE_URL"}}
    clean["PYTHONPATH"] = str(ROOT)
    clean.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd, env=clean, capture_output=True, text=True, timeout=120,
    )


def test_help_lists_commands(tmp_path: Path) -> None:
    result = run_cli("--help", cwd=tmp_path)
    assert result.returncode == 0
    for command in ("run", "db"):
        assert f"    {command} " in result.stdout


def test_run_without_token_is_one_line_and_fails(tmp_path: Path) -> None:
    result = run_cli("run", cwd=tmp_path)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "DISCORD_TOKEN" in lines[0]
    assert ".env" in lines[0]
    assert "Traceback" not in result.stderr
    # It refused before touching anything: no database was created.
    assert not (tmp_path / "data").exists()


def test_malformed_setting_is_one_line(tmp_path: Path) -> None:
    result = run_cli("db", "upgrade", cwd=tmp_path, env={"DATABASE_URL": "mysql://x/y"})
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "DATABASE_URL" in result.stderr


def test_db_upgrade_creates_sqlite_file(tmp_path: Path) -> None:
    result = run_cli("db", "upgrade", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "fan-trivia.db").stat().st_size > 0


def test_sources_split_lists_and_report_each_bad_file(tmp_path: Path) -> None:
    """bot/cli/sources.py: what `questions` and `play` read from their paths."""
    import argparse

    from bot.cli import CliError
    from bot.cli.sources import load_glossary, read_sources

    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "good.txt").write_text("BTS performed Fake Love at the BBMAs.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    red = tmp_path / "kpop.yaml"
    red.write_text("Which group sang Idol?:\n- BTS\n", encoding="utf-8")
    failed: list[str] = []
    articles, lists = read_sources(
        [folder, red, tmp_path / "missing.txt"], max_bytes=10_000, fail=failed.append
    )
    assert [a.name for a in articles] == ["good"] and lists == [red]
    assert len(failed) == 2 and "missing.txt" in failed[1], failed

    def args(**kw) -> argparse.Namespace:
        return argparse.Namespace(**{"no_glossary": False, "glossary": None, **kw})

    assert load_glossary(args(no_glossary=True), tmp_path) is None
    assert load_glossary(args(), tmp_path) is None  # no SEEDS_DIR/glossary.yaml: none
    assert load_glossary(args(), ROOT / "seeds") is not None
    try:
        load_glossary(args(glossary=tmp_path / "nope.yaml"), tmp_path)
    except CliError as error:
        assert "nope.yaml" in str(error)
    else:
        raise AssertionError("a missing --glossary is an error")

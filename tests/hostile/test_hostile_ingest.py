"""`python -m bot ingest` against a folder mixing good and bad files (built here): the good
ones are stored, each bad one is named with its reason on one line, the exit code is 1,
and `python -m bot articles list --json` shows exactly the good ones. A failed run of only
bad files leaves every stored row as it was.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.conftest import snapshot
from tests.hostile.test_hostile_articles import NO_FACTS_TEXT, SEED, bad_files

ROOT = Path(__file__).resolve().parents[2]
GOOD_MD = """---
title: Blackpink at Coachella 2023
date: 2023-04-16
---
Blackpink headlined Coachella on April 15, 2023.

Blackpink performed Pink Venom at Coachella 2023.

Jennie met Lisa backstage at Coachella 2023.
"""


def run_bot(*args: str, db_url: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "DATABASE_"))}
    env.update(DATABASE_URL=db_url, PYTHONPATH=str(ROOT), SEEDS_DIR=str(ROOT / "seeds"))
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False,
    )


@pytest.fixture
def db(tmp_path: Path, sqlite_template: Path) -> tuple[str, Path]:
    path = tmp_path / "bot.db"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite+aiosqlite:///{path}", path


def build_folder(folder: Path, *, good: bool = True) -> dict[str, str]:
    """Write the bad files (and two good ones); returns bad file name -> reason words."""
    folder.mkdir()
    reasons: dict[str, str] = {}
    for name, (data, reason) in bad_files().items():
        (folder / name).write_bytes(data)
        reasons[name] = reason
    (folder / "no-facts.txt").write_text(NO_FACTS_TEXT, encoding="utf-8")
    reasons["no-facts.txt"] = "question"
    huge = folder / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(20_000_000)  # sparse
    reasons["huge.txt"] = "limit"
    if good:
        shutil.copyfile(SEED, folder / "bts-bbma-2018.txt")
        (folder / "coachella.md").write_text(GOOD_MD, encoding="utf-8")
        # The same article as bts-bbma-2018.txt, re-encoded: a duplicate.
        (folder / "zz-copy-utf16.txt").write_bytes(
            SEED.read_text(encoding="utf-8").encode("utf-16")
        )
    return reasons


def bad_lines(stderr: str, reasons: dict[str, str]) -> dict[str, str]:
    """Each bad file's one line on stderr, naming the file and why (stdout has a table)."""
    lines = stderr.splitlines()
    found: dict[str, str] = {}
    for name in reasons:
        named = re.compile(rf"(^|[\s/]){re.escape(name)}:")
        mine = [line for line in lines if named.search(line)]
        assert len(mine) == 1, (name, mine, stderr)
        found[name] = mine[0]
    return found


def test_ingest_a_mixed_folder(tmp_path: Path, db: tuple[str, Path]) -> None:
    url, _ = db
    folder = tmp_path / "articles"
    reasons = build_folder(folder)
    result = run_bot("ingest", str(folder), db_url=url, cwd=tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output, output
    for name, line in bad_lines(result.stderr, reasons).items():
        assert reasons[name].lower() in line.lower(), (name, line)
    # The UTF-16 copy of the seed is a duplicate: reported, not stored, not a failure.
    assert f"2 added, 1 already stored, {len(reasons)} failed" in result.stdout, result.stdout

    listed = run_bot("articles", "list", "--json", db_url=url, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    articles = json.loads(listed.stdout)
    assert sorted(a["name"] for a in articles) == ["bts-bbma-2018", "coachella"], articles
    assert all(a["questions"] > 0 for a in articles), articles

    # Run again: everything good is now a duplicate, nothing new is stored.
    before = snapshot(db[1])
    again = run_bot("ingest", str(folder), db_url=url, cwd=tmp_path)
    assert again.returncode == 1
    assert snapshot(db[1]) == before


def test_ingest_of_only_bad_files_changes_nothing(tmp_path: Path, db: tuple[str, Path]) -> None:
    url, path = db
    folder = tmp_path / "bad"
    reasons = build_folder(folder, good=False)
    before = snapshot(path)
    result = run_bot("ingest", str(folder), db_url=url, cwd=tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert len(bad_lines(result.stderr, reasons)) == len(reasons)
    assert snapshot(path) == before


def test_ingest_of_good_files_exits_0(tmp_path: Path, db: tuple[str, Path]) -> None:
    url, _ = db
    folder = tmp_path / "good"
    folder.mkdir()
    (folder / "coachella.md").write_text(GOOD_MD, encoding="utf-8")
    result = run_bot("ingest", str(folder), db_url=url, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_piped_tables_never_cut_a_cell(tmp_path: Path, db: tuple[str, Path]) -> None:
    """Piped output (a script, a log) has no terminal width: rich's default 80 columns
    cut long file names and titles to "…". Names with [brackets] are shown literally."""
    url, _ = db
    folder = tmp_path / "long"
    folder.mkdir()
    long_name = "blackpink-headlines-coachella-2023-with-pink-venom-and-jennie-meets-lisa.md"
    odd_name = "[bold]not-markup[red].md"
    (folder / long_name).write_text(GOOD_MD, encoding="utf-8")
    (folder / odd_name).write_text(GOOD_MD.replace("2023", "2024"), encoding="utf-8")
    empty = "empty-file-with-a-long-name-to-explain-why-it-failed-here.txt"
    (folder / empty).write_bytes(b"")
    done = run_bot("ingest", str(folder), db_url=url, cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    for name in (long_name, odd_name, empty):
        assert name in done.stdout, done.stdout
    assert "…" not in done.stdout, done.stdout
    listed = run_bot("articles", "list", db_url=url, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "Blackpink at Coachella 2023" in listed.stdout and "…" not in listed.stdout

"""SQLite's answer writer (a thread) and lean reader close with the database, and a
process that exits with its engine still alive prints nothing."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from bot.db.engine import open_database
from bot.db.repos import _base, scores

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import asyncio, sys
    from bot.db.engine import open_database
    from bot.db.repos import _base, scores

    alive = []

    async def main(url, close):
        db = open_database(url)
        alive.append(db)  # the engine outlives asyncio.run, as in a CLI that forgot it
        await _base.run_write(db, lambda conn: conn.exec_driver_sql("SELECT 1"))
        await scores.board_size(db)  # opens the lean reader
        if close:
            await db.close()

    asyncio.run(main(sys.argv[1], sys.argv[2] == "close"))
    """
)


def writer_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith(("sqlite-writer", "sqlite-ckpt"))]


@pytest.mark.parametrize("close", ["close", "keep"])
def test_exit_with_the_engine_alive_prints_nothing(
    close: str, tmp_path: Path, sqlite_template: Path
) -> None:
    path = tmp_path / "exit.db"
    path.write_bytes(sqlite_template.read_bytes())
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, f"sqlite+aiosqlite:///{path}", close],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == "", done.stderr


async def test_close_stops_the_writer_and_a_reopened_use_works(
    tmp_path: Path, sqlite_template: Path
) -> None:
    path = tmp_path / "close.db"
    shutil.copyfile(sqlite_template, path)
    before = set(writer_threads())
    db = open_database(f"sqlite+aiosqlite:///{path}")
    await _base.run_write(db, lambda conn: conn.exec_driver_sql("SELECT 1"))
    assert await scores.board_size(db) == 0
    assert set(writer_threads()) - before
    await db.close()
    assert set(writer_threads()) - before == set()
    assert db.engine not in _base._writers and db.engine not in _base._readers
    # The engine can be used again after close (SQLAlchemy reconnects): so can these.
    await _base.run_write(db, lambda conn: conn.exec_driver_sql("SELECT 1"))
    assert await scores.board_size(db) == 0
    await db.close()
    assert set(writer_threads()) - before == set()

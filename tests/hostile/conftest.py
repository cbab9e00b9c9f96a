"""Fixtures for the hostile-input tests: the fake Discord and our bot from tests/e2e, one
spaCy pipeline for the whole session, and a snapshot of every stored row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from questions.engine import QuestionEngine
from questions.glossary import load_glossary
from tests.e2e.conftest import fake, pointed, world  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def engine() -> QuestionEngine:
    """The question engine with the seed glossary; spaCy is loaded once per session."""
    engine = QuestionEngine(glossary=load_glossary(ROOT / "seeds" / "glossary.yaml"))
    engine.nlp  # noqa: B018  (load now, not inside a timed example)
    return engine


def snapshot(path: Path | str) -> dict[str, list[tuple]]:
    """Every row of every table of a SQLite file, sorted: equal snapshots mean the stored
    data is exactly as it was."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {
            table: sorted(
                connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr
            )
            for table in tables
        }
    finally:
        connection.close()


def counts(snap: dict[str, list[tuple]]) -> dict[str, int]:
    return {table: len(rows) for table, rows in snap.items()}

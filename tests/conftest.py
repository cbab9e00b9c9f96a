"""Shared fixtures: a migrated database on each engine, fresh for every test.

`db_url` is parametrised over SQLite and PostgreSQL, so a test that takes it (or `db`)
runs on both engines. PostgreSQL comes from TEST_DATABASE_URL, which
`scripts/with-postgres.sh` (used by `make test-pg` and `.ci/run`) exports; without it
those cases skip with one line saying so.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from bot.db.engine import Database, open_database
from bot.db.migrate import upgrade

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PG_SKIP = "PostgreSQL tests skip: TEST_DATABASE_URL is not set (run `make test-pg`)"
PG_TEMPLATE = "fan_trivia_template"

ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """One line per distinct skip reason (not one per test), so a run without
    PostgreSQL says so once instead of listing every skipped case."""
    from collections import Counter

    reasons: Counter[str] = Counter()
    for report in terminalreporter.stats.get("skipped", []):
        longrepr = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
        reasons[reason.removeprefix("Skipped: ")] += 1
    for reason, count in reasons.most_common():
        terminalreporter.write_line(f"skipped {count}: {reason}")


def _pg_admin_dsn(url: str, database: str = "postgres") -> str:
    parsed = make_url(url).set(drivername="postgresql", database=database)
    return parsed.render_as_string(hide_password=False)


async def _pg_execute(url: str, *statements: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(_pg_admin_dsn(url))
    try:
        for statement in statements:
            await connection.execute(statement)
    finally:
        await connection.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file, copied for each test (faster than migrating each time)."""
    path = tmp_path_factory.mktemp("sqlite-template") / "template.db"
    upgrade(f"sqlite+aiosqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str | None]:
    """A migrated PostgreSQL template database, cloned for each test."""
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        yield None
        return
    template_url = make_url(base).set(database=PG_TEMPLATE).render_as_string(False)
    asyncio.run(
        _pg_execute(
            base,
            f"DROP DATABASE IF EXISTS {PG_TEMPLATE} WITH (FORCE)",
            f"CREATE DATABASE {PG_TEMPLATE}",
        )
    )
    upgrade(template_url)
    yield base
    asyncio.run(_pg_execute(base, f"DROP DATABASE IF EXISTS {PG_TEMPLATE} WITH (FORCE)"))


@pytest.fixture(params=ENGINES)
async def db_url(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    sqlite_template: Path,
    pg_template: str | None,
) -> AsyncIterator[str]:
    """The URL of a freshly migrated, empty database on each engine."""
    if request.param == "sqlite":
        path = tmp_path / "test.db"
        shutil.copyfile(sqlite_template, path)
        yield f"sqlite+aiosqlite:///{path}"
        return
    if pg_template is None:
        pytest.skip(PG_SKIP)
    name = f"ft_{uuid.uuid4().hex[:12]}"
    await _pg_execute(pg_template, f"CREATE DATABASE {name} TEMPLATE {PG_TEMPLATE}")
    try:
        yield make_url(pg_template).set(database=name).render_as_string(False)
    finally:
        await _pg_execute(pg_template, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
async def db(db_url: str) -> AsyncIterator[Database]:
    database = open_database(db_url)
    try:
        yield database
    finally:
        await database.close()


@pytest.fixture
def empty_pg_url(pg_template: str | None) -> Iterator[str]:
    """An empty (unmigrated) PostgreSQL database, for migration and copy tests."""
    if pg_template is None:
        pytest.skip(PG_SKIP)
    name = f"ft_empty_{uuid.uuid4().hex[:12]}"
    asyncio.run(_pg_execute(pg_template, f"CREATE DATABASE {name}"))
    yield make_url(pg_template).set(database=name).render_as_string(False)
    asyncio.run(_pg_execute(pg_template, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))

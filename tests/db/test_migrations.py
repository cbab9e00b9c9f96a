"""Migrations apply to an empty database on both engines and match the models."""

from __future__ import annotations

import asyncio

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from bot.db.engine import open_database
from bot.db.migrate import current_heads, downgrade, upgrade
from bot.db.models import Base

EXPECTED_TABLES = {t.name for t in Base.metadata.sorted_tables}


async def _tables_and_version(url: str) -> tuple[set[str], str | None, list]:
    database = open_database(url)
    try:
        async with database.engine.connect() as connection:
            def read(sync_connection):
                context = MigrationContext.configure(sync_connection)
                diff = compare_metadata(context, Base.metadata)
                return (
                    set(inspect(sync_connection).get_table_names()),
                    context.get_current_revision(),
                    diff,
                )
            return await connection.run_sync(read)
    finally:
        await database.close()


def _significant(diff: list) -> list:
    # Expression indexes (points DESC) cannot be reflected on SQLite; everything else counts.
    return [d for d in diff if not (d[0] in ("add_index", "remove_index") and "board" in d[1].name)]


async def test_upgrade_empty_sqlite_file(tmp_path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/nested/folder/new.db"
    await asyncio.to_thread(upgrade, url)
    tables, version, diff = await _tables_and_version(url)
    assert EXPECTED_TABLES <= tables
    assert version in current_heads()
    assert _significant(diff) == []
    # Running it again is a no-op.
    await asyncio.to_thread(upgrade, url)


@pytest.mark.postgres
async def test_upgrade_empty_postgres(empty_pg_url: str) -> None:
    await asyncio.to_thread(upgrade, empty_pg_url)
    tables, version, diff = await _tables_and_version(empty_pg_url)
    assert EXPECTED_TABLES <= tables
    assert version in current_heads()
    assert _significant(diff) == []


async def test_downgrade_to_base_and_back(tmp_path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/round.db"
    await asyncio.to_thread(upgrade, url)
    await asyncio.to_thread(downgrade, url, "base")
    tables, version, _ = await _tables_and_version(url)
    assert version is None
    assert not (EXPECTED_TABLES & tables)
    await asyncio.to_thread(upgrade, url)
    tables, _, _ = await _tables_and_version(url)
    assert EXPECTED_TABLES <= tables


async def test_db_fixture_gives_each_engine_an_empty_schema(db) -> None:
    async with db.engine.connect() as connection:
        names = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
    assert EXPECTED_TABLES <= names

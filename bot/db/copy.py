"""Copy every row of one database into another, empty one (`python -m bot db copy`).

This is how a bot that outgrew SQLite moves to PostgreSQL (the case that matters), but
any direction works: PostgreSQL to SQLite (a local snapshot) or SQLite to SQLite.

How it works, and why:
- The source must be at the schema head, so its columns are exactly the models' columns.
  It is only read.
- The target is migrated to head with Alembic (the same schema as a fresh install, with
  the expression indexes and partial unique index autogenerate cannot see), and refused
  if any table already has rows: merging two databases' ids is not a copy.
- Tables go in foreign-key order (`Base.metadata.sorted_tables`), each read as a stream
  in primary-key order and written in batches of Core executemany inserts, so memory is
  bounded by one batch, whatever the size. Primary keys are kept, so every reference
  between rows stays valid.
- Everything is written in one transaction on the target: a failed copy leaves the target
  empty (but migrated), ready for another try. On PostgreSQL the tables are locked for
  the copy, so no bot process can write into a half-copied database.
- PostgreSQL sequences are then moved past the largest copied id (`setval`), so the first
  new row gets a fresh id instead of colliding with a copied one. SQLite needs nothing:
  an INTEGER PRIMARY KEY takes max(id) + 1.
- SQLite keeps datetimes as naive UTC text; they are written as aware UTC, which is what
  the repositories hand out on both engines.
- Counts are checked twice: the source is counted again before commit (a source that is
  still being written to, e.g. by a running bot, rolls the copy back), and the target is
  counted again after commit on a fresh connection.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alembic.migration import MigrationContext
from sqlalchemy import DateTime, Table, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.db.engine import create_engine
from bot.db.migrate import current_heads, upgrade
from bot.db.models import Base

DEFAULT_BATCH = 5_000


class CopyError(Exception):
    """The copy was refused or failed; nothing was committed. The message is one line."""


@dataclass
class TableCount:
    name: str
    copied: int = 0
    source_rows: int | None = None  # counted again after the copy, before commit
    target_rows: int | None = None  # counted after commit, on a fresh connection

    @property
    def ok(self) -> bool:
        return self.source_rows == self.copied == self.target_rows


@dataclass
class CopyReport:
    source: str  # URLs with the password hidden
    target: str
    tables: list[TableCount] = field(default_factory=list)
    committed: bool = False
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(table.copied for table in self.tables)

    @property
    def ok(self) -> bool:
        return self.committed and all(table.ok for table in self.tables)


def normalize_url(url: str) -> str:
    """Plain `postgresql://` and `sqlite:///` URLs get the async drivers the bot uses."""
    if url.startswith("sqlite:///"):
        return "sqlite+aiosqlite:///" + url.removeprefix("sqlite:///")
    if url.startswith(("postgres://", "postgresql://")):
        return "postgresql+asyncpg://" + url.split("://", 1)[1]
    if not url.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
        raise CopyError(f"{url!r} must start with postgresql+asyncpg:// or sqlite+aiosqlite://")
    return url


def shown(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def _same_database(a: str, b: str) -> bool:
    return make_url(a).set(drivername="x") == make_url(b).set(drivername="x")


def tables() -> list[Table]:
    """Every table of the schema, parents before the tables that reference them."""
    return list(Base.metadata.sorted_tables)


# ---------------------------------------------------------------- checks before copying


async def _revision(engine: AsyncEngine) -> str | None:
    async with engine.connect() as conn:
        return await conn.run_sync(
            lambda sync: MigrationContext.configure(sync).get_current_revision()
        )


def first_line(error: Exception) -> str:
    orig = getattr(error, "orig", None) or error
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]


def _missing_sqlite_file(url: str) -> str | None:
    """The path of a SQLite source file that does not exist (connecting would create it)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return None if Path(parsed.database).expanduser().is_file() else parsed.database


async def _check_source(engine: AsyncEngine, url: str) -> None:
    missing = await asyncio.to_thread(_missing_sqlite_file, url)
    if missing is not None:
        raise CopyError(f"the source file {missing} does not exist")
    try:
        revision = await _revision(engine)
    except (DBAPIError, OSError) as error:
        raise CopyError(f"cannot read the source {shown(url)}: {first_line(error)}") from None
    heads = current_heads()
    if revision is None:
        raise CopyError(
            f"the source {shown(url)} has no Fan Trivia schema (is --from the right database?)"
        )
    if revision not in heads:
        raise CopyError(
            f"the source is at schema revision {revision}, this code expects "
            f"{', '.join(sorted(heads))}: run `python -m bot db upgrade --url SOURCE` first"
        )


async def _first_table_with_rows(conn: AsyncConnection) -> str | None:
    existing = set(await conn.run_sync(lambda sync: inspect(sync).get_table_names()))
    for table in tables():
        if table.name in existing:
            found = await conn.scalar(select(text("1")).select_from(table).limit(1))
            if found is not None:
                return table.name
    return None


def _refuse_non_empty(name: str | None) -> None:
    if name is not None:
        raise CopyError(
            f"the target already has rows in table {name}: copy only into an empty database"
        )


# ---------------------------------------------------------------- the copy itself


def _row_converter(table: Table) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """Per table: turn a row as read into a row to write (aware UTC datetimes)."""
    aware_columns = [
        column.key
        for column in table.columns
        if isinstance(column.type, DateTime) and column.type.timezone
    ]

    def convert(row: dict[str, Any]) -> dict[str, Any]:
        for key in aware_columns:
            value = row[key]
            if value is not None:
                row[key] = (
                    value.replace(tzinfo=dt.UTC)
                    if value.tzinfo is None
                    else value.astimezone(dt.UTC)
                )
        return row

    return convert


async def _copy_table(
    source: AsyncConnection, target: AsyncConnection, table: Table, batch: int
) -> int:
    convert = _row_converter(table)
    statement = (
        select(table)
        .order_by(*table.primary_key.columns)
        .execution_options(yield_per=batch)
    )
    copied = 0
    result = await source.stream(statement)
    async for rows in result.partitions(batch):
        await target.execute(table.insert(), [convert(dict(row._mapping)) for row in rows])
        copied += len(rows)
    return copied


async def _count(conn: AsyncConnection, table: Table) -> int:
    return int(await conn.scalar(select(func.count()).select_from(table)) or 0)


async def _reset_sequences(target: AsyncConnection) -> None:
    """Move each PostgreSQL sequence past the largest copied id (empty table: start at 1)."""
    quote = target.dialect.identifier_preparer.quote
    for table in tables():
        column = table.autoincrement_column
        if column is None:
            continue
        await target.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                f"COALESCE((SELECT MAX({quote(column.name)}) FROM {quote(table.name)}), 0) + 1, "
                f"false)"
            ),
            {"table": table.name, "column": column.name},
        )


async def _lock_target(target: AsyncConnection) -> None:
    # Nobody else writes into the tables until the copy commits (or rolls back).
    quote = target.dialect.identifier_preparer.quote
    names = ", ".join(quote(table.name) for table in tables())
    await target.execute(text(f"LOCK TABLE {names} IN ACCESS EXCLUSIVE MODE"))


async def _source_connection(engine: AsyncEngine) -> AsyncConnection:
    conn = await engine.connect()
    if engine.dialect.name == "postgresql":
        # One snapshot for every table, so the rows of all tables agree with each other.
        conn = await conn.execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True
        )
    return conn


async def copy_database(
    source_url: str,
    target_url: str,
    *,
    batch: int = DEFAULT_BATCH,
) -> CopyReport:
    """Copy every row from `source_url` into the empty database at `target_url`.

    Raises CopyError (nothing written) when refused. Returns the report; `report.ok` is
    False when the counts disagree (then nothing was committed, unless the disagreement
    showed only after commit).
    """
    if batch < 1:
        raise CopyError("--batch must be at least 1")
    source_url, target_url = normalize_url(source_url), normalize_url(target_url)
    if _same_database(source_url, target_url):
        raise CopyError("the source and the target are the same database")
    report = CopyReport(source=shown(source_url), target=shown(target_url))
    started = time.perf_counter()

    source = create_engine(source_url, pool_size=1)
    target = create_engine(target_url, pool_size=1)
    try:
        await _check_source(source, source_url)
        try:
            async with target.connect() as conn:  # refuse before migrating anything
                _refuse_non_empty(await _first_table_with_rows(conn))
        except (DBAPIError, OSError) as error:
            raise CopyError(
                f"cannot open the target {shown(target_url)}: {first_line(error)}"
            ) from None
        await target.dispose()
        await asyncio.to_thread(upgrade, target_url)

        source_conn = await _source_connection(source)
        try:
            async with target.begin() as target_conn:
                is_pg = target_conn.dialect.name == "postgresql"
                if is_pg:
                    await _lock_target(target_conn)
                _refuse_non_empty(await _first_table_with_rows(target_conn))
                for table in tables():
                    count = TableCount(table.name)
                    count.copied = await _copy_table(source_conn, target_conn, table, batch)
                    count.source_rows = await _count(source_conn, table)
                    report.tables.append(count)
                if any(t.source_rows != t.copied for t in report.tables):
                    await target_conn.rollback()
                    return report
                if is_pg:
                    await _reset_sequences(target_conn)
        finally:
            await source_conn.close()
        report.committed = True

        async with target.connect() as conn:
            by_name = {table.name: table for table in tables()}
            for count in report.tables:
                count.target_rows = await _count(conn, by_name[count.name])
    finally:
        report.seconds = time.perf_counter() - started
        await source.dispose()
        await target.dispose()
    return report


def format_report(report: CopyReport) -> list[str]:
    """The per-table summary printed by the CLI: rows copied, and any disagreement."""
    width = max([len(t.name) for t in report.tables] + [5])
    lines = [f"{report.source} -> {report.target}"]
    for count in report.tables:
        note = ""
        if count.source_rows != count.copied:
            note = f"  but the source now has {count.source_rows}"
        elif report.committed and count.target_rows != count.copied:
            note = f"  but the target has {count.target_rows}"
        lines.append(f"  {count.name:<{width}}  {count.copied:>10,}{note}")
    lines.append(f"  {'total':<{width}}  {report.rows:>10,}  in {report.seconds:.1f} s")
    return lines


def summary_line(report: CopyReport) -> str:
    if report.ok:
        return f"copied {report.rows:,} rows in {len(report.tables)} tables; counts verified"
    if not report.committed:
        return (
            "the source changed during the copy (is a bot still running on it?): "
            "nothing was committed; stop the bot and run the copy again"
        )
    return "row counts on the target differ from the source after commit: check the target"

"""Reading rows into records from `bot.db.records`, for the repositories.

`read_one` and `read_all` run a read on a connection of its own and turn each row into a
record with the repository's own `make(row)`; `from_row` is the usual `make`: every field
from the column of the same name.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import fields
from typing import Any, TypeVar

from sqlalchemy import Executable

from bot.db.engine import Database

R = TypeVar("R")


async def read_one(db: Database, statement: Executable, make: Callable[[Any], R]) -> R | None:
    """The first row as a record, or None when there is none."""
    async with db.engine.connect() as conn:
        row = (await conn.execute(statement)).first()
    return make(row) if row else None


async def read_all(db: Database, statement: Executable, make: Callable[[Any], R]) -> list[R]:
    """Every row as a record, in the statement's order."""
    async with db.engine.connect() as conn:
        return [make(row) for row in await conn.execute(statement)]


@functools.cache
def _field_names(record: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(record))


def from_row(record: type[R], row: Any, **computed: Any) -> R:
    """`record` built from `row`: each field from the column of the same name, except the
    ones given in `computed` (converted, counted or renamed by the caller). A field with
    neither a column nor a value is an error (KeyError), never a silent default."""
    columns = row._mapping
    values = {
        name: computed[name] if name in computed else columns[name]
        for name in _field_names(record)
    }
    return record(**values)

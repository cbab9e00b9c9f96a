"""Turning a result row into a record from `bot.db.records`, for the repositories."""

from __future__ import annotations

import functools
from dataclasses import fields
from typing import Any, TypeVar

R = TypeVar("R")


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

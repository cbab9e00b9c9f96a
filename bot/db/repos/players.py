"""Players' display names, cached for leaderboards (a board lists people the bot may no
longer share a server with, so it cannot ask Discord each time).

Answers note names with `note_name`, which never waits: a process remembers the
(user, name) pairs it has stored (an LRU), and only a new or changed name is queued,
to be written with the others in one upsert shortly after (`flush_names`: a background
flush NAME_FLUSH_SECONDS later, at each round's reveal, and at shutdown). Writing a
name on every answer took the database's write lock a second time per answer."""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.db.engine import Database
from bot.db.models import Player
from bot.db.repos._base import as_utc, clip, insert, run_write

log = logging.getLogger(__name__)

_pl = Player.__table__
NAME_MAX = 100
KNOWN_NAMES = 100_000  # (user, name) pairs remembered as stored, per database
NAME_FLUSH_SECONDS = 1.0  # a noted name is written at most this long after


@dataclass
class _NameBook:
    """One database's names: those stored (LRU) and those waiting to be written."""

    known: OrderedDict[int, str] = field(default_factory=OrderedDict)
    pending: dict[int, str] = field(default_factory=dict)
    forgotten: set[int] = field(default_factory=set)  # erased while a write was queued
    timer: asyncio.TimerHandle | None = None
    flushing: asyncio.Task | None = None


_books: weakref.WeakKeyDictionary[AsyncEngine, _NameBook] = weakref.WeakKeyDictionary()


def _book(db: Database) -> _NameBook:
    book = _books.get(db.engine)
    if book is None:
        book = _books[db.engine] = _NameBook()
    return book


def _stored(book: _NameBook, names: dict[int, str]) -> None:
    for user_id, name in names.items():
        if user_id in book.forgotten:
            continue
        book.known[user_id] = name
        book.known.move_to_end(user_id)
    while len(book.known) > KNOWN_NAMES:
        book.known.popitem(last=False)


def note_name(db: Database, user_id: int, display_name: str) -> None:
    """Remember a player's name without waiting: written later, and only if new or
    changed since this process last stored it."""
    name = clip(display_name or "", NAME_MAX) or ""
    book = _book(db)
    book.forgotten.discard(user_id)
    if book.known.get(user_id) == name and user_id not in book.pending:
        book.known.move_to_end(user_id)
        return
    book.pending[user_id] = name
    if book.timer is None:
        book.timer = asyncio.get_running_loop().call_later(
            NAME_FLUSH_SECONDS, _start_flush, db, book
        )


def _start_flush(db: Database, book: _NameBook) -> None:
    book.timer = None
    if not book.pending:
        return
    loop = asyncio.get_running_loop()
    if book.flushing is not None and not book.flushing.done():
        book.timer = loop.call_later(NAME_FLUSH_SECONDS, _start_flush, db, book)  # later
        return
    book.flushing = loop.create_task(try_flush_names(db), name="player-names-flush")


async def try_flush_names(db: Database) -> None:
    """flush_names for a reader about to show names (a board, a reveal): a failure is
    logged, the names stay queued for the next try."""
    if not _book(db).pending:
        return
    try:
        await flush_names(db)
    except Exception as error:  # names are cosmetic; they stay queued for the next try
        log.warning("could not store display names: %r", error)
        book = _book(db)
        if book.pending and book.timer is None:
            book.timer = asyncio.get_running_loop().call_later(
                NAME_FLUSH_SECONDS * 5, _start_flush, db, book
            )


async def flush_names(db: Database) -> int:
    """Write every queued name now (one upsert). On failure they stay queued."""
    book = _book(db)
    if book.timer is not None:
        book.timer.cancel()
        book.timer = None
    if not book.pending:
        return 0
    batch, book.pending = book.pending, {}
    try:
        await _upsert(db, batch, book.forgotten)
    except BaseException:
        for user_id, name in batch.items():  # a newer name noted meanwhile wins
            book.pending.setdefault(user_id, name)
        raise
    _stored(book, batch)
    return len(batch)


def forget_cached(db: Database, user_id: int) -> None:
    """The player's data is being erased: drop their name here and from any write
    still queued (see scores.forget_player)."""
    book = _book(db)
    book.known.pop(user_id, None)
    book.pending.pop(user_id, None)
    book.forgotten.add(user_id)


async def _upsert(db: Database, latest: dict[int, str], skip: set[int] | None = None) -> int:
    at = as_utc(None)

    def work(conn: Connection) -> int:
        # Read on the writer thread, inside the transaction: a player erased after this
        # write was queued is not brought back.
        rows = [
            {"user_id": u, "display_name": n, "updated_at": at}
            for u, n in sorted(latest.items())
            if not skip or u not in skip
        ]
        if not rows:
            return 0
        statement = insert(conn, _pl).values(rows)
        statement = statement.on_conflict_do_update(
            index_elements=[_pl.c.user_id],
            set_={
                "display_name": statement.excluded.display_name,
                "updated_at": statement.excluded.updated_at,
            },
        )
        conn.execute(statement)
        return len(rows)

    return await run_write(db, work)


async def remember_names(db: Database, names: Iterable[tuple[int, str]]) -> int:
    """Upsert (user_id, display_name) pairs now; the last name given for a user wins."""
    latest = {user_id: clip(name or "", NAME_MAX) or "" for user_id, name in names}
    if not latest:
        return 0
    book = _book(db)
    for user_id in latest:
        book.forgotten.discard(user_id)
    count = await _upsert(db, latest)
    _stored(book, latest)
    return count


async def remember_name(db: Database, user_id: int, display_name: str) -> None:
    await remember_names(db, [(user_id, display_name)])


async def display_names(db: Database, user_ids: Iterable[int]) -> dict[int, str]:
    ids = sorted(set(user_ids))
    if not ids:
        return {}
    async with db.engine.connect() as conn:
        result = await conn.execute(
            select(_pl.c.user_id, _pl.c.display_name).where(_pl.c.user_id.in_(ids))
        )
        return {user_id: name for user_id, name in result}

"""The question bank: generated and curated questions, their review status, reports,
counters, and picking the next questions for a guild without repeats.

A guild plays its own questions plus the global ones (guild_id 0: the seed articles).
Status: "generated" (from the engine, playable), "approved" (a moderator vouched for it),
"reported" (a player flagged it: out of rotation until a moderator approves or rejects
it), "rejected" (never asked).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, cast, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.db.engine import Database
from bot.db.models import GLOBAL, AskedQuestion, Question, QuestionList, QuestionReport
from bot.db.records import QuestionListRecord, QuestionRecord
from bot.db.repos._base import as_utc, clip, insert, writing
from bot.db.repos._rows import from_row, read_all, read_one
from questions.types import QuizQuestion

_q = Question.__table__
_asked = AskedQuestion.__table__
_reports = QuestionReport.__table__
_lists = QuestionList.__table__

GENERATED = "generated"
APPROVED = "approved"
REPORTED = "reported"
REJECTED = "rejected"
STATUSES = (GENERATED, APPROVED, REPORTED, REJECTED)
PLAYABLE = (GENERATED, APPROVED)
DIFFICULTIES = ("easy", "medium", "hard")
EDITABLE = ("question", "answer", "aliases", "choices", "difficulty", "topics", "answer_type")


class QuestionListExists(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(f"a question list named {name!r} already exists here")
        self.name = name


@dataclass(frozen=True)
class QuestionFilter:
    """What a quiz asks for; every field is optional."""

    topic: str | None = None  # a group or person (case-insensitive)
    article_id: int | None = None
    list_id: int | None = None
    difficulty: str | None = None


def _record(row) -> QuestionRecord:
    return from_row(
        QuestionRecord,
        row,
        aliases=tuple(row.aliases or ()),
        choices=tuple(row.choices or ()),
        topics=tuple(row.topics or ()),
    )


def _row_values(question: QuizQuestion) -> dict[str, Any]:
    return {
        "key": question.id[:40],
        "question": clip(question.question, 4000),
        "answer": clip(question.answer, 500),
        "aliases": list(question.aliases),
        "choices": list(question.choices),
        "answer_type": question.answer_type,
        "difficulty": question.difficulty,
        "form": question.form,
        "sentence": question.source.sentence if question.source else None,
        "topics": list(question.topics),
    }


# ---------------------------------------------------------------- storing


async def store_questions_in(
    conn: AsyncConnection,
    questions: Iterable[QuizQuestion],
    *,
    guild_id: int,
    article_id: int | None = None,
    list_id: int | None = None,
    status: str = GENERATED,
    at: dt.datetime | None = None,
) -> int:
    """Insert questions inside a caller's transaction. A question the guild already has
    (same engine key) is skipped. Returns how many were new."""
    at = as_utc(at)
    rows = [
        {
            **_row_values(q),
            "guild_id": guild_id,
            "article_id": article_id,
            "list_id": list_id,
            "status": status,
            "times_asked": 0,
            "times_correct": 0,
            "created_at": at,
        }
        for q in questions
    ]
    if not rows:
        return 0
    # One key twice in the same batch would make PostgreSQL refuse the whole statement.
    unique = list({row["key"]: row for row in rows}.values())
    statement = (
        insert(conn, _q)
        .on_conflict_do_nothing(index_elements=[_q.c.guild_id, _q.c.key])
        .returning(_q.c.id)
    )
    inserted = 0
    for start in range(0, len(unique), 500):
        result = await conn.execute(statement.values(unique[start : start + 500]))
        inserted += len(result.all())
    return inserted


async def store_questions(
    db: Database,
    questions: Iterable[QuizQuestion],
    *,
    guild_id: int = GLOBAL,
    article_id: int | None = None,
    list_id: int | None = None,
    status: str = GENERATED,
) -> int:
    async with writing(db) as conn:
        return await store_questions_in(
            conn, questions, guild_id=guild_id, article_id=article_id, list_id=list_id,
            status=status,
        )


async def create_list(
    db: Database,
    name: str,
    *,
    guild_id: int = GLOBAL,
    kind: str = "custom",
    author: str | None = None,
    description: str | None = None,
    created_by: int | None = None,
) -> QuestionListRecord:
    """A curated list (a Red trivia import or a server's own). Names are unique per guild."""
    try:
        async with writing(db) as conn:
            row = (
                await conn.execute(
                    _lists.insert()
                    .values(
                        guild_id=guild_id, name=name, kind=kind, author=author,
                        description=description, created_by=created_by, created_at=as_utc(None),
                    )
                    .returning(*_lists.c)
                )
            ).one()
    except IntegrityError:
        raise QuestionListExists(name) from None
    return _list_record(row)


def _list_record(row) -> QuestionListRecord:
    return from_row(QuestionListRecord, row)


async def get_lists(db: Database, guild_id: int) -> list[QuestionListRecord]:
    """The lists a guild can play: its own and the global ones, by name."""
    statement = (
        select(_lists).where(_lists.c.guild_id.in_({guild_id, GLOBAL})).order_by(_lists.c.name)
    )
    return await read_all(db, statement, _list_record)


async def delete_list(db: Database, list_id: int, *, guild_id: int | None = None) -> bool:
    """Delete a list and its questions (only the guild's own when `guild_id` is given)."""
    statement = delete(_lists).where(_lists.c.id == list_id)
    if guild_id is not None:
        statement = statement.where(_lists.c.guild_id == guild_id)
    async with writing(db) as conn:
        return (await conn.execute(statement)).rowcount == 1


# ---------------------------------------------------------------- reading


async def get_question(db: Database, question_id: int) -> QuestionRecord | None:
    return await read_one(db, select(_q).where(_q.c.id == question_id), _record)


def _topic_pattern(topic: str) -> str:
    # topics is a JSON list stored as text on both engines: match the quoted,
    # JSON-escaped name, lower-cased, with LIKE's own wildcards escaped.
    quoted = json.dumps(topic.strip()).lower()
    return "%" + quoted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _filtered(statement, guild_id: int, wanted: QuestionFilter, statuses: Sequence[str]):
    statement = statement.where(_q.c.guild_id.in_({guild_id, GLOBAL}), _q.c.status.in_(statuses))
    if wanted.article_id is not None:
        statement = statement.where(_q.c.article_id == wanted.article_id)
    if wanted.list_id is not None:
        statement = statement.where(_q.c.list_id == wanted.list_id)
    if wanted.difficulty:
        statement = statement.where(_q.c.difficulty == wanted.difficulty)
    if wanted.topic and wanted.topic.strip():
        statement = statement.where(
            func.lower(cast(_q.c.topics, String)).like(_topic_pattern(wanted.topic), escape="\\")
        )
    return statement


async def list_questions(
    db: Database,
    guild_id: int,
    *,
    status: str | Sequence[str] | None = None,
    wanted: QuestionFilter | None = None,
    limit: int = 25,
    offset: int = 0,
) -> list[QuestionRecord]:
    """A page of the bank a guild sees (its own and global questions), newest first."""
    statuses = STATUSES if status is None else ((status,) if isinstance(status, str) else status)
    statement = _filtered(select(_q), guild_id, wanted or QuestionFilter(), statuses)
    statement = statement.order_by(_q.c.id.desc()).limit(limit).offset(max(offset, 0))
    return await read_all(db, statement, _record)


async def count_questions(db: Database, guild_id: int) -> dict[str, int]:
    """How many questions of each status a guild sees."""
    statement = (
        select(_q.c.status, func.count())
        .where(_q.c.guild_id.in_({guild_id, GLOBAL}))
        .group_by(_q.c.status)
    )
    async with db.engine.connect() as conn:
        found = {status: count for status, count in await conn.execute(statement)}
    return {status: found.get(status, 0) for status in STATUSES}


async def next_questions(
    db: Database,
    guild_id: int,
    count: int,
    wanted: QuestionFilter | None = None,
) -> list[QuestionRecord]:
    """Up to `count` playable questions the guild has not been asked yet, in random
    order. When the unasked ones run out, the guild's history for this selection is
    cleared and it starts over (never repeating one inside the same pick)."""
    wanted = wanted or QuestionFilter()
    seen = select(_asked.c.question_id).where(_asked.c.guild_id == guild_id)
    fresh = _filtered(select(_q), guild_id, wanted, PLAYABLE).where(_q.c.id.not_in(seen))
    picked = await read_all(db, fresh.order_by(func.random()).limit(count), _record)
    if len(picked) >= count:
        return picked
    # The bank (for this selection) ran out: forget what was asked and go round again.
    pool = _filtered(select(_q.c.id), guild_id, wanted, PLAYABLE)
    async with writing(db) as conn:
        await conn.execute(
            delete(_asked).where(_asked.c.guild_id == guild_id, _asked.c.question_id.in_(pool))
        )
    taken = [q.id for q in picked]
    again = _filtered(select(_q), guild_id, wanted, PLAYABLE)
    if taken:
        again = again.where(_q.c.id.not_in(taken))
    picked += await read_all(
        db, again.order_by(func.random()).limit(count - len(picked)), _record
    )
    return picked


# ---------------------------------------------------------------- counters


async def mark_asked_in(
    conn: AsyncConnection, guild_id: int, question_ids: Iterable[int], at: dt.datetime
) -> None:
    """Record that a guild was asked these questions and bump their counters."""
    ids = sorted(set(question_ids))
    if not ids:
        return
    statement = insert(conn, _asked).values(
        [{"guild_id": guild_id, "question_id": qid, "asked_at": at} for qid in ids]
    )
    statement = statement.on_conflict_do_update(
        index_elements=[_asked.c.guild_id, _asked.c.question_id],
        set_={"asked_at": statement.excluded.asked_at},
    )
    await conn.execute(statement)
    await conn.execute(
        update(_q).where(_q.c.id.in_(ids)).values(times_asked=_q.c.times_asked + 1)
    )


async def mark_asked(
    db: Database, guild_id: int, question_ids: Iterable[int], *, at: dt.datetime | None = None
) -> None:
    async with writing(db) as conn:
        await mark_asked_in(conn, guild_id, question_ids, as_utc(at))


async def count_correct(db: Database, question_id: int, times: int = 1) -> None:
    """Add to a question's answered-right counter (record_answer does this itself for
    the first correct answer of a round; this is for rounds played outside it)."""
    async with writing(db) as conn:
        await conn.execute(
            update(_q)
            .where(_q.c.id == question_id)
            .values(times_correct=_q.c.times_correct + times)
        )


# ---------------------------------------------------------------- review


async def set_status(
    db: Database, question_id: int, status: str, *, guild_id: int | None = None
) -> bool:
    """Approve, reject or re-open a question. With `guild_id`, only the guild's own."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}; one of {', '.join(STATUSES)}")
    statement = update(_q).where(_q.c.id == question_id).values(status=status)
    if guild_id is not None:
        statement = statement.where(_q.c.guild_id == guild_id)
    async with writing(db) as conn:
        return (await conn.execute(statement)).rowcount == 1


async def approve(db: Database, question_id: int, *, guild_id: int | None = None) -> bool:
    return await set_status(db, question_id, APPROVED, guild_id=guild_id)


async def reject(db: Database, question_id: int, *, guild_id: int | None = None) -> bool:
    return await set_status(db, question_id, REJECTED, guild_id=guild_id)


async def report_question(
    db: Database, question_id: int, *, guild_id: int, user_id: int, reason: str | None = None
) -> bool:
    """A player flags a question. A generated question leaves rotation until reviewed;
    one a moderator approved stays. False if this player already reported it here."""
    reason = clip(reason, 500) or None
    async with writing(db) as conn:
        statement = (
            insert(conn, _reports)
            .values(
                question_id=question_id, guild_id=guild_id, user_id=user_id, reason=reason,
                created_at=as_utc(None),
            )
            .on_conflict_do_nothing(
                index_elements=[_reports.c.question_id, _reports.c.guild_id, _reports.c.user_id]
            )
            .returning(_reports.c.id)
        )
        if (await conn.execute(statement)).first() is None:
            return False
        await conn.execute(
            update(_q)
            .where(_q.c.id == question_id, _q.c.status == GENERATED)
            .values(status=REPORTED)
        )
    return True


async def question_reports(db: Database, question_id: int) -> list[tuple[int, int, str | None]]:
    """(guild_id, user_id, reason) of each report, oldest first."""
    async with db.engine.connect() as conn:
        result = await conn.execute(
            select(_reports.c.guild_id, _reports.c.user_id, _reports.c.reason)
            .where(_reports.c.question_id == question_id)
            .order_by(_reports.c.id)
        )
        return [tuple(row) for row in result]


async def edit_question(
    db: Database, question_id: int, *, guild_id: int | None = None, **changes: Any
) -> QuestionRecord | None:
    """A moderator's edit (question, answer, aliases, choices, difficulty, topics,
    answer_type). An edited question counts as approved. None if not found."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"cannot edit {', '.join(sorted(unknown))}")
    if "difficulty" in changes and changes["difficulty"] not in DIFFICULTIES:
        raise ValueError(f"difficulty must be one of {', '.join(DIFFICULTIES)}")
    values = {k: list(v) if isinstance(v, tuple) else v for k, v in changes.items()}
    for name, limit in (("question", 4000), ("answer", 500), ("answer_type", 40)):
        if isinstance(values.get(name), str):
            values[name] = clip(values[name], limit)
    choices, answer = values.get("choices"), values.get("answer")
    statement = update(_q).where(_q.c.id == question_id)
    if guild_id is not None:
        statement = statement.where(_q.c.guild_id == guild_id)
    async with writing(db) as conn:
        if choices or answer:
            current = (await conn.execute(select(_q).where(_q.c.id == question_id))).first()
            if current is None:
                return None
            final_choices = choices if choices is not None else current.choices
            final_answer = answer if answer is not None else current.answer
            if final_choices and final_answer not in final_choices:
                raise ValueError("the answer must be one of the choices")
        row = (
            await conn.execute(statement.values(**values, status=APPROVED).returning(*_q.c))
        ).first()
    return _record(row) if row else None

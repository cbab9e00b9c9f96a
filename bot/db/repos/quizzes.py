"""Quiz sessions, their rounds and the answers players give.

The database enforces the rules that must hold across processes and restarts: one
running quiz per channel (a partial unique index), one answer per player per round (a
unique constraint), and one first-correct winner per round (a conditional UPDATE whose
row count decides). Points are worked out by the game rules (bot/game/) and passed in;
nothing here knows how a quiz is scored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import partial
from typing import Any

from sqlalchemy import and_, bindparam, exists, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from bot.db.engine import Database
from bot.db.models import GLOBAL, Answer, Question, QuizSession, Round
from bot.db.records import AnswerRecord, AnswerResult, RoundRecord, SessionRecord
from bot.db.repos import scores
from bot.db.repos._base import as_utc, aware, clip, run_write, writing
from bot.db.repos._rows import from_row, read_all, read_one

_s = QuizSession.__table__
_r = Round.__table__
_a = Answer.__table__
_q = Question.__table__

RUNNING = "running"
FINISHED = "finished"
ABORTED = "aborted"
DAILY = "daily"  # the container of a guild's daily-question rounds: never "running"


class QuizAlreadyRunning(Exception):
    """A quiz is already running in this channel."""

    def __init__(self, channel_id: int, session_id: int | None) -> None:
        super().__init__(f"a quiz is already running in channel {channel_id}")
        self.channel_id = channel_id
        self.session_id = session_id


def _session(row) -> SessionRecord:
    return from_row(
        SessionRecord,
        row,
        settings=dict(row.settings or {}),
        started_at=aware(row.started_at),
        ended_at=aware(row.ended_at),
    )


def _round(row) -> RoundRecord:
    return from_row(
        RoundRecord,
        row,
        opened_at=aware(row.opened_at),
        closes_at=aware(row.closes_at),
        closed_at=aware(row.closed_at),
    )


def _answer(row) -> AnswerRecord:
    return from_row(
        AnswerRecord,
        row,
        correct=bool(row.correct),
        first=bool(row.first),
        created_at=aware(row.created_at),
    )


# ---------------------------------------------------------------- sessions


async def create_session(
    db: Database,
    *,
    guild_id: int,
    channel_id: int,
    host_id: int,
    settings: dict[str, Any] | None = None,
    state: str = RUNNING,
    at: dt.datetime | None = None,
) -> SessionRecord:
    """Start a quiz. Raises QuizAlreadyRunning if the channel already has one running."""
    try:
        async with writing(db) as conn:
            row = (
                await conn.execute(
                    _s.insert()
                    .values(
                        guild_id=guild_id,
                        channel_id=channel_id,
                        host_id=host_id,
                        settings=settings or {},
                        state=state,
                        started_at=as_utc(at),
                    )
                    .returning(*_s.c)
                )
            ).one()
    except IntegrityError:
        # The only unique rule on quiz_sessions is one running quiz per channel.
        running = await running_in_channel(db, channel_id)
        raise QuizAlreadyRunning(channel_id, running.id if running else None) from None
    return _session(row)


async def get_session(db: Database, session_id: int) -> SessionRecord | None:
    return await read_one(db, select(_s).where(_s.c.id == session_id), _session)


async def running_in_channel(db: Database, channel_id: int) -> SessionRecord | None:
    statement = select(_s).where(_s.c.channel_id == channel_id, _s.c.state == RUNNING)
    return await read_one(db, statement, _session)


async def list_running(
    db: Database, guild_ids: Iterable[int] | None = None
) -> list[SessionRecord]:
    """Running quizzes, oldest first (all guilds, or only `guild_ids`)."""
    statement = select(_s).where(_s.c.state == RUNNING).order_by(_s.c.id)
    if guild_ids is not None:
        statement = statement.where(_s.c.guild_id.in_(list(guild_ids)))
    return await read_all(db, statement, _session)


async def session_player_ids(db: Database, session_id: int) -> list[int]:
    """Everyone who answered at least once in the session."""
    async with db.engine.connect() as conn:
        result = await conn.execute(
            select(_a.c.user_id)
            .join(_r, _r.c.id == _a.c.round_id)
            .where(_r.c.session_id == session_id)
            .distinct()
            .order_by(_a.c.user_id)
        )
        return [row[0] for row in result]


async def _end(
    db: Database,
    session_id: int,
    state: str,
    at: dt.datetime | None,
    winner_ids: Iterable[int] | None,
    count_global: bool = True,
) -> bool:
    at = as_utc(at)
    async with writing(db) as conn:
        row = (
            await conn.execute(
                update(_s)
                .where(_s.c.id == session_id, _s.c.state.in_((RUNNING, DAILY)))
                .values(state=state, ended_at=at)
                .returning(_s.c.guild_id)
            )
        ).first()
        if row is None:
            return False  # already ended: count nothing twice
        await conn.execute(
            update(_r)
            .where(_r.c.session_id == session_id, _r.c.closed_at.is_(None))
            .values(closed_at=at)
        )
        if winner_ids is not None:
            players = (
                await conn.execute(
                    select(_a.c.user_id)
                    .join(_r, _r.c.id == _a.c.round_id)
                    .where(_r.c.session_id == session_id)
                    .distinct()
                )
            ).scalars()
            await scores.add_games(
                conn,
                guild_id=row.guild_id,
                player_ids=players,
                winner_ids=winner_ids,
                count_global=count_global,
            )
    return True


async def finish_session(
    db: Database,
    session_id: int,
    *,
    winner_ids: Iterable[int] = (),
    at: dt.datetime | None = None,
    count_global: bool = True,
) -> bool:
    """End a quiz normally: open rounds close, every player gets a game counted and
    `winner_ids` (chosen by the game rules) a win (globally too unless `count_global`
    is False, as for record_answer). False if it had already ended."""
    return await _end(db, session_id, FINISHED, at, winner_ids, count_global)


async def abort_session(db: Database, session_id: int, *, at: dt.datetime | None = None) -> bool:
    """Stop a quiz early (host's stop, errors, restarts). Points already won are kept;
    no game or win is counted. False if it had already ended."""
    return await _end(db, session_id, ABORTED, at, None)


async def abort_running(
    db: Database, guild_ids: Iterable[int] | None = None, *, at: dt.datetime | None = None
) -> list[SessionRecord]:
    """End every quiz left running (at start-up: they belong to a process that stopped),
    or only those of `guild_ids` (a shard's guilds). Returns the sessions ended, so the
    bot can tell their channels."""
    ended = []
    for session in await list_running(db, guild_ids):
        if await abort_session(db, session.id, at=at):
            ended.append(session)
    return ended


# ---------------------------------------------------------------- rounds


async def open_round(
    db: Database,
    session_id: int,
    *,
    number: int,
    question_id: int | None,
    closes_at: dt.datetime | None = None,
    message_id: int | None = None,
    at: dt.datetime | None = None,
) -> RoundRecord:
    """Open round `number` of a quiz. The question counts as asked (its counter goes up
    and the guild will not see it again until the bank runs out)."""
    at = as_utc(at)
    async with writing(db) as conn:
        row = (
            await conn.execute(
                _r.insert()
                .values(
                    session_id=session_id,
                    number=number,
                    question_id=question_id,
                    message_id=message_id,
                    opened_at=at,
                    closes_at=as_utc(closes_at) if closes_at else None,
                )
                .returning(*_r.c)
            )
        ).one()
        if question_id is not None:
            guild_id = await conn.scalar(select(_s.c.guild_id).where(_s.c.id == session_id))
            from bot.db.repos.questions import mark_asked_in

            await mark_asked_in(conn, guild_id, [question_id], at)
    return _round(row)


async def set_round_message(db: Database, round_id: int, message_id: int) -> None:
    async with writing(db) as conn:
        await conn.execute(update(_r).where(_r.c.id == round_id).values(message_id=message_id))


async def close_round(db: Database, round_id: int, *, at: dt.datetime | None = None) -> bool:
    """Close a round; later answers are refused. False if it was already closed."""
    async with writing(db) as conn:
        result = await conn.execute(
            update(_r)
            .where(_r.c.id == round_id, _r.c.closed_at.is_(None))
            .values(closed_at=as_utc(at))
        )
    return result.rowcount == 1


async def get_round(db: Database, round_id: int) -> RoundRecord | None:
    return await read_one(db, select(_r).where(_r.c.id == round_id), _round)


async def round_by_message(db: Database, message_id: int) -> RoundRecord | None:
    """The round a question message belongs to (button clicks carry the message id)."""
    statement = select(_r).where(_r.c.message_id == message_id).order_by(_r.c.id.desc())
    return await read_one(db, statement, _round)


async def session_rounds(db: Database, session_id: int) -> list[RoundRecord]:
    statement = select(_r).where(_r.c.session_id == session_id).order_by(_r.c.number)
    return await read_all(db, statement, _round)


async def round_answers(db: Database, round_id: int) -> list[AnswerRecord]:
    """A round's answers in the order they were recorded."""
    statement = select(_a).where(_a.c.round_id == round_id).order_by(_a.c.id)
    return await read_all(db, statement, _answer)


# ---------------------------------------------------------------- answers


async def record_answer(
    db: Database,
    *,
    round_id: int,
    user_id: int,
    correct: bool,
    points: int,
    first_bonus: int = 0,
    choice: str | None = None,
    text: str | None = None,
    response_ms: int = 0,
    at: dt.datetime | None = None,
    count_global: bool = True,
) -> AnswerResult:
    """Record one answer and count it, all in one transaction.

    - The answer row goes in first; the unique (round, user) constraint makes a second
      answer from the same player a no-op ("already_answered"), even in the same instant.
      An answer to a closed or unknown round is refused and counts nothing.
    - A correct answer tries to claim the round's first-correct with
      `UPDATE rounds SET winner_user_id = :user WHERE id = :round AND winner_user_id IS
      NULL`; the row count says who won, so two players can never both be first. The
      winner gets `first_bonus` on top of `points`.
    - The guild's and the global score rows, this week's points, the streaks and the
      tie-break time are updated by upserts that add in the database. With
      `count_global=False` (play outside Discord) only the guild's rows: the answer
      stays off the global boards.
    """
    params = {
        "round_id": round_id,
        "user_id": user_id,
        "choice": clip(choice, 500),
        "text": clip(text, 2000),
        "correct": bool(correct),
        "first": False,
        "response_ms": max(int(response_ms), 0),
        "points": int(points),
        "created_at": as_utc(at),
    }
    return await run_write(
        db,
        partial(
            _record_answer_tx, params=params, bonus=int(first_bonus), count_global=count_global
        ),
    )


def _record_answer_tx(
    conn: Connection, *, params: dict[str, Any], bonus: int, count_global: bool
) -> AnswerResult:
    """The body of record_answer: one transaction, sync API (see _base.run_write)."""
    round_id, user_id, correct = params["round_id"], params["user_id"], params["correct"]
    inserted = conn.execute(_answer_insert(conn.dialect.name), params).first()
    if inserted is None:
        return AnswerResult(accepted=False, reason=_refusal(conn, round_id, user_id))
    answer_id, guild_id = inserted

    first = False
    earned = params["points"]
    if correct:
        claim = conn.execute(
            update(_r)
            .where(_r.c.id == round_id, _r.c.winner_user_id.is_(None))
            .values(winner_user_id=user_id)
            .returning(_r.c.question_id)
        ).first()
        if claim is not None:
            first = True
            earned += bonus
            conn.execute(update(_a).where(_a.c.id == answer_id).values(first=True, points=earned))
            if claim.question_id is not None:
                # Counted once per round that someone got right.
                conn.execute(
                    update(_q)
                    .where(_q.c.id == claim.question_id)
                    .values(times_correct=_q.c.times_correct + 1)
                )

    at = params["created_at"]
    totals = scores.add_answer_to_stats(
        conn, guild_id=guild_id, user_id=user_id, points=earned, correct=correct, at=at,
        count_global=count_global,
    )
    weekly = scores.add_weekly_points(
        conn, guild_id=guild_id, user_id=user_id, points=earned, at=at,
        count_global=count_global,
    )
    guild_points, streak, best = totals[guild_id]
    return AnswerResult(
        accepted=True,
        correct=bool(correct),
        first=first,
        points=earned,
        total_points=guild_points,
        global_points=totals[GLOBAL][0] if GLOBAL in totals else 0,
        weekly_points=weekly.get(guild_id, 0),
        streak=streak,
        best_streak=best,
        answer_id=answer_id,
    )


_ANSWER_COLUMNS = (
    "user_id", "choice", "text", "correct", "first", "response_ms", "points", "created_at"
)
_answer_inserts: dict[str, Any] = {}


def _answer_insert(dialect_name: str):
    """INSERT INTO answers ... SELECT ... FROM the round, if it is still open, ON CONFLICT
    (round_id, user_id) DO NOTHING RETURNING id, guild_id. Built once per dialect."""
    found = _answer_inserts.get(dialect_name)
    if found is not None:
        return found
    source = (
        select(
            _r.c.id,
            _s.c.guild_id,
            *[bindparam(name, type_=_a.c[name].type).label(name) for name in _ANSWER_COLUMNS],
        )
        .join(_s, _s.c.id == _r.c.session_id)
        .where(_r.c.id == bindparam("round_id"), _r.c.closed_at.is_(None))
    )
    statement = (
        (sqlite.insert if dialect_name == "sqlite" else postgresql.insert)(_a)
        .from_select(["round_id", "guild_id", *_ANSWER_COLUMNS], source)
        .on_conflict_do_nothing(index_elements=[_a.c.round_id, _a.c.user_id])
        .returning(_a.c.id, _a.c.guild_id)
    )
    _answer_inserts[dialect_name] = statement
    return statement


def _refusal(conn: Connection, round_id: int, user_id: int) -> str:
    answered = conn.scalar(
        select(exists().where(and_(_a.c.round_id == round_id, _a.c.user_id == user_id)))
    )
    if answered:
        return "already_answered"
    found = conn.scalar(select(_r.c.id).where(_r.c.id == round_id))
    return "round_closed" if found is not None else "no_round"

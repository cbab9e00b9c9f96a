"""Reported questions: which one a moderator sees next, and what they may change."""

from __future__ import annotations

from dataclasses import dataclass

from bot.db.engine import Database
from bot.db.models import GLOBAL
from bot.db.records import QuestionRecord
from bot.db.repos import questions as question_repo
from bot.services.errors import UserError


@dataclass(frozen=True)
class ReportedQuestion:
    question: QuestionRecord
    reasons: tuple[str, ...]  # from this server's reports
    reports: int  # reports from this server
    remaining: int  # reported questions waiting in this server, this one included


async def _reports_here(db: Database, question_id: int, guild_id: int) -> list[str | None]:
    return [
        reason
        for guild, _user, reason in await question_repo.question_reports(db, question_id)
        if guild == guild_id
    ]


async def next_reported(db: Database, guild_id: int) -> ReportedQuestion | None:
    """The oldest reported question this server may review: its own, or a shared (seed)
    question someone in this server reported."""
    waiting: list[tuple[QuestionRecord, list[str | None]]] = []
    offset = 0
    while True:
        page = await question_repo.list_questions(
            db, guild_id, status=question_repo.REPORTED, limit=100, offset=offset
        )
        for record in page:
            here = await _reports_here(db, record.id, guild_id)
            if record.guild_id == guild_id or here:
                waiting.append((record, here))
        if len(page) < 100:
            break
        offset += 100
    if not waiting:
        return None
    record, here = waiting[-1]  # list_questions is newest first: review the oldest
    reasons = tuple(r for r in here if r)
    return ReportedQuestion(record, reasons, len(here), len(waiting))


async def may_review(db: Database, question_id: int, guild_id: int) -> QuestionRecord:
    record = await question_repo.get_question(db, question_id)
    if record is None:
        raise UserError("That question no longer exists.")
    if record.guild_id not in (guild_id, GLOBAL) or (
        record.guild_id == GLOBAL and not await _reports_here(db, question_id, guild_id)
    ):
        raise UserError("That question was not reported in this server.")
    return record


def owner_guild(record: QuestionRecord) -> int | None:
    """The guild filter for a status change: a server's own question, or a shared one."""
    return None if record.guild_id == GLOBAL else record.guild_id


def parse_edit(
    record: QuestionRecord, *, question: str, answer: str, choices: str, aliases: str
) -> dict:
    """A moderator's modal input turned into `edit_question` changes, or a UserError."""
    question, answer = question.strip(), answer.strip()
    if len(question) < 5:
        raise UserError("The question is too short.")
    if not answer:
        raise UserError("The answer cannot be empty.")
    changes: dict = {"question": question, "answer": answer}
    lines = [c.strip() for c in choices.splitlines() if c.strip()]
    if lines or record.choices:
        if len(lines) != 4 or len({c.casefold() for c in lines}) != 4:
            raise UserError("Give exactly four different choices, one per line.")
        if answer not in lines:
            raise UserError("The answer must be one of the four choices, spelled the same.")
        changes["choices"] = lines
    changes["aliases"] = [a.strip() for a in aliases.split(",") if a.strip()]
    return changes

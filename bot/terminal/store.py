"""Terminal play in the database: its own "server", the player, sessions and answers.

Terminal quizzes are stored like Discord ones (a session, its rounds, one answer row per
question, the score rows the Discord leaderboards read), under `LOCAL_GUILD_ID`, so the
local leaderboard is an ordinary guild board and a player's points add up over runs.

- `LOCAL_GUILD_ID = 1`: Discord ids are snowflakes (milliseconds since 2015 shifted left
  by 22 bits), so no real guild, channel or user id is below 2**22.
- A terminal player's id is derived from their name (`local_user_id`), below 2**22 as
  well, so it never collides with a Discord user; the same name is the same player.
- The session's channel is the process id, so two terminals can play at once (a
  channel has one running quiz at a time).

Terminal answers and games count on the local board only (`count_global=False`): the
GLOBAL (guild 0) totals are Discord's global leaderboard, and a database shared with the
bot must not show terminal players there.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import hashlib
import os
from dataclasses import dataclass

from bot.db.engine import Database, open_database
from bot.db.migrate import upgrade
from bot.db.records import BoardEntry, RankRecord
from bot.db.repos import players, quizzes, scores
from bot.db.repos import questions as question_repo
from bot.db.repos.articles import get_article
from bot.db.repos.questions import PLAYABLE
from bot.terminal.game import Outcome, Round
from questions.types import QuizQuestion

LOCAL_GUILD_ID = 1  # terminal play's "server" (see the module docstring)
LOCAL_ID_SPACE = 2**22  # ids below this are never Discord snowflakes
DB_BANK_LIMIT = 5000  # questions read for a seeded (reproducible) pick from the database


def local_user_id(name: str) -> int:
    """A stable id for a terminal player's name, case-insensitive, in [1, 2**22)."""
    digest = hashlib.sha256(name.strip().casefold().encode("utf-8")).digest()
    return 1 + int.from_bytes(digest[:8], "big") % (LOCAL_ID_SPACE - 1)


@dataclass(frozen=True)
class Standing:
    rank: RankRecord | None  # the player's place on the local board (None: no points yet)
    top: tuple[BoardEntry, ...]  # the board's first lines


class LocalStore:
    """One terminal quiz's storage. `open()` first; every write goes through bot.db.repos."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.db: Database | None = None
        self.session_id: int | None = None
        self.round_ids: dict[int, int] = {}

    async def open(self) -> None:
        await asyncio.to_thread(upgrade, self.url)  # a first run creates the schema
        self.db = open_database(self.url)

    async def close(self) -> None:
        if self.db is not None:
            db, self.db = self.db, None
            await db.close()

    @property
    def _db(self) -> Database:
        assert self.db is not None, "open() first"
        return self.db

    # --- questions ------------------------------------------------------------------

    async def questions(
        self, count: int, seeded: bool
    ) -> tuple[list[QuizQuestion], dict[str, str]]:
        """Playable questions the local server sees, with article titles by article name.
        Unseeded: those it has not been asked yet first, as a Discord quiz picks them.
        Seeded: the whole bank in id order, for a reproducible pick."""
        from bot.services.quiz import to_quiz_question

        if seeded:
            records = await question_repo.list_questions(
                self._db, LOCAL_GUILD_ID, status=PLAYABLE, limit=DB_BANK_LIMIT
            )
            records.sort(key=lambda r: r.id)
        else:
            records = await question_repo.next_questions(self._db, LOCAL_GUILD_ID, count * 3 + 5)
        articles: dict[int, object] = {}
        titles: dict[str, str] = {}
        out = []
        for record in records:
            article = None
            if record.article_id is not None:
                if record.article_id not in articles:
                    articles[record.article_id] = await get_article(self._db, record.article_id)
                article = articles[record.article_id]
            question = to_quiz_question(record, article)
            if article is not None:
                titles[article.name] = article.title
            out.append(question)
        return out, titles

    # --- a quiz ---------------------------------------------------------------------

    async def start(self, user_id: int, name: str, settings: dict) -> None:
        create = functools.partial(
            quizzes.create_session,
            self._db,
            guild_id=LOCAL_GUILD_ID,
            channel_id=os.getpid(),
            host_id=user_id,
            settings=settings,
        )
        try:
            session = await create()
        except quizzes.QuizAlreadyRunning as clash:
            # Left running by an earlier process with this pid, which died: end it
            # (its points stay) and start ours.
            if clash.session_id is not None:
                await quizzes.abort_session(self._db, clash.session_id)
            session = await create()
        self.session_id = session.id
        await players.remember_name(self._db, user_id, name)

    async def open_round(self, rnd: Round, from_database: bool) -> None:
        assert self.session_id is not None
        question_id = int(rnd.question.id) if from_database else None
        record = await quizzes.open_round(
            self._db,
            self.session_id,
            number=rnd.number,
            question_id=question_id,
            closes_at=dt.datetime.now(dt.UTC) + dt.timedelta(seconds=rnd.seconds),
        )
        self.round_ids[rnd.number] = record.id

    async def record(self, rnd: Round, user_id: int, outcome: Outcome) -> None:
        """Store a counted answer, as the Discord quiz does: a pick in choices mode, right
        or wrong; a typed answer only when it is right (wrong guesses are not stored)."""
        await quizzes.record_answer(
            self._db,
            round_id=self.round_ids[rnd.number],
            user_id=user_id,
            correct=outcome.correct,
            points=outcome.points,
            choice=rnd.choices[outcome.choice_index] if outcome.choice_index is not None else None,
            text=(outcome.given or "")[:2000] if rnd.typed else None,
            response_ms=outcome.response_ms,
            count_global=False,
        )

    async def close_round(self, rnd: Round) -> None:
        round_id = self.round_ids.get(rnd.number)
        if round_id is not None:
            await quizzes.close_round(self._db, round_id)

    async def finish(self, stopped: bool, winner_ids: list[int]) -> None:
        if self.session_id is None:
            return
        if stopped:
            await quizzes.abort_session(self._db, self.session_id)
        else:
            await quizzes.finish_session(
                self._db, self.session_id, winner_ids=winner_ids, count_global=False
            )

    async def standing(self, user_id: int, top: int = 5) -> Standing:
        rank = await scores.player_rank(self._db, LOCAL_GUILD_ID, user_id, with_total=True)
        board = await scores.leaderboard(self._db, LOCAL_GUILD_ID, limit=top)
        return Standing(rank, tuple(board.entries))

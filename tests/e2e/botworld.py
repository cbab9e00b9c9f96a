# ruff: noqa: ASYNC109  (waits take timeout=, like the fake's own wait_for)
"""Our real bot (TriviaBot with every cog) logged into the fake Discord, in this process.

`trivia` (imported by tests/e2e/test_bot_*.py) gives a `Trivia`: the fake and its world,
the running bot, its database (a fresh SQLite file with a seeded article and questions,
no spaCy needed), and a FakeClock driving every quiz's timers.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.client import TriviaBot
from bot.db.engine import Database, open_database
from bot.db.repos import articles as article_repo
from bot.db.repos import players, quizzes
from bot.game.clock import FakeClock
from bot.settings import Settings
from questions.types import Article, Paragraph, QuizQuestion, SourceRef
from tests.e2e.world import World
from tests.fakediscord import FakeDiscord
from tests.fakediscord.harness import running_client
from tests.fakediscord.model import Message

ROOT = Path(__file__).resolve().parents[2]

SENTENCES = [
    ("Which song did BTS perform at the Billboard Music Awards 2018?", "Fake Love",
     ("Fake Love", "DNA", "Idol", "Mic Drop"),
     "BTS performed Fake Love at the Billboard Music Awards 2018."),
    ("Who did BTS meet backstage at the awards?", "Khalid",
     ("Khalid", "Halsey", "Drake", "Camila Cabello"),
     "Backstage, BTS met Khalid."),
    ("Which award did BTS win for the second year in a row?", "Top Social Artist",
     ("Top Social Artist", "Top Duo/Group", "Top Touring Artist", "Top New Artist"),
     "BTS won Top Social Artist for the second year in a row."),
    ("In which city were the Billboard Music Awards 2018 held?", "Las Vegas",
     ("Las Vegas", "Los Angeles", "New York", "Chicago"),
     "The Billboard Music Awards 2018 were held in Las Vegas."),
    ("Which album did Fake Love come from?", "Love Yourself: Tear",
     ("Love Yourself: Tear", "Wings", "Map of the Soul: 7", "Be"),
     "Fake Love is the lead single of Love Yourself: Tear."),
    ("Who hosted the Billboard Music Awards 2018?", "Kelly Clarkson",
     ("Kelly Clarkson", "Ciara", "Ludacris", "Tracee Ellis Ross"),
     "Kelly Clarkson hosted the Billboard Music Awards 2018."),
]


def seed_questions() -> list[QuizQuestion]:
    return [
        QuizQuestion(
            id=f"q{i}",
            question=q,
            answer=a,
            aliases=(),
            choices=choices,
            answer_type="thing",
            difficulty="easy" if i % 2 == 0 else "medium",
            form="wh",
            source=SourceRef("bts-bbma-2018", sentence, dt.date(2018, 5, 21)),
            topics=("BTS",),
        )
        for i, (q, a, choices, sentence) in enumerate(SENTENCES)
    ]


SEED_ARTICLE = Article(
    name="bts-bbma-2018",
    title="BTS at the Billboard Music Awards 2018",
    date=dt.date(2018, 5, 21),
    paragraphs=tuple(Paragraph(s[3]) for s in SENTENCES),
    content_hash="seed-article-hash",
)


def copy_template(sqlite_template: Path, folder: Path) -> Path:
    """A fresh migrated SQLite file in `folder`: a copy of the session's template."""
    path = folder / "bot.db"
    shutil.copyfile(sqlite_template, path)
    return path


async def seed(db: Database) -> None:
    """The seed article and its questions, global (guild 0) as the seeds/ articles are."""
    await article_repo.add_article(db, SEED_ARTICLE, guild_id=0, questions=seed_questions())


async def seed_url(url: str) -> None:
    """`seed` a database the test does not keep open (a bot process will use it)."""
    db = open_database(url)
    try:
        await seed(db)
    finally:
        await db.close()


async def give_points(db: Database, guild_id: int, user_id: int, name: str, points: int) -> None:
    """Points through the same path a quiz uses: a session (in a channel of the player's
    own, ended at once), a round, a recorded answer; and the player's name."""
    session = await quizzes.create_session(
        db, guild_id=guild_id, channel_id=user_id, host_id=user_id
    )
    rnd = await quizzes.open_round(db, session.id, number=1, question_id=None)
    result = await quizzes.record_answer(
        db, round_id=rnd.id, user_id=user_id, correct=True, points=points
    )
    assert result.accepted
    await quizzes.abort_session(db, session.id)
    await players.remember_name(db, user_id, name)


@dataclass
class Trivia:
    fake: FakeDiscord
    world: World
    bot: TriviaBot
    db: Database
    clock: FakeClock

    @property
    def quiz_cog(self):
        return self.bot.get_cog("Quiz")

    async def question(self, number: int, total: int, *, timeout: float = 10.0) -> Message:
        """The question message `number` once posted and open for answers."""
        event = await self.fake.wait_for(
            "message",
            lambda e: e.message.embed is not None
            and e.message.embed.get("title") == f"Question {number} of {total}",
            timeout=timeout,
        )
        await self.round_open(number)
        return event.message

    async def round_open(self, number: int) -> None:
        def opened():
            for runner in self.quiz_cog.running.values():
                rnd = runner.quiz.round
                if rnd is not None and rnd.number == number and rnd.opened_at is not None:
                    return True
            return None

        await self.fake.wait_until(opened, timeout=10, what=f"round {number} open")

    async def reveal(self, number: int, *, timeout: float = 10.0) -> Message:
        event = await self.fake.wait_for(
            "message",
            lambda e: e.message.embed is not None
            and (e.message.embed.get("title") or "").startswith(f"Question {number} of ")
            and ":" in (e.message.embed.get("title") or ""),
            timeout=timeout,
        )
        return event.message

    async def podium(self, *, timeout: float = 10.0) -> Message:
        event = await self.fake.wait_for(
            "message",
            lambda e: e.message.embed is not None
            and (e.message.embed.get("title") or "").startswith("🏆 Quiz"),
            timeout=timeout,
        )
        return event.message

    async def run_timer(self, seconds: float) -> None:
        """Let a question's timer (or the pause after a reveal) run out."""
        await self.fake.wait_until(lambda: self.clock.sleepers > 0, what="a timer running")
        await self.clock.advance(seconds)

    async def quiz_over(self, channel_id: int) -> None:
        await self.fake.wait_until(
            lambda: channel_id not in self.quiz_cog.running, timeout=10, what="quiz over"
        )


async def start_trivia(
    fake: FakeDiscord,
    world: World,
    db_path: Path,
    *,
    message_content: bool = True,
) -> AsyncIterator[Trivia]:
    url = f"sqlite+aiosqlite:///{db_path}"
    db = open_database(url)
    await seed(db)
    settings = Settings(
        discord_token=fake.token,
        database_url=url,
        seeds_dir=ROOT / "seeds",
        message_content_intent=message_content,
        _env_file=None,
    )
    bot = TriviaBot(settings)
    async with running_client(fake, bot) as running:
        payload = [c.to_dict(running.tree) for c in running.tree.get_commands()]
        fake.set_commands(payload)
        clock = FakeClock()
        running.get_cog("Quiz").clock = clock
        await fake.wait_until(lambda: running.is_ready(), timeout=15, what="bot ready")
        try:
            yield Trivia(fake, world, running, db, clock)
        finally:
            for runner in list(running.get_cog("Quiz").running.values()):
                runner.quiz.stop()
            await asyncio.sleep(0)
    await db.close()


@pytest.fixture
async def trivia(
    world: World, pointed: FakeDiscord, tmp_path: Path, sqlite_template: Path
) -> AsyncIterator[Trivia]:
    async for harness in start_trivia(pointed, world, copy_template(sqlite_template, tmp_path)):
        yield harness

"""Hand-built engine output and quiz scaffolding for the storage tests."""

from __future__ import annotations

import datetime as dt
import hashlib

from bot.db.engine import Database
from bot.db.repos import quizzes
from questions.types import Article, Fact, Paragraph, QuizQuestion, SourceRef


def article(name: str = "bts-bbma-2018", text: str = "BTS performed Fake Love.") -> Article:
    return Article(
        name=name,
        title=name.replace("-", " ").title(),
        date=dt.date(2018, 5, 21),
        paragraphs=(Paragraph(text),),
        source="https://example.org/" + name,
        tags=("kpop",),
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )


def fact(article_name: str = "bts-bbma-2018", obj: str = "Fake Love") -> Fact:
    sentence = f"BTS performed {obj} at the Billboard Music Awards."
    return Fact(
        subject="BTS",
        relation="perform",
        object=obj,
        source=SourceRef(article_name, sentence, dt.date(2018, 5, 21)),
        object_type="song",
        context={"event": "Billboard Music Awards 2018"},
    )


def question(
    n: int,
    *,
    article_name: str = "bts-bbma-2018",
    topics: tuple[str, ...] = ("BTS",),
    difficulty: str = "medium",
) -> QuizQuestion:
    text = f"Which song did BTS perform as number {n}?"
    answer = f"Song {n}"
    return QuizQuestion(
        id=hashlib.sha1(f"{text}|{answer}".encode()).hexdigest()[:16],
        question=text,
        answer=answer,
        aliases=(f"song{n}",),
        choices=(answer, "Idol", "DNA", "Mic Drop"),
        answer_type="song",
        difficulty=difficulty,
        form="wh",
        source=SourceRef(article_name, f"BTS performed Song {n}.", None),
        topics=topics,
    )


async def running_round(
    db: Database, *, guild_id: int = 10, channel_id: int = 100, number: int = 1,
    question_id: int | None = None, session_id: int | None = None,
):
    """A running quiz (created unless `session_id` is given) with one open round."""
    if session_id is None:
        session = await quizzes.create_session(
            db, guild_id=guild_id, channel_id=channel_id, host_id=1
        )
        session_id = session.id
    return await quizzes.open_round(db, session_id, number=number, question_id=question_id)

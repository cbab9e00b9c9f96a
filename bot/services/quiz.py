"""Picking a quiz's questions and turning stored questions into the game's type."""

from __future__ import annotations

from dataclasses import dataclass

from bot.db.engine import Database
from bot.db.records import ArticleRecord, QuestionRecord
from bot.db.repos import articles as article_repo
from bot.db.repos import questions as question_repo
from bot.db.repos.questions import QuestionFilter
from bot.game.selection import playable
from bot.services.errors import UserError
from questions.types import QuizQuestion, SourceRef


@dataclass(frozen=True)
class Topic:
    """What `/quiz start topic:` resolved to."""

    label: str  # shown in the start message
    wanted: QuestionFilter


def to_quiz_question(record: QuestionRecord, article: ArticleRecord | None) -> QuizQuestion:
    return QuizQuestion(
        id=str(record.id),
        question=record.question,
        answer=record.answer,
        aliases=tuple(record.aliases),
        choices=tuple(record.choices),
        answer_type=record.answer_type,
        difficulty=record.difficulty,
        form=record.form,
        source=SourceRef(
            article=article.name if article else "",
            sentence=record.sentence or "",
            date=article.date if article else None,
        ),
        topics=tuple(record.topics),
    )


async def resolve_topic(db: Database, guild_id: int, value: str | None) -> Topic | None:
    """An autocomplete value (`article:ID`, `list:ID`, `topic:NAME`) or typed text."""
    if not value or not value.strip():
        return None
    value = value.strip()
    kind, _, rest = value.partition(":")
    if kind == "article" and rest.isdigit():
        record = await article_repo.get_article(db, int(rest))
        if record is None or record.guild_id not in (guild_id, 0):
            raise UserError("That article is no longer here: pick another topic.")
        return Topic(record.title, QuestionFilter(article_id=record.id))
    if kind == "list" and rest.isdigit():
        for lst in await question_repo.get_lists(db, guild_id):
            if lst.id == int(rest):
                return Topic(lst.name, QuestionFilter(list_id=lst.id))
        raise UserError("That question list is no longer here: pick another topic.")
    if kind == "topic" and rest:
        return Topic(rest, QuestionFilter(topic=rest))
    # Typed without picking a suggestion: a list or article of that name, else a topic.
    folded = value.casefold()
    for lst in await question_repo.get_lists(db, guild_id):
        if lst.name.casefold() == folded:
            return Topic(lst.name, QuestionFilter(list_id=lst.id))
    for record in await article_repo.list_articles(db, guild_id, include_global=True):
        if folded in (record.title.casefold(), record.name.casefold()):
            return Topic(record.title, QuestionFilter(article_id=record.id))
    return Topic(value, QuestionFilter(topic=value))


async def pick(
    db: Database,
    guild_id: int,
    *,
    count: int,
    mode: str,
    topic: Topic | None,
    difficulty: str | None,
) -> tuple[list[QuizQuestion], dict[str, ArticleRecord]]:
    """Up to `count` questions playable in `mode`, none the guild has seen until the bank
    runs out (the repository keeps that history), with their articles by question id."""
    wanted = topic.wanted if topic else QuestionFilter()
    wanted = QuestionFilter(
        topic=wanted.topic, article_id=wanted.article_id, list_id=wanted.list_id,
        difficulty=difficulty,
    )
    # Ask for more than needed: some may lack the four choices buttons mode needs.
    records = await question_repo.next_questions(db, guild_id, count * 3 + 5, wanted)
    articles: dict[int, ArticleRecord | None] = {}
    chosen: list[QuizQuestion] = []
    by_question: dict[str, ArticleRecord] = {}
    for record in records:
        article = None
        if record.article_id is not None:
            if record.article_id not in articles:
                articles[record.article_id] = await article_repo.get_article(db, record.article_id)
            article = articles[record.article_id]
        question = to_quiz_question(record, article)
        if not playable(question, mode):
            continue
        chosen.append(question)
        if article is not None:
            by_question[question.id] = article
        if len(chosen) == count:
            break
    return chosen, by_question


def no_questions_message(topic: Topic | None, difficulty: str | None, mode: str) -> str:
    parts = []
    if topic:
        parts.append(f"about **{topic.label}**")
    if difficulty:
        parts.append(f"of {difficulty} difficulty")
    if mode == "buttons":
        parts.append("with four choices")
    what = " ".join(parts)
    return (
        f"I have no questions {what} yet. Try another topic or difficulty, typed mode, "
        "or ask a moderator to add articles with /article add."
    ).replace("questions  yet", "questions yet")

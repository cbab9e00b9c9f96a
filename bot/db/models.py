"""The schema: every table the bot keeps. Changes go through Alembic migrations.

Conventions:
- Discord ids (guilds, channels, users, messages) are 64-bit: BigInteger.
- `guild_id = 0` means "not tied to a server" (seed articles, the global score row), so
  unique constraints work the same on SQLite and PostgreSQL (NULLs never collide).
- `player_stats` keeps one row per (guild, user) plus a row with guild_id 0 holding the
  player's global totals, so every leaderboard is an index scan, never an aggregate.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

GLOBAL = 0  # guild_id of rows that belong to no single server

# An auto-incrementing 64-bit key; SQLite only auto-increments "INTEGER PRIMARY KEY".
BigId = BigInteger().with_variant(Integer(), "sqlite")

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        dt.datetime: DateTime(timezone=True),
        dict[str, Any]: JSON,
        list[str]: JSON,
        list[int]: JSON,
    }


class GuildSettings(Base):
    __tablename__ = "guild_settings"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    question_count: Mapped[int] = mapped_column(Integer, default=10)
    seconds: Mapped[int] = mapped_column(Integer, default=20)
    mode: Mapped[str] = mapped_column(String(16), default="buttons")
    allowed_channel_ids: Mapped[list[int]] = mapped_column(default=list)
    manager_role_id: Mapped[int | None] = mapped_column(BigInteger)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Article(Base):
    __tablename__ = "articles"
    __table_args__ = (UniqueConstraint("guild_id", "content_hash", name="uq_articles_guild_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guild_id: Mapped[int] = mapped_column(BigInteger, default=GLOBAL, index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))  # file stem, e.g. "bts-bbma-2018"
    title: Mapped[str] = mapped_column(String(300))
    date: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(String(500))
    tags: Mapped[list[str]] = mapped_column(default=list)
    text: Mapped[str] = mapped_column(Text)
    added_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Fact(Base):
    __tablename__ = "facts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    subject: Mapped[str] = mapped_column(String(300))
    relation: Mapped[str] = mapped_column(String(200))
    object: Mapped[str] = mapped_column(String(300))
    sentence: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)  # context: event, place, time


class QuestionList(Base):
    """A curated list: a Red-DiscordBot trivia import or a server's own questions."""

    __tablename__ = "question_lists"
    __table_args__ = (UniqueConstraint("guild_id", "name", name="uq_question_lists_guild_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guild_id: Mapped[int] = mapped_column(BigInteger, default=GLOBAL)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16), default="red")
    author: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Question(Base):
    __tablename__ = "questions"
    __table_args__ = (
        UniqueConstraint("guild_id", "key", name="uq_questions_guild_key"),
        Index("ix_questions_guild_status", "guild_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(40))  # the engine's stable hash
    guild_id: Mapped[int] = mapped_column(BigInteger, default=GLOBAL)
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    list_id: Mapped[int | None] = mapped_column(
        ForeignKey("question_lists.id", ondelete="CASCADE"), index=True
    )
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(String(500))
    aliases: Mapped[list[str]] = mapped_column(default=list)
    choices: Mapped[list[str]] = mapped_column(default=list)  # empty: typed play only
    answer_type: Mapped[str] = mapped_column(String(40), default="thing")
    difficulty: Mapped[str] = mapped_column(String(16), default="medium")
    form: Mapped[str] = mapped_column(String(32), default="wh")
    sentence: Mapped[str | None] = mapped_column(Text)
    topics: Mapped[list[str]] = mapped_column(default=list)  # groups/people it is about
    status: Mapped[str] = mapped_column(String(16), default="generated")
    times_asked: Mapped[int] = mapped_column(Integer, default=0)
    times_correct: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class QuestionReport(Base):
    __tablename__ = "question_reports"
    __table_args__ = (UniqueConstraint("question_id", "guild_id", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("questions.id", ondelete="CASCADE"), index=True
    )
    guild_id: Mapped[int] = mapped_column(BigInteger)
    user_id: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AskedQuestion(Base):
    """Which questions a guild has seen, so none repeats until the bank runs out."""

    __tablename__ = "asked_questions"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("questions.id", ondelete="CASCADE"), primary_key=True
    )
    asked_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class QuizSession(Base):
    __tablename__ = "quiz_sessions"
    __table_args__ = (
        # One running quiz per channel, enforced by the database across processes.
        Index(
            "uq_quiz_sessions_running_channel",
            "channel_id",
            unique=True,
            sqlite_where=text("state = 'running'"),
            postgresql_where=text("state = 'running'"),
        ),
        Index("ix_quiz_sessions_state", "state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guild_id: Mapped[int] = mapped_column(BigInteger, index=True)
    channel_id: Mapped[int] = mapped_column(BigInteger)
    host_id: Mapped[int] = mapped_column(BigInteger)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    state: Mapped[str] = mapped_column(String(16), default="running")
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[dt.datetime | None] = mapped_column()


class Round(Base):
    __tablename__ = "rounds"
    __table_args__ = (UniqueConstraint("session_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("quiz_sessions.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    question_id: Mapped[int | None] = mapped_column(
        ForeignKey("questions.id", ondelete="SET NULL")
    )
    message_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    opened_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    closes_at: Mapped[dt.datetime | None] = mapped_column()
    closed_at: Mapped[dt.datetime | None] = mapped_column()
    # Set by a conditional UPDATE ... WHERE winner_user_id IS NULL: the database decides.
    winner_user_id: Mapped[int | None] = mapped_column(BigInteger)


class Answer(Base):
    __tablename__ = "answers"
    __table_args__ = (
        UniqueConstraint("round_id", "user_id", name="uq_answers_round_user"),
        Index("ix_answers_guild_created", "guild_id", "created_at"),
        Index("ix_answers_user", "user_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    guild_id: Mapped[int] = mapped_column(BigInteger)
    user_id: Mapped[int] = mapped_column(BigInteger)
    choice: Mapped[str | None] = mapped_column(String(500))
    text: Mapped[str | None] = mapped_column(String(2000))
    correct: Mapped[bool] = mapped_column(Boolean, default=False)
    first: Mapped[bool] = mapped_column(Boolean, default=False)
    response_ms: Mapped[int] = mapped_column(Integer, default=0)
    points: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class PlayerStats(Base):
    __tablename__ = "player_stats"
    __table_args__ = (
        # Leaderboards: points descending, ties broken by who got there first, then id.
        Index("ix_player_stats_board", "guild_id", text("points DESC"), "reached_at", "user_id"),
        Index("ix_player_stats_user", "user_id"),
    )

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    points: Mapped[int] = mapped_column(Integer, default=0)
    correct: Mapped[int] = mapped_column(Integer, default=0)
    answered: Mapped[int] = mapped_column(Integer, default=0)
    current_streak: Mapped[int] = mapped_column(Integer, default=0)
    best_streak: Mapped[int] = mapped_column(Integer, default=0)
    games: Mapped[int] = mapped_column(Integer, default=0)
    wins: Mapped[int] = mapped_column(Integer, default=0)
    daily_streak: Mapped[int] = mapped_column(Integer, default=0)
    last_daily_date: Mapped[dt.date | None] = mapped_column(Date)
    last_played_at: Mapped[dt.datetime | None] = mapped_column()
    # When the points last changed: the stable tie-break (earlier reaches rank first).
    reached_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class WeeklyPoints(Base):
    __tablename__ = "weekly_points"
    __table_args__ = (
        Index(
            "ix_weekly_points_board",
            "guild_id",
            "week_start",
            text("points DESC"),
            "reached_at",
            "user_id",
        ),
        # Forgetting a player finds their weekly rows without a scan (revision 0002).
        Index("ix_weekly_points_user", "user_id"),
    )

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    week_start: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    points: Mapped[int] = mapped_column(Integer, default=0)
    reached_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Player(Base):
    """Display names cached for leaderboards (users we may not share a guild with)."""

    __tablename__ = "players"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    display_name: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class DailySchedule(Base):
    __tablename__ = "daily_schedules"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    channel_id: Mapped[int] = mapped_column(BigInteger)
    time_of_day: Mapped[str] = mapped_column(String(5))  # "HH:MM" in the guild's time zone
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[int | None] = mapped_column(BigInteger)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class DailyPost(Base):
    """One row per guild and day: the primary key is what stops a double post."""

    __tablename__ = "daily_posts"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    channel_id: Mapped[int] = mapped_column(BigInteger)
    question_id: Mapped[int | None] = mapped_column(
        ForeignKey("questions.id", ondelete="SET NULL")
    )
    round_id: Mapped[int | None] = mapped_column(ForeignKey("rounds.id", ondelete="SET NULL"))
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    posted_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[dt.datetime | None] = mapped_column()


__all__ = [
    "GLOBAL",
    "Answer",
    "Article",
    "AskedQuestion",
    "Base",
    "DailyPost",
    "DailySchedule",
    "Fact",
    "GuildSettings",
    "Player",
    "PlayerStats",
    "Question",
    "QuestionList",
    "QuestionReport",
    "QuizSession",
    "Round",
    "WeeklyPoints",
]

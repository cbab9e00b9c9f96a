"""The plain data the repositories hand out: frozen dataclasses, never ORM objects.

Cogs and game code read these; nothing here can lazy-load or touch a session. Times are
timezone-aware UTC datetimes on both engines.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, NamedTuple


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    id: int
    guild_id: int
    name: str
    title: str
    date: dt.date | None
    source: str | None
    tags: tuple[str, ...]
    content_hash: str
    added_by: int | None
    created_at: dt.datetime
    facts: int = 0  # how many facts and questions came from it
    questions: int = 0


@dataclass(frozen=True, slots=True)
class FactRecord:
    id: int
    article_id: int
    subject: str
    relation: str
    object: str
    sentence: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class QuestionRecord:
    id: int
    key: str
    guild_id: int
    article_id: int | None
    list_id: int | None
    question: str
    answer: str
    aliases: tuple[str, ...]
    choices: tuple[str, ...]
    answer_type: str
    difficulty: str
    form: str
    sentence: str | None
    topics: tuple[str, ...]
    status: str
    times_asked: int
    times_correct: int


@dataclass(frozen=True, slots=True)
class QuestionListRecord:
    id: int
    guild_id: int
    name: str
    kind: str
    author: str | None
    description: str | None
    created_by: int | None


@dataclass(frozen=True, slots=True)
class SessionRecord:
    id: int
    guild_id: int
    channel_id: int
    host_id: int
    settings: dict[str, Any]
    state: str  # running | finished | aborted | daily
    started_at: dt.datetime
    ended_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class RoundRecord:
    id: int
    session_id: int
    number: int
    question_id: int | None
    message_id: int | None
    opened_at: dt.datetime
    closes_at: dt.datetime | None
    closed_at: dt.datetime | None
    winner_user_id: int | None


@dataclass(frozen=True, slots=True)
class AnswerRecord:
    id: int
    round_id: int
    guild_id: int
    user_id: int
    choice: str | None
    text: str | None
    correct: bool
    first: bool
    response_ms: int
    points: int
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class AnswerResult:
    """What `record_answer` did. `accepted` is False for a second answer in a round
    (reason "already_answered"), a closed round ("round_closed") or no such round
    ("no_round"); nothing was counted then."""

    accepted: bool
    reason: str | None = None
    correct: bool = False
    first: bool = False  # this answer claimed the round's first-correct
    points: int = 0  # points this answer earned (first bonus included)
    total_points: int = 0  # the player's points in this guild afterwards
    global_points: int = 0
    weekly_points: int = 0
    streak: int = 0  # current streak in this guild afterwards
    best_streak: int = 0
    answer_id: int | None = None


@dataclass(frozen=True, slots=True)
class PlayerStatsRecord:
    guild_id: int
    user_id: int
    points: int
    correct: int
    answered: int
    current_streak: int
    best_streak: int
    games: int
    wins: int
    daily_streak: int
    last_daily_date: dt.date | None
    last_played_at: dt.datetime | None
    reached_at: dt.datetime


class BoardEntry(NamedTuple):
    """One leaderboard line. `rank` is 1-based and stable across ties.

    A NamedTuple rather than a frozen dataclass: boards are the hottest read, and
    building ten frozen dataclasses costs more than the index scan itself (about 4x a
    tuple). It is just as immutable and reads the same (`entry.points`)."""

    rank: int
    user_id: int
    display_name: str | None
    points: int
    correct: int = 0
    answered: int = 0
    best_streak: int = 0


@dataclass(frozen=True, slots=True)
class Board:
    entries: tuple[BoardEntry, ...]
    total: int  # rows on the whole board, for "page 2 of 7"
    offset: int
    limit: int


@dataclass(frozen=True, slots=True)
class RankRecord:
    rank: int  # 1-based
    total: int | None  # board size when asked for, else None
    user_id: int
    points: int


@dataclass(frozen=True, slots=True)
class ForgetResult:
    """Rows removed (or anonymised) per table when a player asked to be forgotten."""

    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class GuildConfig:
    guild_id: int
    question_count: int
    seconds: int
    mode: str
    allowed_channel_ids: tuple[int, ...]
    manager_role_id: int | None
    timezone: str
    stored: bool  # False: nothing saved yet, these are the defaults


@dataclass(frozen=True, slots=True)
class DailyScheduleRecord:
    guild_id: int
    channel_id: int
    time_of_day: str
    enabled: bool
    created_by: int | None


@dataclass(frozen=True, slots=True)
class DailyPostRecord:
    guild_id: int
    day: dt.date
    channel_id: int
    question_id: int | None
    round_id: int | None
    message_id: int | None
    posted_at: dt.datetime
    closed_at: dt.datetime | None

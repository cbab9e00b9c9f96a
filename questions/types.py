"""The plain data the question engine hands out. No spaCy objects leave `questions/`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Paragraph:
    text: str
    heading: str | None = None  # the section heading above it, kept as context


@dataclass(frozen=True)
class Article:
    name: str  # file stem: "bts-bbma-2018"
    title: str
    date: dt.date | None
    paragraphs: tuple[Paragraph, ...]
    source: str | None = None
    tags: tuple[str, ...] = ()
    content_hash: str = ""  # sha256 of the normalised text, for dedupe

    @property
    def body(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass(frozen=True)
class SourceRef:
    article: str  # Article.name
    sentence: str
    date: dt.date | None = None


@dataclass(frozen=True)
class Fact:
    subject: str
    relation: str  # verb lemma with particle/preposition: "perform", "meet backstage"
    object: str
    source: SourceRef
    object_type: str = "thing"  # fine type of the object: song, person, group, ...
    context: dict[str, str] = field(default_factory=dict)  # event, place, time


@dataclass(frozen=True)
class QuizQuestion:
    id: str  # stable hash of question text and answer
    question: str
    answer: str
    aliases: tuple[str, ...]
    choices: tuple[str, ...]  # 4 with the answer among them, or () for typed play only
    answer_type: str
    difficulty: str  # easy | medium | hard
    form: str  # wh | subject | blank | truefalse | curated | ...
    source: SourceRef
    topics: tuple[str, ...] = ()  # groups/people it is about, for /quiz start topic:
    score: float = 0.0


@dataclass(frozen=True)
class LookupAnswer:
    answer: str | None  # None: the articles do not say
    sentence: str | None  # the sentence quoted (the nearest one when declined)
    article: str | None
    date: dt.date | None
    confidence: float

"""`LookupEngine`: build the index once over a set of articles, then answer questions.

    engine = LookupEngine.build(articles_or_parsed, nlp, glossary)
    engine.ask("Which song did BTS perform at the Billboard Music Awards 2018?")
    # LookupAnswer(answer="Fake Love", sentence="At the Billboard ...", article=..., ...)

The question engine calls `ask` for its round-trip gate over the articles it has already
parsed, so building from parsed articles re-parses nothing and `ask` parses only the
question (a few milliseconds).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from spacy.language import Language

from questions.glossary import Glossary
from questions.lookup.answer import DECLINE_BELOW, answer_question
from questions.lookup.index import LookupIndex
from questions.lookup.pipeline import DEFAULT_MODEL, Parsed, load_pipeline, parse
from questions.lookup.question import Question, read_question, unblank
from questions.lookup.terms import answers_match as _answers_match
from questions.types import Article, LookupAnswer

MAX_QUESTION_CHARS = 500


class LookupEngine:
    def __init__(self, nlp: Language, glossary: Glossary | None = None,
                 index: LookupIndex | None = None, cache_dir: Path | None = None) -> None:
        self.nlp = nlp
        self.glossary = glossary
        self.index = index or LookupIndex(glossary=glossary)
        self.cache_dir = cache_dir

    @classmethod
    def build(cls, articles: Iterable[Article | Parsed], nlp: Language | None = None,
              glossary: Glossary | None = None, *, model: str = DEFAULT_MODEL,
              cache_dir: Path | None = None) -> LookupEngine:
        """Index articles (`Article`s are parsed; parsed ones, anything with `.article`
        and `.doc`, are used as they are)."""
        nlp = nlp if nlp is not None else load_pipeline(model, glossary)
        engine = cls(nlp, glossary, cache_dir=cache_dir)
        engine.add(articles)
        engine.index.refresh()
        engine.warm_up()
        return engine

    def add(self, articles: Iterable[Article | Parsed]) -> None:
        items = list(articles)
        raw = [a for a in items if isinstance(a, Article)]
        parsed = [a for a in items if not isinstance(a, Article)]
        if raw:
            parsed.extend(parse(self.nlp, raw, self.cache_dir))
        self.index.add(parsed)

    def remove(self, names: Iterable[str]) -> None:
        self.index.remove(names)

    def warm_up(self) -> None:
        """Load lemminflect's tables and WordNet's indexes now rather than in the first
        question."""
        from lemminflect import getAllLemmas

        from questions.lookup import wordnet

        getAllLemmas("meet", "VERB")
        wordnet.first_sense("song", "n")
        self.read("Who did BTS meet?")

    def read(self, question: str) -> Question:
        text = unblank(" ".join(question.split())[:MAX_QUESTION_CHARS])
        self.index.refresh()
        return read_question(self.nlp(text), self.glossary, self.index.descriptors,
                             self.index.acronyms, self.index.knows)

    def ask(self, question: str, *, decline: bool = True) -> LookupAnswer:
        """The answer with its sentence; `decline=False` always gives the best candidate
        (for measuring what the threshold costs)."""
        if not question or not question.strip():
            return LookupAnswer(None, None, None, None, 0.0)
        q = self.read(question)
        threshold = DECLINE_BELOW if decline else -1.0
        decision = answer_question(q, self.index, self.glossary, threshold)
        hit = decision.hit
        if hit is None:
            return LookupAnswer(None, None, None, None, decision.confidence)
        article = hit.entry.article
        return LookupAnswer(
            answer=decision.answer,
            sentence=hit.entry.text,
            article=article.name,
            date=article.date,
            confidence=decision.confidence,
        )

    def ask_many(self, questions: Sequence[str]) -> list[LookupAnswer]:
        return [self.ask(q) for q in questions]

    def answers_match(self, expected: str, got: str | None) -> bool:
        return _answers_match(expected, got, self.glossary)


def answers_match(expected: str, got: str | None, glossary: Glossary | None = None) -> bool:
    return _answers_match(expected, got, glossary)

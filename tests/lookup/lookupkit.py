"""Helpers the look-up tests share: an engine over one written article, its best answer."""

from __future__ import annotations

from questions.article import parse_article_text
from questions.lookup import LookupEngine


def build(nlp, text: str, name: str) -> LookupEngine:
    return LookupEngine.build([parse_article_text(text, name=name)], nlp)


def best(engine: LookupEngine, question: str) -> str | None:
    """The best candidate, declining off."""
    return engine.ask(question, decline=False).answer

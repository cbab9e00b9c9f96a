"""Fact look-up: answer a fan's question from the articles, quoting the sentence.

`LookupEngine.build(articles, nlp, glossary).ask(question) -> LookupAnswer`;
`answers_match(expected, got)` for the question engine's round-trip gate.
"""

from questions.lookup.engine import LookupEngine, answers_match
from questions.lookup.terms import normalize_answer

__all__ = ["LookupEngine", "answers_match", "normalize_answer"]

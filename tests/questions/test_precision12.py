"""Precision round 12: families of wrong or garbled questions found by writing new
sentences of the kinds the unseen-article readings failed on (sentences written here)."""

from __future__ import annotations

from questions.article import parse_article_text

AWARDS = "date 2024-09-16 The Golden Lens Awards were handed out in London on Sunday night.\n"


def asked(engine, text: str) -> dict[str, str]:
    result = engine.generate([parse_article_text(text, name="t")])
    return {q.question: q.answer for q in result.questions}


def test_a_whose_clause_is_not_the_name_s_own_deed(engine):
    # "Tom Baker, whose film won three awards": the film won them, not Tom Baker (the
    # parser may hang the name on "won" as a second subject)
    for text in (
        'Director Tom Baker, whose film "Low Tide" won three awards, thanked the crew.',
        'Backstage, director Tom Baker, whose film "Low Tide" won three awards, thanked '
        "his crew.",
    ):
        got = asked(engine, AWARDS + text)
        assert not any("Tom Baker" in q and "award" in q for q in got), got

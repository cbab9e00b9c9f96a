"""Failure families found on tests/data/pool5 (session 7), each tested on sentences
written for the test, not taken from the articles."""

from __future__ import annotations

from questions.article import parse_article_text
from questions.mentions import resolve_mentions

RELAY = (
    " date 2023-05-02 The Spring Relay ended on Sunday in Leeds with a record crowd."
    "\n\nHighlights\n\n"
    'Another highlight was a race of "Star Harbor Quest" between five players. It was won '
    "by the Welsh runner Kestrel in just under 20 minutes."
    "\n\nWhat next\n\nThe relay returns in May.\n\nImage Credit: Relay Twitter"
)


def _texts(engine, text):
    result = engine.generate([parse_article_text(text, name="t")])
    return [(q.question, q.answer) for q in result.questions]


def test_it_after_a_race_of_a_work_is_the_race(engine):
    # "a race of "Star Harbor Quest" ... It was won by Kestrel": the race was won, not the
    # game; read as the game, the question asks "Who won Star Harbor Quest?"
    item = engine.parse([parse_article_text(RELAY, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    it = next(t for t in item.doc if t.text == "It")
    mention = mentions.by_start.get(it.i)
    assert mention is None or mention.name != "Star Harbor Quest"
    for question, _ in _texts(engine, RELAY):
        assert "won Star Harbor Quest" not in question, question

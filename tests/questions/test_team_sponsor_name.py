"""A side's name with a sponsor's word before "Team" (look-up round 16), tested on a
sentence written for the test."""

from __future__ import annotations

from questions.article import parse_article_text


def test_sponsor_words_before_team_stay_in_the_side_name(engine):
    # The model leaves "Emirates" and "Team" outside every entity and labels only the
    # place; the "Team X" rule then made "Team New Zealand", which no longer matched a
    # question naming the whole side (the look-up chose another sentence about the side).
    from questions.mentions import resolve_mentions

    text = ("date 2024-05-20 The cup is going back to Auckland. Emirates Team New Zealand "
            "sealed a 5-1 win over the challengers on Sunday.")
    item = engine.parse([parse_article_text(text, name="t")])[0]
    names = {m.name for m in resolve_mentions(item.doc, engine.glossary).by_start.values()}
    assert "Emirates Team New Zealand" in names, names
    assert "Team New Zealand" not in names, names

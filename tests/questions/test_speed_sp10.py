"""Speed-ups of generation (round 2) that must not change any output: each cheap gate or
cache gives exactly what the slower code gave, on sentences written for these tests."""

from __future__ import annotations

from questions.generate import _article_addon


def test_article_addon_reads_the_docs_text_once(engine) -> None:
    from questions.article import parse_article_text

    text = (
        "Tidewatch got a new add-on, \"Salt and Sorrow\", the expansion fans waited for.\n\n"
        "The expansion adds two islands."
    )
    doc = engine.parse([parse_article_text(text, name="t")])[0].doc
    assert _article_addon(doc) == "Salt and Sorrow"
    # the text was taken from (and left in) the doc's one cached copy, not rebuilt
    assert doc.user_data.get("render.text") == doc.text


def test_article_addon_still_takes_plain_objects() -> None:
    class Plain:
        text = "Gloomfen, the expansion, is out."

    assert _article_addon(Plain()) == "Gloomfen"
    assert _article_addon(None) is None

"""Answer extraction and confidence: one test per class of wrong or wrongly declined
answers fixed in the extraction round (README, lookup section). The article is written
here for these tests (a pianist known by one name)."""

from __future__ import annotations

import pytest

from questions.article import parse_article_text
from questions.lookup import LookupEngine

PIANIST = "\n".join([
    " date 2024-05-02 Anaïs, a French pianist, won the Leeds Piano Competition in 2019.",
    "",
    "Two years later Anaïs recorded her debut album with the London Symphony Orchestra.",
    "",
])


@pytest.fixture(scope="module")
def nlp():
    from questions.lookup.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="module")
def engine(nlp):
    return LookupEngine.build([parse_article_text(PIANIST, name="leeds-winner-profile")], nlp)


# a name typed without its accents is the article's name: not an answer of its own, and
# not a name "the articles never mention" (which declined the question)
def test_a_name_typed_without_accents_is_the_articles_name(engine):
    got = engine.ask("When did Anais win the Leeds Piano Competition?")
    assert got.answer == "2019" and got.confidence >= 0.5
    got = engine.ask("Who did Anais record her debut album with?", decline=False)
    assert got.answer == "London Symphony Orchestra"

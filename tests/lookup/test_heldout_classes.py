"""Classes of wrong answers found on the held-out sets heldout3 and heldout4 (read in the
held-out-classes round, README lookup section; development material since). The articles
are written here, for these tests, with other names and events; questions are asked with
declining off unless the test is about declining."""

from __future__ import annotations

import pytest

from questions.article import parse_article_text
from questions.lookup import LookupEngine


@pytest.fixture(scope="module")
def nlp():
    from questions.lookup.pipeline import load_pipeline

    return load_pipeline()


def build(nlp, text: str, name: str) -> LookupEngine:
    return LookupEngine.build([parse_article_text(text, name=name)], nlp)


def best(engine: LookupEngine, question: str) -> str | None:
    return engine.ask(question, decline=False).answer


# the article's topic, named in the question only as context ("... in Crown of Ashes?"),
# is spelt out in the lead sentence alone (later sentences say "the series"): it must not
# carry the lead sentence over the one that says the rest of the question
def test_the_articles_topic_in_the_question_does_not_pick_the_lead_sentence(nlp):
    text = "\n".join([
        " date 2024-03-01 \"Crown of Ashes\" came back for its third season on Friday, and"
        " Netflix says the premiere drew 5.1 million viewers across Netflix and Hulu on its"
        " first night.",
        "",
        "The series follows a young queen who inherits a broken realm.",
        "Ida Berg returns as Elspeth, opposite Carl Moss as the Iron Duke and Maya Torvald"
        " as Queen Sigrun.",
        "",
        "Showrunner Dana Whitlock has said this season is \"a siege story\", and the eight"
        " episodes will air weekly until May.",
        "",
    ])
    engine = build(nlp, text, "tv-crown-of-ashes-season-3")
    assert "Dana Whitlock" in best(engine, "Who is the showrunner of Crown of Ashes?")

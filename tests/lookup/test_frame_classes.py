"""Classes found in the frame-and-paraphrase round (README lookup section): questions set
in the article's frame ("In the X-Y match of <day>, ...") and paraphrased questions. The
articles and questions are written here, with other names and events."""

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


MATCH = "\n".join([
    " date 2024-03-11 Ajax beat Feyenoord 3-1 at the Johan Cruyff Arena on Sunday, their"
    " first league win over their rivals in two years.",
    "",
    "The visitors led at the break.",
    "Early in the second half, Lars de Wit struck the post from twenty yards.",
    "In the 63rd minute Pieter Bakker headed in a corner, and the home crowd found its voice.",
    "",
])


# the frame a question sets ("In the Ajax-Feyenoord match of 10 March 2024") is said by
# the article's lead and its date, not by the sentence's paragraph: its names and its day
# are not "absent", and a right answer is not declined for them
def test_a_match_frame_from_the_lead_and_date_is_not_absent(nlp):
    engine = build(nlp, MATCH, "football-ajax-feyenoord-2024")
    got = engine.ask("In the Ajax–Feyenoord match of 10 March 2024, who headed in a corner?")
    assert got.answer is not None and "Bakker" in got.answer


# a day far from the article's date is still a sign of another event
def test_a_frame_day_far_from_the_articles_date_still_counts_as_absent(nlp):
    import datetime as dt

    from questions.lookup.confidence import _near_date

    when = dt.date(2024, 3, 11)
    assert _near_date("10 March 2024", when)
    assert _near_date("March 2024", when)
    assert not _near_date("10 March 2023", when)
    assert not _near_date("2 February 2024", when)

"""Regression tests for coverage round 14 (development articles that gave no question) and
the heldout9 classes checked again on new sentences. Every sentence here is made up for
the test."""

from questions.article import parse_article_text


def asked(text: str, engine) -> dict[str, str]:
    result = engine.generate([parse_article_text(text, name="t")])
    return {q.question: q.answer for q in result.questions}


FINAL = (
    " date 2024-03-11 The Maples are champions again. Canada beat Norway 58-50 in Sunday "
    "night's final at the Harbour Point Arena in Glasgow, lifting the cup for a fifth time."
)


def test_a_weekday_owning_the_final_is_its_date(engine):
    # "Sunday night's final": which Sunday is lost once the question leaves the report;
    # the final "on 10 March 2024" says it, and the match frame naming both sides (which
    # would give the answer away) is not needed
    questions = asked(FINAL, engine)
    assert questions.get(
        "Which team beat Norway 58-50 in the final at the Harbour Point Arena in Glasgow on "
        "10 March 2024?"
    ) == "Canada", questions
    assert not any("night's" in q for q in questions), questions


def test_only_an_occasion_owned_by_a_weekday_is_dated():
    from questions.generate import POSSESSIVE_DAY

    assert POSSESSIVE_DAY.search("in Saturday's opening race at the lake")
    # a magazine's issue is no occasion held on the day: left as it was
    assert POSSESSIVE_DAY.search("in Monday's issue of the weekly paper") is None

"""Regression tests for coverage round 15 (development articles that gave no question).
Every sentence here is made up for the test."""

from questions.article import parse_article_text


def asked(text: str, engine) -> dict[str, str]:
    result = engine.generate([parse_article_text(text, name="t")])
    return {q.question: q.answer for q in result.questions}


def test_a_bracketed_catalogue_number_is_dropped_from_the_question(engine):
    # "(kit 4410)" glosses the name for the reader; the gates drop any question with a
    # bracketed aside, so the kit was never asked about
    text = (
        " date 2022-05-02 Brickworks has a new flagship. Released on April 30, the Brickworks "
        "Eiffel Tower (kit 4410) has 10,001 pieces and stands 1.5 metres tall."
    )
    questions = asked(text, engine)
    assert questions.get(
        "How many pieces does the Brickworks Eiffel Tower have?") == "10,001", questions
    assert not any("(kit" in q for q in questions), questions


def test_a_bracketed_gloss_holding_the_answer_is_kept():
    from questions.generate import _without_number_gloss

    question = "Which kit number does the Eiffel Tower (kit 4410) have?"
    assert _without_number_gloss(question, "4410") == question
    # a worded aside is no catalogue number: left to the gates
    question = "Who married Ann Lee (then aged 19) in Paris?"
    assert _without_number_gloss(question, "Tom Hill") == question

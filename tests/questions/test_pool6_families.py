"""Failure families found on tests/data/pool6 (session 8), each tested on sentences
written for the test, not taken from the articles."""

from __future__ import annotations

from questions.article import parse_article_text


def _article(body: str) -> str:
    return (
        " date 2022-03-01 " + body
        + "\n\nMore\n\nThe label plans a tour next spring.\n\nImage Credit: Label Twitter"
    )


def _texts(engine, body):
    result = engine.generate([parse_article_text(_article(body), name="t")])
    return [(q.question, q.answer) for q in result.questions]


def test_a_degree_adverb_before_a_participle_is_not_moved_after_it(engine):
    # "was best known for X": said "was known best for X" the question is garbled, and what
    # a label is "best known for" is a judgement; the other conjunct is still asked
    body = ('The Berlin label Nightjar Records had been formed in 1998 and was best known for '
            '"Glass Harbour" in 2004.')
    texts = _texts(engine, body)
    for question, _ in texts:
        assert "known best" not in question and "known for best" not in question, question
    assert any(answer == "1998" for _, answer in texts), texts


def test_leaving_with_no_object_is_not_asked(engine):
    # "after Delia Moss left in 2019": left what? "In which year did Delia Moss leave?"
    body = "The sixth season was Rowan Pike's first as a judge, after Delia Moss left in 2019."
    for question, _ in _texts(engine, body):
        assert "Moss leave" not in question and "Moss left" not in question, question


def test_leaving_for_a_place_is_still_asked(engine):
    texts = _texts(engine, "Delia Moss left for Madrid in 2019.")
    assert any("leave for Madrid" in question for question, _ in texts), texts


HALL = ("Rowan Pike, the Texas singer, has died at 70. Tributes came from across the genre. "
        "Pike was inducted into the Songwriters Hall of Fame in 2011. He leaves his wife Mara.")


def test_a_hall_of_fame_is_not_asked_as_a_venue(engine):
    # the model labels "the Songwriters Hall of Fame" a facility: "Which venue was Rowan
    # Pike inducted into in 2011?" reads wrong; it is asked with "What"
    texts = _texts(engine, HALL)
    for question, _ in texts:
        assert "venue" not in question, question
    assert ("What was Rowan Pike inducted into in 2011?", "the Songwriters Hall of Fame") in texts


def test_the_one_inducted_is_not_asked(engine):
    # a hall inducts a class each year: "Which singer was inducted into ... in 2011?" has
    # more than one answer, passive or active
    for body in (HALL, "The Hall of Fame inducted Rowan Pike in 2011."):
        for question, answer in _texts(engine, body):
            assert answer != "Rowan Pike", question

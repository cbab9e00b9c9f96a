"""Failure families found on tests/data/pool4 (session 7), each tested on sentences
written for the test, not taken from the articles."""

from __future__ import annotations

from questions import acceptability
from questions.article import parse_article_text

PLAY = (
    " date 2022-03-11 The Tin Lantern opened at the Aldwych Theatre on Thursday night."
    "\n\nThe cast\n\n"
    "Nora Hale is a sharp Lady Grey, and Tom Okafor, who played Hamlet in Bristol, gives "
    'a quiet warmth to the ballad "Low Tide".\n\n'
    "Priya Das, who graduated from LAMDA only last year, plays the maid.\n\n"
    "Critics\n\nThe run ends in May."
)


def _texts(engine, text):
    result = engine.generate([parse_article_text(text, name="t")])
    return [(q.question, q.answer) for q in result.questions]


def test_a_verb_after_an_and_name_with_an_aside_is_not_the_first_subjects(engine):
    # "A is X, and B, who played ..., gives ...": the model hangs B on the first clause as
    # a conjunct of its object, and "gives" borrows A as its subject ("Who gives a quiet
    # warmth to "Low Tide"?" -> Nora Hale, false): the verb is B's, not asked
    for question, answer in _texts(engine, PLAY):
        assert not ("warmth" in question and answer == "Nora Hale"), question
        assert "Nora Hale gives" not in question, question


def test_who_graduated_from_a_school_has_many_answers(engine):
    # "Who graduated from LAMDA?": thousands did; where a named person graduated is fine
    questions = _texts(engine, PLAY)
    assert not any(q.startswith("Who graduated") for q, _ in questions), questions


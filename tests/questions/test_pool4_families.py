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


def test_a_descriptor_said_with_the_is_no_name():
    # "The Mancunian makes the song ...": "Mancunian" is what the person is, not who
    sentence = 'The Mancunian makes "Low Tide" a lament, and the audience rose for him.'
    assert acceptability.descriptor_answer("Mancunian", "person", sentence)
    assert acceptability.check(
        'Who makes "Low Tide" a lament?', "Mancunian", "subject", "person", sentence, None)
    assert acceptability.descriptor_answer("Tom Okafor", "person", sentence) is None
    assert acceptability.descriptor_answer(
        "Okafor", "person", "Okafor makes the song a lament.") is None


def test_a_year_and_match_name_no_contest():
    # "the 2021 match": a title match, a league game or a cup tie? The year says when only
    assert acceptability.year_match_unnamed("Who had Lena Ross lost the 2021 match to?")
    assert acceptability.year_match_unnamed(
        'Which name fills the blank: "Lena Ross had lost the 2021 match to _____"?')
    assert acceptability.check("Who had Lena Ross lost the 2021 match to?", "Ana Diaz", "wh",
                               "person", "Ross had lost the 2021 match to Ana Diaz.", None)
    assert acceptability.year_match_unnamed(
        "Who did Lena Ross beat in the 2021 final of the Riga Open?") is None
    assert acceptability.year_match_unnamed("At The 2023 Game Awards, what won?") is None
    assert acceptability.year_match_unnamed(
        "At the Riga Open, who did Lena Ross beat in the 2021 final?") is None


TOUR_NEWS = (
    " date 2023-09-15 Marlowe has finally reached Glasgow, and it was worth the wait. The "
    "musical opened at the King's Theatre on Thursday night.\n\nThe cast\n\n"
    "The run ends in May."
)


def test_a_deed_in_the_news_perfect_needs_its_occasion(engine):
    # "Marlowe has finally reached Glasgow": one deed, told as news of the days before the
    # report; "Who has reached Glasgow?" has no one answer (and asks "who" of a musical),
    # and the lead's show is not where it happened ("At the King's Theatre on ..., who has
    # reached Glasgow?")
    questions = _texts(engine, TOUR_NEWS)
    assert not any("reached" in q for q, _ in questions), questions



COUNTY_FINAL = (
    " date 2023-07-10 Kent beat Surrey by one wicket in the county final at Canterbury on "
    "Sunday.\n\nThe finish\n\nWhen Sam Cole fell lbw to Ben Hart, Kent still needed 31 runs "
    "with only Tom Ray left to help. Cole had made 88."
)


def test_with_only_someone_left_is_no_record_that_pins(engine):
    # "with only Tom Ray left to help" says who remained, not "the only player to ...": it
    # does not say which match ("How many runs did Kent need with only Tom Ray ...?")
    for question, _ in _texts(engine, COUNTY_FINAL):
        assert not ("need" in question and "2023" not in question), question


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


def test_a_founded_name_is_asked_with_what(engine):
    # "Who was founded in 2005 by Kenji Arata?": a studio, band or club is founded
    body = ('Microsoft has closed Brightmoth Games, the Osaka studio behind "Sky Lantern". '
            'Brightmoth was founded in 2005 by Kenji Arata, the designer of "Night Crane", '
            "and it was bought by Lumen Media the same year.")
    for question, _ in _texts(engine, body):
        assert not question.startswith("Who was founded"), question


def test_a_win_for_the_nth_time_needs_its_year(engine):
    # "Who has won the Glacier Trail 100 for the second time?": many have won it twice
    body = "Nora Vale has won the Glacier Trail 100 for the second time. The American finished."
    for question, _ in _texts(engine, body):
        assert "second time" not in question, question
    texts = _texts(engine, "Nora Vale won the Glacier Trail 100 in 2019 for the second time.")
    assert any(answer == "Nora Vale" for _, answer in texts), texts


def test_a_win_for_the_nth_time_at_a_numbered_edition_is_asked(engine):
    body = "At Winter Clash XII, Nora Vale was named the MVP for the second time in her career."
    texts = _texts(engine, body)
    # a numbered edition pins which win: still asked
    assert any(a == "Nora Vale" and "Winter Clash XII" in q for q, a in texts), texts


def test_a_watcher_from_the_stands_is_not_asked(engine):
    # "Who watched from the stands in Lyon?": a crowd did; the one named is not the answer
    body = ("Ivo Brandt won the Lyon Open final 3-1 on 27 February 2022. He had lost the 2021 "
            "final to his teammate Leo Marsh, who watched from the stands in Lyon.")
    for question, answer in _texts(engine, body):
        assert answer != "Leo Marsh", question


def test_an_unresolved_place_descriptor_subject_is_not_asked(engine):
    # "In which year had the Ohio studio been formed?": which studio? the descriptor
    # stands for a name said earlier, and the question does not say it
    body = ('Orbit Forge, the team that made "Redwood", was shut. '
            "The Ohio studio had been formed in 2006.")
    for question, _ in _texts(engine, body):
        assert "Ohio studio" not in question, question

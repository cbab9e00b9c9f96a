"""The pool11 round (session 9, helper p11): failure families the twelfth development
set showed, each tested on sentences written for the test, not taken from the articles."""

from __future__ import annotations

from questions import gates
from questions.article import parse_article_text


def _questions(engine, text: str) -> dict[str, str]:
    result = engine.generate([parse_article_text(text, name="t")])
    return {q.question: q.answer for q in result.questions}


def test_a_maker_of_another_work_gets_no_frame_of_the_articles_work(engine):
    # an obituary of one artist quotes another, "who created "Kaito"": the frame of the
    # article's own work ("In Starfall Saga, who created "Kaito"?") puts one work in another
    text = (
        ' date 2023-11-20 Hiro Tanaka, the creator of "Starfall Saga", has died at the age of'
        " 71. His publisher said on Monday that the artist died at home.\n\nA life in comics\n\n"
        'Tanaka began "Starfall Saga" in 1988, and the series ran for 30 years. It has sold'
        " more than 90 million copies.\n\nTributes\n\n"
        'Kenji Morimoto, who created "Kaito", called the Kyoto-born artist his "teacher" and'
        " said his drawings had taught a whole generation how to draw. Fans left flowers"
        " outside his studio in Osaka.\n\nImage Credit: Example\n"
    )
    questions = _questions(engine, text)
    assert not [q for q in questions if "Kaito" in q and "Starfall" in q], questions
    assert questions.get('Who created "Kaito"?') == "Kenji Morimoto"


def test_crowned_without_what_is_no_context():
    # "Dana Reyes, who was crowned in 2021, opened the show": crowned what?
    for question in ("In which year was Dana Reyes crowned?",
                     "True or false: Dana Reyes was crowned in 2021?"):
        assert gates.crown_says_what(question), question
    for question in ("In which year was Dana Reyes crowned Miss Nevada?",
                     "Who was crowned champion in 2021?",
                     "At the 2021 Harbour Pageant, who was crowned?"):
        assert gates.crown_says_what(question) is None, question


def test_a_numbered_season_names_its_show():
    # "Lulu Voss, the Welsh queen who won season 9 in May, ...": season 9 of what?
    assert gates.season_names_its_show("Who is the Welsh queen who won season 9 in May?")
    assert gates.season_names_its_show("Who won series 4 in 2019?")
    for question in ("Who won Glitter Ball season 9?",
                     "Who won season 9 of Glitter Ball?",
                     "In Glitter Ball, who won season 9?",
                     "Who won Bake Club's series 4 in 2019?"):
        assert gates.season_names_its_show(question) is None, question


def test_a_contest_named_only_by_its_side_is_vague():
    # "Marta Gil was the first goalkeeper to win the women's award since 1998": which award?
    assert gates.sided_contest_named(
        "Who was the first goalkeeper to win the women's award since 1998?")
    for question in ("Who won the women's title at the 2022 Harbour Open?",
                     "At the 2022 Harbour Open, who won the men's title?",
                     "Who won the men's Golden Glove in 2022?"):
        assert gates.sided_contest_named(question) is None, question


def test_a_year_asked_beside_its_pair_is_garbled():
    sentence = "The 31-year-old won the national title in 2016 and again in 2022."
    assert gates.year_asked_beside_its_pair(
        "In which year did Sam Ortiz win the national title in 2022?", "2016", sentence)
    assert gates.year_asked_beside_its_pair(
        "In which year did Sam Ortiz win the national title in 2016?", "2022", sentence)
    # another year of another deed is left alone
    sentence = "Ortiz, who turned pro in 2014, won the national title in 2016."
    assert gates.year_asked_beside_its_pair(
        "In which year did Sam Ortiz, who turned pro in 2014, win the national title?",
        "2016", sentence) is None


def test_the_first_part_of_a_name_is_no_answer():
    # "Lopez won the Prix d'Honneur": "Prix" is half a name
    sentence = "Ana Lopez won the Prix d'Honneur on Friday night in Lyon."
    assert gates.name_cut_before_particle("Prix", sentence)
    assert gates.name_cut_before_particle("Ana Lopez", sentence) is None
    sentence = "Ludwig van Dorn and Ludwig Meyer shared the stage."
    assert gates.name_cut_before_particle("Ludwig", sentence) is None  # said alone once


def test_a_fixed_holiday_in_a_dated_report_gets_its_year(engine):
    # "won ... on the Fourth of July" in a report: the annual contest's year is the report's
    text = (
        " date 2022-07-06 Marco Bell won the Harbour Pie Eating Contest on the Fourth of July,"
        " eating 31 pies in ten minutes on the pier in Brighton. It was his first title.\n\n"
        "A new champion\n\nThe 29-year-old beat the holder, Tom Ashe, by two pies.\n\n"
        "Image Credit: Example\n"
    )
    questions = _questions(engine, text)
    assert not [q for q in questions if "Fourth of July" in q], questions
    assert any("4 July 2022" in q for q in questions), questions

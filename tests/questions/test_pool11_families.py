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

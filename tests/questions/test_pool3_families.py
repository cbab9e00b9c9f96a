"""Failure families found on tests/data/pool3 (session 6), each tested on sentences
written for the test, not taken from the articles."""

from __future__ import annotations

from questions.article import parse_article_text

NOVEL_PRIZE = (
    ' date 2022-05-09 Scottish author Mairi Campbell has won the 2022 Costa Award for "The '
    'Salt Road", her third novel, at a dinner in Edinburgh on Friday night.\n\n'
    '"The Salt Road" tells the story of Ewan Moss, a fisherman who loses his boat in a storm.'
    "\n\nThe night\n\n"
    "Campbell, who was born in Oban and grew up in Perth, thanked her editor."
)


def test_a_life_fact_is_not_framed_by_the_work_nor_asked_by_its_place(engine):
    # "In The Salt Road, who was born in Oban?" puts the author's birth inside her novel,
    # and "Who grew up in Perth?" has thousands of answers; "Where was X born?" is fine
    result = engine.generate([parse_article_text(NOVEL_PRIZE, name="t")])
    texts = [q.question for q in result.questions]
    for text in texts:
        assert not ("Salt Road" in text and ("Oban" in text or "born" in text)), text
        assert not text.startswith(("Who was born", "Who grew up")), text
    assert any(q.answer == "Oban" for q in result.questions), texts


SETLIST = (
    " date 2023-06-12 Mara Lind opened her Northern Lights Tour at the Oslo Spektrum on "
    "Saturday night in front of 9,000 fans.\n\nThe setlist\n\n"
    'The show started late. "Glass Heart" came second, "Winter Sun" followed, and "Paper '
    'Boats" closed the night.\n\nScoreboard\n\n'
    '"Cha Cha Cha" came fourth at the Eurovision Song Contest 2023 in Liverpool.'
)


def test_a_works_placing_names_where_it_was_earned(engine):
    # "In which position did "Glass Heart" come?": in a setlist, a chart or a contest?
    # The song's name is no occasion; a placing at a named contest is fine
    result = engine.generate([parse_article_text(SETLIST, name="t")])
    positions = [q.question for q in result.questions if q.answer in {"second", "fourth"}]
    assert not any("Glass Heart" in text for text in positions), positions
    assert any("Eurovision" in text for text in positions), positions

"""Failure families found on tests/data/pool2 (session 6), each tested on sentences
written for the test, not taken from the articles."""

from __future__ import annotations

from questions.article import parse_article_text
from questions.mentions import resolve_mentions

NICKNAMED = (
    " date 2024-06-03 Lena Moreau is back on top. The 24-year-old Frenchwoman, long "
    'popular with climbing fans as the "Spider Queen", took her third bouldering title in '
    "Innsbruck on Saturday, beating the Slovenian champion by two tops.\n\n"
    "Moreau, who trains in Grenoble with her brother, said she would rest for a month."
)


def test_a_quoted_nickname_is_no_topic_of_the_article(engine):
    # '"known as the "Spider Queen"' names a person; it is no film or song to frame a
    # question with ("In Spider Queen, who trains in Grenoble ...?")
    from questions.generate import article_topic

    item = engine.parse([parse_article_text(NICKNAMED, name="t")])[0]
    topic = article_topic(item, resolve_mentions(item.doc, engine.glossary))
    assert topic is None or "Spider Queen" not in topic[0]


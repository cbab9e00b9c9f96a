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


PLURAL_SIDE = (
    " date 2024-09-09 Italy are champions again. Coach Marco Bellini's team beat Brazil "
    "3-2 in Sunday's final in Rome.\n\n"
    "The Brazilians, who had beaten Cuba in the semi-finals, won the first two sets before "
    "the hosts fought back."
)


def test_a_plural_nationality_noun_is_no_one_person(engine):
    # "The Brazilians" are a side (a plural), never the one person named before them
    # (the coach): "Who had beaten Cuba in the semi-finals?" -> "Marco Bellini" is false
    item = engine.parse([parse_article_text(PLURAL_SIDE, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    word = next(t for t in item.doc if t.text == "Brazilians")
    for index in (word.i - 1, word.i):
        mention = mentions.at(item.doc[index])
        assert mention is None or "Bellini" not in mention.name


"""Candidate choice: one test per class of wrong best candidates fixed in the error
analysis (README, lookup section). The article is written here, for these tests (a band
no evaluation file mentions); each question is asked with declining off, since what is
tested is which candidate wins, not the confidence."""

from __future__ import annotations

import pytest

from questions.article import parse_article_text
from questions.lookup import LookupEngine
from questions.lookup.question import read_question
from tests.lookup.lookupkit import best

LANTERN = "\n".join([
    " date 2024-04-20 The Lantern Kids, an indie band from Cork, released their debut album,"
    " Night Harbour, on March 3, 2019.",
    "",
    "Five months later, the band played for four nights at the Copper Dome to celebrate the"
    " hall's reopening.",
    "",
    "Singer Mira Vance won her first talent show at age nine. Vance, whose real name is Anna"
    " Kessler, writes every lyric.",
    "",
    "Over her career Vance has sold over 30 million albums as a solo singer, and a further"
    " 12 million with the band.",
    "",
    "The final show of the tour was a sell-out: the band played to a full house at the Copper"
    " Dome, two years after the first date in Oslo.",
    "",
    "Band manager Paula Strand said the tour belonged to the fans.",
    "",
    "After the gig, R&B producer Ellis Marlow brought the band to his studio in Bristol.",
    "",
])


@pytest.fixture(scope="module")
def engine(nlp):
    return LookupEngine.build([parse_article_text(LANTERN, name="lantern-kids")], nlp)


# How many -> the number modifying the focus noun, not another number of the sentence
def test_how_many_takes_the_count_of_the_focus_noun(engine):
    assert best(engine, "How many albums has Vance sold as a solo singer?") == "30 million"
    assert best(engine, "How many nights did the band play at the Copper Dome?") == "four"


# span boundary: the count alone inside a longer entity ("at age nine")
def test_how_old_is_the_number_not_the_age_phrase(engine):
    assert best(engine, "How old was Mira Vance when she won her first talent show?") == "nine"


# When -> the whole date; What year -> the year inside it
def test_what_year_is_the_year_and_when_the_date(engine):
    assert best(engine, "What year did the band release Night Harbour?") == "2019"
    assert best(engine, "When did the band release Night Harbour?") == "March 3, 2019"


# "Who is the Y of X?": the name the article gives the title Y ("Band manager Paula
# Strand"); the descriptor is a hint at the answer, not a word the answer must avoid
def test_who_is_the_title_answers_with_the_titled_name(engine):
    assert best(engine, "Who is the band manager of The Lantern Kids?") == "Paula Strand"


# a modifier compounded onto a name ("R&B producer Ellis Marlow") does not take its slot
def test_a_names_modifier_does_not_fill_the_names_slot(engine):
    assert best(engine, "Who brought the band to his studio in Bristol?") == "Ellis Marlow"


# "take place" names no action: the question's preposition still picks the complement
def test_light_verb_question_uses_its_preposition(engine):
    assert best(engine, "At which venue did the final show take place?") == "Copper Dome"
    q = engine.read("At which venue did the final show take place?")
    assert q.verb is None and q.slot == "prep" and q.prep == "at"


# question reading: a participle before a noun is an adjective; a noun after a
# determiner is no verb when a verb follows
@pytest.mark.parametrize(
    ("question", "verb", "slot"),
    [
        ("What is Vance's real name?", None, "attr"),
        ("What is Rosa's given name?", None, "attr"),
        ("Which song did the opening act play?", "play", "obj"),
    ],
)
def test_question_verb_and_slot(nlp, question, verb, slot):
    q = read_question(nlp(question))
    assert q.slot == slot
    assert (q.verb if q.verb != "be" else None) == verb

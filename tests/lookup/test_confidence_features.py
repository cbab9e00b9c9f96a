"""The confidence's features on words the question and the article write differently
(README, lookup section): an abbreviation with or without dots, a small number in digits
or in words, another form of the question's verb. The article is written here, for
these tests (a singer no evaluation file mentions)."""

from __future__ import annotations

import pytest

from questions.article import parse_article_text
from questions.lookup import LookupEngine
from questions.lookup.answer import answer_question
from questions.lookup.terms import name_terms, span_terms

REYES = "\n".join([
    " date 2024-03-01 As a solo artist Nova Reyes has sold over 15 million albums in the US.",
    "",
    "At the 30th Harbour Awards, Reyes received ten nominations, a record for a debut act.",
    "",
    "In May 2021 Reyes and two other singers opened the Northgate Festival.",
    "",
])


@pytest.fixture(scope="module")
def reyes(nlp):
    return LookupEngine.build([parse_article_text(REYES, name="reyes-profile")], nlp)


def features(engine: LookupEngine, question: str) -> dict[str, float]:
    decision = answer_question(engine.read(question), engine.index, None, -1.0)
    assert decision.features is not None
    return decision.features


# "U.S." in the question is the article's "US" (which, as a stop word, was no term at all)
def test_an_abbreviation_with_dots_is_the_same_name_without(nlp, reyes):
    assert name_terms("U.S.") == name_terms("US") == ["us"]
    assert span_terms(nlp("sold in the US")) == span_terms(nlp("sold in the U.S.")) == [
        "sell", "us"]
    got = features(reyes, "How many albums has Nova Reyes sold in the U.S.?")
    assert got["names_missing"] == 0.0 and got["specific_absent"] == 0.0


# "nominated" is said by "nominations" (stems "nominat" and "nomin"): not a relation word
# the sentence leaves out
def test_a_derived_form_of_the_questions_verb_counts_as_said(reyes):
    got = features(reyes, "How many awards was Reyes nominated for at the 30th Harbour Awards?")
    assert got["relation_missing"] == 0.0


# "2 other singers" in the question, "two other singers" in the article
def test_a_small_number_in_digits_is_the_same_as_in_words(reyes):
    got = features(reyes, "Which festival did Reyes open with 2 other singers in May 2021?")
    assert got["specific_absent"] == 0.0 and got["names_missing"] == 0.0


FATHER = "\n".join([
    " date 2024-01-01 Nova Reyes was born in Dayton, Ohio, in 1990.",
    "",
    "As a child Reyes entered several talent contests.",
    "Her father, Alan Reyes, worked as a sales manager for Kestrel Motors before managing"
    " her career.",
    "",
    "In 2015 Reyes married the drummer Tom Avery in a private ceremony in Lisbon.",
    "",
])


# the question's names are all in the paragraph and its answer fits the type and wins
# by a margin: a paraphrase ("employed" for "worked for") is answered, not declined for
# the words it does not share (the refit rule; the previous one gave 0.26)
def test_a_paraphrase_whose_names_the_paragraph_says_is_answered(nlp):
    engine = LookupEngine.build([parse_article_text(FATHER, name="reyes-family")], nlp)
    got = engine.ask("What company employed Nova Reyes's father?")
    assert got.answer == "Kestrel Motors" and got.confidence >= 0.5
    assert engine.ask("Who is Reyes's husband?").answer is None  # no sentence says husband

"""Unanswerable questions whose sentence says the question's names and offers a number
(look-up round 4, README lookup section): a spelled rank past the tenth is no age, one
side of a result ("6-4") and a count of hours count nothing else, and a year inside a
phrase ("the 2024 final") is no count; the question's verb after "did" is not a
participle describing its subject ("the winning Porsche"). Articles and questions are
written here."""

from __future__ import annotations

from questions.lookup.question import read_question
from tests.lookup.lookupkit import best, build

SHOW = "\n".join(
    [
        " date 2025-10-01 The baking contest crowned its winner on Tuesday night.",
        "",
        "Pia Lund reached the final of the contest's fourteenth series.",
        "",
    ]
)


# "fourteenth" is a rank (the model's like_num takes it): "How old ...?" wants an age
def test_a_spelled_rank_past_the_tenth_is_no_age(nlp):
    engine = build(nlp, SHOW, "baking-final-2025")
    assert best(engine, "How old is Pia Lund?") is None


TENNIS = "\n".join(
    [
        " date 2025-06-02 Leo Park won the Harbour Open on Sunday.",
        "",
        "Park beat Omar Diaz 6-4 in the final to lift the trophy.",
        "",
    ]
)


# "6-4" is a result: neither side counts the aces asked about
def test_one_side_of_a_result_is_no_count(nlp):
    engine = build(nlp, TENNIS, "tennis-harbour-open-2025")
    assert engine.ask("How many aces did Omar Diaz serve in the final?").answer is None


RACE = "\n".join(
    [
        " date 2025-06-16 Porsche won the centenary edition of the 24 Hours of Spa on "
        "Sunday.",
        "",
        "Marta Kell drove the final stint for the winning Porsche as rain fell.",
        "",
    ]
)


# "the 24 Hours" counts hours: "How many laps ...?" is not answered by it
def test_a_count_of_hours_does_not_answer_how_many_laps(nlp):
    engine = build(nlp, RACE, "endurance-spa-2025")
    assert best(engine, "How many laps did the winning Porsche complete at Spa?") is None


def test_a_participle_describing_the_subject_is_not_the_verb(nlp):
    q = read_question(nlp("How many laps did the winning Porsche complete at Spa?"))
    assert q.verb == "complete"
    q = read_question(nlp("Who did the reigning champion beat in the final?"))
    assert q.verb == "beat"


def test_a_verb_tagged_a_noun_before_to_and_a_verb_is_the_verb(nlp):
    q = read_question(nlp("How much did each episode of the show cost to make?"))
    assert q.verb == "cost"


FINAL = "\n".join(
    [
        " date 2025-06-02 Leo Park won the Harbour Open on Sunday.",
        "",
        "Park beat Omar Diaz in the 2024 final and again in the 2025 final.",
        "",
    ]
)


# a phrase whose only number is a year ("the 2024 final") counts nothing
def test_a_year_inside_a_phrase_is_no_count(nlp):
    engine = build(nlp, FINAL, "tennis-harbour-open-2025")
    got = best(engine, "How many aces did Omar Diaz serve in the final?")
    assert got is None or "final" not in got


# every word after "did the" tagged a noun: the subject is the run of nouns, the verb its
# last word that can be one; a word joined by a hyphen is a part of a compound noun
def test_the_verb_ends_a_run_of_nouns_after_did(nlp):
    assert read_question(nlp("Which song did the pop group perform?")).verb == "perform"
    q = read_question(nlp("Who did the record-breaker embrace first at the finish?"))
    assert q.verb == "embrace"

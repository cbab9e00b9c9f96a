"""Round 16 of the look-up: an age set off after another person's name, on sentences
written for the test."""

from __future__ import annotations

from .lookupkit import build

_GIG = ("The Harbour Lights played a packed Corn Exchange in Leeds on Friday night.\n\n"
        "Drummer Dana Reyes, 58, opened the set with a long solo, while Tom Vale, the"
        " bassist who formed the band in Hull in 1990, sang the encore.\n\n"
        "The band plays Bristol next week.\n")


# "Dana Reyes, 58," is Dana Reyes's age: "How old is Tom Vale?" was answered "58" because
# Vale is named in the same sentence; the article does not say his age
def test_an_age_set_off_after_another_name_is_not_the_asked_persons(nlp):
    engine = build(nlp, _GIG, "gig")
    got = engine.ask("How old is Tom Vale?")
    assert got.answer is None, (got.answer, got.confidence)
    got = engine.ask("How old is Dana Reyes?")
    assert got.answer == "58", (got.answer, got.confidence)


_RUN = ("The winter charity marathon raised a record sum this year.\n\n"
        "The best moment came on Tuesday, when Kai \"Ghost\" Moreno finished 'Hollow Keep'"
        " in one hour and four minutes without a single hit.\n\n"
        "The event returns in the summer.\n")


# "in one hour and four minutes": the parser hangs "minutes" on the verb as a conjunct,
# so the whole measure fitted no slot and "one hour" alone was the answer
def test_a_measure_in_two_units_is_answered_whole(nlp):
    engine = build(nlp, _RUN, "run")
    got = engine.ask("How long did Kai Moreno take to finish 'Hollow Keep'?")
    assert got.answer == "one hour and four minutes", (got.answer, got.confidence)


_SHIELD = ("Westport won the Lakeside Shield for the first time in twenty years.\n\n"
           "In front of a crowd of 40,000, the Harbourmen came back twice before Ciaran"
           " Doyle's third goal and a late point from Niall Brennan sealed the Lakeside"
           " Shield.\n\n"
           "The county will parade the trophy on Monday.\n")


# "Doyle's third goal and a late point from Brennan": each name owns its own noun; the
# third goal was answered "Niall Brennan", the owner of the point
def test_a_name_owning_another_deed_does_not_answer_the_asked_one(nlp):
    engine = build(nlp, _SHIELD, "shield")
    got = engine.ask("Who scored the third goal?")
    assert got.answer == "Ciaran Doyle", (got.answer, got.confidence)
    got = engine.ask("Who scored the late point that sealed the Lakeside Shield?")
    assert got.answer == "Niall Brennan", (got.answer, got.confidence)

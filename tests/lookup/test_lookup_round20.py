"""Round 20 of the look-up: the answer's kind against the wh-phrase ("on which lap" wants
a lap's number, "the prize pool" a sum, and the sum written after "of" on it); on
sentences written for the test."""

from __future__ import annotations

from .lookupkit import build

_RACE = ("The race was stopped twice, the second time after a big crash at the hairpin on"
         " lap 41 that ended the day for Tom Reyes.\n\n"
         "Lena Park won the final and took home $40,000 from a prize pool of $250,000,"
         " beating the Dane in four games.\n")


# "On which lap ...?": a lap is named by its number, so neither the driver nor "second"
# answers it
def test_which_lap_wants_the_lap_number(nlp):
    engine = build(nlp, _RACE, "race")
    got = engine.ask("On which lap was the big crash at the hairpin?", decline=False)
    assert got.answer in {"41", "lap 41"}, (got.answer, got.confidence)


# "prize pool" is a sum, and "a prize pool of $250,000" gives its value; "$40,000" is what
# one player took home
def test_the_prize_pool_is_the_sum_after_of(nlp):
    engine = build(nlp, _RACE, "race")
    got = engine.ask("What was the prize pool of the final?", decline=False)
    assert got.answer == "$250,000", (got.answer, got.confidence)


_LINE_UP = ("The quartet opened with an old waltz. Then the rest of the group joined in: Ana"
            " Ruiz on the electric guitar, Marco Sala on acoustic guitar and Pia Lund on"
            " drums.\n")


# a line-up "A on X, B on Y and C on Z" gives each name the part written right after it,
# whatever name the parse hangs the phrase on
def test_each_player_keeps_own_part(nlp):
    engine = build(nlp, _LINE_UP, "lineup")
    got = engine.ask("Who plays acoustic guitar in the quartet?", decline=False)
    assert got.answer == "Marco Sala", (got.answer, got.confidence)
    got = engine.ask("Who plays drums in the quartet?", decline=False)
    assert got.answer == "Pia Lund", (got.answer, got.confidence)

"""Round 17 of the look-up: the answer's kind against the kind the wh-phrase asks, whole
spans, unanswered relations; on sentences written for the test."""

from __future__ import annotations

from .lookupkit import best, build

_DERBY = ("The Riverside Rovers beat the Hill Rangers 3-1 at Oakfield Park on Saturday"
          " afternoon.\n\n"
          "The match lasted two hours because of a long delay, and a crowd of 12,000 watched"
          " in the rain.\n\n"
          "Striker Mia Torres signed for the club in 2019 for a fee of 2 million pounds.\n\n"
          "The club moved to Oakfield Park in 1954.\n")


# "How big ...?" asks a size: "two hours" (the match's length) was the best candidate
def test_a_size_is_no_length_of_time(nlp):
    engine = build(nlp, _DERBY, "derby")
    assert best(engine, "How big was the crowd?") == "12,000"
    got = engine.ask("How long did the match last?")
    assert got.answer == "two hours", (got.answer, got.confidence)


# "How many goals ...?" counts goals: "2 million pounds" (or its "2") is a sum of money
def test_a_count_is_no_sum_of_money(nlp):
    engine = build(nlp, _DERBY, "derby")
    got = engine.ask("How many goals did Mia Torres score?", decline=False)
    assert got.answer not in {"2", "2 million", "2 million pounds"}, got.answer
    got = engine.ask("How many pounds did the club pay for Mia Torres?", decline=False)
    assert got.answer in {"2 million", "2 million pounds"}, got.answer


# "How long ...?" asks a length of time: a bare year says when, not for how long
def test_a_length_of_time_is_no_bare_year(nlp):
    engine = build(nlp, _DERBY, "derby")
    got = engine.ask("How long has Mia Torres played for the club?", decline=False)
    assert got.answer != "2019", got.answer


_SQUAD = ("The squad includes Ana Silva, Rosa Lind and Jo Park, who all came from the"
          " academy.\n\n"
          "The club moved to Oakfield Park in 1954.\n")


# a plural wh-phrase asks for every name of the list: "Ana Silva" alone won, the list being
# longer and its first name nearest the verb
def test_a_plural_question_is_answered_by_the_whole_list(nlp):
    engine = build(nlp, _SQUAD, "squad")
    got = engine.ask("Which players came from the academy?")
    assert got.answer == "Ana Silva, Rosa Lind and Jo Park", (got.answer, got.confidence)
    assert best(engine, "Which player came from the academy?") == "Ana Silva"


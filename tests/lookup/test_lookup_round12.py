"""Round 12 of the look-up: heldout10's families of misses (the question's subject under
another name, ages, coordinated clauses, scores at half-time, counts of people, ordinals),
each on sentences written for the test."""

from __future__ import annotations

from .lookupkit import best, build


def _article(lead: str, body: str) -> str:
    return f"{lead}\n\n{body}\n"


# "made her debut in 2015 and became ... in 2020": the year of the second clause belongs
# to "became"; the first clause has its own year, the one the question asks about
def test_a_year_of_the_conjoined_clause_is_not_the_first_verbs(nlp):
    engine = build(nlp, _article("Tom Rell is the new champion.",
                                 "He made his NHL debut in 2016 and became the league's"
                                 " youngest captain in Ohio in 2019."), "rell")
    assert best(engine, "In which year did Tom Rell make his NHL debut?") == "2016"


# "the Lions came from a goal down to beat Norway": the subjectless infinitive "to beat"
# shares the subject of "came", so for "Who did <team> beat?" the nickname doing the
# beating is the question's own subject, never the one beaten
def test_the_doer_of_a_subjectless_infinitive_is_the_questions_subject(nlp):
    from questions.lookup.answer import _doer_side
    from questions.lookup.question import read_question

    q = read_question(nlp("Who did Spain beat in the final?"))
    doc = nlp("On Sunday night in Lyon, the Lions came from a set down to beat co-hosts"
              " Norway 3-1 in the final of the Northern Cup.")
    beat = next(t for t in doc if t.lower_ == "beat")
    lions = next(t for t in doc if t.text == "Lions")
    assert lions.i in _doer_side(q, {beat: 1.0})
    assert not any(t.text == "Norway" for t in doc if t.i in _doer_side(q, {beat: 1.0}))

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


_VARGA = _article("Lena Varga won Best New Artist on Sunday.",
                  "Lena Varga, a 24-year-old pianist from Cork, won Best New Artist at the"
                  " Harbour Awards on Sunday night, beating a strong field. Hours earlier, her"
                  " debut record had won Best Folk Album, making her one of the few artists"
                  " to take a genre prize and the newcomer award on the same night. The award"
                  " comes with 5,000 euros in cash and three years of studio time in Dublin.")


# "How old was X when ...?": "one of the few artists" (a share of a group) and "three years
# of studio time" (a span of something) give no age; "X, a 24-year-old pianist," does,
# though X's first name stands more than a few words before the age (an apposition)
def test_an_age_is_no_share_nor_span_and_an_apposition_gives_it(nlp):
    engine = build(nlp, _VARGA, "varga")
    assert best(engine, "How old was Lena Varga when she won Best New Artist?") == "24"


def test_years_of_age_are_still_an_age(nlp):
    from types import SimpleNamespace

    from questions.lookup.answer import _no_age

    doc = nlp("She won the title at 24 years of age.")
    num = doc[5]
    assert num.text == "24"
    assert not _no_age(SimpleNamespace(root=num, text="24", start=5, end=6))


# "At what age was X crowned?" asks what "How old ...?" asks: a number of years, not the
# person the sentence calls "the Welshman"
def test_at_what_age_asks_for_an_age(nlp):
    engine = build(nlp, _article("Tom Rell is champion.",
                                 "Rell took the title on Sunday, two days after his 23rd"
                                 " birthday, and broke a record that had belonged to the late"
                                 " Sam Ardley since 1998, when the Welshman was crowned at"
                                 " 26."), "rell-age")
    assert best(engine, "At what age was Sam Ardley crowned champion?") == "26"


_HAWKS = _article("Harbour Hawks are champions again.",
                  "The Harbour Hawks became the first side to win three Coastal Cups in a row"
                  " on Sunday night, beating the Gulls 31-27 in the final of the Coastal Cup in"
                  " front of 8,000 fans in Dublin. The champions led 15-11 at half-time and"
                  " never let the visitors closer than two goals after the break.")


# "the half-time score": the words before "score" say which score of the match; the final
# score, in a sentence that never says "half-time", is not it
def test_the_half_time_score_is_not_the_final_score(nlp):
    engine = build(nlp, _HAWKS, "hawks-ht")
    assert best(engine, "What was the half-time score in the Coastal Cup final between the"
                        " Harbour Hawks and the Gulls?") == "15-11"
    assert best(engine, "What was the score in the Coastal Cup final?") == "31-27"


_TIDES = _article("The Harbour Song won on Sunday.",
                  "The upbeat folk number from Ann Lee's Irish drama \"Tides\" won Best Original"
                  " Song at the 63rd Harbour Film Awards in Cork on Sunday, becoming the first"
                  " Irish-language song to take the award.")


# "At which edition of the Film Awards ...?": an edition is told by its ordinal (or year),
# the one of the event the question names, even inside the name the small model tagged;
# not the sentence's subject, nor "the first Irish-language song"
def test_which_edition_is_answered_by_the_events_ordinal(nlp):
    engine = build(nlp, _TIDES, "tides")
    assert best(engine, "At which edition of the Harbour Film Awards did the Harbour Song"
                        " win Best Original Song?") == "63rd"


# "How many spectators ...?": "a 24-year wait" counts years (of the wait it describes) and
# "the country's second title" ranks a title; neither counts people
def test_a_duration_or_a_rank_counts_no_spectators(nlp):
    engine = build(nlp, _article("Spain are world champions.",
                                 "On Sunday night in Lyon, Spain beat co-hosts Norway 3-1 in"
                                 " the final of the Northern Cup, silencing a sold-out arena"
                                 " and ending a 24-year wait for the country's second title."),
                   "spain-cup")
    got = best(engine, "How many spectators attended the final of the Northern Cup in Lyon?")
    assert got is None or not any(word in got for word in ("24", "second"))


# "Which part of New York ...?" asks for a place inside the one named, not "a day" nor "work"
def test_which_part_of_a_place_asks_for_a_place(nlp):
    engine = build(nlp, _article("Nia Holt won Best New Artist.",
                                 "Nia Holt, a 22-year-old singer from Brooklyn, won Best New"
                                 " Artist on Sunday. Asked what she would do next, Holt said"
                                 " she planned to go home to New York, sleep for a day and"
                                 " then get back to work."), "holt")
    assert best(engine, "Which part of New York is Nia Holt from?") == "Brooklyn"

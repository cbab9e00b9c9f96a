"""Round 15 of the look-up: results written as two tallies, values said before the noun
they measure, and the asked thing's own conjunct, each on sentences written for the
test."""

from __future__ import annotations

from .lookupkit import best, build


def _article(lead: str, body: str) -> str:
    return f"{lead}\n\n{body}\n"


_OWLS = _article("The Copper Owls win the Harbour Cup.",
                 "The Copper Owls beat the Iron Hares in the final of the Harbour Cup in"
                 " Bristol on Sunday. When the whistle went at the end of normal time, the"
                 " teams were level at 1-12 to 0-15. The lead went from 1-0 to 2-0 early on.")


# a score written as two goals-points tallies joined by "to" is one result: "1-12", its
# first half, answered before
def test_a_score_of_two_tallies_joined_by_to_is_one_answer(nlp):
    engine = build(nlp, _OWLS, "owls")
    got = engine.ask("What was the score at the end of normal time?")
    assert got.answer == "1-12 to 0-15", (got.answer, got.confidence)


# "from 1-0 to 2-0" is a change of score, two results: no candidate joins them
def test_a_change_of_score_is_not_joined(nlp):
    from questions.lookup.candidates import _score_pair_end

    doc = nlp("The lead went from 1-0 to 2-0 early on.")
    assert not any(_score_pair_end(doc, t.i, len(doc)) for t in doc)


_CUP = _article("The Copper Owls win the Harbour Cup.",
                "The Copper Owls beat the Iron Hares in the final of the Harbour Cup in"
                " Bristol on Sunday, and took home £40,000 of the £100,000 prize fund."
                " Winger Tom Reed scored twice. Reed's wife and his brother were in the"
                " crowd. A new kit is planned for later this year.")


# "What was the prize fund?": the amount written as the asked noun's own modifier is its
# value, over the other amount and the names of the sentence (declined before: "Bristol")
def test_an_amount_before_the_asked_noun_is_its_value(nlp):
    engine = build(nlp, _CUP, "cup")
    got = engine.ask("What was the total prize fund of the Harbour Cup?")
    assert got.answer == "£100,000", (got.answer, got.confidence)


# "X's wife and his brother": a thing listed beside the asked one is another thing, and
# the article never names the wife ("his brother" answered at 0.86 before)
def test_the_conjunct_of_the_asked_noun_is_declined(nlp):
    engine = build(nlp, _CUP, "cup")
    got = engine.ask("What is the name of Tom Reed's wife?")
    assert got.answer is None, (got.answer, got.confidence)


# a name given for the asked noun is still the answer
def test_the_asked_noun_named_is_still_answered(nlp):
    engine = build(nlp, _article("The Copper Owls win the Harbour Cup.",
                                 "Tom Reed scored twice. Reed's wife, Ana Lee, and his"
                                 " brother were in the crowd."), "wife")
    assert engine.ask("What is the name of Tom Reed's wife?").answer == "Ana Lee"


# "On what exact date ...?" asks for a day: "later this year" says none ("year" was
# answered at 0.57 before); a day said is still answered
def test_an_exact_date_is_not_answered_by_a_vague_one(nlp):
    engine = build(nlp, _article("The Copper Owls.",
                                 "The Copper Owls will release a new kit. The new kit comes"
                                 " out later this year, the club said."), "later")
    got = engine.ask("On what exact date will the new kit come out?")
    assert got.answer is None, (got.answer, got.confidence)
    dated = build(nlp, _article("The Copper Owls have a new kit.",
                                "The new kit of the Copper Owls comes out on 4 March."),
                  "kit")
    assert "March" in (dated.ask("On what exact date will the new kit come out?").answer
                       or "")


_BAKE = _article("The Copper Owls win the Harbour Cup.",
                 "Coach Ada Frost said the blueberry and vanilla cake baked by the fans was"
                 " lovely. Winger Tom Reed said the lemon and ginger cake inside was"
                 " perfect.")


# "What flavour was the cake?" asks the words modifying "cake": the modifiers joined by
# "and" are one answer, however the model hangs them ("Ada Frost", a person, came first
# before; declined on the misparsed second)
def test_a_quality_noun_is_answered_by_the_modifiers_of_the_thing(nlp):
    engine = build(nlp, _BAKE, "bake")
    got = engine.ask("What flavour was the cake baked by the fans?")
    assert got.answer == "blueberry and vanilla", (got.answer, got.confidence)
    assert best(engine, "What flavour was the cake inside?") == "lemon and ginger"


# the modifiers of the question's own noun, not of another noun of the sentence
# ("marzipan" of "marzipan fans" says nothing of the cake)
def test_a_quality_noun_asks_the_modifiers_of_the_questions_noun(nlp):
    engine = build(nlp, _article("Sam wins the bake-off.",
                                 "Sam baked a two-layer coffee and walnut cake shaped like a"
                                 " guitar, with little marzipan fans on top."), "sam")
    assert best(engine, "What flavour was Sam's two-layer cake?") == "coffee and walnut"


_MAPS = _article("The Copper Owls win the Harbour Cup.",
                 "The Owls beat the Hares 2-1 in the Harbour Cup final on Sunday. The Owls"
                 " took Ancient 13-11 after a tense battle, with Tom \"tr\" Reed landing a"
                 " clutch on the last round.")


# "Which map did X win 13-11?" against "X took Ancient 13-11": the question's own score,
# said again, tells the win in other words (declined at 0.30 before: the relation "win"
# counted as unsaid)
def test_the_questions_own_score_says_the_result(nlp):
    engine = build(nlp, _MAPS, "maps")
    got = engine.ask("Which map did the Owls win 13-11 in the Harbour Cup final?")
    assert got.answer == "Ancient", (got.answer, got.confidence)
    from questions.lookup.confidence import question_score_said

    q = engine.read("Which map did the Owls win 13-10 in the Harbour Cup final?")
    hit = next(h for h in engine.index.search(q.terms, k=6) if "Ancient" in h.entry.text)
    assert not question_score_said(q, hit)  # another score says nothing of this win


# "Who was X's co-driver?": the name written right after the asked role noun holds the
# role, over a name nearer the question's other words ("Jan Peeters" won before)
def test_the_name_after_the_asked_role_noun_holds_the_role(nlp):
    engine = build(nlp, _article("Tom Reed wins the Harbour Rally.",
                                 "Jan Peeters, Reed's rival at the 2024 Harbour Rally, praised"
                                 " Reed and his co-driver Sam Vale."), "rally")
    got = engine.ask("Who was Tom Reed's co-driver at the 2024 Harbour Rally?")
    assert got.answer == "Sam Vale", (got.answer, got.confidence)


# a two-word name right after a person's role noun is a person's name, whatever label the
# model gave it ("Lucas Cruz" is tagged a place by the small model; "Jan Peeters" won)
def test_a_name_after_a_persons_role_noun_is_a_person(nlp):
    engine = build(nlp, _article("Tom Reed wins the Harbour Rally.",
                                 "Reed and his long-time co-driver Lucas Cruz won the 2024"
                                 " Harbour Rally an hour clear of Belgian privateer Jan"
                                 " Peeters."), "cruz")
    got = engine.ask("Who was Tom Reed's co-driver at the 2024 Harbour Rally?")
    assert got.answer == "Lucas Cruz", (got.answer, got.confidence)


# "Which Belgian driver ...?": the wh-phrase's nationality written just before a name
# ("Belgian privateer Jan Peeters") describes that name, over another person of the
# sentence (the co-driver, a person once his role says so, came first before)
def test_the_wh_phrase_nationality_before_a_name_picks_it(nlp):
    engine = build(nlp, _article("Tom Reed wins the Harbour Rally.",
                                 "Reed and his long-time co-driver Lucas Cruz won the 2024"
                                 " Harbour Rally an hour clear of Belgian privateer Jan"
                                 " Peeters."), "peeters")
    question = "Which Belgian driver finished second behind Reed in the 2024 Harbour Rally?"
    assert best(engine, question) == "Jan Peeters"

"""Classes found in the retrieval-classes round (README lookup section): the article's
opening sentence winning retrieval over the sentence with the answer, and a family noun
not asking for a person. The articles and questions are written here, with other names
and events."""

from __future__ import annotations

from tests.lookup.lookupkit import build

AWARDS = "\n".join([
    " date 2024-11-18 Marisol Vega owned the 12th Harbor Film Awards.",
    "",
    "The director took home four prizes for her drama \u201cLow Tide\u201d, including Best"
    " Picture, at the Orpheum in Halifax on Saturday.",
    "",
    "The rest of the night",
    "",
    "Best Actor went to Tomas Reyes for \u201cCold Coast\u201d.",
    "Ines Palmer was named Best Newcomer.",
    "",
    "Next week Vega flies to Lisbon, where she premieres \u201cLow Tide\u201d at the Atlantic"
    " Festival.",
    "",
])


# the lead names the event ("the 12th Harbor Film Awards") every sentence reports on; a
# question naming the event must not pull the lead above the sentence with the answer
def test_the_leads_event_does_not_outrank_the_answers_sentence(nlp):
    engine = build(nlp, AWARDS, "film-vega-awards-2024")
    got = engine.ask("Who was named Best Newcomer at the 12th Harbor Film Awards?",
                     decline=False)
    assert got.answer == "Ines Palmer"
    assert "Best Newcomer" in got.sentence


SWIMMER = "\n".join([
    " date 2024-08-01 Ana Corvo won the 400m medley at the Riverside Games on Monday.",
    "",
    "The swimmer's parents both swam for Portugal at the Olympics, so the pool was always"
    " home.",
    "",
])


# "the names of X's parents" asks for people: a country in the sentence that says
# "parents" is no answer
def test_the_names_of_a_family_noun_ask_for_people(nlp):
    engine = build(nlp, SWIMMER, "swimming-corvo-2024")
    question = "What are the names of the swimmer's parents?"
    assert engine.ask(question, decline=False).answer != "Portugal"
    assert engine.ask(question).answer is None


FESTIVAL = "\n".join([
    " date 2024-11-18 Marisol Vega owned the 12th Harbor Film Awards.",
    "",
    "Marisol Vega Ortiz, who won the Golden Reel in 2019, has little time to celebrate."
    " Next Sunday she headlines the Atlantic Festival show at the Belem Arena in Lisbon,"
    " with ZOLA as her special guest.",
    "",
])


# a nickname no article uses ("Mari") is still the question's subject: the sentence's
# "she" (and "her") stands for it, not for the answer
def test_the_questions_subject_under_a_nickname_is_no_answer(nlp):
    engine = build(nlp, FESTIVAL, "film-vega-festival-2024")
    got = engine.ask("who is Mari bringing out as a guest at the festival show?",
                     decline=False)
    assert got.answer == "ZOLA"


# "one of" and "number one" count nothing: no answer to "How many ...?" even when the
# sentence that says them is the only one found
def test_one_of_is_no_count_even_alone(nlp):
    text = "\n".join([
        " date 2024-03-09 The Copper Lanterns tour became one of the busiest tours of the"
        " year for Ida Marsh.",
        "",
    ])
    engine = build(nlp, text, "music-ida-marsh-2024")
    assert engine.ask("How many tours did Ida Marsh play in the year?",
                      decline=False).answer != "one"

"""Round 18 of the look-up: paraphrases, the question's word a general-English synonym of
the article's; on sentences written for the test."""

from __future__ import annotations

from .lookupkit import build

_GALA = ("The Harbour Film Awards were held in Bristol on Saturday night.\n\n"
         "Comedian Ruth Vale hosted the ceremony for the third year running.\n\n"
         "Director Omar Reyes, the Egyptian film-maker, said the boos of the crowd had only"
         " made the win sweeter.\n\n"
         "The winning film follows a fisherman held as a captive in Tangier for ten years.\n\n"
         "Its final scene was shot in the port of Dunmore, where a giant ship sinks at"
         " dawn.\n\n"
         "The band's frontman, Leo Marsh, waved a tattered flag during the closing song.\n")


# a ceremony's host is said "emceed" or "compered" by fans: the article's "hosted"
def test_an_emcee_is_a_host(nlp):
    engine = build(nlp, _GALA, "gala")
    got = engine.ask("Who emceed the ceremony?")
    assert got.answer == "Ruth Vale", (got.answer, got.confidence)


# "jeers" for the article's "boos"
def test_jeers_are_boos(nlp):
    engine = build(nlp, _GALA, "gala")
    got = engine.ask("What did the crowd's jeers make sweeter?")
    assert got.answer == "win", (got.answer, got.confidence)
    got = engine.ask("Which Egyptian said the jeers made the victory sweeter?")
    assert got.answer == "Omar Reyes", (got.answer, got.confidence)


# "prisoner" for "captive", "harbour" for "port", "vessel" for "ship"
def test_prisoner_harbour_and_vessel(nlp):
    engine = build(nlp, _GALA, "gala")
    got = engine.ask("In which city is the fisherman kept as a prisoner?")
    assert got.answer == "Tangier", (got.answer, got.confidence)
    got = engine.ask("In which harbour town was the scene with the sinking vessel shot?",
                     decline=False)
    assert got.answer == "Dunmore", (got.answer, got.confidence)
    assert got.sentence.startswith("Its final scene"), got.sentence


# "singer" for "frontman", "brandished" for "waved", "ragged" for "tattered"
def test_the_singer_is_the_frontman(nlp):
    engine = build(nlp, _GALA, "gala")
    got = engine.ask("Which singer brandished a ragged flag?")
    assert got.answer == "Leo Marsh", (got.answer, got.confidence)


_RELAY = ("Tom Reyes, Ivo Marsh and Leo Park won the relay in Monaco on Sunday after six"
          " hours of racing.\n\n"
          "\u201cI have dreamed about this since I was a boy,\u201d said Marsh, the Briton who"
          " had won the junior class twice with Park.\n\n"
          "The series returns in May.\n")


# "Which Briton in the winning trio said ...?": the parser hung "Which" on the later verb
# as its object and the nationality noun, tagged a name, was no focus: the question read
# as asking an object, and "boy" inside the quoted speech answered
def test_a_nationality_noun_after_which_is_the_focus(nlp):
    engine = build(nlp, _RELAY, "relay")
    got = engine.ask("Which Briton in the winning trio said he had dreamed of the victory"
                     " since childhood?")
    assert got.answer == "Ivo Marsh", (got.answer, got.confidence)

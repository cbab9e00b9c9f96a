"""Look-up round 8 (README lookup section): paraphrase misses of the development lists
(gold, heldout3-8) by their general causes: phrasal verbs the model parses as a
preposition, numbers said as words of repetition, a verb and the noun made from it.
Articles and questions are written here, each failing before its rule."""

from __future__ import annotations

from questions.lookup.terms import span_terms
from tests.lookup.lookupkit import build


def _article(head: str, body: str) -> str:
    return f" date 2025-03-10 {head}\n\n{body}\n"


# "steps in as": the small model labels the particle a preposition when "as" follows; a
# preposition with no object of its own is the verb's particle all the same, and the
# phrase means what the question's "takes over as" means
def test_a_particle_parsed_as_a_preposition_still_makes_the_phrasal_verb(nlp):
    doc = nlp("Next spring, Maria Okafor steps in as the new host of the quiz show.")
    assert "replace" in span_terms(doc)
    engine = build(nlp, _article("The quiz show has a new face.", "Next spring, Maria Okafor"
                                 " steps in as the new host of the quiz show."), "quiz-2025")
    got = engine.ask("Who takes over as host of the quiz show?")
    assert got.answer == "Maria Okafor"


# "was killed off": a story's character written out by death; "Who died ...?" is answered
def test_killed_off_says_the_character_died(nlp):
    doc = nlp("Captain Rhea Voss was killed off in the season finale.")
    assert "die" in span_terms(doc)
    engine = build(nlp, _article("The space drama ended its run.", "Captain Rhea Voss, the"
                                 " fleet's bravest pilot, was killed off in the season"
                                 " finale."), "drama-2025")
    assert engine.ask("Which captain died in the season finale?").answer == "Rhea Voss"


# "netted twice" against "two goals from X": a count said as a word of repetition
# ("twice", "thrice") is the same number as the cardinal
def test_twice_is_two(nlp):
    from questions.lookup.terms import SYNONYMS
    assert "two" in SYNONYMS["twice"] and "three" in SYNONYMS["thrice"]
    engine = build(nlp, _article("Rovers won the cup final.", "Rovers took the cup on Sunday"
                                 " after a tense first half. Two late goals from Sarah Collins sank"
                                 " Town 2-0 at Dalymount."), "rovers-2025")
    assert engine.ask("Which striker scored twice for Rovers?").answer == "Sarah Collins"


# "Who got the equaliser?" against "X equalised for Y": the verb and the noun made from it
# are one relation (the noun's group holds both spellings of the verb)
def test_the_equaliser_is_who_equalised(nlp):
    engine = build(nlp, _article("Rovers drew with Town.", "Town led early through a header,"
                                 " but Sarah Collins equalised for Rovers ten minutes later."),
                   "rovers-2025")
    assert engine.ask("Who got the equaliser for Rovers?").answer == "Sarah Collins"


# "the Swede", "in Japan" against "Sweden", "the Japanese Grand Prix": a nation or its
# people said in another form in the article is no name the article never mentions
def test_a_nation_said_in_another_form_is_mentioned(nlp):
    from questions.lookup.confidence import nation_said
    assert nation_said("frenchman", {"france"}) and nation_said("japan", {"japanese"})
    assert not nation_said("austria", {"australia"})
    engine = build(nlp, _article("A home win in the snow.", "Elsa Lindqvist of Sweden won the"
                                 " Japanese Grand Prix of skiing on Sunday, ahead of Marie"
                                 " Dubois."), "ski-2025")
    got = engine.ask("Which Swede won the race in Japan?")
    assert got.answer == "Elsa Lindqvist"


# the same forms read the other way: "France" is the question's own "French", no answer
def test_the_questions_own_nation_in_another_form_is_no_answer(nlp):
    engine = build(nlp, _article("Gold for the hosts.", "The champion's uncle once rowed for"
                                 " France, and the lake soon felt like home to her."), "swim-2025")
    got = engine.ask("What is the home town of the French champion?", decline=False)
    assert got.answer != "France"


# 'Jo "Blaze" Hart' accepted: the name without its quoted nickname is the same person
def test_a_name_without_its_quoted_nickname_matches():
    from questions.lookup.terms import answers_match
    assert answers_match('Jo "Blaze" Hart', "Jo Hart")
    assert answers_match("Jo “Blaze” Hart", "Hart")
    assert not answers_match('Jo "Blaze" Hart', "Jo Smith")


# "Which QB threw the TD pass?": abbreviations fans type for the article's words, which
# the small model tags as names the article never mentions
def test_sports_abbreviations_are_the_articles_words(nlp):
    engine = build(nlp, _article("The Hawks won the opener.", "The Hawks beat the Owls 21-14"
                                 " on Sunday. Quarterback Dale Mercer threw a late touchdown"
                                 " pass to settle it."), "hawks-2025")
    assert engine.ask("Which QB threw the late TD pass?").answer == "Dale Mercer"


# "Which Finn ...?" against "the Finnish captain": retrieval finds the article's form of a
# nation whose forms do not share their start
def test_a_nations_people_find_its_adjective(nlp):
    engine = build(nlp, _article("The Panthers are champions.", "The Panthers beat the Oilers"
                                 " 2-1 on Monday night. When the horn sounded, Aki Lahti, the"
                                 " Finnish captain, was the first to lift the trophy."),
                   "panthers-2025")
    assert engine.ask("Which Finn captains the Panthers?").answer == "Aki Lahti"

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

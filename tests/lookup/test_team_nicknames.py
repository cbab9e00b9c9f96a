"""A side's nickname in subject position, right after a sentence about the side ("Ardmore
are champions again. ..., the Herons held off ..."), is learnt as a descriptor of the
side, as "the Dutchman" is of a driver (questions/lookup/resolve.py, `_team_antecedent`).
Articles and questions are written here."""

from __future__ import annotations

from questions.lookup.question import read_question
from questions.lookup.resolve import learn_descriptors, resolve_doc
from tests.lookup.lookupkit import build

FINAL = "\n".join(
    [
        " date 2025-09-28 Ardmore United are champions again.",
        "",
        "In a tense final at Parkhead Road, the Herons held off Kilbride Athletic by a "
        "single goal on Saturday.",
        "",
        "Ardmore United coach Sinead Farrell was carried shoulder-high by her players "
        "after the whistle.",
        "",
    ]
)


def test_a_nickname_subject_after_its_side_is_learnt(nlp):
    doc = nlp("Ardmore United are champions again. In a tense final at Parkhead Road, "
              "the Herons held off Kilbride Athletic by a single goal on Saturday.")
    learnt = learn_descriptors(doc, resolve_doc(doc))
    assert set(learnt.get("herons", {})) == {"Ardmore United"}


def test_a_question_with_the_nickname_finds_the_side(nlp):
    engine = build(nlp, FINAL, "football-ardmore-final-2025")
    assert engine.ask("Who is the Herons' coach?").answer == "Sinead Farrell"


def test_a_nickname_after_two_sides_is_not_learnt(nlp):
    doc = nlp("Ardmore United and Kilbride Athletic met in the final. In a tense game, "
              "the Herons held on by a single goal.")
    learnt = learn_descriptors(doc, resolve_doc(doc))
    assert "herons" not in learnt


RADIO = "\n".join(
    [
        " date 2025-03-03 The radio serial Harbour Lights returns for a fourth run.",
        "",
        "Northwind Radio ordered the first series in 2019, after a pilot written by "
        "Ada Brennan.",
        "",
    ]
)


# "Which broadcaster ...?", "Which manufacturer ...?" ask for a company: an organisation
# fits them as it fits "Which label ...?"
def test_an_organisation_noun_asks_for_an_organisation(nlp):
    q = read_question(nlp("Which broadcaster ordered the first series of the serial?"))
    assert q.expected == "group"
    engine = build(nlp, RADIO, "radio-harbour-lights-2025")
    got = engine.ask("Which broadcaster ordered the first series of the serial?")
    assert got.answer == "Northwind Radio"

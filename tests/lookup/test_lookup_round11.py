"""Round 11 of the look-up: a word of a longer name is no answer of its own, and the
families of misses of the development lists (reworded relations, unanswerable questions)."""

from __future__ import annotations

from .lookupkit import best, build


def _article(lead: str, body: str) -> str:
    return f"{lead}\n\n{body}\n"


# "her sold-out Spartans Tour concerts": the small model calls "Spartans" a nationality
# (a group), but compounded onto the proper noun "Tour" it is the start of the tour's name;
# the band is the subject of "opened"
def test_a_word_starting_a_longer_name_is_no_group(nlp):
    engine = build(nlp, _article("Nora Vale closed her Glasgow run on Sunday.",
                                 "Paperwolf, led by Ada Moss, opened all three of her"
                                 " sold-out Spartans Tour concerts at Hampden Park."),
                   "vale-2025")
    assert best(engine, "Which band opened Nora Vale's Hampden Park concerts?") == "Paperwolf"


# A one-word mention ("Most") resolved to the name it stands for ("Most Valuable Player"):
# its words as written are all stop words, and the name's stop word "most" is no word the
# question lacks, so the candidate is the question's own "Valuable Player" said again
def test_a_resolved_names_stop_words_are_no_new_words():
    from questions.lookup.answer import _overlap

    assert _overlap([], ["most", "valuable", "player"], {"valuable", "player"}) == 1.0
    assert _overlap([], ["most", "valuable", "player"], {"player"}) < 1.0


# "will race a customer Kestra for Marlow Racing": the small model hangs "for" on the
# object; the question's stranded "for" after its verb says whose complement it is
def test_the_verbs_preposition_hung_on_its_object_still_fills_the_slot(nlp):
    engine = build(nlp, _article("Tomas Rell is leaving his old team after nine seasons.",
                                 "In 2026 the champion will race a customer Kestra for"
                                 " Marlow Racing."), "rell-2025")
    assert best(engine, "Who will Rell race for in 2026?") == "Marlow Racing"

"""Look-up round 9 (README lookup section): plain misses of the development lists (gold,
heldout3-8, pool) by their general causes. Articles and questions are written here, each
failing before its rule."""

from __future__ import annotations

from tests.lookup.lookupkit import best, build


def _article(head: str, body: str) -> str:
    return f" date 2025-03-10 {head}\n\n{body}\n"


# "Eleanor Hart (Mira Castellano)": fan writing pairs a character with the actor in
# brackets (or the actor with the character); for "Who plays X?" the bracketed partner of
# the role is who plays it, without any casting verb in the sentence
def test_a_role_and_its_actor_in_brackets(nlp):
    engine = build(nlp, _article("The fantasy series ended its run.", "The last episode"
                                 " belongs to Eleanor Hart (Mira Castellano), whose farewell"
                                 " to Paul Renner left viewers in tears."), "series-2025")
    got = engine.ask("Who plays Eleanor Hart?")
    assert got.answer == "Mira Castellano"
    engine = build(nlp, _article("The fantasy series ended its run.", "The last episode"
                                 " belongs to Mira Castellano (Eleanor Hart), whose farewell"
                                 " to Paul Renner left viewers in tears."), "series-2025")
    assert best(engine, "Who plays Eleanor Hart?") == "Mira Castellano"


# "four and a half lengths": a count with "and a half" is one number (the small model
# often calls it a date); the whole number answers "By how many ...?", not "four"
def test_a_number_and_a_half_is_one_count(nlp):
    engine = build(nlp, _article("Westbrook kept their crown.", "Westbrook, steered by Ana"
                                 " Ruiz, won the eights final by four and a half lengths,"
                                 " their third straight title on the lake."), "rowing-2025")
    got = engine.ask("By how many lengths did Westbrook win the eights final?")
    assert got.answer == "four and a half"


# "What was the score when Rovers beat Town?" against "Rovers edged past Town 3-1": a
# score-shaped answer says the "score" the question asks for, so the sentence does not
# miss the relation just because it never writes the word
def test_a_score_answer_says_the_score_asked(nlp):
    engine = build(nlp, _article("Rovers won the derby.", "Rovers swept aside ten-man Town"
                                 " 3-1 at Dalymount on Friday night thanks to a late double"
                                 " from Sarah Collins."), "derby-2025")
    got = engine.ask("What was the score when Rovers beat Town at Dalymount?")
    assert got.answer == "3-1"



# "Major Vantrell": a rank or an honorific before a capitalised name makes the name a
# person's, whatever the small model labels it (here an organisation)
def test_a_rank_before_a_name_makes_a_person(nlp):
    from questions.lookup.candidates import sentence_candidates
    doc = nlp("Ada Quill must hide her plans from the college's new vice principal, Major"
              " Vantrell, while her bond with Tobin Reyes grows.")
    found = {c.text: c.types for c in sentence_candidates(next(doc.sents), {}, None)}
    named = {text: types for text, types in found.items() if "Vantrell" in text}
    assert named and all("person" in t and not t & {"org", "group"} for t in named.values())
    # the rank inside another kind of name is left alone
    doc = nlp("Ada Quill sold her shares in General Motors last spring.")
    found = {c.text: c.types for c in sentence_candidates(next(doc.sents), {}, None)}
    assert "person" not in found.get("General Motors", set())


# "with Tom Greer as Inspector Marsh and his wife, Ada Vane, as Lady Ashby": the comma that
# closes an apposition does not part the name from its "as" role in a cast list
def test_a_cast_list_role_after_an_apposition(nlp):
    engine = build(nlp, _article("The thriller opened in 1961.", "The thriller opened on 3 May"
                                 " 1961 at the Rialto, with Tom Greer as Detective Inspector"
                                 " Marsh and his wife, Ada Vane, as Lady Ashby."), "play-1961")
    assert best(engine, "Who played Lady Ashby in the original cast?") == "Ada Vane"

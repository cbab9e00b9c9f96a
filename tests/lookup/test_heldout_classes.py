"""Classes of wrong answers found on the held-out sets heldout3 and heldout4 (read in the
held-out-classes round, README lookup section; development material since). The articles
are written here, for these tests, with other names and events; questions are asked with
declining off unless the test is about declining."""

from __future__ import annotations

import pytest

from tests.lookup.lookupkit import best, build


# the article's topic, named in the question only as context ("... in Crown of Ashes?"),
# is spelt out in the lead sentence alone (later sentences say "the series"): it must not
# carry the lead sentence over the one that says the rest of the question
def test_the_articles_topic_in_the_question_does_not_pick_the_lead_sentence(nlp):
    text = "\n".join([
        " date 2024-03-01 \"Crown of Ashes\" came back for its third season on Friday, and"
        " Netflix says the premiere drew 5.1 million viewers across Netflix and Hulu on its"
        " first night.",
        "",
        "The series follows a young queen who inherits a broken realm.",
        "Ida Berg returns as Elspeth, opposite Carl Moss as the Iron Duke and Maya Torvald"
        " as Queen Sigrun.",
        "",
        "Showrunner Dana Whitlock has said this season is \"a siege story\", and the eight"
        " episodes will air weekly until May.",
        "",
    ])
    engine = build(nlp, text, "tv-crown-of-ashes-season-3")
    assert "Dana Whitlock" in best(engine, "Who is the showrunner of Crown of Ashes?")


# a name right after a preposition is that preposition's object, not the subject of the
# verb after it ("the 19-year-old from Nantes won ..."), whatever label the model gave it;
# and a word of a venue's name shown as the venue is a place, not a bare name for "Who"
def test_a_prepositions_object_before_the_verb_is_no_subject(nlp):
    text = "\n".join([
        " date 2024-08-01 On Friday evening at the Tokyo Aquatics Centre, the 19-year-old"
        " from Nantes won the 100m freestyle and the 200m freestyle within about an hour,"
        " setting a world record in both finals.",
        "",
        "The freestyle came first.",
        "Dora Lindqvist took silver in 47.90, with Kenya's Amani Otieno third.",
        "",
    ])
    engine = build(nlp, text, "swimming-freestyle-double")
    got = best(engine, "Who took silver in the 100m freestyle behind the teenager?")
    assert got not in {"Nantes", "Tokyo Aquatics Centre"}


# "How old ...?": the number the person "was", not a number counting a noun of the same
# sentence; never a decimal or a side of a score, nor the "N-year-old" on the other side
# of the verb from the question's person
def test_how_old_takes_an_age_of_the_questions_person(nlp):
    text = "\n".join([
        " date 2024-12-12 The 19-year-old from Lyon beat Arno Vidal in the final game of"
        " their title match in Dubai on Thursday, winning the match 8.5-5.5.",
        "",
        "The old record was Vidal's own: Vidal was 23 when he won the first of his four"
        " national titles in 2012.",
        "",
    ])
    engine = build(nlp, text, "chess-title-match")
    assert best(engine, "How old was Vidal when he won the first of his national titles?") == (
        "23")
    got = engine.ask("How old is Arno Vidal now?", decline=False).answer
    assert got not in {"8.5", "19-year-old", "19", "four"}


# a cast list says who plays whom without the verb: "Y as Role" ("..., Nora Vail as Lady
# Merrow and Ben Ostrow as Corwin")
def test_who_plays_a_role_is_the_name_before_as_and_the_role(nlp):
    text = "\n".join([
        " date 2024-03-01 The second season of the drama opens with a siege.",
        "",
        "Ida Berg returns as Elspeth, opposite Carl Moss as the Iron Duke, Nora Vail as"
        " Lady Merrow and Ben Ostrow as Corwin.",
        "",
    ])
    engine = build(nlp, text, "tv-siege-drama")
    assert best(engine, "Who plays Lady Merrow in the drama?") == "Nora Vail"


# list members each with their own words: the member whose own stretch says the
# question's names or numbers is the one asked for ("beaten X in the quarter-finals and
# Y 4-2 in the semi-finals")
def test_the_list_member_whose_own_words_say_the_question(nlp):
    text = "\n".join([
        " date 2025-01-03 Earlier in the week, Moreau had beaten Jonas Pike in the"
        " quarter-finals and Oliver Grant 4-2 in the semi-finals.",
        "",
    ])
    engine = build(nlp, text, "snooker-week")
    assert best(engine, "Who did Moreau beat 4-2 in the semi-finals?") == "Oliver Grant"


# "the 22-year-old from Leuven", "the teenager from Brno": the name after "from" is where
# the person comes from, a place, even when the model tags it a person (or an
# organisation), so it does not answer "Who ...?"
@pytest.mark.parametrize("town", ["Leuven", "Brno", "Annecy"])
def test_a_hometown_after_a_person_word_is_a_place(nlp, town):
    from questions.lookup.candidates import sentence_candidates

    text = (" date 2024-08-01 On Wednesday evening at the Rome Aquatics Centre, the"
            f" 22-year-old from {town} won the 100m freestyle within about two hours.\n")
    engine = build(nlp, text, "swim-rome")
    entry = engine.index.sentences[0]
    cands = sentence_candidates(entry.sent, entry.owner.resolved, None)
    found = [c for c in cands if c.text == town]
    assert found and all("place" in c.types and not c.types & {"person", "org", "group"}
                         for c in found)


# a capitalised name joined by "of" that the model left untagged is one name ("Sea of
# Stars won ..."), not its first word
def test_an_untagged_name_joined_by_of_is_whole(nlp):
    text = "\n".join([
        " date 2023-12-08 Sea of Lights won Best Independent Game, while Metal Boxer 6 took"
        " the fighting game award.",
        "",
    ])
    engine = build(nlp, text, "game-awards-night")
    got = best(engine, "Which game won Best Independent Game at the awards?")
    assert got == "Sea of Lights"

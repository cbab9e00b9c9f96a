"""Look-up round 5 (README lookup section): candidate choice in a sentence that says the
answer. Articles and questions are written here, each failing before its rule."""

from __future__ import annotations

from tests.lookup.lookupkit import best, build

STREAM = "\n".join(
    [
        " date 2025-03-02 The charity marathon ended on Sunday with a record total.",
        "",
        'Viewers voted on whether the lizard in the last level should live. The "spare" side'
        " lost by about $9,000, and the player, a Finn named Aino Virtanen, apologised to"
        " the lizard on camera.",
        "",
    ]
)


# "a Finn named Aino Virtanen": the noun is what the name is, the name is the answer and
# stands in the noun's slot (the subject of "apologised", through the apposition)
def test_a_noun_named_by_a_participle_yields_to_the_name(nlp):
    engine = build(nlp, STREAM, "charity-marathon-2025")
    assert best(engine, "Who apologised to the lizard?") == "Aino Virtanen"
    assert best(engine, "Which player said sorry to the lizard?") == "Aino Virtanen"


BAKE = "\n".join(
    [
        " date 2025-11-04 The village baking contest held its final on Monday.",
        "",
        "Mara Quill, a retired nurse from Leeds, built a tall lighthouse out of gingerbread.",
        "",
    ]
)


# the apposition is how the question names its subject: "Leeds" inside it is part of that
# description, not what she made; asked with its own preposition, it still answers
def test_a_word_of_the_questions_own_description_is_not_the_answer(nlp):
    engine = build(nlp, BAKE, "baking-final-2025")
    assert best(engine, "What did the retired nurse make?") == "tall lighthouse"
    assert best(engine, "Where is the retired nurse from?") == "Leeds"


FAMILY = "\n".join(
    [
        " date 2025-04-10 The cartoon's special episode aired on Sunday.",
        "",
        "The story follows the Moss family as Tom's sister, Aunt Greta, marries her partner"
        " Lou in the garden of the family home.",
        "",
    ]
)


# "Aunt" taken alone and shown as "Aunt Greta" is the person, not a bare name that might
# be a city
def test_a_word_of_a_persons_name_is_that_person(nlp):
    engine = build(nlp, FAMILY, "special-episode-2025")
    assert best(engine, "Which city is the Moss family supposed to move to?") != "Aunt Greta"
    assert best(engine, "Who is Tom's sister?") == "Aunt Greta"


SEASON = "\n".join(
    [
        " date 2025-07-05 The fantasy drama returned for its final season on Friday.",
        "",
        "The three-episode Part 2 followed the six episodes that arrived on June 1.",
        "",
    ]
)


# "the three-episode Part 2": a count of things made a modifier is no amount, so it does
# not answer "How much ... cost?" (a unit of measure, "a 40-minute set", would)
def test_a_hyphenated_count_of_things_is_no_amount(nlp):
    engine = build(nlp, SEASON, "final-season-2025")
    assert best(engine, "How much did each episode of the final season cost to make?") != (
        "three-episode"
    )


DUET = "\n".join(
    [
        " date 2025-06-10 The rapper Kofi Mensah played a sold-out stadium in Berlin on"
        " Saturday.",
        "",
        'Mensah later thanked Lena Vogt, who played the violin on their duet "Blue River".',
        "",
    ]
)


# "thanked Lena Vogt, who played the violin": the name "who" hangs from is the subject of
# the relative clause's verb, so the sentence answers who played it (declined before)
def test_the_name_a_relative_who_hangs_from_is_its_subject(nlp):
    engine = build(nlp, DUET, "stadium-night-2025")
    assert engine.ask("Which singer played violin on the duet?").answer == "Lena Vogt"

"""The pool10 round (session 9, helper p10): failure families the eleventh development
set showed, each tested on sentences written for the test, not taken from the articles."""

from __future__ import annotations

from questions import gates


def test_a_post_left_without_the_post_is_no_context():
    # "Dana Roux, who stepped down in 2019 after nine years": asked alone, "stepped down"
    # says neither the post nor the body (stepped down from what?)
    for question in (
        "In which year did Dana Roux step down after nine years?",
        "True or false: Dana Roux stepped down in 2019 after nine years?",
        "Who resigned in 2019?",
    ):
        assert gates.post_left_says_what(question), question
    # the post named, or the event framed, says it
    for question in (
        "In which year did Dana Roux step down as head coach of the Falcons?",
        "Who resigned from the Harbour Theatre board in 2019?",
        "At the 2019 Falcons general meeting, who stepped down?",
        "In which year did Dana Roux join the Falcons?",
    ):
        assert gates.post_left_says_what(question) is None, question


def test_a_spin_off_without_its_original_is_no_context():
    # "Mia Holt, who hosts the spin-off show "After Hours", ...": which show's spin-off?
    for question in (
        'Who hosts the spin-off show "After Hours"?',
        "Who directed the sequel?",
        'Which studio made the prequel "First Light"?',
    ):
        assert gates.derived_work_names_its_original(question), question
    for question in (
        'Who hosts "After Hours", the spin-off of Dance Night?',
        "Who directed the sequel to Iron Tides?",
        'Who hosts the show "After Hours"?',
    ):
        assert gates.derived_work_names_its_original(question) is None, question


def test_a_descriptor_is_no_name():
    # "The 27-year-old Norwegian ... her brother, Olav Lund": "the Norwegian" is a
    # descriptor the resolver took for a name; "Norwegian's brother" reads garbled
    sentence = ("The 27-year-old Norwegian crossed the line first and hugged her brother "
                "and coach, Olav Lund.")
    assert gates.descriptor_taken_for_name("What is the name of Norwegian's brother?", sentence)
    # a real name, or a descriptor the question keeps with its article, is left alone
    sentence = "Ingrid Lund crossed the line first and hugged her brother and coach, Olav Lund."
    assert gates.descriptor_taken_for_name(
        "What is the name of Ingrid Lund's brother?", sentence) is None
    sentence = "Lund, who beat the Norwegian Kari Dahl, hugged her brother, Olav Lund."
    assert gates.descriptor_taken_for_name("What is the name of Lund's brother?", sentence) is None
    sentence = "The Weeknd's manager, Amir Esmailian, spoke to the press."
    assert gates.descriptor_taken_for_name(
        "What is the name of The Weeknd's manager?", sentence) is None
    # a name the sentence itself uses as a possessor is a name, even after "the ... "
    sentence = "The ride replaced Ellen's Garden Tour, which closed in 2017."
    assert gates.descriptor_taken_for_name(
        "In which year did Ellen's Garden Tour close?", sentence) is None
    sentence = "He was the hero of Poland's 2018 triumph."
    assert gates.descriptor_taken_for_name(
        "Who was the hero of Poland's 2018 triumph?", sentence) is None


def test_a_part_played_gets_no_actors_as_wrong_choices():
    # "Mara Quinn, who played Tess Avery on the sitcom Harbour Lane, ...": the answer is a
    # character; the cast's real names are of the wrong kind
    from questions.choices import ChoicePool, pick_choices, type_asked

    question = "Who did Mara Quinn play on the sitcom Harbour Lane?"
    assert type_asked(question, "person") == "character"
    assert type_asked("Who played Tess Avery on the sitcom Harbour Lane?", "person") == "person"
    pool = ChoicePool.from_items([(name, "person") for name in (
        "Tess Avery", "Mara Quinn", "Joel Park", "Dina Shaw", "Owen Reyes")])
    assert pick_choices("Tess Avery", type_asked(question, "person"), [], pool, (), 1) == ()
    assert pick_choices("Tess Avery", "person", [], pool, (), 1)  # what the rule prevents


def test_a_street_is_no_person_choice():
    # "thousands lined Harbour Drive": a street the model labelled a person is not offered
    # among a person question's wrong choices
    from questions.choices import ChoicePool, pick_choices

    pool = ChoicePool.from_items([(name, "person") for name in (
        "Kari Dahl", "Harbour Drive", "Ines Moreau", "Lena Vogt")])
    offered = {
        c for seed in range(20) for c in pick_choices("Kari Dahl", "person", [], pool, (), seed)
    }
    assert "Harbour Drive" not in offered

"""Regression tests for the failure classes of the heldout13 reading.
Every sentence here is made up for the test."""

from questions.acceptability import (
    match_moment_framed_by_season,
    one_of_a_kind_kin_asked_which,
    place_asked_who_after_stop,
    return_without_year,
)
from questions.article import parse_article_text

FAMILY = (
    " date 2023-08-14 Carla Brenner is now the most decorated skier in the history of the "
    "Alpine Cup. The Austrian won Sunday's giant slalom to take her 41st victory, one more "
    "than her late aunt Hanna Brenner, whose record had stood since 1998.\n\n"
    "Hanna, who was killed in a climbing accident in Nepal in 2001, is still loved in the "
    "valley. Carla's mother Ingrid, Hanna's younger sister, was injured at the Lauberhorn in "
    "2009, a week before her daughter won her first race.\n\n"
    "\"I never race against Hanna,\" Brenner said. \"Hanna is Hanna.\"\n"
)


def asked(text: str, engine) -> dict[str, str]:
    result = engine.generate([parse_article_text(text, name="t")])
    return {q.question: q.answer for q in result.questions}


def test_a_family_members_given_name_is_linked_to_the_full_name(engine):
    questions = asked(FAMILY, engine)
    # "Hanna" said alone again and again in a family's article: Hanna Brenner
    assert "Hanna" not in questions.values()
    assert questions.get("Who was killed in a climbing accident in Nepal in 2001?") == (
        "Hanna Brenner")


def test_a_given_name_never_given_in_full_is_no_subject_nor_answer(engine):
    questions = asked(FAMILY, engine)
    # "Ingrid" alone pins nobody: not the subject of "In which year was Ingrid injured?"
    assert not any("Ingrid" in q for q in questions)
    # nor "Whose mother is Ingrid?" when she is tied to two kin (mother and sister)
    assert "Whose mother is Ingrid?" not in questions
    # asked for as a name it stands
    assert questions.get("What is the name of Carla Brenner's mother?") == "Ingrid"


def test_a_child_named_once_by_a_famous_parent_is_still_asked(engine):
    text = (" date 2022-03-01 The singer Tom Reyes met the band backstage and said that "
            "his daughter Mila is a huge fan of the group.\n")
    assert asked(text, engine).get("Whose daughter is Mila?") == "Tom Reyes"


def test_which_is_not_asked_of_a_kin_a_person_has_one_of():
    assert one_of_a_kind_kin_asked_which(
        "Which father of Sam Lee was injured at the Lauberhorn in 2009?")
    assert one_of_a_kind_kin_asked_which(
        "Which daughter of Sam Lee is a huge fan of the band?") is None


def test_a_moment_of_one_match_needs_the_match_in_the_frame():
    sentence = "Dara Quinn scored twice early on, and the Hawks led 8-3 before the Owls hit back."
    assert match_moment_framed_by_season(
        "At the 2023 Northern League, who led 8-3 before the Owls hit back?", sentence)
    assert match_moment_framed_by_season(
        "In the 2023 Northern League final, who led 8-3 before the Owls hit back?",
        sentence) is None
    tally = "Rui Sato finished with eleven points, the best tally of the night."
    assert match_moment_framed_by_season(
        "At the 2023 Northern League, how many points did Rui Sato finish with?", tally)
    season = "Rui Sato, who finished the campaign with 80 points, was named MVP of the final."
    assert match_moment_framed_by_season(
        "At the 2023 Northern League, which player finished the campaign with 80 points?",
        "The Hawks went into the break 10-8 ahead. " + season) is None


def test_a_return_without_a_year_is_not_asked_for_what_came_back():
    assert return_without_year("Which tour did Mia Cole bring back to Lima?", "tour")
    assert return_without_year("Which tour did Mia Cole bring back to Lima in 2023?",
                               "tour") is None
    assert return_without_year("Who brought the Halo Tour back to Lima?", "person") is None
    assert return_without_year("Which tour returned to the Arena Lima?", "tour")
    # no visit: a return to life, to form
    assert return_without_year("What brings Ria back to life?", "thing") is None


def test_who_is_not_asked_for_the_place_of_a_stop():
    assert place_asked_who_after_stop(
        "Who did Sam Lee, the champion, retire at on lap two with a broken chain?", "person")
    assert place_asked_who_after_stop(
        'Which name fills the blank: "Sam Lee retired at _____ on lap two"?', "person")
    assert place_asked_who_after_stop("Who did Sam Lee beat at the Open?", "person") is None


def test_a_tourist_trophy_meeting_is_an_event_not_a_place(engine):
    from questions.mentions import resolve_mentions

    text = (" date 2024-06-06 Sam Lee has won more races than anyone in the long history "
            "of the Isle of Wight TT. Lee crossed the line two seconds ahead of Tom Ward.\n")
    item = engine.parse([parse_article_text(text, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    names = {m.name: m.type for m in mentions.by_start.values()}
    assert names.get("the Isle of Wight TT") == "tournament"


def test_a_characters_name_and_a_name_after_its_kin_noun_still_stand():
    from questions.acceptability import bare_given_name_asked
    from questions.nlp import load_nlp

    nlp = load_nlp()
    story = nlp("The series follows Pip and her brother Tomo. Mara Quinn, the voice of Pip, "
                "and Dan Ortiz, who voices Tomo, recorded the songs in Leeds.")
    # a story's characters go by their given names: that is their name
    assert bare_given_name_asked("In Pipland, who is the voice of Pip?", "Mara Quinn",
                                 story) is None
    farm = nlp("Ella Stone runs the farm with her father Owen. Owen's brother Ned sold "
               "his half in 2010.")
    # the kin noun right before the bare name says who he is
    assert bare_given_name_asked("Who runs the farm with her father Owen?", "Ella Stone",
                                 farm) is None
    assert bare_given_name_asked("Where did Owen sell the farm?", "Leeds", farm)

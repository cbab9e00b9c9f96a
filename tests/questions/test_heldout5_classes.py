"""Regression tests for the failure classes of the heldout5 reading (precision round).
Every sentence here is made up for the test."""

from questions.article import parse_article_text


def generate(text: str, engine):
    return engine.generate([parse_article_text(text, name="t")]).questions


def asked(text: str, engine) -> list[str]:
    return [q.question for q in generate(text, engine)]


def test_a_prize_won_at_some_time_is_not_asked_without_its_year(engine):
    # "has won" says "at some time": the Golden Bear has had many winners
    questions = asked("Marta Kowalska has won the Golden Bear. She thanked her crew.", engine)
    assert not any("Golden Bear" in q or "has Marta Kowalska won" in q for q in questions)
    dated = asked("Lena Park has won the 2022 Golden Bear. She thanked her crew.", engine)
    assert any("2022 Golden Bear" in q for q in dated)


def test_a_comma_left_out_of_a_phrase_does_not_glue_words(bare_nlp):
    from questions.mentions import Mentions
    from questions.render import render_phrase

    doc = bare_nlp("Arjun Das plays the villain, the smuggler Rocky Bhaskar.")
    kept = [t for t in doc[3:-1] if t.text != ","]
    assert render_phrase(kept, Mentions()) == "the villain, the smuggler Rocky Bhaskar"
    # a word left out (not a lone comma) leaves just the space
    words = bare_nlp("Arjun Das plays the villain in the film.")
    kept = [t for t in words[3:-1] if t.text != "in"]
    assert render_phrase(kept, Mentions()) == "the villain the film"


def test_a_preposition_with_no_object_after_the_verb_is_its_particle(engine):
    # the model reads "in" of "steps in as" as a preposition with nothing in it
    from questions.facts import extract_clauses
    from questions.mentions import resolve_mentions

    text = "After that, Arjun Das steps in as the new captain in the Boxing Day special."
    item = engine.parse([parse_article_text(text, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    steps = [c for c in extract_clauses(item, mentions) if c.verb.lemma_ == "step"]
    assert steps and all(c.relation == "step in" for c in steps), steps


def test_a_name_given_to_a_skill_is_no_event(bare_nlp):
    from questions.mentions import resolve_mentions

    doc = bare_nlp(
        "Mara Quinn opened with her triple twist on floor, the skill now named the Quinn II, "
        "for a huge 14.9, and after two rotations Lena Ortiz led by 0.2."
    )
    mentions = resolve_mentions(doc)
    named = [m for m in mentions.by_start.values() if "Quinn II" in m.name]
    assert named and all(m.type not in {"event", "tournament"} for m in named), named


def test_a_name_after_a_and_an_adjective_is_used_as_a_common_noun(engine):
    questions = asked(
        " date 2024-07-15 Nina Lind had a memorable Wimbledon. Nina Lind had a fine Melbourne "
        "in January.",
        engine,
    )
    assert not any("Wimbledon" in q or "Melbourne" in q for q in questions), questions


def test_opinion_superlatives_and_undated_titles_give_no_who_is_question(engine):
    questions = asked(
        "Meera Rao, the biggest female star of Telugu cinema, makes her debut as Asha. Anna "
        "Berg, the most popular singer in Sweden, sang. Tom Hale, the champion in Oslo, won "
        "bronze. Rita Kovac, the 2019 champion in Oslo, won silver.",
        engine,
    )
    assert "Who is the biggest female star of Telugu cinema?" not in questions
    assert "Who is the most popular singer in Sweden?" not in questions
    assert "Who is the champion in Oslo?" not in questions
    assert "Who is the 2019 champion in Oslo?" in questions  # the year says which


def test_becoming_told_in_the_present_is_not_asked_in_the_present(engine):
    questions = asked(
        "Marco Bellini won the race. Bellini becomes the first rider to defend the "
        "premier-class title since Jorge Diaz in 2019.",
        engine,
    )
    assert not any(q.startswith("Who becomes") for q in questions), questions


def test_a_count_over_a_running_season_is_not_asked_without_it(engine):
    questions = asked(
        " date 2024-04-09 It is the second title in three years for head coach Bill Marsh, "
        "who lost just four games this season.",
        engine,
    )
    assert not any("games" in q for q in questions), questions


def test_who_goes_by_a_nickname_is_not_asked(engine):
    questions = asked(
        "Tom Reeve beat Jak Lowe 18-14 in the final. Reeve, who plays under the nickname "
        '"The Hammer", built the title on a strong opening day.',
        engine,
    )
    assert not any(q.startswith("Who plays under") for q in questions), questions


def test_the_same_holds_for_a_copular_clause(engine):
    questions = asked(
        "Tom Hale won bronze in Oslo. Tom Hale is the defending champion in Oslo. Meera Rao "
        "is the biggest star of Telugu cinema. Rita Kovac is the 2019 champion in Oslo.",
        engine,
    )
    assert "Who is the defending champion in Oslo?" not in questions
    assert "Who is the biggest star of Telugu cinema?" not in questions
    assert "Who is the 2019 champion in Oslo?" in questions


def test_crowned_at_some_time_and_all_season_are_not_asked_without_a_year(engine):
    crowned = asked("Kim Lee has been crowned the Queen of the Ring. She thanked fans.", engine)
    assert not any("Queen of the Ring" in q or "crowned" in q for q in crowned), crowned
    season = asked("Kim Lee, who has lost just two games all season, thanked fans.", engine)
    assert not any("games" in q for q in season), season


def test_a_story_told_in_the_present_is_asked_inside_its_work(engine):
    questions = asked(
        ' date 2024-06-17 "Iron Crown" returned for its second season on Sunday. On the '
        "coast, a grieving Mara Vell searches the shore for her son, while the council of the "
        "Wolves argues over what to do next in Highgarden.",
        engine,
    )
    assert "Who argues over what to do next in Highgarden?" not in questions, questions
    assert "In Iron Crown, who argues over what to do next in Highgarden?" in questions

"""Regression tests for the coverage round (articles read poorly). Every sentence here is
made up for the test."""

from questions.article import parse_article_text


def asked(text: str, engine) -> list[str]:
    return [q.question for q in engine.generate([parse_article_text(text, name="t")]).questions]


def test_a_score_after_the_beaten_name_is_not_part_of_the_name(engine):
    from questions.facts import find_answer
    from questions.mentions import resolve_mentions

    text = (
        "The woman from Leeds beat Jak Morgan 18-14 in the final at the Riverside Arena "
        "on Monday night."
    )
    item = engine.parse([parse_article_text(text, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    head = next(t for t in item.doc if t.text == "Morgan")
    answer = find_answer(head, mentions)
    assert answer is not None and answer.text == "Jak Morgan"


def test_a_final_on_a_given_day_with_a_named_player_is_one_match(engine):
    text = (
        " date 2023-03-07 Mara Quinn is the darts champion of the world. The woman from "
        "Leeds beat Jak Morgan 18-14 in the final at the Riverside Arena on Monday "
        "night, four years after Ben Okafor had thrashed her 18-8 in the 2019 final."
    )
    questions = asked(text, engine)
    assert any(q.startswith("Who did Mara Quinn beat in the final") for q in questions)
    assert any("6 March 2023" in q for q in questions)
    # a title has a winner every year: the day does not say which competition
    from questions.gates import no_vague_reference

    assert no_vague_reference("Who won the title on 6 March 2023?") is not None
    assert no_vague_reference("Who won the final on 6 March 2023?") is not None
    assert no_vague_reference("Who did Mara Quinn beat in the final in 2023?") is not None


def test_a_span_of_time_measured_from_an_earlier_event_is_left_out(engine):
    # "four years after Ben Okafor had beaten her": "her" is nobody the question can name,
    # and the main clause says when it happened already
    text = (
        " date 2023-03-07 Mara Quinn won the Premier Cup at the Riverside Arena on Monday "
        "night, four years after Ben Okafor had beaten her in the 2019 semi-final."
    )
    questions = asked(text, engine)
    assert any("Premier Cup" in q and "6 March 2023" in q for q in questions), questions
    assert not any("years after" in q for q in questions)


def test_a_surname_read_as_a_common_noun_is_the_person_named_in_full(engine):
    # the tagger reads a sentence-opening "Rennant" as a noun ("tenant"); it is no English
    # word, and the article named Romy Rennant in full
    text = (
        ' date 2023-11-26 "The Winter Gate" aired on Saturday evening, reuniting Romy Rennant '
        "and Nina Castell for the first time since 2010.\n\n"
        "Rennant plays the Ninth Warden, a new incarnation who has turned up wearing an old face."
    )
    got = {
        q.question: q.answer
        for q in engine.generate([parse_article_text(text, name="t")]).questions
    }
    assert got.get("In The Winter Gate, who plays the Ninth Warden?") == "Romy Rennant", got
    # an English word ("Pennant") is left alone: it may be the thing, not the surname
    from questions.mentions import resolve_mentions

    doc = engine.parse([parse_article_text(text.replace("Rennant", "Pennant"), name="t")])[0].doc
    mentions = resolve_mentions(doc, engine.glossary)
    second = [t for t in doc if t.text == "Pennant"][1]
    hit = mentions.covering(second)
    assert hit is None or hit.name != "Romy Pennant"


def test_a_name_a_season_is_of_is_a_tv_show(engine, nlp):
    # "the third season of Harbour Lights": the model calls the title an organisation, so
    # the article has no work to set a part in; a season or episode belongs to a show
    doc = nlp("The third season of Harbour Lights opened on Sunday with a storm.")
    types = {e.text: e._.fine_type for e in doc.ents}
    assert types.get("Harbour Lights") == "show", types
    # a league has seasons too, said with a lowercase "the"
    doc = nlp("The 2023 season of the Coastal League opened on Sunday.")
    types = {e.text: e._.fine_type for e in doc.ents}
    assert "show" not in types.values(), types
    text = (
        " date 2024-05-03 The fog rolls in again. On Friday the third season of Harbour "
        "Lights arrived on the streaming service.\n\n"
        "Odile Varga, who plays Captain Rook, thanked the fans online."
    )
    questions = asked(text, engine)
    assert "In Harbour Lights, who plays Captain Rook?" in questions, questions


def test_a_cast_line_hung_on_a_name_gives_the_part_and_the_actor(engine):
    # "the standout is Laura Bennett as Grace Holloway": no verb of playing, the part hangs on
    # the actor's name; in an article about a show that is a cast line
    text = (
        " date 2024-05-03 The fog rolls in again. On Friday the third season of Harbour "
        "Lights arrived on the streaming service.\n\n"
        "The standout of the new episodes is Laura Bennett as Grace Holloway, the "
        "harbour master nobody trusts."
    )
    got = {
        q.question: q.answer
        for q in engine.generate([parse_article_text(text, name="t")]).questions
    }
    assert got.get("In Harbour Lights, who plays Grace Holloway?") == "Laura Bennett", got
    assert got.get("In Harbour Lights, who does Laura Bennett play?") == "Grace Holloway", got
    # told in the past, the line may be another production's cast: nothing asked
    past = text.replace("The standout of the new episodes is", "The 1998 pilot had")
    questions = asked(past, engine)
    assert not any("Grace Holloway" in q for q in questions), questions

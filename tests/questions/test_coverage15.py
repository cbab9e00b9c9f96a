"""Regression tests for coverage round 15 (development articles that gave no question).
Every sentence here is made up for the test."""

from questions.article import parse_article_text


def asked(text: str, engine) -> dict[str, str]:
    result = engine.generate([parse_article_text(text, name="t")])
    return {q.question: q.answer for q in result.questions}


def test_a_bracketed_catalogue_number_is_dropped_from_the_question(engine):
    # "(kit 4410)" glosses the name for the reader; the gates drop any question with a
    # bracketed aside, so the kit was never asked about
    text = (
        " date 2022-05-02 Brickworks has a new flagship. Released on April 30, the Brickworks "
        "Eiffel Tower (kit 4410) has 10,001 pieces and stands 1.5 metres tall."
    )
    questions = asked(text, engine)
    assert questions.get(
        "How many pieces does the Brickworks Eiffel Tower have?") == "10,001", questions
    assert not any("(kit" in q for q in questions), questions


def test_a_bracketed_gloss_holding_the_answer_is_kept():
    from questions.generate import _without_number_gloss

    question = "Which kit number does the Eiffel Tower (kit 4410) have?"
    assert _without_number_gloss(question, "4410") == question
    # a worded aside is no catalogue number: left to the gates
    question = "Who married Ann Lee (then aged 19) in Paris?"
    assert _without_number_gloss(question, "Tom Hill") == question


def test_a_birth_name_after_a_descriptor_is_the_person_named_before(engine):
    # "The 27-year-old, born Benedict Aaron Torres Vidal, ...": the model cuts the birth
    # name into pieces (a place and a person), the subject was no one known and "He" in
    # the sentence after found nobody; the birth name is the stage name's bearer (the
    # article's subject, named twice; one named once in passing may be someone else:
    # test_resolution_precision's split birth name stays vague)
    from questions.mentions import resolve_mentions

    text = (
        " date 2023-04-16 Rico Nova made history in Austin on Friday night. The 27-year-old, "
        "born Benedict Aaron Torres Vidal, walked on at 10 p.m. to a crowd of thousands. "
        "He opened with \"Skyline\". Later, Benedict thanked his mother. Rico Nova plays "
        "Dallas in May."
    )
    item = engine.parse([parse_article_text(text, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    words = [t for t in item.doc if t.text in {"Benedict", "Vidal", "He"}]
    assert len(words) == 4
    for word in words:
        hit = mentions.covering(word)
        assert hit is not None and hit.name == "Rico Nova", (word.text, hit)


def test_born_before_a_place_or_a_year_is_no_birth_name(engine):
    from questions.mentions import _birth_name_run

    text = (
        " date 2023-04-16 Ana Ruiz won. The singer, born in Puerto Rico, smiled. The "
        "dancer, born 1990, waved. The actor, born Tom, bowed."
    )
    doc = engine.parse([parse_article_text(text, name="t")])[0].doc
    assert all(_birth_name_run(doc, t) is None for t in doc)


TOUR = (
    " date 2024-04-28 Maya Lin opened her Starlight Tour in Lisbon on Saturday night in "
    "front of 20,000 fans. After Lisbon, the tour moves to Porto on May 3 and ends in "
    "Madrid on June 9."
)


def test_the_tour_of_an_article_naming_one_tour_is_that_tour(engine):
    # "the tour" resolved to the one tour named is asked about by name, with its "the"
    questions = asked(TOUR, engine)
    assert questions.get("Where does the Starlight Tour end on June 9?") == "Madrid", questions
    assert not any("does Starlight Tour" in q for q in questions), questions


def test_the_tour_of_an_article_naming_two_tours_is_not_asked(engine):
    text = TOUR.replace(" in front of", " after her Moonrise Tour, in front of")
    questions = asked(text, engine)
    assert not any("June 9" in q for q in questions), questions


SHOW = (
    " date 2024-06-10 History was made in Glasgow on Saturday night. Adele Morgan became the "
    "first Scottish artist to headline a UK stadium, playing to a crowd of around 60,000 at "
    "the Harbour Stadium in Leith.\n\nA show built for a stadium\n\nShe opened with "
    "\"Glasshouse\" on a stage shaped like a giant harp, backed by a string section. The "
    "Leith date was the first of her tour, and she heads to Lisbon, Portugal, in July."
)


def test_a_pronoun_subject_with_one_person_in_reach_is_asked_when_pinned(engine):
    # "She opened with ...": the one person named in reach; the show's day and year pin it
    questions = asked(SHOW, engine)
    assert questions.get(
        "At the Harbour Stadium on 8 June 2024, what did Adele Morgan open with on a stage "
        "shaped like a giant harp?") == "Glasshouse", questions
    # "she heads to Lisbon in July": which July? not asked
    assert not any("Lisbon" in q for q in questions), questions


def test_a_pronoun_subject_with_two_people_in_reach_is_not_asked(engine):
    text = SHOW.replace("backed by a string section", "backed by a string section").replace(
        "She opened with", "Her guest Mary Kerr waved, and she opened with")
    questions = asked(text, engine)
    assert not any("Glasshouse" in a for a in questions.values()), questions


def test_a_birth_name_before_a_birthplace_is_a_birth_name(engine):
    from questions.mentions import _birth_name_run

    text = " date 2023-04-16 Rico Nova won. The rapper, born Ada Tunde Obi in Lagos, smiled."
    doc = engine.parse([parse_article_text(text, name="t")])[0].doc
    runs = [r for t in doc if (r := _birth_name_run(doc, t))]
    assert [doc[a:b].text for a, b in runs] == ["Ada Tunde Obi"]


def test_a_given_name_left_out_of_a_surname_labelled_a_place_is_part_of_the_name(engine):
    # the model labels the surname a place and leaves the given name out; the surname acts
    # as a person, so the answer was the surname alone
    from spacy.tokens import Span

    from questions.mentions import resolve_mentions

    text = (
        " date 2023-09-10 Marco Alcala is a two-time world champion. Alcala beat Tom Reed "
        "in the final at Pipeline on Friday. Alcala won the first heat."
    )
    item = engine.parse([parse_article_text(text, name="t")])[0]
    doc = item.doc
    surname = [Span(doc, t.i, t.i + 1, label="GPE") for t in doc if t.text == "Alcala"]
    others = [e for e in doc.ents if not any(t.text in {"Alcala", "Marco"} for t in e)]
    doc.set_ents(surname + others, default="outside")
    mentions = resolve_mentions(doc, engine.glossary)
    first = mentions.covering(doc[surname[0].start])
    assert first is not None and first.name == "Marco Alcala", first
    later = mentions.covering(doc[surname[1].start])
    assert later is not None and later.name == "Marco Alcala", later


def test_a_capitalised_word_before_a_place_is_no_given_name(engine):
    from questions.mentions import _given_name_before

    text = " date 2023-09-10 Fans flew to Lower Trestles in California."
    doc = engine.parse([parse_article_text(text, name="t")])[0].doc
    at = next(t.i for t in doc if t.text == "Trestles")
    assert not _given_name_before(doc, at)


def test_a_country_before_a_person_is_no_part_of_the_persons_name(engine):
    # "Norway's Tom Reed": a place's person, never the one name "Norway's Tom Reed"
    from questions.mentions import resolve_mentions

    text = (
        " date 2023-09-10 Marco Alcala is a world champion. Marco Alcala beat Norway's "
        "Tom Reed in the final at Pipeline on Friday."
    )
    item = engine.parse([parse_article_text(text, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    names = {m.name for m in mentions.by_start.values()}
    assert "Norway's Tom Reed" not in names, names
    assert "Tom Reed" in names, names

"""Regression tests for coverage round 9 (articles the small model misreads: races read
as companies, two-person acts not typed groups, group descriptors). Every sentence here
is made up for the test."""

from questions.article import parse_article_text
from questions.mentions import resolve_mentions


def asked(text: str, engine) -> list[str]:
    return [q.question for q in engine.generate([parse_article_text(text, name="t")]).questions]


def mentions_of(text: str, engine):
    item = engine.parse([parse_article_text(text, name="t")])[0]
    return item.doc, resolve_mentions(item.doc, engine.glossary)


DUO = (
    " date 2022-05-10 Silver Lanterns are no more. After 19 years together, the Belgian "
    "synth duo announced their split on Monday with a short film posted online.\n\n"
    "Formed in Ghent in 2003, the pair took their name from an old song. After scoring the "
    "film \"Cold Harbour\" in 2011, the Belgians came back with \"Night Engines\" in 2014."
)


def test_a_plural_organisation_is_the_group_the_duo_stands_for(engine):
    # the model types the act an organisation; "are no more" and "the duo" say it is a band
    _doc, mentions = mentions_of(DUO, engine)
    assert mentions.main.get("group") == "Silver Lanterns"


def test_a_plural_nationality_stands_for_the_group_given_that_nationality(engine):
    doc, mentions = mentions_of(DUO, engine)
    at = next(t.i for t in doc if t.text == "Belgians")
    hit = mentions.covering(doc[at])
    assert hit is not None and hit.name == "Silver Lanterns"
    questions = asked(DUO, engine)
    assert any("Silver Lanterns came back with" in q for q in questions), questions


def test_the_pair_is_the_duo(engine):
    doc, mentions = mentions_of(DUO, engine)
    at = next(t.i for t in doc if t.text == "pair")
    hit = mentions.covering(doc[at])
    assert hit is not None and hit.name == "Silver Lanterns"


def test_the_pair_is_nobody_in_an_article_with_no_duo(engine):
    text = (
        "The Harbour Kings won the cup on Sunday. Mia Oduya and Lena Park scored twice, and "
        "the pair celebrated with the fans."
    )
    doc, mentions = mentions_of(text, engine)
    at = next(t.i for t in doc if t.text == "pair")
    assert mentions.covering(doc[at]) is None


def test_a_nationality_never_given_to_the_group_stays_vague(engine):
    text = (
        "Silver Lanterns are back. The Belgian synth duo played in Lyon on Friday, and the "
        "Italians in the crowd sang along."
    )
    doc, mentions = mentions_of(text, engine)
    at = next(t.i for t in doc if t.text == "Italians")
    hit = mentions.covering(doc[at])
    assert hit is None or hit.name != "Silver Lanterns"


def test_a_named_race_or_marathon_is_an_event(engine):
    # the model reads "Boat Race" as a company; the name's last word says what it is
    from questions.mentions import entity_type

    for text, name in [
        ("Durham won both the men's and the women's Boat Race on Saturday, beating York by "
         "two lengths.", "Boat Race"),
        ("Ana Ruiz won the women's Lisbon Marathon on Sunday, beating Eva Holm.",
         "Lisbon Marathon"),
        ("The Lisbon Marathon was won by Ana Ruiz on Sunday.", "Lisbon Marathon"),
    ]:
        item = engine.parse([parse_article_text(text, name="t")])[0]
        ent = next(e for e in item.doc.ents if name in e.text)
        assert entity_type(ent) == "event", (text, ent.label_)


def test_a_place_that_beats_a_named_side_is_a_team_in_the_whole_article(engine):
    # the model labels a city crew a place: "Which place ...?" has no fair reading, so
    # nothing was asked about it; beating a named side makes it a team everywhere
    text = (
        " date 2024-04-07 Crowds lined the river in Sheffield again. Sheffield won the "
        "Harbour Regatta on Saturday, beating Oxford Brookes by two lengths. Sheffield "
        "crossed the finish line in a time of 17 minutes and 40 seconds."
    )
    doc, mentions = mentions_of(text, engine)
    last = [t for t in doc if t.text == "Sheffield"][-1]
    hit = mentions.covering(last)
    assert hit is not None and hit.type == "team", hit
    first = next(t for t in doc if t.text == "Sheffield")
    assert mentions.covering(first) is None or mentions.covering(first).type != "team"
    assert any(
        q.startswith("At the 2024 Harbour Regatta, which team crossed the finish line")
        for q in asked(text, engine)
    )


def test_a_place_beaten_by_a_person_stays_a_place(engine):
    text = "Ana Ruiz beat Lisbon's best in the final. Lisbon hosted the final on Sunday."
    doc, mentions = mentions_of(text, engine)
    last = [t for t in doc if t.text == "Lisbon"][-1]
    hit = mentions.covering(last)
    assert hit is None or hit.type != "team"


ENDURANCE = (
    " date 2022-06-20 Porsche are back on top. The German marque won the 24 Hours of Spa "
    "on Sunday, with the No. 12 Porsche 963 of Lukas Brenner, Tom Ashby and Marco Villa "
    "taking the flag after a wet night.\n\n"
    "With two hours to go, the leading car had to stop in the pits, and Lukas Brenner "
    "rejoined with a slender lead. Later Brenner handed over to Ashby for the last stint."
)


def test_a_numbered_endurance_race_is_one_event(engine):
    doc, _mentions = mentions_of(ENDURANCE, engine)
    ent = next(e for e in doc.ents if "Hours" in e.text)
    assert ent.text == "24 Hours of Spa" and ent.label_ == "EVENT"
    questions = asked(ENDURANCE, engine)
    # a year before "24 Hours" would run two numbers together
    assert any(
        q.startswith("At the 2022 edition of the 24 Hours of Spa, who handed over")
        for q in questions
    ), questions


def test_a_number_sign_is_no_name(engine):
    # the tagger reads "No" as a proper noun: "the sister No. 14 car" gave a person "No",
    # "Ken Sato's No. 7" a name "Ken Sato's No"
    for text in [
        "Tom Ashby put the sister No. 14 car on pole in the qualifying session.",
        "Marco Villa's No. 7 was hit from behind and retired before midnight.",
    ]:
        _doc, mentions = mentions_of(text, engine)
        assert all(not m.name.endswith("No") for m in mentions.by_start.values()), text


def test_a_crew_listed_after_of_is_people(engine):
    # "the Porsche 963 of Lukas Brenner, Tom Ashby and ...": the model sometimes runs the
    # car into the first driver's name (one entity); the crew split undoes that
    from spacy.tokens import Span

    from questions.nlp import _split_crews

    doc = engine.nlp.make_doc(
        "The marque won on Sunday, with the Porsche 963 of Lukas Brenner, Tom Ashby and "
        "Marco Villa taking the flag."
    )
    doc = engine.nlp(doc.text)
    words = [t.text for t in doc]
    car = words.index("Porsche")
    tom = words.index("Tom")
    marco = words.index("Marco")
    doc.ents = [
        Span(doc, car, tom - 1, label="WORK_OF_ART"),  # "Porsche 963 of Lukas Brenner"
        Span(doc, tom, tom + 2, label="PERSON"),
        Span(doc, marco, marco + 2, label="PERSON"),
    ]
    _split_crews(doc)
    assert [(e.text, e.label_) for e in doc.ents][:2] == [
        ("Porsche 963", "WORK_OF_ART"), ("Lukas Brenner", "PERSON")
    ]


def test_a_surname_of_two_words_is_the_person_named_in_full(engine):
    text = (
        "Alessia Dal Monte won the sprint on Sunday. Dal Monte had finished second a year "
        "before, and Dal Monte thanked her team afterwards."
    )
    doc, mentions = mentions_of(text, engine)
    later = [t for t in doc if t.text == "Dal"][-1]
    hit = mentions.covering(later)
    assert hit is not None and hit.name == "Alessia Dal Monte"


MANGA = (
    " date 2022-03-01 Seven Lanterns has reached its 500th chapter. Written and drawn by "
    "Kenji Morita, Seven Lanterns began in a weekly magazine in 2011.\n\n"
    "Publisher Hoshisha has launched a poll to celebrate, and fans of Seven Lanterns can "
    "vote online."
)


def test_a_name_led_by_a_number_word_is_one_name(engine):
    # the model reads "Seven" as a count and "Lanterns" as something else
    doc, _mentions = mentions_of(MANGA, engine)
    names = [e for e in doc.ents if "Lanterns" in e.text]
    assert names and all(e.text == "Seven Lanterns" and e.label_ == "WORK_OF_ART" for e in names)


def test_a_number_word_only_at_sentence_starts_is_a_count(engine):
    text = "Two Swedes reached the final. Two Swedes had done so before, in 1998."
    doc, _mentions = mentions_of(text, engine)
    assert not any(e.text.startswith("Two") and e.label_ == "WORK_OF_ART" for e in doc.ents)


def test_written_and_drawn_by_gives_the_artist(engine):
    questions = asked(MANGA, engine)
    assert "Who drew Seven Lanterns?" in questions, questions


GAMES = (
    " date 2023-03-10 Star Tide and Moon Tide sold more than 4 million copies worldwide in "
    "their first week, Orbit Games announced on Thursday."
)


def test_a_count_before_a_counted_noun_is_no_money(engine):
    # the model labels "more than 4 million" before "copies" as money
    doc, _mentions = mentions_of(GAMES, engine)
    count = next(e for e in doc.ents if "million" in e.text)
    assert count.label_ == "CARDINAL"
    still_money = engine.parse([parse_article_text("The film made $4 million.", name="t")])[0]
    assert any(e.label_ == "MONEY" for e in still_money.doc.ents)


def test_their_after_two_names_joined_by_and_is_theirs(engine):
    questions = asked(GAMES, engine)
    assert (
        "How many copies did Star Tide and Moon Tide sell in their first week?" in questions
    ), questions


def test_no_false_statement_from_a_count_given_as_a_bound(engine):
    # "more than 4 million": "more than 6 million" may be true too, "more than 2 million" is
    from questions.generate import HEDGED_COUNT

    assert HEDGED_COUNT.match("more than 4 million")
    assert HEDGED_COUNT.match("over 500")
    assert not HEDGED_COUNT.match("4 million")
    for text in [GAMES, GAMES.replace("Moon Tide", "Sun Tide"), GAMES.replace("week", "month")]:
        result = engine.generate([parse_article_text(text, name="t")])
        assert not any(
            q.question.startswith("True or false:") and q.answer == "False"
            and "million" in q.question for q in result.questions
        ), text


CHARITY = (
    " date 2024-07-08 Another record week for the charity marathon. Speedy Runs Live 2024 "
    "wrapped up on Sunday in Denver, raising $1.2 million for a children's hospital.\n\n"
    "On Friday Mara Quist finished Hollow Peaks in 31 minutes, the fastest run of the week. "
    "Host Tom Reyes stopped the stream on Saturday night to thank the volunteers."
)


def test_a_name_and_its_year_in_an_event_article_is_that_edition(engine):
    # the model reads "Speedy Runs Live" as an organisation and "2024" as a date
    doc, _mentions = mentions_of(CHARITY, engine)
    ent = next(e for e in doc.ents if e.text.startswith("Speedy"))
    assert ent.text == "Speedy Runs Live 2024" and ent.label_ == "EVENT"
    from questions.generate import article_topic

    item = engine.parse([parse_article_text(CHARITY, name="t")])[0]
    topic = article_topic(item, resolve_mentions(item.doc, engine.glossary))
    assert topic == ("Speedy Runs Live 2024", "event")


def test_a_name_and_year_with_no_event_noun_takes_no_the(engine):
    from questions.generate import _bare_year_edition

    assert _bare_year_edition("Speedy Runs Live 2024")
    assert _bare_year_edition("Coachella 2023")
    assert not _bare_year_edition("Billboard Music Awards 2018")
    assert not _bare_year_edition("Eurovision Song Contest 2023")


def test_a_reflexive_pronoun_of_the_subject_stays_reflexive(engine):
    text = (
        "Tom Reyes hosted the late show. Near the end, Tom Reyes stopped the stream for a "
        "minute to compose himself."
    )
    result = engine.generate([parse_article_text(text, name="t")])
    assert not any("compose Tom Reyes" in q.question for q in result.questions)
    assert not any("compose Tom Reyes" in q for q, _, _ in result.rejected)


def test_a_gendered_descriptor_is_the_one_person_the_sentence_before_named(engine):
    # the sentence before has no named subject and names one person, as an object
    text = (
        "The loudest cheer of the night went to Helen Marsh. The 61-year-old grandmother "
        "finished the course in 40 minutes."
    )
    doc, mentions = mentions_of(text, engine)
    at = next(t for t in doc if t.text == "grandmother")
    hit = mentions.covering(at)
    assert hit is not None and hit.name == "Helen Marsh"
    # a gendered descriptor that does not fit the one person named stays unresolved
    text = text.replace("grandmother", "grandfather")
    doc, mentions = mentions_of(text, engine)
    at = next(t for t in doc if t.text == "grandfather")
    hit = mentions.covering(at)
    assert hit is None or hit.name != "Helen Marsh"


def test_a_descriptor_after_a_sentence_about_one_named_person(engine):
    text = (
        " date 2023-05-02 For Tom Ashby, the title was a long time coming. The Danish "
        "driver first raced for Orbit Motors in 2015, and later moved to Delta."
    )
    questions = asked(text, engine)
    assert any("Tom Ashby" in q and "2015" in q for q in questions), questions


def test_a_players_figures_of_one_game_are_not_framed_by_the_tournament(engine):
    from questions.generate import _match_stat

    assert _match_stat("At the 2024 Stanley Cup, how many saves did Jo Berg make?")
    assert _match_stat("how many rebounds did Sam Ortiz pull down?")
    assert not _match_stat("At the 2024 Stanley Cup, who lifted the trophy first?")


def test_a_nickname_opening_the_next_sentence_is_the_side_named_before(engine):
    text = (
        " date 2024-03-12 Vermont did it again. The Catamounts beat Delmar 70-58 in the "
        "conference final in Burlington on Monday night to win a third straight title."
    )
    doc, mentions = mentions_of(text, engine)
    nick = next(t for t in doc if t.text == "Catamounts")
    hit = mentions.covering(nick)
    assert hit is not None and hit.name == "Vermont"
    from questions.generate import article_topic

    item = engine.parse([parse_article_text(text, name="t")])[0]
    topic = article_topic(item, resolve_mentions(item.doc, engine.glossary))
    assert topic is not None and topic[1] == "match" and "Vermont–Delmar" in topic[0]


def test_a_nickname_after_a_sentence_about_a_person_is_left_alone(engine):
    text = (
        "Richie Mora was the star. The Catamounts beat Delmar 70-58 in the conference "
        "final on Monday night."
    )
    doc, mentions = mentions_of(text, engine)
    nick = next(t for t in doc if t.text == "Catamounts")
    hit = mentions.covering(nick)
    assert hit is None or hit.name != "Richie Mora"


def test_the_and_a_plural_proper_noun_labelled_a_person_is_a_side(engine):
    # a person's name takes no "the" and is no plural: "The Riverhawks made ..."
    text = "Sam Ortiz scored 30 points. The Riverhawks made only two free throws all night."
    doc, mentions = mentions_of(text, engine)
    nick = next(t for t in doc if t.text == "Riverhawks")
    hit = mentions.covering(nick)
    assert hit is not None and hit.type == "team"


def test_an_elided_possessive_head_is_no_misread_list(engine):
    # "both the men's and the women's Harbour Cup": "men" parsed as the object with the
    # name as its conjunct; the clause stands (its subject can be asked)
    from questions.facts import extract_clauses

    text = (
        " date 2024-03-31 Crowds lined the river in Sheffield again. Sheffield won both the "
        "men's and the women's Harbour Cup on Saturday, beating Oxford Brookes by two lengths."
    )
    item = engine.parse([parse_article_text(text, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    verbs = [c.verb.text for c in extract_clauses(item, mentions)]
    assert "won" in verbs, verbs

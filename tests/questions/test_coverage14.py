"""Regression tests for coverage round 14 (development articles that gave no question) and
the heldout9 classes checked again on new sentences. Every sentence here is made up for
the test."""

from questions.article import parse_article_text


def asked(text: str, engine) -> dict[str, str]:
    result = engine.generate([parse_article_text(text, name="t")])
    return {q.question: q.answer for q in result.questions}


FINAL = (
    " date 2024-03-11 The Maples are champions again. Canada beat Norway 58-50 in Sunday "
    "night's final at the Harbour Point Arena in Glasgow, lifting the cup for a fifth time."
)


def test_a_weekday_owning_the_final_is_its_date(engine):
    # "Sunday night's final": which Sunday is lost once the question leaves the report;
    # the final "on 10 March 2024" says it, and the match frame naming both sides (which
    # would give the answer away) is not needed
    questions = asked(FINAL, engine)
    assert questions.get(
        "Which team beat Norway 58-50 in the final at the Harbour Point Arena in Glasgow on "
        "10 March 2024?"
    ) == "Canada", questions
    assert not any("night's" in q for q in questions), questions


def test_only_an_occasion_owned_by_a_weekday_is_dated():
    from questions.generate import POSSESSIVE_DAY

    assert POSSESSIVE_DAY.search("in Saturday's opening race at the lake")
    # a magazine's issue is no occasion held on the day: left as it was
    assert POSSESSIVE_DAY.search("in Monday's issue of the weekly paper") is None


def test_an_elided_ordinal_gets_the_noun_its_sentence_counts(engine):
    text = (
        " date 2025-02-10 Anna Berg won the sprint in Oslo on Sunday. It was the first Dutch "
        "world title in the sprint since Tom Hansen won his third in a row in 2015."
    )
    questions = asked(text, engine)
    assert questions.get(
        "In which year did Tom Hansen win his third world title in a row?") == "2015", questions
    assert not any(" third in a row" in q for q in questions), questions


def test_an_elided_ordinal_with_two_counted_things_is_not_asked(engine):
    # a title and a race named before "his third": third what is not sure, so no question
    text = (
        " date 2025-02-10 Anna Berg won the sprint in Oslo on Sunday. It was the first Dutch "
        "world title after the race in Bergen, and Tom Hansen won his third in a row in 2015."
    )
    result = engine.generate([parse_article_text(text, name="t")])
    assert not any("Hansen" in q.question for q in result.questions), result.questions
    assert any("In which year did Tom Hansen win his third in a row" in q and "ordinal" in why
               for q, _, why in result.rejected), result.rejected


def test_her_before_an_elided_ordinal_is_no_object(engine):
    # the tagger reads "her" in "won her third in a row" as the object pronoun; given to
    # the other woman in reach it read "Who won Anna Berg third in a row in 2015?"
    text = (
        " date 2025-02-10 Anna Berg won the sprint in Oslo on Sunday. It was the first Dutch "
        "world title in the sprint since Marit Olsen won her third in a row in 2015."
    )
    questions = asked(text, engine)
    assert not any("Anna Berg third" in q for q in questions), questions


def test_a_placing_names_its_apparatus_or_stroke_as_the_event():
    # (already handled by the heldout9 round: checked here on other events' words)
    from questions.acceptability import placing_without_event

    # "on the beam", "in the butterfly", "at lightweight" say which event the fourth
    # place was in: one answer, asked
    for event in ("on the beam", "in the 200m butterfly", "in the giant slalom",
                  "at lightweight"):
        question = f"At the 2025 World Championships, who finished fourth {event}?"
        assert placing_without_event(question) is None, question
    # with nothing said of the event, a fourth place has one answer per event: not asked
    assert placing_without_event("At the 2025 World Championships, who finished fourth?")
    assert placing_without_event("At the 2025 World Championships, who won bronze?")


def test_a_codename_is_no_frame(engine):
    from questions import acceptability

    text = (
        " date 2023-05-02 Ubisoft announced a new game, codenamed Falcon, on Tuesday. "
        "The studio hired forty developers in Quebec for it."
    )
    doc = engine.parse([parse_article_text(text, name="t")])[0].doc
    reason = acceptability.work_as_frame("At Falcon, who hired forty developers?", doc)
    assert reason and "codename" in reason
    # a frame the article does not write as a codename is left to the other checks
    assert acceptability.work_as_frame("At Quebec, who hired forty developers?", doc) is None


TRAILER = (
    " date 2023-12-05 Fans were thrilled. Nightfall Games released the first trailer for "
    "\"Iron Harbor\" on Monday evening, almost 15 hours ahead of schedule, after a blurry copy "
    "leaked on Reddit and spread across the internet within minutes."
)


def test_a_long_question_is_asked_without_its_closing_background_clause(engine):
    # over 30 words with the "after a copy leaked ..." clause: asked without it; the
    # studio named "... Games" with no "the" is a company (the model labels it an event);
    # "almost 15 hours" is an approximate figure, no near-negation
    questions = asked(TRAILER, engine)
    assert questions.get(
        'Which company released the first trailer for "Iron Harbor" on 4 December 2023 '
        "almost 15 hours ahead of schedule?"
    ) == "Nightfall Games", questions


def test_near_negations_still_read_as_such():
    from questions.gates import reads_cleanly

    assert reads_cleanly("Who almost won the race in Leeds?")
    assert reads_cleanly("Who nearly quit the band in 2019?")
    assert reads_cleanly("Who finished almost 15 seconds ahead of the field?") is None


def test_games_said_with_the_are_no_company(engine):
    from questions.mentions import entity_type

    text = (
        " date 2024-03-01 The last Ember Games novel sold a million copies. Ember Games fans "
        "queued in Leeds."
    )
    doc = engine.parse([parse_article_text(text, name="t")])[0].doc
    assert all(entity_type(e) != "company" for e in doc.ents if e.text.endswith("Games"))


def test_a_name_split_by_the_parser_is_said_once(engine):
    # the parser hangs "Atlantis 7-2" on the verb apart from "ORCA": the object's phrase
    # says the whole name already ("beat ORCA Atlantis Atlantis 7-2" before)
    text = (
        " date 2024-10-20 Canada have done it again. Canada beat ORCA Atlantis 7-2 off the "
        "Lisbon waterfront on Saturday."
    )
    result = engine.generate([parse_article_text(text, name="t")])
    said = [q.question for q in result.questions] + [q for q, _, _ in result.rejected]
    assert any("beat ORCA Atlantis 7-2 off the Lisbon waterfront" in q for q in said), said
    assert not any("Atlantis Atlantis" in q for q in said), said


def _as_places(doc, word):
    from spacy.tokens import Span

    spans = [Span(doc, t.i, t.i + 1, label="GPE") for t in doc if t.text == word]
    doc.set_ents(spans, default="unmodified")
    return spans


def test_a_one_word_place_name_acting_as_a_person_is_a_person(engine):
    # the model labels some ring names and mononyms places; one the article makes the
    # subject twice and never puts where a place goes is a person
    from questions.mentions import _one_word_place_acting

    text = (
        " date 2024-03-25 Sumo has a new star. Tamafuji, fighting in the top division for "
        "the first time, won the Spring Tournament on Sunday. Tamafuji also collected two "
        "special prizes."
    )
    doc = engine.parse([parse_article_text(text, name="t")])[0].doc
    spans = _as_places(doc, "Tamafuji")
    assert spans and _one_word_place_acting(spans[0], "place")
    # a country said once where a place goes ("in Ardania") stays a place
    text = (
        " date 2024-03-25 Ardania won again. Ardania beat the hosts 3-1 on Sunday. Fans "
        "partied in Ardania all night."
    )
    doc = engine.parse([parse_article_text(text, name="t")])[0].doc
    spans = _as_places(doc, "Ardania")
    assert spans and not _one_word_place_acting(spans[0], "place")


SKATING = (
    " date 2025-02-10 Emma Clarke won the women's 1500m at the 2025 World Speed Skating "
    "Championships in Calgary on Sunday. Sarah Johnson struggled in the last lap and "
    "finished fourth."
)


def test_a_placing_takes_the_one_event_its_paragraph_names(engine):
    # a championships has many fourth places; the paragraph names one event: asked with it
    questions = asked(SKATING, engine)
    assert questions.get(
        "At the 2025 World Speed Skating Championships, who finished fourth in the women's "
        "1500m?") == "Sarah Johnson", questions


def test_a_placing_is_not_asked_when_its_paragraph_names_two_events(engine):
    text = SKATING.replace(" on Sunday.", " on Sunday, and Lisa Brown took the men's 500m.")
    questions = asked(text, engine)
    assert not any("finished fourth" in q for q in questions), questions
    # a prize names the gender, not the event (a women's title: all-around or apparatus?)
    text = SKATING.replace("women's 1500m", "women's title")
    questions = asked(text, engine)
    assert not any("finished fourth" in q for q in questions), questions


def test_a_team_name_cut_before_its_place_is_one_name(engine):
    from spacy.tokens import Span

    from questions.mentions import _team_of_place

    text = " date 2024-10-20 Orbit Team Norway have done it again."
    doc = engine.parse([parse_article_text(text, name="t")])[0].doc
    at = next(t.i for t in doc if t.text == "Orbit")
    ents = (Span(doc, at, at + 2, label="ORG"), Span(doc, at + 2, at + 3, label="GPE"))
    merged = _team_of_place(doc, ents)
    assert [(e.text, e.label_) for e in merged] == [("Orbit Team Norway", "ORG")]
    # a place after another organisation's name stays a place of its own
    ents = (Span(doc, at, at + 1, label="ORG"), Span(doc, at + 2, at + 3, label="GPE"))
    assert len(_team_of_place(doc, ents)) == 2


def test_a_plural_nickname_tagged_singular_is_still_the_side_before(engine):
    # "The Mounties beat ...": a side's nickname the tagger read as a singular proper noun
    from questions.mentions import resolve_mentions

    text = (
        " date 2024-10-20 Orbit Team Canada have done it again. The Mounties beat Hawk "
        "Racing 7-2 off the Halifax waterfront on Saturday."
    )
    item = engine.parse([parse_article_text(text, name="t")])[0]
    nickname = next(t for t in item.doc if t.text == "Mounties")
    nickname.tag_ = "NNP"
    mentions = resolve_mentions(item.doc, engine.glossary)
    hit = mentions.covering(nickname)
    assert hit is not None and hit.name == "Orbit Team Canada", hit

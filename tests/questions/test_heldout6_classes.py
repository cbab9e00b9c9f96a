"""Regression tests for the failure classes of the heldout6 reading (precision round).
Every sentence here is made up for the test."""

from questions.article import parse_article_text


def asked(text: str, engine) -> list[str]:
    return [q.question for q in engine.generate([parse_article_text(text, name="t")]).questions]


FINAL_REPORT = (
    "date 2022-09-25 Riverton are champions again. In a tense decider, the Hawks held off "
    "the Eastport Eagles by ten points on Saturday, winning the 2022 Coastal League Grand "
    "Final in front of 80,000 fans.\n\n"
    "The Harlow Medal went to Sam Doyle, who kicked five goals and ran all day."
)


def test_a_named_grand_final_in_the_lead_frames_the_match_report(engine):
    questions = asked(FINAL_REPORT, engine)
    about_doyle = [q for q in questions if "Sam Doyle" in q or "Harlow Medal" in q]
    assert about_doyle, questions
    assert all(q.startswith(("At the 2022 Coastal League Grand Final", "True or false: At",
                             'Which name fills the blank: "At'))
               for q in about_doyle), about_doyle


def test_a_question_dated_another_day_than_the_lead_event_is_not_framed_by_it(engine):
    from questions.facts import extract_clauses
    from questions.generate import with_context
    from questions.mentions import resolve_mentions

    text = (
        "date 2022-09-25 Riverton are champions again. The Hawks beat the Eastport Eagles "
        "on Saturday, winning the 2022 Coastal Cup in front of 80,000 fans.\n\n"
        "Jo Wells won the Harlow Medal on Monday night."
    )
    item = engine.parse([parse_article_text(text, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    clause = next(c for c in extract_clauses(item, mentions) if c.verb.lemma_ == "win"
                  and "Harlow" in c.sent.text)
    topic = ("Coastal Cup", "tournament")
    # Monday is 19 September: the lead's match was on Saturday the 24th
    other = with_context("Who won the Harlow Medal on 19 September 2022?", clause, topic,
                         "Jo Wells", mentions)
    assert other == "Who won the Harlow Medal on 19 September 2022?"
    same = with_context("Who won the Harlow Medal on 24 September 2022?", clause, topic,
                        "Jo Wells", mentions)
    assert same is not None and same.startswith("At the Coastal Cup"), same


def test_a_person_described_by_age_nationality_or_as_a_pair_is_no_name(engine):
    from questions.gates import no_vague_reference

    for question in (
        "How many hurdles did the 28-year-old from Galway clear?",
        "In which year did the Dutchmen release their first album?",
        "How many drones does the video, made for the pair's 2009 film, show?",
    ):
        assert no_vague_reference(question), question
    assert no_vague_reference("Who did the 22-year-old Carlos Alcaraz beat in 2025?") is None


def test_a_count_question_that_lists_as_many_items_gives_its_answer_away():
    from questions.generate import Candidate, _count_listed

    listed = Candidate("How many cups did Ana Ruiz win in 1998, 1999, 2000 and 2001?", "four",
                       "count", "wh", "s")
    assert _count_listed(listed)
    other = Candidate("How many cups did Ana Ruiz win in 1998, 1999 and 2000?", "four",
                      "count", "wh", "s")
    assert not _count_listed(other)


def test_titles_won_as_a_teams_player_are_not_asked_for_the_winner(engine):
    text = (
        "Coach Tom Reyes, who won four premierships as a Riverton player in 1998, 1999, 2000 "
        "and 2001, lifted the cup in only his second season in charge."
    )
    questions = asked(text, engine)
    # every player of that side won them; and the listed years give the count away
    assert not any(q.startswith(("Which coach won", "Who won", "How many premierships"))
                   for q in questions), questions


def test_an_absolute_with_clause_is_not_glued_into_a_question(engine):
    text = (
        "Riverton started the brighter side, with Sam Doyle and Jo Wells kicking the first "
        "goals, and led at half time."
    )
    questions = asked(text, engine)
    assert not any("kicking the first goals" in q for q in questions), questions


def test_a_ridden_horse_is_not_asked_with_who_nor_its_rider_without_the_race(engine):
    text = "Storm Bay, ridden by Kate Moran, came home second, with Red Lantern in third."
    questions = asked(text, engine)
    assert not any("ride" in q or "rode" in q for q in questions), questions


def test_a_partner_is_asked_only_as_whose(engine):
    text = (
        "The taller one, Leo Marsh, waves; his partner Ivo Brandt switches off the lights "
        "and walks away."
    )
    questions = asked(text, engine)
    assert not any("Leo Marsh's partner" in q for q in questions), questions


def test_a_reply_that_says_neither_what_it_answered_nor_with_what_is_not_asked(engine):
    text = (
        "date 2022-09-25 Liverpool won the 2022 Coastal Cup on Saturday, beating Everton 3-2 "
        "at Wembley.\n\nEverton started well, but Liverpool answered through Mohamed Salah "
        "and Darwin Nunez."
    )
    questions = asked(text, engine)
    assert not any("answered through" in q for q in questions), questions


def test_the_deciding_fifth_game_needs_its_match():
    from questions.gates import names_the_match

    assert names_the_match("Who turned the big fight in the deciding fifth game?")


def test_a_building_like_name_that_is_won_is_a_race(bare_nlp):
    from questions.mentions import resolve_mentions

    doc = bare_nlp("Tom Reyes won the Grand National on Saturday.")
    won = [m for m in resolve_mentions(doc).by_start.values() if "National" in m.name]
    assert won and all(m.type == "tournament" for m in won), won


JOCKEY_REPORT = (
    "date 2022-04-10 History was made at Kelso on Saturday as Nora Quinn became the first "
    "female jockey to win the Coral Gold Cup, steering Red Lantern to a famous victory.\n\n"
    "The 28-year-old from Galway jumped the 27 fences without a serious mistake."
)


def test_the_race_a_lead_says_someone_was_first_to_win_frames_the_report(engine):
    questions = asked(JOCKEY_REPORT, engine)
    # "the first woman to win the Coral Gold Cup" is of every edition: no year there
    assert "Who became the first female jockey to win the Coral Gold Cup?" in questions
    fences = [q for q in questions if "fences" in q]
    assert fences and all("At the 2022 Coral Gold Cup, " in q for q in fences), questions


def test_an_age_descriptor_is_the_one_person_the_sentence_before_made_its_subject(engine):
    # "at Kelso" is a place the model may take for a person; Nora Quinn is the only
    # person who does anything in that sentence
    questions = asked(JOCKEY_REPORT, engine)
    assert any("did Nora Quinn jump" in q for q in questions), questions


def test_a_subject_with_a_participle_aside_is_not_copied_into_a_question(engine):
    text = (
        "date 2021-02-23 Nova Lane are no more. The video, taken from Nova Lane's 2009 tour "
        'film "Night Lights", shows three drummers on a rooftop.'
    )
    questions = asked(text, engine)
    assert not any("taken from" in q for q in questions), questions

"""Classes found in the frame-and-paraphrase round (README lookup section): questions set
in the article's frame ("In the X-Y match of <day>, ...") and paraphrased questions. The
articles and questions are written here, with other names and events."""

from __future__ import annotations

import pytest

from questions.article import parse_article_text
from questions.lookup import LookupEngine
from tests.lookup.lookupkit import build

MATCH = "\n".join([
    " date 2024-03-11 Ajax beat Feyenoord 3-1 at the Johan Cruyff Arena on Sunday, their"
    " first league win over their rivals in two years.",
    "",
    "The visitors led at the break.",
    "Early in the second half, Lars de Wit struck the post from twenty yards.",
    "In the 63rd minute Pieter Bakker headed in a corner, and the home crowd found its voice.",
    "",
])


# the frame a question sets ("In the Ajax-Feyenoord match of 10 March 2024") is said by
# the article's lead and its date, not by the sentence's paragraph: its names and its day
# are not "absent", and a right answer is not declined for them
def test_a_match_frame_from_the_lead_and_date_is_not_absent(nlp):
    engine = build(nlp, MATCH, "football-ajax-feyenoord-2024")
    got = engine.ask("In the Ajax–Feyenoord match of 10 March 2024, who headed in a corner?")
    assert got.answer is not None and "Bakker" in got.answer


# a day far from the article's date is still a sign of another event
def test_a_frame_day_far_from_the_articles_date_still_counts_as_absent(nlp):
    import datetime as dt

    from questions.lookup.confidence import _near_date

    when = dt.date(2024, 3, 11)
    assert _near_date("10 March 2024", when)
    assert _near_date("March 2024", when)
    assert not _near_date("10 March 2023", when)
    assert not _near_date("2 February 2024", when)


RACE = "\n".join([
    " date 2024-05-20 Rosa Halvorsen won the Tallinn Marathon on Sunday in 2:21:40.",
    "",
    "The leaders stayed together for most of the race.",
    "On the 34th kilometre, the veteran runner, Mette Sund, fell behind with cramp.",
    "",
])


# "In which kilometre/minute/round ...?" asks for the one picked out by its number ("the
# 34th kilometre"), though the answer's own noun is the question's focus word
def test_which_minute_is_answered_by_the_numbered_one(nlp):
    engine = build(nlp, RACE, "athletics-tallinn-marathon-2024")
    got = engine.ask("On which kilometre did Mette Sund fall behind?", decline=False).answer
    assert got is not None and "34th" in got


DERBY = "\n".join([
    " date 2024-04-08 Celtic beat Rangers 2-1 at Celtic Park on Sunday, though goalkeeper"
    " Dean Henderson saved a penalty in the first half.",
    "",
    "Early on, Tom Brady of Rangers hit the bar.",
    "Late on, Moreno stepped up, sent Henderson the wrong way and wheeled away.",
    "",
])


# a surname the model tags as a place in one sentence ("Henderson") is the person the
# article spells out elsewhere, and so an answer to "Who ...?"
def test_a_surname_tagged_as_a_place_is_still_the_articles_person(nlp):
    engine = build(nlp, DERBY, "football-celtic-rangers-2024")
    sentence = next(s for s in engine.index.sentences if "Moreno" in s.text)
    cand = next(c for c in sentence.analysis.candidates if c.text == "Dean Henderson")
    assert "person" in cand.types and "place" not in cand.types
    got = engine.ask("Who did Moreno send the wrong way?", decline=False).answer
    assert got is not None and "Henderson" in got


# the bot's own fill-in-the-blank form is asked as the question it stands for
def test_a_fill_in_the_blank_question_is_read_as_its_wh_question(nlp):
    engine = build(nlp, RACE, "athletics-tallinn-marathon-2024")
    got = engine.ask('Which kilometre fills the blank: "Mette Sund fell behind with cramp on'
                     ' the _____"?', decline=False).answer
    assert got is not None and "34th" in got
    got = engine.ask('Which name fills the blank: "On the 34th kilometre, _____ fell behind'
                     ' with cramp"?', decline=False).answer
    assert got is not None and "Sund" in got


# a day is read from the question's text, not its entities: the model sometimes splits
# one ("21" and "October 2023"), and then no entity was a date of the article's days
def test_a_frame_day_is_read_from_the_text_not_the_entities():
    from questions.lookup.confidence import DATE_TEXT

    text = "In the A–B match of 9 March 2024, X headed in which minute? And on March 10, 2024?"
    assert [m.group(0) for m in DATE_TEXT.finditer(text)] == ["9 March 2024",
                                                              "March 10, 2024"]


@pytest.mark.parametrize("day", ["10 March 2024", "March 10, 2024", "9th of March 2024"])
def test_a_frame_day_in_any_spelling_is_not_absent(nlp, day):
    engine = build(nlp, MATCH, "football-ajax-feyenoord-2024")
    got = engine.ask(f"In the Ajax–Feyenoord match of {day}, who struck the post?")
    assert got.answer is not None and "de Wit" in got.answer


# an acronym fans write for a name ("ToK" for "Tides of Karsa", "BG3" for a title with a
# number) stands for the name whose initials it is, when the articles never use the word
def test_an_acronym_stands_for_the_name_whose_initials_it_is(nlp):
    from questions.lookup.index import initials

    assert {"tok", "tk"} <= initials("Tides of Karsa")
    assert "hq2" in initials("Hollow Quarry 2")
    texts = {
        "game-tides-of-karsa-2024": " date 2024-02-01 \"Tides of Karsa\" sold a million copies"
        " in its first week.\n\nThe game was made by the Lisbon studio Venn Interactive, who"
        " spent six years on it.\n",
        "game-hollow-sun-2024": " date 2024-02-02 Hollow Sun sold two million copies in its"
        " first month.\n\nThe game was made by the Oslo studio Orbit Works, who spent four"
        " years on it.\n",
    }
    engine = LookupEngine.build(
        [parse_article_text(text, name=name) for name, text in texts.items()], nlp)
    q = engine.read("Which studio made ToK?")
    assert q.meant.get("tok") == "Tides of Karsa"
    got = engine.ask("Which studio made ToK?", decline=False).answer
    assert got is not None and "Venn" in got


GP = "\n".join([
    " date 2024-04-08 Lena Brandt won the Harbour City Run in 2019 and again on Sunday.",
    "",
    "She now has three wins in the series, with six races of the season still to run.",
    "",
])


# "How many ...?" is not answered by a bare year ("How many medals ...?" -> "2019")
def test_how_many_is_not_answered_by_a_year(nlp):
    engine = build(nlp, GP, "athletics-harbour-city-run-2024")
    got = engine.ask("How many medals has Lena Brandt won in total?", decline=False).answer
    assert got != "2019"
    got = engine.ask("How many races of the season are still to run?", decline=False).answer
    assert got is not None and "six" in got


# a name the question gives by an acronym ("HCR") is said by the sentence that spells
# the name out: the question's words count as covered as much as with the name itself
def test_an_acronym_counts_as_said_by_the_name_it_stands_for(nlp):
    from questions.lookup.answer import answer_question

    engine = build(nlp, GP, "athletics-harbour-city-run-2024")
    covered = []
    for name in ("HCR", "Harbour City Run"):
        q = engine.read(f"When did Lena Brandt win the {name}?")
        covered.append(answer_question(q, engine.index, None, -1).features["cover_sent"])
    assert covered[0] == covered[1] > 0.9


AWARDS = "\n".join([
    " date 2024-03-11 \"Glass Harbour\" was the big winner at the Meridian Film Awards on"
    " Sunday night.",
    "",
    "It also picked up Best Adapted Screenplay, Best Editing and Best Sound Mixing.",
    "",
])


# an award's category ("Best Adapted Screenplay", "Album of the Year") is an award,
# whatever label the model gave it: no answer to "Who ...?"
def test_an_award_category_is_no_person(nlp):
    engine = build(nlp, AWARDS, "film-meridian-awards-2024")
    sentence = next(s for s in engine.index.sentences if "Editing" in s.text)
    for cand in sentence.analysis.candidates:
        if cand.text.startswith("Best"):
            assert "award" in cand.types and "person" not in cand.types
    got = engine.ask("Who composed the score of Glass Harbour?", decline=False).answer
    assert got is None or not got.startswith("Best")


CUP = "\n".join([
    " date 2024-05-13 Brighton beat Fulham 2-0 on Sunday with two goals from Erling Moen.",
    "",
    "Moen scored the first after ten minutes.",
    "Late on, with Fulham chasing the game, the Norwegian struck again on the break.",
    "",
])


# "Which Norwegian forward ...?": a focus noun the tagger called an adverb is still the
# focus, and the article's "the Norwegian" (the wh-phrase's own descriptor) answers
def test_a_wh_phrase_descriptor_answers_for_the_name_it_stands_for(nlp):
    engine = build(nlp, CUP, "football-brighton-fulham-2024")
    q = engine.read("Which Norwegian forward struck again on the break?")
    assert q.focus == "forward" and q.expected == "person"
    got = engine.ask("Which Norwegian forward struck again on the break?", decline=False)
    assert got.answer is not None and "Moen" in got.answer


# "Who was X when Y won ...?": the verb of the clause after "when" is not the question's
def test_the_verb_after_when_is_not_the_questions_verb(nlp):
    engine = build(nlp, CUP, "football-brighton-fulham-2024")
    q = engine.read("Who was on the bench for Fulham when Brighton won the game?")
    assert q.verb != "win"


BREAK = "\n".join([
    " date 2024-06-03 The Lanterns played their last show before a long break.",
    "",
    "The band first announced the break in March 2022, and fans have waited since.",
    "",
])


# "When will X ...?" asks about the future: a year before the article's is no answer
def test_when_will_is_not_answered_by_a_past_year(nlp):
    engine = build(nlp, BREAK, "music-lanterns-break-2024")
    got = engine.ask("When will The Lanterns return from their break?", decline=False).answer
    assert got is None or "2022" not in got
    got = engine.ask("When did The Lanterns announce the break?", decline=False).answer
    assert got is not None and "2022" in got

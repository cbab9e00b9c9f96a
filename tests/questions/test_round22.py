"""Round 22 (session 9, helper qc9): weak question shapes a fan would reject, on sentences
written for the test, not taken from the articles."""

from __future__ import annotations

from questions.article import parse_article_text


def _texts(engine, body: str, date: str = "2024-09-08"):
    text = f" date {date} " + body + "\n\nImage Credit: Festival press office"
    result = engine.generate([parse_article_text(text, name="t")])
    return [(q.question, q.answer) for q in result.questions]


FESTIVAL = (
    "\"Salt Road\" has won the Silver Shell. The quiet drama took the top prize of the 72nd "
    "Harbour Film Festival on Saturday night, two years after its director's debut.\n\n"
    "The other winners\n\n"
    "Mila Ortiz was named best director for \"Night Train\", a story of two sisters on the road."
)


def test_a_prize_category_is_framed_by_the_festival_the_article_names(engine):
    # "Who was named best director for "Night Train"?": best director of which festival?
    # The festival the article names earlier frames it; the gloss after the title is dropped
    texts = _texts(engine, FESTIVAL)
    asked = [q for q, a in texts if a == "Mila Ortiz"]
    assert asked, texts
    for question in asked:
        assert "72nd Harbour Film Festival" in question, question
        assert "on the road" not in question, question


def test_a_prize_category_with_no_occasion_named_is_not_asked(engine):
    body = ("Mila Ortiz was named best director for \"Night Train\".\n\n"
            "More\n\nThe director thanked her crew and her sister.")
    for question, answer in _texts(engine, body):
        assert not (answer == "Mila Ortiz" and "best director" in question), question


def test_a_cup_won_is_asked_as_a_trophy(engine):
    # "Which tournament did Tom Reyes's late goal seal?" -> "the Harbour Shield Cup": what is
    # sealed, lifted or won here is the trophy; its name's own head noun says so
    body = ("Eastvale beat Northwood 2-1 in the final on Sunday afternoon at Riverside Park."
            "\n\nThe match\n\nIn front of a crowd of 40,000, Tom Reyes's late goal and a save "
            "from Dan Moore sealed the Harbour Shield Cup.")
    texts = _texts(engine, body, date="2024-07-22")
    asked = [q for q, a in texts if "Harbour Shield Cup" in a]
    assert asked, texts
    for question in asked:
        assert "Which trophy" in question, question


def test_a_title_quoted_elsewhere_keeps_its_quotes_in_a_blank(engine):
    # "In Salt Road, Mila Ortiz plays _____": the frame comes from the lead, where the film
    # is quoted; bare, the title runs into the words around it
    body = ("\"Salt Road\" premiered in Berlin on Thursday night. Director Tom Reyes "
            "thanked the crew on stage.\n\nThe cast\n\nMila Ortiz plays Nora Vance, a "
            "truck driver.")
    texts = _texts(engine, body, date="2024-02-16")
    blanks = [q for q, _ in texts if "fills the blank" in q and "Salt Road" in q]
    assert blanks, texts
    for question in blanks:
        assert "'Salt Road'" in question, question


def test_a_title_inside_a_longer_name_is_not_quoted():
    from questions.render import requote_article_titles

    text = 'The cast of "Harbour" met fans. Lena Harbour spoke first.'
    assert requote_article_titles(
        'Which name fills the blank: "Lena Harbour spoke to _____"?', text
    ) == 'Which name fills the blank: "Lena Harbour spoke to _____"?'
    assert requote_article_titles(
        'Which name fills the blank: "In Harbour, Lena Moss plays _____"?', text
    ) == 'Which name fills the blank: "In \'Harbour\', Lena Moss plays _____"?'
    # a band the article names as a band is not quoted for its song of the same name
    assert requote_article_titles(
        'Which tour fills the blank: "Harbour brought _____ to Leeds"?', text, {"Harbour"}
    ) == 'Which tour fills the blank: "Harbour brought _____ to Leeds"?'


def test_a_closing_broadcast_phrase_after_a_show_is_cut_when_too_long(engine):
    # ", shown on Channel 9 on 26 November 2024" says when the named show's final was
    # broadcast; the question is over the gate's length with it and whole without it
    body = ("The kitchen has a new champion. In the final of the ninth series of \"The "
            "Great Harbour Kitchen Baking Challenge\", shown on Channel 9 on Tuesday night, "
            "Lena Moss was crowned the winner, beating fellow finalists Tom Reyes and Dan "
            "Moore.")
    texts = _texts(engine, body, date="2024-11-27")
    asked = [q for q, a in texts if a == "Lena Moss"]
    assert asked, texts
    for question in asked:
        assert "shown on" not in question, question


def test_the_final_of_a_numbered_series_of_a_named_show_is_named():
    from questions.gates import UNNAMED_CONTEST

    assert UNNAMED_CONTEST.search(
        'Who won the final of the ninth series of "The Harbour Kitchen"?') is None
    assert UNNAMED_CONTEST.search("Who won the final of the ninth series?") is not None


def test_a_year_match_is_named_by_the_competition_the_lead_names(engine):
    # "Who had Lena Kovac lost the 2019 match to?": a year says when, not which contest;
    # the report is on the one competition its lead names, whose match it was
    body = ("Mila Ortiz is still getting used to the title. Three days after she beat Tom "
            "Reyes in a rapid tie-break in Riga to become the first Chilean player to win the "
            "Harbour Chess Championship, the 30-year-old spoke to us about nerves.\n\nThe "
            "match went to a tie-break\n\nThe first three rapid games on Sunday were drawn. "
            "Tom Reyes, who had also lost the 2019 match to Dana Frost, pushed too hard in the "
            "fourth game and resigned on move 46.")
    texts = _texts(engine, body, date="2023-05-03")
    asked = [q for q, a in texts if a == "Dana Frost"]
    assert asked, texts
    for question in asked:
        assert "the 2019 Harbour Chess Championship match" in question, question

"""The pool8 round (session 8, helper p8): failure families the ninth development set
showed, each tested on sentences written for the test, not taken from the articles."""

from __future__ import annotations

from questions import acceptability, gates
from questions.article import parse_article_text


def _doc(engine, body: str):
    return engine.parse([parse_article_text(" date 2023-09-10 " + body, name="t")])[0].doc


def test_a_name_the_article_calls_a_prize_is_no_frame(engine):
    # "took the Golden Harp Bowl, the festival's top prize": the bowl is handed to the
    # winners, not an occasion; "At the 2023 Golden Harp Bowl, who sang ...?" reads wrong
    doc = _doc(engine, "The Dublin Singers took the Golden Harp Bowl, the festival's top "
                       "prize, on Sunday. They sang \"Winter Song\" by Ana Ruiz.")
    reason = acceptability.non_event_frame(
        "At the 2023 Golden Harp Bowl, who sang \"Winter Song\" by Ana Ruiz?", doc)
    assert reason and "prize" in reason
    # a name followed by an apposition of another kind still frames
    doc = _doc(engine, "The Dublin Singers sang at the Golden Harp Festival, the city's "
                       "oldest music week, on Sunday.")
    assert acceptability.non_event_frame(
        "At the 2023 Golden Harp Festival, who sang \"Winter Song\"?", doc) is None


def test_an_unnamed_add_on_or_studio_is_vague():
    # "the DLC", "the Swedish studio": which expansion, which studio? (the article named it
    # a sentence before; a Discord player has no article)
    for question in (
        "When did the DLC arrive on Switch?",
        'Which name fills the blank: "The Swedish studio is making _____"?',
        "True or false: The expansion sold two million copies in a week?",
    ):
        assert gates.no_vague_reference(question), question
    # named, or said of something named, they are no vague reference
    for question in (
        'When did the expansion "Frost Crown" come out?',
        "Who founded the studio Red Lantern Games?",
        "Which studio made Star Harbour?",
        "Who is the developer of Star Harbour?",
    ):
        assert gates.no_vague_reference(question) is None, question


def test_a_streak_is_asked_only_with_its_year_and_whole(engine):
    # "have won the Cup for the fourth year running": without a year the answer changes
    # with every edition, and "for the fourth year" alone (its "running" lost) says
    # another thing
    body = ("The Northern Lions have won the Lakeside Cup for the fourth year running. The "
            "Lions beat the Southern Hawks 11-4 at Lakeside Arena in Leeds on Saturday night, "
            "and Mark Dale was named the most valuable player.")
    text = (" date 2022-06-12 " + body
            + "\n\nMore\n\nThe club plans a tour next spring.\n\nImage Credit: Club Twitter")
    result = engine.generate([parse_article_text(text, name="t")])
    assert not [q.question for q in result.questions if "fourth year" in q.question]
    # with the year the question keeps the streak, its "running" put back
    from questions.generate import Candidate, _streak_kept

    candidate = Candidate("Who won the Lakeside Cup for the fourth year in 2022?",
                          "The Northern Lions", "team", "subject",
                          "The Northern Lions won the Lakeside Cup for the fourth year "
                          "running in 2022.")
    assert _streak_kept(candidate)
    assert candidate.question == ("Who won the Lakeside Cup for the fourth year running in "
                                  "2022?")


def test_a_season_dated_by_its_year_takes_no_works_frame():
    # "its 2024/25 season" is an opera house's calendar season, not a part of the work the
    # article names ("In Carmen, who has announced its 2024/25 season?" reads wrong)
    from questions.generate import _part_of_a_work

    assert _part_of_a_work("Who has announced its 2024/25 season?", "The Harbour Opera",
                           ("Carmen", "title")) is None
    assert _part_of_a_work("Who joined the club for the 2023 season?", "Ana Ruiz",
                           ("Carmen", "title")) is None
    # a show's season without a year still takes the show's frame
    assert _part_of_a_work("Who left the cast after the second season?", "Ana Ruiz",
                           ("Harbour Lights", "show")) == (
        "In Harbour Lights, who left the cast after the second season?")


def test_a_deed_over_several_matches_is_not_framed_by_one():
    # a week's doubles wins are not inside the one match the frame names
    from questions.generate import _many_matches_in_one

    assert _many_matches_in_one("In the North–South match of 11 June 2022, who won both of "
                                "his doubles matches with Tom Kerr?")
    assert _many_matches_in_one('Which name fills the blank: "In the North–South match of 11 '
                                'June 2022, _____ won all three of his games"?')
    # one deed in that match is asked
    assert not _many_matches_in_one("In the North–South match of 11 June 2022, who won the "
                                    "first match of the night 5-2?")


def test_a_match_frame_never_names_a_side_run_over_a_verb(engine):
    # "Team North beat Team South 11-4": a side read as "Team North beat Team" made the
    # frame "In the Team North beat Team–South match of ..." (garbled)
    body = ("Team North have won the Lakeside Cup for the second year running. Team North "
            "beat Team South 11-4 at Lakeside Arena in Leeds on Saturday night, and Mark Dale "
            "was named the most valuable player.\n\nA one-sided final day\n\nDale won the "
            "first match of the night 5-2 against Tom Kerr, and Sam Reid added a second point "
            "after a long safety battle with Paul Hart.")
    text = (" date 2022-06-12 " + body
            + "\n\nMore\n\nThe club plans a tour next spring.\n\nImage Credit: Club Twitter")
    result = engine.generate([parse_article_text(text, name="t")])
    assert not [q.question for q in result.questions if " beat Team" in q.question]
    from questions.generate import _side_with_a_verb

    assert not _side_with_a_verb("Brighton and Hove Albion")
    assert not _side_with_a_verb("Real Madrid de Baloncesto")


def test_the_dlc_is_named_when_the_article_names_one_add_on(engine):
    # '"Frost Crown", the first expansion for "Star Harbour", ...' then "The DLC came out
    # on May 3": the question names the add-on instead of dropping it as vague
    from questions.generate import _addon_named, _article_addon

    doc = _doc(engine, '"Frost Crown", the first expansion for "Star Harbour", sold a million '
                       "copies in a week. The DLC came out on May 3 for PC.")
    addon = _article_addon(doc)
    assert addon == "Frost Crown"
    assert _addon_named("When did the DLC come out for PC?", addon) == (
        "When did Frost Crown come out for PC?")
    # two add-ons named: "the DLC" could be either, left as it is (and gated as vague)
    doc = _doc(engine, '"Frost Crown", the first expansion for "Star Harbour", came out in '
                       'May. "Sea Gate", the second expansion, follows in June.')
    assert _article_addon(doc) is None


def test_a_single_quoted_title_keeps_its_opening_quote():
    # "opened with 'Sea Fever' by John Ireland": the question lost the opening quote
    # ("who opened with Sea Fever' by John Ireland?"), which reads as a possessive
    from questions.render import reopen_single_quoted

    sentence = "The Dublin Voices opened with 'Sea Fever' by John Ireland."
    assert reopen_single_quoted("Who opened with Sea Fever' by John Ireland?", sentence) == (
        "Who opened with 'Sea Fever' by John Ireland?")
    # the blank standing for the title drops the closing quote left after it
    assert reopen_single_quoted(
        'Which name fills the blank: "The Dublin Voices opened with _____\' by John Ireland"?',
        sentence, "Sea Fever",
    ) == 'Which name fills the blank: "The Dublin Voices opened with _____ by John Ireland"?'
    # whole quotes and a plural possessive are left alone
    assert reopen_single_quoted("Who opened with 'Sea Fever' by John Ireland?", sentence) == (
        "Who opened with 'Sea Fever' by John Ireland?")
    assert reopen_single_quoted("Who leads the players' union?", sentence) == (
        "Who leads the players' union?")


def test_a_works_by_left_stranded_is_garbled(engine):
    # "what did the choir close with by Ana Ruiz?" and "who did the choir close with
    # 'Winter Song' by?": the work's maker phrase torn from the work
    body = ("The Harbour Singers won the 2022 Lakeside Choir Festival in Leeds on Saturday. "
            "The Harbour Singers closed with \"Winter Song\" by Ana Ruiz, and the Dublin "
            "Voices opened with 'Sea Fever' by John Ireland.")
    text = (" date 2022-06-12 " + body
            + "\n\nMore\n\nThe club plans a tour next spring.\n\nImage Credit: Club Twitter")
    result = engine.generate([parse_article_text(text, name="t")])
    questions = [q.question for q in result.questions]
    assert not [q for q in questions if " with by " in q or q.endswith(" by?")], questions
    assert gates.by_kept_with_its_work("Who was the film directed by?") is None


def test_add_on_and_studio_as_modifiers_are_not_vague():
    # "the expansion draft" (a league's), "the studio album": a modifier of another noun,
    # not an unnamed add-on or maker
    for question in (
        "Which player did the Harbour Kraken pick first in the expansion draft in 2021?",
        "Which song closes the studio album Blue Harbour?",
    ):
        assert gates.no_vague_reference(question) is None, question
    assert gates.no_vague_reference("When did the expansion pack come out?")

"""Failure families found on tests/data/pool2 (session 6), each tested on sentences
written for the test, not taken from the articles."""

from __future__ import annotations

from questions.article import parse_article_text
from questions.mentions import resolve_mentions

NICKNAMED = (
    " date 2024-06-03 Lena Moreau is back on top. The 24-year-old Frenchwoman, long "
    'popular with climbing fans as the "Spider Queen", took her third bouldering title in '
    "Innsbruck on Saturday, beating the Slovenian champion by two tops.\n\n"
    "Moreau, who trains in Grenoble with her brother, said she would rest for a month."
)


def test_a_quoted_nickname_is_no_topic_of_the_article(engine):
    # '"known as the "Spider Queen"' names a person; it is no film or song to frame a
    # question with ("In Spider Queen, who trains in Grenoble ...?")
    from questions.generate import article_topic

    item = engine.parse([parse_article_text(NICKNAMED, name="t")])[0]
    topic = article_topic(item, resolve_mentions(item.doc, engine.glossary))
    assert topic is None or "Spider Queen" not in topic[0]


PLURAL_SIDE = (
    " date 2024-09-09 Italy are champions again. Coach Marco Bellini's team beat Brazil "
    "3-2 in Sunday's final in Rome.\n\n"
    "The Brazilians, who had beaten Cuba in the semi-finals, won the first two sets before "
    "the hosts fought back."
)


def test_a_plural_nationality_noun_is_no_one_person(engine):
    # "The Brazilians" are a side (a plural), never the one person named before them
    # (the coach): "Who had beaten Cuba in the semi-finals?" -> "Marco Bellini" is false
    item = engine.parse([parse_article_text(PLURAL_SIDE, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    word = next(t for t in item.doc if t.text == "Brazilians")
    for index in (word.i - 1, word.i):
        mention = mentions.at(item.doc[index])
        assert mention is None or "Bellini" not in mention.name


DERBY = (
    " date 2024-03-11 The Lions are champions again. Canada beat Ireland 24-17 in "
    "Saturday night's cup final at the Aviva Stadium, ending a six-year run without a "
    "trophy.\n\n"
    "Ireland, who had won the group meeting in December, led at half-time, but a late "
    "try from Jamie Osborne settled it."
)


def test_a_match_frame_does_not_give_the_other_side_away(engine):
    # "In the Leinster–Munster match of 9 March 2024, which team beat Munster 24-17?":
    # the frame names both sides and the question one of them, so the answer is given
    result = engine.generate([parse_article_text(DERBY, name="t")])
    for question in result.questions:
        text = question.question
        if "–" in text.split(",")[0]:
            frame = text.split(",")[0]
            rest = text[len(frame):]
            assert not (question.answer in frame and ("Canada" in rest or "Ireland" in rest)), text


def test_a_post_held_for_a_time_needs_its_year():
    # a coach, captain or chief executive is replaced sooner or later: "Who is the
    # Rovers' manager?" has another answer next season; the year pins it
    from questions.gates import a_post_says_when

    for question in (
        "Who is the Rovers' manager?",
        "Who is Leeds Rhinos' head coach?",
        "Whose captain is Liam Farrell?",
        "What is the name of the club's chief executive?",
    ):
        assert a_post_says_when(question), question
    for question in (
        "Who was the Rovers' manager in 2019?",
        "Who is the voice of Captain Levi?",
        "Who is the studio's founder and chief executive?",
        "Who is the director of the film?",
        "In Ted Lasso, who is the coach of AFC Richmond?",
    ):
        assert a_post_says_when(question) is None, question


CAREER = (
    " date 2024-04-02 Barcelona beat Real Madrid 3-1 at the Johan Cruyff Stadium on Sunday "
    "to go six points clear at the top of Liga F.\n\n"
    "Kim Little, the tiny winger who has lit up the Women's Super League for years, watched "
    "from the stands."
)


def test_a_career_so_far_is_no_definite_description(engine):
    # "Who is the tiny winger who has lit up the Women's Super League for years?": a
    # present-perfect career fits many players; it is no one person's description
    result = engine.generate([parse_article_text(CAREER, name="t")])
    assert not any("who has lit up" in q.question for q in result.questions)


TROPHY = (
    " date 2024-04-02 Leeds Rhinos lost 20-12 to Wigan Warriors at Headingley on Friday "
    "night, their third defeat in a row.\n\n"
    "For Gary Hetherington, the chairman who has run the club since 1996, it was a painful "
    "evening. His first trophy came at Wembley in 1999 with Graham Murray, and he reminded "
    "reporters that the club had nearly gone bust that winter."
)


def test_no_who_with_question_on_a_thing_subject(engine):
    # "Who did Gary Hetherington's first trophy come ... with?": the partner "with" a
    # thing (a trophy, a win) is no companion of it; the question reads oddly
    result = engine.generate([parse_article_text(TROPHY, name="t")])
    assert not any(
        q.question.startswith("Who did") and q.question.endswith(" with?")
        for q in result.questions
    )

"""Failure families found on tests/data/pool5 (session 7), each tested on sentences
written for the test, not taken from the articles."""

from __future__ import annotations

from questions.article import parse_article_text
from questions.mentions import resolve_mentions

RELAY = (
    " date 2023-05-02 The Spring Relay ended on Sunday in Leeds with a record crowd."
    "\n\nHighlights\n\n"
    'Another highlight was a race of "Star Harbor Quest" between five players. It was won '
    "by the Welsh runner Kestrel in just under 20 minutes."
    "\n\nWhat next\n\nThe relay returns in May.\n\nImage Credit: Relay Twitter"
)


def _texts(engine, text):
    result = engine.generate([parse_article_text(text, name="t")])
    return [(q.question, q.answer) for q in result.questions]


def test_it_after_a_race_of_a_work_is_the_race(engine):
    # "a race of "Star Harbor Quest" ... It was won by Kestrel": the race was won, not the
    # game; read as the game, the question asks "Who won Star Harbor Quest?"
    item = engine.parse([parse_article_text(RELAY, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    it = next(t for t in item.doc if t.text == "It")
    mention = mentions.by_start.get(it.i)
    assert mention is None or mention.name != "Star Harbor Quest"
    for question, _ in _texts(engine, RELAY):
        assert "won Star Harbor Quest" not in question, question


CLIMB = (
    " date 2024-05-12 Lena Varga won the Keystone Open in Graz on Saturday."
    "\n\nThe final\n\n"
    "Varga was calm on the wall and reached the top of three routes. Mira Holt, the 2021 "
    "overall champion, topped two routes and reached five zones."
    "\n\nNext\n\nThe tour moves to Lyon.\n\nImage Credit: Keystone Instagram"
)


def test_a_count_of_a_persons_doing_needs_its_contest(engine):
    # "How many zones did Mira Holt reach?": she reaches zones in every final; the aside's
    # year ("the 2021 overall champion") says who she is, not which final
    for question, answer in _texts(engine, CLIMB):
        assert not (answer in {"five", "True", "False"} and "Holt" in question
                    and "Keystone" not in question), question


def test_a_count_pinned_by_a_frame_a_year_or_a_work_is_asked():
    from questions.acceptability import person_tally_unpinned

    assert person_tally_unpinned(
        "How many zones did Mira Holt, the 2021 overall champion, reach?", "wh", "count", []
    ) is None  # without a parse nothing says she is a person: not rejected
    for question in (
        "At the 2024 Keystone Open, how many zones did Mira Holt reach?",
        "How many zones did Mira Holt reach in 2024?",
        'How many copies did "Night Drive" sell in its first week?',
        "How many titles has Mira Holt won?",
    ):
        assert person_tally_unpinned(question, "wh", "count", []) is None, question


PODIUM = (
    " date 2024-05-12 Few fans expected a weekend of surprises on the wall. Thousands "
    "packed the stands for the finals.\n\nThe final\n\n"
    "Lena Varga returned to the top of the podium on Saturday in Graz, winning the women's "
    "lead final of the Alpine Climbing Cup with the only top of the round."
    "\n\nNext\n\nThe tour moves to Lyon.\n\nImage Credit: Alpine Instagram"
)


def test_who_won_on_a_day_in_a_town_gets_the_sentences_event(engine):
    # "Who returned to the top of the podium on 11 May 2024 in Graz?": a town hosts many
    # contests on one day; the sentence names which ("..., winning ... of the Alpine
    # Climbing Cup"), so the person asked for gets it as a frame
    questions = _texts(engine, PODIUM)
    whos = [q for q, a in questions if a == "Lena Varga"]
    assert whos, questions
    assert all(q.startswith("At the Alpine Climbing Cup, who") for q in whos), whos
    # the blank on the town names the person and the day already: no frame added
    assert any(a == "Graz" and q.startswith("Which place fills the blank: \"Lena Varga")
               for q, a in questions), questions



def test_a_simple_past_passive_resolves_its_weekday(engine):
    # "was crowned champion on Sunday" tells a past event as plainly as "won on Sunday":
    # the day is the last Sunday before the report, not dropped (without it, "Who was
    # crowned Apex Series champion in Leeds?" says no year and is not asked)
    text = (
        " date 2024-09-10 Mara Quill was crowned Apex Series champion on Sunday in Leeds."
        "\n\nThe race\n\nThe track was wet.\n\nImage Credit: Apex Media"
    )
    questions = dict(_texts(engine, text))
    assert questions.get(
        "Who was crowned Apex Series champion on 8 September 2024 in Leeds?") == "Mara Quill", (
        questions)


def test_a_vague_after_phrase_is_left_out_of_the_subject_question(engine):
    # "after finishing third in the last race of the season": "the season" says not which,
    # so the phrase cannot be said; without it the deed and its day still make a question
    text = (
        " date 2024-09-10 Mara Quill was crowned Apex Series champion on Sunday after "
        "finishing third in the last race of the season in Leeds."
        "\n\nThe race\n\nThe track was wet.\n\nImage Credit: Apex Media"
    )
    questions = dict(_texts(engine, text))
    assert questions.get(
        "Who was crowned Apex Series champion on 8 September 2024?") == "Mara Quill", questions
    assert not any("season" in q for q in questions), questions


def test_him_in_a_who_clause_is_never_the_who(engine):
    # "Dan Hollis, who wrote the play with him in 1998": "who" is Hollis, so "him" is
    # someone else (here out of reach: left vague), never Hollis himself
    text = (
        " date 2024-03-13 Fans mourned the novelist Arthur Pell on Thursday.\n\nFriends\n\n"
        'The funeral will be private. Dan Hollis, who wrote the play "Night Ferry" with him '
        "in 1998, called him a generous friend.\n\nImage Credit: Pell Books"
    )
    item = engine.parse([parse_article_text(text, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    hims = [t for t in item.doc if t.lower_ == "him"]
    assert hims
    for him in hims:
        mention = mentions.by_start.get(him.i)
        assert mention is None or mention.name != "Dan Hollis", him.i


def test_a_thousands_comma_is_no_clause_comma():
    from questions.gates import plain_enough

    assert plain_enough(
        "Which event ended on 3 May 2023 with a total of $1,204,310 raised for charity?"
    ) is None
    assert plain_enough("Who won, after the final, who lost, and who cried?")


def test_instead_of_keeps_its_adverb(engine):
    # "instead of" is a preposition: dropping "instead" as an aside leaves "prizes of
    # $200,000 of the usual $40,000"; and the numbers' commas are no clause commas
    text = (
        " date 2024-04-15 Rosa Venn promised prizes of $200,000 instead of the usual $40,000 "
        "at Harbour Fight Night 12 on Saturday.\n\nThe night\n\nThe crowd was loud."
        "\n\nImage Credit: Harbour Media"
    )
    questions = dict(_texts(engine, text))
    whos = [q for q, a in questions.items() if a == "Rosa Venn"]
    assert whos, questions
    assert all("instead of the usual $40,000" in q for q in whos), whos

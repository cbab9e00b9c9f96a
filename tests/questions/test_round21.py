"""Round 21 (session 8, helper qp7): frames that name no occasion, on sentences written
for the test, not taken from the articles."""

from __future__ import annotations

from questions import acceptability
from questions.article import parse_article_text


def _doc(engine, body: str):
    return engine.parse([parse_article_text(" date 2023-09-10 " + body, name="t")])[0].doc


def _texts(engine, body: str):
    text = (" date 2022-03-01 " + body
            + "\n\nMore\n\nThe label plans a tour next spring.\n\nImage Credit: Label Twitter")
    result = engine.generate([parse_article_text(text, name="t")])
    return [(q.question, q.answer) for q in result.questions]


def test_a_prize_given_for_a_category_is_no_frame(engine):
    # "won the Harbour Cup for best director": the Cup is a prize handed to someone, not
    # the festival it was handed at; "At the 2023 Harbour Cup, who ...?" reads wrong
    doc = _doc(engine, "Mila Ortiz won the Harbour Cup for best director for her film "
                       "\"Salt\", and Tom Reyes was named best actor for \"Rain\".")
    reason = acceptability.non_event_frame(
        "At the 2023 Harbour Cup, who was named best actor for \"Rain\"?", doc)
    assert reason and "prize" in reason
    # a Cup the article plays ("the Harbour Cup final") is a competition and still frames
    doc = _doc(engine, "Leeds won the Harbour Cup. Tom Reyes scored twice in the Harbour "
                       "Cup final at the City Ground.")
    assert acceptability.non_event_frame("At the 2023 Harbour Cup, who scored twice?", doc) \
        is None


def test_a_game_named_only_as_its_players_field_is_no_frame(engine):
    # "the Skyball Arena world champions": the game is their field, not the tournament
    doc = _doc(engine, "Team Nova are the Skyball Arena world champions. Rift, who had won "
                       "the Spring Major in Denver, lost the final 4-1 on Sunday.")
    reason = acceptability.non_event_frame(
        "At the 2023 Skyball Arena, who had won the Spring Major in Denver?", doc)
    assert reason and "field" in reason
    # an event's champion is the event's: "the new Harbour Open champion" still frames
    doc = _doc(engine, "Mila Ortiz is the new Harbour Open champion. She beat Lena Kovac in "
                       "straight sets on Saturday.")
    assert acceptability.non_event_frame(
        "At the Harbour Open, who beat Lena Kovac in straight sets?", doc) is None
    # a name the article writes as a place in time ("at the Spring Major") frames
    assert acceptability.non_event_frame(
        "At the 2023 Spring Major, who lost the final?",
        _doc(engine, "Rift played at the Spring Major and lost the final 4-1.")) is None


def test_what_a_person_leaves_is_no_place_question(engine):
    # "Dara Quinn left Valmont in 2019": the town, its club and the country all fit "Which
    # place did Dara Quinn leave?" and "Dara Quinn left _____"
    body = "Striker Dara Quinn left Valmont in 2019 after six seasons."
    texts = _texts(engine, body)
    for question, _ in texts:
        assert not question.startswith("Which place"), question
        assert "left _____" not in question, question
    assert any(answer == "2019" for _, answer in texts), texts


def test_a_framed_occasion_said_again_by_a_description_is_odd():
    # the sentence's "at the glittering film ceremony" kept after "At the 2022 Silver Reel
    # Awards, " says the occasion twice, the second time as if another were meant
    assert acceptability.frame_said_twice(
        "At the 2022 Silver Reel Awards, who hugged three old co-stars during her visit at "
        "the glittering film ceremony?")
    assert acceptability.frame_said_twice(
        "At the 2022 Silver Reel Awards, who hugged three old co-stars?") is None
    # a named occasion after "at the" is another one, not a description
    assert acceptability.frame_said_twice(
        "At the 2022 Silver Reel Awards, who had sung at the festival Rock Oasis?") is None


def test_a_stranded_by_before_an_as_phrase_is_odd():
    assert acceptability.agent_stranded_before_as(
        "Who was Lena Moss's lemon tart hailed by as 'a quiet triumph'?")
    assert acceptability.agent_stranded_before_as(
        "Who was Lena Moss's lemon tart hailed by?") is None


def test_a_framed_question_ends_without_its_description_of_the_occasion():
    from questions.generate import _frame_resaid_cut

    assert _frame_resaid_cut(
        "At the 2022 Silver Reel Awards, who hugged three old co-stars during her visit at "
        "the glittering film ceremony?", "subject",
    ) == "At the 2022 Silver Reel Awards, who hugged three old co-stars?"
    # unframed, the description is the only occasion the question has: left as it is
    question = "Who hugged three old co-stars during her visit at the glittering film ceremony?"
    assert _frame_resaid_cut(question, "subject") == question

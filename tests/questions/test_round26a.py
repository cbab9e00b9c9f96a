"""Round 26a: classes of heldout14's first reading (a game of a series framed by the whole
tournament, a succession with no post or prize, a description as one side of a match's name).
Every sentence here is made up for the test."""

from questions.acceptability import (
    description_as_match_side,
    series_moment_framed_by_event,
    singer_guessed_from_artist,
    succession_without_post,
)
from questions.article import parse_article_text


def test_a_game_of_a_series_needs_the_match_in_the_frame():
    sentence = ("Rook levelled on Harbour with a quick rush, then lost game four on Ember "
                "after a slow start.")
    assert series_moment_framed_by_event(
        "At the 2025 Spring Masters, who levelled on Harbour with a quick rush?", sentence)
    assert series_moment_framed_by_event(
        'Which name fills the blank: "At the 2025 Spring Masters, Rook levelled on _____ '
        'with a quick rush"?', sentence)
    opener = "On Ember, Vale took the opener in under ten minutes."
    assert series_moment_framed_by_event(
        "At the 2025 Spring Masters, who took the opener in under ten minutes?", opener)
    # the frame names the match, or the question its day
    assert series_moment_framed_by_event(
        "In the 2025 Spring Masters grand final, who levelled on Harbour?", sentence) is None
    assert series_moment_framed_by_event(
        "At the 2025 Spring Masters, who levelled on Harbour on 9 March?", sentence) is None
    # no moment of one game: a fact of the tournament
    assert series_moment_framed_by_event(
        "At the 2025 Spring Masters, who won the title?",
        "Rook won the title and $50,000.") is None


def test_a_succession_needs_its_post_or_prize():
    assert succession_without_post("Who succeeds Ana Ruiz?")
    assert succession_without_post("Which painter does Tom Hale succeed?")
    assert succession_without_post('Which name fills the blank: "Tom Hale succeeds _____"?')
    assert succession_without_post("Who succeeds Ana Ruiz as captain?") is None
    assert succession_without_post(
        "Who succeeded Tom Hale as the winner of the Golden Pen?") is None
    assert succession_without_post("Who succeeds Ana Ruiz as head of the studio?") is None


def test_a_description_is_no_side_of_a_match_name():
    assert description_as_match_side(
        "In the Spaniard–Okafor match of 3 May 2025, who took the first set?")
    assert description_as_match_side(
        "In the Dutchman–Okafor final of 3 May 2025, who served first?")
    assert description_as_match_side(
        "In the Ruiz–Okafor match of 3 May 2025, who took the first set?") is None
    assert description_as_match_side(
        "In the Milan–Jordan match of 3 May 2025, who scored first?") is None


ONE_ON_ONE = (
    "date 2025-03-09 Tom Varga won the Winter Open in Utrecht on Sunday.\n\n"
    "The 22-year-old Dutchman beat Kelstan 3-1 in the final of the Winter Open on Sunday, "
    "ending the Dane's run of two titles.\n\n"
    "\"I lost to a better player,\" the Dane said after the final.\n"
)


def test_the_other_side_of_a_described_players_win_is_asked_who(engine):
    result = engine.generate(
        [parse_article_text(ONE_ON_ONE, name="esports-winter-open-varga-kelstan-2025")])
    beaten = [q for q in result.questions if q.answer == "Kelstan"]
    assert beaten
    # a one-word handle the model labels an organisation, beaten by "the Dutchman": a player
    assert all(q.answer_type == "person" for q in beaten)
    assert not any("Which team" in q.question for q in beaten)


def test_which_singer_is_not_guessed_from_artist_alone():
    drawn = "Lea Hart takes over from Tom Vos, the Belgian artist who drew the 2019 poster."
    assert singer_guessed_from_artist(
        "Which singer does Lea Hart take over from?", drawn)
    assert singer_guessed_from_artist(
        'Which singer fills the blank: "Lea Hart takes over from _____"?', drawn)
    sung = "Lea Hart duets with Tom Vos, the Belgian artist, on the album's closing song."
    assert singer_guessed_from_artist("Which singer does Lea Hart duet with?", sung) is None
    assert singer_guessed_from_artist("Who does Lea Hart take over from?", drawn) is None

"""The pool9 round (session 9, helper p9): failure families the tenth development set
showed, each tested on sentences written for the test, not taken from the articles."""

from __future__ import annotations

from questions import gates


def test_a_win_without_what_was_won_is_no_context():
    # "the club's first league title since Mara Holt's side won in 1998": asked alone,
    # "won" says neither the title nor the event (won what?)
    for question in (
        "In which year did Mara Holt's side win?",
        "True or false: Mara Holt's side won in 1998?",
        "Who won in 1998?",
    ):
        assert gates.win_says_what(question), question
    # the thing won, or the event framed, says it
    for question in (
        "In which year did Mara Holt's side win the league?",
        "At the 1998 Lakeside Open, who won?",
        "True or false: Mara Holt's side won the Lakeside Open in 1998?",
        "Which team did Mara Holt's side beat to win?",
    ):
        assert gates.win_says_what(question) is None, question


def test_a_stage_or_slot_of_an_unnamed_event_is_no_context():
    # "the Meadow Stage", "the Saturday "Classics" slot": a part of a festival's bill
    # whose festival (and year) the question never names
    for question in (
        'Who takes the Saturday evening "Classics" slot?',
        "Which band does the Meadow Stage add?",
        'Which group fills the blank: "The Meadow Stage adds the Welsh band _____"?',
        "Who headlines the Lantern Stage on Friday?",
    ):
        assert gates.part_of_an_unnamed_bill(question), question
    # with the festival named, the stage is pinned
    for question in (
        "Who headlines the Lantern Stage at Brookfield Festival 2025?",
        'At the 2025 Brookfield Festival, who takes the Saturday "Classics" slot?',
        "Which song did Ana Ruiz sing on the main stage?",
    ):
        assert gates.part_of_an_unnamed_bill(question) is None, question


def test_a_given_name_after_a_kin_noun_is_a_part_answer():
    # "runs the bakery with her brother Tom": "Tom" answers "who does she run it with?"
    # only in part (her brother Tom Ashby); the blank that keeps "her brother _____" and
    # the question for the brother's name ask for the given name itself
    sentence = "Ella Ashby runs the Harbour Bakery with her brother Tom, who joined in 2019."
    assert gates.kin_given_name_whole(
        "Who does Ella Ashby run the Harbour Bakery with?", "Tom", sentence)
    for question in (
        'Which name fills the blank: "Ella Ashby runs the Harbour Bakery with her brother _____"?',
        "What is the name of Ella Ashby's brother?",
    ):
        assert gates.kin_given_name_whole(question, "Tom", sentence) is None, question
    # a full name after the kin noun is whole
    sentence = "Ella Ashby runs the Harbour Bakery with her brother Tom Ashby."
    assert gates.kin_given_name_whole(
        "Who does Ella Ashby run the Harbour Bakery with?", "Tom Ashby", sentence) is None


def test_win_as_a_noun_is_left_to_the_other_gates():
    # "recorded her first win", "a home win": the noun, not a bare verb
    for question in ("When did Ana Ruiz record her first win?",
                     "Which team celebrated a home win?"):
        assert gates.win_says_what(question) is None, question


def test_a_one_name_uncle_is_whole():
    # "killed by his uncle Aemond": an uncle or a cousin may have another family name or
    # be known by one name; only close kin's given name is cut from the family name
    sentence = "Tarn was ambushed at the pass by his uncle Corvin in the final episode."
    assert gates.kin_given_name_whole(
        "By whom was Tarn ambushed at the pass?", "Corvin", sentence) is None


def test_a_wrong_choice_the_question_names_is_drawn_again():
    # "What is the name of Nora Vale's father?" cannot offer "Nora Vale": she is the one
    # asked about, not of the answer's kind
    from questions.engine import said_in_question

    question = "What is the name of Nora Vale's father?"
    assert said_in_question(("Peter", "Nora Vale", "Ann Lee", "Tom Ash"), question,
                            "Peter") == {"Nora Vale"}
    assert said_in_question(("Peter", "Ann Lee", "Tom Ash", "Lu Chen"), question,
                            "Peter") == set()
    assert said_in_question(("2014", "2009", "2015", "2017"),
                            "In which year did Lea Moss win the Hill Cup?", "2014") == set()

"""Session 6 review of kept questions: general rules on sentences written for them."""

from questions import gates


def test_a_prize_category_needs_its_ceremony_or_giver():
    # "Record of the Year in 2011": at which of the many ceremonies that give one?
    assert gates.award_names_its_giver("What won Record of the Year in 2011?")
    assert gates.award_names_its_giver("Who was named Player of the Year last spring?")
    assert gates.award_names_its_giver("Which film won Best Score in 2019?")
    sentence = '"Blue Lights" won Record of the Year in 2011, a first for the band.'
    assert "whose award" in gates.check(
        "What won Record of the Year in 2011?", "Blue Lights", [], sentence, set()
    )
    # named: a ceremony, the word "award(s)", a frame, or a giver in capitals
    named = [
        "What won Record of the Year at the 2011 Grammy Awards?",
        "What won Best Score at the 91st Oscars?",
        "At the 2022 Harbour Awards, who won Best Score?",
        "Who was named PFA Player of the Year in 2019?",
        "Which award show gave Tom Vale Best Score?",
        'Who sang "Song of the Year" in 2011?',
    ]
    for question in named:
        assert gates.award_names_its_giver(question) is None, question


def test_what_did_x_verb_out_for_reads_as_why():
    assert gates.what_for_reads_as_why("What did Mara Quill come out for?")
    assert gates.what_for_reads_as_why(
        "At the Lido on 2 May 2021, what did Mara Quill step up for?"
    )
    sentence = 'Mara Quill came out for "Glass" and the crowd sang every word.'
    assert "why" in gates.check(
        "What did Mara Quill come out for?", "Glass", [], sentence, set()
    )
    # an object before "for": the work a prize was for
    assert gates.what_for_reads_as_why("What did Mara Quill win the Golden Lyre for?") is None
    assert gates.what_for_reads_as_why("What did Mara Quill sing in the encore?") is None


def test_an_unnamed_performance_needs_a_frame():
    # "the opening Paris show": whose show, which tour?
    question = "Who proposed to Lena Park at the sold-out stadium concert on 3 May 2022?"
    assert gates.names_the_performance(question)
    assert gates.names_the_performance("Who joined the band on stage at the opening Paris show?")
    sentence = "On 3 May 2022, Tom Vale proposed to Lena Park at the sold-out stadium concert."
    assert "whose show" in gates.check(question, "Tom Vale", [], sentence, set())
    assert gates.names_the_performance(
        "At the Glass Tour, who joined the band on stage at the opening Paris show?"
    ) is None
    assert gates.names_the_performance("Who hosted the opening show of the Glass Tour?") is None
    assert gates.names_the_performance('Who starred in the Christmas special "Snowfall"?') is None


def test_first_after_the_verb_and_before_a_time_reads_as_first_of_several():
    question = "Who did Nora Vance sing with first in 2014?"
    assert gates.first_reads_as_first_of_a_time(question)
    sentence = "Nora Vance first sang with Eli Stone in 2014, on a charity single."
    assert "first of several" in gates.check(question, "Eli Stone", [], sentence, set())
    assert gates.first_reads_as_first_of_a_time(
        "Which team did Rovers beat first on the opening weekend?"
    )
    # the subject asked ("who crossed the line first"), or no time after it
    for question in ("Who crossed the line first in the 2014 race?",
                     "In which year did Nora Vance first sing with Eli Stone?"):
        assert gates.first_reads_as_first_of_a_time(question) is None



def test_who_had_something_needs_a_time():
    question = "Who had a working copy of Star Harbour for the arcade?"
    assert gates.had_says_when(question)
    sentence = "At the 1998 show, Vale Games had a working copy of Star Harbour for the arcade."
    assert "no time" in gates.check(question, "Vale Games", [], sentence, set())
    assert gates.had_says_when("Who had a hit with Star Harbour in 1998?") is None
    assert gates.had_says_when(
        "At the 1998 trade show, who had a working copy of Star Harbour?"
    ) is None

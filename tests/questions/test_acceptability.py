"""The parse-aware gates (questions.acceptability): each rule with a sentence written
here, the question it must reject and the near miss it must keep."""

from __future__ import annotations

import pytest

from questions import acceptability
from questions.article import parse_article_text
from questions.nlp import parse_articles


@pytest.fixture(scope="module")
def index_of(nlp):
    def build(text: str) -> acceptability.SentenceIndex:
        doc = parse_articles(nlp, [parse_article_text(text, name="t")])[0].doc
        return acceptability.SentenceIndex(doc)

    return build


def check(index, question, answer, sentence, form="wh", answer_type="person"):
    return acceptability.check(question, answer, form, answer_type, sentence, index)


def test_part_of_a_longer_name_is_no_answer(index_of):
    sentence = "The fans cheered when King George III walked on stage."
    reason = check(index_of(sentence), "Who walked on stage?", "George III", sentence,
                   form="subject")
    assert reason and "part of a longer name" in reason
    # a title before a name is no part of it; nor is a day before it
    sentence = "The army was led by General Leslie Groves."
    assert check(index_of(sentence), "Who was the army led by?", "Leslie Groves",
                 sentence) is None
    sentence = "On Sunday Travis Head silenced the crowd."
    assert check(index_of(sentence), "Who silenced the crowd?", "Travis Head", sentence,
                 form="subject") is None


def test_a_title_cut_at_an_ellipsis(index_of):
    text = ("In March 2009, Beyoncé embarked on the I Am... Sasha Fierce was released in "
            "the United States.")
    index = index_of(text)
    first = "In March 2009, Beyoncé embarked on the I Am..."
    reason = check(index, "When did Beyoncé embark on the I Am?", "March 2009", first,
                   answer_type="date")
    assert reason and "ellipsis" in reason
    reason = check(index, "What did Beyoncé embark on in March 2009?", "I Am", first,
                   answer_type="thing")
    assert reason and "part of a longer name" in reason
    second = "Sasha Fierce was released in the United States."
    reason = check(index, "Where was Sasha Fierce released?", "the United States", second,
                   answer_type="place")
    assert reason and "inside a title" in reason


def test_a_nationality_is_no_name(index_of):
    sentence = "The Ukrainian beat Tyson Fury by split decision."
    index = index_of(sentence)
    reason = check(index, "Who beat Tyson Fury by split decision?", "Ukrainian", sentence,
                   form="subject")
    assert reason and "nationality" in reason
    reason = check(index, "Who did the Ukrainian beat by split decision?", "Tyson Fury",
                   sentence)
    assert reason and "vague reference 'the Ukrainian'" in reason
    # a song may be called "Kiwi"; an adjective before a noun is no descriptor
    sentence = "Harry Styles closed the show with Kiwi."
    assert check(index_of(sentence), "Which song did Harry Styles close the show with?",
                 "Kiwi", sentence, answer_type="song") is None
    sentence = "Beyoncé sang the American national anthem at the Super Bowl."
    assert check(index_of(sentence), "Who sang the American national anthem at the Super "
                 "Bowl?", "Beyoncé", sentence, form="subject") is None


def test_a_person_asked_as_a_title(index_of):
    sentence = "Shawn Levy directed Ryan Reynolds in Free Guy."
    reason = check(index_of(sentence), 'What did Shawn Levy direct in "Free Guy"?',
                   "Ryan Reynolds", sentence, answer_type="title")
    assert reason and "asked as a title" in reason


def test_an_organisation_object_asked_with_who(index_of):
    sentence = "Twilight Princess was delayed by Nintendo."
    index = index_of(sentence)
    reason = acceptability.organisation_asked_who(
        "Who did Disney buy?", "wh", "organization", []
    )
    assert reason and "'Who'" in reason
    # inside a work's frame the object is a character the model labelled ORG
    assert acceptability.organisation_asked_who(
        "In The Legend of Zelda: Twilight Princess, who does Link knock off his horse?", "wh",
        "organization", [],
    ) is None
    # a passive agent is fine: "Who was Twilight Princess delayed by?"
    assert check(index, "Who was Twilight Princess delayed by?", "Nintendo", sentence,
                 answer_type="organization") is None


def test_a_minute_needs_the_match_or_two_names():
    one = "In which minute did Ashley Young score?"
    reason = acceptability.check(one, "58th minute", "wh", "minute", "", None)
    assert reason and "unnamed match" in reason
    two = "In which minute did Ashley Young foul Luis Díaz?"
    assert acceptability.check(two, "58th minute", "wh", "minute", "", None) is None
    framed = "In the 2023 Merseyside derby, in which minute did Ashley Young score?"
    assert acceptability.check(framed, "58th minute", "wh", "minute", "", None) is None


def test_a_work_asked_as_the_subject_needs_an_anchor():
    reason = acceptability.check("Which song earned two Grammy Awards?", "Crazy in Love",
                                 "subject", "song", "", None)
    assert reason and "pin it down" in reason
    for kept in (
        "What launched on the Nintendo Switch on May 12, 2023?",  # a date
        "What was named Best Animated Feature at the 96th Oscars?",  # an edition
        "At the 2023 CMA Awards, which album was named Album of the Year?",  # a frame
        'Which song samples "La Campanella"?',  # another work named
    ):
        assert acceptability.check(kept, "X", "subject", "title", "", None) is None, kept
    # people are pinned down by what they did or played
    assert acceptability.check("Who plays Jean Tatlock?", "Florence Pugh", "subject",
                               "person", "", None) is None


def test_select_leaves_a_rejected_question_no_slot():
    from collections import Counter

    from questions.generate import Candidate
    from questions.quality import MAX_SAME_ANSWER, select

    # short unanchored subject questions rank first by the surface score; the acceptability
    # check must reject them before they fill the answer's slots
    bad = [Candidate(f"Which song earned {n} Grammy Awards?", "Crazy in Love", "song",
                     "subject", f"Crazy in Love earned {n} Grammy Awards.")
           for n in range(2, 2 + MAX_SAME_ANSWER)]
    good = Candidate("Which song did Beyoncé release as her debut single in June 2003?",
                     "Crazy in Love", "song", "wh",
                     "Beyoncé released Crazy in Love as her debut single in June 2003.")
    chosen = select([*bad, good], Counter(), 100)
    assert good in chosen


def test_a_moment_asked_for_needs_the_match():
    one = "In which quarter did Harrison Butker kick a 57-yard field goal?"
    reason = acceptability.check(one, "third quarter", "wh", "ordinal", "", None)
    assert reason and "unnamed match" in reason
    framed = "At Super Bowl LVIII, in which quarter did Harrison Butker kick a field goal?"
    assert acceptability.check(framed, "third quarter", "wh", "ordinal", "", None) is None
    # a position in a race or a chart is no moment of a match
    assert acceptability.check("In which position did Charles Leclerc finish?", "fourth",
                               "wh", "position", "", None) is None


def test_a_blank_for_a_moment_of_a_match_needs_the_match_too():
    blank = 'Which period fills the blank: "Jordan Kyrou opened the scoring in the _____"?'
    reason = acceptability.check(blank, "first period", "blank", "ordinal", "", None)
    assert reason and "unnamed match" in reason
    framed = ('Which period fills the blank: "In the Blues–Stars match of 3 May 2024, Jordan '
              'Kyrou opened the scoring in the _____"?')
    assert acceptability.check(framed, "first period", "blank", "ordinal", "", None) is None

"""A comma-bounded aside of the source kept in a question without its commas
(`acceptability.spliced_aside`): spliced into the verb phrase or glued to the noun before
it, it makes broken English ("who buried at 35 the Cats' go-to man a penalty?" was the
kind the first readings of unseen articles found). Sentences written for these tests;
each rejection comes with the near misses the gate must keep."""

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


def test_an_aside_before_the_verb_is_not_spliced_after_it(index_of):
    sentence = ("Marco Lentini, at 33 still the Rovers' first-choice keeper, saved a penalty "
                "in the 71st minute.")
    index = index_of(sentence)
    for question, answer, form in (
        ("Who saved at 33 the Rovers' first-choice keeper a penalty in the 71st minute?",
         "Marco Lentini", "subject"),
        ("In which minute did Marco Lentini save at 33 the Rovers' first-choice keeper a "
         "penalty?", "71st minute", "wh"),
    ):
        reason = check(index, question, answer, sentence, form=form)
        assert reason and "aside" in reason, question
    # the aside left out: fine
    assert check(index, "Who saved a penalty in the 71st minute?", "Marco Lentini",
                 sentence, form="subject") is None


def test_a_parenthetical_adverbial_stays_out_of_the_verb_phrase(index_of):
    sentence = ("Oakfield, for their part, had lost their first three games before winning "
                "six in a row.")
    index = index_of(sentence)
    reason = check(index, "How many games had Oakfield lost for their part before winning "
                   "six in a row?", "three", sentence, answer_type="count")
    assert reason and "aside" in reason
    assert check(index, "How many games had Oakfield lost before winning six in a row?",
                 "three", sentence, answer_type="count") is None


def test_a_fronted_phrase_may_move_to_the_end(index_of):
    sentence = "In the second half, Dana Whitfield scored a header from a corner."
    index = index_of(sentence)
    assert check(index, "Who scored a header from a corner in the second half?",
                 "Dana Whitfield", sentence, form="subject") is None


def test_an_apposition_is_not_glued_to_its_noun(index_of):
    sentence = ("Dana Whitfield was named player of the season after scoring 14 goals, a "
                "record for the club.")
    index = index_of(sentence)
    reason = check(index, "Who was named player of the season after scoring 14 goals a "
                   "record for the club?", "Dana Whitfield", sentence, form="subject")
    assert reason and "aside" in reason
    # with its comma it is an apposition still
    assert check(index, "Who was named player of the season after scoring 14 goals, a "
                 "record for the club?", "Dana Whitfield", sentence, form="subject") is None


def test_a_with_phrase_is_not_glued_to_the_noun_before(index_of):
    sentence = ("Oakfield Rovers started the brighter team, with Elena Ruiz and Tom Baker "
                "creating chances early.")
    index = index_of(sentence)
    reason = check(index, "Which team started the brighter team with Elena Ruiz and Tom "
                   "Baker creating chances early?", "Oakfield Rovers", sentence,
                   form="subject", answer_type="team")
    assert reason and "aside" in reason
    sentence = "Elena Ruiz scored the most goals of the season, with nine."
    index = index_of(sentence)
    reason = check(index, "Who scored the most goals of the season with nine?", "Elena Ruiz",
                   sentence, form="subject")
    assert reason and "aside" in reason
    assert check(index, "Who scored the most goals of the season, with nine?", "Elena Ruiz",
                 sentence, form="subject") is None


def test_places_times_and_clauses_after_a_comma_may_lose_it(index_of):
    # a place phrase reads the same without its comma
    sentence = "The band's third album was released on June 4, 2019, in Canada."
    index = index_of(sentence)
    assert check(index, "Which album of the band was released on June 4, 2019 in Canada?",
                 "x", sentence, form="subject", answer_type="thing") is None
    # an apposition put in place of its noun, then the verb
    sentence = "Their new goalkeeper, Marco Lentini, signed a three-year deal in July."
    index = index_of(sentence)
    assert check(index, "When did Marco Lentini sign a three-year deal?", "July", sentence,
                 answer_type="date") is None
    # a conjoined verb borrows the subject; a relative clause is a clause of its own
    sentence = "Elena Ruiz joined the club in 2019, and scored twice on her debut."
    index = index_of(sentence)
    assert check(index, "Who scored twice on her debut?", "Elena Ruiz", sentence,
                 form="subject") is None
    sentence = "The music is by Tom Baker, who has scored every film of the series."
    index = index_of(sentence)
    assert check(index, "Who has scored every film of the series?", "Tom Baker", sentence,
                 form="subject") is None


def test_a_with_phrase_of_finishing_places_is_not_split_or_glued(engine):
    # "finished third, with Baker fourth": the with-phrase says who came next; glued on
    # ("finish with Tom Baker fourth") or split ("finish third fourth with?") it is
    # broken English, also in the blank (read with its answer in it)
    from questions.article import parse_article_text

    text = ("date 2024-03-10 Marta Lentini won the 2024 Riverside Open chess tournament in "
            "Oslo on Saturday.\nIgor Petrov finished third, with Tom Baker fourth.")
    got = [q.question for q in engine.generate([parse_article_text(text, name="t")]).questions]
    assert not any("fourth" in q for q in got), got

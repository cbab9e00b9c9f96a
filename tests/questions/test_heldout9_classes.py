"""Regression tests for the failure classes of the heldout9 reading (precision round).
Every sentence here is made up for the test."""

from questions import acceptability
from questions.article import parse_article_text


def _index(text: str, engine) -> acceptability.SentenceIndex:
    item = engine.parse([parse_article_text(text, name="t")])[0]
    return acceptability.SentenceIndex(item.doc)


def _check(engine, text, question, answer, form, answer_type, sentence):
    index = _index(text, engine)
    return acceptability.check(question, answer, form, answer_type, sentence, index)


BOOK = (
    "date 2024-03-01 The new Silver Orchard book is out. Harbor House printed a million "
    "copies in Canada alone, more than for any Silver Orchard sequel before it.\n\n"
    "Fans queued outside shops in Toronto at midnight."
)


def test_a_work_named_in_the_article_is_no_frame(engine):
    sentence = ("Harbor House printed a million copies in Canada alone, more than for any "
                "Silver Orchard sequel before it.")
    reason = _check(engine, BOOK, "At the Silver Orchard, who printed a million copies?",
                    "Harbor House", "subject", "organization", sentence)
    assert reason and "work" in reason
    # an occasion frame of the same shape still passes this check
    doc = _index(BOOK, engine).doc
    assert acceptability.work_as_frame("At the Coastal Cup, who won?", doc) is None


def test_a_focus_adverb_cut_from_the_answer_is_garbled():
    sentence = "Harbor House printed a million copies in Canada alone, more than before."
    assert acceptability.focus_adverb_cut(
        "Where did Harbor House print a million copies alone?", "Canada", sentence)
    assert acceptability.focus_adverb_cut(
        "Where did Harbor House print a million copies?", "Canada", sentence) is None


def test_a_placing_at_championships_needs_its_event():
    assert acceptability.placing_without_event(
        "At the 2023 European Swimming Championships, who finished third?")
    assert acceptability.placing_without_event(
        "At the 2022 Winter Games, who won silver?")
    assert acceptability.placing_without_event(
        "At the 2023 European Swimming Championships, who finished third in the women's "
        "200m butterfly?") is None
    assert acceptability.placing_without_event(
        "At the 2023 European Swimming Championships, who finished on 52.10 seconds?") is None
    assert acceptability.placing_without_event("At the Dutch Open, who finished third?") is None


def test_an_ordinal_with_its_noun_left_out_is_vague():
    assert acceptability.elided_ordinal("In which year did Mara Quinn win her second in a row?")
    assert acceptability.elided_ordinal(
        "True or false: Mara Quinn won her fourth of the season in 2019?")
    assert acceptability.elided_ordinal(
        "In which year did Mara Quinn win her second title in a row?") is None
    assert acceptability.elided_ordinal("Who finished second in the sprint?") is None
    # the question's own "Which <noun>" says what the ordinal counts
    assert acceptability.elided_ordinal("Which album was Mara Quinn's fifth?") is None
    assert acceptability.elided_ordinal("Which trophy did Mara Quinn win as her fifth?") is None
    assert acceptability.elided_ordinal("What did Mara Quinn win as her fifth?")


STUDIO = (
    "date 2023-05-02 Greyfen Games had a busy week. Greyfen Games announced a new "
    "studio, codenamed Lantern, and hired forty developers.\n\n"
    "Its first title is due in 2026."
)


def test_a_reduced_relative_participle_is_no_verb_of_the_subject(engine):
    sentence = ("Greyfen Games announced a new studio, codenamed Lantern, and hired forty "
                "developers.")
    for question, form in (("Which studio did Greyfen Games codename?", "wh"),
                           ('Which name fills the blank: "Greyfen Games codenamed _____"?',
                            "blank")):
        reason = _check(engine, STUDIO, question, "Lantern", form, "organization", sentence)
        assert reason and "participle" in reason, (question, reason)
    kept = _check(engine, STUDIO, "How many developers did Greyfen Games hire?", "forty", "wh",
                  "count", sentence)
    assert kept is None or "participle" not in kept

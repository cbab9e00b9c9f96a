"""Precision round 11 (heldout8's garbled and vague classes). A noun the tagger read as
a verb makes no clause; an age or a description set off by commas after the subject is
left out of the question, never spliced after the verb. Every sentence here is made up."""

from questions.article import parse_article_text


def kept(text: str, engine) -> list[str]:
    item = engine.parse([parse_article_text(text, name="t")])[0]
    return [q.question for q in engine.generate_parsed([item]).questions]


LEAD = "date 2023-07-23 The 2023 Northern Shield final was played at Elm Park on 23 July 2023.\n\n"


def test_a_plural_noun_read_as_a_verb_makes_no_clause(engine):
    """"since the BBC miniseries Mary Stone in 2011": the tagger reads "miniseries" as a
    present-tense verb with "the BBC" for its subject ("Who miniseries Mary Stone?").
    The word has no verb reading; it is a noun and makes no clause."""
    qs = kept(
        LEAD + "The old record of 9 had stood since the BBC miniseries Mary Stone in 2011.",
        engine,
    )
    assert not any("miniserie" in q for q in qs), qs

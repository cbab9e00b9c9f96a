"""Regression tests for the failure classes of the heldout11 reading.
Every sentence here is made up for the test."""

from questions.article import parse_article_text


def asked(text: str, engine) -> dict[str, str]:
    result = engine.generate([parse_article_text(text, name="t")])
    return {q.question: q.answer for q in result.questions}


def test_a_plural_role_starting_the_sentence_loses_its_capital_mid_question(nlp):
    from questions.render import _lowerable

    for sentence in (
        "Founders Mara Quill and Tobias Wren wrote most of the game with programmer Hugo Fenn.",
        "Directors Mara Quill and Tobias Wren shot the film in Iceland.",
        "Guitarists Dave Holt and Rob Lane traded solos all night.",
    ):
        doc = nlp(sentence)
        assert _lowerable(doc[0]), sentence
        people = [e.text for e in doc.ents if e.label_ == "PERSON"]
        assert not any(p.split()[0] == doc[0].text for p in people), people
    # a plural noun that is part of a name keeps its capital
    assert not _lowerable(nlp("Founders Day is a holiday in the town.")[0])
    assert not _lowerable(nlp("Directors Guild members voted on Sunday.")[0])

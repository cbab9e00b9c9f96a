"""Precision round 12: families of wrong or garbled questions found by writing new
sentences of the kinds the unseen-article readings failed on (sentences written here)."""

from __future__ import annotations

from questions.article import parse_article_text

AWARDS = "date 2024-09-16 The Golden Lens Awards were handed out in London on Sunday night.\n"


def asked(engine, text: str) -> dict[str, str]:
    result = engine.generate([parse_article_text(text, name="t")])
    return {q.question: q.answer for q in result.questions}


def test_a_whose_clause_is_not_the_name_s_own_deed(engine):
    # "Tom Baker, whose film won three awards": the film won them, not Tom Baker (the
    # parser may hang the name on "won" as a second subject)
    for text in (
        'Director Tom Baker, whose film "Low Tide" won three awards, thanked the crew.',
        'Backstage, director Tom Baker, whose film "Low Tide" won three awards, thanked '
        "his crew.",
    ):
        got = asked(engine, AWARDS + text)
        assert not any("Tom Baker" in q and "award" in q for q in got), got


CUP = "date 2024-05-04 The Riverside Cup final was played at Oakfield Park on Saturday.\n"


def test_a_fronted_word_is_not_moved_with_its_capital(engine):
    # "Upstairs, chairman Tom Baker signed ...": the tagger reads "Upstairs" as a name;
    # moved to the end it keeps its capital ("... in the final week Upstairs?")
    got = asked(engine, CUP + "Upstairs, chairman Tom Baker signed a new shirt deal with "
                "Nordbank in the Riverside Cup final week.")
    assert not any("Upstairs" in q for q in got), got


def test_a_name_opening_the_sentence_keeps_its_capital(nlp):
    from questions import acceptability

    doc = nlp("Okafor opened the scoring in the Riverside Cup final.")
    assert acceptability.sentence_opener_moved(
        "In which final did Okafor open the scoring?", list(doc.sents)) is None
    doc = nlp("Meanwhile, Elena Ruiz scored twice in the Riverside Cup final.")
    reason = acceptability.sentence_opener_moved(
        "Who scored twice in the Riverside Cup final Meanwhile?", list(doc.sents))
    assert reason and "capital" in reason

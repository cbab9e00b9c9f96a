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


def test_a_work_named_by_its_maker_is_no_clause(engine, nlp):
    # "the Disney hit Frozen": a noun phrase, not "the Disney" hitting Frozen
    got = asked(engine, AWARDS + "The attendance record had stood since the Disney hit "
                "Frozen in 2014.")
    assert not any("Disney hit" in q or "Frozen" in q for q in got), got
    from questions import facts

    def verb_of(text: str, word: str):
        return next(t for t in nlp(text) if t.text == word)

    assert facts._brand_work_read_as_verb(
        verb_of("The record had stood since the Disney hit Frozen in 2014.", "hit"))
    # a subject with a common-English reading is a subject: a team, a wrestler
    assert not facts._brand_work_read_as_verb(
        verb_of("After the Heat beat Boston in Game 5, the fans cheered.", "beat"))
    assert not facts._brand_work_read_as_verb(
        verb_of("Then the Rock hit Cena with a chair.", "hit"))


def test_a_descriptor_under_the_is_still_a_subject(engine):
    # "The Dane beat ...": a nationality standing for the person named before
    got = asked(engine, "date 2024-05-19 Viktor Axelsen won the 2024 Malaysia Open in Kuala "
                "Lumpur on Sunday.\nThe Dane beat Kodai Naraoka 21-15, 21-12 in the 2024 "
                "Malaysia Open final on Sunday.")
    assert any(a == "Viktor Axelsen" and "Kodai Naraoka" in q for q, a in got.items()), got


RIVERSIDE = ("date 2024-05-04 Oakfield Rovers won the 2024 Riverside Cup final at Oakfield Park "
             "on Saturday.\n")


def test_a_two_word_preposition_keeps_its_first_word(engine, nlp):
    # "Instead of X, Y started in goal": "of X" alone moved to the end says nothing
    got = asked(engine, RIVERSIDE + "Instead of Tom Baker, Marco Lentini started in goal in "
                "the 2024 Riverside Cup final.")
    assert not any(" of Tom Baker" in q or "final of _____" in q for q in got), got
    from questions import acceptability

    doc = nlp("Because of a knee injury, Sam Okoro missed the 2024 Riverside Cup.")
    reason = acceptability.complex_preposition_cut(
        "Who missed the 2024 Riverside Cup of a knee injury?", "Sam Okoro", list(doc.sents))
    assert reason and "Because of" in reason
    # a measure before "after" may be left out
    doc = nlp("Six years after her debut, Sam Okoro won the 2024 Riverside Cup.")
    assert acceptability.complex_preposition_cut(
        "Who won the 2024 Riverside Cup after her debut?", "Sam Okoro",
        list(doc.sents)) is None

"""Coverage round 12: parses that lost good facts (sentences written for these tests)."""

from __future__ import annotations

from questions.article import parse_article_text
from questions.gates import no_vague_reference
from questions.mentions import resolve_mentions


def asked(text: str, engine) -> dict[str, str]:
    result = engine.generate([parse_article_text(text, name="t")])
    return {q.question: q.answer for q in result.questions}


def test_a_colon_inside_an_unquoted_title_keeps_the_sentence_whole(engine, bare_nlp):
    # "The Legend of Zelda: Ocarina of Time": the model ended the sentence at the colon
    doc = bare_nlp(
        "Mara Quill beat The Castle of Ashes: Return of the King in 19 minutes at "
        "Winter Speed Fest 2023 on Tuesday."
    )
    assert len(list(doc.sents)) == 1
    text = (
        " date 2023-07-04 Mara Quill beat The Castle of Ashes: Return of the King in 19 "
        "minutes at Winter Speed Fest 2023 on Tuesday.\n\nThe run raised $40,000 for charity."
    )
    got = asked(text, engine)
    assert "The Castle of Ashes: Return of the King" in got.values(), got


def test_two_names_either_side_of_a_colon_stay_apart(bare_nlp):
    doc = bare_nlp("The grid was set in Las Vegas: Max Verstappen started from pole.")
    assert not any(":" in t.text and len(t.text) > 1 for t in doc)

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


def test_a_quoted_handle_between_two_names_is_one_person(bare_nlp):
    # 'Given "handle" Surname' with a gamer-tag handle: the model reads the parts as a
    # work, a stray noun and a surname; the three are one person, the handle alone too.
    doc = bare_nlp(
        'Coach Pavel "k1ng" Dvorak rebuilt the roster in the spring. '
        "Afterwards k1ng thanked the crowd in Lisbon."
    )
    mentions = resolve_mentions(doc)
    handles = [t for t in doc if t.text == "k1ng"]
    assert mentions.covering(handles[0]).name == "Pavel Dvorak"
    assert mentions.covering(handles[-1]).name == "Pavel Dvorak"


def test_a_plain_quoted_word_between_names_is_no_handle(bare_nlp):
    doc = bare_nlp('Fans of the Lakers "Showtime" Era packed the arena.')
    mentions = resolve_mentions(doc)
    era = next(t for t in doc if t.text == "Showtime")
    assert mentions.covering(era) is None or mentions.covering(era).name != "Lakers Era"


def test_a_pronoun_inside_a_hyphenated_word_is_no_pronoun():
    # "thank-you", "know-it-all": one compound word, pointing at no one
    assert no_vague_reference("Who posted a thank-you note on Instagram on 6 May 2024?") is None
    assert no_vague_reference("Which know-it-all detective did Ava Reyes play in 2019?") is None
    assert no_vague_reference("Who thanked you on Instagram on 6 May 2024?") is not None
    assert no_vague_reference("Who said it was over on 6 May 2024?") is not None


def test_a_dated_thank_you_post_is_asked(engine):
    text = (
        " date 2024-05-07 The drama ended on Sunday with record ratings.\n\n"
        "Lena Park posted a handwritten thank-you note on Instagram on Monday."
    )
    got = asked(text, engine)
    assert got.get(
        "Who posted a handwritten thank-you note on Instagram on 6 May 2024?"
    ) == "Lena Park", got


def test_a_bang_ending_a_title_mid_sentence_ends_no_sentence(bare_nlp):
    # "a run of Punch-Out!! by ...": a lowercase word after the "!" goes on the sentence
    doc = bare_nlp("Fans cheered a blindfolded run of Dash Kart!! by Mara Quill on Friday.")
    assert len(list(doc.sents)) == 1
    doc = bare_nlp("What a night! The crowd roared for an hour.")
    assert len(list(doc.sents)) == 2


def test_quoted_titles_or_a_longer_name_around_a_word_make_no_handle(bare_nlp):
    # two quoted titles with "and" between them; a mother's nickname inside a longer name
    # whose surname her family shares
    doc = bare_nlp('Mara Quill starred in "Glasswing" and "Harbour" that year.')
    mentions = resolve_mentions(doc)
    word = next(t for t in doc if t.text == "and")
    assert mentions.covering(word) is None
    doc = bare_nlp(
        'Her mother, Celeste Ann "Tina" Lowell, designed the costumes. '
        "Lowell later thanked her."
    )
    mentions = resolve_mentions(doc)
    assert all(m.name != "Ann Lowell" for m in mentions.by_start.values())

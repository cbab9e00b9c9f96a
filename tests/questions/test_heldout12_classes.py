"""Regression tests for the failure classes of the heldout12 reading.
Every sentence here is made up for the test."""

from questions.article import parse_article_text
from questions.mentions import resolve_mentions, resolve_work_descriptors


def asked(text: str, engine) -> dict[str, str]:
    result = engine.generate([parse_article_text(text, name="t")])
    return {q.question: q.answer for q in result.questions}


def test_a_single_quoted_title_keeps_its_closing_quote():
    from questions.render import reclose_single_quoted, tidy

    sentence = ("On Tuesday the crowd cheered for Mara Quinn, who finished the first two "
                "worlds of 'Star Quest: The Lost Moon' while blindfolded.")
    question = "Who finished the first two worlds of 'Star Quest: The Lost Moon?"
    assert reclose_single_quoted(question, sentence) == (
        "Who finished the first two worlds of 'Star Quest: The Lost Moon'?")
    # already closed, or an apostrophe of a word: left alone
    closed = "Who finished 'Star Quest: The Lost Moon' first?"
    assert reclose_single_quoted(closed, sentence) == closed
    assert tidy("the first two worlds of 'Star Quest: The Lost Moon") == (
        "the first two worlds of 'Star Quest: The Lost Moon'")
    assert tidy("Quinn's run") == "Quinn's run"
    assert tidy("the '90s") == "the '90s"


def test_a_question_with_an_unclosed_single_quote_never_passes():
    from questions.gates import is_question

    assert is_question("Who finished the first two worlds of 'Star Quest: The Lost Moon?")
    assert not is_question("Who finished the first two worlds of 'Star Quest: The Lost Moon'?")
    assert not is_question("Who won the fans' vote for Mara Quinn's run?")
    assert not is_question("Which hit of the '80s did the band play first?")


SERIES = (
    " date 2024-05-01 Six years after 'The Silver Gate' made her a bestseller, Lena Hart is "
    "back. 'The Glass Harbour', the second book of her Stormglass trilogy, arrives in shops "
    "on Friday, and the Welsh author spoke to us in a Cardiff café about maps and storms.\n\n"
    "The series has sold more than 900,000 copies in 18 languages, and its fans have made "
    "the smuggler Rowan Vale a heartthrob."
)


def test_the_series_of_a_trilogys_book_is_not_the_book(engine):
    item = engine.parse([parse_article_text(SERIES, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    resolve_work_descriptors(item.doc, mentions)
    series = next(t for t in item.doc if t.text == "series")
    assert not any(m.start <= series.i < m.end for m in mentions.by_start.values())
    assert not any("Glass Harbour" in q and "copies" in q for q in asked(SERIES, engine))


def test_the_next_edition_of_an_event_is_not_asked_as_its_name(engine):
    text = (
        " date 2024-09-02 The Invitational 2024 ended on Sunday in Lisbon, where the Danish "
        "team Northwind beat Red Falcons 3-1 in the final. Northwind took home $2 million. "
        "The next Invitational is planned for Oslo in August 2025."
    )
    questions = asked(text, engine)
    assert not any(a == "Invitational" for a in questions.values()), questions


CONCERT = (
    " date 2023-07-03 The Harbour Kings brought their Night Roads Tour to the Palace Arena in "
    "Leeds on Saturday, and for two hours the quartet made a sold-out crowd of 9,000 feel young "
    "again.\n\n"
    "Tom Reyes, 58 and in fine voice, leapt from the riser during “Blue Harbour” as Sam Cole "
    "traded solos with Dan Price on the other side of the stage."
)


def test_an_irregular_past_tagged_as_present_is_a_one_night_deed(engine, nlp):
    from questions.generate import _past_read_as_present

    doc = nlp("Tom Reyes, 58 and in fine voice, leapt from the riser during “Blue Harbour”.")
    leapt = next(t for t in doc if t.text == "leapt")
    assert _past_read_as_present(leapt) or leapt.tag_ == "VBD"
    assert not _past_read_as_present(nlp("Tom leaps from the riser.")[1])
    # the deed at one show is framed by the show or not asked, never asked bare
    assert not any(q.startswith("Who leapt") for q in asked(CONCERT, engine))


def test_a_contests_winner_needs_its_edition_and_loses_the_writers_comment(engine):
    from questions.generate import _winner_of_no_edition, _without_attitude_comment

    assert _winner_of_no_edition("What was the winning name for the dragon, Ember?")
    assert not _winner_of_no_edition("What was the winning song at the 2024 Song Cup?")
    assert not _winner_of_no_edition("Who scored the winning goal in the final?")
    assert _without_attitude_comment(
        "Who named the dragon, to everyone's delight?") == "Who named the dragon?"
    assert _without_attitude_comment(
        'Which name fills the blank: "The dragon was called _____ to no one\'s surprise"?'
    ) == 'Which name fills the blank: "The dragon was called _____"?'
    text = (
        " date 2024-03-11 Spring Speedruns 2024 ended on Sunday with $400,000 raised for a "
        "children's hospital. By tradition the week closes with a marquee run, this year "
        "'Dragon Tale II', with donors choosing the names of every party member. The winning "
        "name for the dragon, Ember, was “Noodle”, to no one's surprise."
    )
    questions = asked(text, engine)
    assert not any("winning name" in q and "2024" not in q for q in questions), questions
    assert not any("surprise" in q for q in questions), questions


def test_a_counted_nouns_of_phrase_stays_beside_it():
    from questions.generate import _of_phrase_with_counted_noun

    sentence = ("On Tuesday the crowd cheered for Mara Quinn, who finished the first two worlds "
                "of 'Star Quest: The Lost Moon' while blindfolded.")
    assert _of_phrase_with_counted_noun(
        "At Spring Speedruns 2024, how many worlds did Mara Quinn finish of 'Star Quest: The "
        "Lost Moon'?", sentence
    ) == ("At Spring Speedruns 2024, how many worlds of 'Star Quest: The Lost Moon' did Mara "
          "Quinn finish?")
    # an "of" phrase the sentence does not say with the noun is left where it is
    other = "How many goals did Mara Quinn score of the season?"
    assert _of_phrase_with_counted_noun(other, sentence) == other


def test_a_closing_span_aside_is_left_out_of_the_question(engine):
    from questions.generate import _without_closing_span_aside

    sentence = ("Nora Blake has won the Harbour Poetry Prize for her book 'Tides', a year after "
                "she was shortlisted for the same prize with 'Salt'.")
    assert _without_closing_span_aside(
        "Which award has Nora Blake won for her book 'Tides' a year after Nora Blake was "
        "shortlisted for the same prize with 'Salt'?", sentence
    ) == "Which award has Nora Blake won for her book 'Tides'?"
    assert _without_closing_span_aside(
        'Which award fills the blank: "Nora Blake has won _____ for her book \'Tides\' a year '
        'after Nora Blake was shortlisted for the same prize with \'Salt\'"?', sentence
    ) == 'Which award fills the blank: "Nora Blake has won _____ for her book \'Tides\'"?'
    # a sentence with no such aside at its end: the question is left alone
    plain = "Who won the prize a year after the flood?"
    assert _without_closing_span_aside(plain, "Nora won the prize a year after the flood.") == plain

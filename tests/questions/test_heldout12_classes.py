"""Regression tests for the failure classes of the heldout12 reading.
Every sentence here is made up for the test."""

from questions.article import parse_article_text


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

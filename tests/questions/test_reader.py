import datetime as dt
from pathlib import Path

import pytest

from questions.article import ArticleError, parse_article_bytes, parse_article_text, read_article

SEED = Path(__file__).resolve().parents[2] / "seeds" / "bts-bbma-2018.txt"


def test_seed_format_date_headings_and_credit_line():
    article = read_article(SEED)
    assert article.date == dt.date(2021, 5, 2)
    assert article.paragraphs[0].text.startswith("Billboard Music Awards 2018 was")
    assert "date" not in article.paragraphs[0].text.split()[:2]
    assert article.paragraphs[1].heading == "When John Legend met BTS"
    assert "When John Legend met BTS" not in article.body  # headings are context only
    assert "Image Credit" not in article.body
    assert article.source and article.source.startswith("Image Credit")


def test_markdown_front_matter():
    text = (
        "---\ntitle: Derby day\ndate: 2023-10-21\ntags: [football]\n---\n"
        "# Match\n\nLiverpool won.\n"
    )
    article = parse_article_text(text, name="derby", markdown=True)
    assert article.title == "Derby day"
    assert article.date == dt.date(2023, 10, 21)
    assert article.paragraphs[0].heading == "Match"
    assert article.tags == ("football",)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "has no text"),
        (b"\x89PNG\r\n\x1a\n....", "PNG image"),
        (b"caf\xe9 au lait.", "not UTF-8"),
        (b"abc\x00def", "binary data"),
        (b"Just A Heading\n", "has no text"),
    ],
)
def test_bad_bytes_one_line_errors(data, message):
    with pytest.raises(ArticleError, match=message) as info:
        parse_article_bytes(data, name="bad")
    assert "\n" not in str(info.value)


def test_too_big_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word. " * 1000)
    with pytest.raises(ArticleError, match="over the"):
        read_article(path, max_bytes=100)


def test_short_question_or_exclamation_standing_alone_is_a_heading():
    text = (
        " date 2024-07-29 The film opened to $211 million on Friday.\n\n"
        "Saving the studio?\n\n"
        "Analysts called it a much-needed win.\n\n"
        "What a night!\n\n"
        "Fans cheered. Who could blame them?\nThe cast bowed.\n"
    )
    article = parse_article_text(text, name="film-test")
    assert [p.heading for p in article.paragraphs] == [None, "Saving the studio?", "What a night!"]
    assert "Saving the studio?" not in article.body
    # a question inside a paragraph, or starting a block that goes on, stays text
    assert "Who could blame them?" in article.body
    assert article.paragraphs[-1].text.startswith("Fans cheered.")


def test_a_long_question_standing_alone_stays_a_paragraph():
    text = (
        " date 2024-07-29 The film opened on Friday.\n\n"
        "Could the studio really have predicted that the film would open to this much money?\n"
    )
    article = parse_article_text(text, name="film-test")
    assert article.paragraphs[-1].text.startswith("Could the studio")


def test_wikipedia_footnote_markers_are_dropped():
    # A footnote or editor's tag glued to a word or stop splits the date and the sentence
    # in the parse ("in March 2009.[c]", "as of May 1, 2014[update]").
    text = (
        "The handheld port of Skyrail Drift came out in Europe in March 2009.[c] "
        "It had sold 2.4 million copies as of May 1, 2014[update], a record[citation needed]. "
        "See [the manual](https://example.com) and the remix[12]."
    )
    body = parse_article_text(text, name="skyrail").paragraphs[0].text
    assert "[c]" not in body and "[update]" not in body and "[citation needed]" not in body
    assert "in March 2009. It had sold" in body
    assert "as of May 1, 2014, a record." in body
    assert "[the manual](https://example.com)" in body
    assert body.endswith("the remix.")

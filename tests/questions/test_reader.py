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

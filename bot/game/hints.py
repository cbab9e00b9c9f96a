"""Typed-mode hints: the answer's shape without giving it away.

    "Fake Love"   -> "F___ L___"
    "J-Hope"      -> "J-H___"
    "2018"        -> "####"        digits are masked whole: a year's first digit is a giveaway
    "BBMAs 2018"  -> "B____ ####"

The first letter of each word stays, every other letter becomes "_", digits become "#",
spaces and punctuation stay (they are part of the shape). The text contains "_" runs, which
Discord reads as markdown: the cog shows it in an inline code span.
"""

from __future__ import annotations

HINT_FRACTION = 0.5  # the hint shows this far into the timer

LETTER_MASK = "_"
DIGIT_MASK = "#"


def hint_text(answer: str) -> str:
    """The masked shape of `answer` (see the module docstring)."""
    out: list[str] = []
    at_word_start = True
    for char in answer.strip():
        if char.isdigit():
            out.append(DIGIT_MASK)
            at_word_start = False
        elif char.isalpha():
            out.append(char if at_word_start else LETTER_MASK)
            at_word_start = False
        else:  # space, hyphen, apostrophe, dot...: kept, and a new word starts after it
            out.append(char)
            at_word_start = char != "'" and char != "’"  # "Don't" -> "D____", not "D__'T"
    return "".join(out)


def hint_delay(seconds: float, fraction: float = HINT_FRACTION) -> float:
    """Seconds after the question is shown at which the hint appears."""
    return seconds * fraction

"""Typed-mode answer matching: is this chat message a right answer to this question?

The rules, in the order they apply:

1. Both sides are normalised (`normalize`): the project's shared key,
   `questions.normalize.normalize` (Unicode compatibility forms folded, accents removed,
   case folded, apostrophes dropped ("it's" -> "its"), every other punctuation mark a
   word break, "&" read as "and", "1,000" -> "1000", "3.5" kept, a leading article
   dropped: "The Weeknd" -> "weeknd"), then numbers written as words become digits
   ("seven" -> "7", "twenty-one" -> "21", "twenty eighteen" -> "2018", "second" and
   "2nd" -> "2nd"). Messages are first cut at "," ";" "/" "|" and new lines, which rule
   6 reads.
2. Accepted answers are the answer and its aliases. Word breaks do not matter
   ("J-Hope" = "jhope" = "j hope", "BLACKPINK" = "Black Pink").
3. As in Red-DiscordBot, the answer may sit inside a longer message ("i think it's fake
   love!"): a one-word answer must equal a word of the message, a longer one a run of
   words. Messages much longer than the answer (more than `MAX_EXTRA_WORDS` other words)
   are refused: an essay is not an answer.
4. Small typos are forgiven (`typo_budget`, optimal-string-alignment distance from
   rapidfuzz, so a swap of two letters is one edit): none for answers of up to 4
   characters, 1 for 5-8, 2 for longer ones. Inside a multi-word answer each word of up
   to 3 letters must still be exact ("Jun Kim" is not "Jin Kim"), and "Jin" alone is
   never "Jun" or "Jimin".
   Numbers are never fuzzy: the digits of the message must equal the answer's ("2018" is
   not "2019", "2nd" is not "3rd"). A near miss that is as close to one of the question's
   wrong choices as to the answer is refused.
5. Distinctive part (decided): for people (`PERSON_TYPES`), the last word of a
   multi-word name is accepted on its own - "Legend" for "John Legend", "Jimin" for "Park
   Jimin", "Gaga" for "Lady Gaga" - if it has at least 4 letters, is not a number and
   no wrong choice shares it. That is the word fans use for Western surnames and for
   Korean given names alike; the first word ("John", "Kim", "Park") is too common to
   identify anyone. Songs, albums, groups and other things must be named in full
   ("Love" is not "Fake Love"): their words are not distinctive on their own.
6. Gaming the matcher by listing guesses is refused (`hedged`): "Luna or Khalid or Jin",
   "fake love / idol", "jin and jimin" (another guess after "or", "/", "|", "vs", "and",
   "&"), a comma list with two or more other guesses ("luna, khalid, jin"), or any
   message that also names one of the question's wrong choices. Short filler around the
   answer is fine: "jin, final answer", "jin or something", "fake love i think".

Known limit: a bare list without separators ("luna khalid jin") can only be caught when
the question has wrong choices to recognise; it is then refused by rule 6.

Number words are read here, not in `questions.normalize` (whose `answer_key` reads one
lone number word up to twenty): a typed message needs "twenty-one" and "2nd" too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from questions.normalize import THOUSANDS
from questions.normalize import normalize as shared_normalize

MAX_EXTRA_WORDS = 8  # words a message may carry besides the answer
LEADING_ARTICLES = frozenset({"the", "a", "an"})
PERSON_TYPES = frozenset(
    {"person", "member", "singer", "rapper", "artist", "actor", "player", "coach", "character"}
)
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
MIN_PART_LENGTH = 4

# --- normalisation --------------------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000, "millionth": 1_000_000,
}  # fmt: skip
_NUMBER_WORDS = _UNITS.keys() | _TENS.keys() | _SCALES.keys() | _ORDINALS.keys()

_DIGIT_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
# Punctuation that can separate a list of guesses: cut there before normalising.
_SPLIT = re.compile(r"([,;/|\n])")

SEP_STRONG = "\x00/"  # "/" or "|": what follows is another guess
SEP_WEAK = "\x00,"  # ",", ";", newline: a list only when it has several other guesses
_MARKS = {",": SEP_WEAK, ";": SEP_WEAK, "\n": SEP_WEAK, "/": SEP_STRONG, "|": SEP_STRONG}
_STRONG_WORDS = frozenset({"or", "vs", "versus", "and", "nor"})  # "&" is read as "and"


def ordinal(n: int) -> str:
    """2 -> "2nd", 11 -> "11th", 21 -> "21st"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _is_mark(token: str) -> bool:
    return token.startswith("\x00")


def _number_groups(words: Sequence[str]) -> list[int]:
    """Values of scale-free number words: "twenty one" -> [21], "seven eleven" -> [7, 11]."""
    groups: list[int] = []
    for word in words:
        value = _UNITS.get(word, _TENS.get(word))
        if value is None:
            value = _ORDINALS[word]
        if groups and 20 <= groups[-1] <= 90 and groups[-1] % 10 == 0 and 1 <= value <= 9:
            groups[-1] += value  # "twenty" + "one"
        else:
            groups.append(value)
    return groups


def _number_value(words: Sequence[str]) -> list[int]:
    """The number(s) a run of number words spells."""
    if not any(w in _SCALES or _ORDINALS.get(w, 0) >= 100 for w in words):
        groups = _number_groups(words)
        if len(groups) == 2 and all(10 <= g <= 99 for g in groups):
            return [groups[0] * 100 + groups[1]]  # year style: "nineteen ninety-nine"
        return groups
    total = current = 0
    for word in words:
        scale = _SCALES.get(word)
        if scale is None and _ORDINALS.get(word, 0) >= 100:
            scale = _ORDINALS[word]
        if scale is None:
            current += _UNITS.get(word, _TENS.get(word, _ORDINALS.get(word, 0)))
        elif scale == 100:
            current = max(current, 1) * 100
        else:
            total += max(current, 1) * scale
            current = 0
    return [total + current]


def _numbers_to_digits(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        digit_ordinal = _DIGIT_ORDINAL.match(token)
        if digit_ordinal:
            out.append(ordinal(int(digit_ordinal.group(1))))
            i += 1
            continue
        if token not in _NUMBER_WORDS:
            out.append(token)
            i += 1
            continue
        run: list[str] = []
        while i < len(tokens):
            word = tokens[i]
            if word in _NUMBER_WORDS and word not in _ORDINALS:
                run.append(word)
                i += 1
            elif word in _ORDINALS:  # an ordinal ends the number: "twenty first"
                run.append(word)
                i += 1
                break
            elif (
                word == "and"  # "one hundred and five"
                and run
                and run[-1] in _SCALES
                and i + 1 < len(tokens)
                and tokens[i + 1] in _NUMBER_WORDS
            ):
                i += 1
            else:
                break
        values = _number_value(run)
        if run[-1] in _ORDINALS:
            out.extend(str(v) for v in values[:-1])
            out.append(ordinal(values[-1]))
        else:
            out.extend(str(v) for v in values)
    return out


def marked_tokens(text: str) -> list[str]:
    """Normalised words of `text`, with SEP_STRONG / SEP_WEAK where it has "/", "|", ","..."""
    text = THOUSANDS.sub("", str(text))  # before "," becomes a separator: "1,000"
    out: list[str] = []
    for piece in _SPLIT.split(text):
        if piece in _MARKS:
            out.append(_MARKS[piece])
            continue
        # NFC: the shared normaliser's NFKD leaves Hangul as loose jamo; put it back.
        words = [unicodedata.normalize("NFC", w) for w in shared_normalize(piece).split()]
        out.extend(_numbers_to_digits(words))  # numbers never run across a mark
    return out


def normalize_tokens(text: str) -> list[str]:
    """The words of `text` after normalisation (rule 1)."""
    return [t for t in marked_tokens(text) if not _is_mark(t)]


def normalize(text: str) -> str:
    """`text` normalised for comparison: "The Beyoncé & Jay-Z!" -> "beyonce and jay z"."""
    return " ".join(normalize_tokens(text))


def answer_tokens(answer: str) -> list[str]:
    """An accepted answer's words: normalised, leading article dropped (if anything is left)."""
    tokens = normalize_tokens(answer)
    if len(tokens) > 1 and tokens[0] in LEADING_ARTICLES:
        tokens = tokens[1:]
    return tokens


# --- matching -------------------------------------------------------------------------


def typo_budget(length: int) -> int:
    """Edits forgiven in an answer of `length` characters (spaces not counted)."""
    if length <= 4:
        return 0
    if length <= 8:
        return 1
    return 2


def word_budget(length: int) -> int:
    """Edits forgiven inside one word of a multi-word answer: none for up to 3 letters."""
    return 0 if length <= 3 else typo_budget(max(length, 5))


@dataclass(frozen=True)
class Target:
    """One accepted form of the answer."""

    tokens: tuple[str, ...]
    source: str  # the answer or alias text it came from
    part: bool = False  # the distinctive last word of a person's name, not the full answer

    @property
    def compact(self) -> str:
        return "".join(self.tokens)


@dataclass(frozen=True)
class Match:
    ok: bool
    reason: str  # exact | typo | part | empty | no match | hedged | too long
    target: str | None = None  # the accepted answer it matched
    distance: int = 0


# Chat words around a guess that are not themselves a guess ("fake love i think").
_FILLER_WORDS = """
    i im id ive me my mine it its is was be would must will should could might may think
    thinks thought guess guessing pretty sure surely definitely def obviously probably prob
    maybe perhaps answer final lol lmao haha hah hmm hm um umm uh erm ah oh ok okay so
    something whatever idk dunno know not no nope yes yeah yep ya totally easy of course
    that this the a an to for say go going gotta with right correct ez duh bet lock in
    am are please pls plz
"""
_FILLER = frozenset(_FILLER_WORDS.split())


def _digits(text: str) -> list[str]:
    return re.findall(r"\d+", text)


def accepted_targets(
    answer: str,
    aliases: Iterable[str] = (),
    answer_type: str = "thing",
    choices: Iterable[str] = (),
) -> list[Target]:
    """Every form that counts as right: the answer, its aliases, and (for people) the
    distinctive last word of a multi-word name (rule 5)."""
    targets: list[Target] = []
    seen: set[tuple[str, ...]] = set()
    for text in (answer, *aliases):
        tokens = tuple(answer_tokens(str(text)))
        if tokens and tokens not in seen:
            seen.add(tokens)
            targets.append(Target(tokens, str(text)))
    if answer_type.casefold() not in PERSON_TYPES:
        return targets
    full = {t.compact for t in targets}
    wrong_words = {
        w for c in choices if "".join(answer_tokens(c)) not in full for w in _name_words(c)
    }
    for target in list(targets):
        words = _name_words(target.source)
        if len(words) < 2:
            continue
        part = words[-1]
        if (
            len(part) >= MIN_PART_LENGTH
            and not any(ch.isdigit() for ch in part)
            and part not in wrong_words
            and (part,) not in seen
        ):
            part_tokens = tuple(normalize_tokens(part)) or (part,)
            seen.add((part,))
            targets.append(Target(part_tokens, target.source, part=True))
    return targets


def _name_words(name: str) -> list[str]:
    """A name's whitespace words, each compacted ("Kim Seok-jin" -> ["kim", "seokjin"])."""
    words = []
    for word in str(name).split():
        compact = "".join(normalize_tokens(word))
        if compact and compact not in NAME_SUFFIXES:
            words.append(compact)
    if words and words[0] in LEADING_ARTICLES:
        words = words[1:]
    return words


def _find(
    target: Target, words: Sequence[str], wrong: Sequence[str]
) -> tuple[int, int, int] | None:
    """Best (start, end, distance) of `target` in the message words, or None."""
    n = len(target.tokens)
    compact = target.compact
    # Exact, word breaks ignored: windows of 1 to n + 2 words.
    for size in range(1, n + 3):
        for start in range(len(words) - size + 1):
            if "".join(words[start : start + size]) == compact:
                return start, start + size, 0
    budget = typo_budget(len(compact))
    if budget == 0:
        return None
    want_digits = _digits(compact)
    best: tuple[int, int, int] | None = None
    for size in range(max(1, n - 1), n + 2):
        for start in range(len(words) - size + 1):
            window = words[start : start + size]
            joined = "".join(window)
            if _digits(joined) != want_digits:
                continue  # numbers are never fuzzy
            distance = OSA.distance(joined, compact, score_cutoff=budget)
            if distance > budget:
                continue
            if size == n and any(
                OSA.distance(w, t) > word_budget(len(t))
                for w, t in zip(window, target.tokens, strict=True)
            ):
                continue  # a short word changed: "Jun Kim" is not "Jin Kim"
            if any(OSA.distance(joined, other) <= distance for other in wrong):
                continue  # as close to a wrong choice: not our answer
            if best is None or distance < best[2]:
                best = (start, start + size, distance)
    return best


def _hedged(
    marked: Sequence[str], span: tuple[int, int], wrong: Sequence[str], words: Sequence[str]
) -> bool:
    """Does the message list other guesses besides the answer at words[span] (rule 6)?"""
    outside = [*words[: span[0]], "\x00", *words[span[1] :]]
    for other in wrong:  # a wrong choice named anywhere outside the answer
        for size in range(1, len(other) + 1):
            if any(
                "".join(outside[start : start + size]) == other
                for start in range(len(outside) - size + 1)
            ):
                return True
    # The answer becomes one ANSWER token; the rest is cut into segments at separators.
    index = [i for i, t in enumerate(marked) if not _is_mark(t)]
    first, last = index[span[0]], index[span[1] - 1]
    tokens = [*marked[:first], "\x00answer", *marked[last + 1 :]]
    segments: list[list[str]] = [[]]
    separators: list[str] = []  # separators[i] sits between segments[i] and segments[i + 1]
    for token in tokens:
        if token in (SEP_STRONG, SEP_WEAK) or token in _STRONG_WORDS:
            separators.append(SEP_STRONG if token in _STRONG_WORDS else token)
            segments.append([])
        else:
            segments[-1].append(token)
    strong = weak = 0
    for i, segment in enumerate(segments):
        if "\x00answer" in segment or all(w in _FILLER for w in segment):
            continue  # the answer's own segment, or "i think", "or something"
        around = {separators[j] for j in (i - 1, i) if 0 <= j < len(separators)}
        if SEP_STRONG in around:
            strong += 1
        else:
            weak += 1
    return strong >= 1 or weak >= 2


def match_answer(
    message: str,
    answer: str,
    aliases: Iterable[str] = (),
    answer_type: str = "thing",
    choices: Iterable[str] = (),
) -> Match:
    """Is `message` a right answer? See the module docstring for the rules.

    `choices` are the question's multiple-choice options, if it has any: the wrong ones
    help refuse hedged messages and near misses that are really another option.
    """
    marked = marked_tokens(message)
    words = [t for t in marked if not _is_mark(t)]
    if not words:
        return Match(False, "empty")
    choices = tuple(str(c) for c in choices)
    targets = accepted_targets(answer, aliases, answer_type, choices)
    longest = max((len(t.tokens) for t in targets), default=0)
    if len(words) > longest + 2 + MAX_EXTRA_WORDS:
        return Match(False, "too long")  # cheap exit before any window is compared
    accepted = {t.compact for t in targets}
    wrong = [c for c in ("".join(answer_tokens(c)) for c in choices) if c and c not in accepted]
    best: tuple[int, int, int, Target] | None = None
    for target in targets:
        found = _find(target, words, wrong)
        if found is None:
            continue
        rank = (found[2], target.part, -len(target.compact))
        if best is None or rank < (best[2], best[3].part, -len(best[3].compact)):
            best = (*found, target)
    if best is None:
        return Match(False, "no match")
    start, end, distance, target = best
    if len(words) - (end - start) > MAX_EXTRA_WORDS:
        return Match(False, "too long", target.source, distance)
    if _hedged(marked, (start, end), wrong, words):
        return Match(False, "hedged", target.source, distance)
    reason = "part" if target.part else ("typo" if distance else "exact")
    return Match(True, reason, target.source, distance)


def is_correct(
    message: str,
    answer: str,
    aliases: Iterable[str] = (),
    answer_type: str = "thing",
    choices: Iterable[str] = (),
) -> bool:
    """`match_answer(...).ok`."""
    return match_answer(message, answer, aliases, answer_type, choices).ok

"""Words for retrieval and answers for comparison.

- `span_terms`: the BM25 terms of a span: lower-cased lemmas of its content words, split
  on non-word characters (a merged quoted title gives its words), stop words dropped.
- `SYNONYMS`: a small general-English thesaurus of the words fans use for the same thing
  ("tune" for song, "play" for perform). Written from general knowledge of how fan articles
  and questions are phrased, never from the evaluation files; the glossary adds names.
- `normalize_answer` and `answers_match`: SQuAD's official normalisation, and a tolerant
  comparison for "is this the answer we expected?" (surname alone, a list containing it,
  a glossary alias).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from questions.glossary import Glossary

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
QUESTION_WORDS = {"who", "whom", "whose", "what", "which", "when", "where", "why", "how"}
# Stop words that carry meaning for a question's slot are still not search terms.
STOP = set(STOP_WORDS) | {"'s", "’s", "also", "even", "really", "much", "many"}

# Groups of words used interchangeably in fan writing. Each word expands to the others.
_SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("song", "tune", "track", "single", "hit", "anthem", "ballad", "number"),
    ("album", "record", "ep", "mixtape", "lp"),
    ("perform", "play", "sing", "performance", "rendition", "showcase"),
    ("concert", "gig", "show", "performance"),
    ("meet", "greet", "encounter", "bump", "meeting", "meetup"),
    ("win", "won", "receive", "earn", "claim", "take", "scoop", "collect", "bag", "victory"),
    ("award", "prize", "trophy", "honour", "honor"),
    ("group", "band", "septet", "sextet", "quintet", "quartet", "trio", "duo", "octet"),
    ("film", "movie", "picture"),
    ("direct", "director", "helm"),
    ("release", "drop", "launch", "unveil", "debut"),
    ("score", "net", "goal"),
    ("coach", "manager", "boss"),
    ("team", "club", "side", "squad"),
    ("stadium", "arena", "venue", "ground"),
    ("start", "begin", "kick", "open"),
    ("end", "finish", "close", "conclude", "wrap"),
    ("child", "kid", "daughter", "son"),
    ("say", "tell", "reveal", "explain", "add", "announce", "state"),
    ("create", "found", "form", "establish", "start"),
    ("write", "compose", "pen", "author"),
    ("sell", "sale"),
    ("join", "sign"),
    ("leave", "quit", "depart", "exit"),
    ("beat", "defeat", "overcome"),
    ("lose", "loss"),
    ("star", "appear", "feature"),
    ("fan", "fandom", "supporter"),
    ("birth", "born", "bear"),
    ("die", "death", "pass"),
    ("marry", "wed", "wedding", "marriage"),
    ("top", "lead", "head", "chart"),
    ("buy", "purchase", "acquire"),
    ("compete", "competition", "contest"),
    ("celebrity", "celeb", "star"),
    ("country", "nation"),
    ("city", "town"),
    ("begin", "debut", "first"),
)
SYNONYMS: dict[str, frozenset[str]] = {}
for _group in _SYNONYM_GROUPS:
    for _word in _group:
        SYNONYMS[_word] = SYNONYMS.get(_word, frozenset()) | frozenset(_group)


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in WORD.findall(text)]


def token_terms(token: Token) -> list[str]:
    if token.is_punct or token.is_space:
        return []
    if token.like_num or not token.is_alpha:
        base = token.text if len(token.text) > 1 or token.is_alpha else token.lemma_
    else:
        base = token.lemma_ if token.lemma_ and token.lemma_ != "-PRON-" else token.text
    return [w for w in words(base) if w not in STOP and w not in QUESTION_WORDS]


def span_terms(tokens: Iterable[Token]) -> list[str]:
    out: list[str] = []
    for token in tokens:
        out.extend(token_terms(token))
    return out


def name_terms(name: str) -> list[str]:
    return [w for w in words(name) if w not in STOP]


def expand(term: str) -> frozenset[str]:
    return SYNONYMS.get(term, frozenset((term,)))


def content_lemmas(span: Span | Iterable[Token]) -> set[str]:
    return set(span_terms(span))


# ------------------------------------------------------------------------ answers
_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCT = set(string.punctuation) | {"’", "‘", "“", "”", "–", "—", "…"}


def normalize_answer(text: str) -> str:
    """SQuAD v1.1's official normalisation: lower case, no punctuation, no a/an/the,
    white space folded."""
    text = text.lower()
    text = "".join(ch for ch in text if ch not in _PUNCT)
    text = _ARTICLES.sub(" ", text)
    return " ".join(text.split())


def answers_match(expected: str, got: str | None, glossary: Glossary | None = None) -> bool:
    """Is `got` an acceptable answer for `expected`?

    Equal after SQuAD normalisation, or the same glossary entry, or one is a part of the
    other that still names it: "Legend" for "John Legend", "2018" for "in 2018", a list
    "Taylor Swift, DJ Khalid and John Legend" that contains "John Legend". A longer
    phrase that merely mentions the answer among many other words does not count.
    """
    if got is None:
        return False
    a, b = normalize_answer(expected), normalize_answer(got)
    if not a or not b:
        return False
    if a == b:
        return True
    if glossary is not None:
        ea, eb = glossary.lookup(expected), glossary.lookup(got)
        if ea is not None and ea is eb:
            return True
    ta, tb = a.split(), b.split()
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if not _contains(long_, short):
        return False
    extra = [w for w in long_ if w not in short and w not in STOP and w != "and"]
    if short is tb:  # the answer given is a part of the expected one
        # a surname or the head of a title, not a stray common word
        return short[-1] == long_[-1] or len(short) * 2 >= len(long_)
    # the answer given is longer: fine if it is a list or a few qualifying words
    return len(extra) <= 2 or "and" in long_ or "," in got


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))

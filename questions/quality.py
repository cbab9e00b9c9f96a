"""Overgenerate, then rank (Heilman & Smith): a quality score per candidate question, and
the per-article selection that keeps the best ones.

The score is read from the question's surface and form only (no article words): short,
flat questions with a specific wh-word and an answer that is not the article's main
topic rank first. An article keeps at most `MAX_SAME_ANSWER` questions with one answer
(fewer when the answer is what the whole article is about: "Which character ...?" ->
Link ten times is one question asked ten times) and at most one question per
`WORDS_PER_QUESTION` words of text (never fewer than `MIN_CAP`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from questions import acceptability, gates
from questions.generate import Candidate

MAX_SAME_ANSWER = 3
MAX_MAIN_ANSWER = 2  # the article's most-mentioned name as the answer
WORDS_PER_QUESTION = 15
WORDS_PER_SAME_ANSWER = 500  # one more question per answer for every 500 words
WORDS_PER_MAIN_ANSWER = 1000
MAX_MAIN_GROWN = 4  # the main name is the easy answer: never more than 4 times
MIN_CAP = 30
FORM_PENALTY = {"blank": 0.1, "truefalse": 0.15}
VAGUE_WH = ("What ", "Which name ")


def main_answer(counts: Counter[str]) -> str | None:
    """The name the article is about: mentioned most, and clearly more than the next."""
    ranked = counts.most_common(2)
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0][1] >= max(3, int(1.5 * ranked[1][1])):
        return ranked[0][0]
    return None


def quality(candidate: Candidate, main: str | None = None) -> float:
    """Higher is better, about 0..1. Penalties: length and commas in the question proper
    (long clauses read as garble), a bare "What"/"Which name" (the wh-word says nothing
    of the answer), fill-in-the-blank and true/false forms (duller), and an answer that
    is the article's main topic (trivial: a fan guesses it without reading)."""
    body = gates._body(candidate.question)
    words = len(body.split())
    value = 1.0
    value -= 0.02 * max(words - 12, 0)
    value -= 0.08 * body.count(",")
    value -= FORM_PENALTY.get(candidate.form, 0.0)
    if candidate.question.startswith(VAGUE_WH) or ("Which name fills" in candidate.question):
        value -= 0.05
    if main is not None and gates.normalise(candidate.answer) == gates.normalise(main):
        value -= 0.25
    return round(value, 3)


def select(
    candidates: Sequence[Candidate], counts: Counter[str], words: int, doc: Doc | None = None
) -> list[Candidate]:
    """The candidates to hand to the gates, best first among those the cheap gates would
    pass; the ones the gates reject anyway are kept (so the engine counts why). The
    acceptability checks run here too (with the parse when `doc` is given), so a
    rejected question never takes a per-answer slot a good one could have had."""
    main = main_answer(counts)
    failing: list[tuple[int, Candidate]] = []
    passing: list[tuple[float, int, Candidate]] = []
    seen: set[str] = set()
    index = acceptability.SentenceIndex(doc) if doc is not None else None
    for order, candidate in enumerate(candidates):
        reason = acceptability.check(
            candidate.question, candidate.answer, candidate.form, candidate.answer_type,
            candidate.sentence, index,
        ) or gates.check(
            candidate.question, candidate.answer, (), candidate.sentence, seen
        )
        if reason == "duplicate":
            continue  # the same question from another clause: asked once
        if reason is not None:
            failing.append((order, candidate))
        else:
            passing.append((quality(candidate, main), order, candidate))
    passing.sort(key=lambda item: (-item[0], item[1]))
    cap = max(MIN_CAP, words // WORDS_PER_QUESTION)
    # A long article (a 60-paragraph Wikipedia page) says many things about its main
    # names: the per-answer limits grow with its length.
    same_limit = max(MAX_SAME_ANSWER, words // WORDS_PER_SAME_ANSWER)
    main_limit = min(MAX_MAIN_GROWN, max(MAX_MAIN_ANSWER, words // WORDS_PER_MAIN_ANSWER))
    per_answer: Counter[str] = Counter()
    kept: list[tuple[int, Candidate]] = []
    for _, order, candidate in passing:
        if len(kept) >= cap:
            break
        key = gates.normalise(candidate.answer)
        if candidate.form != "truefalse":
            limit = main_limit if main and key == gates.normalise(main) else same_limit
            if per_answer[key] >= limit:
                continue
            per_answer[key] += 1
        kept.append((order, candidate))
    kept.extend(failing)
    kept.sort(key=lambda item: item[0])  # article order again: the source reads in order
    return [candidate for _, candidate in kept]

"""What answering needs from a sentence, independent of any question.

Computed once per sentence when the index is built (not on a sentence's first use by a
question, which made the slow tail of the latency), and shared by every index entry
that quotes the same parsed sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from questions.glossary import Glossary
from questions.lookup.candidates import Candidate, sentence_candidates
from questions.lookup.terms import name_terms, span_terms, words


@dataclass(slots=True)
class Analysis:
    candidates: list[Candidate]
    cand_terms: list[tuple[list[str], list[str]]]  # (words as written, words shown)
    terms: dict[int, set[str]]  # token -> its terms and its resolved name's terms
    lemmas: dict[int, str]
    verbs_at: list[int]  # tokens that can be the question's verb (not nouns)
    loose_verbs: dict[int, str]  # token -> the verb it could be (mis-tagged "squeals")
    heads: tuple[int, ...]  # each token's head, as doc indices (the parse as a graph)


def analyse(sent: Span, resolved: dict[int, str], glossary: Glossary | None) -> Analysis:
    candidates = sentence_candidates(sent, resolved, glossary)
    cand_terms = [
        ([t for t in span_terms(sent.doc[c.start : c.end]) if t not in {"'s", "s"}],
         [t for t in words(c.text) if t not in {"'s", "s"}])
        for c in candidates
    ]
    terms: dict[int, set[str]] = {}
    for token in sent:
        own = set(span_terms([token]))
        if token.i in resolved:
            own |= set(name_terms(resolved[token.i]))
        if own:
            terms[token.i] = own
    return Analysis(
        candidates=candidates,
        cand_terms=cand_terms,
        terms=terms,
        lemmas={t.i: t.lemma_.lower() for t in sent},
        verbs_at=[t.i for t in sent if t.pos_ != "NOUN"],
        loose_verbs={t.i: f for t in sent if (f := verb_form(t))},
        heads=tuple(t.head.i for t in sent),
    )


def verb_form(token: Token) -> str:
    """The verb a word could be when the tagger got it wrong ("V squeals" as a noun)."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and token.lower_.endswith("s") and lemma == token.lower_[:-1]:
        return lemma
    return lemma if token.pos_ in {"VERB", "AUX"} else ""

"""The search index: every sentence of every article, scored with BM25 (bm25s).

A sentence's terms are its content lemmas, plus the full names its mentions resolve to
("Legend" and "he" also index as "John Legend", "the septet" as "BTS"), plus the
canonical names of glossary aliases. Each sentence is also scored through its paragraph
(with the article's title), so a question can find a sentence that says "she" when the
paragraph names the person. Articles can be added and removed; the BM25 matrices are
rebuilt lazily on the next search (cheap next to parsing, which is cached on disk by
`pipeline.parse`).
"""

from __future__ import annotations

import bisect
import logging
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import bm25s
import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA
from spacy.tokens import Doc, Span

from questions.glossary import Glossary
from questions.lookup.analysis import Analysis, analyse
from questions.lookup.pipeline import Parsed
from questions.lookup.resolve import GROUP_DESCRIPTORS, resolve_article
from questions.lookup.terms import TYPO_WEIGHT, VARIANT_WEIGHT, name_terms, span_terms, stem
from questions.types import Article

# bm25s logs progress bars and notices at INFO; the look-up is called per question.
logging.getLogger("bm25s").setLevel(logging.WARNING)

PARAGRAPH_WEIGHT = 0.35  # share of the paragraph's score added to each of its sentences
MIN_SENTENCE_TOKENS = 3
# share of the previous sentence's score (same paragraph) added to a sentence: the
# answer sentence often names its subject only as "he" or "the film"
NEIGHBOUR_WEIGHT = 0.15


# entity kinds of an article's opening sentence that say which event it reports on
FRAME_LABELS = {"ORDINAL", "EVENT"}


@dataclass
class ArticleEntry:
    article: Article
    doc: Doc
    resolved: dict[int, str]  # token index -> full name
    sentences: list[Span] | None = None  # a chosen subset (recombined corpora); None: all
    descriptors: dict[str, Counter] = field(default_factory=dict)  # "dutchman" -> {name: n}


@dataclass
class SentenceEntry:
    sent: Span
    owner: ArticleEntry
    paragraph: int  # index into LookupIndex.paragraph_terms
    terms: list[str]
    analysis: Analysis | None = None  # candidates and parse facts, filled at build time
    context: list[str] = field(default_factory=list)  # the article title's terms it lacks
    lead: int = -1  # index into LookupIndex.paragraph_terms of its article's first paragraph

    @property
    def article(self) -> Article:
        return self.owner.article

    @property
    def text(self) -> str:
        return " ".join(self.sent.text.split())


@dataclass
class Hit:
    entry: SentenceEntry
    score: float  # combined sentence + paragraph BM25


@dataclass
class LookupIndex:
    glossary: Glossary | None = None
    articles: dict[str, ArticleEntry] = field(default_factory=dict)
    sentences: list[SentenceEntry] = field(default_factory=list)
    paragraph_terms: list[list[str]] = field(default_factory=list)
    descriptors: dict[str, Counter] = field(default_factory=dict)  # "septet" -> {BTS: 3}
    acronyms: dict[str, Counter] = field(default_factory=dict)  # "aot" -> {Attack on Titan: 2}
    df: Counter = field(default_factory=Counter)  # sentence document frequency per term
    _sent_bm25: bm25s.BM25 | None = None
    _para_bm25: bm25s.BM25 | None = None
    _para_of: np.ndarray | None = None
    _prev_share: np.ndarray | None = None  # share of the sentence before (same paragraph)
    _dirty: bool = True
    _stems: dict[str, list[str]] = field(default_factory=dict)  # stem -> article words
    _shapes: dict[tuple[str, int], list[str]] = field(default_factory=dict)  # (first, len)
    # (id(doc), sentence start) -> (doc, analysis): one analysis per parsed sentence, kept
    # across rebuilds (adding an article analyses only its own sentences)
    _analyses: dict[tuple[int, int], tuple[Doc, Analysis]] = field(default_factory=dict)

    # ------------------------------------------------------------------ building
    @classmethod
    def build(cls, parsed: Iterable[Parsed], glossary: Glossary | None = None) -> LookupIndex:
        index = cls(glossary=glossary)
        index.add(parsed)
        index.refresh()
        return index

    def add(self, parsed: Iterable[Parsed]) -> None:
        for item in parsed:
            doc = getattr(item, "doc", None)
            article = getattr(item, "article", None)
            if doc is None or article is None:
                raise TypeError("LookupIndex.add takes parsed articles (.article and .doc)")
            resolved, learnt = resolve_article(doc, self.glossary)
            self.articles[article.name] = ArticleEntry(article, doc, resolved,
                                                       descriptors=learnt)
        self._dirty = True

    def add_entries(self, entries: Iterable[ArticleEntry]) -> None:
        """Add already-resolved articles (the benchmark's recombined corpus uses this)."""
        for entry in entries:
            self.articles[entry.article.name] = entry
        self._dirty = True

    def remove(self, names: Iterable[str]) -> None:
        for name in names:
            self.articles.pop(name, None)
        self._dirty = True

    def refresh(self) -> None:
        if not self._dirty:
            return
        self.sentences = []
        self.paragraph_terms = []
        self.descriptors = {}
        self.acronyms = {}
        self.df = Counter()
        for owner in self.articles.values():
            self._add_article(owner)
        self._analyse_all()
        para_of = [s.paragraph for s in self.sentences]
        self._para_of = np.asarray(para_of, dtype=np.int64)
        # NEIGHBOUR_WEIGHT where the sentence before is in the same paragraph, else 0
        self._prev_share = np.asarray(
            [NEIGHBOUR_WEIGHT if i and para_of[i - 1] == para_of[i] else 0.0
             for i in range(len(para_of))], dtype=np.float64)
        self._sent_bm25 = _bm25([s.terms + s.context for s in self.sentences])
        self._stems, self._shapes = _vocabulary(self.df)
        self._para_bm25 = _bm25(self.paragraph_terms)
        self._dirty = False

    def _add_article(self, owner: ArticleEntry) -> None:
        doc, resolved = owner.doc, owner.resolved
        breaks = _paragraph_breaks(doc)
        title_terms = name_terms(owner.article.title)
        paragraphs: dict[tuple[int, int], list[str]] = {}
        numbers: dict[tuple[int, int], int] = {}
        sents = owner.sentences if owner.sentences is not None else doc.sents
        for word, names in owner.descriptors.items():
            self.descriptors.setdefault(word, Counter()).update(names)
        for name in _long_names(doc):
            shown = name[4:] if name.lower().startswith("the ") else name
            for key in initials(name):
                self.acronyms.setdefault(key, Counter())[shown] += 1
        frame: list[str] | None = None  # the names of the article's first sentence
        for sent in sents:
            if not _is_sentence(sent):
                continue
            if frame is None:
                # the opening sentence names the event and its edition every sentence
                # reports on ("... owned the 67th Grammy Awards"); like the title, those
                # words are said by each sentence, so a question naming the edition does
                # not favour the lead over the sentence with the answer
                frame = [t for ent in sent.ents if ent.label_ in FRAME_LABELS
                         for t in name_terms(ent.text)]
                title_terms = list(dict.fromkeys(title_terms + frame))
            terms = span_terms(sent)
            for i, name in _resolved_names(sent, resolved):
                terms.extend(name_terms(name))
                word = doc[i].lower_
                if word in GROUP_DESCRIPTORS:
                    self.descriptors.setdefault(word, Counter())[name] += 1
            key = (id(sent.doc), bisect.bisect_left(breaks, sent.start_char))
            if key not in numbers:
                if not numbers:
                    lead = len(self.paragraph_terms)
                numbers[key] = len(self.paragraph_terms)
                paragraphs[key] = list(title_terms)
                self.paragraph_terms.append(paragraphs[key])
            paragraphs[key].extend(terms)
            # the title says what every sentence of the article is about: a question naming
            # the topic ("... in House of the Dragon?") should not favour the one sentence
            # that spells the topic out (the lead) over those that say "the show"
            said = set(terms)
            context = [t for t in dict.fromkeys(title_terms) if t not in said]
            self.sentences.append(
                SentenceEntry(sent, owner, numbers[key], terms, None, context, lead))
            self.df.update(said)

    def _analyse_all(self) -> None:
        kept: dict[tuple[int, int], tuple[Doc, Analysis]] = {}
        for entry in self.sentences:
            sent = entry.sent
            key = (id(sent.doc), sent.start)
            known = kept.get(key) or self._analyses.get(key)
            if known is None or known[0] is not sent.doc:
                known = (sent.doc, analyse(sent, entry.owner.resolved, self.glossary))
            kept[key] = known
            entry.analysis = known[1]
        self._analyses = kept  # removed articles' sentences are dropped

    # ------------------------------------------------------------------ searching
    def search(self, terms: Sequence[str], k: int = 8) -> list[Hit]:
        """The k best sentences for the terms (a `terms.Query` brings weighted groups;
        a plain list counts each word once, at full weight)."""
        self.refresh()
        if not self.sentences or self._sent_bm25 is None:
            return []
        groups = getattr(terms, "groups", None)
        if groups is None:
            groups = [{t: 1.0} for t in terms]
        groups = self.variants(groups)
        scores = _group_scores(self._sent_bm25, groups)
        if scores is None:
            return []
        if self._para_bm25 is not None and self.paragraph_terms:
            para = _group_scores(self._para_bm25, groups)
            if para is not None:
                scores += PARAGRAPH_WEIGHT * para[self._para_of]
        if NEIGHBOUR_WEIGHT and self._prev_share is not None and len(scores) > 1:
            # the sentence before in the same paragraph often names who "he" is
            scores[1:] += self._prev_share[1:] * scores[:-1].copy()
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [Hit(self.sentences[i], float(scores[i])) for i in top if scores[i] > 0]

    def variants(self, groups: list[dict[str, float]]) -> list[dict[str, float]]:
        """Each group with the article words that are other forms of its words: the same
        stem ("married" finds "marriage", "Grammy" finds "Grammys"), and for a word no
        article has, one a letter off or with two letters swapped ("Beyonse"), or the
        two article words it joins ("Superbowl")."""
        out = []
        for group in groups:
            wider = dict(group)
            for term, weight in group.items():
                if weight < 1.0:
                    continue  # a thesaurus word's own variants drift too far
                key = stem(term)
                for other in self._stems.get(key, ()) if key else ():
                    wider.setdefault(other, weight * VARIANT_WEIGHT)
                if term not in self.df and len(term) >= 5 and term.isalpha():
                    for other in self._typos(term):
                        wider.setdefault(other, weight * TYPO_WEIGHT)
                    out.extend({part: weight * TYPO_WEIGHT} for part in self._split(term))
            out.append(wider)
        return out

    def _typos(self, term: str) -> list[str]:
        near = [w for n in (len(term) - 1, len(term), len(term) + 1)
                for w in self._shapes.get((term[0], n), ())]
        return [w for w, _, _ in process.extract(
            term, near, scorer=OSA.distance, score_cutoff=1, limit=3)]

    def _split(self, term: str) -> list[str]:
        for cut in range(3, len(term) - 2):
            left, right = term[:cut], term[cut:]
            if self.df.get(left, 0) and self.df.get(right, 0):
                return [left, right]
        return []

    def idf(self, term: str) -> float:
        n = max(len(self.sentences), 1)
        return math.log(1 + (n - self.df.get(term, 0) + 0.5) / (self.df.get(term, 0) + 0.5))

    def knows(self, term: str) -> bool:
        return term in self.df

    def __len__(self) -> int:
        return len(self.articles)


ACRONYM_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT",
                  "NORP", "LAW"}
_SMALL_WORDS = {"of", "the", "on", "and", "in", "at", "for", "a", "an", "to", "&"}


_LONG_NAMES: dict[int, tuple[Doc, list[str]]] = {}


def _long_names(doc: Doc) -> list[str]:
    """`_names_of` a parsed article, kept for the last few (recombined corpora share
    their parses)."""
    known = _LONG_NAMES.get(id(doc))
    if known is None or known[0] is not doc:
        if len(_LONG_NAMES) > 256:
            _LONG_NAMES.clear()
        known = _LONG_NAMES[id(doc)] = (doc, _names_of(doc))
    return known[1]


def _names_of(doc: Doc) -> list[str]:
    """The article's names of two words or more: its entities, and runs of capitalised
    words (small words between them) the model left untagged ("Attack on Titan")."""
    out = [ent.text for ent in doc.ents if ent.label_ in ACRONYM_LABELS and len(ent) > 1]
    out += [t.text.strip("\"“”'") for t in doc if " " in t.text.strip()]  # merged titles
    run: list = []
    for token in [*doc, None]:
        if token is not None and " " not in token.text and (
            (token.is_title and token.is_alpha and not token.is_sent_start)
            or (run and (token.lower_ in _SMALL_WORDS or token.tag_ == "POS"))
            or (run and token.like_num and run[-1].is_title)  # "Baldur's Gate 3"
        ):
            run.append(token)
            continue
        while run and not run[-1].is_title and not run[-1].like_num:
            run.pop()  # "Attack on" of "Attack on the ..." ends on a capital
        if sum(t.is_title for t in run) >= 2:
            out.append(doc[run[0].i : run[-1].i + 1].text)
        run = []
    return out


def initials(name: str) -> set[str]:
    """The acronyms a name may go by: the first letters of its words, a number kept
    whole, with and without its small words ("Attack on Titan" -> "aot", "at"; "The
    Game Awards" -> "tga", "ga"; "Baldur's Gate 3" -> "bg3"). Two letters at least."""
    parts = [w for w in name.replace("'s", "").replace("’s", "").split() if w]
    if len(parts) < 2:
        return set()

    def letters(words: list[str]) -> str:
        return "".join(w if any(c.isdigit() for c in w) else w[0] for w in words).lower()

    out = {letters(parts), letters([w for w in parts if w.lower() not in _SMALL_WORDS])}
    return {k for k in out if len(k) >= 2 and k.isalnum()}


def _group_scores(model: bm25s.BM25 | None, groups: list[dict[str, float]]
                  ) -> np.ndarray | None:
    """BM25 over weighted groups: each document scores, per group, its best member's
    term score times that member's weight. Read straight from bm25s's sparse term-by-
    document scores (`scores["indptr"]` is per term), so only matching documents are
    touched. None when no word of any group is in the vocabulary."""
    if model is None:
        return None
    vocab = model.vocab_dict
    data, indices, indptr = (model.scores[k] for k in ("data", "indices", "indptr"))
    n = model.scores["num_docs"]
    out = np.zeros(n, dtype=np.float64)
    best: np.ndarray | None = None  # per-document best member of the current group
    found = False
    for group in groups:
        ids = [(vocab[t], w) for t, w in group.items() if t in vocab and w > 0]
        if not ids:
            continue
        found = True
        if len(ids) == 1:
            (t, w), = ids
            out[indices[indptr[t] : indptr[t + 1]]] += w * data[indptr[t] : indptr[t + 1]]
            continue
        if best is None:
            best = np.zeros(n, dtype=np.float64)
        touched = []
        for t, w in ids:
            docs = indices[indptr[t] : indptr[t + 1]]  # unique within one term
            best[docs] = np.maximum(best[docs], w * data[indptr[t] : indptr[t + 1]])
            touched.append(docs)
        docs = np.concatenate(touched)
        # fancy-index += adds once per distinct document even when docs repeats one
        out[docs] += best[docs]
        best[docs] = 0.0
    return out if found else None


def _vocabulary(df: Counter) -> tuple[dict[str, list[str]], dict[tuple[str, int], list[str]]]:
    stems: dict[str, list[str]] = {}
    shapes: dict[tuple[str, int], list[str]] = {}
    for word in df:
        key = stem(word)
        if key is None:
            continue
        stems.setdefault(key, []).append(word)
        shapes.setdefault((word[0], len(word)), []).append(word)
    return stems, shapes


def _paragraph_breaks(doc: Doc) -> list[int]:
    cached = doc.user_data.get("lookup_breaks")
    if cached is None:
        text = doc.text
        cached = [i for i in range(len(text) - 1) if text[i] == "\n" and text[i + 1] == "\n"]
        doc.user_data["lookup_breaks"] = cached
    return cached


def _bm25(corpus: list[list[str]]) -> bm25s.BM25 | None:
    if not corpus:
        return None
    model = bm25s.BM25()
    # an empty document needs a placeholder token for bm25s; it never matches a query
    model.index([terms or ["\u2400"] for terms in corpus], show_progress=False)
    return model


def _is_sentence(sent: Span) -> bool:
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if len(words) < MIN_SENTENCE_TOKENS:
        return False
    last = sent.text.rstrip()[-1:]
    has_verb = any(t.pos_ in {"VERB", "AUX"} for t in sent)
    return has_verb or last in {".", "!", "?", '"', "”", ")"}


def _resolved_names(sent: Span, resolved: dict[int, str]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    last = None
    for token in sent:
        name = resolved.get(token.i)
        if name and name != last:
            out.append((token.i, name))
        last = name
    return out

"""The engine's and wrong choices' fast paths find exactly what the plain loops find.

Each fast path narrows a search (lemma ids instead of every token, one rapidfuzz call
instead of a pairwise loop); these tests run the plain loop beside it on real parses."""

from __future__ import annotations

from pathlib import Path

import pytest

from questions.article import read_article
from questions.choices import ChoicePool, _clashes
from questions.engine import QuestionEngine, _possessive_facts, kin_tokens
from questions.generate import possessive_questions
from questions.mentions import resolve_mentions
from questions.nlp import ParsedArticle

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "bts-bbma-2018.txt"
ARTICLES = ROOT / "tests" / "data" / "articles"


@pytest.fixture(scope="module")
def parsed(engine: QuestionEngine) -> list[ParsedArticle]:
    paths = [SEED, *sorted(ARTICLES.glob("*.txt"))]
    return engine.parse([read_article(p) for p in paths])


def test_kin_tokens_hold_every_token_a_possessive_question_starts_from(parsed, glossary):
    found = 0
    for item in parsed:
        mentions = resolve_mentions(item.doc, glossary)
        every = [t.i for t in item.doc if possessive_questions(t, mentions)]
        assert set(every) <= {t.i for t in kin_tokens(item.doc)}, item.article.name
        found += len(every)
    assert found >= 1  # the seed's "John Legend's daughter Luna"


def test_possessive_facts_are_those_of_the_plain_loop(parsed, glossary):
    seed = parsed[0]
    mentions = resolve_mentions(seed.doc, glossary)
    facts = _possessive_facts(seed, mentions)
    assert any(f.object == "John Legend" and "daughter" in f.relation for f in facts)
    plain = [q for t in seed.doc for q in possessive_questions(t, mentions) if q[3] == "whose"]
    assert len(facts) == len(plain)


def probes(pool: ChoicePool) -> list[str]:
    """Every name in the pool, and variants a near-duplicate test must catch."""
    names = [name for kind in pool.types() for c in pool.candidates(kind) for name in c.names]
    variants = []
    for name in names[:200]:
        variants += [name.lower(), f"{name} (Remix)", name.split()[-1], name[:-1]]
        words = name.split()
        if len(words) > 1:
            variants.append("".join(w[0] for w in words).upper())  # an initialism
    return names + variants + ["RM", "BBMA", "Fake Lov", "the Weeknd", "2018", ""]


def test_clashing_finds_what_the_pairwise_loop_finds(parsed, glossary):
    pool = ChoicePool.build(parsed, glossary)
    checked = 0
    for kind in pool.types():
        for name in probes(pool)[:: max(1, len(pool.types()) // 3)]:
            loop = [c for c in pool.candidates(kind) if _clashes(c.names, [name])]
            assert pool.clashing(kind, name) == loop, (kind, name)
            checked += bool(loop)
    assert checked > 50


def test_adding_a_name_refreshes_the_clash_index(glossary):
    pool = ChoicePool.from_items([("Fake Love", "song"), ("Idol", "song")], glossary)
    assert [c.text for c in pool.clashing("song", "Fake Love (Remix)")] == ["Fake Love"]
    pool.add("Fake Love Remix", "song")
    found = [c.text for c in pool.clashing("song", "Fake Love (Remix)")]
    assert found == ["Fake Love", "Fake Love Remix"]


def test_fine_type_getter_reads_where_spacy_keeps_the_extension(nlp):
    from questions.nlp import _FINE_TYPES_KEY

    doc = nlp("At the Billboard Music Awards 2018, BTS performed Fake Love.")
    assert doc.user_data[_FINE_TYPES_KEY] is doc._.ft_fine_types
    assert [e._.fine_type for e in doc.ents] == ["award_show", "group", "song"]


def test_per_token_starts_hold_every_token_a_maker_starts_from(parsed, glossary):
    from questions.generate import (
        _per_token_starts,
        appositive_questions,
        debut_questions,
        whose_questions,
    )

    found = 0
    for item in parsed:
        mentions = resolve_mentions(item.doc, glossary)
        every = {
            t.i for t in item.doc
            if possessive_questions(t, mentions) or appositive_questions(t, mentions)
            or debut_questions(t, mentions)
            or (t.tag_ == "WP$" and whose_questions(t, mentions))
        }
        starts = [t.i for t in _per_token_starts(item.doc, mentions)]
        assert starts == sorted(starts)
        assert every <= set(starts), item.article.name
        found += len(every)
    assert found >= 2


def test_appositions_from_their_heads_are_those_of_every_token(parsed):
    from questions.generate import appositions

    found = 0
    for item in parsed:
        fast = appositions(item.doc)
        assert fast == appositions(list(item.doc)), item.article.name  # every token tried
        found += len(fast)
    assert found >= 1


def test_tokens_where_is_the_plain_filter(parsed):
    from spacy.attrs import DEP, LEMMA, LOWER, POS, TAG

    from questions.nlp import tokens_where

    doc = parsed[0].doc
    cases = [
        (LEMMA, lambda s: s.lower() in {"daughter", "album", "be"}, lambda t: t.lemma_),
        (LOWER, {"the", "group"}.__contains__, lambda t: t.lower_),
        (DEP, "compound".__eq__, lambda t: t.dep_),
        (POS, "PROPN".__eq__, lambda t: t.pos_),
        (TAG, "WP$".__eq__, lambda t: t.tag_),
    ]
    for attr, test, read in cases:
        assert [t.i for t in tokens_where(doc, attr, test)] == [
            t.i for t in doc if test(read(t))
        ], attr
    assert tokens_where(doc, POS, "NO SUCH POS".__eq__) == []
    # the per-doc value index: alternating docs and attributes, each answer still the scan's
    other = parsed[1].doc
    words = {"the": 1, "and": 2}
    for d in (doc, other, doc, other):
        for attr, test, read in [*cases, (LOWER, words.__contains__, lambda t: t.lower_)]:
            assert [t.i for t in tokens_where(d, attr, test)] == [
                t.i for t in d if test(read(t))
            ], attr


def test_covering_index_finds_what_a_scan_finds(parsed, glossary):
    from questions.mentions import Mention, MentionTable

    def scan(mentions, token):
        return next(
            (m for m in mentions.by_start.values() if m.start <= token.i < m.end), None
        )

    for item in parsed:
        mentions = resolve_mentions(item.doc, glossary)
        assert isinstance(mentions.by_start, MentionTable)
        assert all(mentions.covering(t) == scan(mentions, t) for t in item.doc)
    # a change to the table is seen at once: an added mention, an overlap (the first in
    # table order wins, as a scan finds), a removed one, a plain dict put in its place
    doc = parsed[0].doc
    mentions = resolve_mentions(doc, glossary)
    first = min(mentions.by_start)
    mentions.by_start[first + 1000] = Mention(first, first + 3, "Overlap", "thing")
    assert mentions.covering(doc[first]) == scan(mentions, doc[first]) != mentions.by_start[
        first + 1000
    ]
    removed = mentions.by_start.pop(first)
    assert mentions.covering(doc[first]).name == "Overlap" != removed.name
    mentions.by_start = dict(mentions.by_start)
    del mentions.by_start[first + 1000]
    assert mentions.covering(doc[first]) == scan(mentions, doc[first])


def test_sentence_context_from_the_doc_entities_is_that_of_the_sentence(parsed, glossary):
    from questions.facts import sentence_context

    found = 0
    for item in parsed:
        mentions = resolve_mentions(item.doc, glossary)
        ents = item.doc.ents
        for sent in item.doc.sents:
            context = sentence_context(sent, mentions, ents)
            assert context == sentence_context(sent, mentions), sent.text
            found += "time" in context
    assert found >= 1


def test_unlabelled_name_prefilter_is_the_plain_scan(nlp):
    from questions.mentions import (
        Mentions,
        _surname_read_as_noun,
        _unlabelled_name_word,
        _unlabelled_name_words,
        _untyped_with_pos,
    )

    doc = nlp(
        "Okonjo scored twice. ZEPHYRA have made history with the No. 9 shirt, and "
        "series protagonist Maren Vell met coach Ilsa Brandt in Lisbon on Friday."
    )
    assert _unlabelled_name_words(doc) == [_unlabelled_name_word(t) for t in doc]
    empty = Mentions()
    assert [t.i for t in _untyped_with_pos(doc, "NOUN") if _surname_read_as_noun(t, empty)] == [
        t.i for t in doc if _surname_read_as_noun(t, empty)
    ]


def test_split_surnames_from_the_tag_array(nlp):
    from questions.mentions import _split_surnames

    doc = nlp(
        "Coach Ravi Mehtani praised Anil Mehtani after the final. Later, Priya Solberg "
        "said Mehtani had earned it."
    )
    assert _split_surnames(doc) == {"mehtani"}


def test_doc_text_and_words_are_read_once_per_doc_and_stay_right(nlp):
    # Speed-up guard: the question side reads one doc's text and token texts from a
    # one-entry cache; switching docs must never hand back the other doc's.
    from questions.acceptability import work_as_frame
    from questions.nlp import doc_text, doc_words

    one = nlp("Mara Voss wrote the last Ember Tide novel. It sold well.")
    two = nlp("The Ember Tide festival opened in Lisbon on Friday.")
    for doc in (one, two, one, two):
        assert doc_text(doc) == doc.text
        assert doc_words(doc) == tuple(t.text for t in doc)
    question = "At Ember Tide, who wrote the last novel?"
    assert work_as_frame(question, one) is not None  # "Ember Tide novel": a work
    assert work_as_frame(question, two) is None  # "Ember Tide festival": an occasion


def test_entity_at_is_the_plain_loop_over_the_docs_entities(parsed):
    # Speed-up guard: a token tagged outside every entity skips building `Doc.ents`.
    from questions.facts import _entity_at

    for item in parsed[:3]:  # (the plain loop rebuilds the entities per token: slow)
        ents = item.doc.ents
        for token in item.doc:
            plain = next((e for e in ents if e.start <= token.i < e.end), None)
            assert _entity_at(token) == plain, (item.article.name, token.i)


def test_doc_ents_is_each_docs_own_entities(parsed):
    # Speed-up guard: the entities are built once per doc; switching docs hands back
    # that doc's entities, equal to `Doc.ents` and to `Span.ents` sentence by sentence.
    from questions.facts import _ents_within
    from questions.nlp import doc_ents

    for item in [*parsed, *parsed[:2]]:
        assert doc_ents(item.doc) == item.doc.ents
        for sent in list(item.doc.sents)[:5]:
            assert _ents_within(sent, doc_ents(sent.doc)) == list(sent.ents)


def test_tidy_with_its_rewrites_compiled_once_reads_as_before():
    # Speed-up guard: `tidy`'s patterns are compiled once; the outputs are those the
    # module-level `re.sub` calls gave (worked out with the code before the change).
    from questions.render import tidy

    cases = {
        "  the  band ’s  new album , ": "the band's new album",
        "Mara Lind's's tour": "Mara Lind's tour",
        "the Lunas' 's fans": "the Lunas' fans",
        "Kai 's  win ; ": "Kai's win",
        ', , the "Glass Tide  final': 'the "Glass Tide final"',
        "won in parallel.[o] ,, twice": "won in parallel, twice",
        "a ' b \" c": "a' b \" c",
    }
    for text, tidied in cases.items():
        assert tidy(text) == tidied

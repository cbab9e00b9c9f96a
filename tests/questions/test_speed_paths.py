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

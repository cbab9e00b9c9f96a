"""Speed-ups of generation (round 2) that must not change any output: each cheap gate or
cache gives exactly what the slower code gave, on sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from questions import gates, render
from questions.gates import kin_given_name_whole, normalise
from questions.generate import _article_addon
from questions.render import requote_article_titles


def test_article_addon_reads_the_docs_text_once(engine) -> None:
    from questions.article import parse_article_text

    text = (
        "Tidewatch got a new add-on, \"Salt and Sorrow\", the expansion fans waited for.\n\n"
        "The expansion adds two islands."
    )
    doc = engine.parse([parse_article_text(text, name="t")])[0].doc
    assert _article_addon(doc) == "Salt and Sorrow"
    # the text was taken from (and left in) the doc's one cached copy, not rebuilt
    assert doc.user_data.get("render.text") == doc.text


def test_article_addon_still_takes_plain_objects() -> None:
    class Plain:
        text = "Gloomfen, the expansion, is out."

    assert _article_addon(Plain()) == "Gloomfen"
    assert _article_addon(None) is None


def _kin_by_regex(question: str, answer: str, sentence: str) -> str | None:
    if " " in answer.strip() or not answer[:1].isupper():
        return None
    kin = re.search(
        rf"\b({'|'.join(gates.KIN_NOUNS)}),? {re.escape(answer)}\b(?! [A-Z])", sentence
    )
    if kin is None or re.search(rf"\b{kin.group(1)}\b", question, re.I):
        return None
    return f"a given name answered without its {kin.group(1)!r} (partial answer)"


KIN_CASES = [
    ("Who does she bake with?", "Oskar", "She bakes with her father Oskar every week."),
    ("Who does she bake with?", "Oskar", "She bakes with her father, Oskar Lind."),
    ("Who is her father?", "Oskar", "She bakes with her father Oskar."),
    ("Who does she bake with?", "Oskar", "She bakes with her uncle Oskar."),
    ("Who does she bake with?", "Ida", "She bakes with her sister Idalene."),
    ("Who does she bake with?", "Ida", "Nothing about anyone here."),
    ("Who does she bake with?", "ida", "She bakes with her sister ida."),
]


@pytest.mark.parametrize(("question", "answer", "sentence"), KIN_CASES)
def test_kin_given_name_whole_is_the_regex_reading(question, answer, sentence) -> None:
    assert kin_given_name_whole(question, answer, sentence) == _kin_by_regex(
        question, answer, sentence
    )


def test_kin_given_name_whole_compiles_nothing_for_an_absent_answer(monkeypatch) -> None:
    calls: list[str] = []
    real = gates.re.search
    monkeypatch.setattr(gates.re, "search", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    assert kin_given_name_whole("Who came?", "Oskar", "Her brother Anders came.") is None
    assert calls == []


def test_requote_article_titles_compiles_no_pattern_for_a_title_not_asked(monkeypatch) -> None:
    text = 'The band played "Paper Lanterns" and then "Harbour Lights" at the show.'
    question = 'Which word is missing: "The band closed with Harbour Lights and _____"?'
    expected = 'Which word is missing: "The band closed with \'Harbour Lights\' and _____"?'
    assert requote_article_titles(question, text) == expected
    compiled: list[str] = []
    real = render.re.compile
    monkeypatch.setattr(render.re, "compile", lambda p, *a: compiled.append(p) or real(p, *a))
    assert requote_article_titles(question, text) == expected
    assert len(compiled) == 1  # "Harbour Lights" only: "Paper Lanterns" is not in it


@pytest.mark.parametrize(
    "text", ["The Éclair-Makers, a band!", "an apple a day", "A.B.C. the  end", "", "Ünïcode’s"]
)
def test_normalise_is_the_inline_regex_reading(text: str) -> None:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    plain = re.sub(r"[^\w\s]", " ", plain.casefold())
    plain = re.sub(r"\b(the|a|an)\b", " ", plain)
    assert normalise(text) == " ".join(plain.split())


def test_stray_conjuncts_reads_at_most_two_words_between(engine) -> None:
    from questions.article import parse_article_text
    from questions.facts import stray_conjuncts

    text = (
        'The band worked on "Salt Roads" and "Iron Tides" last spring.\n\n'
        "The band praised the crew, the light team from the north of the city, the "
        "drivers and caterers, and then the fans."
    )
    doc = engine.parse([parse_article_text(text, name="t")])[0].doc
    spans = {}
    for token in doc:
        found = stray_conjuncts(token)
        if token.dep_ in {"pobj", "dobj"}:
            spans[token.i] = [t.i for t in found]
            # the long-hand reading: every non-punctuation word between, then "just 'and'"
            verb = token.head.head if token.dep_ == "pobj" else token.head
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            end = max(t.i for t in token.subtree)
            expect = [
                c.i for c in verb.children
                if c.dep_ == "conj" and c.i > end and c.pos_ in {"NOUN", "PROPN"}
                and not any(g.dep_ in {"nsubj", "nsubjpass", "dobj", "prep"} for g in c.children)
                and [w.lower_ for w in doc[end + 1 : c.i] if not w.is_punct] in (["and"], ["or"])
            ]
            assert spans[token.i] == expect, token.text
    assert spans  # the sentences gave phrases to test

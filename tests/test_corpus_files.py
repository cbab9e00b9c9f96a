"""The evaluation corpus under tests/data/ is well formed (fast: no spaCy).

Articles parse in the seed format with a date, 150-400 words and 2-4 headings; every gold
answer occurs verbatim in its article's body; the look-up gold list has the counts per kind
that the benchmarks rely on. See tests/data/README.md.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
import yaml

from questions.article import read_article
from questions.types import Article

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
ARTICLES = DATA / "articles"
HELDOUT = DATA / "heldout"
HELDOUT2 = DATA / "heldout2"
POOL = DATA / "pool"
POOL2 = DATA / "pool2"
POOL3 = DATA / "pool3"
POOL4 = DATA / "pool4"
POOL5 = DATA / "pool5"
POOL6 = DATA / "pool6"
POOL7 = DATA / "pool7"
POOL8 = DATA / "pool8"
POOL9 = DATA / "pool9"
POOL10 = DATA / "pool10"
POOL11 = DATA / "pool11"
HELDOUT3 = DATA / "heldout3"
HELDOUT4 = DATA / "heldout4"
HELDOUT5 = DATA / "heldout5"
HELDOUT6 = DATA / "heldout6"
HELDOUT7 = DATA / "heldout7"
HELDOUT8 = DATA / "heldout8"
HELDOUT9 = DATA / "heldout9"
HELDOUT10 = DATA / "heldout10"
HELDOUT11 = DATA / "heldout11"
HELDOUT12 = DATA / "heldout12"
HELDOUT13 = DATA / "heldout13"
HELDOUT14 = DATA / "heldout14"
HELDOUT15 = DATA / "heldout15"
SEED = ROOT / "seeds" / "bts-bbma-2018.txt"

ANSWER_TYPES = {
    "song", "person", "group", "member", "album", "event", "award", "venue", "city",
    "country", "team", "date", "year", "number", "score", "film", "game", "show", "tour",
    "other",
}  # fmt: skip
LOOKUP_KINDS = {"plain", "paraphrase", "unanswerable"}

ARTICLE_FILES = sorted(ARTICLES.glob("*.txt"))
HELDOUT_FILES = sorted(HELDOUT.glob("*.txt"))
HELDOUT2_FILES = sorted(HELDOUT2.glob("*.txt"))
POOL_FILES = sorted(POOL.glob("*.txt"))
POOL2_FILES = sorted(POOL2.glob("*.txt"))
POOL3_FILES = sorted(POOL3.glob("*.txt"))
POOL4_FILES = sorted(POOL4.glob("*.txt"))
POOL5_FILES = sorted(POOL5.glob("*.txt"))
POOL6_FILES = sorted(POOL6.glob("*.txt"))
POOL7_FILES = sorted(POOL7.glob("*.txt"))
POOL8_FILES = sorted(POOL8.glob("*.txt"))
POOL9_FILES = sorted(POOL9.glob("*.txt"))
POOL10_FILES = sorted(POOL10.glob("*.txt"))
POOL11_FILES = sorted(POOL11.glob("*.txt"))
HELDOUT3_FILES = sorted(HELDOUT3.glob("*.txt"))
HELDOUT4_FILES = sorted(HELDOUT4.glob("*.txt"))
HELDOUT5_FILES = sorted(HELDOUT5.glob("*.txt"))
HELDOUT6_FILES = sorted(HELDOUT6.glob("*.txt"))
HELDOUT7_FILES = sorted(HELDOUT7.glob("*.txt"))
HELDOUT8_FILES = sorted(HELDOUT8.glob("*.txt"))
HELDOUT9_FILES = sorted(HELDOUT9.glob("*.txt"))
HELDOUT10_FILES = sorted(HELDOUT10.glob("*.txt"))
HELDOUT11_FILES = sorted(HELDOUT11.glob("*.txt"))
HELDOUT12_FILES = sorted(HELDOUT12.glob("*.txt"))
HELDOUT13_FILES = sorted(HELDOUT13.glob("*.txt"))
HELDOUT14_FILES = sorted(HELDOUT14.glob("*.txt"))
HELDOUT15_FILES = sorted(HELDOUT15.glob("*.txt"))

# Every article set, in the order written, with its minimum size: (folder, files, minimum).
CORPUS_SETS = [
    ("articles", ARTICLE_FILES, 7),
    ("heldout", HELDOUT_FILES, 3),
    ("heldout2", HELDOUT2_FILES, 4),
    ("pool", POOL_FILES, 10),
    ("pool2", POOL2_FILES, 6),
    ("heldout3", HELDOUT3_FILES, 8),
    ("heldout4", HELDOUT4_FILES, 8),
    ("heldout5", HELDOUT5_FILES, 8),
    ("heldout6", HELDOUT6_FILES, 8),
    ("heldout7", HELDOUT7_FILES, 8),
    ("heldout8", HELDOUT8_FILES, 8),
    ("heldout9", HELDOUT9_FILES, 8),
    ("heldout10", HELDOUT10_FILES, 8),
    ("heldout11", HELDOUT11_FILES, 8),
    ("heldout12", HELDOUT12_FILES, 8),
    ("heldout13", HELDOUT13_FILES, 8),
    ("heldout14", HELDOUT14_FILES, 8),
    ("heldout15", HELDOUT15_FILES, 8),
    ("pool3", POOL3_FILES, 6),
    ("pool4", POOL4_FILES, 6),
    ("pool5", POOL5_FILES, 6),
    ("pool6", POOL6_FILES, 6),
    ("pool7", POOL7_FILES, 6),
    ("pool8", POOL8_FILES, 6),
    ("pool9", POOL9_FILES, 6),
    ("pool10", POOL10_FILES, 6),
    ("pool11", POOL11_FILES, 6),
]
ALL_FILES = [path for _, files, _ in CORPUS_SETS for path in files]
HELDOUT_STEMS = {
    p.stem for folder, files, _ in CORPUS_SETS if folder.startswith("heldout") for p in files
}
# The held-out sets with their own gold facts (`<folder>_gold_facts.yaml`) and look-up list
# (`lookup_<folder>.yaml`); pool/ has gold facts only.
LOOKUP_SETS = {
    "heldout3": HELDOUT3_FILES,
    "heldout4": HELDOUT4_FILES,
    "heldout5": HELDOUT5_FILES,
    "heldout6": HELDOUT6_FILES,
    "heldout7": HELDOUT7_FILES,
    "heldout8": HELDOUT8_FILES,
    "heldout9": HELDOUT9_FILES,
    "heldout10": HELDOUT10_FILES,
    "heldout11": HELDOUT11_FILES,
    "heldout12": HELDOUT12_FILES,
    "heldout13": HELDOUT13_FILES,
    "heldout14": HELDOUT14_FILES,
    "heldout15": HELDOUT15_FILES,
}
GOLD_SETS = {"pool": POOL_FILES} | LOOKUP_SETS


@cache
def article(stem: str) -> Article:
    """A gold list's article by stem: the seed or one of tests/data/articles/ (never heldout)."""
    path = SEED if stem == SEED.stem else ARTICLES / f"{stem}.txt"
    assert path.is_file(), f"gold refers to {stem!r}, which is not in tests/data/articles/"
    return read_article(path)


@cache
def gold_facts() -> dict:
    return yaml.safe_load((DATA / "gold_facts.yaml").read_text(encoding="utf-8"))


@cache
def set_gold_facts(folder: str) -> dict:
    """`<folder>_gold_facts.yaml`: the gold facts of pool/ or a held-out set, by article stem."""
    return yaml.safe_load((DATA / f"{folder}_gold_facts.yaml").read_text(encoding="utf-8"))


@cache
def lookup_gold() -> list:
    return yaml.safe_load((DATA / "lookup_gold.yaml").read_text(encoding="utf-8"))


def test_corpus_size() -> None:
    """Every set has its minimum size and holds only articles that no earlier set holds."""
    earlier: set[str] = set()
    for folder, files, minimum in CORPUS_SETS:
        assert len(files) >= minimum, f"{len(files)} articles in {folder}/"
        stems = {p.stem for p in files}
        assert not stems & earlier, f"{folder} articles must be new: {stems & earlier}"
        earlier |= stems


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.stem)
def test_article_is_in_seed_format(path: Path) -> None:
    first_line = path.read_text(encoding="utf-8").split("\n", 1)[0]
    assert first_line.startswith(" date "), "first line must start with ' date YYYY-MM-DD'"
    parsed = read_article(path)
    assert parsed.date is not None, "no ' date YYYY-MM-DD' prefix was read"
    words = len(parsed.body.split())
    assert 150 <= words <= 400, f"{words} words in the body"
    headings = {p.heading for p in parsed.paragraphs if p.heading}
    assert 2 <= len(headings) <= 4, f"headings: {sorted(headings)}"
    assert parsed.paragraphs[0].heading is None, "the first paragraph comes before any heading"
    assert parsed.source and parsed.source.startswith("Image Credit:"), "last line: Image Credit"


def test_gold_facts_cover_every_article_and_the_seed() -> None:
    expected = {p.stem for p in ARTICLE_FILES} | {SEED.stem}
    assert set(gold_facts()) == expected


@pytest.mark.parametrize("stem", sorted({p.stem for p in ARTICLE_FILES} | {SEED.stem}))
def test_gold_facts_are_well_formed_and_verbatim(stem: str) -> None:
    check_gold_facts(gold_facts()[stem], article(stem).body, stem)


@pytest.mark.parametrize("folder", GOLD_SETS)
def test_set_gold_facts_cover_every_article_of_the_set(folder: str) -> None:
    assert set(set_gold_facts(folder)) == {p.stem for p in GOLD_SETS[folder]}


@pytest.mark.parametrize(
    "path",
    [path for files in GOLD_SETS.values() for path in files],
    ids=lambda p: f"{p.parent.name}/{p.stem}",
)
def test_set_gold_facts_are_well_formed_and_verbatim(path: Path) -> None:
    check_gold_facts(
        set_gold_facts(path.parent.name)[path.stem], read_article(path).body, path.stem
    )


def check_gold_facts(facts: list, body: str, stem: str) -> None:
    assert 6 <= len(facts) <= 12, f"{len(facts)} gold facts"
    questions = [fact["question"] for fact in facts]
    assert len(set(questions)) == len(questions), "duplicate gold question"
    for fact in facts:
        assert set(fact) <= {"question", "answer", "aliases", "answer_type"}, fact
        question, answer = fact["question"], fact["answer"]
        assert isinstance(answer, str) and answer.strip(), fact
        assert question.endswith("?"), question
        given_away = re.search(rf"(?<!\w){re.escape(answer)}(?!\w)", question, re.IGNORECASE)
        assert not given_away, f"answer given away: {question}"
        assert answer in body, f"{answer!r} is not verbatim in {stem}"
        assert fact["answer_type"] in ANSWER_TYPES, fact
        aliases = fact.get("aliases", [])
        assert isinstance(aliases, list) and all(isinstance(a, str) and a for a in aliases)
        assert answer not in aliases


def test_seed_gold_has_the_issue_facts() -> None:
    answers = {fact["answer"] for fact in gold_facts()[SEED.stem]}
    assert {"Fake Love", "Luna", "Khalid"} <= answers


def test_lookup_gold_items_are_well_formed_and_verbatim() -> None:
    items = lookup_gold()
    questions = [item["question"] for item in items]
    assert len(set(questions)) == len(questions), "duplicate look-up question"
    for item in items:
        assert set(item) == {"question", "answers", "article", "kind"}, item
        assert item["kind"] in LOOKUP_KINDS, item
        assert item["question"].endswith("?"), item
        assert item["article"] not in HELDOUT_STEMS, "held-out articles are not for this gold"
        body = article(item["article"]).body
        if item["kind"] == "unanswerable":
            assert item["answers"] == [], item
        else:
            assert item["answers"], item
            for answer in item["answers"]:
                assert answer in body, f"{answer!r} is not verbatim in {item['article']}"


def test_lookup_gold_counts_per_kind() -> None:
    items = lookup_gold()
    kinds = Counter(item["kind"] for item in items)
    answerable = kinds["plain"] + kinds["paraphrase"]
    assert len(items) >= 75
    assert answerable >= 60
    assert kinds["unanswerable"] >= 12
    assert kinds["paraphrase"] * 3 >= answerable, "at least a third paraphrased"
    assert kinds["plain"] * 2 >= answerable, "about two thirds plain"
    covered = {item["article"] for item in items if item["kind"] != "unanswerable"}
    assert covered == {p.stem for p in ARTICLE_FILES} | {SEED.stem}, "every article asked about"


def test_lookup_gold_has_the_issue_questions() -> None:
    by_question = {item["question"]: item for item in lookup_gold()}
    backstage = by_question["Who did BTS meet backstage at the Billboard Music Awards 2018?"]
    assert "John Legend" in backstage["answers"]
    septet = by_question["Which tune did the septet play at the 2018 BBMAs?"]
    assert septet["answers"] == ["Fake Love"] and septet["kind"] == "paraphrase"


@pytest.mark.parametrize("folder", LOOKUP_SETS)
def test_lookup_heldout_items_are_well_formed_verbatim_and_counted(folder: str) -> None:
    """lookup_<folder>.yaml: the same item format, over <folder>/ only; every article asked."""
    check_heldout_lookup(f"lookup_{folder}.yaml", LOOKUP_SETS[folder])


def check_heldout_lookup(name: str, files: list[Path]) -> None:
    """A held-out look-up list: items over `files` only, verbatim answers, counts per kind."""
    items = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    folder = files[0].parent.name
    questions = [item["question"] for item in items]
    assert len(set(questions)) == len(questions), "duplicate look-up question"
    paths = {p.stem: p for p in files}
    for item in items:
        assert set(item) == {"question", "answers", "article", "kind"}, item
        assert item["kind"] in LOOKUP_KINDS, item
        assert item["question"].endswith("?"), item
        assert item["article"] in paths, f"{item['article']!r} is not in {folder}/"
        body = read_article(paths[item["article"]]).body
        if item["kind"] == "unanswerable":
            assert item["answers"] == [], item
        else:
            assert item["answers"], item
            for answer in item["answers"]:
                assert answer in body, f"{answer!r} is not verbatim in {item['article']}"
    kinds = Counter(item["kind"] for item in items)
    answerable = kinds["plain"] + kinds["paraphrase"]
    assert answerable >= 48 and kinds["unanswerable"] >= 12
    assert kinds["paraphrase"] * 3 >= answerable, "at least a third paraphrased"
    assert kinds["plain"] * 2 >= answerable, "about two thirds plain"
    covered = {item["article"] for item in items if item["kind"] != "unanswerable"}
    assert covered == set(paths), f"every {folder} article asked about"

"""The fact look-up on the seed article and a small article written for these tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from questions.article import parse_article_text, read_article
from questions.glossary import load_glossary
from questions.lookup import LookupEngine, answers_match, normalize_answer
from questions.lookup.pipeline import load_pipeline, parse
from questions.lookup.question import read_question
from questions.lookup.resolve import resolve_article

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "bts-bbma-2018.txt"

# Written for these tests (not from any evaluation file): a different fandom, so nothing
# below can pass by knowing BTS.
BAKERY = "\n".join([
    " date 2024-03-02 The Flour Knights, a baking show trio from Leeds, won the Golden Whisk"
    " at the Bake Fest 2023 in Manchester.",
    "",
    "The final",
    "",
    "In the final round the trio baked a rhubarb pavlova. Judge Mary Harlow praised the"
    " pavlova and called it flawless. The group's youngest member, Tom Ashby, had joined the"
    " show in 2021.",
    "",
    "After the ceremony, Harlow revealed that her son Felix is a huge fan of the trio."
    " The Flour Knights will open their first bakery in York in June.",
    "",
])


# Also written for these tests: nicknames the article itself teaches ("The German",
# "Marco Ruiz, the Spaniard,") and a sentence whose two clauses share the question's verb.
SWIM = "\n".join([
    " date 2024-06-10 Lena Brandt was the fastest swimmer at the Aqua Open in Lyon on Sunday."
    " The German won the 200m freestyle final in a new meet record.",
    "",
    "Behind her, Marco Ruiz, the Spaniard, touched second, and the crowd cheered him.",
    "",
    "In the game zone, the Lantern lets players light dark caves, while the Anchor pulls"
    " boats back to the shore.",
    "",
])


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(ROOT / "seeds" / "glossary.yaml")


@pytest.fixture(scope="module")
def nlp(glossary):
    return load_pipeline(glossary=glossary)


@pytest.fixture(scope="module")
def engine(nlp, glossary):
    bakery = parse_article_text(BAKERY, name="flour-knights-bake-fest")
    return LookupEngine.build([read_article(SEED), bakery], nlp, glossary)


def test_seed_song_question_and_its_paraphrase_find_fake_love(engine):
    plain = engine.ask("Which song did BTS perform at the Billboard Music Awards 2018?")
    paraphrase = engine.ask("Which tune did the septet play at the 2018 BBMAs?")
    for got in (plain, paraphrase):
        assert got.answer == "Fake Love"
        assert got.article == "bts-bbma-2018"
        assert "Fake Love" in got.sentence
        assert got.date.isoformat() == "2021-05-02"
        assert 0.5 <= got.confidence <= 1.0


def test_whose_asks_for_the_possessor_not_the_possessed(engine):
    got = engine.ask("Whose daughter is a huge BTS fan?")
    assert got.answer == "John Legend"  # "his daughter Luna": the father, resolved


def test_subject_question_resolves_to_the_full_name(engine):
    got = engine.ask("Who did BTS bump into after meeting John Legend?")
    assert got.answer == "Khalid"


def test_other_fandom_answers(engine):
    assert engine.ask("What did the trio bake in the final round?").answer == "rhubarb pavlova"
    assert engine.ask("Which award did The Flour Knights win?").answer == "Golden Whisk"
    assert engine.ask("Where will The Flour Knights open their first bakery?").answer == "York"


def test_unanswerable_questions_are_declined_with_the_nearest_sentence(engine):
    got = engine.ask("Who won the Golden Ball at the 2022 World Cup?")
    assert got.answer is None
    assert got.confidence < 0.5
    got = engine.ask("Which song did BTS perform at the Grammys 2019?")
    assert got.answer is None
    assert got.sentence  # the nearest sentence is still offered


def test_empty_and_hostile_questions(engine):
    assert engine.ask("").answer is None
    assert engine.ask("   ").confidence == 0.0
    got = engine.ask("@everyone " + "x" * 5000 + "?")
    assert got.answer is None


def test_add_and_remove_articles_update_the_index(nlp, glossary):
    engine = LookupEngine.build([read_article(SEED)], nlp, glossary)
    assert engine.ask("Which trio won the Golden Whisk?").answer is None
    engine.add([parse_article_text(BAKERY, name="bakery")])
    assert engine.ask("Which award did The Flour Knights win?").answer == "Golden Whisk"
    engine.remove(["bakery"])
    assert engine.ask("Which award did The Flour Knights win?").answer is None


@pytest.mark.parametrize(
    ("question", "expected", "slot"),
    [
        ("Who did BTS meet backstage?", "agent", "obj"),
        ("Who met BTS backstage?", "agent", "subj"),
        ("Which song did BTS perform?", "song", "obj"),
        ("When did BTS perform Fake Love?", "date", "adv"),
        ("Where did BTS perform?", "place", "adv"),
        ("How many albums did BTS sign?", "number", None),
        ("Whose daughter is a BTS fan?", "possessor", "poss"),
        ("In which city did the tour end?", "place", "prep"),
    ],
)
def test_reading_questions(nlp, glossary, question, expected, slot):
    q = read_question(nlp(question), glossary)
    assert q.expected == expected
    if slot is not None:
        assert q.slot == slot


def test_answers_match():
    assert answers_match("John Legend", "Legend")
    assert answers_match("Fake Love", "fake love.")
    assert answers_match("John Legend", "Taylor Swift, DJ Khalid and John Legend")
    assert answers_match("2018", "in 2018")
    assert not answers_match("John Legend", "Khalid")
    assert not answers_match("Fake Love", None)
    assert not answers_match("Love", "the love of the fans for their hit single")
    assert normalize_answer("The  Legend of Zelda!") == "legend of zelda"


def test_cli_ask_json_with_paths(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "Which tune did the septet play at the 2018 BBMAs?",
         str(SEED), "--json"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {"answer", "sentence", "article", "date", "confidence"}
    assert data["answer"] == "Fake Love"
    assert data["date"] == "2021-05-02"


def test_cli_batch_keeps_order_and_reads_stdin():
    questions = "Whose daughter is a huge BTS fan?\n\nWho won the 2022 World Cup?\n"
    out = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--batch", "-", str(SEED), "--json"],
        input=questions, capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(lines) == 3
    assert lines[0]["answer"] == "John Legend"
    assert lines[1]["answer"] is None and lines[1]["confidence"] == 0.0
    assert lines[2]["answer"] is None


def test_cli_missing_path_is_one_line(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "Who?", str(tmp_path / "nope.txt")],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert out.returncode == 1
    assert out.stderr.strip().count("\n") == 0 and "nope.txt" in out.stderr


@pytest.fixture(scope="module")
def swim(nlp, glossary):
    return parse(nlp, [parse_article_text(SWIM, name="aqua-open-2024")])[0]


def test_descriptors_are_learnt_from_the_article(swim, glossary):
    _, learnt = resolve_article(swim.doc, glossary)
    assert learnt["spaniard"].most_common(1)[0][0] == "Marco Ruiz"  # from the apposition
    assert learnt["german"].most_common(1)[0][0] == "Lena Brandt"  # "The German won ..."


def test_a_definite_descriptor_answers_with_the_name(nlp, glossary, swim):
    engine = LookupEngine.build([swim], nlp, glossary)
    got = engine.ask("Who won the 200m freestyle final?")
    assert got.answer == "Lena Brandt"  # the sentence only says "The German"
    assert "The German" in got.sentence
    got = engine.ask("Who won the 400m butterfly final at the Aqua Open?")
    assert got.answer is None  # no such race in the article


def test_the_clause_that_says_the_question_wins(nlp, glossary, swim):
    # "lets" is the question's main verb, but the clause with "pulls boats back to the
    # shore" says the question; the Lantern only "lets players light dark caves"
    engine = LookupEngine.build([swim], nlp, glossary)
    assert engine.ask("Which item lets players pull boats back to the shore?").answer == "Anchor"


def test_every_sentence_is_analysed_when_the_index_is_built(engine):
    # per-sentence analysis is build-time work, not a first question's
    assert engine.index.sentences
    assert all(entry.analysis is not None for entry in engine.index.sentences)


def test_focus_through_a_possessive_and_a_mistagged_focus_word(nlp, glossary):
    q = read_question(nlp("Which actors' union called a strike?"), glossary)
    assert q.focus == "union"
    q = read_question(nlp("Where does the Born Pink World Tour begin?"), glossary)
    assert q.verb == "begin"  # "Born" is a title's word, not the verb


# ---------------------------------------------------------------- confidence model
def test_fit_logistic_recovers_a_known_rule():
    import numpy as np

    from questions.lookup.confidence import FEATURES, fit_logistic

    rng = np.random.default_rng(0)
    x = np.zeros((2000, len(FEATURES)))
    x[:, 0] = 1.0
    x[:, 1] = rng.random(2000)  # cover_sent
    x[:, 2] = rng.random(2000)  # cover_ctx: noise, the label does not depend on it
    true = -3.0 + 6.0 * x[:, 1]
    y = (rng.random(2000) < 1 / (1 + np.exp(-true))).astype(float)
    w = fit_logistic(x, y, l2=0.01)
    assert abs(w[1] - 6.0) < 1.0 and abs(w[0] + 3.0) < 0.6
    assert abs(w[2]) < 0.8


def test_fitted_weights_cover_every_feature_and_the_product_uses_the_rule():
    from questions.lookup.confidence import DEFAULT_WEIGHTS, FEATURES, FITTED, WEIGHTS

    assert set(FITTED) == set(FEATURES)
    assert WEIGHTS is DEFAULT_WEIGHTS  # the fitted model is measured, not adopted


def test_a_declined_question_still_reports_its_best_candidate_and_features(engine):
    from questions.lookup.answer import answer_question

    q = engine.read("Which song did BTS perform at the Grammys 2019?")
    decision = answer_question(q, engine.index, engine.glossary)
    assert decision.answer is None and decision.candidate == "Fake Love"
    assert decision.features["specific_absent"] >= 1  # "Grammys"/"2019": not in the paragraph
    kept = answer_question(q, engine.index, engine.glossary, -1.0)
    assert kept.answer == "Fake Love" and kept.confidence == decision.confidence


def test_gold_list_figures_do_not_regress():
    # the figures the README reports (bench/lookup_eval.py); a drop below these is a
    # regression of the look-up or of the confidence's ranking of its answers
    sys.path.insert(0, str(ROOT))
    from bench.lookup_eval import evaluate

    result = evaluate()
    assert result["accuracy"] >= 0.58
    assert result["best_right"] >= 0.65  # candidate choice, declining off
    assert result["declined_unanswerable"] >= 0.6
    assert result["article_right"] >= 0.9
    assert result["confidence_auc"] >= 0.85
    assert result["fitted_confidence"]["auc"] >= 0.9

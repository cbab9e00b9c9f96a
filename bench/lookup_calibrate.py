"""Fit the look-up's confidence (`questions/lookup/confidence.py`):
`python bench/lookup_calibrate.py [--write] [--squad FILE.json]`.

The calibration set never uses the gold list (tests/data/lookup_gold.yaml) nor the
SQuAD file that is reported (Twilight Princess). It is made of:
- **engine questions**: every subject and object question the question engine
  (`questions.facts` clauses rendered by `questions.generate`, no quality gates, since they
  are never shown) writes for the development, held-out and seed articles, plus its
  possessive and appositive ones, asked against an index of all those articles. Label:
  the look-up's best candidate matches the fact's answer (or another answer the article
  gives to the same slot).
- **out-of-corpus questions**: the articles split in two halves; each half's engine
  questions asked against an index of the other half only. Label: always wrong (the
  article they come from is not there), so these teach declining.
- optionally **SQuAD** (`--squad squad_Beyonce.json`): each question against its whole
  article, label: `answers_match` with a gold answer.
Each question is asked with declining off; the best candidate's features
(`confidence_features`) and label go into a logistic regression (numpy, Newton, L2).
Prints per source the share right and the fit's log-loss; `--write` stores the weights in
`questions/lookup/calibration_weights.py`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from questions.article import iter_article_paths, parse_article_text, read_article  # noqa: E402
from questions.glossary import load_glossary  # noqa: E402
from questions.lookup import LookupEngine, answers_match  # noqa: E402
from questions.lookup.answer import DECLINE_BELOW, answer_question  # noqa: E402
from questions.lookup.confidence import FEATURES, fit_logistic, predict, vector  # noqa: E402
from questions.lookup.pipeline import load_pipeline, parse  # noqa: E402

ARTICLES = [ROOT / "tests/data/articles", ROOT / "tests/data/heldout",
            ROOT / "seeds/bts-bbma-2018.txt"]
# heldout5-heldout8 were or are unseen sets: never in the calibration set,
# whatever the folders above come to hold (a guard, checked on every discovered path)
UNSEEN = {"heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11",
          "heldout12", "heldout13", "heldout14", "heldout15"}


def calibration_paths() -> list[Path]:
    """The calibration articles, with any path under or named after an unseen set left
    out (checked by name only: the unseen folders are never listed or read)."""
    paths = iter_article_paths(ARTICLES)
    return [p for p in paths
            if not any(u in part for part in p.relative_to(ROOT).parts for u in UNSEEN)]
GLOSSARY = ROOT / "seeds/glossary.yaml"
OUT = ROOT / "questions/lookup/calibration_weights.py"


def engine_questions(parsed, glossary) -> list[tuple[str, set[str], str]]:
    """(question, accepted answers, article name) for every question the engine can write
    about a parsed article, before any gate."""
    from questions.facts import extract_clauses, relation_index, slot_key
    from questions.generate import article_candidates, object_question, subject_question
    from questions.mentions import resolve_mentions

    out: dict[str, tuple[set[str], str]] = {}
    for item in parsed:
        mentions = resolve_mentions(item.doc, glossary, namesakes=False)
        clauses = extract_clauses(item, mentions)
        index = relation_index(clauses, mentions)
        group = mentions.main.get("group")
        name = item.article.name
        for clause in clauses:
            if clause.subject.answer is not None:
                text = _safe(subject_question, clause, mentions, group)
                if text:
                    key = slot_key(clause, clause.subject, mentions)
                    answers = {clause.subject.answer.text} | index.other_subjects(
                        key, clause.subject.answer.text)
                    out.setdefault(text, (answers, name))
            for arg in clause.args:
                if arg.answer is None:
                    continue
                text = _safe(object_question, clause, arg, mentions, group)
                if text:
                    key = slot_key(clause, arg, mentions)
                    answers = {arg.answer.text} | index.others(key, arg.answer.text)
                    out.setdefault(text, (answers, name))
        for cand in article_candidates(item, mentions, clauses):
            if cand.form in {"blank", "truefalse"}:
                continue
            out.setdefault(cand.question, ({cand.answer, *cand.also}, name))
    return [(q, answers, name) for q, (answers, name) in out.items()]


SWAP_LABELS = {"PERSON", "ORG", "GPE", "EVENT", "DATE", "FAC", "WORK_OF_ART", "NORP"}


def perturbed(questions, parsed, nlp) -> list[tuple[str, set[str], str]]:
    """Engine questions with one name or date swapped for one of the same kind that only
    another article mentions ("Which song did BTS perform at the Grammys 2019?"): about
    the same people, but no article says. Deterministic: the k-th question takes the
    k-th name of that kind from the other articles."""
    names: dict[str, list[tuple[str, str]]] = {}
    texts = {p.article.name: p.doc.text for p in parsed}
    for p in parsed:
        for ent in p.doc.ents:
            if ent.label_ in SWAP_LABELS and len(ent.text) > 2:
                names.setdefault(ent.label_, []).append((ent.text, p.article.name))
    out = []
    for k, (question, answers, name) in enumerate(questions):
        doc = nlp(question)
        for ent in doc.ents:
            if ent.label_ not in SWAP_LABELS or any(ent.text in a for a in answers):
                continue
            pool = [text for text, where in names.get(ent.label_, ())
                    if where != name and text not in texts[name]]
            if not pool:
                continue
            other = pool[k % len(pool)]
            swapped = question[: ent.start_char] + other + question[ent.end_char :]
            out.append((swapped, set(), name))
            break
    return out


def _safe(render, *args):
    try:
        return render(*args)
    except (AssertionError, AttributeError, IndexError, ValueError):
        return None  # a clause the renderer does not take: no question, as in the engine


def collect(engine: LookupEngine, questions, glossary, source: str, *, never_right=False):
    rows = []
    for question, answers, _ in questions:
        decision = answer_question(engine.read(question), engine.index, glossary, -1.0)
        got = decision.candidate
        right = (not never_right) and got is not None and any(
            answers_match(a, got, glossary) for a in answers)
        rows.append((source, decision.features or {}, float(right)))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--squad", type=Path, action="append", default=[],
                        help="a SQuAD v1.1 file to add to the calibration set")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--decline-share", type=float, default=0.9,
                        help="share of the questions no article answers that must be "
                        "declined (out of fold): sets the operating point")
    parser.add_argument("--write", action="store_true", help="store the fitted weights")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    glossary = load_glossary(GLOSSARY)
    nlp = load_pipeline(glossary=glossary)
    articles = [read_article(p) for p in calibration_paths()]
    parsed = parse(nlp, articles)
    questions = engine_questions(parsed, glossary)

    full = LookupEngine.build(parsed, nlp, glossary)
    rows = collect(full, questions, glossary, "engine")
    names = sorted(p.article.name for p in parsed)
    halves = [set(names[0::2]), set(names[1::2])]
    for kept, other in (halves, halves[::-1]):
        engine = LookupEngine.build([p for p in parsed if p.article.name in kept], nlp,
                                    glossary)
        asked = [item for item in questions if item[2] in other]
        rows += collect(engine, asked, glossary, "out_of_corpus", never_right=True)

    rows += collect(full, perturbed(questions, parsed, nlp), glossary, "swapped",
                    never_right=True)

    if args.squad:
        from bench.squad_eval import load_squad

        plain = load_pipeline()
        for path in args.squad:
            for title, text, qas in load_squad(path):
                engine = LookupEngine.build([parse_article_text(text, name=title)], plain)
                rows += collect(engine, [(q, set(g), title) for q, g in qas], None,
                                f"squad:{title}")

    x = np.stack([vector(f) for _, f, _ in rows])
    y = np.array([label for _, _, label in rows])
    # right and wrong answers weigh the same in the fit (no prior: 0.5 means as likely
    # right as wrong), and among the wrong ones each source weighs the same
    sources = sorted({s for s, _, _ in rows})
    wrong = {s: sum(1 for r in rows if r[0] == s and not r[2]) for s in sources}
    n_right = sum(1 for r in rows if r[2])
    weight = np.array([
        len(rows) / (2 * n_right) if label else
        len(rows) / (2 * sum(1 for v in wrong.values() if v) * wrong[s])
        for s, _, label in rows
    ])
    w = fit_logistic(x, y, args.l2, sample_weight=weight)
    cv, oof = _cross_validate(x, y, weight, args.l2)
    unanswerable = np.array([s in NEVER_RIGHT for s, _, _ in rows])
    operating = _operating_point(oof, unanswerable, args.decline_share)
    # shift the bias so that the engine's fixed 0.5 is this operating point
    w[0] -= float(np.log(operating / (1 - operating)))
    fitted = {name: round(float(v), 4) for name, v in zip(FEATURES, w, strict=True)}
    report = {"rows": len(rows), "seconds": round(time.perf_counter() - started, 1),
              "cv": cv, "operating_point": round(operating, 3), "sources": {},
              "weights": fitted}
    for source in sources:
        chosen = [i for i, r in enumerate(rows) if r[0] == source]
        p_new = np.array([predict(rows[i][1], fitted) for i in chosen])
        p_old = np.array([_old(rows[i][1]) for i in chosen])
        labels = y[chosen]
        report["sources"][source] = {
            "questions": len(chosen),
            "right": round(float(labels.mean()), 3),
            "logloss_fitted": _logloss(p_new, labels),
            "logloss_before": _logloss(p_old, labels),
            "auc_fitted": _auc(p_new, labels),
            "auc_before": _auc(p_old, labels),
            # what the product's rule does with these questions at its threshold: the
            # share it answers (right answers kept, unanswerable ones let through)
            "rule_answered": round(float((p_old >= DECLINE_BELOW).mean()), 3),
            "rule_right_answered": round(float(((p_old >= DECLINE_BELOW) & (labels > 0)).sum()
                                               / max(float(labels.sum()), 1.0)), 3),
        }
    if args.write:
        _write(fitted, report, args)
    print(json.dumps(report, indent=None if args.json else 2))
    return 0


NEVER_RIGHT = {"out_of_corpus", "swapped"}


def _operating_point(p: np.ndarray, unanswerable: np.ndarray, share: float) -> float:
    """The lowest threshold (on out-of-fold probabilities) that declines `share` of the
    questions no article answers: the issue's goal as the operating point, found on the
    calibration set, never on the gold list."""
    for t in np.arange(0.05, 0.951, 0.01):
        if (p[unanswerable] < t).mean() >= share:
            return float(t)
    return 0.95


def _cross_validate(x: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float,
                    folds: int = 5) -> tuple[dict, np.ndarray]:
    """Out-of-fold predictions (rows dealt round-robin into folds): the AUC, log-loss and
    accuracy at 0.5 that the fit would have on questions it was not fitted on."""
    p = np.zeros(len(y))
    for k in range(folds):
        test = np.arange(len(y)) % folds == k
        w = fit_logistic(x[~test], y[~test], l2, sample_weight=weight[~test])
        p[test] = 1.0 / (1.0 + np.exp(-np.clip(x[test] @ w, -30, 30)))  # incl. FIXED
    return {"auc": _auc(p, y), "logloss": _logloss(p, y),
            "accuracy_at_0.5": round(float(((p >= 0.5) == (y == 1)).mean()), 3)}, p


def _old(features: dict[str, float]) -> float:
    from questions.lookup.confidence import DEFAULT_WEIGHTS

    return predict(features, DEFAULT_WEIGHTS)


def _logloss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return round(float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))), 4)


def _auc(p: np.ndarray, y: np.ndarray) -> float | None:
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return None
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return round(float(wins / (len(pos) * len(neg))), 3)


def _write(fitted: dict[str, float], report: dict, args: argparse.Namespace) -> None:
    sources = ", ".join(f"{s} ({v['questions']})" for s, v in report["sources"].items())
    lines = [
        '"""Fitted confidence weights: written by `python bench/lookup_calibrate.py --write'
        + "".join(f" --squad {p.name}" for p in args.squad) + '`.',
        "",
        f"Calibration set: {sources}.",
        "The bias is shifted so that 0.5 is the operating point:",
        f"{report['operating_point']} on the fitted probability, where "
        f"{args.decline_share:.0%} of the unanswerable",
        "ones are declined (out of fold).",
        "Never the gold list nor a reported SQuAD file.",
        '"""',
        "",
        "WEIGHTS: dict[str, float] = {",
        *[f"    {name!r}: {value}," for name, value in fitted.items()],
        "}",
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())

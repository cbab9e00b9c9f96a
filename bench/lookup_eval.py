"""Score the fact look-up on the gold list: `python bench/lookup_eval.py [--json]`.

Builds one look-up over every article the gold list refers to (tests/data/articles/ and
the seed), as the bot would over a server's articles, asks each question and checks the
answer against the accepted answers with `answers_match`. Prints exact-answer accuracy
(answerable questions), accuracy on paraphrases, the share of unanswerable questions
declined, and how often the right article was quoted. `--show` lists the misses.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from questions.article import iter_article_paths, read_article  # noqa: E402
from questions.glossary import load_glossary  # noqa: E402
from questions.lookup import LookupEngine, answers_match  # noqa: E402
from questions.lookup.answer import DECLINE_BELOW, answer_question  # noqa: E402
from questions.lookup.confidence import FITTED, predict  # noqa: E402

GOLD = ROOT / "tests/data/lookup_gold.yaml"
ARTICLES = [ROOT / "tests/data/articles", ROOT / "seeds/bts-bbma-2018.txt"]
GLOSSARY = ROOT / "seeds/glossary.yaml"


def evaluate(gold_path: Path = GOLD, glossary_path: Path | None = GLOSSARY) -> dict:
    items = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    glossary = load_glossary(glossary_path) if glossary_path else None
    articles = [read_article(p) for p in iter_article_paths(ARTICLES)]
    start = time.perf_counter()
    engine = LookupEngine.build(articles, glossary=glossary)
    build_s = time.perf_counter() - start
    rows = []
    start = time.perf_counter()
    for item in items:
        got = engine.ask(item["question"])
        answers = [str(a) for a in item.get("answers") or []]
        if item["kind"] == "unanswerable":
            right = got.answer is None
        else:
            right = any(answers_match(a, got.answer, glossary) for a in answers)
        rows.append({
            "question": item["question"], "kind": item["kind"], "expected": answers,
            "got": got.answer, "confidence": got.confidence, "right": right,
            "article_right": got.article == item.get("article"), "sentence": got.sentence,
        })
    ask_ms = (time.perf_counter() - start) * 1000 / max(len(items), 1)
    # the best candidate with declining off: is it right, and does the confidence rank
    # right answers above wrong ones and unanswerable questions (ROC AUC)?
    best_right = []
    fitted = []  # the same with the fitted confidence (measured, not the product's)
    for item in items:
        decision = answer_question(engine.read(item["question"]), engine.index, glossary, -1)
        answers = [str(a) for a in item.get("answers") or []]
        ok = item["kind"] != "unanswerable" and any(
            answers_match(a, decision.candidate, glossary) for a in answers)
        best_right.append((decision.confidence, ok))
        p = predict(decision.features, FITTED) if decision.features and FITTED else 0.0
        fitted.append((p, ok, item["kind"]))
    kept = [(ok, kind) for p, ok, kind in fitted if p >= DECLINE_BELOW]
    n_un = sum(1 for *_, kind in fitted if kind == "unanswerable")

    def share(kinds: set[str], key: str = "right") -> float | None:
        chosen = [r for r in rows if r["kind"] in kinds]
        return round(sum(r[key] for r in chosen) / len(chosen), 3) if chosen else None

    answerable = [r for r in rows if r["kind"] != "unanswerable"]
    return {
        "questions": len(rows),
        "answerable": len(answerable),
        "accuracy": share({"plain", "paraphrase"}),
        "plain_accuracy": share({"plain"}),
        "paraphrase_accuracy": share({"paraphrase"}),
        "declined_unanswerable": share({"unanswerable"}),
        "answered_answerable": round(
            sum(r["got"] is not None for r in answerable) / max(len(answerable), 1), 3),
        "article_right": share({"plain", "paraphrase"}, "article_right"),
        # the best candidate is right (declining off), and how well the confidence
        # separates right best candidates from the rest (1.0 perfect, 0.5 chance)
        "best_right": round(sum(ok for _, ok in best_right) / max(len(answerable), 1), 3),
        "confidence_auc": _auc(best_right),
        "fitted_confidence": {
            "auc": _auc([(p, ok) for p, ok, _ in fitted]),
            "accuracy": round(sum(ok for ok, _ in kept) / max(len(answerable), 1), 3),
            "declined_unanswerable": round(
                1 - sum(kind == "unanswerable" for _, kind in kept) / max(n_un, 1), 3),
        },
        "build_s": round(build_s, 2),
        "ms_per_question": round(ask_ms, 1),
        "rows": rows,
    }


def _auc(pairs: list[tuple[float, bool]]) -> float | None:
    pos = [c for c, ok in pairs if ok]
    neg = [c for c, ok in pairs if not ok]
    if not pos or not neg:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return round(wins / (len(pos) * len(neg)), 3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", action="store_true", help="list the misses")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--no-glossary", action="store_true")
    args = parser.parse_args()
    result = evaluate(args.gold, None if args.no_glossary else GLOSSARY)
    rows = result.pop("rows")
    if args.show:
        for r in rows:
            if not r["right"]:
                print(f"[{r['kind']}] {r['question']}\n   expected {r['expected']} got "
                      f"{r['got']!r} ({r['confidence']:.2f})\n   | {r['sentence']}",
                      file=sys.stderr)
    print(json.dumps(result, indent=None if args.json else 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

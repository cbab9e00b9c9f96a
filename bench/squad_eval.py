"""Score the look-up on SQuAD v1.1 files: `python bench/squad_eval.py FILE.json... [--json]`.

Each file becomes one article (its paragraphs, blank-line separated); every question is
asked against that whole article through the same engine `python -m bot ask --batch`
uses (index built once per article), and scored with SQuAD v1.1's official exact match
and F1 (lower case, punctuation and a/an/the removed, white space folded; the best over
the gold answers). A declined question scores 0. No glossary: these are not fan
articles. Keys: questions, em, f1, answered (share not declined), f1_answered (mean F1
of the answers given), f1_no_decline (F1 if the look-up never declined, to show what
the threshold costs here), and per file `by_threshold` (the same at other decline
thresholds: calibrate on one file, report on the other).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from questions.article import parse_article_text  # noqa: E402
from questions.lookup import LookupEngine, normalize_answer  # noqa: E402
from questions.lookup.answer import DECLINE_BELOW  # noqa: E402
from questions.lookup.pipeline import load_pipeline  # noqa: E402


def exact_match(prediction: str, truth: str) -> float:
    return float(normalize_answer(prediction) == normalize_answer(truth))


def f1_score(prediction: str, truth: str) -> float:
    pred, gold = normalize_answer(prediction).split(), normalize_answer(truth).split()
    common = Counter(pred) & Counter(gold)
    same = sum(common.values())
    if same == 0:
        return 0.0
    precision, recall = same / len(pred), same / len(gold)
    return 2 * precision * recall / (precision + recall)


def load_squad(path: Path) -> list[tuple[str, str, list[tuple[str, list[str]]]]]:
    """(title, article text, [(question, gold answers)]) per article in the file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for item in data["data"]:
        paragraphs = [p["context"].strip() for p in item["paragraphs"]]
        qas = [
            (qa["question"], [a["text"] for a in qa["answers"]])
            for p in item["paragraphs"]
            for qa in p["qas"]
        ]
        out.append((item.get("title", path.stem), "\n\n".join(paragraphs), qas))
    return out


THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def evaluate(paths: list[Path], show: int = 0, threshold: float = DECLINE_BELOW) -> dict:
    """Each question is asked once with declining off; the answer counts as declined when
    its confidence is below `threshold` (what `ask` does), so one run also gives the
    figures at other thresholds (`by_threshold`) for calibrating on one file and
    reporting on another."""
    nlp = load_pipeline()
    rows_all: list[tuple[str, float, float, float]] = []  # (title, confidence, em, f1)
    per_file = {}
    misses = []
    for path in paths:
        for title, text, qas in load_squad(path):
            article = parse_article_text(text, name=title)
            start = time.perf_counter()
            engine = LookupEngine.build([article], nlp)
            build = time.perf_counter() - start
            rows = []
            start = time.perf_counter()
            for question, golds in qas:
                got = engine.ask(question, decline=False)
                if got.answer:
                    e = max(exact_match(got.answer, g) for g in golds)
                    f = max(f1_score(got.answer, g) for g in golds)
                else:
                    e = f = 0.0
                rows.append((title, got.confidence, e, f))
                if e == 0:
                    declined = got.confidence < threshold
                    misses.append((question, golds, None if declined else got.answer))
            ask_ms = (time.perf_counter() - start) * 1000 / max(len(qas), 1)
            per_file[title] = {**_score(rows, threshold), "build_s": round(build, 2),
                               "ms_per_question": round(ask_ms, 1),
                               "by_threshold": _sweep(rows)}
            rows_all.extend(rows)
    for question, golds, got in misses[:show]:
        print(f"{question}\n   gold {golds[:2]} got {got!r}", file=sys.stderr)
    return {**_score(rows_all, threshold), "threshold": threshold, "articles": per_file}


def _score(rows: list[tuple[str, float, float, float]], threshold: float) -> dict:
    n = max(len(rows), 1)
    kept = [r for r in rows if r[1] >= threshold]
    return {
        "questions": len(rows),
        "em": round(100 * sum(r[2] for r in kept) / n, 1),
        "f1": round(100 * sum(r[3] for r in kept) / n, 1),
        "answered": round(len(kept) / n, 3),
        # how good the answers it gives are: mean F1 over the answered questions
        "f1_answered": round(100 * sum(r[3] for r in kept) / max(len(kept), 1), 1),
        "f1_no_decline": round(100 * sum(r[3] for r in rows) / n, 1),
    }


def _sweep(rows: list[tuple[str, float, float, float]]) -> dict:
    return {f"{t:.1f}": {k: v for k, v in _score(rows, t).items()
                         if k in {"f1", "answered", "f1_answered"}} for t in THRESHOLDS}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", type=int, default=0, help="list this many misses")
    parser.add_argument("--threshold", type=float, default=DECLINE_BELOW,
                        help=f"decline below this confidence (default: the engine's, "
                        f"{DECLINE_BELOW})")
    args = parser.parse_args()
    missing = [str(p) for p in args.files if not p.is_file()]
    if missing:
        print(f"error: no such file: {', '.join(missing)}", file=sys.stderr)
        return 1
    result = evaluate(args.files, args.show, args.threshold)
    print(json.dumps(result, indent=None if args.json else 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

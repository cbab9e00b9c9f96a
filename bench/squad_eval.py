"""Score the look-up on SQuAD v1.1 files: `python bench/squad_eval.py FILE.json... [--json]`.

Each file becomes one article (its paragraphs, blank-line separated); every question is
asked against that whole article through the same engine `python -m bot ask --batch`
uses (index built once per article), and scored with SQuAD v1.1's official exact match
and F1 (lower case, punctuation and a/an/the removed, white space folded; the best over
the gold answers). A declined question scores 0. No glossary: these are not fan
articles. Keys: questions, em, f1, answered (share not declined), and f1_no_decline (F1
if the look-up never declined, to show what the threshold costs here).
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


def evaluate(paths: list[Path], show: int = 0) -> dict:
    nlp = load_pipeline()
    total = Counter()
    per_file = {}
    misses = []
    for path in paths:
        for title, text, qas in load_squad(path):
            article = parse_article_text(text, name=title)
            start = time.perf_counter()
            engine = LookupEngine.build([article], nlp)
            build = time.perf_counter() - start
            em = f1 = answered = f1_all = 0.0
            start = time.perf_counter()
            for question, golds in qas:
                got = engine.ask(question)
                if got.answer is None:
                    forced = engine.ask(question, decline=False).answer
                    if forced:
                        f1_all += max(f1_score(forced, g) for g in golds)
                    misses.append((question, golds, None))
                    continue
                answered += 1
                e = max(exact_match(got.answer, g) for g in golds)
                f = max(f1_score(got.answer, g) for g in golds)
                em += e
                f1 += f
                f1_all += f
                if e == 0:
                    misses.append((question, golds, got.answer))
            ask_ms = (time.perf_counter() - start) * 1000 / max(len(qas), 1)
            n = len(qas)
            per_file[title] = {
                "questions": n, "em": round(100 * em / n, 1), "f1": round(100 * f1 / n, 1),
                "answered": round(answered / n, 3), "f1_no_decline": round(100 * f1_all / n, 1),
                "build_s": round(build, 2),
                "ms_per_question": round(ask_ms, 1),
            }
            total.update({"n": n, "em": em, "f1": f1, "answered": answered, "f1_all": f1_all})
    for question, golds, got in misses[:show]:
        print(f"{question}\n   gold {golds[:2]} got {got!r}", file=sys.stderr)
    n = max(total["n"], 1)
    return {
        "questions": total["n"],
        "em": round(100 * total["em"] / n, 1),
        "f1": round(100 * total["f1"] / n, 1),
        "answered": round(total["answered"] / n, 3),
        "f1_no_decline": round(100 * total["f1_all"] / n, 1),
        "articles": per_file,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", type=int, default=0, help="list this many misses")
    args = parser.parse_args()
    missing = [str(p) for p in args.files if not p.is_file()]
    if missing:
        print(f"error: no such file: {', '.join(missing)}", file=sys.stderr)
        return 1
    result = evaluate(args.files, args.show)
    print(json.dumps(result, indent=None if args.json else 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

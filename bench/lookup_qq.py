"""Does matching the question against the engine's own questions help the look-up?
`python bench/lookup_qq.py [--json]`.

For every article of the gold list's set, the question engine writes every subject and
object question it can (`bench/lookup_calibrate.engine_questions`: clauses rendered by
`questions.generate`, no quality gates) with its answer. A fan's question is matched to
the engine question with the most similar words: lemmas without stop words, each folded
to one representative of its synonym group (`terms.SYNONYMS`), compared with rapidfuzz's
token-set ratio (shared words over the shorter) and token-sort ratio (all words). Prints:
- `qq_right`: that engine question's answer is right (whatever the similarity);
- `qq_right_exact`: right among matches that say (nearly) the same words (token-sort
  >= 90) and ask for the same answer type (`read_question`), the only matches one could
  trust without a calibrated similarity;
- `sentence_best_right`: the sentence path's best candidate is right (declining off);
- `union_exact`: either, with the exact match taking over;
- `build_ms_per_article`: what writing the engine's questions costs per article (the
  index would pay it at build time).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import yaml
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.lookup_calibrate import engine_questions  # noqa: E402
from questions.article import iter_article_paths, read_article  # noqa: E402
from questions.glossary import load_glossary  # noqa: E402
from questions.lookup import LookupEngine, answers_match  # noqa: E402
from questions.lookup.answer import answer_question  # noqa: E402
from questions.lookup.pipeline import load_pipeline, parse  # noqa: E402
from questions.lookup.question import read_question  # noqa: E402
from questions.lookup.terms import expand, span_terms  # noqa: E402

GOLD = ROOT / "tests/data/lookup_gold.yaml"
ARTICLES = [ROOT / "tests/data/articles", ROOT / "seeds/bts-bbma-2018.txt"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    glossary = load_glossary(ROOT / "seeds/glossary.yaml")
    nlp = load_pipeline(glossary=glossary)
    parsed = parse(nlp, [read_article(p) for p in iter_article_paths(ARTICLES)])
    start = time.perf_counter()
    written = engine_questions(parsed, glossary)
    build_ms = (time.perf_counter() - start) * 1000 / len(parsed)

    def key(text: str) -> tuple[str, str]:
        doc = nlp(text)
        words = sorted({min(expand(w)) for w in span_terms(doc)})
        return " ".join(words), read_question(doc, glossary).expected

    keyed = [(key(q), answers) for q, answers, _ in written]
    engine = LookupEngine.build(parsed, nlp, glossary)
    items = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    counts = {"qq_right": 0, "qq_right_exact": 0, "qq_exact": 0, "sentence_best_right": 0,
              "union_exact": 0}
    by_kind: dict[str, dict[str, int]] = {}
    for item in items:
        if item["kind"] == "unanswerable":
            continue
        (words, expected) = key(item["question"])
        (best_words, best_type), answers = max(
            keyed, key=lambda k: fuzz.token_set_ratio(words, k[0][0]))
        gold = [str(a) for a in item["answers"]]
        qq_ok = any(answers_match(g, a, glossary) for g in gold for a in answers)
        exact = fuzz.token_sort_ratio(words, best_words) >= 90 and best_type == expected
        got = answer_question(engine.read(item["question"]), engine.index, glossary, -1.0)
        sent_ok = any(answers_match(g, got.candidate, glossary) for g in gold)
        row = {"qq_right": qq_ok, "qq_right_exact": qq_ok and exact, "qq_exact": exact,
               "sentence_best_right": sent_ok, "union_exact": qq_ok if exact else sent_ok}
        for name, value in row.items():
            counts[name] += value
            by_kind.setdefault(item["kind"], {}).setdefault(name, 0)
            by_kind[item["kind"]][name] += value
    answerable = sum(1 for i in items if i["kind"] != "unanswerable")
    result = {
        "answerable": answerable,
        "engine_questions": len(written),
        **{k: round(v / answerable, 3) for k, v in counts.items()},
        "by_kind": by_kind,
        "build_ms_per_article": round(build_ms, 1),
    }
    print(json.dumps(result, indent=None if args.json else 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

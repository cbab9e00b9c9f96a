"""Score the fact look-up on the gold list: `python bench/lookup_eval.py [--json]`.

Builds one look-up over every article the gold list refers to (tests/data/articles/ and
the seed), as the bot would over a server's articles, asks each question and checks the
answer against the accepted answers with `answers_match`. Prints exact-answer accuracy
(answerable questions), accuracy on paraphrases, the share of unanswerable questions
declined, and how often the right article was quoted. `--show` lists the misses.

Retrieval is measured on its own too (`retrieval`): is a sentence holding an accepted
answer (in the question's article) among the first 1 / 3 / 6 sentences the index returns
(the answer step reads the first 6)? `--squad FILE...` measures the same on SQuAD v1.1
files instead of the gold list, where the sentence is the one holding the gold answer's
own character offset (`at_k`), or any sentence of the article holding the gold text
(`any_at_k`).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from questions.article import iter_article_paths, read_article  # noqa: E402
from questions.glossary import load_glossary  # noqa: E402
from questions.lookup import LookupEngine, answers_match, normalize_answer  # noqa: E402
from questions.lookup.answer import (  # noqa: E402
    DECLINE_BELOW,
    TOP_SENTENCES,
    answer_question,
)
from questions.lookup.confidence import FITTED, predict  # noqa: E402

RECALL_AT = (1, 3, 6)
GOLD = ROOT / "tests/data/lookup_gold.yaml"
ARTICLES = [ROOT / "tests/data/articles", ROOT / "seeds/bts-bbma-2018.txt"]
GLOSSARY = ROOT / "seeds/glossary.yaml"


def evaluate(gold_path: Path = GOLD, glossary_path: Path | None = GLOSSARY,
             article_paths: list[Path] | None = None) -> dict:
    items = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    glossary = load_glossary(glossary_path) if glossary_path else None
    articles = [read_article(p) for p in iter_article_paths(article_paths or ARTICLES)]
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
    retrieval = _gold_retrieval(engine, items)
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
        "retrieval": retrieval,
        "build_s": round(build_s, 2),
        "ms_per_question": round(ask_ms, 1),
        "rows": rows,
    }


def _holds(sentence: str, answer: str) -> bool:
    a = normalize_answer(answer)
    bare = re.sub(r"['’]s\b", "", sentence)  # "Chernow's biography" holds "Chernow"
    return bool(a) and any(f" {a} " in f" {normalize_answer(s)} " for s in (sentence, bare))


def _first_rank(hits, wanted) -> int | None:
    """Rank (0-based) of the first distinct sentence that `wanted(hit)` accepts."""
    seen: set[str] = set()
    rank = 0
    for hit in hits:
        if hit.entry.text in seen:
            continue
        seen.add(hit.entry.text)
        if wanted(hit):
            return rank
        rank += 1
    return None


def _recall(ranks: list[int | None]) -> dict[str, float | None]:
    if not ranks:
        return {f"at_{k}": None for k in RECALL_AT}
    return {f"at_{k}": round(sum(r is not None and r < k for r in ranks) / len(ranks), 3)
            for k in RECALL_AT}


def _gold_retrieval(engine: LookupEngine, items: list[dict]) -> dict:
    """Recall@1/3/6 of a sentence of the question's article holding an accepted answer."""
    by_kind: dict[str, list[int | None]] = {"plain": [], "paraphrase": []}
    for item in items:
        if item["kind"] == "unanswerable":
            continue
        answers = [str(a) for a in item.get("answers") or []]
        article = item.get("article")
        hits = engine.index.search(engine.read(item["question"]).terms, k=TOP_SENTENCES + 6)
        rank = _first_rank(hits, lambda h, a=answers, art=article: (
            art is None or h.entry.article.name == art) and any(
                _holds(h.entry.text, x) for x in a))
        by_kind.setdefault(item["kind"], []).append(rank)
    every = [r for ranks in by_kind.values() for r in ranks]
    return {**_recall(every), "plain": _recall(by_kind["plain"]),
            "paraphrase": _recall(by_kind["paraphrase"])}


def squad_retrieval(paths: list[Path]) -> dict:
    """Retrieval recall on SQuAD v1.1 files, each file one article (as squad_eval.py)."""
    from questions.article import parse_article_text
    from questions.lookup.pipeline import load_pipeline

    nlp = load_pipeline()
    out = {}
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        for item in data["data"]:
            contexts = [p["context"].strip() for p in item["paragraphs"]]
            article = parse_article_text("\n\n".join(contexts), name=item.get("title", "x"))
            engine = LookupEngine.build([article], nlp)
            doc = engine.index.articles[article.name].doc
            strict: list[int | None] = []
            loose: list[int | None] = []
            cursor = 0
            for para in item["paragraphs"]:
                raw = para["context"]
                base = doc.text.find(raw.strip(), cursor)
                lead = len(raw) - len(raw.lstrip())
                if base >= 0:
                    cursor = base
                for qa in para["qas"]:
                    golds = [a["text"] for a in qa["answers"]]
                    spots = {base + a["answer_start"] - lead for a in qa["answers"]
                             if base >= 0}
                    hits = engine.index.search(engine.read(qa["question"]).terms,
                                               k=TOP_SENTENCES + 6)
                    strict.append(_first_rank(hits, lambda h, s=spots: any(
                        h.entry.sent.start_char <= c < h.entry.sent.end_char for c in s)))
                    loose.append(_first_rank(hits, lambda h, g=golds: any(
                        _holds(h.entry.text, x) for x in g)))
            out[item.get("title", path.stem)] = {
                "questions": len(strict), **_recall(strict),
                **{f"any_{k}": v for k, v in _recall(loose).items()}}
    return out


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
    parser.add_argument("--articles", type=Path, nargs="+",
                        help="index these articles (files or folders) instead of the gold "
                        "list's; e.g. tests/data/pool tests/data/articles seeds for "
                        "tests/lookup/pool_questions.yaml")
    parser.add_argument("--squad", type=Path, nargs="+",
                        help="measure retrieval recall on these SQuAD files instead")
    args = parser.parse_args()
    if args.squad:
        print(json.dumps({"squad_retrieval": squad_retrieval(args.squad)},
                         indent=None if args.json else 2))
        return 0
    result = evaluate(args.gold, None if args.no_glossary else GLOSSARY, args.articles)
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

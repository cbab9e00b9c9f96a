"""Classify the look-up's wrong best candidates: `python bench/lookup_errors.py SOURCE [--json]`.

SOURCE is a SQuAD v1.1 file (each article asked against itself, as `squad_eval.py`) or a
YAML question list in the gold list's format (asked against tests/data/articles and the
seed, as `lookup_eval.py`, or `--articles PATH...`); `--decline` gives a YAML list's
figures with declining on instead (right, unanswerable declined, each miss). Otherwise
declining is off: this measures candidate choice only. Each wrong best candidate gets one
class, checked in this order:

- `in_question`: every word of the gold answer is already in the question;
- `not_retrieved`: no sentence of the top `TOP_SENTENCES` contains the gold answer;
- `boundary`: the best candidate contains the gold answer or lies inside it (F1 > 0);
- `filtered`: a candidate equal to the gold exists but was dropped (type clash, or made of
  the question's words);
- `no_candidate`: the gold is in a retrieved sentence but no candidate equals it (not an
  entity or chunk: a clause, a part of a phrase);
- `wrong_type`: the gold candidate's type fit is lower than the winner's;
- `wrong_slot`: its slot fit is lower;
- `other`: it lost on retrieval, parse proximity or length.

Use it on development material (SQuAD Beyoncé, a dev list of your own), never to tune
to the report sets. `--show N` prints N wrong questions of each class with both
candidates.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.squad_eval import f1_score, load_squad  # noqa: E402
from questions.article import iter_article_paths, parse_article_text, read_article  # noqa: E402
from questions.glossary import load_glossary  # noqa: E402
from questions.lookup import LookupEngine, normalize_answer  # noqa: E402
from questions.lookup.answer import (  # noqa: E402
    TOP_SENTENCES,
    _analysis,
    _question_term_set,
    _score_sentence,
)
from questions.lookup.pipeline import load_pipeline  # noqa: E402

ARTICLES = [ROOT / "tests/data/articles", ROOT / "seeds/bts-bbma-2018.txt"]
GLOSSARY = ROOT / "seeds/glossary.yaml"


def diagnose(engine: LookupEngine, question: str, golds: list[str]) -> dict:
    glossary = engine.glossary
    q = engine.read(question)
    hits = engine.index.search(q.terms, k=TOP_SENTENCES)
    row = {"question": question, "gold": golds[:3], "wh": q.wh, "expected": q.expected,
           "slot": q.slot, "prep": q.prep, "verb": q.verb, "focus": q.focus}
    if not hits:
        return {**row, "class": "not_retrieved", "best": None}
    top = hits[0].score or 1.0
    q_terms = _question_term_set(q, glossary)
    scored = []
    seen: set[str] = set()
    for rank, hit in enumerate(hits):
        if hit.entry.text in seen:
            continue
        seen.add(hit.entry.text)
        scored.extend(_score_sentence(q, hit, hit.score / top, q_terms, glossary, rank))
    gold_norm = {normalize_answer(g) for g in golds}
    best = max(scored, key=lambda s: s.score) if scored else None
    row["best"] = _show(best)
    if best is not None and normalize_answer(best.cand.text) in gold_norm:
        return {**row, "class": "right"}
    q_words = set(normalize_answer(question).split())
    if any(set(g.split()) <= q_words for g in gold_norm if g):
        return {**row, "class": "in_question"}
    gold_hits = [h for h in hits if any(g and g in normalize_answer(h.entry.text)
                                        for g in gold_norm)]
    row["gold_sentence"] = gold_hits[0].entry.text if gold_hits else None
    if not gold_hits:
        return {**row, "class": "not_retrieved"}
    if best is not None and max(f1_score(best.cand.text, g) for g in golds) > 0:
        got = normalize_answer(best.cand.text)
        if any(g in got or got in g for g in gold_norm):
            return {**row, "class": "boundary"}
    gold_scored = [s for s in scored if normalize_answer(s.cand.text) in gold_norm]
    if not gold_scored:
        raw = [c for h in gold_hits for c in _analysis(h, glossary).candidates
               if normalize_answer(c.text) in gold_norm]
        if raw:
            row["gold_cand"] = {"text": raw[0].text, "types": sorted(raw[0].types),
                                "dep": raw[0].root.dep_}
            return {**row, "class": "filtered"}
        return {**row, "class": "no_candidate"}
    gold = max(gold_scored, key=lambda s: s.score)
    row["gold_cand"] = _show(gold)
    if best is None:
        cls = "other"
    elif gold.type_fit < best.type_fit - 0.05:
        cls = "wrong_type"
    elif gold.slot_fit < best.slot_fit - 0.05:
        cls = "wrong_slot"
    else:
        cls = "other"
    return {**row, "class": cls}


def _show(s) -> dict | None:
    if s is None:
        return None
    return {"text": s.cand.text, "types": sorted(s.cand.types), "kind": s.cand.kind,
            "dep": s.cand.root.dep_, "head": s.cand.root.head.text,
            "score": round(s.score, 2), "type_fit": round(s.type_fit, 2),
            "slot_fit": round(s.slot_fit, 2), "prox": round(s.proximity, 2),
            "rank": s.rank, "sentence": s.hit.entry.text[:200]}


def run(source: Path, articles: list[Path] | None = None) -> list[dict]:
    rows = []
    if source.suffix == ".json":
        nlp = load_pipeline()
        for title, text, qas in load_squad(source):
            engine = LookupEngine.build([parse_article_text(text, name=title)], nlp)
            rows += [diagnose(engine, q, golds) for q, golds in qas]
        return rows
    items = yaml.safe_load(source.read_text(encoding="utf-8"))
    glossary = load_glossary(GLOSSARY)
    engine = LookupEngine.build([read_article(p) for p in iter_article_paths(
        articles or ARTICLES)], glossary=glossary)
    for item in items:
        if item.get("kind") == "unanswerable":
            continue
        rows.append(diagnose(engine, item["question"], [str(a) for a in item["answers"]]))
    return rows


def decline_figures(source: Path, articles: list[Path] | None = None) -> dict:
    """The product's answers (declining on) to a YAML list: right share of answerable
    questions, share of unanswerable ones declined, and each miss."""
    items = yaml.safe_load(source.read_text(encoding="utf-8"))
    glossary = load_glossary(GLOSSARY)
    engine = LookupEngine.build([read_article(p) for p in iter_article_paths(
        articles or ARTICLES)], glossary=glossary)
    right = declined = answerable = 0
    misses = []
    for item in items:
        got = engine.ask(item["question"])
        if item.get("kind") == "unanswerable":
            declined += got.answer is None
            if got.answer is not None:
                misses.append(("answered", item["question"], got.answer, got.confidence))
            continue
        answerable += 1
        ok = any(engine.answers_match(str(a), got.answer) for a in item["answers"])
        right += ok
        if not ok:
            misses.append(("declined" if got.answer is None else "wrong", item["question"],
                           got.answer, got.confidence))
    unanswerable = len(items) - answerable
    return {"answerable": answerable, "right": round(right / max(answerable, 1), 3),
            "unanswerable": unanswerable,
            "declined_unanswerable": round(declined / max(unanswerable, 1), 3),
            "misses": misses}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--json", action="store_true", help="one JSON object per question")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--only", default=None, help="show only this class")
    parser.add_argument("--articles", nargs="+", type=Path, default=None,
                        help="articles for a YAML list (default: tests/data/articles, seed)")
    parser.add_argument("--decline", action="store_true",
                        help="YAML list: the product's answers with declining on instead")
    args = parser.parse_args()
    if args.decline:
        print(json.dumps(decline_figures(args.source, args.articles), indent=1))
        return 0
    rows = run(args.source, args.articles)
    if args.json:
        for row in rows:
            print(json.dumps(row))
        return 0
    counts = Counter(r["class"] for r in rows)
    print(json.dumps({"questions": len(rows), **dict(counts.most_common())}))
    shown: Counter = Counter()
    for r in rows:
        if r["class"] == "right" or shown[r["class"]] >= args.show:
            continue
        if args.only and r["class"] != args.only:
            continue
        shown[r["class"]] += 1
        print(f"\n[{r['class']}] {r['question']}  (wh={r['wh']} exp={r['expected']} "
              f"slot={r['slot']}/{r['prep']} verb={r['verb']} focus={r['focus']})")
        print(f"   gold {r['gold']}")
        b = r.get("best")
        if b:
            print(f"   best {b['text']!r} {b['types']} {b['kind']} {b['dep']}<-{b['head']} "
                  f"s={b['score']} t={b['type_fit']} sl={b['slot_fit']} p={b['prox']} "
                  f"r={b['rank']}\n      | {b['sentence']}")
        g = r.get("gold_cand")
        if g:
            print(f"   gold-cand {g}")
        elif r.get("gold_sentence"):
            print(f"   gold-sent | {r['gold_sentence'][:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

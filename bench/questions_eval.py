"""Measure the question engine: `python bench/questions_eval.py [--json] [--show]`.

Articles: the development corpus (tests/data/articles/ and the seed, gold facts in
tests/data/gold_facts.yaml) and the SQuAD articles in ../shared/eval/squad/ (converted to
text, paragraphs blank-line separated; their human questions' answers serve as gold).
Per article and overall:
- `generated`: candidate questions before the gates; `passed`: after them;
  `share_passing`: passed / generated;
- `gold_covered`: share of gold facts whose answer (or an alias) is the answer of a
  passing question, after normalising (case, punctuation, articles);
- `roundtrip`: share of passing questions (true/false excluded) that the fact look-up
  (questions.lookup) answers correctly from the question text alone; null without it.
`--show` prints every passing question (for reading and rating them by hand).
`--extra DIR` adds the articles of DIR (no gold; repeatable) for reading only: the
figures of the default run are the ones the README quotes. `--dump FILE` writes every
passing question as YAML (question, answer, form, answer_type, article, sentence) in the
layout of tests/data/ratings/ (`good`/`class` left for the rater). `--ratings DIR`
prints, for the rated questions found among the passing ones, how many are good
(precision of what is kept) and how many rated ones are no longer kept.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from questions.article import parse_article_text, read_article  # noqa: E402
from questions.engine import QuestionEngine  # noqa: E402
from questions.gates import normalise  # noqa: E402
from questions.glossary import load_glossary  # noqa: E402
from questions.types import Article  # noqa: E402

ARTICLES = ROOT / "tests/data/articles"
SEED = ROOT / "seeds/bts-bbma-2018.txt"
GOLD = ROOT / "tests/data/gold_facts.yaml"
SQUAD = ROOT.parent / "shared/eval/squad"
GLOSSARY = ROOT / "seeds/glossary.yaml"


def squad_article(path: Path) -> tuple[Article, list[dict]]:
    data = json.loads(path.read_text(encoding="utf-8"))["data"][0]
    text = "\n\n".join(p["context"].strip() for p in data["paragraphs"])
    gold = [
        {"answer": qa["answers"][0]["text"], "question": qa["question"]}
        for p in data["paragraphs"]
        for qa in p["qas"]
    ]
    return parse_article_text(text, name=path.stem), gold


def load_corpus(
    squad: bool = True, extra: Sequence[Path] = ()
) -> tuple[list[Article], dict[str, list[dict]]]:
    articles = [read_article(SEED)] + [read_article(p) for p in sorted(ARTICLES.glob("*.txt"))]
    for folder in extra:
        articles += [read_article(p) for p in sorted(Path(folder).iterdir())
                     if p.suffix in {".txt", ".md"}]
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8")) if GOLD.is_file() else {}
    for folder in extra:
        # A folder's own gold facts sit beside it: tests/data/pool -> pool_gold_facts.yaml.
        beside = Path(folder).parent / f"{Path(folder).name}_gold_facts.yaml"
        if beside.is_file():
            gold.update(yaml.safe_load(beside.read_text(encoding="utf-8")) or {})
    if squad and SQUAD.is_dir():
        for path in sorted(SQUAD.glob("*.json")):
            article, items = squad_article(path)
            articles.append(article)
            gold[article.name] = items
    elif squad:
        print(f"note: {SQUAD} is absent; SQuAD articles skipped", file=sys.stderr)
    return articles, gold


def covered(item: dict, answers: set[str]) -> bool:
    names = [str(item["answer"]), *[str(a) for a in item.get("aliases") or []]]
    return any(normalise(n) in answers for n in names if normalise(n))


def evaluate(
    squad: bool = True, roundtrip: bool = True, extra: Sequence[Path] = ()
) -> tuple[dict, list]:
    articles, gold = load_corpus(squad, extra)
    glossary = load_glossary(GLOSSARY)
    engine = QuestionEngine(glossary=glossary)
    start = time.perf_counter()
    parsed = engine.parse(articles)
    result = engine.generate_parsed(parsed)
    seconds = time.perf_counter() - start

    checker = None
    if roundtrip:
        try:
            lookup = importlib.import_module("questions.lookup")
            look = lookup.LookupEngine.build(parsed, engine.nlp, glossary)

            def checker(q) -> bool:
                got = look.ask(q.question).answer
                return any(look.answers_match(n, got) for n in (q.answer, *q.aliases))
        except ImportError:
            checker = None

    per_article: dict[str, dict] = {}
    totals = {"generated": 0, "passed": 0, "gold": 0, "gold_covered": 0, "rt": 0, "rt_ok": 0}
    for article in articles:
        stats = result.per_article.get(article.name)
        mine = [q for q in result.questions if q.source.article == article.name]
        answers = {normalise(q.answer) for q in mine} | {
            normalise(a) for q in mine for a in q.aliases
        }
        items = gold.get(article.name) or []
        hit = sum(covered(item, answers) for item in items)
        askable = [q for q in mine if q.form != "truefalse"]
        rt_ok = sum(checker(q) for q in askable) if checker else None
        generated = stats.candidates if stats else 0
        per_article[article.name] = {
            "generated": generated,
            "passed": len(mine),
            "share_passing": round(len(mine) / generated, 3) if generated else None,
            "gold_facts": len(items),
            "gold_covered": round(hit / len(items), 3) if items else None,
            "roundtrip": round(rt_ok / len(askable), 3) if checker and askable else None,
            "rejected": dict(stats.rejected.most_common()) if stats else {},
        }
        totals["generated"] += generated
        totals["passed"] += len(mine)
        totals["gold"] += len(items)
        totals["gold_covered"] += hit
        if checker:
            totals["rt"] += len(askable)
            totals["rt_ok"] += rt_ok or 0
    overall = {
        "articles": len(articles),
        "generated": totals["generated"],
        "passed": totals["passed"],
        "share_passing": round(totals["passed"] / max(totals["generated"], 1), 3),
        "gold_covered": round(totals["gold_covered"] / max(totals["gold"], 1), 3),
        "roundtrip": round(totals["rt_ok"] / totals["rt"], 3) if checker and totals["rt"] else None,
        "facts": len(result.facts),
        "seconds": round(seconds, 2),
    }
    return {"overall": overall, "per_article": per_article}, result.questions


def dump(questions: Sequence, path: Path) -> None:
    rows = [
        {"question": q.question, "answer": q.answer, "form": q.form,
         "answer_type": q.answer_type, "article": q.source.article,
         "sentence": q.source.sentence}
        for q in questions
    ]
    path.write_text(yaml.safe_dump(rows, sort_keys=False, allow_unicode=True, width=100),
                    encoding="utf-8")


def load_ratings(folder: Path) -> dict[tuple[str, str], dict]:
    """Rated questions by (normalised question, normalised answer)."""
    rated: dict[tuple[str, str], dict] = {}
    for path in sorted(Path(folder).glob("*.yaml")):
        for row in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if "good" in row:
                rated[(normalise(row["question"]), normalise(str(row["answer"])))] = row
    return rated


def rated_precision(questions: Sequence, folder: Path) -> dict:
    """Precision of the passing questions that carry a rating, and how many rated
    questions (good and bad) are no longer passing."""
    rated = load_ratings(folder)
    kept = {(normalise(q.question), normalise(q.answer)) for q in questions}
    articles = {q.source.article for q in questions}
    hits = [row for key, row in rated.items() if key in kept]
    dropped = [row for key, row in rated.items()
               if key not in kept and row.get("article") in articles]
    good = sum(bool(row["good"]) for row in hits)
    per_article: dict[str, list[int]] = {}
    for row in hits:
        counts = per_article.setdefault(row["article"], [0, 0])
        counts[0] += bool(row["good"])
        counts[1] += 1
    return {
        "rated_kept": len(hits),
        "good_kept": good,
        "precision": round(good / len(hits), 3) if hits else None,
        "unrated_kept": len(kept) - len(hits),
        "dropped_good": sum(bool(row["good"]) for row in dropped),
        "dropped_bad": sum(not row["good"] for row in dropped),
        "per_article": {name: f"{g}/{n}" for name, (g, n) in sorted(per_article.items())},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--show", action="store_true", help="print every passing question")
    parser.add_argument("--no-squad", action="store_true", help="skip the SQuAD articles")
    parser.add_argument("--no-roundtrip", action="store_true", help="skip the look-up check")
    parser.add_argument("--extra", action="append", default=[], type=Path,
                        help="also read the articles of this folder (repeatable); its gold facts "
                             "are FOLDER_gold_facts.yaml beside it, when present")
    parser.add_argument("--dump", type=Path, help="write the passing questions as YAML")
    parser.add_argument("--ratings", type=Path, help="folder of rated questions (YAML)")
    args = parser.parse_args(argv)
    report, questions = evaluate(
        squad=not args.no_squad, roundtrip=not args.no_roundtrip, extra=args.extra
    )
    if args.dump:
        dump(questions, args.dump)
    if args.ratings:
        report["rated"] = rated_precision(questions, args.ratings)
    if args.show:
        for q in questions:
            print(f"[{q.source.article}] ({q.form}) {q.question} -> {q.answer}", file=sys.stderr)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        o = report["overall"]
        print(f"{o['passed']}/{o['generated']} passed ({o['share_passing']:.0%}), gold covered "
              f"{o['gold_covered']:.0%}, round trip {o['roundtrip']}")
        for name, row in report["per_article"].items():
            print(f"  {name}: {row['passed']} passed, gold {row['gold_covered']}, "
                  f"round trip {row['roundtrip']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

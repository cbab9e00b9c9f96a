"""Ingest speed: `python bench/ingest.py [--json] [--articles N]`.

Runs N articles (default 1,000, recombined from the available ones: the seed, the
development corpus and SQuAD paragraphs grouped into ~200-word articles) through our
whole question pipeline (parse with our components, mentions, facts, questions, gates,
difficulty, wrong choices) and through spaCy's bare `nlp.pipe` of the same model on the
same texts, in the same run, alternating which goes first. Keys: `articles`,
`articles_per_s` (ours), `bare_articles_per_s`, `spacy_ratio` (our time / bare time).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from questions.article import parse_article_text, read_article  # noqa: E402
from questions.engine import QuestionEngine  # noqa: E402
from questions.glossary import load_glossary  # noqa: E402
from questions.nlp import DEFAULT_BATCH_SIZE, DEFAULT_MODEL  # noqa: E402
from questions.types import Article  # noqa: E402

SQUAD = ROOT.parent / "shared/eval/squad"


def source_articles() -> list[Article]:
    articles = [read_article(ROOT / "seeds/bts-bbma-2018.txt")]
    articles += [read_article(p) for p in sorted((ROOT / "tests/data/articles").glob("*.txt"))]
    for path in sorted(SQUAD.glob("*.json")) if SQUAD.is_dir() else []:
        data = json.loads(path.read_text(encoding="utf-8"))["data"][0]
        block: list[str] = []
        for number, paragraph in enumerate(data["paragraphs"]):
            block.append(paragraph["context"].strip())
            if sum(len(b.split()) for b in block) >= 200:
                text = "\n\n".join(block)
                articles.append(parse_article_text(text, name=f"{path.stem}-{number}"))
                block = []
    return articles


def corpus(n: int) -> list[Article]:
    """n articles: the sources in turn, each copy renamed (same text, distinct names)."""
    sources = source_articles()
    out = []
    for i in range(n):
        a = sources[i % len(sources)]
        out.append(Article(**{**a.__dict__, "name": f"{a.name}-{i}"}))
    return out


def run(n: int, batch_size: int = DEFAULT_BATCH_SIZE) -> dict:
    articles = corpus(n)
    texts = [a.body for a in articles]
    engine = QuestionEngine(glossary=load_glossary(ROOT / "seeds/glossary.yaml"))
    bare = spacy.load(DEFAULT_MODEL, exclude=["senter"])
    engine.generate(articles[:4])  # warm both up (model load, lemminflect tables)
    list(bare.pipe(texts[:4]))

    def ours() -> float:
        start = time.perf_counter()
        parsed = engine.parse(articles)
        engine.generate_parsed(parsed)
        return time.perf_counter() - start

    def floor() -> float:
        start = time.perf_counter()
        for _ in bare.pipe(texts, batch_size=batch_size):
            pass
        return time.perf_counter() - start

    # alternate the order so machine noise does not favour one side
    half = max(n // 2, 1)
    first = articles, texts
    ours_s = floor_s = 0.0
    for part in (slice(0, half), slice(half, n)):
        articles, texts = first[0][part], first[1][part]
        if not articles:
            continue
        if part.start == 0:
            ours_s += ours()
            floor_s += floor()
        else:
            floor_s += floor()
            ours_s += ours()
    words = sum(len(t.split()) for t in first[1])
    return {
        "articles": n,
        "words": words,
        "articles_per_s": round(n / ours_s, 1),
        "bare_articles_per_s": round(n / floor_s, 1),
        "ours_s": round(ours_s, 2),
        "bare_s": round(floor_s, 2),
        "spacy_ratio": round(ours_s / floor_s, 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--articles", type=int, default=1000, metavar="N")
    args = parser.parse_args(argv)
    report = run(args.articles)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{report['articles']} articles: {report['articles_per_s']}/s, "
              f"spacy_ratio {report['spacy_ratio']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

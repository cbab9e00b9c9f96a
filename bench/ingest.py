"""Ingest speed: `python bench/ingest.py [--json] [--articles N]`.

Runs N articles (default 1,000, recombined from the available ones: the seed, the
development corpus and SQuAD paragraphs grouped into ~200-word articles) through our
whole question pipeline (parse with our components, mentions, facts, questions, gates,
difficulty, wrong choices) and through spaCy's bare `nlp.pipe` of the same model on the
same texts, in the same run and process, with the same batch size, alternating chunk
by chunk which goes first (see `run`). Keys: `articles`, `articles_per_s` (ours),
`bare_articles_per_s`, `spacy_ratio` (our wall time / bare wall time), and `cpu_ratio`
(the same in this process's CPU time, steadier on a shared machine).
"""

from __future__ import annotations

import argparse
import json
import statistics
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
CHUNK = 125  # articles per alternation step


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


def run(
    n: int,
    batch_size: int = DEFAULT_BATCH_SIZE,
    repeat: int = 1,
    chunk: int = CHUNK,
) -> dict:
    """Time our pipeline and the bare floor on the same n texts, in the same process.

    The parse runs in chunks of `chunk` articles, ours and bare alternately (ABBA order,
    so neither side always runs first on a warm cache or a quiet machine). Our
    cross-article steps (wrong-choice pool, "more than one answer" gate, answer rarity)
    then run once over all n parsed articles, as `QuestionEngine.generate` does, and
    count on our side. Both sides use the same batch size and one process; both are
    warmed up on the same few texts first, outside the timings. Wall time is what the
    ratio uses; CPU time (this process only) is reported beside it, since other work on
    the machine inflates wall time at random. With `repeat` > 1 the figures are the
    medians over the repetitions."""
    articles = corpus(n)
    texts = [a.body for a in articles]
    engine = QuestionEngine(glossary=load_glossary(ROOT / "seeds/glossary.yaml"))
    bare = spacy.load(DEFAULT_MODEL)  # what a user gets: senter ships disabled
    ours_pipes = [name for name in engine.nlp.pipe_names if not name.startswith("ft_")]
    assert ours_pipes == bare.pipe_names, (ours_pipes, bare.pipe_names)
    engine.generate(articles[:4])  # warm both up (model load, lemminflect tables)
    list(bare.pipe(texts[:4], batch_size=batch_size))

    def timed(fn) -> tuple[object, float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        out = fn()
        return out, time.perf_counter() - wall, time.process_time() - cpu

    rounds = []
    for r in range(repeat):
        ours_wall = ours_cpu = bare_wall = bare_cpu = 0.0
        parsed = []
        for k, lo in enumerate(range(0, n, chunk)):
            part, part_texts = articles[lo : lo + chunk], texts[lo : lo + chunk]

            def floor(part_texts=part_texts) -> None:
                for _ in bare.pipe(part_texts, batch_size=batch_size):
                    pass

            def ours(part=part) -> list:
                return engine.parse(part)

            for side in ("bare", "ours") if (k + r) % 2 == 0 else ("ours", "bare"):
                if side == "bare":
                    _, wall, cpu = timed(floor)
                    bare_wall, bare_cpu = bare_wall + wall, bare_cpu + cpu
                else:
                    docs, wall, cpu = timed(ours)
                    parsed.extend(docs)
                    ours_wall, ours_cpu = ours_wall + wall, ours_cpu + cpu
        result, wall, cpu = timed(lambda parsed=parsed: engine.generate_parsed(parsed))
        rounds.append(
            {
                "ours_s": ours_wall + wall,
                "bare_s": bare_wall,
                "ours_cpu_s": ours_cpu + cpu,
                "bare_cpu_s": bare_cpu,
                "generate_s": wall,
                "questions": len(result.questions),
            }
        )
        del parsed, result

    def median(key: str) -> float:
        return statistics.median(r[key] for r in rounds)

    ratios = [r["ours_s"] / r["bare_s"] for r in rounds]
    cpu_ratios = [r["ours_cpu_s"] / r["bare_cpu_s"] for r in rounds]
    words = sum(len(t.split()) for t in texts)
    return {
        "articles": n,
        "words": words,
        "batch_size": batch_size,
        "repeat": repeat,
        "articles_per_s": round(n / median("ours_s"), 1),
        "bare_articles_per_s": round(n / median("bare_s"), 1),
        "ours_s": round(median("ours_s"), 2),
        "bare_s": round(median("bare_s"), 2),
        "generate_s": round(median("generate_s"), 2),
        "ours_cpu_s": round(median("ours_cpu_s"), 2),
        "bare_cpu_s": round(median("bare_cpu_s"), 2),
        "questions": rounds[0]["questions"],
        "spacy_ratio": round(statistics.median(ratios), 3),
        "spacy_ratios": [round(x, 3) for x in ratios],
        "cpu_ratio": round(statistics.median(cpu_ratios), 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--articles", type=int, default=1000, metavar="N")
    parser.add_argument("--repeat", type=int, default=1, metavar="R",
                        help="repetitions; figures are medians (default 1)")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE, metavar="B")
    args = parser.parse_args(argv)
    report = run(args.articles, batch_size=args.batch_size, repeat=max(args.repeat, 1))
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{report['articles']} articles: {report['articles_per_s']}/s, "
              f"spacy_ratio {report['spacy_ratio']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

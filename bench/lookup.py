"""Look-up latency over a large corpus: `python bench/lookup.py [--json] [--articles N]`.

Synthesises N articles (default 10,000) by recombining the sentences of the development
articles (tests/data/articles/ and the seed): each synthetic article takes two thirds of
the paragraphs of a random real one, in a random order, keeping the parsed sentences.
Parsing is done once for the real articles (`parse_s`); parsing 10,000 articles is the
ingest benchmark's business, and the look-up caches parses on disk. Then it builds the
index over all N (`build_s`) and asks the gold questions round-robin, timing each `ask`
(question parse, retrieval, candidate scoring) for p50/p99. `rss_mb` is the process's
resident memory after.
Recombined text repeats the same words, so the BM25 posting lists are longer than a real
corpus of this size would have: if anything, pessimistic. It also shares parsed
sentences, and the per-sentence analysis (done at build time) is computed once per parsed
sentence: `analysis_ms_per_sentence` says what each distinct sentence of a real corpus
adds to `build_s`.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from questions.article import iter_article_paths, read_article  # noqa: E402
from questions.glossary import load_glossary  # noqa: E402
from questions.lookup import LookupEngine  # noqa: E402
from questions.lookup.analysis import analyse  # noqa: E402
from questions.lookup.index import ArticleEntry  # noqa: E402
from questions.lookup.pipeline import load_pipeline, parse  # noqa: E402
from questions.lookup.resolve import resolve_article  # noqa: E402

ARTICLES = [ROOT / "tests/data/articles", ROOT / "seeds/bts-bbma-2018.txt"]
GOLD = ROOT / "tests/data/lookup_gold.yaml"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def paragraphs_of(doc):
    groups: dict[int, list] = {}
    text = doc.text
    for sent in doc.sents:
        groups.setdefault(text.count("\n\n", 0, sent.start_char), []).append(sent)
    return list(groups.values())


def run(n_articles: int, n_questions: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    glossary = load_glossary(ROOT / "seeds/glossary.yaml")
    nlp = load_pipeline(glossary=glossary)
    articles = [read_article(p) for p in iter_article_paths(ARTICLES)]
    start = time.perf_counter()
    parsed = parse(nlp, articles)
    parse_s = time.perf_counter() - start
    bases = [(p.article, p.doc, *resolve_article(p.doc, glossary), paragraphs_of(p.doc))
             for p in parsed]
    rss_before = rss_mb()

    entries = []
    for k in range(n_articles):
        article, doc, resolved, learnt, paragraphs = rng.choice(bases)
        take = rng.sample(paragraphs, k=max(1, len(paragraphs) * 2 // 3))
        name = f"synth-{k:05d}"
        renamed = dataclasses.replace(article, name=name, title=f"{article.title} {k}")
        entries.append(ArticleEntry(renamed, doc, resolved, [s for p in take for s in p],
                                    descriptors=learnt))

    # what analysing one sentence costs (candidates, terms, parse facts): done at build
    # time; the recombined corpus shares parsed sentences, so its build analyses only the
    # real articles' ones, and a corpus of N distinct sentences adds N times this
    start = time.perf_counter()
    real_sentences = 0
    for _, doc, resolved, _, _ in bases:
        for sent in doc.sents:
            analyse(sent, resolved, glossary)
            real_sentences += 1
    analysis_ms = (time.perf_counter() - start) * 1000 / max(real_sentences, 1)

    engine = LookupEngine(nlp, glossary)
    start = time.perf_counter()
    engine.index.add_entries(entries)
    engine.index.refresh()
    build_s = time.perf_counter() - start
    engine.warm_up()

    questions = [item["question"] for item in yaml.safe_load(GOLD.read_text(encoding="utf-8"))]
    times = []
    for i in range(n_questions):
        question = questions[i % len(questions)]
        t = time.perf_counter()
        engine.ask(question)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    # the floor: spaCy's parse of the same questions alone, in the same run
    floor = []
    for i in range(n_questions):
        t = time.perf_counter()
        nlp(questions[i % len(questions)])
        floor.append((time.perf_counter() - t) * 1000)
    floor.sort()

    def pct(p: float, values: list[float] = times) -> float:
        return round(values[min(len(values) - 1, int(p * len(values)))], 2)

    return {
        "articles": n_articles,
        "sentences": len(engine.index.sentences),
        "questions_asked": n_questions,
        "p50_ms": pct(0.50),
        "p99_ms": pct(0.99),
        "parse_p50_ms": pct(0.50, floor),  # spaCy alone on the question: the floor
        "parse_p99_ms": pct(0.99, floor),
        "build_s": round(build_s, 2),
        "parse_s": round(parse_s, 2),
        "analysis_ms_per_sentence": round(analysis_ms, 3),
        "rss_mb": round(rss_mb(), 1),
        "index_rss_mb": round(rss_mb() - rss_before, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--questions", type=int, default=500)
    args = parser.parse_args()
    result = run(args.articles, args.questions)
    print(json.dumps(result, indent=None if args.json else 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

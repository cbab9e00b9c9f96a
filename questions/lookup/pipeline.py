"""The spaCy side of the look-up: load the pipeline and parse articles, with a disk cache.

The look-up parses with the question engine's own pipeline (`questions.nlp`), so both
read the same sentences, entities and fine types. Parsing is the only expensive step of
building an index, so parsed articles are cached on disk as DocBins keyed by the model,
the glossary and the article's content hash.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from questions.glossary import Glossary
from questions.nlp import DEFAULT_MODEL, load_nlp, parse_articles
from questions.types import Article

log = logging.getLogger(__name__)

CACHE_ENV = "FAN_TRIVIA_CACHE"
CACHE_VERSION = "lookup-parse-1"


@dataclass(frozen=True)
class Parsed:
    """An article with its parsed text (paragraphs joined by blank lines)."""

    article: Article
    doc: Doc


def load_pipeline(model: str = DEFAULT_MODEL, glossary: Glossary | None = None) -> Language:
    return load_nlp(model, glossary=glossary)


def article_text(article: Article) -> str:
    return "\n\n".join(p.text for p in article.paragraphs)


def parse(
    nlp: Language, articles: Sequence[Article], cache_dir: Path | None = None
) -> list[Parsed]:
    """Parse articles (cached on disk when `cache_dir` or $FAN_TRIVIA_CACHE is set)."""
    cache = _cache_dir(cache_dir)
    out: dict[int, Parsed] = {}
    todo: list[int] = []
    for i, article in enumerate(articles):
        doc = _load_cached(nlp, cache, article) if cache else None
        if doc is not None:
            out[i] = Parsed(article, doc)
        else:
            todo.append(i)
    if todo:
        fresh = _parse_fresh(nlp, [articles[i] for i in todo])
        for i, parsed in zip(todo, fresh, strict=True):
            out[i] = parsed
            if cache:
                _store_cached(nlp, cache, parsed)
    return [out[i] for i in range(len(articles))]


def _parse_fresh(nlp: Language, articles: Sequence[Article]) -> list[Parsed]:
    return [Parsed(p.article, p.doc) for p in parse_articles(nlp, list(articles))]


def _cache_dir(explicit: Path | None) -> Path | None:
    if explicit is not None:
        return explicit
    env = os.environ.get(CACHE_ENV)
    return Path(env) if env else None


def _key(nlp: Language, article: Article) -> str:
    glossary = getattr(nlp.vocab, "ft_glossary", None)
    parts = [
        CACHE_VERSION,
        nlp.meta.get("name", ""),
        nlp.meta.get("version", ""),
        ",".join(nlp.pipe_names),
        str(hash(glossary)) if glossary is not None else "",
        article.content_hash or hashlib.sha256(article_text(article).encode()).hexdigest(),
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


def _load_cached(nlp: Language, cache: Path, article: Article) -> Doc | None:
    path = cache / f"{_key(nlp, article)}.spacy"
    if not path.is_file():
        return None
    try:
        docs = list(DocBin(store_user_data=True).from_bytes(path.read_bytes()).get_docs(nlp.vocab))
    except Exception as error:  # a damaged cache file is a miss, never a failure
        log.warning("ignoring unreadable parse cache %s: %s", path.name, error)
        return None
    return docs[0] if docs else None


def _store_cached(nlp: Language, cache: Path, parsed: Parsed) -> None:
    try:
        cache.mkdir(parents=True, exist_ok=True)
        data = DocBin(docs=[parsed.doc], store_user_data=True).to_bytes()
        path = cache / f"{_key(nlp, parsed.article)}.spacy"
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    except Exception as error:  # caching is an optimisation: never fail a look-up for it
        log.warning("could not cache a parse: %s", error)

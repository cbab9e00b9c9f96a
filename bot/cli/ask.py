"""`python -m bot ask "QUESTION" [PATH...] [--json]` and `ask --batch FILE [PATH...]`.

Answers fact questions from articles, quoting the sentence read. With PATHs (files or
folders of .txt/.md), only those articles are read and the database is not touched.
Without, the database's articles are used (all guilds' and the global ones); if the
database holds none, the articles in SEEDS_DIR, with a notice on stderr.

`--batch FILE` (or `-` for standard input) reads one question a line and prints one
answer a line in the same order, building the index once.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from bot.cli import CliError
from bot.cli.sources import add_engine_options, load_glossary
from bot.settings import get_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ask",
        help="answer a fact question from the articles",
        description="Answer a question from fan articles with a short answer and the "
        "sentence it comes from. With PATHs, from those files (the database is not "
        "touched); without, from the database's articles.",
    )
    parser.add_argument("question", nargs="?", help="the question (omit with --batch)")
    parser.add_argument("paths", nargs="*", metavar="PATH", help="articles or folders")
    parser.add_argument("--batch", metavar="FILE", help="one question a line; - for stdin")
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_engine_options(parser)
    parser.set_defaults(handler=cmd_ask)


def answer_json(answer) -> dict:
    return {
        "answer": answer.answer,
        "sentence": answer.sentence,
        "article": answer.article,
        "date": answer.date.isoformat() if answer.date else None,
        "confidence": round(float(answer.confidence), 3),
    }


def cmd_ask(args: argparse.Namespace) -> int:
    settings = get_settings()
    paths = list(args.paths)
    if args.batch is not None:
        if args.question is not None:
            paths.insert(0, args.question)  # with --batch every positional is a path
        questions = _read_batch(args.batch)
    else:
        if not args.question or not args.question.strip():
            raise CliError('give a question: python -m bot ask "Who ...?" [PATH...]')
        questions = [args.question]

    glossary = load_glossary(args, settings.seeds_dir)
    articles = _articles(paths, settings) if paths else _database_articles(settings)
    if not articles:
        raise CliError("no articles to answer from")

    from questions.lookup import LookupEngine
    from questions.lookup.pipeline import load_pipeline

    try:
        nlp = load_pipeline(args.model or settings.spacy_model, glossary)
    except Exception as error:  # unknown model: one line, no traceback
        raise CliError(str(error).splitlines()[0]) from None
    engine = LookupEngine.build(articles, nlp, glossary)
    out = sys.stdout
    for question in questions:
        answer = engine.ask(question)
        if args.json:
            out.write(json.dumps(answer_json(answer), ensure_ascii=False) + "\n")
        else:
            out.write(_readable(question, answer) + "\n")
        out.flush()
    return 0


def _readable(question: str, answer) -> str:
    if answer.answer is None:
        lines = [f"The articles do not say. (confidence {answer.confidence:.2f})"]
        if answer.sentence:
            lines.append(f"  nearest: “{answer.sentence}” ({answer.article})")
        return "\n".join(lines)
    date = f", {answer.date.isoformat()}" if answer.date else ""
    return (
        f"{answer.answer}  (confidence {answer.confidence:.2f})\n"
        f"  “{answer.sentence}” ({answer.article}{date})"
    )


def _read_batch(source: str) -> list[str]:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as error:
        raise CliError(f"{source}: cannot read it ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise CliError(f"{source}: is not UTF-8 text") from None
    return [line.strip() for line in text.splitlines()]


def _articles(paths: list[str], settings) -> list:
    from questions.article import ArticleError, iter_article_paths, read_article

    try:
        files = iter_article_paths(paths)
    except ArticleError as error:
        raise CliError(str(error)) from None
    articles = []
    for path in files:
        try:
            articles.append(read_article(path, max_bytes=settings.max_article_bytes))
        except ArticleError as error:
            print(f"error: {error}", file=sys.stderr)  # the other files still count
    return articles


def _database_articles(settings) -> list:
    try:
        articles = asyncio.run(_load_from_database(settings.database_url))
    except Exception as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise CliError(
            f"cannot read articles from the database ({reason}); run `python -m bot db "
            "upgrade`, or pass article files: python -m bot ask QUESTION PATH..."
        ) from None
    if articles:
        return articles
    print(
        f"notice: the database has no articles; answering from {settings.seeds_dir}/",
        file=sys.stderr,
    )
    if not Path(settings.seeds_dir).is_dir():
        return []
    return _articles([str(settings.seeds_dir)], settings)


async def _load_from_database(url: str) -> list:
    import dataclasses

    from bot.db.engine import open_database
    from bot.db.repos.articles import article_text, list_articles
    from questions.article import ArticleError, parse_article_text

    db = open_database(url)
    try:
        out = []
        for record in await list_articles(db):
            text = await article_text(db, record.id)
            if not text:
                continue
            try:
                article = parse_article_text(text, name=record.name)
            except ArticleError:
                continue
            out.append(dataclasses.replace(article, title=record.title, date=record.date))
        return out
    finally:
        await db.close()

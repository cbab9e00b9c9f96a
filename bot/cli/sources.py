"""What `questions`, `play` and `ask` read from the command line: the glossary, articles
and Red trivia lists, and the questions the engine makes of them.

`fail(message)` is how a command takes a file it cannot use: `questions` prints it and
goes on (exit 1 at the end), `play` raises CliError at the first.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Iterable
from pathlib import Path

from bot.cli import CliError

LIST_SUFFIXES = (".yaml", ".yml")  # Red-DiscordBot trivia lists

Fail = Callable[[str], None]


def add_engine_options(
    parser: argparse.ArgumentParser, *, no_glossary_help: str = "use no glossary"
) -> None:
    """--glossary PATH / --no-glossary and --model: what `load_glossary` and the engine
    read, declared once for every command that runs the language pipeline."""
    glossary = parser.add_mutually_exclusive_group()
    glossary.add_argument("--glossary", type=Path, metavar="PATH", help="glossary YAML to use")
    glossary.add_argument("--no-glossary", action="store_true", help=no_glossary_help)
    parser.add_argument("--model", help="spaCy model (default: SPACY_MODEL)")


def load_glossary(args: argparse.Namespace, seeds_dir: Path):
    """--glossary PATH, none with --no-glossary, else SEEDS_DIR/glossary.yaml if present."""
    from questions.glossary import GlossaryError
    from questions.glossary import load_glossary as load

    if args.no_glossary:
        return None
    path = args.glossary or seeds_dir / "glossary.yaml"
    if args.glossary is None and not path.is_file():
        return None
    try:
        return load(path)
    except GlossaryError as error:
        raise CliError(str(error)) from None


def read_sources(
    paths: Iterable[str | Path], *, max_bytes: int, fail: Fail
) -> tuple[list, list[Path]]:
    """The articles in `paths` (files, folders) and the Red lists among them."""
    from questions.article import ArticleError, iter_article_paths, read_article

    articles, lists = [], []
    for raw in paths:
        path = Path(raw)
        if path.is_file() and path.suffix.lower() in LIST_SUFFIXES:
            lists.append(path)
            continue
        try:
            files = iter_article_paths([path])
        except ArticleError as error:
            fail(str(error))
            continue
        for file in files:
            try:
                articles.append(read_article(file, max_bytes=max_bytes))
            except ArticleError as error:
                fail(str(error))
    return articles, lists


def red_questions(path: Path, fail: Fail) -> list:
    try:
        red = importlib.import_module("questions.red")
    except ImportError:
        fail(f"{path.name}: Red trivia lists are not supported yet")
        return []
    try:
        return list(red.load_red_list(path).questions)
    except Exception as error:  # the loader's errors are one-line messages
        fail(str(error).splitlines()[0] if str(error) else f"{path.name}: cannot load it")
        return []


def make_questions(articles: list, lists: list[Path], *, model: str, glossary, fail: Fail) -> list:
    """The lists' questions, then those the engine generates from the articles."""
    from questions.engine import QuestionEngine
    from questions.nlp import ModelError

    questions = []
    for path in lists:
        questions.extend(red_questions(path, fail))
    if articles:
        engine = QuestionEngine(model=model, glossary=glossary)
        try:
            questions.extend(engine.generate(articles).questions)
        except ModelError as error:
            fail(str(error))
    return questions

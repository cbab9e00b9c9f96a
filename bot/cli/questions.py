"""`python -m bot questions PATH... [--json] [--limit N] [--difficulty D] [--type T]`.

Reads articles (.txt/.md files or folders of them) and Red-DiscordBot trivia lists
(.yaml/.yml), runs the question engine and prints the questions that pass the gates:
a rich table, or a JSON array with `--json`. A file that cannot be read is one line on
stderr and a non-zero exit; the other files are still processed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

from bot.cli import CliError
from bot.cli.output import table_console
from bot.settings import get_settings

LIST_SUFFIXES = (".yaml", ".yml")
DIFFICULTIES = ("easy", "medium", "hard")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "questions",
        help="turn articles (and Red trivia lists) into quiz questions",
        description="Generate quiz questions from fan articles (.txt, .md, or folders) and "
        "load Red-DiscordBot trivia lists (.yaml). Only questions passing the quality gates "
        "are printed.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article, folder or .yaml list")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.add_argument("--limit", type=int, metavar="N", help="print at most N questions")
    parser.add_argument("--difficulty", choices=DIFFICULTIES, help="only this difficulty")
    parser.add_argument(
        "--type", dest="answer_type", metavar="T", help="only this answer type (song, person, ...)"
    )
    parser.add_argument("--form", help="only this form (wh, subject, blank, truefalse, ...)")
    glossary = parser.add_mutually_exclusive_group()
    glossary.add_argument("--glossary", type=Path, metavar="PATH", help="glossary YAML to use")
    glossary.add_argument(
        "--no-glossary",
        action="store_true",
        help="use no glossary (default: SEEDS_DIR/glossary.yaml if present)",
    )
    parser.add_argument("--model", help="spaCy model (default: SPACY_MODEL)")
    parser.set_defaults(handler=cmd_questions)


def question_json(question) -> dict:
    return {
        "id": question.id,
        "question": question.question,
        "answer": question.answer,
        "aliases": list(question.aliases),
        "choices": list(question.choices),
        "answer_type": question.answer_type,
        "difficulty": question.difficulty,
        "form": question.form,
        "source": {
            "article": question.source.article,
            "sentence": question.source.sentence,
            "date": question.source.date.isoformat() if question.source.date else None,
        },
    }


def _load_glossary(args: argparse.Namespace, seeds_dir: Path):
    from questions.glossary import GlossaryError, load_glossary

    if args.no_glossary:
        return None
    path = args.glossary or seeds_dir / "glossary.yaml"
    if args.glossary is None and not path.is_file():
        return None
    try:
        return load_glossary(path)
    except GlossaryError as error:
        raise CliError(str(error)) from None


def cmd_questions(args: argparse.Namespace) -> int:
    from questions.article import ArticleError, iter_article_paths, read_article
    from questions.engine import QuestionEngine
    from questions.nlp import ModelError

    settings = get_settings()
    failures = 0

    def fail(message: str) -> None:
        nonlocal failures
        failures += 1
        print(f"error: {message}", file=sys.stderr)

    glossary = _load_glossary(args, settings.seeds_dir)
    articles, lists = [], []
    for raw in args.paths:
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
                articles.append(read_article(file, max_bytes=settings.max_article_bytes))
            except ArticleError as error:
                fail(str(error))

    questions = []
    for path in lists:
        questions.extend(_red_questions(path, fail))
    if articles:
        engine = QuestionEngine(model=args.model or settings.spacy_model, glossary=glossary)
        try:
            questions.extend(engine.generate(articles).questions)
        except ModelError as error:
            fail(str(error))

    if args.difficulty:
        questions = [q for q in questions if q.difficulty == args.difficulty]
    if args.answer_type:
        questions = [q for q in questions if q.answer_type == args.answer_type]
    if args.form:
        questions = [q for q in questions if q.form == args.form]
    if args.limit is not None:
        questions = questions[: max(args.limit, 0)]

    if args.json:
        print(json.dumps([question_json(q) for q in questions], ensure_ascii=False, indent=2))
    else:
        _print_table(questions)
    return 1 if failures else 0


def _red_questions(path: Path, fail) -> list:
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


def _print_table(questions: list) -> None:
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=f"{len(questions)} questions", show_lines=False)
    table.add_column("question", overflow="fold", ratio=4)
    table.add_column("answer", overflow="fold", ratio=2)
    table.add_column("type")
    table.add_column("difficulty")
    table.add_column("form")
    table.add_column("article", overflow="fold")
    for q in questions:
        table.add_row(
            escape(q.question),
            escape(q.answer),
            q.answer_type,
            q.difficulty,
            q.form,
            escape(q.source.article),
        )
    table_console().print(table)

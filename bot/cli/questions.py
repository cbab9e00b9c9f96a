"""`python -m bot questions PATH... [--json] [--limit N] [--difficulty D] [--type T]`.

Reads articles (.txt/.md files or folders of them) and Red-DiscordBot trivia lists
(.yaml/.yml), runs the question engine and prints the questions that pass the gates:
a rich table, or a JSON array with `--json`. A file that cannot be read is one line on
stderr and a non-zero exit; the other files are still processed.
"""

from __future__ import annotations

import argparse
import json
import sys

from bot.cli.output import table_console
from bot.cli.sources import add_engine_options, load_glossary, make_questions, read_sources
from bot.settings import get_settings

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
    add_engine_options(
        parser, no_glossary_help="use no glossary (default: SEEDS_DIR/glossary.yaml if present)"
    )
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


def cmd_questions(args: argparse.Namespace) -> int:
    settings = get_settings()
    failures = 0

    def fail(message: str) -> None:
        nonlocal failures
        failures += 1
        print(f"error: {message}", file=sys.stderr)

    glossary = load_glossary(args, settings.seeds_dir)
    articles, lists = read_sources(args.paths, max_bytes=settings.max_article_bytes, fail=fail)
    questions = make_questions(
        articles, lists, model=args.model or settings.spacy_model, glossary=glossary, fail=fail
    )

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

"""`python -m bot ingest [PATH...]`: read articles, make questions, store them.

Goes on past bad files, prints which failed and why, and exits 1 if any failed (a file
already stored is not a failure)."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from bot.cli import CliError
from bot.cli.output import table_console
from bot.db.engine import open_database
from bot.db.migrate import upgrade
from bot.ingest import (
    ADDED,
    DUPLICATE,
    FAILED,
    EngineUnavailable,
    Outcome,
    default_engine,
    expand_paths,
    ingest_files,
)
from bot.settings import get_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ingest", help="read articles, generate their questions and store them"
    )
    parser.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH",
        help="article files or folders (.txt, .md; default: SEEDS_DIR)",
    )
    parser.add_argument(
        "--guild", type=int, default=0, metavar="ID",
        help="the guild the articles belong to (default 0: every guild sees them)",
    )
    parser.add_argument("--url", help="database URL (default: DATABASE_URL)")
    parser.add_argument("--model", help="spaCy pipeline (default: SPACY_MODEL)")
    parser.add_argument("--no-glossary", action="store_true", help="use no glossary")
    parser.set_defaults(handler=cmd_ingest)


async def _run(args, url: str, files: list[Path], engine, progress) -> list[Outcome]:
    db = open_database(url)
    try:
        return await ingest_files(
            db, files, engine, guild_id=args.guild,
            max_bytes=get_settings().max_article_bytes, on_done=progress,
        )
    finally:
        await db.close()


def cmd_ingest(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
    from rich.table import Table

    settings = get_settings()
    url = args.url or settings.database_url
    paths = args.paths or [settings.seeds_dir]
    files, outcomes = expand_paths(paths)
    glossary = None if args.no_glossary else settings.seeds_dir / "glossary.yaml"
    console = Console(stderr=True)
    if files:
        upgrade(url)  # a no-op when the schema is current; ingest works on a fresh setup
        try:
            engine = default_engine(args.model or settings.spacy_model, glossary)
        except EngineUnavailable as error:
            raise CliError(str(error)) from None
        with Progress(
            TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.description}"), console=console, transient=True,
        ) as bar:
            task = bar.add_task("", total=len(files))

            def done(outcome: Outcome) -> None:
                bar.update(task, advance=1, description=Path(outcome.source).name)

            try:
                outcomes += asyncio.run(_run(args, url, files, engine, done))
            except EngineUnavailable as error:
                raise CliError(str(error)) from None

    table = Table(title="ingest")
    for column in ("file", "result", "article", "facts", "questions", "why"):
        table.add_column(column)
    style = {ADDED: "green", DUPLICATE: "yellow", FAILED: "red"}
    for o in outcomes:
        table.add_row(
            escape(Path(o.source).name), f"[{style[o.status]}]{o.status}[/]",
            str(o.article_id or ""), str(o.facts) if o.status == ADDED else "",
            str(o.questions) if o.status == ADDED else "", escape(o.error or ""),
        )
    table_console().print(table)
    failed = [o for o in outcomes if o.status == FAILED]
    for o in failed:
        name = Path(o.source).name
        # Reader errors name the file already; say which file the others are about.
        line = o.error if (o.error or "").startswith((o.source, name)) else f"{o.source}: {o.error}"
        console.print(f"failed: {line}", markup=False, highlight=False, soft_wrap=True)
    added = sum(o.status == ADDED for o in outcomes)
    duplicates = sum(o.status == DUPLICATE for o in outcomes)
    print(f"{added} added, {duplicates} already stored, {len(failed)} failed")
    return 1 if failed else 0

"""`python -m bot articles list|remove`: the stored articles, for admins at the terminal."""

from __future__ import annotations

import argparse
import asyncio
import json

from bot.cli import CliError
from bot.cli.output import table_console
from bot.db.engine import open_database
from bot.db.records import ArticleRecord
from bot.db.repos import articles
from bot.settings import get_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("articles", help="list or remove stored articles")
    sub = parser.add_subparsers(dest="articles_command", metavar="ARTICLES_COMMAND", required=True)

    listing = sub.add_parser("list", help="list stored articles with their fact/question counts")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.add_argument(
        "--guild", type=int, metavar="ID", help="only this guild's articles (0: the global ones)"
    )
    listing.add_argument("--url", help="database URL (default: DATABASE_URL)")
    listing.set_defaults(handler=cmd_list)

    remove = sub.add_parser("remove", help="remove an article with its facts and questions")
    remove.add_argument("id", type=int, metavar="ID", help="the article id (see `articles list`)")
    remove.add_argument("--url", help="database URL (default: DATABASE_URL)")
    remove.set_defaults(handler=cmd_remove)


def article_json(record: ArticleRecord) -> dict:
    return {
        "id": record.id,
        "guild_id": record.guild_id,
        "name": record.name,
        "title": record.title,
        "date": record.date.isoformat() if record.date else None,
        "source": record.source,
        "tags": list(record.tags),
        "added_by": record.added_by,
        "created_at": record.created_at.isoformat(),
        "facts": record.facts,
        "questions": record.questions,
        "content_hash": record.content_hash,
    }


async def _list(url: str, guild_id: int | None) -> list[ArticleRecord]:
    db = open_database(url)
    try:
        return await articles.list_articles(db, guild_id)
    finally:
        await db.close()


async def _remove(url: str, article_id: int) -> ArticleRecord | None:
    db = open_database(url)
    try:
        return await articles.remove_article(db, article_id)
    finally:
        await db.close()


def _url(args: argparse.Namespace) -> str:
    return args.url or get_settings().database_url


def cmd_list(args: argparse.Namespace) -> int:
    found = asyncio.run(_list(_url(args), args.guild))
    if args.json:
        print(json.dumps([article_json(a) for a in found], ensure_ascii=False, indent=2))
        return 0
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=f"{len(found)} article(s)")
    for column in ("id", "guild", "title", "date", "facts", "questions", "added"):
        numeric = column in ("id", "facts", "questions")
        table.add_column(column, justify="right" if numeric else "left")
    for a in found:
        table.add_row(
            str(a.id), "global" if a.guild_id == 0 else str(a.guild_id), escape(a.title),
            a.date.isoformat() if a.date else "", str(a.facts), str(a.questions),
            a.created_at.strftime("%Y-%m-%d %H:%M"),
        )
    table_console().print(table)
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    removed = asyncio.run(_remove(_url(args), args.id))
    if removed is None:
        raise CliError(f"no article with id {args.id} (see `python -m bot articles list`)")
    print(
        f"removed article {removed.id} {removed.title!r} with {removed.facts} fact(s) "
        f"and {removed.questions} question(s)"
    )
    return 0

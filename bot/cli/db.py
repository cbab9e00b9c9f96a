"""`python -m bot db ...`: schema migrations and data maintenance."""

from __future__ import annotations

import argparse

from bot.db.migrate import upgrade
from bot.settings import get_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("db", help="database migrations and maintenance")
    db_sub = parser.add_subparsers(dest="db_command", metavar="DB_COMMAND", required=True)

    up = db_sub.add_parser("upgrade", help="apply the schema migrations (safe to repeat)")
    up.add_argument("--url", help="database URL (default: DATABASE_URL)")
    up.set_defaults(handler=cmd_upgrade)

    forget = db_sub.add_parser(
        "forget-user", help="delete everything stored about a player, in every guild"
    )
    forget.add_argument("user_id", type=int, metavar="ID", help="the player's Discord user id")
    forget.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    forget.add_argument("--url", help="database URL (default: DATABASE_URL)")
    forget.set_defaults(handler=cmd_forget_user)

    from bot.cli import db_copy  # `db copy`: bot/cli/db_copy.py

    db_copy.register(db_sub)


def cmd_upgrade(args: argparse.Namespace) -> int:
    url = args.url or get_settings().database_url
    upgrade(url)
    print("database is up to date")
    return 0


def cmd_forget_user(args: argparse.Namespace) -> int:
    """Show what is stored about the player, confirm, delete it, print the counts."""
    import asyncio
    import sys

    from bot.cli import CliError
    from bot.db.engine import open_database
    from bot.db.repos import scores

    url = args.url or get_settings().database_url

    async def count() -> dict[str, int]:
        db = open_database(url)
        try:
            return await scores.count_player_rows(db, args.user_id)
        finally:
            await db.close()

    async def forget():
        db = open_database(url)
        try:
            return await scores.forget_player(db, args.user_id)
        finally:
            await db.close()

    stored = asyncio.run(count())
    listed = ", ".join(f"{n} {table}" for table, n in stored.items() if n)
    print(f"user {args.user_id}: {listed or 'no rows of their own'}")
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError("not confirmed: run again with --yes to delete")
        if input("delete all of it? [y/N] ").strip().lower() not in ("y", "yes"):
            print("nothing deleted")
            return 1
    result = asyncio.run(forget())
    details = ", ".join(f"{n} {table}" for table, n in result.counts.items() if n)
    print(f"forgot user {args.user_id}: {result.total} row(s) deleted or anonymised"
          + (f" ({details})" if details else ""))
    return 0

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

    from bot.cli import db_copy  # `db copy`: bot/cli/db_copy.py

    db_copy.register(db_sub)


def cmd_upgrade(args: argparse.Namespace) -> int:
    url = args.url or get_settings().database_url
    upgrade(url)
    print("database is up to date")
    return 0

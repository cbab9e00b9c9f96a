"""`python -m bot db copy --to URL`: move every row into another, empty database.

Registered under `db` by bot/cli/db.py; the work itself is in bot/db/copy.py.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.cli import CliError
from bot.settings import get_settings


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def register(db_sub: argparse._SubParsersAction) -> None:
    parser = db_sub.add_parser(
        "copy",
        help="copy every row into another, empty database (e.g. SQLite to PostgreSQL)",
        description=(
            "Migrate the target to the current schema, then copy every table into it in "
            "one transaction, keeping ids, and check the row counts. Stop the bot first."
        ),
    )
    parser.add_argument(
        "--to", dest="to_url", required=True, metavar="URL",
        help="the empty target, e.g. postgresql+asyncpg://user:pass@host/fan_trivia",
    )
    parser.add_argument(
        "--from", dest="from_url", metavar="URL", help="the source (default: DATABASE_URL)"
    )
    parser.add_argument(
        "--batch", type=_positive, default=5_000, metavar="ROWS",
        help="rows read and written at a time (default: 5000)",
    )
    parser.set_defaults(handler=cmd_copy)


def cmd_copy(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError

    from bot.db.copy import (
        CopyError,
        copy_database,
        first_line,
        format_report,
        shown,
        summary_line,
    )

    source = args.from_url or get_settings().database_url
    try:
        print(f"copying {shown(source)} -> {shown(args.to_url)}", file=sys.stderr)
        report = asyncio.run(copy_database(source, args.to_url, batch=args.batch))
    except CopyError as error:
        raise CliError(str(error)) from None
    except OSError as error:  # connection refused, unreadable file, ...
        raise CliError(f"cannot reach a database: {error}") from None
    except DBAPIError as error:  # failed mid-copy: the target transaction rolled back
        raise CliError(f"the copy failed and nothing was committed: {first_line(error)}") from None
    for line in format_report(report):
        print(line)
    if report.ok:
        print(summary_line(report))
        return 0
    print(f"error: {summary_line(report)}", file=sys.stderr)
    return 1

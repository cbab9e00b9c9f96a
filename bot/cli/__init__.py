"""`python -m bot ...` (also installed as `fan-trivia`).

Each command group lives in its own module with a `register(subparsers)` function that
adds its parser and sets `handler`: a function taking the parsed args and returning the
exit code. Add a module here and list it in COMMAND_MODULES.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from bot.settings import SettingsError

# Order is the order shown in --help.
COMMAND_MODULES = [
    "run",
    "db",
    "sync",
    "questions",
    "ask",
    "play",
    "ingest",
    "articles",
]


class CliError(Exception):
    """A failure to report as one line on stderr (no traceback) with exit code 1."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Fan Trivia: a Discord trivia bot that turns fan articles into quizzes.",
        epilog="Run `python -m bot COMMAND --help` for a command's options.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name in COMMAND_MODULES:
        importlib.import_module(f"bot.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return int(handler(args) or 0)
    except (SettingsError, CliError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130

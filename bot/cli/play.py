"""`python -m bot play [PATH...] [--questions N] [--mode choices|typed] ...` (`make play`).

A quiz in the terminal with the Discord quiz's engine, questions, answer matching and
scoring: see `bot/terminal/`. With paths, the questions come from those articles (and
Red trivia lists), generated exactly as `python -m bot questions` does; without, from
the database. Points go to a local leaderboard in the database (`LOCAL_GUILD_ID`).
When standard input is not a terminal, it reads one answer a line and never waits on a
timer, so it can be scripted; the last line is `Score: C/N correct, P points`.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import secrets
import sys
from collections.abc import Callable

from bot.cli import CliError
from bot.cli.sources import add_engine_options, load_glossary, make_questions, read_sources
from bot.settings import get_settings

DEFAULT_QUESTIONS = 5
MAX_QUESTIONS = 50
DEFAULT_SECONDS = 20
NAME_MAX = 100


def _whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high`."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be between {low} and {high}")
        return value

    return parse


_count = _whole_number(1, MAX_QUESTIONS)
_seconds = _whole_number(5, 120)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "play",
        help="play a quiz in the terminal, without Discord",
        description="Play a quiz in the terminal with the same questions, answer matching "
        "and scoring as in Discord. With PATHs, questions come from those articles; "
        "without, from the database. Piped input is read one answer a line, with no "
        "timer, and the last line printed is `Score: C/N correct, P points`.",
        epilog="Example: python -m bot play seeds/bts-bbma-2018.txt --questions 3",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article, folder or .yaml list (default: the database)",
    )
    parser.add_argument(
        "--questions", "-n", type=_count, default=DEFAULT_QUESTIONS, metavar="N",
        help=f"how many questions, 1-{MAX_QUESTIONS} (default {DEFAULT_QUESTIONS})",
    )  # fmt: skip
    parser.add_argument(
        "--mode", choices=("choices", "typed"), default="choices",
        help="pick one of four choices, or type the answer (default choices)",
    )  # fmt: skip
    parser.add_argument(
        "--seconds", type=_seconds, default=DEFAULT_SECONDS, metavar="S",
        help=f"time per question in a terminal, 5-120 (default {DEFAULT_SECONDS})",
    )  # fmt: skip
    parser.add_argument("--seed", help="any text: the same seed gives the same questions and order")
    parser.add_argument("--name", help="your name on the local leaderboard (default: your OS user)")
    add_engine_options(parser)
    parser.set_defaults(handler=cmd_play)


def player_name(given: str | None) -> str:
    """--name, else the OS user; printable characters only, at most NAME_MAX."""
    raw = given if given is not None else _os_user()
    name = "".join(ch for ch in raw if ch.isprintable()).strip()[:NAME_MAX]
    if not name:
        raise CliError("--name cannot be empty: pass a name, e.g. --name alice")
    return name


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (some containers)
        return "player"


def _from_paths(args: argparse.Namespace, settings) -> tuple[list, dict[str, str]]:
    """Questions generated from the paths, as `python -m bot questions` makes them."""
    def fail(message: str) -> None:  # play stops at the first file it cannot use
        raise CliError(message)

    articles, lists = read_sources(args.paths, max_bytes=settings.max_article_bytes, fail=fail)
    glossary = load_glossary(args, settings.seeds_dir)
    questions = make_questions(
        articles, lists, model=args.model or settings.spacy_model, glossary=glossary, fail=fail
    )
    if not questions:
        raise CliError("no questions came out of those files: try a longer article")
    return questions, {a.name: a.title for a in articles}


def cmd_play(args: argparse.Namespace) -> int:
    from bot.terminal.store import LocalStore

    settings = get_settings()
    name = player_name(args.name)
    bank, titles = _from_paths(args, settings) if args.paths else ([], {})
    return asyncio.run(_play(args, name, bank, titles, LocalStore(settings.database_url)))


async def _play(args, name: str, bank: list, titles: dict[str, str], store) -> int:
    from rich.console import Console

    from bot.terminal.game import pick
    from bot.terminal.runner import QuizPlan, TerminalQuiz
    from bot.terminal.store import local_user_id

    from_database = not args.paths
    try:
        await store.open()
    except Exception as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        if from_database:
            raise CliError(
                f"cannot open the database ({reason}): check DATABASE_URL, or pass an "
                "article: python -m bot play PATH"
            ) from None
        print(f"warning: cannot open the database ({reason}); playing without saving",
              file=sys.stderr)  # fmt: skip
        store = None
    try:
        if from_database:
            bank, titles = await store.questions(args.questions, seeded=args.seed is not None)
            if not bank:
                raise CliError(
                    "the database has no questions yet: run `python -m bot ingest` first, or "
                    "pass an article: python -m bot play seeds/"
                )
        seed = args.seed if args.seed is not None else secrets.token_hex(8)
        chosen = pick(bank, args.questions, args.mode, seed)
        if not chosen:
            raise CliError("none of these questions can be played: try --mode typed")
        live = sys.stdin.isatty()
        console = Console(highlight=False)
        if live and len(chosen) < args.questions:
            console.print(f"[yellow]Only {len(chosen)} questions are available.[/]")
        plan = QuizPlan(
            questions=chosen,
            mode=args.mode,
            seconds=float(args.seconds),
            seed=seed,
            user_id=local_user_id(name),
            name=name,
            from_database=from_database,
            titles=titles,
        )
        await TerminalQuiz(plan, store, live=live, console=console).play()
    finally:
        if store is not None:
            await store.close()
    return 0

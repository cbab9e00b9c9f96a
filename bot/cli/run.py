"""`python -m bot run`: migrate the database and start the bot."""

from __future__ import annotations

import argparse

from bot.cli import CliError
from bot.settings import Settings, check_shards, get_settings, parse_shard_ids

NO_TOKEN = (
    "DISCORD_TOKEN is not set: put DISCORD_TOKEN=... in .env (see .env.example and the "
    "README); to try the bot without Discord, run `make play`."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("run", help="migrate the database and start the bot")
    parser.add_argument("--shards", help="shard ids this process runs, e.g. 0-3 or 0,2")
    parser.add_argument("--shard-count", help="total number of shards, the same in every process")
    parser.set_defaults(handler=cmd_run)


def cmd_run(args: argparse.Namespace) -> int:
    settings = get_settings()
    if settings.discord_token is None or not settings.discord_token.get_secret_value().strip():
        raise CliError(NO_TOKEN)
    settings = _with_shards(settings, args)

    from bot.client import run_bot  # imported late: discord.py is slow to import

    return run_bot(settings)


def _with_shards(settings: Settings, args: argparse.Namespace) -> Settings:
    """The settings with --shards/--shard-count applied, checked as SHARD_IDS would be."""
    if args.shards is None and args.shard_count is None:
        return settings
    shard_count = settings.shard_count
    if args.shard_count is not None:
        if not args.shard_count.isdigit() or int(args.shard_count) < 1:
            raise CliError(
                f"--shard-count must be a whole number above 0, not {args.shard_count!r}"
            )
        shard_count = int(args.shard_count)
    shard_ids = args.shards if args.shards is not None else settings.shard_ids
    if shard_ids is not None:
        try:
            ids = parse_shard_ids(shard_ids)
        except ValueError as error:
            raise CliError(f"--shards {error}") from None
        try:
            check_shards(ids, shard_count)
        except ValueError as error:
            raise CliError(f"shards {shard_ids}: {error}") from None
    return settings.model_copy(update={"shard_count": shard_count, "shard_ids": shard_ids})

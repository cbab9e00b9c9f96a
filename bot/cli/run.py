"""`python -m bot run`: migrate the database and start the bot."""

from __future__ import annotations

import argparse

from bot.cli import CliError
from bot.settings import Settings, get_settings, parse_shard_ids

NO_TOKEN = (
    "DISCORD_TOKEN is not set: put DISCORD_TOKEN=... in .env (see .env.example and the "
    "README); to try the bot without Discord, run `make play`."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("run", help="migrate the database and start the bot")
    parser.add_argument("--shards", help="shard ids this process runs, e.g. 0-3 or 0,2")
    parser.add_argument("--shard-count", type=int, help="total number of shards")
    parser.set_defaults(handler=cmd_run)


def cmd_run(args: argparse.Namespace) -> int:
    settings = get_settings()
    if settings.discord_token is None or not settings.discord_token.get_secret_value().strip():
        raise CliError(NO_TOKEN)
    settings = _with_shards(settings, args)

    from bot.client import run_bot  # imported late: discord.py is slow to import

    return run_bot(settings)


def _with_shards(settings: Settings, args: argparse.Namespace) -> Settings:
    update: dict[str, object] = {}
    if args.shards:
        try:
            parse_shard_ids(args.shards)
        except ValueError as error:
            raise CliError(f"--shards {error}") from None
        update["shard_ids"] = args.shards
    if args.shard_count:
        update["shard_count"] = args.shard_count
    if update.get("shard_ids") and not (update.get("shard_count") or settings.shard_count):
        raise CliError("--shards needs --shard-count (or SHARD_COUNT) as well")
    return settings.model_copy(update=update) if update else settings

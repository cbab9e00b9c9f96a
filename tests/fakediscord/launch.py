"""Run the bot's own CLI against a fake Discord: the only test-side change is the base URLs.

    python -m tests.fakediscord.launch --rest http://127.0.0.1:PORT/api/v10 \\
        --gateway ws://127.0.0.1:PORT/gateway -- run [--shards 0 --shard-count 2]

Sets discord.py's REST base and default gateway, then calls bot.cli.main with the
arguments after `--`; the bot reads its token and database from the environment as always.
"""

from __future__ import annotations

import argparse
import sys

from tests.fakediscord.pointing import point_discord_at


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    rest_args, bot_args = (
        (argv[: argv.index("--")], argv[argv.index("--") + 1 :]) if "--" in argv else (argv, [])
    )
    parser = argparse.ArgumentParser(prog="python -m tests.fakediscord.launch")
    parser.add_argument("--rest", required=True, help="e.g. http://127.0.0.1:PORT/api/v10")
    parser.add_argument("--gateway", required=True, help="e.g. ws://127.0.0.1:PORT/gateway")
    args = parser.parse_args(rest_args)
    point_discord_at(args.rest, args.gateway)

    from bot.cli import main as bot_main

    return bot_main(bot_args or ["run"])


if __name__ == "__main__":
    sys.exit(main())

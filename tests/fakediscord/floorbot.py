"""The floor for bench/load.py: a bare discord.py bot that only acknowledges.

`/quiz start` answers with a message carrying four persistent buttons; a click is only
acknowledged (deferred update), nothing else. Whatever our bot costs on top of this is
ours. Runs in its own process, pointed at the fake only through discord.py's base URLs:

    python -m tests.fakediscord.floorbot --rest URL --gateway URL -- run \
        [--shards 0 --shard-count 2]

(the same argument layout as launch.py, so one harness starts either bot).

The token comes from DISCORD_TOKEN; SIGTERM closes it cleanly.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys

import discord
from discord import app_commands
from discord.ext import commands

from tests.fakediscord.pointing import point_discord_at

CHOICES = 4


class AckView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=None)
        for n in range(CHOICES):
            button: discord.ui.Button = discord.ui.Button(
                label=f"Choice {n + 1}", custom_id=f"floor:{n}"
            )
            button.callback = self._ack  # type: ignore[method-assign]
            self.add_item(button)

    async def _ack(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer()


class FloorBot(commands.AutoShardedBot):
    def __init__(self, **shards: object) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=discord.Intents(guilds=True),
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            **shards,
        )

    async def setup_hook(self) -> None:
        self.add_view(AckView())
        group = app_commands.Group(name="quiz", description="Quiz")

        @group.command(description="Start")
        async def start(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("Choose", view=AckView())

        self.tree.add_command(group)
        await self.tree.sync()


async def run(args: argparse.Namespace) -> None:
    shards: dict[str, object] = {}
    if args.shard_count:
        shards = {"shard_count": args.shard_count, "shard_ids": [int(args.shards)]}
    bot = FloorBot(**shards)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, lambda: asyncio.ensure_future(bot.close()))
    async with bot:
        await bot.start(os.environ["DISCORD_TOKEN"])


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.fakediscord.floorbot")
    parser.add_argument("--rest", required=True)
    parser.add_argument("--gateway", required=True)
    parser.add_argument("command", nargs="?", default="run", choices=["run"])
    parser.add_argument("--shards", help="the one shard id this process runs")
    parser.add_argument("--shard-count", type=int)
    args = parser.parse_args([a for a in sys.argv[1:] if a != "--"])
    logging.basicConfig(level=logging.WARNING)
    point_discord_at(args.rest, args.gateway)
    asyncio.run(run(args))


if __name__ == "__main__":
    main()

"""`python -m bot sync [--guild ID]` and `python -m bot commands --json`.

Both build the command tree from the cogs exactly as the running bot does; `commands
--json` prints the payload `tree.sync` would send (discord.py's own `to_dict`), so what
is reviewed is what Discord receives.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

from bot.cli import CliError
from bot.settings import get_settings

NO_TOKEN = "DISCORD_TOKEN is not set: put DISCORD_TOKEN=... in .env to sync commands."


def register(subparsers: argparse._SubParsersAction) -> None:
    sync = subparsers.add_parser(
        "sync",
        help="register the slash commands with Discord (global, or one server)",
        description="Send the slash commands to Discord. Global commands can take up to an "
        "hour to show; --guild shows them in one server at once.",
    )
    sync.add_argument("--guild", type=int, metavar="ID", help="sync to this server only")
    sync.set_defaults(handler=cmd_sync)

    show = subparsers.add_parser(
        "commands",
        help="list the slash commands (--json: the exact payload a sync sends)",
    )
    show.add_argument("--json", action="store_true", help="print the sync payload as JSON")
    show.set_defaults(handler=cmd_commands)


def _new_bot():
    from bot.client import TriviaBot  # late: discord.py is slow to import

    return TriviaBot(get_settings())


async def _load_cogs(client) -> None:
    from bot.client import cog_modules

    for module in cog_modules():
        await client.load_extension(module)


def command_payload() -> list[dict[str, Any]]:
    """What `tree.sync()` sends to Discord, built from the code without logging in."""

    async def build() -> list[dict[str, Any]]:
        client = _new_bot()
        await _load_cogs(client)
        try:
            return [command.to_dict(client.tree) for command in client.tree.get_commands()]
        finally:
            for name in list(client.extensions):
                await client.unload_extension(name)

    return asyncio.run(build())


def cmd_commands(args: argparse.Namespace) -> int:
    payload = command_payload()
    if args.json:
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0
    for line in describe_commands(payload):
        print(line)
    return 0


def describe_commands(payload: list[dict[str, Any]]) -> list[str]:
    """One line per runnable command: `/quiz start [questions] [topic] ...`."""
    lines: list[str] = []

    def walk(prefix: str, node: dict[str, Any]) -> None:
        subs = [o for o in node.get("options", []) if o["type"] in (1, 2)]
        if subs:
            for sub in subs:
                walk(f"{prefix} {sub['name']}", sub)
            return
        opts = " ".join(
            o["name"] if o.get("required") else f"[{o['name']}]" for o in node.get("options", [])
        )
        lines.append(f"/{prefix}{' ' + opts if opts else ''}  {node['description']}")

    for command in payload:
        walk(command["name"], command)
    return lines


def cmd_sync(args: argparse.Namespace) -> int:
    settings = get_settings()
    if settings.discord_token is None or not settings.discord_token.get_secret_value().strip():
        raise CliError(NO_TOKEN)
    import discord

    async def run() -> int:
        client = _new_bot()
        try:
            # login() runs setup_hook, which loads the cogs: the same tree the bot serves.
            await client.login(settings.discord_token.get_secret_value())
            if args.guild:
                guild = discord.Object(id=args.guild)
                client.tree.copy_global_to(guild=guild)
                synced = await client.tree.sync(guild=guild)
                where = f"server {args.guild}"
            else:
                synced = await client.tree.sync()
                where = "all servers (may take up to an hour to show)"
        except discord.LoginFailure:
            raise CliError("Discord rejected DISCORD_TOKEN: copy the bot token again") from None
        except discord.Forbidden:
            raise CliError(
                f"Discord refused: is the bot in server {args.guild} with the "
                "applications.commands scope? Invite it again with the README's link."
            ) from None
        finally:
            await client.close()
        print(f"synced {len(synced)} commands to {where}")
        return 0

    return asyncio.run(run())

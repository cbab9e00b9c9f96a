"""The bot: a commands.Bot subclass that owns the database and loads every cog."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import pkgutil
import signal
from collections.abc import Callable

import discord
from discord.ext import commands

import bot.cogs
from bot.db.engine import Database, open_database
from bot.db.migrate import upgrade
from bot.game.clock import Clock
from bot.logsetup import setup_logging
from bot.settings import Settings

log = logging.getLogger(__name__)


def build_intents(settings: Settings) -> discord.Intents:
    # Guilds for channels and roles; guild messages plus message content for typed answers.
    # Members and presences stay off: the bot never needs the member list.
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.message_content = settings.message_content_intent
    return intents


def cog_modules() -> list[str]:
    return [
        f"bot.cogs.{info.name}"
        for info in pkgutil.iter_modules(bot.cogs.__path__)
        if not info.name.startswith("_")
    ]


class TriviaBot(commands.AutoShardedBot):
    """One process of the bot. Shards come from settings; with none, Discord decides."""

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Clock | None = None,
        utcnow: Callable[[], dt.datetime] | None = None,
    ) -> None:
        shard_kwargs: dict[str, object] = {}
        if settings.shard_count:
            shard_kwargs["shard_count"] = settings.shard_count
            shard_kwargs["shard_ids"] = settings.shard_id_list() or list(
                range(settings.shard_count)
            )
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=build_intents(settings),
            # User-supplied text must never ping anyone: mentions are off unless a
            # message opts in explicitly.
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            **shard_kwargs,
        )
        self.settings = settings
        self.db: Database | None = None
        # Timed work (the daily question) sleeps on `clock` and reads the date from
        # `utcnow`; tests pass a FakeClock and a wall clock moving with it.
        self.clock = clock
        self.utcnow = utcnow

    @property
    def database(self) -> Database:
        if self.db is None:
            raise RuntimeError("the database is not open yet")
        return self.db

    async def setup_hook(self) -> None:
        self.db = open_database(self.settings.database_url)
        for module in cog_modules():
            await self.load_extension(module)
        log.info("loaded %d cogs", len(self.cogs))
        if self.settings.dev_guild_id:
            guild = discord.Object(id=self.settings.dev_guild_id)
            self.tree.copy_global_to(guild=guild)
            await self.tree.sync(guild=guild)
            log.info("synced commands to development guild %s", self.settings.dev_guild_id)

    async def close(self) -> None:
        await super().close()
        if self.db is not None:
            await self.db.close()
            self.db = None


async def start_bot(settings: Settings) -> None:
    """Run until closed; SIGINT and SIGTERM close the bot (and its database) cleanly."""
    client = TriviaBot(settings)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, lambda: asyncio.ensure_future(client.close()))
    async with client:
        await client.start(settings.discord_token.get_secret_value())


def run_bot(settings: Settings) -> int:
    """Migrate, then run the bot. Returns the process exit code."""
    from bot.cli import CliError

    setup_logging(settings.log_level)
    upgrade(settings.database_url)
    try:
        asyncio.run(start_bot(settings))
    except discord.LoginFailure:
        raise CliError("Discord rejected DISCORD_TOKEN: copy the bot token again") from None
    except discord.PrivilegedIntentsRequired:
        raise CliError(
            "Discord refused the message-content intent: enable it for the bot in the "
            "developer portal, or set MESSAGE_CONTENT_INTENT=false (buttons mode only)"
        ) from None
    return 0

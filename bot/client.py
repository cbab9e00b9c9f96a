"""The bot: a commands.Bot subclass that owns the database and loads every cog."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import faulthandler
import logging
import os
import pkgutil
import signal
import threading
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

# At shutdown, how long interactions already being handled get to finish their answer
# before the HTTP session and the database close under them.
SHUTDOWN_GRACE_SECONDS = 5.0
# At shutdown, how long tasks cancelled by unloading the cogs get to end.
CANCELLED_GRACE_SECONDS = 2.0
# After a signal, the process exits within this many seconds whatever is still running:
# under load thousands of handlers can be waiting on the database, and one connection
# thread left open (aiosqlite's are not daemon threads) would keep the interpreter alive.
# Everything a player was told is committed already, so a hard exit loses nothing.
SHUTDOWN_DEADLINE_SECONDS = SHUTDOWN_GRACE_SECONDS + 5.0
# discord.py names the task that runs each slash command and each component callback.
_HANDLER_TASKS = ("CommandTree-invoker", "discord-ui-view-dispatch-")


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
        # The one shutdown: a signal, `async with` and any other caller share this task,
        # so Discord and the database are closed once, and never cancelled half-way.
        self._shutdown: asyncio.Task[None] | None = None

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
        """Close Discord, then the database; every caller waits for the same shutdown."""
        if self._shutdown is None:
            self._shutdown = asyncio.create_task(self._shut_down())
        # Shielded: a caller being cancelled must not cancel the shutdown half-way.
        await asyncio.shield(self._shutdown)

    def request_close(self) -> None:
        """Start the shutdown from a signal handler (a plain callback)."""
        if self._shutdown is None:
            self._shutdown = asyncio.create_task(self._shut_down())

    async def _shut_down(self) -> None:
        await self._let_handlers_finish()
        already = _cancelling()  # (one of these may be a caller waiting for this close)
        await super().close()  # unloads the cogs, which cancel their background tasks
        await self._let_cancelled_tasks_finish(_cancelling() - already)
        if self.db is not None:
            from bot.db.repos import players

            try:  # names noted by the last answers (bounded: the database may be busy)
                await asyncio.wait_for(players.try_flush_names(self.db), 2.0)
            except TimeoutError:
                log.warning("display names not stored at shutdown: the database was busy")
            await self.db.close()
            self.db = None

    async def _let_cancelled_tasks_finish(self, cancelled: set[asyncio.Task]) -> None:
        # A cog cancels its background task (the quiz runner, the daily scheduler) at
        # unload without waiting for it. One cancelled in the middle of a query is still
        # closing its connection (SQLAlchemy invalidates it and closes it in a task of
        # its own): let that end here, before the database closes, rather than leave it
        # to asyncio.run's final cancel-everything, which can strand aiosqlite's close
        # (see bot.db.engine.Database.close).
        if cancelled:
            await asyncio.wait(cancelled, timeout=CANCELLED_GRACE_SECONDS)

    async def _let_handlers_finish(self) -> None:
        # A command answered a moment before the signal may still be sending (or reading
        # back) its reply; closing now would fail it with "Connector is closed".
        running = [
            task
            for task in asyncio.all_tasks()
            if task is not asyncio.current_task()
            and task.get_name().startswith(_HANDLER_TASKS)
            and not task.done()
        ]
        if running:
            log.info("waiting for %d interaction(s) to finish", len(running))
            await asyncio.wait(running, timeout=SHUTDOWN_GRACE_SECONDS)


def _cancelling() -> set[asyncio.Task]:
    """Tasks that were cancelled and have not ended yet (other than this one)."""
    current = asyncio.current_task()
    return {t for t in asyncio.all_tasks() if t is not current and t.cancelling() and not t.done()}


async def start_bot(settings: Settings) -> None:
    """Run until closed; SIGINT and SIGTERM close the bot (and its database) cleanly."""
    client = TriviaBot(settings)
    loop = asyncio.get_running_loop()

    _watch_signals(loop, client)
    try:
        async with client:
            await client.start(settings.discord_token.get_secret_value())
    finally:
        # `async with` only waits for discord.py's part of a close a signal started;
        # wait for the whole shutdown (the database too) before asyncio.run returns
        # and cancels what is left.
        await client.close()


_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def _watch_signals(loop: asyncio.AbstractEventLoop, client: TriviaBot) -> None:
    """SIGINT and SIGTERM are taken by a thread of their own, never by the event loop.

    A handler on the loop (or any Python-level handler, which only runs when the main
    thread gets back to Python code) does nothing while the main thread is stuck: under
    a flood of interactions the loop may not get to it for seconds, and a main thread
    blocked writing a log line to a full pipe never gets to it at all. So the signals are
    blocked in every thread (threads inherit the mask of the one that starts them, and
    the bot's own start after this) and one daemon thread waits for them: it arms
    the hard-exit deadline, then queues the clean shutdown on the loop.
    """
    signal.signal(signal.SIGALRM, signal.SIG_DFL)  # see below: the kernel's last resort

    def stop() -> None:
        # Last resort, owed to no thread: on SIGALRM (default action) the kernel ends the
        # process even if the deadline timer's thread never gets to run.
        signal.alarm(int(SHUTDOWN_DEADLINE_SECONDS) + 2)
        _exit_after(SHUTDOWN_DEADLINE_SECONDS)
        with contextlib.suppress(RuntimeError):  # the loop has already closed
            loop.call_soon_threadsafe(client.request_close)

    # A thread started before this (numpy's BLAS pool, say) does not block the signals and
    # may be the one the kernel hands them to; this handler then runs, in the main thread,
    # when it next runs Python code.
    for sig in _STOP_SIGNALS:
        signal.signal(sig, lambda signum, frame: stop())
    signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)

    def wait_for_signal() -> None:
        signal.sigwait(_STOP_SIGNALS)
        stop()

    threading.Thread(target=wait_for_signal, name="stop-signals", daemon=True).start()


_deadline: threading.Timer | None = None


def _exit_after(seconds: float) -> None:
    """Arm (once) a daemon timer that ends the process if the clean shutdown hangs."""
    global _deadline
    if _deadline is not None:
        return

    def hard_exit() -> None:
        # Nothing that can block: no logging (its handler lock may be held by the main
        # thread, stuck writing to a full stderr pipe), no flushing. Every answer a
        # player was told about is committed already.
        os._exit(0)

    _deadline = threading.Timer(seconds, hard_exit)
    _deadline.daemon = True
    _deadline.start()


def run_bot(settings: Settings) -> int:
    """Migrate, then run the bot. Returns the process exit code."""
    from bot.cli import CliError

    setup_logging(settings.log_level)
    # `kill -USR1 PID` prints every thread's stack to stderr: for a bot that seems stuck.
    faulthandler.register(signal.SIGUSR1, all_threads=True)
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

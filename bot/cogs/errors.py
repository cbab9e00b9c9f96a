"""One place that turns a failed command into a clear, private message.

Checks raise `bot.checks.Refused` with the text to show; anything unexpected is logged
with its traceback and the user is told it failed (never silence, never a traceback).
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.checks import NEED_SERVER, Refused
from bot.services.errors import UserError
from bot.views.reply import fail

log = logging.getLogger(__name__)

UNEXPECTED = "Something went wrong on my side; it has been logged. Please try again."


def describe(error: app_commands.AppCommandError) -> str | None:
    """The message for an expected failure, or None for a bug."""
    original = getattr(error, "original", None)
    if isinstance(original, UserError):
        return str(original)
    if isinstance(error, Refused):
        return error.message
    if isinstance(error, app_commands.NoPrivateMessage):
        return NEED_SERVER
    if isinstance(error, app_commands.MissingPermissions):
        names = ", ".join(p.replace("_", " ").title() for p in error.missing_permissions)
        return f"You need the **{names}** permission for this."
    if isinstance(error, app_commands.BotMissingPermissions):
        names = ", ".join(p.replace("_", " ").title() for p in error.missing_permissions)
        return f"I need the **{names}** permission in this channel; ask a moderator."
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down: try again in {error.retry_after:.0f} s."
    if isinstance(error, app_commands.TransformerError):
        return f"I could not understand {error.value!r} for that option."
    if isinstance(error, app_commands.CheckFailure):
        return "You may not use this command here."
    return None


class Errors(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self._previous = bot.tree.on_error

    async def cog_load(self) -> None:
        self.bot.tree.on_error = self.on_app_command_error  # type: ignore[method-assign]

    async def cog_unload(self) -> None:
        self.bot.tree.on_error = self._previous  # type: ignore[method-assign]

    async def on_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        message = describe(error)
        if message is None:
            command = interaction.command.qualified_name if interaction.command else "?"
            log.error("command /%s failed", command, exc_info=error)
            message = UNEXPECTED
        await fail(interaction, message)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Errors(bot))

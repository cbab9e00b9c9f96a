"""Answering an interaction whatever state it is in (fresh, deferred, already answered)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import TypeVar

import discord

from bot.embeds import error_embed
from bot.safety import NO_MENTIONS
from bot.services.errors import UserError

log = logging.getLogger(__name__)
T = TypeVar("T")

# Work that may outlast this is acknowledged first ("thinking"): Discord's window for
# the initial response is 3 s, and a busy event loop or database eats into it.
ACK_SECONDS = 1.0


async def reply(
    interaction: discord.Interaction,
    content: str | None = None,
    *,
    embed: discord.Embed | None = None,
    view: discord.ui.View | None = None,
    ephemeral: bool = True,
) -> discord.Message | None:
    """Send a message in answer to `interaction`: the first response if none was sent,
    else a follow-up. Mentions are always off. Returns the message when Discord gives it."""
    kwargs: dict = {"allowed_mentions": NO_MENTIONS, "ephemeral": ephemeral}
    if content is not None:
        kwargs["content"] = content
    if embed is not None:
        kwargs["embed"] = embed
    if view is not None:
        kwargs["view"] = view
    if not interaction.response.is_done():
        response = await interaction.response.send_message(**kwargs)
        # Discord returns the message it created with the callback (discord.py asks for
        # it): no second request to read it back, on every click's answer.
        if isinstance(getattr(response, "resource", None), discord.InteractionMessage):
            return response.resource
        try:
            return await interaction.original_response()
        except discord.HTTPException:
            return None
    return await interaction.followup.send(wait=True, **kwargs)


async def fail(interaction: discord.Interaction, message: str) -> None:
    """A loud, private refusal or error: never silent, never public."""
    try:
        await reply(interaction, embed=error_embed(message), ephemeral=True)
    except discord.HTTPException:
        log.warning("could not tell user %s: %s", interaction.user.id, message)


async def defer(interaction: discord.Interaction, *, ephemeral: bool = False) -> None:
    """Acknowledge now (Discord's 3-second window); the answer follows."""
    if not interaction.response.is_done():
        await interaction.response.defer(ephemeral=ephemeral, thinking=True)


async def within(
    interaction: discord.Interaction,
    work: Awaitable[T],
    *,
    seconds: float = ACK_SECONDS,
    ephemeral: bool = False,
) -> T:
    """Await `work`; if it is not done within `seconds`, acknowledge the interaction
    ("thinking", public unless `ephemeral`) and keep waiting. A quick answer stays a
    plain response (and a quick refusal private); a slow one still meets the window."""
    task = asyncio.ensure_future(work)
    if not interaction.response.is_done():
        done, _ = await asyncio.wait({task}, timeout=seconds)
        if not done:
            await defer(interaction, ephemeral=ephemeral)
    return await task


async def receive_attachment(interaction: discord.Interaction, file: discord.Attachment) -> bytes:
    """Acknowledge privately, then download `file` (checked for name and size first).
    Privately: the answer edits this "thinking" message and keeps its visibility, and a
    refusal found in the file (not text, a duplicate, nothing to use) must stay private."""
    await defer(interaction, ephemeral=True)
    try:
        return await file.read()
    except discord.HTTPException:
        raise UserError("I could not download the attachment; try again.") from None

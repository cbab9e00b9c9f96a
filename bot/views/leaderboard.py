"""Leaderboard paging buttons: `lb:<scope>:<period>:<guild>:<page>:<owner>`.

The owner (who ran /leaderboard) pages the message in place; anyone else who clicks gets
their own private copy of that page with their own rank, so a public board never shows
one player's rank as another's.
"""

from __future__ import annotations

import re

import discord

from bot.embeds import BoardLine, leaderboard_embed
from bot.services.boards import BoardPage, board_page, entry_name

SCOPE_CODES = {"server": "s", "global": "g"}
PERIOD_CODES = {"all-time": "a", "week": "w"}
_SCOPES = {v: k for k, v in SCOPE_CODES.items()}
_PERIODS = {v: k for k, v in PERIOD_CODES.items()}


def board_title(page: BoardPage, guild_name: str | None) -> str:
    where = "Global" if page.scope == "global" else (guild_name or "Server")
    when = "this week" if page.period == "week" else "all-time"
    return f"🏆 {where} leaderboard · {when}"


def render(
    client: discord.Client, page: BoardPage, *, viewer_id: int, guild_name: str | None
) -> tuple[discord.Embed, discord.ui.View]:
    def cached_name(user_id: int) -> str | None:
        user = client.get_user(user_id)
        return user.display_name if user else None

    lines = [
        BoardLine(e.rank, entry_name(e, cached_name), e.points, is_caller=e.user_id == viewer_id)
        for e in page.entries
    ]
    caller = (
        BoardLine(page.caller.rank, "you", page.caller.points, True) if page.caller else None
    )
    embed = leaderboard_embed(
        lines, title=board_title(page, guild_name), page=page.page, pages=page.pages,
        caller=caller,
    )
    view = discord.ui.View(timeout=None)
    for label, target, disabled in (
        ("◀ Previous", page.page - 1, page.page <= 1),
        ("Next ▶", page.page + 1, page.page >= page.pages),
    ):
        button = PageButton(page.scope, page.period, page.guild_id, target, viewer_id, label)
        button.item.disabled = disabled
        view.add_item(button)
    return embed, view


class PageButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"lb:(?P<scope>[sg]):(?P<period>[aw]):(?P<guild>\d+):(?P<page>\d+):(?P<owner>\d+)",
):
    def __init__(
        self, scope: str, period: str, guild_id: int, page: int, owner: int, label: str
    ) -> None:
        self.scope, self.period, self.guild_id = scope, period, guild_id
        self.page, self.owner = page, owner
        custom_id = (
            f"lb:{SCOPE_CODES[scope]}:{PERIOD_CODES[period]}:{guild_id}:{max(page, 1)}:{owner}"
        )
        super().__init__(
            discord.ui.Button(
                label=label, style=discord.ButtonStyle.secondary, custom_id=custom_id
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]
    ) -> PageButton:
        return cls(
            _SCOPES[match["scope"]],
            _PERIODS[match["period"]],
            int(match["guild"]),
            int(match["page"]),
            int(match["owner"]),
            item.label or "",
        )

    async def callback(self, interaction: discord.Interaction) -> None:
        db = interaction.client.database  # type: ignore[attr-defined]
        viewer = interaction.user.id
        page = await board_page(
            db,
            scope=self.scope,
            period=self.period,
            guild_id=self.guild_id or None,
            page=self.page,
            caller_id=viewer,
        )
        guild_name = interaction.guild.name if interaction.guild else None
        embed, view = render(interaction.client, page, viewer_id=viewer, guild_name=guild_name)
        is_private_copy = interaction.message is not None and interaction.message.flags.ephemeral
        if viewer == self.owner or is_private_copy:
            await interaction.response.edit_message(embed=embed, view=view)
        else:
            await interaction.response.send_message(
                embed=embed, view=view, ephemeral=True,
                allowed_mentions=discord.AllowedMentions.none(),
            )

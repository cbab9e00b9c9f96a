"""/trivia import and /trivia settings (Manage Server)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import checks
from bot.checks import Action
from bot.db.repos import guild_settings
from bot.embeds import Colour, fit
from bot.services.errors import UserError
from bot.services.settings_view import describe_settings, settings_changes
from bot.views.reply import reply


class Trivia(commands.Cog):
    trivia = app_commands.Group(
        name="trivia",
        description="Server trivia settings and curated question lists",
        guild_only=True,
        default_permissions=discord.Permissions(manage_guild=True),
    )

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @trivia.command(name="import", description="Import a Red-DiscordBot trivia list (YAML)")
    @app_commands.describe(file="A Red trivia list: a .yaml file of question: [answers]")
    @checks.manage_server(Action.IMPORT)
    async def import_(self, interaction: discord.Interaction, file: discord.Attachment) -> None:
        raise NotImplementedError

    @trivia.command(name="settings", description="Show or change this server's quiz defaults")
    @app_commands.describe(
        questions="Default number of questions (1-50)",
        seconds="Default seconds per question (10-120)",
        mode="Default answer mode",
        allow_channel="Allow quizzes in this channel (once any is allowed, only those)",
        disallow_channel="Stop allowing quizzes in this channel",
        manager_role="Members with this role may stop/skip quizzes and review questions",
        clear="Forget the allowed channels or the manager role",
    )
    @app_commands.choices(
        mode=[
            app_commands.Choice(name="buttons", value="buttons"),
            app_commands.Choice(name="typed", value="typed"),
        ],
        clear=[
            app_commands.Choice(name="allowed channels (quizzes anywhere)", value="channels"),
            app_commands.Choice(name="manager role", value="role"),
        ],
    )
    @checks.manage_server(Action.SETTINGS)
    async def settings(
        self,
        interaction: discord.Interaction,
        questions: app_commands.Range[int, 1, 50] | None = None,
        seconds: app_commands.Range[int, 10, 120] | None = None,
        mode: str | None = None,
        allow_channel: discord.TextChannel | None = None,
        disallow_channel: discord.TextChannel | None = None,
        manager_role: discord.Role | None = None,
        clear: str | None = None,
    ) -> None:
        db = self.bot.database
        current = await guild_settings.get_guild_settings(db, interaction.guild_id)
        changes = settings_changes(
            current,
            questions=questions,
            seconds=seconds,
            mode=mode,
            allow_channel=allow_channel.id if allow_channel else None,
            disallow_channel=disallow_channel.id if disallow_channel else None,
            manager_role=manager_role.id if manager_role else None,
            clear=clear,
        )
        if changes:
            try:
                current = await guild_settings.update_guild_settings(
                    db, interaction.guild_id, **changes
                )
            except ValueError as error:
                raise UserError(f"Not saved: {error}.") from None
        embed = discord.Embed(
            title="Trivia settings" + (" saved" if changes else ""),
            colour=Colour.CORRECT if changes else Colour.INFO,
        )
        for name, value in describe_settings(current):
            embed.add_field(name=name, value=value)
        if not changes:
            embed.description = "Change any of these with the command's options."
        await reply(interaction, embed=fit(embed))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Trivia(bot))

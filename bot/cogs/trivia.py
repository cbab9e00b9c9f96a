"""/trivia import and /trivia settings (Manage Server)."""

from __future__ import annotations

from pathlib import PurePath

import discord
from discord import app_commands
from discord.ext import commands

from bot import checks
from bot.checks import Action
from bot.db.repos import guild_settings
from bot.db.repos import questions as question_repo
from bot.embeds import Colour, fit, info_embed
from bot.safety import clean
from bot.services.errors import UserError
from bot.services.settings_view import describe_settings, settings_changes
from bot.services.topics import forget_cache
from bot.views.reply import defer, reply
from questions.red import MAX_RED_BYTES, RedListError, parse_red_list


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
        name = PurePath(file.filename or "list.yaml")
        if name.suffix.lower() not in (".yaml", ".yml"):
            raise UserError("Attach a Red-DiscordBot trivia list: a .yaml file.")
        if file.size > MAX_RED_BYTES:
            raise UserError(f"That list is over {MAX_RED_BYTES / 1e6:.1f} MB.")
        await defer(interaction)
        try:
            text = (await file.read()).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise UserError("That list is not UTF-8 text; save it as UTF-8.") from None
        except discord.HTTPException:
            raise UserError("I could not download the attachment; try again.") from None
        try:
            red = parse_red_list(text, name.stem)
        except RedListError as error:
            raise UserError(f"Not imported: {error}") from None
        if not red.questions:
            raise UserError("Not imported: the list has no usable questions.")
        db = self.bot.database
        try:
            lst = await question_repo.create_list(
                db, red.name[:100], guild_id=interaction.guild_id, kind="red",
                author=red.author, description=red.description, created_by=interaction.user.id,
            )
        except question_repo.QuestionListExists:
            raise UserError(f"This server already has a list named {red.name!r}.") from None
        stored = await question_repo.store_questions(
            db, red.questions, guild_id=interaction.guild_id, list_id=lst.id
        )
        forget_cache(interaction.guild_id)
        typed_only = sum(1 for q in red.questions if not q.choices)
        note = (
            f" {typed_only} have no wrong choices, so they play in typed mode."
            if typed_only else ""
        )
        await reply(
            interaction,
            embed=info_embed(
                "📋 List imported",
                f"**{clean(red.name, 100)}**: {stored} questions.{note} "
                f"Play it with `/quiz start topic:{clean(red.name, 100)}`.",
                Colour.CORRECT,
            ),
            ephemeral=False,
        )

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

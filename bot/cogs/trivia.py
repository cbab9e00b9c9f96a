"""/trivia import, settings and reset-scores (Manage Server), and /trivia daily (Manage
Server or the manager role; the scheduler itself is bot/cogs/daily.py)."""

from __future__ import annotations

import functools
from pathlib import PurePath
from zoneinfo import available_timezones

import discord
from discord import app_commands
from discord.ext import commands

from bot import checks
from bot.checks import Action
from bot.cogs._options import AnswerSeconds, QuestionCount, mode_choices
from bot.db.records import GuildConfig
from bot.db.repos import daily as daily_repo
from bot.db.repos import guild_settings, scores
from bot.db.repos import questions as question_repo
from bot.embeds import Colour, fit, info_embed, timestamp
from bot.game import daily as rules
from bot.safety import clean
from bot.services.errors import UserError
from bot.services.settings_view import describe_settings, settings_changes
from bot.services.topics import forget_cache
from bot.views.reply import defer, receive_attachment, reply, within
from bot.views.reset import ResetButton, confirm_view
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

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(ResetButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(ResetButton)

    @trivia.command(name="import", description="Import a Red-DiscordBot trivia list (YAML)")
    @app_commands.describe(file="A Red trivia list: a .yaml file of question: [answers]")
    @checks.manage_server(Action.IMPORT)
    async def import_(self, interaction: discord.Interaction, file: discord.Attachment) -> None:
        name = PurePath(file.filename or "list.yaml")
        if name.suffix.lower() not in (".yaml", ".yml"):
            raise UserError("Attach a Red-DiscordBot trivia list: a .yaml file.")
        if file.size > MAX_RED_BYTES:
            raise UserError(f"That list is over {MAX_RED_BYTES / 1e6:.1f} MB.")
        data = await receive_attachment(interaction, file)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise UserError("That list is not UTF-8 text; save it as UTF-8.") from None
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
        timezone="The server's time zone for the daily question, e.g. Asia/Seoul (default UTC)",
    )
    @app_commands.choices(
        mode=mode_choices(buttons="buttons", typed="typed"),
        clear=[
            app_commands.Choice(name="allowed channels (quizzes anywhere)", value="channels"),
            app_commands.Choice(name="manager role", value="role"),
        ],
    )
    @checks.manage_server(Action.SETTINGS)
    async def settings(
        self,
        interaction: discord.Interaction,
        questions: QuestionCount | None = None,
        seconds: AnswerSeconds | None = None,
        mode: str | None = None,
        allow_channel: discord.TextChannel | None = None,
        disallow_channel: discord.TextChannel | None = None,
        manager_role: discord.Role | None = None,
        clear: str | None = None,
        timezone: app_commands.Range[str, 1, 64] | None = None,
    ) -> None:
        db = self.bot.database
        if timezone is not None:
            try:
                timezone = rules.zone(timezone.strip()).key
            except rules.BadTime as error:
                raise UserError(f"Not saved: {error}.") from None

        async def save() -> tuple[GuildConfig, dict]:
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
                timezone=timezone,
            )
            if changes:
                try:
                    current = await guild_settings.update_guild_settings(
                        db, interaction.guild_id, **changes
                    )
                except ValueError as error:
                    raise UserError(f"Not saved: {error}.") from None
            return current, changes

        # The write may wait its turn for the database: a private "thinking" meanwhile.
        current, changes = await within(interaction, save(), ephemeral=True)
        embed = discord.Embed(
            title="Trivia settings" + (" saved" if changes else ""),
            colour=Colour.CORRECT if changes else Colour.INFO,
        )
        for name, value in describe_settings(current):
            embed.add_field(name=name, value=value)
        if not changes:
            embed.description = "Change any of these with the command's options."
        if "timezone" in changes and (cog := self._daily_cog()) is not None:
            cog.poke()  # the daily question's time moves with the zone
        await reply(interaction, embed=fit(embed))

    @settings.autocomplete("timezone")
    async def timezone_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return timezone_choices(current)

    # ------------------------------------------------------------------ daily question

    def _daily_cog(self):
        return self.bot.get_cog("Daily")

    @trivia.command(name="daily", description="Post one question a day in a channel at a set time")
    @app_commands.describe(
        channel="Where the daily question goes",
        time="When, as HH:MM on a 24-hour clock in the server's time zone (/trivia settings)",
        off="Turn the daily question off (today's question closes with its answer)",
    )
    @checks.in_guild()
    async def daily(
        self,
        interaction: discord.Interaction,
        channel: discord.TextChannel | None = None,
        time: app_commands.Range[str, 1, 5] | None = None,
        off: bool = False,
    ) -> None:
        db = self.bot.database
        guild_id = interaction.guild_id
        assert guild_id is not None
        config = await guild_settings.get_guild_settings(db, guild_id)
        checks.require(interaction, Action.DAILY, manager_role_id=config.manager_role_id)
        cog = self._daily_cog()
        if cog is None:
            raise UserError("The daily question is unavailable right now; try again later.")
        current = await daily_repo.get_schedule(db, guild_id)
        if off:
            if channel is not None or time is not None:
                raise UserError("Give either `off` or a channel and a time, not both.")
            was_on = await daily_repo.disable_schedule(db, guild_id)
            closed = await cog.close_open(guild_id)
            note = " Today's question was closed with its answer." if closed else ""
            await reply(
                interaction,
                embed=info_embed(
                    "📅 Daily question off",
                    ("No more daily questions here." if was_on
                     else "The daily question was not on.") + note,
                ),
                ephemeral=False,
            )
            return
        if channel is None and time is None:
            await reply(interaction, embed=self._daily_status(current, config, cog))
            return
        if current is None and (channel is None or time is None):
            raise UserError("Give both a channel and a time (HH:MM) to start the daily question.")
        try:
            at = rules.parse_time_of_day(time) if time is not None else None
        except rules.BadTime as error:
            raise UserError(f"Not saved: {error}.") from None
        if channel is not None:
            self._check_can_post(channel)
        channel_id = channel.id if channel is not None else current.channel_id
        time_of_day = (
            rules.format_time_of_day(at) if at is not None else current.time_of_day
        )
        await defer(interaction)
        schedule = await daily_repo.set_schedule(
            db, guild_id, channel_id=channel_id, time_of_day=time_of_day,
            created_by=interaction.user.id,
        )
        await daily_repo.stamp_schedule(db, guild_id, cog.utcnow())
        cog.poke()
        await reply(
            interaction, embed=self._daily_status(schedule, config, cog, saved=True),
            ephemeral=False,
        )

    @staticmethod
    def _check_can_post(channel: discord.TextChannel) -> None:
        """Refuse a channel the bot could not post the question in (said now, not at 18:30)."""
        me = channel.guild.me if channel.guild else None
        if me is None:
            return  # not cached: the post itself will tell (it is logged)
        can = channel.permissions_for(me)
        missing = [
            name for name, ok in (
                ("View Channel", can.view_channel), ("Send Messages", can.send_messages),
                ("Embed Links", can.embed_links),
            ) if not ok
        ]
        if missing:
            raise UserError(
                f"I cannot post in <#{channel.id}>: give me **{', '.join(missing)}** there, "
                "or pick another channel."
            )

    def _daily_status(self, schedule, config, cog, *, saved: bool = False) -> discord.Embed:
        if schedule is None or not schedule.enabled:
            return info_embed(
                "📅 Daily question: off",
                "Turn it on with `/trivia daily channel:#channel time:18:30`.",
            )
        tz = rules.zone(config.timezone)
        at = rules.parse_time_of_day(schedule.time_of_day)
        first = rules.next_due(cog.utcnow(), at, tz)
        return info_embed(
            "📅 Daily question " + ("on" if saved else "schedule"),
            f"One question a day in <#{schedule.channel_id}> at **{schedule.time_of_day}** "
            f"({config.timezone}); each stays open until the next.\n"
            f"Next one: {timestamp(first, 'F')} ({timestamp(first)}). "
            "Change the time zone with `/trivia settings timezone:`, stop with "
            "`/trivia daily off:True`.",
            Colour.CORRECT if saved else Colour.INFO,
        )

    # ------------------------------------------------------------------ reset scores

    @trivia.command(name="reset-scores", description="Reset this server's scores and leaderboards")
    @checks.manage_server(Action.RESET_SCORES)
    async def reset_scores(self, interaction: discord.Interaction) -> None:
        guild_id = interaction.guild_id
        assert guild_id is not None
        players = await scores.board_size(self.bot.database, guild_id)
        if not players:
            await reply(interaction, "Nobody has points on this server yet: nothing to reset.")
            return
        await reply(
            interaction,
            embed=info_embed(
                "Reset this server's scores?",
                f"This empties the all-time and weekly leaderboards for **{players}** "
                f"player{'s' if players != 1 else ''}, with their daily streaks. Points stay "
                "in each player's global total. It cannot be undone.",
                Colour.WARNING,
            ),
            view=confirm_view(guild_id, interaction.user.id),
        )


@functools.cache
def _zone_names() -> tuple[str, ...]:
    return tuple(sorted(available_timezones()))


def timezone_choices(current: str) -> list[app_commands.Choice[str]]:
    """Up to 25 IANA zone names containing what was typed (case-insensitive)."""
    typed = current.strip().casefold().replace(" ", "_")
    names = _zone_names()
    found = [n for n in names if typed in n.casefold()] if typed else ["UTC", *names]
    return [app_commands.Choice(name=n, value=n) for n in found[:25]]


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Trivia(bot))

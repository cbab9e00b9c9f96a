"""The daily question: one question a day per guild, answered with buttons until the next.

A scheduler task wakes when something is due (at most every `max_sleep` seconds, so a
schedule changed elsewhere or a clock adjustment is picked up) and, for the guilds THIS
process holds (`bot.get_guild`: only the process running a guild's shard has it):

1. closes the open posts whose time is up (the reveal: the message is edited to show the
   answer, who got it with their daily streaks, and the source sentence);
2. posts the day's question where it is due and not posted yet. The post is claimed first
   by INSERTing its (guild, day) row: the primary key decides, so a restarted or second
   process that finds the row posts nothing. Then the message is sent and its id stored.

Everything lives in the database (schedule, posts, the day's round and its answers), so a
restart picks up where the last process stopped; closing happens before posting, also
after a restart. Trade-off: a crash between the claim and the send loses that day's post
rather than risk posting it twice; a crash between the send and storing the message id is
mended at the reveal, which finds the message by its buttons' custom ids.

Times: `self.utcnow()` is the wall clock (UTC) and `self.clock` sleeps; tests give the
bot a FakeClock and a wall clock that moves with it (bot.game.daily.clock_wall).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from zoneinfo import ZoneInfo

import discord
from discord.ext import commands

from bot.db.records import DailyPostRecord, DailyScheduleRecord
from bot.db.repos import daily, guild_settings, players, quizzes, scores
from bot.db.repos import questions as question_repo
from bot.embeds import Colour, DailyView, daily_question_embed, daily_reveal_embed, info_embed
from bot.game import daily as rules
from bot.game.clock import Clock, LoopClock
from bot.game.scoring import DEFAULT_RULES
from bot.game.selection import shuffled_choices
from bot.safety import NO_MENTIONS, clean
from bot.services.quiz import pick, to_quiz_question
from bot.views.daily import DailyAnswerButton, daily_view
from bot.views.reply import reply
from questions.types import QuizQuestion

log = logging.getLogger(__name__)

DAILY_POINTS = DEFAULT_RULES.base  # a right answer, whenever in the day it comes
ANSWER_ACK_SECONDS = 1.5
RETRY_SECONDS = 30.0  # after a failed tick (database down): try again soon


def _letters(index: int) -> str:
    return "ABCD"[index]


class DailyCog(commands.Cog, name="Daily"):
    # The longest the scheduler sleeps: a schedule changed by another process, or a
    # wall-clock adjustment, is seen within this many seconds.
    max_sleep = 60.0

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.clock: Clock = getattr(bot, "clock", None) or LoopClock()
        self.utcnow: Callable[[], dt.datetime] = (
            getattr(bot, "utcnow", None) or discord.utils.utcnow
        )
        self.ticks = 0  # completed scheduler passes (tests wait on it)
        self.sleeping = False  # between passes (tests wait on it)
        self.posted: list[tuple[int, dt.date]] = []  # (guild, day) posted by this process
        self._poke = asyncio.Event()
        self._task: asyncio.Task | None = None
        self._lock = asyncio.Lock()  # one pass at a time (the loop and command pokes)

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(DailyAnswerButton)
        self._task = asyncio.create_task(self._run(), name="daily-scheduler")

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(DailyAnswerButton)
        if self._task is not None:
            self._task.cancel()

    @property
    def db(self):
        return self.bot.database  # type: ignore[attr-defined]

    def holds(self, guild_id: int) -> bool:
        """Is this guild served by this process (its shard runs here)?"""
        return self.bot.get_guild(guild_id) is not None

    def poke(self) -> None:
        """Look at the schedules now (one was set or changed)."""
        self._poke.set()

    # ------------------------------------------------------------------ the loop

    async def _run(self) -> None:
        await self.bot.wait_until_ready()
        while True:
            self._poke.clear()
            try:
                wait = await self.tick()
            except Exception:
                log.exception("daily question pass failed")
                wait = RETRY_SECONDS
            await self._sleep(min(max(wait, 0.0), self.max_sleep))

    async def _sleep(self, seconds: float) -> None:
        sleeper = asyncio.ensure_future(self.clock.sleep(seconds))
        poked = asyncio.ensure_future(self._poke.wait())
        self.sleeping = True
        try:
            await asyncio.wait({sleeper, poked}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            self.sleeping = False
            sleeper.cancel()
            poked.cancel()

    async def tick(self) -> float:
        """One pass: close what is due, post what is due. Returns seconds to the next
        thing that will be due."""
        async with self._lock:
            now = self.utcnow()
            wake = now + dt.timedelta(seconds=self.max_sleep)
            schedules = {
                s.guild_id: s for s in await daily.enabled_schedules(self.db)
                if self.holds(s.guild_id)
            }
            zones = {g: await self._zone(g) for g in schedules}
            for post in await daily.open_posts(self.db):
                if not self.holds(post.guild_id):
                    continue
                schedule = schedules.get(post.guild_id)
                try:
                    if schedule is None:  # turned off: nothing more is coming
                        await self.close(post)
                        continue
                    closes = rules.closes_at(
                        post.day, rules.parse_time_of_day(schedule.time_of_day),
                        zones[post.guild_id],
                    )
                    if now >= closes:
                        await self.close(post)
                    else:
                        wake = min(wake, closes)
                except Exception:
                    log.exception("could not close the daily question of guild %s", post.guild_id)
            set_at = await daily.schedule_set_at(self.db, list(schedules))
            for guild_id, schedule in schedules.items():
                tz, at = zones[guild_id], rules.parse_time_of_day(schedule.time_of_day)
                day = rules.current_day(now, at, tz)
                try:
                    if rules.should_post(
                        day, at, tz, now=now, set_at=set_at.get(guild_id, now)
                    ) and await daily.get_post(self.db, guild_id, day) is None:
                        await self.post(schedule, day, tz)
                except Exception:
                    log.exception("could not post the daily question of guild %s", guild_id)
                wake = min(wake, rules.next_due(now, at, tz))
            self.ticks += 1
            return (wake - now).total_seconds()

    async def _zone(self, guild_id: int) -> ZoneInfo:
        config = await guild_settings.get_guild_settings(self.db, guild_id)
        try:
            return rules.zone(config.timezone)
        except rules.BadTime:
            return rules.zone("UTC")

    # ------------------------------------------------------------------ posting

    async def post(self, schedule: DailyScheduleRecord, day: dt.date, tz: ZoneInfo) -> bool:
        """Claim the day, then post. False if another pass or process already had it."""
        now = self.utcnow()
        guild_id, channel_id = schedule.guild_id, schedule.channel_id
        chosen, articles = await pick(
            self.db, guild_id, count=1, mode="buttons", topic=None, difficulty=None
        )
        question = chosen[0] if chosen else None
        claimed = await daily.claim_post(
            self.db, guild_id, day, channel_id=channel_id,
            question_id=int(question.id) if question else None, at=now,
        )
        if not claimed:
            log.info("daily question of guild %s for %s was already posted", guild_id, day)
            return False
        channel = self.bot.get_partial_messageable(channel_id, guild_id=guild_id)
        if question is None:
            message = await self._send(
                channel,
                embed=info_embed(
                    "📅 No daily question today",
                    "The question bank has no question with four choices yet: a moderator "
                    "can add articles with `/article add`.",
                    Colour.WARNING,
                ),
            )
            if message is not None:
                await daily.attach_post(self.db, guild_id, day, message_id=message.id)
            return True
        at = rules.parse_time_of_day(schedule.time_of_day)
        closes = rules.closes_at(day, at, tz)
        session = await daily.daily_session(self.db, guild_id, channel_id)
        # Round number = the day's ordinal: unique per guild and day, like the post.
        rnd = await quizzes.open_round(
            self.db, session.id, number=day.toordinal(), question_id=int(question.id),
            closes_at=closes, at=now,
        )
        await daily.attach_post(self.db, guild_id, day, round_id=rnd.id)
        choices = shuffled_choices(question, rnd.id)
        article = articles.get(question.id)
        view = DailyView(
            text=question.question, day=day, choices=choices, closes_at=closes,
            points=DAILY_POINTS, article_title=article.title if article else None,
            article_date=article.date if article else None,
        )
        message = await self._send(
            channel, embed=daily_question_embed(view), view=daily_view(rnd.id, choices)
        )
        if message is None:  # could not post: nothing to answer, close it now
            await quizzes.close_round(self.db, rnd.id, at=now)
            await daily.close_post(self.db, guild_id, day, at=now)
            return True
        await daily.attach_post(self.db, guild_id, day, message_id=message.id)
        await quizzes.set_round_message(self.db, rnd.id, message.id)
        self.posted.append((guild_id, day))
        log.info("posted the daily question of guild %s for %s", guild_id, day)
        return True

    async def _send(self, channel, **kwargs) -> discord.Message | None:
        try:
            return await channel.send(allowed_mentions=NO_MENTIONS, **kwargs)
        except (discord.Forbidden, discord.NotFound) as error:
            log.warning("cannot post the daily question in channel %s: %s", channel.id, error)
            return None

    # ------------------------------------------------------------------ closing

    async def close(self, post: DailyPostRecord) -> None:
        """The reveal: close the round (later clicks are refused), edit the message, then
        mark the post closed. Editing before marking makes a retry redo the reveal."""
        now = self.utcnow()
        if post.round_id is not None:
            await quizzes.close_round(self.db, post.round_id, at=now)
            if post.message_id is None:
                post = await self._find_message(post)
            if post.message_id is not None:
                await self._reveal(post)
        await daily.close_post(self.db, post.guild_id, post.day, at=now)

    async def _find_message(self, post: DailyPostRecord) -> DailyPostRecord:
        """A process that stopped between sending the question and storing its id left
        the message unknown: find it among the channel's recent messages by its buttons."""
        prefix = f"daily:answer:{post.round_id}:"
        channel = self.bot.get_partial_messageable(post.channel_id, guild_id=post.guild_id)
        try:
            async for message in channel.history(limit=100):
                if message.author.id != self.bot.user.id:  # type: ignore[union-attr]
                    continue
                ids = [
                    getattr(child, "custom_id", None) or ""
                    for row in message.components
                    for child in getattr(row, "children", ())
                ]
                if any(i.startswith(prefix) for i in ids):
                    await daily.attach_post(
                        self.db, post.guild_id, post.day, message_id=message.id
                    )
                    return dataclasses.replace(post, message_id=message.id)
        except discord.HTTPException as error:
            log.warning("cannot read channel %s to find a daily question: %s",
                        post.channel_id, error)
        return post

    async def _reveal(self, post: DailyPostRecord) -> None:
        assert post.round_id is not None and post.message_id is not None
        channel = self.bot.get_partial_messageable(post.channel_id, guild_id=post.guild_id)
        message = channel.get_partial_message(post.message_id)
        record = (
            await question_repo.get_question(self.db, post.question_id)
            if post.question_id is not None else None
        )
        if record is None:  # its article was removed meanwhile: grey the buttons out
            with contextlib.suppress(discord.HTTPException):
                await message.edit(
                    embed=info_embed(
                        "📅 Daily question closed",
                        "This question was removed by a moderator before it closed, so "
                        "there is no answer to show.",
                        Colour.WARNING,
                    ),
                    view=None,
                )
            return
        question, article = await self._question(record)
        choices = shuffled_choices(question, post.round_id)
        answers = await quizzes.round_answers(self.db, post.round_id)
        right = [a.user_id for a in answers if a.correct]
        await players.try_flush_names(self.db)  # names noted by today's answers
        names = await players.display_names(self.db, right)
        winners = []
        for user_id in right:
            stats = await scores.get_stats(self.db, post.guild_id, user_id)
            if stats is None or stats.last_daily_date is None or stats.last_daily_date < post.day:
                # The streak was not counted when they answered (a fault): count it now.
                streak = await daily.bump_daily_streak(self.db, post.guild_id, user_id, post.day)
            else:
                streak = stats.daily_streak
            winners.append((names.get(user_id, "a player"), streak))
        index = choices.index(question.answer) if question.answer in choices else None
        shown = f"{_letters(index)}. {question.answer}" if index is not None else question.answer
        view = DailyView(
            text=question.question, day=post.day, choices=choices,
            closes_at=post.closed_at or self.utcnow(), points=DAILY_POINTS,
            article_title=article.title if article else None,
            article_date=article.date if article else None,
        )
        embed = daily_reveal_embed(
            view, answer=shown, sentence=question.source.sentence, winners=winners,
            answered=len(answers),
        )
        try:
            await message.edit(
                embed=embed,
                view=daily_view(post.round_id, choices, disabled=True, answer=index),
            )
        except (discord.Forbidden, discord.NotFound) as error:
            log.warning("cannot reveal the daily question %s: %s", post.message_id, error)

    async def _question(self, record):
        from bot.db.repos import articles as article_repo

        article = (
            await article_repo.get_article(self.db, record.article_id)
            if record.article_id is not None else None
        )
        return to_quiz_question(record, article), article

    async def close_open(self, guild_id: int) -> int:
        """Close the guild's open daily question now (the schedule was turned off)."""
        async with self._lock:
            closed = 0
            for post in await daily.open_posts(self.db):
                if post.guild_id == guild_id:
                    await self.close(post)
                    closed += 1
            return closed

    # ------------------------------------------------------------------ answers

    async def on_answer_click(
        self, interaction: discord.Interaction, round_id: int, index: int
    ) -> None:
        work = asyncio.ensure_future(self._answer(interaction, round_id, index))
        done, _ = await asyncio.wait({work}, timeout=ANSWER_ACK_SECONDS)
        if not done:  # the database is slow: acknowledge now, answer when it is stored
            await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            text = await work
        except Exception:
            log.exception("could not record a daily answer in round %s", round_id)
            text = (
                "⚠️ Your answer could not be recorded (a database problem), so it does not "
                "count yet. Try again in a moment."
            )
        await reply(interaction, text)

    async def _answer(self, interaction: discord.Interaction, round_id: int, index: int) -> str:
        closed = "This daily question is closed: the next one comes at its usual time."
        post = await daily.post_by_round(self.db, round_id)
        rnd = await quizzes.get_round(self.db, round_id)
        now = self.utcnow()
        # Open until the reveal: what players see (live buttons) is what counts. The
        # scheduler closes it at its time, or at once when a process comes back late.
        if post is None or rnd is None or rnd.closed_at is not None or post.closed_at is not None:
            return closed
        record = await question_repo.get_question(self.db, rnd.question_id or 0)
        if record is None:
            return closed
        question: QuizQuestion = to_quiz_question(record, None)
        choices = shuffled_choices(question, round_id)
        if not 0 <= index < len(choices):
            return "That is not one of this question's choices."
        given = choices[index]
        correct = given == question.answer
        result = await quizzes.record_answer(
            self.db, round_id=round_id, user_id=interaction.user.id, correct=correct,
            points=DAILY_POINTS if correct else 0, choice=given[:500], at=now,
        )
        if not result.accepted:
            if result.reason == "already_answered":
                return "You already answered today's question: one answer each."
            return closed
        # Off the answer path: a new or changed name is written in a batch shortly.
        players.note_name(self.db, interaction.user.id, interaction.user.display_name)
        if correct:
            try:
                await daily.bump_daily_streak(
                    self.db, post.guild_id, interaction.user.id, post.day
                )
            except Exception:  # the answer is stored; the reveal counts the streak then
                log.exception("could not count a daily streak in guild %s", post.guild_id)
        closes = rnd.closes_at or now
        return (
            f"🔒 Locked in: **{_letters(index)}. {clean(given, 200)}**. The answer shows "
            f"{discord.utils.format_dt(closes, 'R')}; a right answer on consecutive days "
            "builds your daily streak."
        )


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(DailyCog(bot))

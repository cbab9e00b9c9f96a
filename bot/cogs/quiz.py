"""/quiz start, /quiz stop, /quiz skip: one quiz per channel, many across channels.

The rules of play live in `bot.game.session.Quiz`; this cog is its `QuizIO`: it posts
questions, hints, reveals and the podium, and stores every answer through the quizzes
repository before the player hears "locked in". The database decides what counts
(one answer per player per round, one first-correct), so a restart never counts an
answer twice, and a quiz left running by a stopped process is ended at start-up.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from dataclasses import dataclass, field

import discord
from discord import app_commands
from discord.ext import commands

from bot import checks
from bot.checks import Action
from bot.cogs._options import AnswerSeconds, QuestionCount, mode_choices
from bot.db.records import ArticleRecord, SessionRecord
from bot.db.repos import guild_settings, players, quizzes, scores
from bot.embeds import (
    LETTERS,
    Colour,
    PodiumLine,
    QuestionView,
    info_embed,
    podium_embed,
    question_embed,
    reveal_embed,
)
from bot.game.clock import Clock, LoopClock
from bot.game.session import (
    AnswerRecord,
    Mode,
    Quiz,
    QuizRound,
    QuizSettings,
    QuizSummary,
    RoundResult,
    Verdict,
)
from bot.safety import NO_MENTIONS, clean, code_free, neutralise_mentions, truncate
from bot.services.errors import UserError
from bot.services.quiz import Topic, no_questions_message, pick, resolve_topic
from bot.services.topics import topic_choices
from bot.views.quiz import AnswerButton, answer_view
from bot.views.reply import defer, reply, within

log = logging.getLogger(__name__)

ANSWER_ACK_SECONDS = 1.5  # answer a click directly if recording is this quick, else defer
NO_INTENT = (
    "Typed answers need the message-content intent, which is off for this bot "
    "(MESSAGE_CONTENT_INTENT=false, or not enabled in the developer portal). "
    "Play with buttons instead?"
)


class AnswerNotStored(Exception):
    """The database refused or failed to store an answer; the player is told why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class _Plan:
    """What /quiz start read from the database before writing anything."""

    count: int
    mode: str
    seconds: int
    difficulty: str | None
    topic: Topic | None
    chosen: list
    articles: dict[str, ArticleRecord]


@dataclass
class Runner:
    """A running quiz and everything the cog keeps about it."""

    quiz: Quiz
    session: SessionRecord
    channel: discord.abc.Messageable
    articles: dict[str, ArticleRecord]
    topic: Topic | None
    start_interaction: discord.Interaction | None = None
    round_ids: dict[int, int] = field(default_factory=dict)  # round number -> round id
    messages: dict[int, discord.Message] = field(default_factory=dict)  # round number -> msg
    rank_before: dict[int, int | None] = field(default_factory=dict)  # user -> server rank
    task: asyncio.Task | None = None

    @property
    def guild_id(self) -> int:
        return self.session.guild_id

    @property
    def channel_id(self) -> int:
        return self.session.channel_id


class DiscordQuizIO:
    """The QuizIO of one quiz: Discord messages out, database rows in."""

    def __init__(self, cog: QuizCog, runner: Runner) -> None:
        self.cog = cog
        self.runner = runner
        self.db = cog.bot.database

    def _view_of(self, rnd: QuizRound, *, closes_at: dt.datetime | None) -> QuestionView:
        article = self.runner.articles.get(rnd.question.id)
        quiz = self.runner.quiz
        return QuestionView(
            text=rnd.question.question,
            number=rnd.number,
            total=rnd.total,
            choices=rnd.choices if quiz.mode is Mode.BUTTONS else (),
            article_title=article.title if article else None,
            article_date=article.date if article else None,
            closes_at=closes_at,
            points=quiz.settings.rules.base + quiz.settings.rules.speed_bonus,
            mode=str(quiz.mode),
            difficulty=rnd.question.difficulty,
        )

    async def ask(self, rnd: QuizRound) -> None:
        runner = self.runner
        closes_at = discord.utils.utcnow() + dt.timedelta(seconds=rnd.seconds)
        record = await quizzes.open_round(
            self.db,
            runner.session.id,
            number=rnd.number,
            question_id=int(rnd.question.id),
            closes_at=closes_at,
        )
        runner.round_ids[rnd.number] = record.id
        self.cog.rounds[record.id] = runner
        self.cog.last_question[runner.channel_id] = int(rnd.question.id)
        embed = question_embed(self._view_of(rnd, closes_at=closes_at))
        if runner.quiz.mode is Mode.BUTTONS:
            message = await runner.channel.send(
                embed=embed, view=answer_view(record.id, rnd.choices), allowed_mentions=NO_MENTIONS
            )
        else:
            message = await runner.channel.send(embed=embed, allowed_mentions=NO_MENTIONS)
        runner.messages[rnd.number] = message
        await quizzes.set_round_message(self.db, record.id, message.id)

    async def hint(self, rnd: QuizRound, text: str) -> None:
        points = self.runner.quiz.points_left(hinted=True)
        closes = discord.utils.utcnow() + dt.timedelta(
            seconds=max(0.0, (rnd.closes_at or 0) - self.runner.quiz.clock.now())
        )
        view = self._view_of(rnd, closes_at=closes)
        view = QuestionView(**{**view.__dict__, "points": points})
        message = self.runner.messages.get(rnd.number)
        embed = question_embed(view, hint=text)
        if message is not None:
            with contextlib.suppress(discord.HTTPException):
                await message.edit(embed=embed)
        shape = truncate(neutralise_mentions(code_free(text)), 300)
        await self.runner.channel.send(
            f"💡 Hint for question {rnd.number}: `{shape}` "
            f"· a right answer now scores up to **{points}** points",
            allowed_mentions=NO_MENTIONS,
        )

    async def record(self, rnd: QuizRound, answer: AnswerRecord) -> None:
        runner = self.runner
        round_id = runner.round_ids[rnd.number]
        user_id = answer.user_id
        try:
            if user_id not in runner.rank_before:
                rank = await scores.player_rank(self.db, runner.guild_id, user_id)
                runner.rank_before[user_id] = rank.rank if rank else None
            result = await quizzes.record_answer(
                self.db,
                round_id=round_id,
                user_id=user_id,
                correct=answer.correct,
                points=answer.points,
                choice=answer.given[:500] if answer.choice_index is not None else None,
                text=answer.given[:2000] if answer.choice_index is None else None,
                response_ms=answer.response_ms,
            )
        except Exception as error:
            log.warning("could not record an answer in round %s: %r", round_id, error)
            raise AnswerNotStored(
                "⚠️ Your answer could not be recorded (a database problem), so it does not "
                "count yet. Try again in a moment."
            ) from error
        if not result.accepted:
            if result.reason == "already_answered":
                raise AnswerNotStored("You already answered this question.")
            raise AnswerNotStored("This question is closed.")
        # Off the answer path: only a new or changed name is queued, written in a batch.
        players.note_name(self.db, user_id, answer.name)

    async def reveal(self, rnd: QuizRound, result: RoundResult) -> None:
        runner = self.runner
        round_id = runner.round_ids.get(rnd.number)
        if round_id is not None:
            self.cog.rounds.pop(round_id, None)
            try:
                await quizzes.close_round(self.db, round_id)
            except Exception as error:  # answers are refused in memory already
                log.warning("could not close round %s: %r", round_id, error)
        await players.try_flush_names(self.db)  # this round's new names, before a board
        message = runner.messages.get(rnd.number)
        if message is not None and runner.quiz.mode is Mode.BUTTONS and round_id is not None:
            with contextlib.suppress(discord.HTTPException):
                await message.edit(
                    view=answer_view(round_id, rnd.choices, disabled=True, answer=rnd.answer_index)
                )
        winners = [(a.name, a.points) for a in result.correct]
        answered = result.answered + len(result.guesses)
        view = self._view_of(rnd, closes_at=None)
        answer = rnd.answer
        if rnd.answer_index is not None and runner.quiz.mode is Mode.BUTTONS:
            answer = f"{LETTERS[rnd.answer_index]}. {answer}"
        embed = reveal_embed(
            view,
            answer=answer,
            sentence=rnd.question.source.sentence,
            winners=winners,
            answered=answered,
            skipped=str(result.ended_by) == "skipped",
        )
        await runner.channel.send(embed=embed, allowed_mentions=NO_MENTIONS)

    async def finish(self, summary: QuizSummary) -> None:
        await self.cog.conclude(self.runner, summary)


class QuizCog(commands.Cog, name="Quiz"):
    quiz = app_commands.Group(
        name="quiz",
        description="Play a trivia quiz in this channel",
        guild_only=True,
    )

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.running: dict[int, Runner] = {}  # channel id -> quiz
        self.rounds: dict[int, Runner] = {}  # open round id -> quiz
        self.last_question: dict[int, int] = {}  # channel id -> question id last asked
        self.clock: Clock = LoopClock()  # tests put a FakeClock here
        self.reveal_seconds = 5.0  # pause after a reveal before the next question
        self._recovery: asyncio.Task | None = None
        self.loaded_at = discord.utils.utcnow()  # quizzes older than this were interrupted

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(AnswerButton)
        self._recovery = asyncio.create_task(self._end_interrupted_quizzes())

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(AnswerButton)
        if self._recovery is not None:
            self._recovery.cancel()
        for runner in list(self.running.values()):
            runner.quiz.stop()
            if runner.task is not None:
                runner.task.cancel()

    # ------------------------------------------------------------------ start-up

    async def _end_interrupted_quizzes(self) -> None:
        """Quizzes marked running belong to a process that stopped: end them (points
        already won are kept) and say so in their channels."""
        await self.bot.wait_until_ready()
        # A process running only some shards ends only its own guilds' quizzes.
        shard_ids = getattr(self.bot, "shard_ids", None) or []
        partial = bool(shard_ids) and len(shard_ids) < (self.bot.shard_count or 1)
        guild_ids = [g.id for g in self.bot.guilds] if partial else None
        try:
            # Only quizzes older than this process: one started here since (players can
            # start one as soon as the gateway is up, before this task runs) is alive.
            ours = {runner.session.id for runner in self.running.values()}
            ended = []
            for session in await quizzes.list_running(self.bot.database, guild_ids):
                if session.id in ours or session.started_at >= self.loaded_at:
                    continue
                if await quizzes.abort_session(self.bot.database, session.id):
                    ended.append(session)
        except Exception:
            log.exception("could not end quizzes left running")
            return
        for session in ended:
            if session.channel_id in self.running:
                continue
            log.info("ended quiz %s left running in channel %s", session.id, session.channel_id)
            channel = self.bot.get_partial_messageable(session.channel_id)
            with contextlib.suppress(discord.HTTPException):
                await channel.send(
                    embed=info_embed(
                        "Quiz ended",
                        "The quiz here was interrupted when I restarted. Points already "
                        "won are kept; start a new one with `/quiz start`.",
                        Colour.WARNING,
                    ),
                    allowed_mentions=NO_MENTIONS,
                )

    # ------------------------------------------------------------------ commands

    @quiz.command(name="start", description="Start a quiz in this channel")
    @app_commands.describe(
        questions="How many questions (1-50; default from the server settings)",
        topic="Only questions about this article, group, person or curated list",
        mode="Answer with buttons (four choices) or by typing the answer",
        seconds="Seconds to answer each question (10-120)",
        difficulty="Only questions of this difficulty",
    )
    @app_commands.choices(
        mode=mode_choices(
            buttons="buttons: pick one of four", typed="typed: first right message wins"
        ),
        difficulty=[
            app_commands.Choice(name="easy", value="easy"),
            app_commands.Choice(name="medium", value="medium"),
            app_commands.Choice(name="hard", value="hard"),
        ],
    )
    @checks.in_guild()
    async def start(
        self,
        interaction: discord.Interaction,
        questions: QuestionCount | None = None,
        topic: app_commands.Range[str, 1, 100] | None = None,
        mode: str | None = None,
        seconds: AnswerSeconds | None = None,
        difficulty: str | None = None,
    ) -> None:
        guild_id, channel_id = interaction.guild_id, interaction.channel_id
        assert guild_id is not None and channel_id is not None
        if channel_id in self.running:
            raise UserError(
                "A quiz is already running in this channel: answer along, or the host or a "
                "moderator can end it with /quiz stop."
            )
        # Reads first (a refusal found quickly stays private); past ACK_SECONDS the
        # start is acknowledged publicly while they finish.
        plan = await within(
            interaction,
            self._plan(interaction, questions, topic, mode, seconds, difficulty),
        )
        if plan is None:
            await self._offer_buttons(interaction, questions, topic, seconds, difficulty)
            return
        await self.begin(interaction, plan)

    async def _plan(
        self,
        interaction: discord.Interaction,
        questions: int | None,
        topic_value: str | None,
        mode: str | None,
        seconds: int | None,
        difficulty: str | None,
        *,
        check_channel: bool = True,
    ) -> _Plan | None:
        """The quiz to start, read from the database (settings, topic, questions), or
        None when typed mode was asked for without the message-content intent."""
        db = self.bot.database
        guild_id, channel_id = interaction.guild_id, interaction.channel_id
        assert guild_id is not None and channel_id is not None
        config = await guild_settings.get_guild_settings(db, guild_id)
        if (
            check_channel
            and config.allowed_channel_ids
            and channel_id not in config.allowed_channel_ids
            and not checks.manage_guild(interaction)
        ):
            where = ", ".join(f"<#{c}>" for c in config.allowed_channel_ids)
            raise UserError(f"Quizzes run only in {where} on this server.")
        mode = mode or config.mode
        if mode == "typed" and not self.bot.intents.message_content:
            return None
        count = questions or config.question_count
        topic = await resolve_topic(db, guild_id, topic_value)
        chosen, articles = await pick(
            db, guild_id, count=count, mode=mode, topic=topic, difficulty=difficulty
        )
        if not chosen:
            raise UserError(no_questions_message(topic, difficulty, mode))
        return _Plan(
            count=count, mode=mode, seconds=seconds or config.seconds,
            difficulty=difficulty, topic=topic, chosen=chosen, articles=articles,
        )

    async def begin(self, interaction: discord.Interaction, plan: _Plan) -> None:
        db = self.bot.database
        guild_id, channel_id = interaction.guild_id, interaction.channel_id
        assert guild_id is not None and channel_id is not None
        count, mode, seconds, difficulty = plan.count, plan.mode, plan.seconds, plan.difficulty
        topic, chosen, articles = plan.topic, plan.chosen, plan.articles
        settings = QuizSettings(
            count=len(chosen),
            seconds=float(seconds),
            mode=Mode(mode),
            difficulty=difficulty,
            reveal_seconds=self.reveal_seconds,
        )
        # The write below waits its turn for the database: acknowledge first, publicly
        # (the start message then fills this "thinking" message).
        await defer(interaction, ephemeral=False)
        try:
            session = await quizzes.create_session(
                db,
                guild_id=guild_id,
                channel_id=channel_id,
                host_id=interaction.user.id,
                settings={
                    "count": len(chosen), "seconds": seconds, "mode": mode,
                    "difficulty": difficulty, "topic": topic.label if topic else None,
                },
            )
        except quizzes.QuizAlreadyRunning:
            raise UserError(
                "A quiz is already running in this channel: the host or a moderator can end "
                "it with /quiz stop."
            ) from None
        game = Quiz(chosen, settings, clock=self.clock, seed=session.id)
        channel = self.bot.get_partial_messageable(channel_id, guild_id=guild_id)
        runner = Runner(game, session, channel, articles, topic, interaction)
        self.running[channel_id] = runner
        about = f" about **{clean(topic.label, 100)}**" if topic else ""
        short = f" (only {len(chosen)} available)" if len(chosen) < count else ""
        how = "pick one of four buttons" if mode == "buttons" else "type your answer in the chat"
        await reply(
            interaction,
            embed=info_embed(
                "🎯 Quiz starting",
                f"**{len(chosen)}** question{'s' if len(chosen) != 1 else ''}{about}{short}, "
                f"{seconds} s each: {how}.\nHosted by {clean(interaction.user.display_name, 80)}"
                " · `/quiz stop` ends it, `/quiz skip` skips a question.",
                Colour.QUESTION,
            ),
            ephemeral=False,
        )
        runner.task = asyncio.create_task(self._run(runner), name=f"quiz-{session.id}")

    async def _offer_buttons(self, interaction, questions, topic, seconds, difficulty) -> None:
        cog = self

        class Offer(discord.ui.View):
            def __init__(self) -> None:
                super().__init__(timeout=300)

            @discord.ui.button(label="Play with buttons", style=discord.ButtonStyle.primary)
            async def play(self, click: discord.Interaction, _button: discord.ui.Button) -> None:
                if click.user.id != interaction.user.id:
                    await click.response.send_message(
                        "Only who asked for the quiz can start it this way.", ephemeral=True
                    )
                    return
                try:
                    plan = await within(
                        click,
                        cog._plan(click, questions, topic, "buttons", seconds, difficulty,
                                  check_channel=False),
                    )
                    assert plan is not None  # buttons mode needs no intent
                    await cog.begin(click, plan)
                except UserError as error:
                    await reply(click, f"⚠️ {error}")

        await reply(interaction, NO_INTENT, view=Offer())

    async def _run(self, runner: Runner) -> None:
        io = DiscordQuizIO(self, runner)
        try:
            await runner.quiz.run(io)
        except asyncio.CancelledError:
            # The bot is shutting down: leave the quiz marked running, so the next start
            # ends it (points kept) and tells the channel, as after a crash. Ending it
            # here left the channel with a question that never closed, and no word.
            raise
        except Exception as error:
            log.exception("quiz %s stopped by an error", runner.session.id)
            await self._abort(runner, error)
        finally:
            self._forget(runner)

    def _forget(self, runner: Runner) -> None:
        if self.running.get(runner.channel_id) is runner:
            del self.running[runner.channel_id]
        for round_id in runner.round_ids.values():
            self.rounds.pop(round_id, None)

    async def _abort(self, runner: Runner, error: BaseException | None) -> None:
        """End a quiz that could not go on: stored points stay, the channel is told."""
        try:
            await quizzes.abort_session(self.bot.database, runner.session.id)
        except Exception:
            log.exception("could not mark quiz %s as ended", runner.session.id)
        if error is None:
            return
        if isinstance(error, discord.Forbidden):
            text = (
                "I cannot post in this channel: give me **Send Messages** and **Embed Links** "
                "here, then start again."
            )
            if runner.start_interaction is not None:
                with contextlib.suppress(discord.HTTPException):
                    await runner.start_interaction.followup.send(
                        f"⚠️ {text}", ephemeral=True, allowed_mentions=NO_MENTIONS
                    )
            return
        with contextlib.suppress(discord.HTTPException):
            await runner.channel.send(
                embed=info_embed(
                    "Quiz stopped",
                    "Something went wrong and the quiz had to stop. Points already won are "
                    "kept; start a new one with `/quiz start`.",
                    Colour.ERROR,
                ),
                allowed_mentions=NO_MENTIONS,
            )

    async def conclude(self, runner: Runner, summary: QuizSummary) -> None:
        """The podium: points this quiz, and how each player's server rank moved."""
        db = self.bot.database
        stopped = str(summary.state) == "stopped"
        winner_ids = [s.user_id for s in summary.winners]
        try:
            if stopped:
                await quizzes.abort_session(db, runner.session.id)
            else:
                await quizzes.finish_session(db, runner.session.id, winner_ids=winner_ids)
        except Exception:
            log.exception("could not close quiz %s in the database", runner.session.id)
        lines = []
        for standing in summary.standings:
            try:
                after = await scores.player_rank(db, runner.guild_id, standing.user_id)
            except Exception:
                after = None
            lines.append(
                PodiumLine(
                    name=standing.name,
                    points=standing.points,
                    correct=standing.correct,
                    rank_before=runner.rank_before.get(standing.user_id),
                    rank_after=after.rank if after else None,
                )
            )
        await runner.channel.send(
            embed=podium_embed(lines, asked=summary.rounds_played, stopped=stopped),
            allowed_mentions=NO_MENTIONS,
        )

    @start.autocomplete("topic")
    async def topic_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await topic_choices(self.bot, interaction.guild_id, current)

    async def _controlled_runner(self, interaction: discord.Interaction) -> Runner | None:
        """The channel's quiz if the member may stop or skip it (else Refused)."""
        runner = self.running.get(interaction.channel_id or 0)
        host_id = runner.session.host_id if runner else None
        if runner is None:
            stored = await quizzes.running_in_channel(self.bot.database, interaction.channel_id)
            host_id = stored.host_id if stored else None
            if stored is None:
                raise UserError("No quiz is running in this channel.")
        config = await guild_settings.get_guild_settings(self.bot.database, interaction.guild_id)
        checks.require(
            interaction,
            Action.CONTROL_QUIZ,
            manager_role_id=config.manager_role_id,
            host_id=host_id,
        )
        return runner

    @quiz.command(name="stop", description="Stop the quiz in this channel (points are kept)")
    @checks.in_guild()
    async def stop(self, interaction: discord.Interaction) -> None:
        runner = await self._controlled_runner(interaction)
        who = clean(interaction.user.display_name, 80)
        if runner is None:
            # Marked running but owned by no live quiz (another process died): end it.
            stored = await quizzes.running_in_channel(self.bot.database, interaction.channel_id)
            if stored is not None:
                await quizzes.abort_session(self.bot.database, stored.id)
            await reply(interaction, f"⏹️ The stale quiz here was ended by {who}.", ephemeral=False)
            return
        if not runner.quiz.stop():
            raise UserError("This quiz is already ending.")
        await reply(interaction, f"⏹️ Quiz stopped by {who}. Points won so far are kept.",
                    ephemeral=False)

    @quiz.command(name="skip", description="Skip the current question and reveal its answer")
    @checks.in_guild()
    async def skip(self, interaction: discord.Interaction) -> None:
        runner = await self._controlled_runner(interaction)
        if runner is None or not runner.quiz.skip():
            raise UserError("There is no question to skip right now.")
        who = clean(interaction.user.display_name, 80)
        await reply(interaction, f"⏭️ Question skipped by {who}.", ephemeral=False)

    # ------------------------------------------------------------------ answers

    async def on_answer_click(
        self, interaction: discord.Interaction, round_id: int, index: int
    ) -> None:
        runner = self.rounds.get(round_id)
        if runner is None:
            await interaction.response.send_message(
                "This question is closed.", ephemeral=True, allowed_mentions=NO_MENTIONS
            )
            return
        number = next((n for n, r in runner.round_ids.items() if r == round_id), None)
        name = interaction.user.display_name
        # A click can beat the end of posting the question by a few milliseconds (the
        # timer starts once it is posted): wait for the round to open, not refuse it.
        for _ in range(100):
            current = runner.quiz.round
            if current is None or current.number != number or current.opened_at is not None:
                break
            await asyncio.sleep(0.01)
        at = runner.quiz.clock.now()
        submit = asyncio.ensure_future(
            runner.quiz.submit(interaction.user.id, name, index, at, round_number=number)
        )
        done, _ = await asyncio.wait({submit}, timeout=ANSWER_ACK_SECONDS)
        if not done:  # the database is slow: acknowledge now, answer when it is stored
            await interaction.response.defer(ephemeral=True, thinking=True)
        result = await submit
        await reply(interaction, self._click_text(result, runner))

    @staticmethod
    def _click_text(result, runner: Runner) -> str:
        verdict = result.verdict
        if verdict is Verdict.LOCKED_IN and result.answer is not None:
            index = result.answer.choice_index or 0
            choice = clean(result.answer.given, 200)
            return f"🔒 Locked in: **{LETTERS[index]}. {choice}**. The answer shows at the timer."
        if verdict is Verdict.ALREADY_ANSWERED:
            return "You already answered this question: one answer each."
        if verdict is Verdict.NOT_RECORDED:
            error = result.error
            if isinstance(error, AnswerNotStored):
                return error.message
            return "⚠️ Your answer could not be recorded; it does not count. Try again."
        if verdict is Verdict.INVALID:
            return "That is not one of this question's choices."
        return "This question is closed."

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.guild is None:
            return
        runner = self.running.get(message.channel.id)
        if runner is None or runner.quiz.mode is not Mode.TYPED or not message.content:
            return
        at = runner.quiz.clock.now()
        name = getattr(message.author, "display_name", message.author.name)
        result = await runner.quiz.submit(message.author.id, name, message.content[:300], at)
        if result.verdict is Verdict.NOT_RECORDED:
            error = result.error
            text = (
                error.message
                if isinstance(error, AnswerNotStored)
                else "⚠️ Your answer could not be recorded; it does not count. Try again."
            )
            with contextlib.suppress(discord.HTTPException):
                await message.reply(text, allowed_mentions=NO_MENTIONS, mention_author=False)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(QuizCog(bot))

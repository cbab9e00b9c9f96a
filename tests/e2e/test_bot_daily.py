"""The daily question and /trivia reset-scores on the fake Discord, with a fake clock.

Bots here get a FakeClock and a wall clock that moves with it (3 March 2030 onwards), so
a test lives through several days in a second. Several bot instances run one after the
other on the same database file: a restart must never post a day twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.client import TriviaBot
from bot.cogs.daily import DAILY_POINTS, DailyCog
from bot.db.engine import Database, open_database
from bot.db.repos import articles as article_repo
from bot.db.repos import daily, quizzes, scores
from bot.game import daily as rules
from bot.game.clock import FakeClock
from bot.game.daily import clock_wall
from bot.settings import Settings
from tests.e2e.botworld import copy_template, give_points, seed, seed_questions
from tests.e2e.world import World
from tests.fakediscord import FakeDiscord
from tests.fakediscord.harness import running_client
from tests.fakediscord.model import Message
from tests.fakediscord.permissions import MANAGE_GUILD, SEND_MESSAGES
from tests.fakediscord.server import CommandUnavailable

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
START = dt.datetime(2030, 3, 3, 8, 0, tzinfo=dt.UTC)  # 17:00 in Seoul
DAILY_TITLE = "📅 Daily question"


class Days:
    """One test's shared clock and database, and bots started on them in turn."""

    def __init__(self, fake: FakeDiscord, world: World | None, url: str) -> None:
        self.fake, self.world = fake, world
        self.url = url
        self.clock = FakeClock()
        self.wall: Callable[[], dt.datetime] = clock_wall(self.clock, START)
        self.db: Database = open_database(self.url)
        self.bot: TriviaBot | None = None

    @property
    def cog(self) -> DailyCog:
        assert self.bot is not None
        return self.bot.get_cog("Daily")

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[TriviaBot]:
        settings = Settings(
            discord_token=self.fake.token, database_url=self.url, seeds_dir=ROOT / "seeds",
            _env_file=None,
        )
        bot = TriviaBot(settings, clock=self.clock, utcnow=self.wall)
        async with running_client(self.fake, bot) as running:
            self.fake.set_commands([c.to_dict(running.tree) for c in running.tree.get_commands()])
            await self.fake.wait_until(running.is_ready, timeout=15, what="bot ready")
            self.bot = running
            # Sleep until the next thing is due (the real bot also wakes every minute).
            self.cog.max_sleep = 30 * 86400.0
            await self.idle()
            try:
                yield running
            finally:
                self.bot = None
        assert bot.get_cog("Daily") is None  # unloaded: its scheduler stopped with it

    async def idle(self, after: int | None = None) -> None:
        """Wait until the scheduler has finished a pass (after pass `after`) and sleeps."""
        cog = self.cog
        await self.fake.wait_until(
            lambda: cog.sleeping and self.clock.sleepers > 0
            and (after is None or cog.ticks > after),
            timeout=10, what="the daily scheduler idle",
        )

    async def advance(self, seconds: float, cogs: list[DailyCog] | None = None) -> None:
        """Move time on, letting the scheduler(s) run at each instant they wake for."""
        cogs = cogs or [self.cog]
        target = self.clock.now() + seconds
        while (deadline := self.clock.next_deadline()) is not None and deadline <= target:
            before = sum(c.ticks for c in cogs)
            await self.clock.advance(deadline - self.clock.now())
            await self.fake.wait_until(
                lambda b=before: sum(c.ticks for c in cogs) > b
                and all(c.sleeping for c in cogs) and self.clock.sleepers >= len(cogs),
                timeout=10, what="the daily schedulers idle",
            )
        await self.clock.advance(target - self.clock.now())

    async def daily_at_nine(self) -> None:
        """The moderator sets the daily question for #quiz at 09:00 (an hour after START,
        the default zone UTC); the scheduler settles."""
        assert self.world is not None
        world = self.world
        ix = await self.fake.slash(world.mod, "trivia daily", channel=world.general,
                                   options={"channel": world.quiz, "time": "09:00"})
        await ix.reply()
        await self.idle()

    async def first_post(self) -> Message:
        """`daily_at_nine`, then the clock on to 09:00: the first day's one question."""
        await self.daily_at_nine()
        await self.advance(3600)
        [post] = self.posts()
        return post

    def posts(self) -> list[Message]:
        return [
            m for m in self.fake.sent_by_bot(self.world.quiz)
            if m.embed and (m.embed.get("title") or "").startswith(DAILY_TITLE + " ·")
        ]

    async def answer_of(self, message: Message) -> str:
        """The right button's label on a daily question message."""
        round_id = int(message.buttons[0]["custom_id"].split(":")[2])
        rnd = await quizzes.get_round(self.db, round_id)
        answer = next(q.answer for q in seed_questions() if q.question in message.text)
        assert rnd is not None and rnd.closed_at is None
        return next(b["label"] for b in message.buttons if b["label"].endswith(answer))


@pytest.fixture
async def days(
    world: World, pointed: FakeDiscord, tmp_path: Path, sqlite_template: Path
) -> AsyncIterator[Days]:
    path = copy_template(sqlite_template, tmp_path)
    harness = Days(pointed, world, f"sqlite+aiosqlite:///{path}")
    await seed(harness.db)
    try:
        yield harness
    finally:
        await harness.db.close()


async def click(days: Days, user, message: Message, label: str) -> str:
    reply = await (await days.fake.click(user, message, label)).reply()
    assert reply.ephemeral
    return reply.text


async def test_daily_posts_once_a_day_closes_counts_streaks_and_survives_restarts(
    days: Days,
) -> None:
    fake, world = days.fake, days.world
    carol = fake.add_user("carol")
    async with days.running():
        ix = await fake.slash(world.mod, "trivia settings", channel=world.general,
                              timezone="Asia/Seoul")
        assert "Asia/Seoul" in (await ix.reply()).text
        ix = await fake.slash(world.mod, "trivia daily", channel=world.general,
                              options={"channel": world.quiz, "time": "18:30"})
        on = await ix.reply()
        assert not on.ephemeral and "18:30" in on.text and "Asia/Seoul" in on.text
        await days.idle()
        assert days.posts() == []  # 17:00 in Seoul: not yet

        # Day 1, 18:30 in Seoul (09:30 UTC).
        await days.advance(90 * 60)
        [first] = days.posts()
        assert len(first.buttons) == 4
        assert first.embed["footer"]["text"].startswith("From: BTS at the Billboard")
        right = await days.answer_of(first)
        wrong = next(b["label"] for b in first.buttons if b["label"] != right)
        assert "Locked in" in await click(days, world.alice, first, right)
        assert "Locked in" in await click(days, world.bob, first, wrong)
        assert "already answered" in await click(days, world.alice, first, wrong)

        # Day 2: day 1 closes (the message is edited) before day 2 is posted.
        await days.advance(86400)
        assert len(days.posts()) == 2
        edit = await fake.wait_for("message_edit", lambda e: e.message.id == first.id)
        revealed = edit.message
        assert "answered!" in revealed.embed["title"]
        assert "alice · 🔥 1" in revealed.text and "bob" not in revealed.text.split("Got it")[1]
        assert "Source" in revealed.text and "(1 of 2)" in revealed.text
        assert all(b.get("disabled") for b in revealed.buttons)
        second = days.posts()[1]
        kinds = [(e.kind, e.message.id) for e in fake.events if e.message is not None]
        assert kinds.index(("message_edit", first.id)) < kinds.index(
            ("message_create", second.id))
        with pytest.raises(PermissionError, match="disabled"):  # closed: buttons greyed out
            await fake.click(carol, first, right)
        right2 = await days.answer_of(second)
        assert "Locked in" in await click(days, world.alice, second, right2)
        assert "Locked in" in await click(days, world.bob, second, right2)

    # Restart in the middle of day 2: nothing is posted again, and the buttons still work.
    async with days.running():
        assert len(days.posts()) == 2
        assert "Locked in" in await click(days, carol, second, right2)
        await days.advance(3600)
        assert len(days.posts()) == 2

    # Down across day 3's time; the next process comes up two hours late.
    await days.clock.advance(86400 - 3600 + 7200)
    async with days.running():
        await days.idle()
        posts = days.posts()
        assert len(posts) == 3
        edit = await fake.wait_for("message_edit", lambda e: e.message.id == second.id)
        assert "alice · 🔥 2" in edit.message.text
        assert "bob · 🔥 1" in edit.message.text and "carol · 🔥 1" in edit.message.text
        kinds = [(e.kind, e.message.id) for e in fake.events if e.message is not None]
        assert kinds.index(("message_edit", second.id)) < kinds.index(
            ("message_create", posts[2].id))
        third = posts[2]
        right3 = await days.answer_of(third)
        assert "Locked in" in await click(days, world.alice, third, right3)

    # A quick restart after day 3 was posted: still one post for day 3.
    async with days.running():
        await days.advance(60)
        assert len(days.posts()) == 3
        # Even a process that missed the row and tries to post anyway loses the claim.
        schedule = await daily.get_schedule(days.db, world.guild.id)
        assert schedule is not None
        assert not await days.cog.post(schedule, dt.date(2030, 3, 5), rules.zone("Asia/Seoul"))
        assert len(days.posts()) == 3
        await days.advance(86400)  # day 4
        assert len(days.posts()) == 4
        edit = await fake.wait_for("message_edit", lambda e: e.message.id == third.id)
        assert "alice · 🔥 3" in edit.message.text

    guild = world.guild.id
    stats = await scores.get_stats(days.db, guild, world.alice.id)
    assert stats is not None and stats.daily_streak == 3 and stats.points == 3 * DAILY_POINTS
    bob = await scores.get_stats(days.db, guild, world.bob.id)
    assert bob is not None and bob.daily_streak == 1 and bob.points == DAILY_POINTS
    for n in range(4):
        post = await daily.get_post(days.db, guild, dt.date(2030, 3, 3 + n))
        assert post is not None and post.message_id is not None
    assert fake.pinged() == []


async def test_daily_set_after_the_time_starts_tomorrow_and_off_closes_today(
    days: Days,
) -> None:
    fake, world = days.fake, days.world
    async with days.running():
        # 08:00 UTC, default zone: 07:00 has passed, so the first one is tomorrow.
        ix = await fake.slash(world.mod, "trivia daily", channel=world.general,
                              options={"channel": world.quiz, "time": "07:00"})
        on = await ix.reply()
        assert "07:00" in on.text and "UTC" in on.text
        await days.idle()
        await days.advance(3600)
        assert days.posts() == []
        await days.advance(23 * 3600)
        [post] = days.posts()
        status = await (await fake.slash(world.mod, "trivia daily", channel=world.general)).reply()
        assert status.ephemeral and "07:00" in status.text
        bad = await (await fake.slash(world.mod, "trivia daily", channel=world.general,
                                      time="25:00")).reply()
        assert bad.ephemeral and "hours 00-23" in bad.text
        off = await (await fake.slash(world.mod, "trivia daily", channel=world.general,
                                      off=True)).reply()
        assert "off" in off.text and "closed" in off.text
        edit = await fake.wait_for("message_edit", lambda e: e.message.id == post.id)
        assert "nobody" in edit.message.text
        await days.advance(3 * 86400)
        assert len(days.posts()) == 1
    schedule = await daily.get_schedule(days.db, world.guild.id)
    assert schedule is not None and not schedule.enabled


async def test_daily_refuses_a_channel_it_cannot_post_in_and_a_bad_zone(days: Days) -> None:
    fake, world = days.fake, days.world
    locked = world.guild.add_channel("announcements")
    locked.overwrite(world.guild.member(fake.bot_user), deny=SEND_MESSAGES)
    async with days.running():
        refused = await (await fake.slash(world.mod, "trivia daily", channel=world.general,
                                          options={"channel": locked, "time": "09:00"})).reply()
        assert refused.ephemeral and "Send Messages" in refused.text
        assert await daily.get_schedule(days.db, world.guild.id) is None
        bad = await (await fake.slash(world.mod, "trivia settings", channel=world.general,
                                      timezone="Mars/Olympus_Mons")).reply()
        assert bad.ephemeral and "unknown time zone" in bad.text
        ix = await fake.autocomplete(world.mod, "trivia settings", "timezone", "seoul",
                                     channel=world.general)
        await ix.response()
        assert [c["value"] for c in ix.choices] == ["Asia/Seoul"]


async def test_daily_and_reset_refused_without_manage_server(days: Days) -> None:
    fake, world = days.fake, days.world
    async with days.running() as bot:
        # Discord hides /trivia from members without Manage Server...
        with pytest.raises(CommandUnavailable):
            await fake.slash(world.bob, "trivia daily", channel=world.general)
        # ...and if a server lets everyone see it (Integrations settings), the bot refuses.
        payload = [c.to_dict(bot.tree) for c in bot.tree.get_commands()]
        for command in payload:
            command["default_member_permissions"] = None
        fake.set_commands(payload)
        ix = await fake.slash(world.bob, "trivia daily", channel=world.general,
                              options={"channel": world.quiz, "time": "09:00"})
        refused = await ix.reply()
        assert refused.ephemeral and "Manage Server" in refused.text
        assert await daily.get_schedule(days.db, world.guild.id) is None
        refused = await (await fake.slash(world.bob, "trivia reset-scores",
                                          channel=world.general)).reply()
        assert refused.ephemeral and "Manage Server" in refused.text
        # The manager role may set up the daily question, not reset scores.
        role = world.guild.add_role("Quizmasters")
        world.guild.add_member(world.bob, roles=[role])
        saved = await (await fake.slash(world.mod, "trivia settings", channel=world.general,
                                        manager_role=role)).reply()
        assert "saved" in saved.text
        ok = await (await fake.slash(world.bob, "trivia daily", channel=world.general,
                                     options={"channel": world.quiz, "time": "09:00"})).reply()
        assert not ok.ephemeral and "09:00" in ok.text
        refused = await (await fake.slash(world.bob, "trivia reset-scores",
                                          channel=world.general)).reply()
        assert "Manage Server" in refused.text


async def test_reset_scores_asks_first_then_empties_the_server_board(days: Days) -> None:
    fake, world = days.fake, days.world
    guild = world.guild.id
    await give_points(days.db, guild, world.alice.id, "alice", 300)
    await give_points(days.db, guild, world.bob.id, "bob", 200)
    async with days.running():
        ask = await (await fake.slash(world.mod, "trivia reset-scores",
                                      channel=world.general)).reply()
        assert ask.ephemeral and "**2** players" in ask.text
        assert {b["label"] for b in ask.buttons} == {"Yes, reset every score here", "Cancel"}
        cancelled = await (await fake.click(world.mod, ask, "Cancel")).reply()
        assert "Nothing reset" in cancelled.text and cancelled.buttons == []
        assert await scores.board_size(days.db, guild) == 2

        ask = await (await fake.slash(world.mod, "trivia reset-scores",
                                      channel=world.general)).reply()
        done = await (await fake.click(world.mod, ask, "Yes, reset every score here")).reply()
        assert "Scores reset" in done.text and "2 players" in done.text
        assert await scores.board_size(days.db, guild) == 0
        # The global totals stay.
        assert (await scores.get_stats(days.db, 0, world.alice.id)).points == 300
        board = await (await fake.slash(world.alice, "leaderboard",
                                        channel=world.general)).reply()
        assert "Nobody has points here yet" in board.text
        empty = await (await fake.slash(world.mod, "trivia reset-scores",
                                        channel=world.general)).reply()
        assert "nothing to reset" in empty.text


async def test_two_shard_processes_each_post_only_their_guilds_once(
    pointed: FakeDiscord, db_url: str
) -> None:
    fake = pointed
    zero = fake.add_guild("Zero", shard=(0, 2))
    one = fake.add_guild("One", shard=(1, 2))
    rooms = {zero: zero.add_channel("daily"), one: one.add_channel("daily")}
    mod = fake.add_user("mod", permissions=MANAGE_GUILD)
    harness = Days(fake, None, db_url)  # SQLite, and PostgreSQL under `make test-pg`
    await seed(harness.db)

    def bot_for(shard: str) -> TriviaBot:
        settings = Settings(
            discord_token=fake.token, database_url=harness.url, seeds_dir=ROOT / "seeds",
            shard_count=2, shard_ids=shard, _env_file=None,
        )
        return TriviaBot(settings, clock=harness.clock, utcnow=harness.wall)

    async def idle(*cogs) -> None:
        await fake.wait_until(
            lambda: all(c.sleeping for c in cogs) and harness.clock.sleepers >= len(cogs),
            timeout=10, what="both schedulers idle",
        )

    try:
        async with running_client(fake, bot_for("0")) as a, running_client(
            fake, bot_for("1"), sessions=2
        ) as b:
            fake.set_commands([c.to_dict(a.tree) for c in a.tree.get_commands()])
            await fake.wait_until(lambda: a.is_ready() and b.is_ready(), timeout=15)
            cogs = [a.get_cog("Daily"), b.get_cog("Daily")]
            for cog in cogs:
                cog.max_sleep = 30 * 86400.0
            assert a.get_guild(zero.id) and not a.get_guild(one.id) and b.get_guild(one.id)
            for guild in (zero, one):
                ix = await fake.slash(mod, "trivia daily", channel=rooms[guild],
                                      options={"channel": rooms[guild], "time": "09:30"})
                assert "09:30" in (await ix.reply()).text
            await idle(*cogs)
            # 09:30 UTC: both processes wake; each posts its own guild's question.
            await harness.advance(90 * 60, cogs)
            day = dt.date(2030, 3, 3)
            assert cogs[0].posted == [(zero.id, day)] and cogs[1].posted == [(one.id, day)]

            # Even if both believed they held every guild and ran at the same instant,
            # the (guild, day) row lets only one post each day.
            for cog in cogs:
                cog.holds = lambda guild_id: True
            await harness.clock.advance(86400 - 1)  # not yet due: nobody wakes
            await idle(*cogs)
            for cog in cogs:
                cog.max_sleep = 0.5  # let their own loops run at the due time too
            await harness.clock.advance(1)
            await asyncio.gather(cogs[0].tick(), cogs[1].tick())
            await harness.advance(1, cogs)
            await idle(*cogs)
            next_day = dt.date(2030, 3, 4)
            made = [p for c in cogs for p in c.posted if p[1] == next_day]
            assert sorted(made) == sorted([(zero.id, next_day), (one.id, next_day)])
        for guild in (zero, one):
            titles = [m.embed["title"] for m in fake.sent_by_bot(rooms[guild])
                      if m.embed and m.embed.get("title", "").startswith(DAILY_TITLE + " ·")]
            assert len(titles) == 2, titles  # day 1 (closed) and day 2
    finally:
        await harness.db.close()


async def test_a_message_id_lost_in_a_crash_is_found_for_the_reveal(days: Days) -> None:
    from sqlalchemy import update

    from bot.db.models import DailyPost

    fake, world = days.fake, days.world
    async with days.running():
        post = await days.first_post()
        right = await days.answer_of(post)
        assert "Locked in" in await click(days, world.alice, post, right)
    # The process died after sending the question, before storing its id.
    async with days.db.engine.begin() as conn:
        await conn.execute(update(DailyPost.__table__).values(message_id=None))
    async with days.running():
        await days.advance(86400)
        edit = await fake.wait_for("message_edit", lambda e: e.message.id == post.id)
        assert "alice · 🔥 1" in edit.message.text
        assert len(days.posts()) == 2
    stored = await daily.get_post(days.db, world.guild.id, dt.date(2030, 3, 3))
    assert stored is not None and stored.message_id == post.id and stored.closed_at is not None


async def test_an_empty_question_bank_says_so_once_a_day(
    world: World, pointed: FakeDiscord, tmp_path: Path, sqlite_template: Path
) -> None:
    path = copy_template(sqlite_template, tmp_path)
    days = Days(pointed, world, f"sqlite+aiosqlite:///{path}")  # no articles, no questions
    try:
        async with days.running():
            await days.daily_at_nine()
            for _ in range(2):
                await days.advance(86400)
            notices = [m for m in pointed.sent_by_bot(world.quiz)
                       if m.embed and "No daily question today" in m.text]
            assert len(notices) == 2 and "/article add" in notices[0].text
    finally:
        await days.db.close()


async def test_a_question_removed_while_open_closes_without_an_answer(days: Days) -> None:
    fake, world = days.fake, days.world
    async with days.running():
        post = await days.first_post()
        [article] = await article_repo.list_articles(days.db, 0, include_global=True)
        await article_repo.remove_article(days.db, article.id)
        label = post.buttons[0]["label"]
        assert "closed" in await click(days, world.alice, post, label)
        await days.advance(86400)
        edit = await fake.wait_for("message_edit", lambda e: e.message.id == post.id)
        assert "removed" in edit.message.text and edit.message.buttons == []


async def test_a_gateway_reconnect_does_not_post_again(days: Days) -> None:
    from tests.fakediscord.gateway import IDENTIFY

    fake, world = days.fake, days.world
    async with days.running():
        post = await days.first_post()
        # A fresh IDENTIFY (the resume fails): discord.py fires ready again.
        fake.fail_next_resume()
        await fake.drop_gateway()
        await fake.wait_until(lambda: len(fake.gateway.ops(IDENTIFY)) == 2, timeout=10,
                              what="a second IDENTIFY")
        await fake.wait_connected()
        days.cog.poke()
        await days.idle(after=days.cog.ticks)
        await days.advance(3600)
        assert days.posts() == [post]
        right = await days.answer_of(post)
        assert "Locked in" in await click(days, world.alice, post, right)
        await days.advance(86400)
        assert len(days.posts()) == 2

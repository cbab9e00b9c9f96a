"""Discord-side faults in the middle of a quiz, with our real bot (in this process, on a
FakeClock) on the fake Discord: a dropped gateway, 429s, and a restart.

The database is the referee: after each fault, every answer the player was told is
"Locked in" is stored once, nothing else is, and the score rows add up to the answers.
(Storage faults and `kill -9` of a bot process are in test_faults.py; command sync is
test_trivia_process.py::test_sync_sends_what_commands_json_prints.)
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.db.repos import quizzes
from tests.e2e import botworld
from tests.e2e.botworld import Trivia, copy_template, start_trivia
from tests.e2e.world import World
from tests.fakediscord import FakeDiscord
from tests.fakediscord.gateway import IDENTIFY, RESUME
from tests.fakediscord.model import Interaction, Message

trivia = botworld.trivia  # the fixture

pytestmark = pytest.mark.e2e

FOLLOWUP = "POST /webhooks/{application_id}/{interaction_token}"
CHANNEL_MESSAGES = "POST /channels/{channel_id}/messages"


async def stored_answers(trivia: Trivia) -> list[tuple[int, int, bool, int]]:
    """(round number, user, correct, points) of every stored answer."""
    async with trivia.db.engine.connect() as conn:
        rows = await conn.execute(
            text(
                "SELECT r.number, a.user_id, a.correct, a.points FROM answers a "
                "JOIN rounds r ON r.id = a.round_id ORDER BY r.number, a.user_id"
            )
        )
        return [(n, u, bool(c), p) for n, u, c, p in rows]


async def guild_points(trivia: Trivia) -> dict[int, int]:
    async with trivia.db.engine.connect() as conn:
        rows = await conn.execute(
            text("SELECT user_id, points FROM player_stats WHERE guild_id = :g"),
            {"g": trivia.world.guild.id},
        )
        return {u: p for u, p in rows}


async def assert_scores_match_answers(trivia: Trivia) -> None:
    """Each player's server points are exactly the sum of their stored answers."""
    totals: dict[int, int] = {}
    for _, user, _, points in await stored_answers(trivia):
        totals[user] = totals.get(user, 0) + points
    board = await guild_points(trivia)
    assert {u: p for u, p in board.items() if p or u in totals} == totals


def labels(trivia: Trivia, question: Message) -> tuple[str, str]:
    """The right and a wrong button label of the open round."""
    answer = trivia.quiz_cog.running[trivia.world.quiz.id].quiz.round.answer
    right = next(b["label"] for b in question.buttons if b["label"].endswith(answer))
    wrong = next(b["label"] for b in question.buttons if not b["label"].endswith(answer))
    return right, wrong


async def told(click: Interaction) -> str:
    reply = await click.reply(timeout=10)
    assert reply.ephemeral
    return reply.text


async def start_quiz(trivia: Trivia, questions: int) -> Message:
    fake, world = trivia.fake, trivia.world
    ix = await fake.slash(
        world.alice, "quiz start", channel=world.quiz, questions=questions, seconds=10
    )
    assert "Quiz starting" in (await ix.reply()).text
    return await trivia.question(1, questions)


async def test_gateway_drop_mid_quiz_resumes_and_counts_every_answer_once(
    trivia: Trivia,
) -> None:
    fake, world = trivia.fake, trivia.world
    question = await start_quiz(trivia, 2)
    right, wrong = labels(trivia, question)
    assert "Locked in" in await told(await fake.click(world.alice, question, right))

    # The connection dies (TCP abort: the client sees 1006); players keep clicking.
    assert await fake.drop_gateway(code=None) == 1
    bob = await fake.click(world.bob, question, wrong)
    again = await fake.click(world.alice, question, wrong)  # a second try: one answer each
    assert bob.sent_at is None and again.sent_at is None  # waiting in the session
    assert "Locked in" in await told(bob)  # delivered by the replay after RESUME
    assert "already answered" in await told(again)
    assert len(fake.gateway.ops(IDENTIFY)) == 1 and len(fake.gateway.ops(RESUME)) == 1

    await trivia.run_timer(10)
    reveal = await trivia.reveal(1)
    assert "alice" in reveal.text.split("Got it")[-1]
    await trivia.run_timer(5)  # the pause after the reveal

    # The quiz goes on after the resume: the second question, then a drop mid-round
    # that closes the socket with 4000 this time.
    question = await trivia.question(2, 2)
    right, _ = labels(trivia, question)
    await fake.drop_gateway(code=4000)
    late = await fake.click(world.bob, question, right)
    assert "Locked in" in await told(late)
    await trivia.run_timer(10)
    assert "bob" in (await trivia.reveal(2)).text.split("Got it")[-1]
    podium = await trivia.podium()
    await trivia.quiz_over(world.quiz.id)

    # Each interaction went to the bot once and got one answer; the database agrees.
    clicks = [i for i in fake.interactions.values() if i.type == Interaction.COMPONENT]
    assert all(i.dispatched == 1 and i.initial is not None for i in clicks)
    assert fake.violations == [] and all(not i.rejected for i in clicks)
    assert [(n, u, c) for n, u, c, _ in await stored_answers(trivia)] == sorted(
        [(1, world.alice.id, True), (1, world.bob.id, False), (2, world.bob.id, True)]
    )
    await assert_scores_match_answers(trivia)
    assert "alice" in podium.text and "bob" in podium.text
    assert fake.pinged() == []


async def test_429_on_the_question_post_is_retried_and_posted_once(trivia: Trivia) -> None:
    fake, world = trivia.fake, trivia.world
    fault = fake.rate_limit(CHANNEL_MESSAGES, retry_after=0.3, times=1)
    question = await start_quiz(trivia, 1)
    assert fault.hits == 1
    posts = [r for r in fake.requests if r.route == CHANNEL_MESSAGES]
    assert [r.status for r in posts[:2]] == [429, 200]
    assert posts[1].at - posts[0].at >= 0.3  # the client waited retry_after
    questions = [m for m in fake.sent_by_bot(world.quiz) if m.buttons]
    assert questions == [question]  # posted once, not twice

    right, _ = labels(trivia, question)
    assert "Locked in" in await told(await fake.click(world.alice, question, right))
    fake.rate_limit(CHANNEL_MESSAGES, retry_after=0.2, times=1)  # now on the reveal
    await trivia.run_timer(10)
    reveal = await trivia.reveal(1)
    assert "alice" in reveal.text
    await trivia.podium()
    await trivia.quiz_over(world.quiz.id)
    reveals = [m for m in fake.sent_by_bot(world.quiz) if "Got it" in m.text]
    assert reveals == [reveal]
    assert [(u, c) for _, u, c, _ in await stored_answers(trivia)] == [(world.alice.id, True)]
    await assert_scores_match_answers(trivia)


async def test_429_on_the_follow_up_of_a_slow_answer_is_retried_and_the_answer_counts(
    trivia: Trivia, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A slow database makes the bot acknowledge the click first (deferred) and say
    # "Locked in" in a follow-up; that follow-up gets a 429.
    fake, world = trivia.fake, trivia.world
    question = await start_quiz(trivia, 1)
    right, wrong = labels(trivia, question)
    real = quizzes.record_answer

    async def slow(*args, **kwargs):
        await asyncio.sleep(0.2)
        return await real(*args, **kwargs)

    # The module the bot loaded (load_extension makes its own module object).
    quiz_cog = sys.modules[type(trivia.quiz_cog).__module__]
    monkeypatch.setattr(quiz_cog, "ANSWER_ACK_SECONDS", 0.05)
    monkeypatch.setattr(quizzes, "record_answer", slow)
    fault = fake.rate_limit(FOLLOWUP, retry_after=0.3, times=1)
    # /quiz start defers and fills its "thinking" message with a follow-up: count the
    # click's requests only.
    seen = len(fake.requests)
    click = await fake.click(world.alice, question, right)
    assert (await click.response()).type == 5  # deferred, within the 3 s
    assert "Locked in" in await told(click)
    assert fault.hits == 1
    assert [r.status for r in fake.requests[seen:] if r.route == FOLLOWUP] == [429, 200]
    assert "Locked in" in await told(await fake.click(world.bob, question, wrong))
    await trivia.run_timer(10)
    assert "alice" in (await trivia.reveal(1)).text.split("Got it")[-1]
    await trivia.quiz_over(world.quiz.id)
    assert [(u, c) for _, u, c, _ in await stored_answers(trivia)] == sorted(
        [(world.alice.id, True), (world.bob.id, False)]
    )
    await assert_scores_match_answers(trivia)
    assert fake.violations == []


@pytest.fixture
async def db_path(tmp_path: Path, sqlite_template: Path) -> Path:
    return copy_template(sqlite_template, tmp_path)


async def _first(gen: AsyncIterator[Trivia]) -> Trivia:
    return await gen.__anext__()


async def test_restart_mid_quiz_keeps_finished_rounds_and_ends_the_quiz_with_a_message(
    world: World, pointed: FakeDiscord, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = pointed
    first = start_trivia(fake, world, db_path)
    trivia = await _first(first)
    question = await start_quiz(trivia, 3)
    right, wrong = labels(trivia, question)
    assert "Locked in" in await told(await fake.click(world.alice, question, right))
    assert "Locked in" in await told(await fake.click(world.bob, question, wrong))
    await trivia.run_timer(10)
    await trivia.reveal(1)
    await trivia.run_timer(5)
    second_question = await trivia.question(2, 3)
    before = await stored_answers(trivia)
    points_before = await guild_points(trivia)
    assert points_before[world.alice.id] > 0

    # The bot goes away mid-round (a deploy): the process's quizzes die with it.
    await first.aclose()
    ended_by_shutdown = [m for m in fake.sent_by_bot(world.quiz) if "Quiz" in m.text]

    # Seeding the article again on the same file would be a duplicate: start without it.
    async def already_seeded(*args, **kwargs):
        return None

    monkeypatch.setattr(botworld.article_repo, "add_article", already_seeded)
    second = start_trivia(fake, world, db_path)
    trivia = await _first(second)
    try:
        notice = await fake.wait_for(
            "message",
            lambda e: e.message.channel is world.quiz and "interrupted" in e.message.text,
            timeout=10,
        )
        assert "Points already won are kept" in notice.message.text
        assert notice.message not in ended_by_shutdown
        # Points of the finished round are kept; nothing was added or counted twice.
        assert await stored_answers(trivia) == before
        assert await guild_points(trivia) == points_before
        async with trivia.db.engine.connect() as conn:
            states = (await conn.execute(text("SELECT state FROM quiz_sessions"))).scalars()
            assert list(states) == ["aborted"]
        # A click on the old question is told it is closed, and counts nothing.
        stale = await fake.click(world.alice, second_question, labels_of(second_question)[0])
        assert "closed" in await told(stale)
        assert await stored_answers(trivia) == before
        # A new quiz can start in the channel.
        ix = await fake.slash(world.bob, "quiz start", channel=world.quiz, questions=1)
        assert "Quiz starting" in (await ix.reply()).text
        notices = [m for m in fake.sent_by_bot(world.quiz) if "interrupted" in m.text]
        assert len(notices) == 1
    finally:
        await second.aclose()
    assert fake.pinged() == []


def labels_of(message: Message) -> list[str]:
    return [b["label"] for b in message.buttons]

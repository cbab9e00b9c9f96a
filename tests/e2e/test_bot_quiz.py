"""Quizzes as players live them, on the fake Discord with our real bot."""

from __future__ import annotations

import pytest

from tests.e2e import botworld
from tests.e2e.botworld import Trivia

trivia = botworld.trivia  # the fixture

pytestmark = pytest.mark.e2e


async def test_buttons_quiz_with_three_players(trivia: Trivia) -> None:
    fake, world = trivia.fake, trivia.world
    carol = fake.add_user("carol")
    ix = await fake.slash(world.alice, "quiz start", channel=world.quiz, questions=2, seconds=10)
    start = await ix.reply()
    assert "Quiz starting" in start.text and not start.ephemeral

    for number in (1, 2):
        question = await trivia.question(number, 2)
        assert question.embed["footer"]["text"].startswith("From: BTS at the Billboard")
        assert len(question.buttons) == 4
        runner = next(iter(trivia.quiz_cog.running.values()))
        answer = runner.quiz.round.answer
        right = next(b["label"] for b in question.buttons if b["label"].endswith(answer))
        wrong = next(b["label"] for b in question.buttons if not b["label"].endswith(answer))
        clicks = [
            await fake.click(world.alice, question, right),
            await fake.click(world.bob, question, wrong),
            await fake.click(carol, question, right),
        ]
        for click in clicks:
            locked = await click.reply()
            assert locked.ephemeral and "Locked in" in locked.text
        again = await fake.click(world.alice, question, wrong)
        assert "already answered" in (await again.reply()).text
        await trivia.run_timer(10)
        reveal = await trivia.reveal(number)
        assert answer in reveal.text and "alice" in reveal.text and "carol" in reveal.text
        assert "bob" not in reveal.text
        assert "Source" in reveal.text
        if number == 1:
            await trivia.run_timer(5)

    podium = await trivia.podium()
    assert "alice" in podium.text and "carol" in podium.text
    assert "2/2 right" in podium.text
    await trivia.quiz_over(world.quiz.id)
    assert fake.pinged() == []


def current_answer(trivia: Trivia, channel_id: int) -> tuple[str, tuple[str, ...]]:
    rnd = trivia.quiz_cog.running[channel_id].quiz.round
    return rnd.answer, rnd.question.choices


async def test_typed_quiz_hint_near_misses_and_a_win(trivia: Trivia) -> None:
    fake, world = trivia.fake, trivia.world
    ix = await fake.slash(
        world.alice, "quiz start", channel=world.quiz, questions=1, mode="typed", seconds=10
    )
    await ix.reply()
    question = await trivia.question(1, 1)
    assert question.buttons == []
    answer, choices = current_answer(trivia, world.quiz.id)
    other = next(c for c in choices if c != answer)
    await fake.say(world.bob, world.quiz, other)  # a different name: must not win
    await fake.say(world.bob, world.quiz, "@everyone " + answer[:2])  # too short a part
    await trivia.clock.advance(5)  # half-way: the hint
    hint = await fake.wait_for("message", lambda e: "Hint for question 1" in e.message.text)
    assert "`" in hint.message.text and answer not in hint.message.text
    # Case, punctuation and a leading article are forgiven.
    await fake.say(world.alice, world.quiz, f"the {answer.upper()}!!")
    reveal = await trivia.reveal(1)
    assert "alice" in reveal.text and "bob" not in reveal.text.split("Got it")[-1]
    podium = await trivia.podium()
    assert "alice" in podium.text
    assert fake.pinged() == []


async def test_two_quizzes_in_parallel_channels(trivia: Trivia) -> None:
    fake, world = trivia.fake, trivia.world
    a = await fake.slash(world.alice, "quiz start", channel=world.quiz, questions=1, seconds=10)
    b = await fake.slash(world.bob, "quiz start", channel=world.general, questions=1, seconds=10)
    await a.reply()
    await b.reply()
    await fake.wait_until(lambda: len(trivia.quiz_cog.running) == 2, what="two quizzes")
    # A second quiz in a busy channel is refused, loudly and privately.
    third = await fake.slash(world.bob, "quiz start", channel=world.quiz, questions=1)
    refused = await third.reply()
    assert refused.ephemeral and "already running" in refused.text
    for channel, player in ((world.quiz, world.alice), (world.general, world.bob)):
        await fake.wait_until(
            lambda ch=channel: trivia.quiz_cog.running[ch.id].quiz.round is not None
            and trivia.quiz_cog.running[ch.id].quiz.round.opened_at is not None,
            what="question open",
        )
        message = next(
            m for m in fake.sent_by_bot(channel) if m.embed and m.buttons
        )
        answer, _ = current_answer(trivia, channel.id)
        label = next(b["label"] for b in message.buttons if b["label"].endswith(answer))
        assert "Locked in" in (await (await fake.click(player, message, label)).reply()).text
    await trivia.clock.advance(10)
    for channel in (world.quiz, world.general):
        await trivia.quiz_over(channel.id)
    podiums = [m for m in fake.sent_by_bot() if m.embed and "Quiz over" in m.text]
    assert {m.channel for m in podiums} == {world.quiz, world.general}


async def test_stop_is_refused_to_others_and_allowed_to_a_moderator(trivia: Trivia) -> None:
    fake, world = trivia.fake, trivia.world
    await (await fake.slash(world.alice, "quiz start", channel=world.quiz, questions=3)).reply()
    await trivia.question(1, 3)
    refused = await (await fake.slash(world.bob, "quiz stop", channel=world.quiz)).reply()
    assert refused.ephemeral and "Only the quiz host" in refused.text
    assert world.quiz.id in trivia.quiz_cog.running
    stopped = await (await fake.slash(world.mod, "quiz stop", channel=world.quiz)).reply()
    assert "Quiz stopped by mod" in stopped.text
    podium = await trivia.podium()
    assert "Quiz stopped" in podium.text
    await trivia.quiz_over(world.quiz.id)


async def test_database_failure_while_answering_is_told_and_the_quiz_goes_on(
    trivia: Trivia, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.db.repos import quizzes

    fake, world = trivia.fake, trivia.world
    started = await fake.slash(world.alice, "quiz start", channel=world.quiz, questions=1,
                               seconds=10)
    await started.reply()
    question = await trivia.question(1, 1)
    answer, _ = current_answer(trivia, world.quiz.id)
    label = next(b["label"] for b in question.buttons if b["label"].endswith(answer))
    real = quizzes.record_answer

    async def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(quizzes, "record_answer", broken)
    failed = await (await fake.click(world.alice, question, label)).reply()
    assert failed.ephemeral and "could not be recorded" in failed.text
    monkeypatch.setattr(quizzes, "record_answer", real)  # the fault ends
    retry = await (await fake.click(world.alice, question, label)).reply()
    assert "Locked in" in retry.text
    await trivia.run_timer(10)
    reveal = await trivia.reveal(1)
    assert "alice" in reveal.text

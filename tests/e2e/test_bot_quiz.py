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

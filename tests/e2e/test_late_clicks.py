"""An answer click whose reply comes after Discord's 3-second window: the answer still
counts, and the refusal (404, 10062 Unknown interaction) is counted and logged in one
line instead of a traceback per click (which cost an overloaded bot milliseconds of CPU
per lost click, so it fell further behind with each one)."""

from __future__ import annotations

import logging

import pytest

from bot.views import choices
from tests.e2e.botworld import Trivia
from tests.e2e.test_quiz_faults import labels, start_quiz, stored_answers, trivia  # noqa: F401


async def test_a_reply_after_the_window_is_counted_in_one_line_and_the_answer_counts(
    trivia: Trivia, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    fake, world = trivia.fake, trivia.world
    expired = choices.ExpiredClicks()
    monkeypatch.setattr(choices, "expired_clicks", expired)
    question = await start_quiz(trivia, 1)
    right, wrong = labels(trivia, question)
    cog = trivia.quiz_cog
    on_time = cog.on_answer_click

    async def too_slow(interaction, round_id, index):  # Discord's 3 s pass first
        fake.advance(4)
        await on_time(interaction, round_id, index)

    monkeypatch.setattr(cog, "on_answer_click", too_slow)
    with caplog.at_level(logging.WARNING):
        late = [await fake.click(world.alice, question, right),
                await fake.click(world.bob, question, wrong)]  # fmt: skip
        await fake.wait_until(lambda: expired.total == 2, timeout=10, what="two late replies")
    assert all(click.late for click in late)
    assert "Ignoring exception" not in caplog.text  # discord.py's traceback per click
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.views.choices"]
    assert lines == ["1 answer click(s) not answered: Discord's window had passed "
                     "(the bot or its database is overloaded)"]  # fmt: skip
    expired.log()  # the rest of the burst, which a timer writes EVERY seconds later
    assert caplog.records[-1].getMessage().startswith("1 answer click(s) not answered")
    # Both answers were stored: only the reply was lost.
    assert {user for _, user, *_ in await stored_answers(trivia)} == {world.alice.id, world.bob.id}

"""One look across the bot's embeds: colours by outcome, the article in the footer,
progress and time left on questions, and the daily question's embeds inside the limits."""

from __future__ import annotations

import datetime as dt

from bot import embeds
from bot.embeds import (
    Colour,
    DailyView,
    QuestionView,
    daily_question_embed,
    daily_reveal_embed,
    question_embed,
    reveal_embed,
)
from tests.bot.test_embeds import HUGE, within_limits

CLOSES = dt.datetime(2030, 3, 4, 9, 30, tzinfo=dt.UTC)
QUESTION = QuestionView(
    text="Who did BTS meet backstage?", number=3, total=10,
    choices=("Khalid", "Halsey", "Drake", "Ciara"), article_title="BTS at the BBMAs",
    article_date=dt.date(2018, 5, 21), closes_at=CLOSES, points=150, difficulty="easy",
)
DAILY = DailyView(
    text="Who did BTS meet backstage?", day=dt.date(2030, 3, 3),
    choices=("Khalid", "Halsey", "Drake", "Ciara"), closes_at=CLOSES, points=100,
    article_title="BTS at the BBMAs", article_date=dt.date(2018, 5, 21),
)


def test_colours_by_outcome() -> None:
    got = reveal_embed(QUESTION, answer="Khalid", sentence="s", winners=[("a", 100)], answered=2)
    nobody = reveal_embed(QUESTION, answer="Khalid", sentence="s", winners=[], answered=2)
    skipped = reveal_embed(
        QUESTION, answer="Khalid", sentence="s", winners=[], answered=0, skipped=True
    )
    assert got.colour == Colour.CORRECT
    assert nobody.colour == Colour.NOBODY
    assert skipped.colour == Colour.WARNING and skipped.title.endswith("skipped")
    assert question_embed(QUESTION).colour == Colour.QUESTION
    assert question_embed(QUESTION, hint="K_____").colour == Colour.HINT
    daily_got = daily_reveal_embed(DAILY, answer="A. Khalid", sentence="s",
                                   winners=[("a", 2)], answered=3)
    daily_nobody = daily_reveal_embed(DAILY, answer="A. Khalid", sentence="s",
                                      winners=[], answered=0)
    assert daily_got.colour == Colour.CORRECT and daily_nobody.colour == Colour.NOBODY
    assert daily_question_embed(DAILY).colour == Colour.QUESTION


def test_article_title_and_date_in_every_question_footer() -> None:
    for embed in (
        question_embed(QUESTION),
        reveal_embed(QUESTION, answer="Khalid", sentence=None, winners=[], answered=0),
        daily_question_embed(DAILY),
        daily_reveal_embed(DAILY, answer="Khalid", sentence=None, winners=[], answered=0),
    ):
        footer = embed.footer.text
        assert footer.startswith("From: BTS at the BBMAs · 2018-05-21"), footer


def test_progress_and_time_left() -> None:
    embed = question_embed(QUESTION)
    assert embed.title == "Question 3 of 10"
    text = str(embed.to_dict())
    assert f"<t:{int(CLOSES.timestamp())}:R>" in text  # a live countdown in every client
    daily = daily_question_embed(DAILY)
    assert daily.title == "📅 Daily question · Sunday 3 March 2030"
    assert f"<t:{int(CLOSES.timestamp())}:R>" in str(daily.to_dict())


def test_daily_reveal_shows_answer_winners_with_streaks_and_source() -> None:
    embed = daily_reveal_embed(
        DAILY, answer="A. Khalid", sentence="Backstage, BTS met Khalid.",
        winners=[("alice", 3), ("bob", 1)], answered=5,
    )
    text = str(embed.to_dict())
    assert "A. Khalid" in text and "alice · 🔥 3" in text and "(2 of 5)" in text
    assert "Backstage, BTS met Khalid." in text
    assert embed.title.endswith("answered!")


def test_daily_embeds_stay_in_limits_with_hostile_text() -> None:
    view = DailyView(
        text=HUGE, day=dt.date(2030, 3, 3), choices=(HUGE, HUGE, HUGE, HUGE),
        closes_at=CLOSES, points=100, article_title=HUGE, article_date=None,
    )
    within_limits(daily_question_embed(view))
    within_limits(
        daily_reveal_embed(view, answer=HUGE, sentence=HUGE,
                           winners=[(HUGE, 9)] * 60, answered=60)
    )
    assert embeds.TOTAL_MAX == 6000

"""bot.embeds: every builder stays inside Discord's limits whatever it is given."""

from __future__ import annotations

import datetime as dt

import discord
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import embeds
from bot.embeds import (
    BoardLine,
    PodiumLine,
    QuestionView,
    ScoreView,
    fit,
    leaderboard_embed,
    podium_embed,
    question_embed,
    reveal_embed,
    score_embed,
)

HUGE = "@everyone **x** " * 1000  # 16,000 characters of hostile text


def within_limits(embed: discord.Embed) -> None:
    assert len(embed) <= embeds.TOTAL_MAX
    assert len(embed.title or "") <= embeds.TITLE_MAX
    assert len(embed.description or "") <= embeds.DESCRIPTION_MAX
    assert len(embed.fields) <= embeds.FIELDS_MAX
    for field in embed.fields:
        assert 0 < len(field.name or "") <= embeds.FIELD_NAME_MAX
        assert 0 < len(field.value or "") <= embeds.FIELD_VALUE_MAX
    assert len(embed.footer.text or "") <= embeds.FOOTER_MAX
    assert "@everyone" not in str(embed.to_dict())


def test_fit_cuts_every_part() -> None:
    embed = discord.Embed(title="t" * 300, description="d" * 5000)
    for _ in range(30):
        embed.add_field(name="n" * 300, value="v" * 2000)
    embed.set_footer(text="f" * 3000)
    embed.set_author(name="a" * 400)
    within_limits(fit(embed))
    assert embed.title.endswith("…")


def test_question_embed_shows_progress_time_and_article() -> None:
    closes = dt.datetime(2030, 1, 1, 12, 0, tzinfo=dt.UTC)
    view = QuestionView(
        text="Which song did BTS perform at the Billboard Music Awards 2018?",
        number=3,
        total=10,
        choices=("Fake Love", "DNA", "Idol", "Mic Drop"),
        article_title="BTS at the BBMAs",
        article_date=dt.date(2018, 5, 21),
        closes_at=closes,
        points=100,
    )
    embed = question_embed(view)
    within_limits(embed)
    assert embed.title == "Question 3 of 10"
    text = str(embed.to_dict())
    assert f"<t:{int(closes.timestamp())}:R>" in text
    assert "**A.** Fake Love" in text and "**D.** Mic Drop" in text
    assert embed.footer.text.startswith("From: BTS at the BBMAs · 2018-05-21")
    assert embed.colour == embeds.Colour.QUESTION


def test_hint_changes_colour_and_shows_shape() -> None:
    view = QuestionView(text="Q?", number=1, total=1, mode="typed")
    embed = question_embed(view, hint="F___ L___")
    assert embed.colour == embeds.Colour.HINT
    assert any("F___ L___" in f.value for f in embed.fields)


def test_reveal_colours_by_outcome() -> None:
    view = QuestionView(text="Q?", number=1, total=2)
    hit = reveal_embed(view, answer="A", sentence="S.", winners=[("ann", 120)], answered=3)
    miss = reveal_embed(view, answer="A", sentence="S.", winners=[], answered=3)
    assert hit.colour == embeds.Colour.CORRECT and miss.colour == embeds.Colour.NOBODY
    assert "ann · +120" in str(hit.to_dict())
    assert "nobody" in miss.title


def test_hostile_everything_stays_in_limits() -> None:
    view = QuestionView(
        text=HUGE, number=1, total=50, choices=(HUGE, HUGE, HUGE, HUGE),
        article_title=HUGE, article_date=None,
    )
    within_limits(question_embed(view, hint=HUGE[:50]))
    within_limits(
        reveal_embed(view, answer=HUGE, sentence=HUGE, winners=[(HUGE, 1)] * 40, answered=40)
    )
    within_limits(
        podium_embed([PodiumLine(HUGE, 10, 1, None, 1)] * 30, asked=50, note="n")
    )
    within_limits(
        leaderboard_embed(
            [BoardLine(i + 1, HUGE, 10**9) for i in range(10)],
            title=HUGE, page=1, pages=9, caller=BoardLine(99, HUGE, 1),
        )
    )
    within_limits(score_embed(ScoreView(HUGE, 1, 1, 2, 1, 1, 1, "global")))
    within_limits(
        embeds.fact_embed(
            question=HUGE, answer=HUGE, sentence=HUGE, article_title=HUGE, article_date=None
        )
    )


def test_rank_change_words() -> None:
    assert embeds.rank_change(5, 2) == "▲ #5 → #2"
    assert embeds.rank_change(2, 5) == "▼ #2 → #5"
    assert embeds.rank_change(None, 4) == "new at #4"
    assert embeds.rank_change(3, 3) == "= #3"


def test_leaderboard_marks_caller_and_pages() -> None:
    lines = [BoardLine(i + 1, f"p{i}", 100 - i, is_caller=(i == 4)) for i in range(10)]
    embed = leaderboard_embed(lines, title="Board", page=2, pages=3, caller=lines[4])
    assert "__`5.` p4 · **96**__" in embed.description
    assert embed.footer.text == "Page 2 of 3"
    assert embed.fields[-1].value.startswith("#5")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=7000), st.text(max_size=2000), st.integers(1, 50))
def test_fuzz_question_and_reveal(text: str, answer: str, number: int) -> None:
    view = QuestionView(text=text, number=number, total=50, choices=(answer,) * 4,
                        article_title=answer)
    within_limits(question_embed(view))
    within_limits(reveal_embed(view, answer=answer, sentence=text, winners=[], answered=0))

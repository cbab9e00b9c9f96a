"""Every embed the bot sends, with one look: colours by outcome, the article in the footer,
the quiz's progress and time left, and Discord's size limits never exceeded.

Builders take plain values (already-clean strings are marked `*_md`; everything else is
user- or article-supplied and goes through `bot.safety.clean`). `fit()` is the last step
of every builder: it cuts whatever is still too long so Discord never rejects an embed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import discord

from bot.safety import clean, code_free, neutralise_mentions, normalise, truncate

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits)
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
AUTHOR_MAX = 256
TOTAL_MAX = 6000


class Colour:
    QUESTION = discord.Colour.blurple()
    CORRECT = discord.Colour.green()
    NOBODY = discord.Colour.red()
    HINT = discord.Colour.gold()
    PODIUM = discord.Colour.gold()
    INFO = discord.Colour.dark_teal()
    WARNING = discord.Colour.orange()
    ERROR = discord.Colour.red()


LETTERS = "ABCD"
MEDALS = ("🥇", "🥈", "🥉")


def embed_length(embed: discord.Embed) -> int:
    return len(embed)


def fit(embed: discord.Embed) -> discord.Embed:
    """Cut an embed to Discord's limits: each part first, then the total (fields from the
    end, then the description), so the embed is always accepted."""
    if embed.footer and not embed.footer.text and not embed.footer.icon_url:
        embed.remove_footer()  # Discord refuses a footer with empty text (400)
    if embed.title and len(embed.title) > TITLE_MAX:
        embed.title = truncate(embed.title, TITLE_MAX)
    if embed.description and len(embed.description) > DESCRIPTION_MAX:
        embed.description = truncate(embed.description, DESCRIPTION_MAX)
    if embed.author and embed.author.name and len(embed.author.name) > AUTHOR_MAX:
        embed.set_author(name=truncate(embed.author.name, AUTHOR_MAX), url=embed.author.url)
    if embed.footer and embed.footer.text and len(embed.footer.text) > FOOTER_MAX:
        embed.set_footer(text=truncate(embed.footer.text, FOOTER_MAX))
    fields = list(embed.fields)[:FIELDS_MAX]
    embed.clear_fields()
    for field in fields:
        embed.add_field(
            name=truncate(field.name or "\u200b", FIELD_NAME_MAX),
            value=truncate(field.value or "\u200b", FIELD_VALUE_MAX),
            inline=bool(field.inline),
        )
    while len(embed) > TOTAL_MAX and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    if len(embed) > TOTAL_MAX and embed.description:
        over = len(embed) - TOTAL_MAX
        embed.description = truncate(embed.description, max(1, len(embed.description) - over))
    if len(embed) > TOTAL_MAX and embed.footer and embed.footer.text:
        embed.set_footer(text=None)
    return embed


def article_footer(title: str | None, date: dt.date | None, extra: str | None = None) -> str:
    """'From: <article title> · 2018-05-20', the article's title cleaned of markup."""
    parts: list[str] = []
    if title:
        # Footers render neither markdown nor mentions; mentions are broken anyway, so the
        # text never looks like one.
        shown = neutralise_mentions(normalise(title, single_line=True))
        parts.append("From: " + truncate(shown, 200))
    if date:
        parts.append(date.isoformat())
    if extra:
        parts.append(extra)
    return " · ".join(parts)


def timestamp(when: dt.datetime, style: str = "R") -> str:
    """A Discord timestamp: each client renders it live ('in 12 seconds')."""
    return discord.utils.format_dt(when, style)  # type: ignore[arg-type]


def outcome_colour(got_it: bool, *, skipped: bool = False) -> discord.Colour:
    """Green when someone got it, red when nobody did, orange when it was skipped."""
    if skipped:
        return Colour.WARNING
    return Colour.CORRECT if got_it else Colour.NOBODY


def choices_text(choices: Sequence[str]) -> str:
    return "\n".join(f"**{LETTERS[i]}.** {clean(c, 200)}" for i, c in enumerate(choices[:4]))


def source_field(embed: discord.Embed, sentence: str | None) -> None:
    if sentence:
        embed.add_field(name="Source", value="> " + clean(sentence, 900), inline=False)


def medal(rank: int) -> str:
    """🥇🥈🥉 for the first three ranks, then the rank itself."""
    return MEDALS[rank - 1] if rank <= len(MEDALS) else f"`{rank}.`"


def _question_text(text: str) -> str:
    return f"**{clean(text, 1500, single_line=False)}**"


def _answer_text(text: str, answer: str) -> str:
    """A reveal's description: the question, then the right answer."""
    return f"{clean(text, 1000, single_line=False)}\n\n✅ The answer: **{clean(answer, 300)}**"


def _got_it_field(
    embed: discord.Embed,
    winners: Sequence[tuple[str, int]],
    answered: int,
    *,
    shown: int,
    row: Callable[[str, int], str],
) -> None:
    """Who got it: the first `shown` winners (name cleaned, then `row(name, number)`)."""
    lines = [row(clean(name, 80), number) for name, number in winners[:shown]]
    if len(winners) > shown:
        lines.append(f"…and {len(winners) - shown} more")
    embed.add_field(name=f"Got it ({len(winners)} of {answered})", value="\n".join(lines))


# --- quiz ----------------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionView:
    """What a question embed shows; every string is raw (cleaned here)."""

    text: str
    number: int
    total: int
    choices: Sequence[str] = ()
    article_title: str | None = None
    article_date: dt.date | None = None
    closes_at: dt.datetime | None = None
    points: int | None = None
    mode: str = "buttons"
    difficulty: str | None = None
    topic: str | None = None


def question_embed(q: QuestionView, *, hint: str | None = None) -> discord.Embed:
    embed = discord.Embed(
        title=f"Question {q.number} of {q.total}",
        description=_question_text(q.text),
        colour=Colour.HINT if hint else Colour.QUESTION,
    )
    if q.choices:
        embed.add_field(name="Choices", value=choices_text(q.choices), inline=False)
    status: list[str] = []
    if q.closes_at is not None:
        status.append(f"⏱️ Closes {timestamp(q.closes_at)}")
    if q.points is not None:
        status.append(f"up to **{q.points}** points")
    if q.mode == "typed":
        status.append("type your answer in this channel")
    else:
        status.append("one answer each")
    embed.add_field(name="\u200b", value=" · ".join(status), inline=False)
    if hint:
        # The hint is the answer's shape, shown in code so underscores stay literal.
        shape = truncate(neutralise_mentions(code_free(hint)), 300)
        embed.add_field(name="💡 Hint", value=f"`{shape}`", inline=False)
    extra = [q.difficulty] if q.difficulty else []
    embed.set_footer(text=article_footer(q.article_title, q.article_date, " · ".join(extra)))
    return fit(embed)


def reveal_embed(
    q: QuestionView,
    *,
    answer: str,
    sentence: str | None,
    winners: Sequence[tuple[str, int]],
    answered: int,
    skipped: bool = False,
) -> discord.Embed:
    """The answer, who got it (name, points), and the sentence it came from."""
    got_it = bool(winners)
    if skipped:
        title = f"Question {q.number} of {q.total}: skipped"
    else:
        title = f"Question {q.number} of {q.total}: " + ("answered!" if got_it else "nobody got it")
    embed = discord.Embed(
        title=title,
        description=_answer_text(q.text, answer),
        colour=outcome_colour(got_it, skipped=skipped and not got_it),
    )
    if winners:
        _got_it_field(
            embed, winners, answered, shown=15, row=lambda name, points: f"{name} · +{points}"
        )
    elif answered:
        embed.add_field(name="Got it", value=f"nobody, of {answered} who answered")
    source_field(embed, sentence)
    embed.set_footer(text=article_footer(q.article_title, q.article_date, q.difficulty))
    return fit(embed)


# --- daily question ------------------------------------------------------------------


@dataclass(frozen=True)
class DailyView:
    """What a daily question shows; strings are raw (cleaned here)."""

    text: str
    day: dt.date
    choices: Sequence[str]
    closes_at: dt.datetime
    points: int
    article_title: str | None = None
    article_date: dt.date | None = None


def _daily_title(day: dt.date) -> str:
    return f"📅 Daily question · {day:%A} {day.day} {day:%B %Y}"


def daily_question_embed(d: DailyView) -> discord.Embed:
    embed = discord.Embed(
        title=_daily_title(d.day),
        description=_question_text(d.text),
        colour=Colour.QUESTION,
    )
    embed.add_field(name="Choices", value=choices_text(d.choices), inline=False)
    embed.add_field(
        name="\u200b",
        value=f"⏱️ Closes {timestamp(d.closes_at)} · **{d.points}** points for a right answer"
        " · one answer each · right on consecutive days builds your 🔥 daily streak",
        inline=False,
    )
    embed.set_footer(text=article_footer(d.article_title, d.article_date))
    return fit(embed)


def daily_reveal_embed(
    d: DailyView,
    *,
    answer: str,
    sentence: str | None,
    winners: Sequence[tuple[str, int]],
    answered: int,
) -> discord.Embed:
    """The closed daily question: the answer, who got it (name, daily streak), the source."""
    got_it = bool(winners)
    embed = discord.Embed(
        title=_daily_title(d.day) + (": answered!" if got_it else ": nobody got it"),
        description=_answer_text(d.text, answer),
        colour=outcome_colour(got_it),
    )
    if winners:
        _got_it_field(
            embed, winners, answered, shown=25, row=lambda name, streak: f"{name} · 🔥 {streak}"
        )
    else:
        embed.add_field(
            name="Got it",
            value=f"nobody, of {answered} who answered" if answered else "nobody answered",
        )
    source_field(embed, sentence)
    embed.set_footer(text=article_footer(d.article_title, d.article_date, "closed"))
    return fit(embed)


@dataclass(frozen=True)
class PodiumLine:
    name: str
    points: int  # earned this quiz
    correct: int
    rank_before: int | None  # server rank before the quiz (None: not ranked)
    rank_after: int | None


def rank_change(before: int | None, after: int | None) -> str:
    if after is None:
        return ""
    if before is None:
        return f"new at #{after}"
    if after < before:
        return f"▲ #{before} → #{after}"
    if after > before:
        return f"▼ #{before} → #{after}"
    return f"= #{after}"


def podium_embed(
    lines: Sequence[PodiumLine], *, asked: int, stopped: bool = False, note: str | None = None
) -> discord.Embed:
    title = "Quiz stopped" if stopped else "Quiz over"
    embed = discord.Embed(title=f"🏆 {title}", colour=Colour.PODIUM)
    asked_text = f"{asked} question{'s' if asked != 1 else ''}"
    if not lines:
        embed.description = f"{asked_text} asked; nobody scored."
    else:
        rows = []
        for place, line in enumerate(lines[:20], 1):
            change = rank_change(line.rank_before, line.rank_after)
            rows.append(
                f"{medal(place)} **{clean(line.name, 80)}** · {line.points} pts · "
                f"{line.correct}/{asked} right" + (f" · {change}" if change else "")
            )
        embed.description = "\n".join(rows)
    if note:
        embed.add_field(name="\u200b", value=note, inline=False)
    embed.set_footer(text=f"{asked_text} · server ranks shown")
    return fit(embed)


# --- leaderboard and score -----------------------------------------------------------


@dataclass(frozen=True)
class BoardLine:
    rank: int
    name: str
    points: int
    is_caller: bool = False


def leaderboard_embed(
    lines: Sequence[BoardLine],
    *,
    title: str,
    page: int,
    pages: int,
    caller: BoardLine | None,
) -> discord.Embed:
    embed = discord.Embed(title=clean(title, 200), colour=Colour.INFO)
    if not lines:
        embed.description = "Nobody has points here yet: start one with `/quiz start`."
    else:
        rows = []
        for line in lines:
            name = clean(line.name, 60)
            row = f"{medal(line.rank)} {name} · **{line.points:,}**"
            rows.append(f"__{row}__" if line.is_caller else row)
        embed.description = "\n".join(rows)
    if caller is not None:
        embed.add_field(
            name="Your rank", value=f"#{caller.rank} · {caller.points:,} points", inline=False
        )
    else:
        embed.add_field(name="Your rank", value="not ranked yet: answer a question!")
    embed.set_footer(text=f"Page {page} of {max(pages, 1)}")
    return fit(embed)


@dataclass(frozen=True)
class ScoreView:
    name: str
    points: int
    correct: int
    answered: int
    current_streak: int
    best_streak: int
    rank: int | None
    scope: str  # "this server" | "global"


def score_embed(s: ScoreView) -> discord.Embed:
    accuracy = f"{100 * s.correct / s.answered:.0f}%" if s.answered else "—"
    embed = discord.Embed(title=f"{clean(s.name, 80)}: score", colour=Colour.INFO)
    embed.add_field(name="Points", value=f"{s.points:,}")
    embed.add_field(name="Rank", value=f"#{s.rank}" if s.rank else "not ranked")
    embed.add_field(name="Correct", value=f"{s.correct:,} of {s.answered:,}")
    embed.add_field(name="Accuracy", value=accuracy)
    embed.add_field(name="Streak", value=f"{s.current_streak} (best {s.best_streak})")
    embed.set_footer(text=f"Scores in {s.scope}")
    return fit(embed)


# --- facts, articles, review ---------------------------------------------------------


def fact_embed(
    *,
    question: str,
    answer: str | None,
    sentence: str | None,
    article_title: str | None,
    article_date: dt.date | None,
) -> discord.Embed:
    if answer:
        embed = discord.Embed(
            title=clean(question, 250),
            description=f"**{clean(answer, 500)}**",
            colour=Colour.CORRECT,
        )
        if sentence:
            embed.add_field(name="The article says", value="> " + clean(sentence, 1000))
    else:
        embed = discord.Embed(
            title=clean(question, 250),
            description="I could not find that in the articles.",
            colour=Colour.WARNING,
        )
        if sentence:
            embed.add_field(name="The nearest sentence I found", value="> " + clean(sentence, 1000))
    embed.set_footer(text=article_footer(article_title, article_date))
    return fit(embed)


def info_embed(title: str, description: str, colour: discord.Colour = Colour.INFO) -> discord.Embed:
    """Our own text (already safe); only the limits are applied."""
    return fit(discord.Embed(title=title, description=description, colour=colour))


def error_embed(message: str) -> discord.Embed:
    return fit(discord.Embed(description=f"⚠️ {message}", colour=Colour.ERROR))

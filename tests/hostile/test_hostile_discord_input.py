"""Hostile text from Discord users, on the fake Discord with our real bot: answers, article
titles, question text and player names with @everyone, @here, user and role mentions,
markdown, 4,000-character strings and invisible characters.

Nothing pings (the fake records what every message would ping), nothing breaks a limit
(the fake answers oversize embeds, contents and labels with 400 like Discord), and
nothing is executed or read as SQL (titles are stored and shown literally).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import yaml

from tests.e2e import botworld
from tests.e2e.botworld import Trivia
from tests.hostile.test_hostile_articles import SEED

trivia = botworld.trivia  # the fixture
pytestmark = pytest.mark.e2e

MENTIONS = "@everyone @here <@123456789012345678> <@!123456789012345678> <@&456456456456456456>"
MARKDOWN = "**bold** __under__ ~~strike~~ ||spoiler|| `code` ```py\nprint(1)\n``` > quote [x](http://e.x)"
INVISIBLE = "\u200b\u202e\u2066\ufeff\u00ad\u2060"
SQL = "'); DROP TABLE articles;--"
HUGE = "A" * 4000


def no_harm(trivia: Trivia) -> None:
    """Nothing pinged, nothing refused by the fake (400s), no error logged to a user."""
    fake = trivia.fake
    assert fake.pinged() == [], [m.content for m in fake.pinged()]
    refused = [(r.method, r.path, r.status, r.body) for r in fake.requests if r.status >= 400]
    assert refused == [], refused
    assert fake.unknown_routes == []
    for message in fake.sent_by_bot():
        assert "went wrong" not in message.text, message.text


def table_names(db_file: Path) -> set[str]:
    with sqlite3.connect(db_file) as connection:
        return {n for (n,) in connection.execute("SELECT name FROM sqlite_master")}


async def test_hostile_player_names_and_typed_answers_in_a_quiz(trivia: Trivia) -> None:
    fake, world = trivia.fake, trivia.world
    evil = fake.add_user("evil")
    evil.global_name = f"{MENTIONS} {MARKDOWN} {INVISIBLE} {HUGE}"
    red = yaml.safe_dump(
        {
            "AUTHOR": MENTIONS,
            f"{MENTIONS} {MARKDOWN} {INVISIBLE} Which song did BTS perform? {HUGE}": [
                "Fake Love"
            ],
            f"Which {MENTIONS} group sang Idol?": ["BTS"],
        },
        allow_unicode=True,
        width=10_000,
    )
    imported = await fake.slash(world.mod, "trivia import", channel=world.general,
                                file=fake.attachment("evil.yaml", red))
    assert "List imported" in (await imported.reply(timeout=30)).text
    start = await fake.slash(evil, "quiz start", channel=world.quiz, topic="evil",
                             mode="typed", questions=2, seconds=10)
    assert "Quiz starting" in (await start.reply()).text

    for number in (1, 2):
        await trivia.question(number, 2)
        answer = trivia.quiz_cog.running[world.quiz.id].quiz.round.answer
        await fake.say(world.bob, world.quiz, f"{MENTIONS} {HUGE[:1500]}")  # wrong, hostile
        if number == 1:
            report = await fake.slash(world.alice, "question report", channel=world.quiz,
                                      reason=f"{MENTIONS} {SQL}"[:300])
            assert "flagged" in (await report.reply()).text
            await trivia.clock.advance(5)  # the hint, built from the answer
            await fake.wait_for("message", lambda e: "Hint for question 1" in e.message.text)
        await fake.say(evil, world.quiz, f"{INVISIBLE}{answer}")
        reveal = await trivia.reveal(number)
        assert "Got it (1" in reveal.text
        if number == 1:
            await trivia.run_timer(5)
    podium = await trivia.podium()
    assert "@\u2060everyone" in podium.text and "2/2 right" in podium.text  # shown, broken
    assert "AAAA" not in podium.text  # the 4,000-character name is cut to fit
    await trivia.quiz_over(world.quiz.id)

    board = await (await fake.slash(world.alice, "leaderboard", channel=world.general)).reply()
    assert "@\u2060everyone" in board.text
    card = await (
        await fake.slash(world.alice, "score", channel=world.general, member=evil)
    ).reply()
    assert "@\u2060everyone" in card.text and "#1" in card.text
    no_harm(trivia)


async def test_article_title_is_stored_and_shown_literally(
    trivia: Trivia, tmp_path: Path
) -> None:
    fake, world = trivia.fake, trivia.world
    db_file = tmp_path / "bot.db"
    title = f"{SQL} @everyone <@&456456456456456456> **x**"
    good = fake.attachment("bts.txt", SEED.read_bytes())
    ix = await fake.slash(world.mod, "article add", channel=world.general, file=good,
                          title=title)
    added = await ix.reply(timeout=120)
    assert "Article added" in added.text, added.text
    with sqlite3.connect(db_file) as connection:
        stored = [t for (t,) in connection.execute("SELECT title FROM articles")]
    assert title in stored  # literally, not run
    assert "articles" in table_names(db_file)

    listing = await (await fake.slash(world.mod, "article list", channel=world.general)).reply()
    assert SQL in listing.text and "@\u2060everyone" in listing.text
    assert "\\*\\*x\\*\\*" in listing.text  # markdown escaped, shown as typed

    # SQL-looking topics and removals are just text that matches nothing.
    for topic in (SQL, "' OR 1=1 --", "%", "_", "\\"):
        started = await fake.slash(world.alice, "quiz start", channel=world.quiz, topic=topic)
        text = (await started.reply()).text
        assert "Quiz starting" not in text or topic in ("%", "_"), (topic, text)
        if world.quiz.id in trivia.quiz_cog.running:
            await (await fake.slash(world.alice, "quiz stop", channel=world.quiz)).reply()
            await trivia.quiz_over(world.quiz.id)
    for value in ("' OR 1=1 --", "1 OR 1=1", "%"):
        removed = await fake.slash(world.mod, "article remove", channel=world.general,
                                   article=value)
        assert "Removed" not in (await removed.reply()).text, value
    with sqlite3.connect(db_file) as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    no_harm(trivia)


async def test_fact_and_autocomplete_with_hostile_text(trivia: Trivia) -> None:
    fake, world = trivia.fake, trivia.world
    question = f"{MENTIONS} {INVISIBLE} who did BTS meet? {SQL}"[:300]
    ix = await fake.slash(world.alice, "fact", channel=world.general, question=question)
    answer = await ix.reply(timeout=120)
    assert answer.embed is not None
    for typed in (MENTIONS[:100], SQL, "%", INVISIBLE, "**"):
        ac = await fake.autocomplete(world.alice, "quiz start", "topic", typed,
                                     channel=world.quiz)
        await ac.response()
        assert ac.choices is not None
    no_harm(trivia)


async def test_settings_and_refusals_never_ping(trivia: Trivia) -> None:
    """The manager role shows up in refusals as a role mention: with mentions off."""
    fake, world = trivia.fake, trivia.world
    role = world.guild.add_role("Quizmasters")
    ix = await fake.slash(world.mod, "trivia settings", channel=world.general, manager_role=role)
    assert "saved" in (await ix.reply()).text
    await (await fake.slash(world.alice, "quiz start", channel=world.quiz, questions=1)).reply()
    await trivia.question(1, 1)
    refused = await (await fake.slash(world.bob, "quiz stop", channel=world.quiz)).reply()
    assert refused.ephemeral and f"<@&{role.id}>" in refused.text
    await (await fake.slash(world.alice, "quiz stop", channel=world.quiz)).reply()
    await trivia.quiz_over(world.quiz.id)
    no_harm(trivia)


def test_a_reveal_without_an_article_has_no_empty_footer() -> None:
    """Curated (imported) questions have no article: Discord refuses an empty footer, and
    the quiz used to stop at the first reveal."""
    from bot.embeds import QuestionView, reveal_embed

    embed = reveal_embed(
        QuestionView(text="Which group sang Idol?", number=1, total=1),
        answer="BTS", sentence=None, winners=[], answered=0,
    )
    assert "footer" not in embed.to_dict() or embed.to_dict()["footer"].get("text")

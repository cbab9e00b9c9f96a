"""Leaderboard paging, /score, /fact and /article add on the fake Discord with our bot."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e import botworld
from tests.e2e.botworld import Trivia, give_points

trivia = botworld.trivia  # the fixture
pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]


async def test_leaderboard_pages_and_shows_the_callers_rank(trivia: Trivia) -> None:
    fake, world = trivia.fake, trivia.world
    for i in range(13):
        await give_points(trivia.db, world.guild.id, 10_000 + i, f"fan{i} @everyone", 1000 - i)
    await give_points(trivia.db, world.guild.id, world.alice.id, "alice", 5)
    ix = await fake.slash(world.alice, "leaderboard", channel=world.general)
    board = await ix.reply()
    assert not board.ephemeral
    assert board.embed["footer"]["text"] == "Page 1 of 2"
    assert "fan0" in board.text and "fan10" not in board.text
    assert "#14" in board.text  # alice's own rank, below the page
    page = await fake.click(world.alice, board, "Next ▶")
    await page.response()
    edited = await fake.wait_for("message_edit", lambda e: e.message.id == board.id)
    assert edited.message.embed["footer"]["text"] == "Page 2 of 2"
    assert "fan10" in edited.message.text and "alice" in edited.message.text
    # Someone else paging gets their own private copy, with their own rank.
    other = await fake.click(world.bob, edited.message, "◀ Previous")
    copy = await other.reply()
    assert copy.ephemeral and copy.embed["footer"]["text"] == "Page 1 of 2"
    assert "not ranked yet" in copy.text
    assert fake.pinged() == []


async def test_score_card(trivia: Trivia) -> None:
    world = trivia.world
    await give_points(trivia.db, world.guild.id, world.bob.id, "bob", 150)
    ix = await trivia.fake.slash(
        trivia.world.alice, "score", channel=trivia.world.general, member=trivia.world.bob
    )
    card = await ix.reply()
    assert "150" in card.text and "#1" in card.text and "1 of 1" in card.text


async def test_article_add_good_and_binary_and_refused_to_players(trivia: Trivia) -> None:
    fake, world = trivia.fake, trivia.world
    binary = fake.attachment("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(200))
    ix = await fake.slash(world.mod, "article add", channel=world.general, file=binary)
    refused = await ix.reply(timeout=30)
    assert "not a text article" in refused.text
    text = (ROOT / "seeds" / "bts-bbma-2018.txt").read_bytes()
    good = fake.attachment("bts-bbma-2018.txt", text)
    ix = await fake.slash(world.mod, "article add", channel=world.general, file=good)
    added = await ix.reply(timeout=120)
    assert "Article added" in added.text, added.text
    assert "questions came out of it" in added.text
    again = await fake.slash(world.mod, "article add", channel=world.general, file=good)
    assert "already has this article" in (await again.reply(timeout=30)).text


async def test_fact_quotes_the_sentence(trivia: Trivia) -> None:
    ix = await trivia.fake.slash(
        trivia.world.alice, "fact", channel=trivia.world.general,
        question="Who did BTS meet backstage?",
    )
    answer = await ix.reply(timeout=120)
    assert "Billboard Music Awards 2018" in answer.embed["footer"]["text"]
    assert "Khalid" in answer.text


async def test_trivia_import_makes_a_playable_topic(trivia: Trivia) -> None:
    fake, world = trivia.fake, trivia.world
    yaml_text = (
        "AUTHOR: a fan\n"
        "Which group sang Fake Love?:\n- BTS\n- Bangtan Boys\n"
        "What year did BTS debut?:\n- 2013\n"
    )
    red = fake.attachment("kpop.yaml", yaml_text)
    ix = await fake.slash(world.mod, "trivia import", channel=world.general, file=red)
    done = await ix.reply(timeout=30)
    assert "List imported" in done.text and "2 questions" in done.text, done.text
    start = await fake.slash(
        world.alice, "quiz start", channel=world.quiz, topic="kpop", mode="typed",
        questions=2, seconds=10,
    )
    assert "about **kpop**" in (await start.reply()).text
    await trivia.question(1, 2)



async def test_trivia_import_refusals_after_reading_the_file_are_private(
    trivia: Trivia,
) -> None:
    """Refusals found only after the download (not UTF-8, not a list, a name already
    taken) answer the private acknowledgement: nothing is shown to the channel."""
    fake, world = trivia.fake, trivia.world
    good = "Which group sang Fake Love?:\n- BTS\n"
    first = await fake.slash(world.mod, "trivia import", channel=world.general,
                             file=fake.attachment("kpop.yaml", good))
    assert "List imported" in (await first.reply(timeout=30)).text
    for name, data, reason in (
        ("kpop.yaml", good, "already has a list"),
        ("latin1.yaml", "Qui a chanté?:\n- Céline\n".encode("latin-1"), "not UTF-8"),
        ("broken.yaml", "- just\n- a list\n", "Not imported"),
    ):
        ix = await fake.slash(world.mod, "trivia import", channel=world.general,
                              file=fake.attachment(name, data))
        refusal = await ix.reply(timeout=30)
        assert reason in refusal.text, refusal.text
        assert refusal.ephemeral, f"{name}: a refusal must be private"
    assert not [m for m in fake.sent_by_bot(world.general) if not m.ephemeral
                and ("Not imported" in m.text or "already has" in m.text)]


@pytest.mark.parametrize(
    ("command", "filename"), [("article add", "bts.txt"), ("trivia import", "kpop.yaml")]
)
async def test_an_attachment_that_cannot_be_downloaded_is_said_privately(
    trivia: Trivia, command: str, filename: str
) -> None:
    fake, world = trivia.fake, trivia.world
    attachment = fake.attachment(filename, "Which group sang Idol?:\n- BTS\n")
    del fake.attachments[int(attachment["id"])]  # the download gets a 404
    ix = await fake.slash(world.mod, command, channel=world.general, file=attachment)
    refusal = await ix.reply(timeout=30)
    assert "could not download the attachment" in refusal.text, refusal.text
    assert refusal.ephemeral

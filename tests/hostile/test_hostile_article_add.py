"""Bad article files through `/article add` on the fake Discord, with our real bot: each is
refused with one private line saying why, and every stored row stays exactly as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e import botworld
from tests.e2e.botworld import Trivia
from tests.hostile.conftest import snapshot
from tests.hostile.test_hostile_articles import NO_FACTS_TEXT, SEED, bad_files

trivia = botworld.trivia  # the fixture
pytestmark = pytest.mark.e2e


async def add(trivia: Trivia, filename: str, data: bytes, **options) -> str:
    """Run /article add as the moderator; the refusal's text (one line asserted)."""
    fake, world = trivia.fake, trivia.world
    attachment = fake.attachment(filename, data)
    ix = await fake.slash(world.mod, "article add", channel=world.general, file=attachment,
                          **options)
    message = await ix.reply(timeout=60)
    assert message.embed is not None, message.text
    text = message.embed.get("description") or ""
    assert message.ephemeral or "Not added" not in text, "a refusal must be private"
    return text


def assert_one_line_refusal(text: str, *words: str) -> None:
    assert text.startswith("⚠️"), text
    assert "\n" not in text and "Traceback" not in text, text
    for word in words:
        assert word.lower() in text.lower(), (word, text)


async def test_every_bad_file_is_refused_and_nothing_is_stored(
    trivia: Trivia, tmp_path: Path
) -> None:
    db_file = tmp_path / "bot.db"
    before = snapshot(db_file)
    for name, (data, reason) in sorted(bad_files().items()):
        if not data:
            reason = "empty"  # refused from the attachment's size, before downloading
        text = await add(trivia, name, data)
        assert_one_line_refusal(text, reason)
        assert Path(name).stem in text  # names the file
    assert snapshot(db_file) == before
    assert trivia.fake.pinged() == []
    assert [r for r in trivia.fake.requests if r.status >= 400] == []


async def test_too_big_is_refused_before_downloading(trivia: Trivia, tmp_path: Path) -> None:
    fake, world = trivia.fake, trivia.world
    before = snapshot(tmp_path / "bot.db")
    limit = trivia.bot.settings.max_article_bytes
    attachment = fake.attachment("huge.txt", b"BTS performed Fake Love. " * (limit // 20))
    # Take the file away: a bot that tried to download it would get a 404 and say so.
    del fake.attachments[int(attachment["id"])]
    ix = await fake.slash(world.mod, "article add", channel=world.general, file=attachment)
    text = (await ix.reply()).embed["description"]
    assert_one_line_refusal(text, "MB", "at most")
    assert "download" not in text
    assert snapshot(tmp_path / "bot.db") == before


async def test_wrong_extension_is_refused(trivia: Trivia, tmp_path: Path) -> None:
    before = snapshot(tmp_path / "bot.db")
    text = await add(trivia, "article.exe", SEED.read_bytes())
    assert_one_line_refusal(text, ".txt or .md")
    assert snapshot(tmp_path / "bot.db") == before


async def test_duplicate_and_no_fair_sentence_leave_the_data_as_it_was(
    trivia: Trivia, tmp_path: Path
) -> None:
    db_file = tmp_path / "bot.db"
    fake, world = trivia.fake, trivia.world
    good = fake.attachment("bts-bbma-2018.txt", SEED.read_bytes())
    ix = await fake.slash(world.mod, "article add", channel=world.general, file=good)
    added = await ix.reply(timeout=120)
    assert "Article added" in added.text, added.text
    after_first = snapshot(db_file)

    # The same article again, also re-encoded as UTF-16 and with a different title.
    for name, data, options in (
        ("bts-bbma-2018.txt", SEED.read_bytes(), {}),
        ("copy.txt", SEED.read_text(encoding="utf-8").encode("utf-16"), {"title": "Copy"}),
    ):
        text = await add(trivia, name, data, **options)
        assert_one_line_refusal(text, "already has this article")
    assert snapshot(db_file) == after_first

    text = await add(trivia, "no-facts.txt", NO_FACTS_TEXT.encode("utf-8"))
    assert_one_line_refusal(text, "no sentence")
    assert snapshot(db_file) == after_first

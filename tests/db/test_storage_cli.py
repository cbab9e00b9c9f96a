"""Ingest (files and attachments) and the storage commands of the CLI."""

from __future__ import annotations

import asyncio
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.cli import main
from bot.db.engine import open_database
from bot.db.models import GLOBAL
from bot.db.repos import articles, questions, quizzes, scores
from bot.ingest import ADDED, DUPLICATE, FAILED, EngineUnavailable, ingest_bytes, ingest_files
from questions.nlp import ModelError
from tests.db.factories import fact, question

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class _Result:
    facts: list
    questions: list
    per_article: dict = field(default_factory=dict)


class HandBuiltEngine:
    """Stands in for questions.engine.QuestionEngine: two facts and two questions per
    article, named after it; an article whose text says BOOM makes it raise."""

    def __init__(self, error: Exception | None = None) -> None:
        self.calls = 0
        self.error = error

    def generate(self, batch):
        self.calls += 1
        (article,) = batch
        if "BOOM" in article.body:
            raise self.error or RuntimeError("the parser fell over")
        n = sum(map(ord, article.name))
        return _Result(
            facts=[fact(article.name), fact(article.name, obj="Idol")],
            questions=[question(n, article_name=article.name),
                       question(n + 1, article_name=article.name)],
        )


def _write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return path


async def test_ingest_goes_on_past_bad_files(db, tmp_path) -> None:
    good = _write(tmp_path, "good-one.txt", "BTS performed Fake Love at the BBMAs.")
    boom = _write(tmp_path, "boom.txt", "This one says BOOM.")
    binary = _write(tmp_path, "binary.txt", b"\x00\x01\x02 not text")
    second = _write(tmp_path, "good-two.md", "---\ntitle: Second\n---\nTWICE sang Fancy.\n")
    engine = HandBuiltEngine()
    seen = []
    outcomes = await ingest_files(
        db, [good, boom, binary, second], engine, guild_id=3, on_done=seen.append
    )
    assert [o.status for o in outcomes] == [ADDED, FAILED, FAILED, ADDED]
    assert seen == outcomes
    assert "RuntimeError: the parser fell over" in outcomes[1].error
    assert "binary" in outcomes[2].error
    assert (outcomes[0].facts, outcomes[0].questions) == (2, 2)
    assert outcomes[3].title == "Second"
    stored = await articles.list_articles(db, 3)
    assert [a.name for a in stored] == ["good-one", "good-two"]
    assert all((a.facts, a.questions) == (2, 2) for a in stored)
    assert len(await questions.list_questions(db, 3)) == 4

    # Again: both are duplicates, found before the engine runs.
    calls = engine.calls
    again = await ingest_files(db, [good, second], engine, guild_id=3)
    assert [o.status for o in again] == [DUPLICATE, DUPLICATE]
    assert again[0].article_id == stored[0].id and engine.calls == calls


async def test_missing_model_stops_the_ingest(db, tmp_path) -> None:
    boom = _write(tmp_path, "boom.txt", "The engine goes BOOM on this one.")
    with pytest.raises(EngineUnavailable):
        await ingest_files(db, [boom], HandBuiltEngine(ModelError("no model")), guild_id=1)


async def test_ingest_attachment_bytes(db) -> None:
    engine = HandBuiltEngine()
    added = await ingest_bytes(db, b"RM met Lizzo.", "notes.txt", engine, guild_id=9, added_by=4)
    assert added.status == ADDED
    assert (await articles.get_article(db, added.article_id)).added_by == 4
    refused = await ingest_bytes(db, b"%PDF-1.7", "paper.pdf", engine, guild_id=9)
    assert refused.status == FAILED and "only .txt and .md" in refused.error
    big = await ingest_bytes(db, b"x" * 5000, "big.txt", engine, guild_id=9, max_bytes=1000)
    assert big.status == FAILED and "limit" in big.error


@pytest.fixture
def sqlite_url(db_url: str) -> str:
    if not db_url.startswith("sqlite"):
        pytest.skip("the CLI is exercised once, on SQLite")
    return db_url


def test_articles_list_and_remove_commands(sqlite_url, tmp_path, capsys) -> None:
    async def seed():
        db = open_database(sqlite_url)
        try:
            await articles.add_article(
                db, _article("first", "One."), guild_id=GLOBAL, facts=[fact("first")],
                questions=[question(1, article_name="first")],
            )
            await articles.add_article(db, _article("second", "Two."), guild_id=7)
        finally:
            await db.close()

    asyncio.run(seed())
    assert main(["articles", "list", "--json", "--url", sqlite_url]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(a["name"], a["guild_id"], a["facts"], a["questions"]) for a in listed] == [
        ("first", 0, 1, 1), ("second", 7, 0, 0)
    ]
    assert main(["articles", "list", "--json", "--guild", "7", "--url", sqlite_url]) == 0
    assert [a["name"] for a in json.loads(capsys.readouterr().out)] == ["second"]
    assert main(["articles", "list", "--url", sqlite_url]) == 0
    assert "First" in capsys.readouterr().out

    first_id = listed[0]["id"]
    assert main(["articles", "remove", str(first_id), "--url", sqlite_url]) == 0
    assert "with 1 fact(s) and 1 question(s)" in capsys.readouterr().out
    assert main(["articles", "remove", str(first_id), "--url", sqlite_url]) == 1
    assert f"no article with id {first_id}" in capsys.readouterr().err


def test_forget_user_command(sqlite_url, capsys, monkeypatch) -> None:
    async def seed():
        db = open_database(sqlite_url)
        try:
            session = await quizzes.create_session(db, guild_id=1, channel_id=1, host_id=2)
            rnd = await quizzes.open_round(db, session.id, number=1, question_id=None)
            await quizzes.record_answer(db, round_id=rnd.id, user_id=42, correct=True, points=5)
        finally:
            await db.close()

    async def stats():
        db = open_database(sqlite_url)
        try:
            return await scores.get_stats(db, GLOBAL, 42)
        finally:
            await db.close()

    asyncio.run(seed())
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: needs --yes
    assert main(["db", "forget-user", "42", "--url", sqlite_url]) == 1
    captured = capsys.readouterr()
    assert "1 answers, 2 player_stats, 2 weekly_points" in captured.out
    assert "--yes" in captured.err
    assert asyncio.run(stats()) is not None

    assert main(["db", "forget-user", "42", "--yes", "--url", sqlite_url]) == 0
    out = capsys.readouterr().out
    assert "forgot user 42: 6 row(s) deleted or anonymised" in out
    assert "1 rounds_won" in out
    assert asyncio.run(stats()) is None


def test_ingest_command_with_the_real_engine(sqlite_url, tmp_path, capsys) -> None:
    seed = tmp_path / "bts.txt"
    seed.write_bytes((ROOT / "seeds/bts-bbma-2018.txt").read_bytes())
    _write(tmp_path, "empty.txt", "")
    code = main(["ingest", str(tmp_path), str(tmp_path / "missing.md"), "--url", sqlite_url])
    captured = capsys.readouterr()
    assert code == 1
    assert "1 added, 0 already stored, 2 failed" in captured.out
    assert "missing.md: no such file or folder" in captured.err
    assert "empty.txt" in captured.err
    assert main(["articles", "list", "--json", "--url", sqlite_url]) == 0
    (stored,) = json.loads(capsys.readouterr().out)
    assert stored["name"] == "bts" and stored["facts"] > 0 and stored["questions"] > 0
    # Ingesting it again is not a failure.
    assert main(["ingest", str(seed), "--url", sqlite_url]) == 0
    assert "0 added, 1 already stored, 0 failed" in capsys.readouterr().out


def _article(name: str, text: str):
    from tests.db.factories import article

    return article(name, text)

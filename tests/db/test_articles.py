"""Articles with their facts and questions: one transaction, dedupe, list, remove."""

from __future__ import annotations

import pytest

from bot.db.models import GLOBAL
from bot.db.repos import articles, questions, quizzes
from tests.db.factories import article, fact, question


async def test_add_stores_article_facts_and_questions_together(db) -> None:
    stored = await articles.add_article(
        db, article(), guild_id=GLOBAL, added_by=42,
        facts=[fact(), fact(obj="Idol")], questions=[question(1), question(2)],
    )
    assert (stored.facts, stored.questions, stored.added_by) == (2, 2, 42)
    assert stored.title == "Bts Bbma 2018" and stored.tags == ("kpop",)
    again = await articles.get_article(db, stored.id)
    assert again == stored
    facts = await articles.list_facts(db, article_id=stored.id)
    assert [f.object for f in facts] == ["Fake Love", "Idol"]
    assert facts[0].data["event"] == "Billboard Music Awards 2018"
    assert facts[0].data["object_type"] == "song" and facts[0].data["date"] == "2018-05-21"
    assert len(await articles.list_facts(db, guild_id=77)) == 2  # global: every guild sees
    assert await articles.article_text(db, stored.id) == "BTS performed Fake Love."


async def test_same_text_twice_in_a_guild_is_a_duplicate(db) -> None:
    first = await articles.add_article(db, article(), guild_id=5, questions=[question(1)])
    with pytest.raises(articles.DuplicateArticle) as raised:
        await articles.add_article(
            db, article(name="renamed"), guild_id=5, facts=[fact()], questions=[question(9)]
        )
    assert raised.value.existing_id == first.id
    # Nothing of the refused article was kept.
    assert [q.answer for q in await questions.list_questions(db, 5)] == ["Song 1"]
    assert await articles.list_facts(db, guild_id=5) == []
    # Another guild may add the same text.
    other = await articles.add_article(db, article(), guild_id=6)
    assert other.id != first.id
    assert await articles.find_duplicate(db, 5, first.content_hash) == first.id


async def test_list_and_remove_cascade(db) -> None:
    a = await articles.add_article(
        db, article("one", "Text one."), guild_id=1, facts=[fact("one")],
        questions=[question(1, article_name="one"), question(2, article_name="one")],
    )
    b = await articles.add_article(db, article("two", "Text two."), guild_id=GLOBAL)
    assert [x.id for x in await articles.list_articles(db)] == [a.id, b.id]
    assert [x.id for x in await articles.list_articles(db, 1)] == [a.id]
    assert [x.id for x in await articles.list_articles(db, 1, include_global=True)] == [
        a.id, b.id
    ]
    # A round that asked one of its questions keeps existing, without the question.
    q = (await questions.list_questions(db, 1))[0]
    session = await quizzes.create_session(db, guild_id=1, channel_id=1, host_id=1)
    rnd = await quizzes.open_round(db, session.id, number=1, question_id=q.id)

    assert await articles.remove_article(db, a.id, guild_id=2) is None  # not guild 2's
    removed = await articles.remove_article(db, a.id)
    assert (removed.id, removed.facts, removed.questions) == (a.id, 1, 2)
    assert await articles.get_article(db, a.id) is None
    assert await articles.list_facts(db, article_id=a.id) == []
    assert await questions.list_questions(db, 1) == []
    assert (await quizzes.get_round(db, rnd.id)).question_id is None
    assert await articles.remove_article(db, a.id) is None

"""The question bank: storing, review, reports, edits, counters, next unasked."""

from __future__ import annotations

import pytest

from bot.db.models import GLOBAL
from bot.db.repos import articles, questions
from bot.db.repos.questions import QuestionFilter
from tests.db.factories import article, question


async def test_store_skips_questions_the_guild_already_has(db) -> None:
    assert await questions.store_questions(db, [question(1), question(2), question(1)]) == 2
    assert await questions.store_questions(db, [question(2), question(3)]) == 1
    # The same question in another guild is that guild's own copy.
    assert await questions.store_questions(db, [question(1)], guild_id=5) == 1
    stored = await questions.list_questions(db, GLOBAL)
    assert sorted(q.question for q in stored) == sorted(
        question(n).question for n in (1, 2, 3)
    )
    one = next(q for q in stored if q.key == question(1).id)
    assert one.choices == question(1).choices and one.aliases == ("song1",)
    assert one.topics == ("BTS",) and one.status == "generated" and one.sentence
    assert await questions.count_questions(db, 5) == {
        "generated": 4, "approved": 0, "reported": 0, "rejected": 0
    }


async def test_review_report_and_edit(db) -> None:
    await questions.store_questions(db, [question(1), question(2), question(3)], guild_id=4)
    q1, q2, q3 = sorted(await questions.list_questions(db, 4), key=lambda q: q.id)
    assert await questions.approve(db, q1.id)
    assert await questions.reject(db, q2.id, guild_id=4)
    assert not await questions.approve(db, q3.id, guild_id=99)  # not that guild's
    with pytest.raises(ValueError):
        await questions.set_status(db, q3.id, "bogus")

    assert await questions.report_question(db, q3.id, guild_id=4, user_id=7, reason="wrong")
    assert not await questions.report_question(db, q3.id, guild_id=4, user_id=7)
    assert await questions.report_question(db, q1.id, guild_id=4, user_id=8, reason="x" * 900)
    assert (await questions.get_question(db, q3.id)).status == "reported"
    assert (await questions.get_question(db, q1.id)).status == "approved"  # vouched for
    assert await questions.question_reports(db, q3.id) == [(4, 7, "wrong")]
    assert len((await questions.question_reports(db, q1.id))[0][2]) == 500

    edited = await questions.edit_question(
        db, q3.id, answer="Idol", choices=("Idol", "DNA", "Fire", "Save Me"), difficulty="hard"
    )
    assert edited.answer == "Idol" and edited.status == "approved"
    assert edited.choices == ("Idol", "DNA", "Fire", "Save Me") and edited.difficulty == "hard"
    with pytest.raises(ValueError, match="one of the choices"):
        await questions.edit_question(db, q3.id, answer="Butter")
    with pytest.raises(ValueError):
        await questions.edit_question(db, q3.id, status="approved")
    assert await questions.edit_question(db, 999, question="?") is None

    playable = await questions.next_questions(db, 4, 10)
    assert sorted(q.id for q in playable) == [q1.id, q3.id]  # rejected one never asked


async def test_next_questions_do_not_repeat_until_the_bank_runs_out(db) -> None:
    await questions.store_questions(db, [question(n) for n in range(1, 6)], guild_id=GLOBAL)
    await questions.store_questions(db, [question(n) for n in range(6, 8)], guild_id=3)
    await questions.store_questions(db, [question(n) for n in range(8, 10)], guild_id=4)
    seen: list[int] = []
    for _ in range(3):
        batch = await questions.next_questions(db, 3, 2)
        assert len(batch) == 2
        await questions.mark_asked(db, 3, [q.id for q in batch])
        seen += [q.id for q in batch]
    # Guild 3 sees the 5 global and its 2 own (not guild 4's): 7, then starts over.
    assert len(set(seen[:6])) == 6
    pool = {q.id for q in await questions.list_questions(db, 3)}
    assert len(pool) == 7 and set(seen) <= pool
    assert set(seen[6:]) & set(seen[:6]) <= pool
    big = await questions.next_questions(db, 3, 10)
    assert len(big) == 7 and len({q.id for q in big}) == 7  # never twice in one pick
    # Another guild's history is its own.
    assert len(await questions.next_questions(db, 4, 7)) == 7


async def test_filters_by_topic_article_list_and_difficulty(db) -> None:
    stored = await articles.add_article(
        db, article(), guild_id=2,
        questions=[question(1, topics=("BTS", "RM")), question(2, difficulty="hard")],
    )
    await questions.store_questions(
        db, [question(3, topics=("TWICE",)), question(4, topics=("100%_fans",))], guild_id=2
    )
    lst = await questions.create_list(db, "Anime", guild_id=2, kind="red", author="someone")
    await questions.store_questions(
        db, [question(5, topics=())], guild_id=2, list_id=lst.id
    )
    with pytest.raises(questions.QuestionListExists):
        await questions.create_list(db, "Anime", guild_id=2)
    assert [x.name for x in await questions.get_lists(db, 2)] == ["Anime"]

    def answers(found):
        return sorted(q.answer for q in found)

    assert answers(await questions.next_questions(db, 2, 9, QuestionFilter(topic="rm"))) == [
        "Song 1"
    ]
    assert answers(await questions.next_questions(db, 2, 9, QuestionFilter(topic="bts"))) == [
        "Song 1", "Song 2"
    ]
    assert answers(await questions.next_questions(db, 2, 9, QuestionFilter(topic="B"))) == []
    assert answers(
        await questions.next_questions(db, 2, 9, QuestionFilter(topic="100%_fans"))
    ) == ["Song 4"]
    assert answers(await questions.next_questions(db, 2, 9, QuestionFilter(topic="%"))) == []
    by_article = QuestionFilter(article_id=stored.id, difficulty="hard")
    assert answers(await questions.next_questions(db, 2, 9, by_article)) == ["Song 2"]
    by_list = await questions.list_questions(db, 2, wanted=QuestionFilter(list_id=lst.id))
    assert answers(by_list) == ["Song 5"]
    assert await questions.delete_list(db, lst.id, guild_id=2)
    assert await questions.list_questions(db, 2, wanted=QuestionFilter(list_id=lst.id)) == []


async def test_counters_add_in_the_database(db) -> None:
    await questions.store_questions(db, [question(1)], guild_id=1)
    (q,) = await questions.list_questions(db, 1)
    await questions.mark_asked(db, 1, [q.id, q.id])
    await questions.mark_asked(db, 2, [q.id])
    await questions.count_correct(db, q.id)
    await questions.count_correct(db, q.id, 2)
    stored = await questions.get_question(db, q.id)
    assert (stored.times_asked, stored.times_correct) == (2, 3)

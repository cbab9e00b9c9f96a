from __future__ import annotations

from collections import Counter

from bot.game.selection import answer_index, pick_questions, playable, shuffled_choices
from tests.game.quizkit import question


def bank(n: int) -> list:
    return [question(i, f"Answer {i}") for i in range(n)]


def test_choices_shuffle_is_seeded_and_keeps_the_set():
    q = question(1, "Fake Love", ("Idol", "DNA", "ON"))
    first = shuffled_choices(q, seed=42)
    assert first == shuffled_choices(q, seed=42)  # stable across calls (and processes)
    assert sorted(first) == sorted(q.choices)
    orders = {shuffled_choices(q, seed=s) for s in range(40)}
    assert len(orders) > 5  # seeds really change the order
    positions = Counter(answer_index(shuffled_choices(q, seed=s), "Fake Love") for s in range(400))
    assert set(positions) == {0, 1, 2, 3}
    assert min(positions.values()) > 60  # roughly uniform, not always first


def test_pick_without_repeats_until_the_bank_runs_out():
    questions = bank(10)
    asked: list[str] = []
    seen: list[str] = []
    for quiz in range(3):
        pick = pick_questions(questions, 3, asked, seed=quiz)
        ids = [q.id for q in pick.questions]
        assert len(ids) == 3 and len(set(ids)) == 3
        assert not pick.recycled
        assert not set(ids) & set(asked)
        asked += ids
        seen += ids
    # 9 asked, 1 left: that one comes first, then the least recently asked.
    pick = pick_questions(questions, 3, asked, seed=9)
    ids = [q.id for q in pick.questions]
    (left,) = set(q.id for q in questions) - set(asked)
    assert ids[0] == left
    assert ids[1:] == asked[:2]
    assert pick.recycled


def test_pick_filters_mode_and_difficulty():
    questions = [
        question(1, "A", difficulty="easy"),
        question(2, "B", difficulty="hard"),
        question(3, "C", difficulty="easy", typed_only=True),
    ]
    assert [q.id for q in pick_questions(questions, 5, difficulty="easy").questions] == ["q1"]
    typed = pick_questions(questions, 5, mode="typed", difficulty="easy", seed=1).questions
    assert sorted(q.id for q in typed) == ["q1", "q3"]
    assert not playable(questions[2], "buttons")
    assert pick_questions(questions, 0).questions == []


def test_same_fact_twice_only_when_nothing_else_is_left():
    questions = [
        question(1, "Fake Love", sentence="BTS performed Fake Love."),
        question(2, "fake love", sentence="Fake Love was performed."),  # same answer
        question(3, "DNA", sentence="BTS performed Fake Love."),  # same sentence
        question(4, "Idol"),
        question(5, "ON"),
    ]
    for seed in range(20):
        ids = {q.id for q in pick_questions(questions, 3, seed=seed).questions}
        assert not {"q1", "q2"} <= ids, ids  # one answer, asked twice
        assert not {"q1", "q3"} <= ids, ids  # one sentence, asked twice
    assert len(pick_questions(questions, 5, seed=0).questions) == 5


def test_pick_is_seeded():
    questions = bank(30)
    a = pick_questions(questions, 10, seed="guild-1").questions
    assert a == pick_questions(questions, 10, seed="guild-1").questions
    assert a != pick_questions(questions, 10, seed="guild-2").questions

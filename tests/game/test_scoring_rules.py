"""score_answer: the docstring's table, row by row, and its invariants."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.game.scoring import (
    ScoreRules,
    round_points,
    score_answer,
    speed_points,
    streak_after,
    streak_points,
)


@pytest.mark.parametrize(
    ("kwargs", "points"),
    [
        ({"correct": False, "elapsed": 1, "seconds": 20}, 0),
        ({"correct": True, "elapsed": 21, "seconds": 20}, 0),  # after the timer
        ({"correct": True, "elapsed": 0, "seconds": 20}, 150),
        ({"correct": True, "elapsed": 10, "seconds": 20}, 125),
        ({"correct": True, "elapsed": 20, "seconds": 20}, 100),
        ({"correct": True, "elapsed": 5, "seconds": 20, "streak": 2}, 158),
        ({"correct": True, "elapsed": 5, "seconds": 20, "streak": 9}, 188),
        ({"correct": True, "elapsed": 12, "seconds": 20, "hinted": True}, 60),
        ({"correct": True, "elapsed": 2, "seconds": 20, "first": True}, 165),
        ({"correct": False, "elapsed": 0, "seconds": 20, "streak": 5, "first": True}, 0),
    ],
)
def test_docstring_table(kwargs, points):
    assert score_answer(**kwargs) == points


def test_hint_halves_base_and_speed_but_not_streak():
    plain = score_answer(True, 12, 20, streak=3)
    hinted = score_answer(True, 12, 20, streak=3, hinted=True)
    assert plain == 120 + 30
    assert hinted == 60 + 30


def test_custom_rules():
    rules = ScoreRules(base=10, speed_bonus=0, streak_step=1, streak_cap=3, first_bonus=0)
    assert score_answer(True, 0, 10, streak=10, rules=rules) == 13


def test_parts():
    assert speed_points(0, 10) == 50
    assert speed_points(-3, 10) == 50  # clock skew never gives more
    assert speed_points(10, 10) == 0
    assert speed_points(1, 0) == 0
    assert [streak_points(n) for n in (0, 1, 4, 5, 50, -1)] == [0, 10, 40, 50, 50, 0]


@given(
    elapsed=st.floats(0, 120),
    seconds=st.floats(1, 120),
    streak=st.integers(0, 100),
    hinted=st.booleans(),
    first=st.booleans(),
)
def test_invariants(elapsed, seconds, streak, hinted, first):
    points = score_answer(True, elapsed, seconds, streak, hinted, first)
    if elapsed > seconds:
        assert points == 0
        return
    assert 50 <= points <= 150 + 50 + 20
    later = score_answer(True, min(seconds, elapsed + 1), seconds, streak, hinted, first)
    assert later <= points  # slower never scores more
    assert score_answer(True, elapsed, seconds, streak + 1, hinted, first) >= points
    assert score_answer(True, elapsed, seconds, streak, True, first) <= points
    assert score_answer(False, elapsed, seconds, streak, hinted, first) == 0


@pytest.mark.parametrize("typed", [False, True])
def test_round_points_applies_the_modes_rules(typed: bool) -> None:
    # The hint only exists in typed rounds, the first-right bonus only in buttons rounds.
    args = (True, 12.0, 20.0)
    assert round_points(*args, typed=typed, hinted=True) == (60 if typed else 120)
    assert round_points(*args, typed=typed, first=True) == (120 if typed else 140)
    assert round_points(*args, typed=typed, streak=2, first=True, hinted=True) == (
        80 if typed else 160
    )
    assert round_points(False, 1.0, 20.0, typed=typed, first=True, streak=3) == 0


def test_streak_after() -> None:
    assert [streak_after(s, c) for s, c in ((0, True), (4, True), (4, False), (0, False))] == [
        1, 5, 0, 0
    ]

from __future__ import annotations

import pytest

from bot.game.hints import hint_delay, hint_text


@pytest.mark.parametrize(
    ("answer", "hint"),
    [
        ("Fake Love", "F___ L___"),
        ("J-Hope", "J-H___"),
        ("2018", "####"),
        ("BBMAs 2018", "B____ ####"),
        ("21st", "##__"),
        ("Don't Stop Me Now", "D__'_ S___ M_ N__"),
        ("The Weeknd", "T__ W_____"),
        ("Beyoncé", "B______"),
        ("V", "V"),
        ("  Fake Love  ", "F___ L___"),
    ],
)
def test_shape(answer, hint):
    assert hint_text(answer) == hint


def test_hint_never_contains_more_than_first_letters():
    answer = "Billboard Music Awards"
    hint = hint_text(answer)
    assert len(hint) == len(answer)
    shown = [c for c in hint if c.isalpha()]
    assert shown == ["B", "M", "A"]


def test_hint_delay_is_half_the_timer():
    assert hint_delay(20) == 10
    assert hint_delay(30, 0.25) == 7.5

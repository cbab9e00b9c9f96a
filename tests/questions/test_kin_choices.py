"""A question about someone's daughter (son, wife, ...) offers only names of that gender."""

from __future__ import annotations

import pytest

from questions.choices import ChoicePool, gender_asked, pick_choices


@pytest.mark.parametrize(
    ("question", "gender"),
    [
        ("Which daughter of John Legend is a huge BTS fan?", "f"),
        ("What is the name of John Legend's daughter?", "f"),
        ("Who is the son of the coach?", "m"),
        ("Who is Kim Kardashian's husband?", "m"),
        ("Whose daughter is Luna?", None),  # asks for the parent, whose gender is open
        ("Which song did BTS perform at the Billboard Music Awards 2018?", None),
    ],
)
def test_gender_asked(question: str, gender: str | None) -> None:
    assert gender_asked(question) == gender


def _pool(names: list[str]) -> ChoicePool:
    return ChoicePool.from_items([(name, "person") for name in names])


def test_a_daughter_gets_only_women_as_wrong_choices() -> None:
    pool = _pool(["Luna", "Emily Stone", "Sarah Jones", "Rachel Moore", "John Smith",
                  "David Brown", "Michael Green"])  # fmt: skip
    choices = pick_choices("Luna", "person", [], pool, (), 1, gender="f")
    assert set(choices) == {"Luna", "Emily Stone", "Sarah Jones", "Rachel Moore"}
    # Without the gender the men are fair game, which is what the filter prevents.
    any_gender = {
        c for seed in range(20) for c in pick_choices("Luna", "person", [], pool, (), seed)
    }
    assert any_gender & {"John Smith", "David Brown", "Michael Green"}


def test_too_few_of_the_gender_means_typed_only() -> None:
    pool = _pool(["Luna", "Emily Stone", "John Smith", "David Brown", "Michael Green"])
    assert pick_choices("Luna", "person", [], pool, (), 1, gender="f") == ()

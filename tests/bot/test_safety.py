"""bot.safety: hostile text shown back can never ping, break markup or an embed's limits."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.safety import EMPTY, clean, neutralise_mentions, normalise, truncate

PINGS = re.compile(r"@(everyone|here)|<@[!&]?\d+>")


@pytest.mark.parametrize(
    "hostile",
    [
        "@everyone",
        "@here look",
        "<@123456789012345678>",
        "<@!123456789012345678>",
        "<@&123456789012345678>",
        "hi @\u200beveryone",  # a zero-width space hiding the mention from naive filters
        "@ever\u200byone",
        "＠everyone",  # not a mention at all, stays visible
    ],
)
def test_no_mention_survives(hostile: str) -> None:
    shown = clean(hostile)
    assert not PINGS.search(shown), shown
    assert shown  # still visible text, not swallowed


def test_mentions_stay_readable() -> None:
    shown = clean("@everyone <@&42424242424242424>")
    assert "everyone" in shown and "42424242424242424" in shown


def test_markdown_is_escaped() -> None:
    assert clean("**bold** _it_ ~~s~~ ||spoiler|| `code`") == (
        r"\*\*bold\*\* \_it\_ \~\~s\~\~ \|\|spoiler\|\| \`code\`"
    )
    assert clean("# heading") == r"\# heading"
    assert clean("> quote") == r"\> quote"
    assert clean("[click](https://evil.example)").startswith("\\[")


def test_backslash_cannot_unescape() -> None:
    # A trailing backslash would otherwise escape our own closing ** in "**{answer}**".
    assert clean("abc\\") == "abc\\\\"
    assert clean("\\*x\\*") == "\\\\\\*x\\\\\\*"


def test_invisible_and_bidi_characters_are_dropped() -> None:
    assert clean("a\u200bb\u200ec\u202ed\ufeffe\u2066f") == "abcdef"
    assert clean("\u200b\u200b") == EMPTY
    assert clean("   ") == EMPTY
    assert clean(None) == EMPTY


def test_emoji_sequences_survive() -> None:
    family = "👨\u200d👩\u200d👧"
    assert clean(family) == family
    assert clean("a\u200db") == "ab"


def test_single_line_by_default() -> None:
    assert clean("one\ntwo\r\nthree\u2028four") == "one two three four"
    assert normalise("one\n\n\n\ntwo", single_line=False) == "one\n\ntwo"


@pytest.mark.parametrize("limit", [1, 2, 5, 10, 100, 1024])
def test_cap_counts_the_escaped_text(limit: int) -> None:
    shown = clean("*" * 5000, limit)
    assert len(shown) <= limit
    if limit >= 3:
        assert shown.endswith("…")
        assert not shown[:-1].endswith("\\") or shown[:-1].endswith("\\\\")


def test_cut_never_splits_an_escape() -> None:
    for n in range(2, 40):
        shown = clean("_" * 100, n)
        body = shown.removesuffix("…")
        assert len(body) % 2 == 0, (n, shown)  # whole "\_" pairs only


def test_short_text_is_not_cut() -> None:
    assert clean("Fake Love", 9) == "Fake Love"


def test_truncate_keeps_escapes_whole() -> None:
    assert truncate("ab\\*cd", 4) == "ab…"
    assert truncate("short", 10) == "short"
    assert len(truncate("x" * 50, 10)) == 10


def test_neutralise_channel_and_user_mentions() -> None:
    out = neutralise_mentions("<#123456789012345678> <@123456789012345678>")
    assert "<#123456789012345678>" not in out and "<@123456789012345678>" not in out


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=3000), st.integers(min_value=1, max_value=4096))
def test_fuzz_clean_is_bounded_and_never_pings(text: str, limit: int) -> None:
    shown = clean(text, limit)
    assert 1 <= len(shown) <= limit
    assert not PINGS.search(shown)
    assert "\u200b" not in shown and "\u202e" not in shown


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["@everyone", "@here", "<@&123456789012345678>", "*", "_",
                                 "\\", "`", "\u200b", "a", " ", "\n", "||", "~"]), max_size=200))
def test_fuzz_hostile_tokens(tokens: list[str]) -> None:
    shown = clean("".join(tokens), 300)
    assert not PINGS.search(shown)
    assert len(shown) <= 300

"""bot.game.daily: when the daily question is due, in a time zone, across DST, and how
daily streaks count."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.game import daily as rules
from bot.game.clock import FakeClock

UTC = dt.UTC
SEOUL = rules.zone("Asia/Seoul")
NEW_YORK = rules.zone("America/New_York")
T1830 = dt.time(18, 30)


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("18:30", dt.time(18, 30)), ("9:05", dt.time(9, 5)), (" 00:00 ", dt.time(0, 0)),
     ("23:59", dt.time(23, 59))],
)
def test_parse_time_of_day(text: str, expected: dt.time) -> None:
    assert rules.parse_time_of_day(text) == expected
    assert rules.format_time_of_day(expected) == f"{expected.hour:02d}:{expected.minute:02d}"


@pytest.mark.parametrize("text", ["24:00", "12:60", "1830", "6pm", "", "12:5", "-1:30", "ab:cd"])
def test_bad_times_are_refused_with_a_reason(text: str) -> None:
    with pytest.raises(rules.BadTime, match=r"HH:MM|hours 00-23"):
        rules.parse_time_of_day(text)


def test_zone_names() -> None:
    assert rules.zone(None).key == "UTC"
    assert rules.zone("Asia/Seoul").key == "Asia/Seoul"
    for bad in ("Mars/Olympus", "../etc/passwd", "", "Asia/"):
        with pytest.raises(rules.BadTime, match="unknown time zone"):
            rules.zone(bad or "nowhere")


def test_due_in_the_guilds_zone() -> None:
    # 18:30 in Seoul (UTC+9, no DST) is 09:30 UTC.
    assert rules.due_at(dt.date(2030, 3, 1), T1830, SEOUL) == utc(2030, 3, 1, 9, 30)
    # Default UTC.
    assert rules.due_at(dt.date(2030, 3, 1), T1830, rules.zone("UTC")) == utc(2030, 3, 1, 18, 30)


def test_current_day_and_next_due_around_the_post_time() -> None:
    day = dt.date(2030, 3, 1)
    before = utc(2030, 3, 1, 9, 29)  # 18:29 in Seoul
    at = utc(2030, 3, 1, 9, 30)
    assert rules.current_day(before, T1830, SEOUL) == day - dt.timedelta(days=1)
    assert rules.next_due(before, T1830, SEOUL) == at
    assert rules.current_day(at, T1830, SEOUL) == day
    assert rules.next_due(at, T1830, SEOUL) == utc(2030, 3, 2, 9, 30)  # strictly after
    # 23:00 UTC on 1 March is already 2 March in Seoul: the local date counts.
    assert rules.current_day(utc(2030, 3, 1, 23, 0), T1830, SEOUL) == day
    assert rules.local_date(utc(2030, 3, 1, 23, 0), SEOUL) == dt.date(2030, 3, 2)


def test_spring_forward_gap_posts_once_just_after_the_gap() -> None:
    # New York, 10 March 2030: clocks jump from 02:00 to 03:00; 02:30 does not exist.
    day = dt.date(2030, 3, 10)
    due = rules.due_at(day, dt.time(2, 30), NEW_YORK)
    assert due == utc(2030, 3, 10, 7, 30)  # 03:30 EDT: right after the gap
    assert due.astimezone(NEW_YORK).time() == dt.time(3, 30)
    # The day before and after are at 02:30 local as usual.
    assert rules.due_at(day - dt.timedelta(days=1), dt.time(2, 30), NEW_YORK) == utc(
        2030, 3, 9, 7, 30)
    assert rules.due_at(day + dt.timedelta(days=1), dt.time(2, 30), NEW_YORK) == utc(
        2030, 3, 11, 6, 30)
    # The day before's question is open 23 hours, not 24.
    open_for = rules.closes_at(day - dt.timedelta(days=1), dt.time(18, 0), NEW_YORK) - (
        rules.due_at(day - dt.timedelta(days=1), dt.time(18, 0), NEW_YORK))
    assert open_for == dt.timedelta(hours=23)


def test_fall_back_repeated_time_posts_at_the_first() -> None:
    # New York, 3 November 2030: 01:00-02:00 happens twice; the post is at the first.
    day = dt.date(2030, 11, 3)
    due = rules.due_at(day, dt.time(1, 30), NEW_YORK)
    assert due == utc(2030, 11, 3, 5, 30)  # 01:30 EDT
    # Just after the second 01:30 (06:30 UTC), the current day is still that day: no
    # second post, and the next is the 4th.
    second = utc(2030, 11, 3, 6, 31)
    assert rules.current_day(second, dt.time(1, 30), NEW_YORK) == day
    assert rules.next_due(second, dt.time(1, 30), NEW_YORK) == utc(2030, 11, 4, 6, 30)


@given(
    st.datetimes(min_value=dt.datetime(2025, 1, 1), max_value=dt.datetime(2035, 1, 1),
                 timezones=st.just(UTC)),
    st.times().map(lambda t: t.replace(second=0, microsecond=0, tzinfo=None)),
    st.sampled_from(["UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe",
                     "Asia/Kathmandu", "Pacific/Chatham"]),
)
def test_exactly_one_day_is_current_at_any_instant(
    now: dt.datetime, at: dt.time, name: str
) -> None:
    tz = rules.zone(name)
    day = rules.current_day(now, at, tz)
    assert rules.due_at(day, at, tz) <= now < rules.closes_at(day, at, tz)
    assert rules.next_due(now, at, tz) > now
    assert rules.current_day(rules.next_due(now, at, tz), at, tz) == day + dt.timedelta(days=1)


def test_should_post_only_once_due_and_not_for_a_time_past_when_set() -> None:
    day = dt.date(2030, 3, 1)
    tz = rules.zone("UTC")
    at = dt.time(9, 0)
    set_before = utc(2030, 2, 20)
    assert not rules.should_post(day, at, tz, now=utc(2030, 3, 1, 8, 59), set_at=set_before)
    assert rules.should_post(day, at, tz, now=utc(2030, 3, 1, 9, 0), set_at=set_before)
    # Missed while the bot was down: still posted late the same day...
    assert rules.should_post(day, at, tz, now=utc(2030, 3, 1, 20, 0), set_at=set_before)
    # ...but not once the next day's is due.
    assert not rules.should_post(day, at, tz, now=utc(2030, 3, 2, 9, 0), set_at=set_before)
    # Set at 15:00 for 09:00: today's time had passed, the first is tomorrow.
    set_late = utc(2030, 3, 1, 15, 0)
    assert not rules.should_post(day, at, tz, now=utc(2030, 3, 1, 15, 1), set_at=set_late)
    tomorrow = day + dt.timedelta(days=1)
    assert rules.should_post(tomorrow, at, tz, now=utc(2030, 3, 2, 9, 0), set_at=set_late)


def test_streak_rules() -> None:
    d = dt.date(2030, 3, 10)
    yesterday, before = d - dt.timedelta(days=1), d - dt.timedelta(days=2)
    # A right answer: +1 after yesterday, unchanged the same day, else a new start.
    assert rules.next_streak(0, None, d) == 1
    assert rules.next_streak(4, yesterday, d) == 5
    assert rules.next_streak(4, d, d) == 4
    assert rules.next_streak(4, before, d) == 1
    # As it stands today: yesterday's streak is alive (today's may still be answered),
    # a missed day ends it.
    assert rules.current_streak(4, yesterday, d) == 4
    assert rules.current_streak(4, d, d) == 4
    assert rules.current_streak(4, before, d) == 0
    assert rules.current_streak(0, None, d) == 0


async def test_clock_wall_moves_with_a_fake_clock() -> None:
    clock = FakeClock()
    start = utc(2030, 3, 1, 8, 0)
    wall = rules.clock_wall(clock, start)
    assert wall() == start
    await clock.advance(3600)
    assert wall() == utc(2030, 3, 1, 9, 0)

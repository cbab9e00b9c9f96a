"""The daily question's rules of time: pure functions, no Discord, no database.

A guild posts at "HH:MM" in its own time zone. Each post belongs to a *day*: the guild's
local date on which it was due. The post for day D is due at D's HH:MM and stays open
until D+1's HH:MM, when it closes (the reveal) and the next one is posted.

Daylight-saving time:
- A time that does not exist on a spring-forward day (02:30 in New York on the second
  Sunday of March) posts when the gap ends, at the same UTC instant 02:30 would have had
  before the change (03:30 local): the day still gets exactly one post.
- A time that happens twice on a fall-back day (01:30) posts at the first of the two.

Streaks: a player's daily streak grows when they answer right on consecutive days; a day
without a right answer ends it (the stored count is only updated on the next right
answer, so `current_streak` reads it as it stands today).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.game.clock import Clock

UTC = dt.UTC


class BadTime(ValueError):
    """A time of day or time zone the user typed that we cannot use (message says why)."""


def parse_time_of_day(text: str) -> dt.time:
    """'18:30' or '9:05' (24-hour clock) -> time. BadTime with a one-line reason."""
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        raise BadTime(
            f"{text.strip()[:20]!r} is not a time: use HH:MM on a 24-hour clock, e.g. 18:30"
        )
    h, m = int(hours), int(minutes)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise BadTime(f"{text.strip()[:20]!r} is not a time of day: hours 00-23, minutes 00-59")
    return dt.time(h, m)


def format_time_of_day(t: dt.time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def zone(name: str | None) -> ZoneInfo:
    """The time zone called `name` (an IANA name such as 'Asia/Seoul'); UTC for None."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        raise BadTime(
            f"unknown time zone {str(name)[:60]!r}: use a name such as Europe/London or "
            "Asia/Seoul"
        ) from None


def due_at(day: dt.date, at: dt.time, tz: ZoneInfo) -> dt.datetime:
    """The UTC instant the post for `day` is due (see the DST rules above)."""
    local = dt.datetime.combine(day, at, tzinfo=tz)  # fold=0: the first of a repeated time
    # A time in a spring-forward gap converts with the offset before the change, which
    # lands just after the gap: what a clock on the wall would show an hour later.
    return local.astimezone(UTC)


def local_date(now: dt.datetime, tz: ZoneInfo) -> dt.date:
    return now.astimezone(tz).date()


def current_day(now: dt.datetime, at: dt.time, tz: ZoneInfo) -> dt.date:
    """The day whose post should be up at `now`: today if today's time has come, else
    yesterday."""
    today = local_date(now, tz)
    return today if due_at(today, at, tz) <= now else today - dt.timedelta(days=1)


def closes_at(day: dt.date, at: dt.time, tz: ZoneInfo) -> dt.datetime:
    """When the post for `day` closes: when the next day's is due."""
    return due_at(day + dt.timedelta(days=1), at, tz)


def next_due(now: dt.datetime, at: dt.time, tz: ZoneInfo) -> dt.datetime:
    """The first due instant strictly after `now`."""
    return closes_at(current_day(now, at, tz), at, tz)


def should_post(
    day: dt.date, at: dt.time, tz: ZoneInfo, *, now: dt.datetime, set_at: dt.datetime
) -> bool:
    """Post for `day` now? Only once its time has come, and only if that time came after
    the schedule was set: a schedule set at 15:00 for 09:00 starts tomorrow at 09:00, but
    a post missed while the bot was down is still made when it comes back (until the day
    is over)."""
    due = due_at(day, at, tz)
    return due <= now < closes_at(day, at, tz) and due >= set_at


def current_streak(stored: int, last_day: dt.date | None, today: dt.date) -> int:
    """The streak as it stands on `today`: the stored count if the last right answer was
    today or yesterday (today's question may still be answered), else 0."""
    if last_day is None or stored <= 0:
        return 0
    return stored if (today - last_day).days <= 1 else 0


def next_streak(stored: int, last_day: dt.date | None, day: dt.date) -> int:
    """The streak after a right answer on `day` (the same rule bump_daily_streak applies
    in SQL): +1 after yesterday, unchanged if `day` was already counted, else 1."""
    if last_day == day:
        return max(stored, 1)
    if last_day == day - dt.timedelta(days=1):
        return stored + 1
    return 1


def clock_wall(clock: Clock, start: dt.datetime) -> Callable[[], dt.datetime]:
    """A wall clock that moves with `clock` (a FakeClock in tests): `start` now, then
    `start + elapsed`. The bot itself uses the real UTC time."""
    origin = clock.now()

    def now() -> dt.datetime:
        return start + dt.timedelta(seconds=clock.now() - origin)

    return now

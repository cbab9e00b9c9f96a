"""Scores through record_answer, leaderboards, ranks, reset and forget, on both engines."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.db.models import GLOBAL
from bot.db.repos import articles, players, questions, quizzes, scores
from bot.db.repos._base import week_start
from tests.db.factories import article, running_round

T0 = dt.datetime(2026, 3, 4, 12, 0, tzinfo=dt.UTC)  # a Wednesday


def at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


async def test_record_answer_counts_points_streaks_and_first(db) -> None:
    rnd = await running_round(db, guild_id=10)
    wrong = await quizzes.record_answer(
        db, round_id=rnd.id, user_id=1, correct=False, points=0, choice="DNA", at=at(1)
    )
    assert wrong.accepted and not wrong.correct and not wrong.first
    assert (wrong.points, wrong.total_points, wrong.streak) == (0, 0, 0)

    right = await quizzes.record_answer(
        db, round_id=rnd.id, user_id=2, correct=True, points=10, first_bonus=5, at=at(2)
    )
    assert right.accepted and right.correct and right.first
    assert (right.points, right.total_points, right.global_points) == (15, 15, 15)
    assert (right.weekly_points, right.streak, right.best_streak) == (15, 1, 1)

    late = await quizzes.record_answer(
        db, round_id=rnd.id, user_id=3, correct=True, points=10, first_bonus=5, at=at(3)
    )
    assert late.accepted and late.correct and not late.first and late.points == 10

    stored = await quizzes.get_round(db, rnd.id)
    assert stored.winner_user_id == 2
    answers = await quizzes.round_answers(db, rnd.id)
    assert [(a.user_id, a.correct, a.first, a.points) for a in answers] == [
        (1, False, False, 0), (2, True, True, 15), (3, True, False, 10)
    ]
    assert answers[0].choice == "DNA"
    assert answers[1].created_at == at(2)

    guild = await scores.get_stats(db, 10, 2)
    glob = await scores.get_stats(db, GLOBAL, 2)
    for row in (guild, glob):
        assert (row.points, row.correct, row.answered, row.current_streak) == (15, 1, 1, 1)
        assert row.last_played_at == at(2) and row.reached_at == at(2)
    loser = await scores.get_stats(db, 10, 1)
    assert (loser.points, loser.correct, loser.answered) == (0, 0, 1)


async def test_answers_outside_discord_stay_off_the_global_boards(db) -> None:
    session = await quizzes.create_session(db, guild_id=1, channel_id=100, host_id=5)
    rnd = await quizzes.open_round(db, session.id, number=1, question_id=None)
    result = await quizzes.record_answer(
        db, round_id=rnd.id, user_id=5, correct=True, points=10, first_bonus=5, at=at(1),
        count_global=False,
    )
    assert result.accepted and (result.points, result.total_points) == (15, 15)
    assert (result.weekly_points, result.global_points) == (15, 0)
    assert await quizzes.finish_session(db, session.id, winner_ids=[5], count_global=False)
    local = await scores.get_stats(db, 1, 5)
    assert (local.points, local.games, local.wins) == (15, 1, 1)
    assert await scores.get_stats(db, GLOBAL, 5) is None
    assert await scores.board_size(db, GLOBAL) == 0
    assert await scores.weekly_board_size(db, GLOBAL, week=week_start(at(1))) == 0
    assert await scores.weekly_points(db, 1, 5, week=week_start(at(1))) == 15


async def test_second_answer_same_round_is_refused_and_counted_once(db) -> None:
    rnd = await running_round(db)
    first = await quizzes.record_answer(db, round_id=rnd.id, user_id=7, correct=True, points=10)
    again = await quizzes.record_answer(db, round_id=rnd.id, user_id=7, correct=True, points=10)
    assert first.accepted and not again.accepted and again.reason == "already_answered"
    assert (await scores.get_stats(db, 10, 7)).points == 10
    assert len(await quizzes.round_answers(db, rnd.id)) == 1


async def test_answers_to_closed_or_missing_rounds_count_nothing(db) -> None:
    rnd = await running_round(db)
    assert await quizzes.close_round(db, rnd.id)
    assert not await quizzes.close_round(db, rnd.id)
    closed = await quizzes.record_answer(db, round_id=rnd.id, user_id=7, correct=True, points=9)
    missing = await quizzes.record_answer(db, round_id=999, user_id=7, correct=True, points=9)
    assert (closed.accepted, closed.reason) == (False, "round_closed")
    assert (missing.accepted, missing.reason) == (False, "no_round")
    assert await scores.get_stats(db, 10, 7) is None


async def test_streaks_reset_on_wrong_and_best_is_kept(db) -> None:
    session = await quizzes.create_session(db, guild_id=10, channel_id=100, host_id=1)
    pattern = [True, True, True, False, True]
    results = []
    for number, correct in enumerate(pattern, start=1):
        rnd = await quizzes.open_round(db, session.id, number=number, question_id=None)
        results.append(
            await quizzes.record_answer(
                db, round_id=rnd.id, user_id=5, correct=correct, points=10 if correct else 0
            )
        )
    assert [r.streak for r in results] == [1, 2, 3, 0, 1]
    assert [r.best_streak for r in results] == [1, 2, 3, 3, 3]
    stats = await scores.get_stats(db, 10, 5)
    assert (stats.points, stats.correct, stats.answered) == (40, 4, 5)
    assert (stats.current_streak, stats.best_streak) == (1, 3)


async def _score(db, guild_id: int, user_id: int, points: int, when: dt.datetime, n: int = 1):
    rnd = await running_round(db, guild_id=guild_id, channel_id=guild_id * 1000 + n * 7 + user_id)
    result = await quizzes.record_answer(
        db, round_id=rnd.id, user_id=user_id, correct=True, points=points, at=when
    )
    assert result.accepted
    await quizzes.abort_session(db, rnd.session_id)


async def test_boards_rank_ties_by_who_got_there_first_then_id(db) -> None:
    # Guild 10: user 3 reaches 20 first, user 1 reaches 20 later, user 2 has 30,
    # users 4 and 5 reach 10 at the same instant (id breaks the tie).
    await _score(db, 10, 2, 30, at(1))
    await _score(db, 10, 3, 20, at(2))
    await _score(db, 10, 1, 20, at(3))
    await _score(db, 10, 5, 10, at(4))
    await _score(db, 10, 4, 10, at(4))
    await _score(db, 20, 1, 50, at(5))  # another guild
    await players.remember_names(db, [(1, "Ana"), (2, "Bo"), (3, "Cy")])

    top = await scores.top_players(db, 10)
    assert [(e.rank, e.user_id, e.points) for e in top] == [
        (1, 2, 30), (2, 3, 20), (3, 1, 20), (4, 4, 10), (5, 5, 10)
    ]
    assert [e.display_name for e in top[:3]] == ["Bo", "Cy", "Ana"]
    assert top[3].display_name is None

    page = await scores.leaderboard(db, 10, limit=2, offset=2)
    assert page.total == 5 and page.offset == 2
    assert [(e.rank, e.user_id) for e in page.entries] == [(3, 1), (4, 4)]

    for rank, user in enumerate([2, 3, 1, 4, 5], start=1):
        found = await scores.player_rank(db, 10, user, with_total=True)
        assert (found.rank, found.total) == (rank, 5)
    assert await scores.player_rank(db, 10, 99) is None

    # The global board adds both guilds: user 1 has 70.
    glob = await scores.top_players(db, GLOBAL, limit=3)
    assert [(e.user_id, e.points) for e in glob] == [(1, 70), (2, 30), (3, 20)]
    assert (await scores.player_rank(db, GLOBAL, 5)).rank == 5
    assert await scores.board_size(db, GLOBAL) == 5
    assert await scores.board_size(db, 20) == 1


async def test_rank_far_below_the_top_ten(db) -> None:
    for user in range(1, 41):
        await _score(db, 10, user, 1000 - user, at(user))
    assert (await scores.player_rank(db, 10, 37)).rank == 37
    assert (await scores.player_rank(db, GLOBAL, 40)).rank == 40
    assert [e.user_id for e in await scores.top_players(db, 10, limit=3, offset=30)] == [
        31, 32, 33
    ]
    assert await scores.top_players(db, 10, offset=100) == ()


async def test_weekly_board_starts_monday_utc(db) -> None:
    monday = dt.datetime(2026, 3, 2, 0, 0, tzinfo=dt.UTC)
    sunday_late = monday - dt.timedelta(seconds=1)
    assert week_start(sunday_late) == dt.date(2026, 2, 23)
    assert week_start(monday) == dt.date(2026, 3, 2)
    # A Sunday 23:30 in UTC-2 is already Monday 01:30 UTC.
    minus_two = dt.timezone(dt.timedelta(hours=-2))
    assert week_start(dt.datetime(2026, 3, 1, 23, 30, tzinfo=minus_two)) == dt.date(2026, 3, 2)

    await _score(db, 10, 1, 40, sunday_late)
    await _score(db, 10, 2, 15, monday)
    await _score(db, 10, 3, 15, monday + dt.timedelta(hours=1), n=2)
    await _score(db, 10, 1, 5, monday + dt.timedelta(hours=2), n=3)
    this_week = dt.date(2026, 3, 2)
    board = await scores.weekly_top(db, 10, week=this_week)
    assert [(e.rank, e.user_id, e.points) for e in board] == [(1, 2, 15), (2, 3, 15), (3, 1, 5)]
    last = await scores.weekly_top(db, GLOBAL, week=dt.date(2026, 2, 23))
    assert [(e.user_id, e.points) for e in last] == [(1, 40)]
    page = await scores.weekly_leaderboard(db, 10, week=this_week, limit=1, offset=1)
    assert page.total == 3 and [e.user_id for e in page.entries] == [3]
    rank = await scores.weekly_rank(db, 10, 1, week=this_week, with_total=True)
    assert (rank.rank, rank.total, rank.points) == (3, 3, 5)
    assert await scores.weekly_points(db, 10, 1, week=this_week) == 5
    # All-time keeps both weeks.
    assert (await scores.get_stats(db, 10, 1)).points == 45


async def test_finish_counts_games_and_wins_once(db) -> None:
    session = await quizzes.create_session(db, guild_id=10, channel_id=5, host_id=1)
    rnd = await quizzes.open_round(db, session.id, number=1, question_id=None)
    await quizzes.record_answer(db, round_id=rnd.id, user_id=1, correct=True, points=10)
    await quizzes.record_answer(db, round_id=rnd.id, user_id=2, correct=False, points=0)
    assert await quizzes.session_player_ids(db, session.id) == [1, 2]
    assert await quizzes.finish_session(db, session.id, winner_ids=[1])
    assert not await quizzes.finish_session(db, session.id, winner_ids=[1])
    for guild in (10, GLOBAL):
        one, two = await scores.get_stats(db, guild, 1), await scores.get_stats(db, guild, 2)
        assert (one.games, one.wins, two.games, two.wins) == (1, 1, 1, 0)
    assert (await quizzes.get_round(db, rnd.id)).closed_at is not None


async def test_reset_guild_clears_its_boards_only(db) -> None:
    await _score(db, 10, 1, 10, at(1))
    await _score(db, 20, 1, 7, at(2))
    assert await scores.reset_guild(db, 10) == 1
    assert await scores.top_players(db, 10) == ()
    assert await scores.weekly_top(db, 10, week=week_start(T0)) == ()
    assert (await scores.get_stats(db, 20, 1)).points == 7
    assert (await scores.get_stats(db, GLOBAL, 1)).points == 17  # global totals are kept
    with pytest.raises(ValueError):
        await scores.reset_guild(db, GLOBAL)


async def test_forget_player_removes_every_row_of_theirs(db) -> None:
    await players.remember_names(db, [(1, "Ana"), (2, "Bo")])
    await _score(db, 10, 1, 10, at(1))
    await _score(db, 20, 1, 10, at(2))
    await _score(db, 10, 2, 5, at(3))
    stored = await articles.add_article(db, article(), guild_id=10, added_by=1)
    qs = await questions.list_questions(db, 10)
    assert qs == []
    hosted = await quizzes.create_session(db, guild_id=10, channel_id=77, host_id=1)
    before = await scores.count_player_rows(db, 1)
    assert before["answers"] == 2 and before["player_stats"] == 3
    assert before["weekly_points"] == 3 and before["players"] == 1

    result = await scores.forget_player(db, 1)
    assert result.counts["answers"] == 2 and result.counts["player_stats"] == 3
    assert result.counts["weekly_points"] == 3 and result.counts["players"] == 1
    assert result.counts["rounds_won"] == 2 and result.counts["quizzes_hosted"] >= 1
    assert result.counts["articles_added"] == 1
    assert await scores.count_player_rows(db, 1) == dict.fromkeys(before, 0)
    assert await scores.get_stats(db, GLOBAL, 1) is None
    assert [e.user_id for e in await scores.top_players(db, GLOBAL)] == [2]
    assert (await articles.get_article(db, stored.id)).added_by is None
    assert (await quizzes.get_session(db, hosted.id)).host_id == 0
    assert await players.display_names(db, [1, 2]) == {2: "Bo"}
    # Someone else's data is untouched.
    assert (await scores.get_stats(db, 10, 2)).points == 5


async def test_hostile_answer_text_is_stored_safely(db) -> None:
    rnd = await running_round(db)
    typed = "@everyone \x00" + "a" * 5000
    result = await quizzes.record_answer(
        db, round_id=rnd.id, user_id=3, correct=False, points=0, text=typed, choice="x" * 900
    )
    assert result.accepted
    (stored,) = await quizzes.round_answers(db, rnd.id)
    assert stored.text.startswith("@everyone a") and len(stored.text) == 2000
    assert "\x00" not in stored.text and len(stored.choice) == 500
    await players.remember_name(db, 3, "Evil\x00Name")
    assert await players.display_names(db, [3]) == {3: "EvilName"}

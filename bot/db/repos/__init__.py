"""Queries in one place: a module per aggregate, each taking a `Database` and returning
plain frozen dataclasses from `bot.db.records` (never ORM objects).

- articles: articles and facts (add with dedupe, list, remove)
- questions: the question bank (store, review, report, edit, next unasked, counters)
- quizzes: sessions, rounds and answers (record_answer)
- scores: player totals, weekly points, leaderboards, ranks, reset, forget
- players: cached display names
- guild_settings: a guild's quiz settings with defaults
- daily: the daily question's schedule, posts and streaks
"""

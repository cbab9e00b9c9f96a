"""Turning /trivia settings options into repository changes, and showing the result."""

from __future__ import annotations

from bot.db.records import GuildConfig


def settings_changes(
    current: GuildConfig,
    *,
    questions: int | None = None,
    seconds: int | None = None,
    mode: str | None = None,
    allow_channel: int | None = None,
    disallow_channel: int | None = None,
    manager_role: int | None = None,
    clear: str | None = None,
    timezone: str | None = None,
) -> dict:
    """The `update_guild_settings` keyword changes for the options given."""
    changes: dict = {}
    if questions is not None:
        changes["question_count"] = questions
    if seconds is not None:
        changes["seconds"] = seconds
    if mode is not None:
        changes["mode"] = mode
    channels = set(current.allowed_channel_ids)
    if clear == "channels":
        channels = set()
    if allow_channel is not None:
        channels.add(allow_channel)
    if disallow_channel is not None:
        channels.discard(disallow_channel)
    if channels != set(current.allowed_channel_ids):
        changes["allowed_channel_ids"] = sorted(channels)
    if clear == "role":
        changes["manager_role_id"] = None
    if manager_role is not None:
        changes["manager_role_id"] = manager_role
    if timezone is not None and timezone.strip() != current.timezone:
        changes["timezone"] = timezone.strip()
    return changes


def describe_settings(config: GuildConfig) -> list[tuple[str, str]]:
    """(name, value) lines; channel and role ids rendered as Discord mentions, which
    show names without pinging (channels never ping; messages go out with mentions off)."""
    channels = (
        ", ".join(f"<#{c}>" for c in config.allowed_channel_ids)
        if config.allowed_channel_ids
        else "any channel"
    )
    role = (
        f"<@&{config.manager_role_id}>" if config.manager_role_id else "none (Manage Server only)"
    )
    return [
        ("Questions per quiz", str(config.question_count)),
        ("Seconds per question", str(config.seconds)),
        ("Mode", config.mode),
        ("Quizzes allowed in", channels),
        ("Manager role", role),
        ("Time zone", config.timezone),
    ]

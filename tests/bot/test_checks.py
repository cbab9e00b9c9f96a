"""bot.checks: the permission table, walked for every action and every kind of member."""

from __future__ import annotations

import pytest

from bot.checks import ADMIN_ONLY, Action, may, refusal

HOST, MANAGER_ROLE, OTHER_ROLE = 111, 999, 555

# who -> (user_id, manage_guild, role_ids)
MEMBERS = {
    "nobody": (222, False, {OTHER_ROLE}),
    "host": (HOST, False, set()),
    "manager": (333, False, {MANAGER_ROLE}),
    "admin": (444, True, set()),
}

# action -> the members allowed (with a manager role configured and HOST hosting)
TABLE = {
    Action.START: {"nobody", "host", "manager", "admin"},
    Action.REPORT: {"nobody", "host", "manager", "admin"},
    Action.CONTROL_QUIZ: {"host", "manager", "admin"},
    Action.REVIEW: {"manager", "admin"},
    Action.MANAGE_ARTICLES: {"admin"},
    Action.LIST_ARTICLES: {"admin"},
    Action.IMPORT: {"admin"},
    Action.SETTINGS: {"admin"},
    Action.DAILY: {"manager", "admin"},
    Action.RESET_SCORES: {"admin"},
}


def test_table_covers_every_action() -> None:
    assert set(TABLE) == set(Action)


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("who", list(MEMBERS))
def test_permission_table(action: Action, who: str) -> None:
    user_id, manage_guild, roles = MEMBERS[who]
    allowed = may(
        action,
        user_id=user_id,
        manage_guild=manage_guild,
        role_ids=roles,
        manager_role_id=MANAGER_ROLE,
        host_id=HOST,
    )
    assert allowed is (who in TABLE[action])


def test_no_manager_role_configured() -> None:
    # With no role configured, a member with roles is nobody special.
    assert not may(Action.CONTROL_QUIZ, user_id=1, manage_guild=False, role_ids={MANAGER_ROLE})
    assert not may(Action.REVIEW, user_id=1, manage_guild=False, role_ids={MANAGER_ROLE})


def test_no_quiz_means_no_host() -> None:
    assert not may(Action.CONTROL_QUIZ, user_id=HOST, manage_guild=False, host_id=None)


def test_refusals_say_what_is_needed() -> None:
    for action in ADMIN_ONLY:
        assert "Manage Server" in refusal(action)
    text = refusal(Action.CONTROL_QUIZ, manager_role_id=MANAGER_ROLE)
    assert "host" in text and f"<@&{MANAGER_ROLE}>" in text

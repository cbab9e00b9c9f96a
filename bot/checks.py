"""Who may do what. Every refusal is loud: an ephemeral message saying why and what to do.

The rules, as a table (tests/bot/test_checks.py walks it):

| action                               | anyone | quiz host | manager role | Manage Server |
|--------------------------------------|--------|-----------|--------------|---------------|
| start a quiz (in an allowed channel) | yes    | yes       | yes          | yes, anywhere |
| stop / skip a quiz                   | no     | yes       | yes          | yes           |
| report a question                    | yes    | yes       | yes          | yes           |
| review reported questions            | no     | no        | yes          | yes           |
| add / list / remove articles         | no     | no        | no           | yes           |
| import lists                         | no     | no        | no           | yes           |
| set up the daily question            | no     | no        | yes          | yes           |
| change settings, reset scores        | no     | no        | no           | yes           |

Commands that need a server say so in direct messages.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import Enum

import discord
from discord import app_commands

NEED_SERVER = "This command only works in a server, not in direct messages."


class Refused(app_commands.CheckFailure):
    """A check said no; `str()` is the message shown to the user (ephemeral)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Action(Enum):
    START = "start a quiz"
    CONTROL_QUIZ = "stop or skip this quiz"
    REPORT = "report a question"
    REVIEW = "review reported questions"
    MANAGE_ARTICLES = "add or remove articles"
    LIST_ARTICLES = "list the articles"
    IMPORT = "import trivia lists"
    SETTINGS = "change the trivia settings"
    DAILY = "set up the daily question"
    RESET_SCORES = "reset scores"


ADMIN_ONLY = {
    Action.MANAGE_ARTICLES,
    Action.LIST_ARTICLES,
    Action.IMPORT,
    Action.SETTINGS,
    Action.RESET_SCORES,
}


def may(
    action: Action,
    *,
    user_id: int,
    manage_guild: bool,
    role_ids: Collection[int] = (),
    manager_role_id: int | None = None,
    host_id: int | None = None,
) -> bool:
    """The whole permission table as one pure function."""
    if manage_guild:
        return True
    if action in ADMIN_ONLY:
        return False
    is_manager = manager_role_id is not None and manager_role_id in role_ids
    if action in (Action.START, Action.REPORT):
        return True
    if action is Action.CONTROL_QUIZ:
        return is_manager or (host_id is not None and user_id == host_id)
    if action in (Action.REVIEW, Action.DAILY):
        return is_manager
    return False


def refusal(action: Action, *, manager_role_id: int | None = None) -> str:
    """What to tell someone who may not do `action`."""
    if action in ADMIN_ONLY:
        return f"You need the **Manage Server** permission to {action.value}."
    role = f" or the <@&{manager_role_id}> role" if manager_role_id else ""
    if action is Action.CONTROL_QUIZ:
        return f"Only the quiz host, someone with **Manage Server**{role} may {action.value}."
    return f"You need **Manage Server**{role} to {action.value}."


def role_ids_of(user: discord.abc.User | discord.Member) -> set[int]:
    """The member's role ids, also when the guild's role cache is incomplete."""
    if not isinstance(user, discord.Member):
        return set()
    ids = {role.id for role in user.roles}
    ids.update(int(r) for r in getattr(user, "_roles", ()))
    return ids


def manage_guild(interaction: discord.Interaction) -> bool:
    return interaction.guild_id is not None and interaction.permissions.manage_guild


def member_may(
    interaction: discord.Interaction,
    action: Action,
    *,
    manager_role_id: int | None = None,
    host_id: int | None = None,
) -> bool:
    return may(
        action,
        user_id=interaction.user.id,
        manage_guild=manage_guild(interaction),
        role_ids=role_ids_of(interaction.user),
        manager_role_id=manager_role_id,
        host_id=host_id,
    )


def require(
    interaction: discord.Interaction,
    action: Action,
    *,
    manager_role_id: int | None = None,
    host_id: int | None = None,
) -> None:
    """Raise Refused (answered by the error handler) unless the member may do `action`."""
    if interaction.guild_id is None:
        raise Refused(NEED_SERVER)
    if not member_may(interaction, action, manager_role_id=manager_role_id, host_id=host_id):
        raise Refused(refusal(action, manager_role_id=manager_role_id))


# --- decorators for commands whose rule needs no database look-up --------------------


def in_guild():
    """The command needs a server: say so in DMs (a check, so it also holds if a client
    sends the command from a DM despite the command's contexts)."""

    def predicate(interaction: discord.Interaction) -> bool:
        if interaction.guild_id is None:
            raise Refused(NEED_SERVER)
        return True

    return app_commands.check(predicate)


def manage_server(action: Action):
    """Manage Server only (articles, imports, settings, resets)."""

    def predicate(interaction: discord.Interaction) -> bool:
        require(interaction, action)
        return True

    return app_commands.check(predicate)

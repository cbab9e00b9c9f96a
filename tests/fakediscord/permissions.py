"""Permission bits and Discord's algorithm for a member's permissions in a channel."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

CREATE_INSTANT_INVITE = 1 << 0
KICK_MEMBERS = 1 << 1
BAN_MEMBERS = 1 << 2
ADMINISTRATOR = 1 << 3
MANAGE_CHANNELS = 1 << 4
MANAGE_GUILD = 1 << 5
ADD_REACTIONS = 1 << 6
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
MANAGE_MESSAGES = 1 << 13
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
MENTION_EVERYONE = 1 << 17
USE_EXTERNAL_EMOJIS = 1 << 18
MANAGE_ROLES = 1 << 28
USE_APPLICATION_COMMANDS = 1 << 31
SEND_MESSAGES_IN_THREADS = 1 << 38

ALL = (1 << 51) - 1

# What a fresh server gives @everyone (roughly Discord's default).
DEFAULT_EVERYONE = (
    CREATE_INSTANT_INVITE
    | ADD_REACTIONS
    | VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | USE_EXTERNAL_EMOJIS
    | USE_APPLICATION_COMMANDS
    | SEND_MESSAGES_IN_THREADS
)
# The bot's invite permissions in the README (84992) plus slash commands.
DEFAULT_BOT = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_MESSAGE_HISTORY


def as_bits(value: object) -> int:
    """An int, a discord.Permissions (anything with .value) or a list of flag names."""
    if value is None:
        return 0
    if isinstance(value, int):
        return value
    bits = getattr(value, "value", None)
    if isinstance(bits, int):
        return bits
    if isinstance(value, Iterable) and not isinstance(value, str):
        total = 0
        for name in value:
            total |= globals()[str(name).upper()]
        return total
    raise TypeError(f"cannot read permissions from {value!r}")


@dataclass
class Overwrite:
    target_id: int
    kind: int  # 0 role, 1 member
    allow: int = 0
    deny: int = 0

    def to_payload(self) -> dict[str, object]:
        return {
            "id": str(self.target_id),
            "type": self.kind,
            "allow": str(self.allow),
            "deny": str(self.deny),
        }


def base_permissions(
    *, user_id: int, owner_id: int, everyone: int, role_bits: Iterable[int]
) -> int:
    if user_id == owner_id:
        return ALL
    total = everyone
    for bits in role_bits:
        total |= bits
    if total & ADMINISTRATOR:
        return ALL
    return total


def channel_permissions(
    base: int,
    *,
    guild_id: int,
    user_id: int,
    role_ids: Iterable[int],
    overwrites: Iterable[Overwrite],
) -> int:
    """Discord's order: @everyone overwrite, then all role overwrites, then the member's."""
    if base & ADMINISTRATOR:
        return ALL
    by_target = {(o.kind, o.target_id): o for o in overwrites}
    total = base
    everyone = by_target.get((0, guild_id))
    if everyone:
        total = (total & ~everyone.deny) | everyone.allow
    allow = deny = 0
    for role_id in role_ids:
        found = by_target.get((0, role_id))
        if found:
            allow |= found.allow
            deny |= found.deny
    total = (total & ~deny) | allow
    member = by_target.get((1, user_id))
    if member:
        total = (total & ~member.deny) | member.allow
    if not total & VIEW_CHANNEL:
        return 0
    return total

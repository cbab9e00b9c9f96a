"""Who a message would ping, from its content and its allowed_mentions.

Discord pings from `content` only (never embeds). With no allowed_mentions the message
pings every user, role and @everyone/@here it names; with allowed_mentions, only what
`parse` or the `users`/`roles` lists allow. A reply pings the replied-to author unless
allowed_mentions.replied_user is false (it defaults to false once allowed_mentions is
given). Permissions (MENTION_EVERYONE, a role's `mentionable`) are deliberately NOT
applied: the fake records what the message asked for, so a test catches user text that
would ping on a server where the bot has those rights.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

USER = re.compile(r"<@!?(\d{15,21})>")
ROLE = re.compile(r"<@&(\d{15,21})>")
EVERYONE = re.compile(r"@(everyone|here)")


@dataclass
class Pings:
    users: set[int] = field(default_factory=set)
    roles: set[int] = field(default_factory=set)
    everyone: bool = False
    replied_user: int | None = None

    def __bool__(self) -> bool:
        return bool(self.users or self.roles or self.everyone or self.replied_user)


def named_in(content: str) -> tuple[set[int], set[int], bool]:
    users = {int(m) for m in USER.findall(content)}
    roles = {int(m) for m in ROLE.findall(content)}
    return users, roles, bool(EVERYONE.search(content))


def compute_pings(
    content: str | None,
    allowed: dict[str, Any] | None,
    *,
    replied_author: int | None = None,
) -> Pings:
    users, roles, everyone = named_in(content or "")
    if allowed is None:
        return Pings(users, roles, everyone, replied_author)
    parse = set(allowed.get("parse") or [])
    allowed_users = (
        users if "users" in parse else users & {int(u) for u in allowed.get("users") or []}
    )
    allowed_roles = (
        roles if "roles" in parse else roles & {int(r) for r in allowed.get("roles") or []}
    )
    replied = replied_author if allowed.get("replied_user") else None
    return Pings(allowed_users, allowed_roles, everyone and "everyone" in parse, replied)

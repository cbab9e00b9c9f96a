# ruff: noqa: ASYNC109  (waits take timeout=, like discord.py's own wait_for)
"""What lives in the fake server: users, guilds, roles, channels, messages, interactions.

Each object renders itself as the JSON payload Discord would send (`payload()`), with
ids as strings, so the real discord.py client parses it the way it parses Discord's.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tests.fakediscord import permissions as perms
from tests.fakediscord.mentions import Pings
from tests.fakediscord.snowflakes import shard_of

if TYPE_CHECKING:
    from tests.fakediscord.server import FakeDiscord

EPHEMERAL = 1 << 6
LOADING = 1 << 7


def iso_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


@dataclass(eq=False)
class User:
    id: int
    name: str
    bot: bool = False
    global_name: str | None = None

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id),
            "username": self.name,
            "discriminator": "0",
            "global_name": self.global_name,
            "avatar": None,
            "public_flags": 0,
            "flags": 0,
        }
        if self.bot:
            data["bot"] = True
        return data


@dataclass(eq=False)
class Role:
    id: int
    guild: Guild
    name: str
    permissions: int = 0
    position: int = 1
    mentionable: bool = False

    @property
    def mention(self) -> str:
        return f"<@&{self.id}>"

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": self.name,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "position": self.position,
            "permissions": str(self.permissions),
            "managed": False,
            "mentionable": self.mentionable,
            "flags": 0,
        }


@dataclass(eq=False)
class Member:
    user: User
    guild: Guild
    roles: list[Role] = field(default_factory=list)
    nick: str | None = None
    joined_at: str = field(default_factory=iso_now)

    def base_permissions(self) -> int:
        return perms.base_permissions(
            user_id=self.user.id,
            owner_id=self.guild.owner_id,
            everyone=self.guild.everyone.permissions,
            role_bits=[role.permissions for role in self.roles],
        )

    def permissions_in(self, channel: Channel | None) -> int:
        base = self.base_permissions()
        if channel is None:
            return base
        return perms.channel_permissions(
            base,
            guild_id=self.guild.id,
            user_id=self.user.id,
            role_ids=[role.id for role in self.roles],
            overwrites=channel.overwrites,
        )

    def payload(
        self,
        *,
        channel: Channel | None = None,
        with_user: bool = True,
        with_permissions: bool = False,
    ) -> dict[str, Any]:
        data: dict[str, Any] = {
            "roles": [str(role.id) for role in self.roles],
            "nick": self.nick,
            "avatar": None,
            "banner": None,
            "joined_at": self.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }
        if with_user:
            data["user"] = self.user.payload()
        if with_permissions:
            data["permissions"] = str(self.permissions_in(channel))
        return data


@dataclass(eq=False)
class Channel:
    id: int
    guild: Guild
    name: str
    type: int = 0
    position: int = 0
    topic: str | None = None
    overwrites: list[perms.Overwrite] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)

    @property
    def mention(self) -> str:
        return f"<#{self.id}>"

    def overwrite(
        self, target: Role | User | Member, *, allow: object = 0, deny: object = 0
    ) -> None:
        """Set a permission overwrite for a role or a member on this channel."""
        if isinstance(target, Member):
            target = target.user
        kind = 0 if isinstance(target, Role) else 1
        self.overwrites = [o for o in self.overwrites if (o.kind, o.target_id) != (kind, target.id)]
        self.overwrites.append(
            perms.Overwrite(target.id, kind, perms.as_bits(allow), perms.as_bits(deny))
        )

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "type": self.type,
            "guild_id": str(self.guild.id),
            "name": self.name,
            "position": self.position,
            "permission_overwrites": [o.to_payload() for o in self.overwrites],
            "nsfw": False,
            "topic": self.topic,
            "parent_id": None,
            "rate_limit_per_user": 0,
            "last_message_id": str(self.messages[-1].id) if self.messages else None,
            "flags": 0,
        }


class Guild:
    """A server. Build it with FakeDiscord.add_guild, then add channels, roles, members."""

    def __init__(
        self,
        fake: FakeDiscord,
        guild_id: int,
        name: str,
        owner: User,
        everyone_permissions: int,
        locale: str = "en-US",
    ) -> None:
        self.fake = fake
        self.id = guild_id
        self.name = name
        self.owner = owner
        self.locale = locale
        self.roles: dict[int, Role] = {}
        self.channels: dict[int, Channel] = {}
        self.members: dict[int, Member] = {}
        self.joined_at = iso_now()
        everyone = Role(guild_id, self, "@everyone", everyone_permissions, position=0)
        self.roles[everyone.id] = everyone

    def __repr__(self) -> str:
        return f"<Guild {self.id} {self.name!r}>"

    @property
    def owner_id(self) -> int:
        return self.owner.id

    @property
    def everyone(self) -> Role:
        return self.roles[self.id]

    def shard(self, shard_count: int) -> int:
        return shard_of(self.id, shard_count)

    # -- building the server -------------------------------------------------------------
    def add_role(self, name: str, permissions: object = 0, *, mentionable: bool = False) -> Role:
        role = Role(
            self.fake.ids.next(),
            self,
            name,
            perms.as_bits(permissions),
            position=len(self.roles),
            mentionable=mentionable,
        )
        self.roles[role.id] = role
        self.fake._guild_changed(
            self, "GUILD_ROLE_CREATE", {"guild_id": str(self.id), "role": role.payload()}
        )
        return role

    def add_channel(self, name: str, *, type: int = 0, topic: str | None = None) -> Channel:
        channel = Channel(
            self.fake.ids.next(), self, name, type=type, position=len(self.channels), topic=topic
        )
        self.channels[channel.id] = channel
        self.fake.channels[channel.id] = channel
        self.fake._guild_changed(self, "CHANNEL_CREATE", channel.payload())
        return channel

    def add_member(
        self,
        user: User,
        *,
        roles: list[Role] | None = None,
        permissions: object = None,
        nick: str | None = None,
    ) -> Member:
        """Join `user` to this guild. `permissions` makes a role granting exactly those."""
        member = self.members.get(user.id)
        if member is None:
            member = Member(user, self, nick=nick)
            self.members[user.id] = member
        for role in roles or []:
            if role not in member.roles:
                member.roles.append(role)
        if permissions is not None:
            role = self.add_role(f"{user.name}-permissions", permissions)
            member.roles.append(role)
        return member

    def member(self, user: User) -> Member:
        try:
            return self.members[user.id]
        except KeyError:
            raise KeyError(f"{user.name} is not a member of {self.name}") from None

    def channel(self, name: str) -> Channel:
        for channel in self.channels.values():
            if channel.name == name:
                return channel
        raise KeyError(f"no channel #{name} in {self.name}")

    # -- payloads ------------------------------------------------------------------------
    def payload(self, *, with_members: bool) -> dict[str, Any]:
        """GUILD_CREATE. Without the members intent Discord sends only the bot's member."""
        bot_id = self.fake.bot_user.id
        members = [
            m.payload() for m in self.members.values() if with_members or m.user.id == bot_id
        ]
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id),
            "region": None,
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 1,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": self.locale,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "vanity_url_code": None,
            "features": [],
            "roles": [role.payload() for role in self.roles.values()],
            "emojis": [],
            "stickers": [],
            "channels": [channel.payload() for channel in self.channels.values()],
            "threads": [],
            "members": members,
            "member_count": len(self.members),
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "large": False,
            "unavailable": False,
            "joined_at": self.joined_at,
            "max_members": 500000,
            "application_id": None,
        }

    def partial_payload(self) -> dict[str, Any]:
        return {"id": str(self.id), "locale": self.locale, "features": []}


@dataclass(eq=False)
class Message:
    id: int
    channel: Channel
    author: User
    content: str = ""
    embeds: list[dict[str, Any]] = field(default_factory=list)
    components: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)
    flags: int = 0
    type: int = 0
    timestamp: str = field(default_factory=iso_now)
    edited_timestamp: str | None = None
    webhook_id: int | None = None
    application_id: int | None = None
    interaction: Interaction | None = None  # the interaction this message answers
    reference: Message | None = None
    allowed_mentions: dict[str, Any] | None = None
    pings: Pings = field(default_factory=Pings)
    deleted: bool = False
    history: list[dict[str, Any]] = field(default_factory=list)  # earlier versions

    # -- reading -------------------------------------------------------------------------
    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL)

    @property
    def loading(self) -> bool:
        return bool(self.flags & LOADING)

    @property
    def embed(self) -> dict[str, Any] | None:
        return self.embeds[0] if self.embeds else None

    @property
    def buttons(self) -> list[dict[str, Any]]:
        return [
            c for row in self.components for c in row.get("components", []) if c.get("type") == 2
        ]

    def component(
        self, label: str | None = None, *, custom_id: str | None = None
    ) -> dict[str, Any]:
        for row in self.components:
            for child in row.get("components", []):
                if custom_id is not None and child.get("custom_id") == custom_id:
                    return child
                if label is not None and child.get("label") == label:
                    return child
        found = [
            c.get("label") or c.get("custom_id")
            for r in self.components
            for c in r.get("components", [])
        ]
        raise LookupError(f"no component {label or custom_id!r} on message {self.id}: {found}")

    @property
    def text(self) -> str:
        """Content plus every embed's visible text, for simple `in` assertions."""
        parts = [self.content]
        for embed in self.embeds:
            parts += [embed.get("title") or "", embed.get("description") or ""]
            for f in embed.get("fields") or []:
                parts += [f.get("name") or "", f.get("value") or ""]
            parts.append((embed.get("footer") or {}).get("text") or "")
            parts.append((embed.get("author") or {}).get("name") or "")
        return "\n".join(p for p in parts if p)

    def visible_to(self, user: User) -> bool:
        if not self.ephemeral:
            return True
        return self.interaction is not None and self.interaction.user is user

    # -- payload -------------------------------------------------------------------------
    def payload(self) -> dict[str, Any]:
        users, roles, everyone = self.pings.users, self.pings.roles, self.pings.everyone
        guild = self.channel.guild
        data: dict[str, Any] = {
            "id": str(self.id),
            "channel_id": str(self.channel.id),
            "author": self.author.payload(),
            "content": self.content,
            "timestamp": self.timestamp,
            "edited_timestamp": self.edited_timestamp,
            "tts": False,
            "mention_everyone": everyone,
            "mentions": [
                self.channel.guild.fake.users[u].payload()
                for u in users
                if u in self.channel.guild.fake.users
            ],
            "mention_roles": [str(r) for r in roles],
            "attachments": self.attachments,
            "embeds": self.embeds,
            "components": self.components,
            "pinned": False,
            "type": self.type,
            "flags": self.flags,
        }
        if self.webhook_id is not None:
            data["webhook_id"] = str(self.webhook_id)
        if self.application_id is not None:
            data["application_id"] = str(self.application_id)
        if self.interaction is not None:
            ix = self.interaction
            data["interaction_metadata"] = {
                "id": str(ix.id),
                "type": ix.type,
                "user": ix.user.payload(),
                "authorizing_integration_owners": {"0": str(guild.id)},
            }
        if self.reference is not None:
            data["message_reference"] = {
                "type": 0,
                "message_id": str(self.reference.id),
                "channel_id": str(self.reference.channel.id),
                "guild_id": str(guild.id),
            }
            data["referenced_message"] = (
                None if self.reference.deleted else self.reference.payload()
            )
        return data

    def gateway_payload(self) -> dict[str, Any]:
        """MESSAGE_CREATE adds guild_id and the author's partial member."""
        data = self.payload()
        guild = self.channel.guild
        data["guild_id"] = str(guild.id)
        member = guild.members.get(self.author.id)
        if member is not None and self.webhook_id is None:
            data["member"] = member.payload(with_user=False)
        return data


@dataclass
class Response:
    """One thing the bot did with an interaction's token: the callback or a webhook call."""

    kind: str  # "callback", "followup", "edit_original", "delete_original", ...
    type: int | None  # callback type (4 message, 5 defer, 6 deferred update, 7 update, 8, 9)
    data: dict[str, Any]
    at: float
    message: Message | None = None


class Interaction:
    """An interaction the fake dispatched, and everything the bot answered to it."""

    COMMAND, COMPONENT, AUTOCOMPLETE, MODAL_SUBMIT = 2, 3, 4, 5

    def __init__(
        self,
        fake: FakeDiscord,
        *,
        id: int,
        token: str,
        type: int,
        user: User,
        guild: Guild,
        channel: Channel,
        data: dict[str, Any],
        message: Message | None = None,
    ) -> None:
        self.fake = fake
        self.id = id
        self.token = token
        self.type = type
        self.user = user
        self.guild = guild
        self.channel = channel
        self.data = data
        self.message = message  # the message a component sits on
        self.created = fake.clock()
        self.sent_at: float | None = None  # perf_counter when dispatched on the socket
        self.initial: Response | None = None
        self.responses: list[Response] = []
        self.followups: list[Message] = []
        self.original: Message | None = None  # the message the initial response created
        self.rejected: list[tuple[int, dict[str, Any]]] = []  # (status, body) the fake answered
        self.dispatched: int = 0  # how many times sent on a socket (replays count)
        self._changed = asyncio.Condition()

    def __repr__(self) -> str:
        name = self.data.get("name") or self.data.get("custom_id")
        return f"<Interaction {self.id} type={self.type} {name!r} by {self.user.name}>"

    @property
    def late(self) -> bool:
        """The bot tried to answer after the 3-second deadline (and got 10062)."""
        return any(body.get("code") == 10062 for _, body in self.rejected)

    @property
    def choices(self) -> list[dict[str, Any]] | None:
        if self.initial is None or self.initial.type != 8:
            return None
        return self.initial.data.get("choices")

    @property
    def modal(self) -> dict[str, Any] | None:
        if self.initial is None or self.initial.type != 9:
            return None
        return self.initial.data

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def _wait(self, check: Any, timeout: float, what: str) -> Any:
        async def waiter() -> Any:
            async with self._changed:
                while True:
                    value = check()
                    if value is not None:
                        return value
                    await self._changed.wait()

        try:
            return await asyncio.wait_for(waiter(), timeout)
        except TimeoutError:
            raise TimeoutError(
                f"{self!r}: no {what} within {timeout}s (responses: "
                f"{[r.kind for r in self.responses]}, rejected: {self.rejected})"
            ) from None

    async def response(self, timeout: float = 5.0) -> Response:
        """The accepted initial response (callback)."""
        return await self._wait(lambda: self.initial, timeout, "initial response")

    async def followup(self, index: int = 0, timeout: float = 5.0) -> Message:
        return await self._wait(
            lambda: self.followups[index] if len(self.followups) > index else None,
            timeout,
            f"follow-up #{index}",
        )

    async def rejection(self, timeout: float = 5.0) -> tuple[int, dict[str, Any]]:
        """The first request about this interaction that the fake refused."""
        return await self._wait(
            lambda: self.rejected[0] if self.rejected else None, timeout, "rejected request"
        )

    async def reply(self, timeout: float = 5.0) -> Message:
        """The visible message that answers this interaction: the response's message, or,
        after a defer, the original once edited, or the component message after an update."""

        def ready() -> Message | None:
            if self.original is not None and not self.original.loading:
                return self.original
            if self.initial is not None and self.initial.type == 7:
                return self.initial.message
            for r in self.responses:
                if r.kind == "edit_original" and r.message is not None and not r.message.loading:
                    return r.message
            return None

        return await self._wait(ready, timeout, "reply message")

    def payload(self) -> dict[str, Any]:
        fake = self.fake
        member = self.guild.member(self.user)
        data: dict[str, Any] = {
            "id": str(self.id),
            "application_id": str(fake.application_id),
            "type": self.type,
            "data": self.data,
            "guild_id": str(self.guild.id),
            "guild": self.guild.partial_payload(),
            "channel_id": str(self.channel.id),
            "channel": self.channel.payload(),
            "member": member.payload(channel=self.channel, with_permissions=True),
            "token": self.token,
            "version": 1,
            "app_permissions": str(self.guild.member(fake.bot_user).permissions_in(self.channel)),
            "locale": "en-US",
            "guild_locale": self.guild.locale,
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(self.guild.id)},
            "context": 0,
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if self.message is not None:
            data["message"] = self.message.payload()
        return data


@dataclass
class Event:
    """Something the bot did that a test can wait for (see FakeDiscord.wait_for)."""

    kind: str  # message_create, message_edit, message_delete, interaction_response,
    # followup, rejected, command_sync
    at: float
    message: Message | None = None
    interaction: Interaction | None = None
    data: dict[str, Any] = field(default_factory=dict)
    status: int = 200

    def __repr__(self) -> str:
        what = (
            self.message.id if self.message else (self.interaction.id if self.interaction else "")
        )
        return f"<Event {self.kind} {what}>"

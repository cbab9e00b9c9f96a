# ruff: noqa: ASYNC109  (waits take timeout=, like discord.py's own wait_for)
"""FakeDiscord: the server object tests drive, and the session-like API they read.

fake = FakeDiscord()
await fake.start()
guild = fake.add_guild("K-pop Fans")
channel = guild.add_channel("quiz")
alice = fake.add_user("alice")                       # joins every guild
ix = await fake.slash(alice, "quiz start", channel=channel, questions=3)
reply = await ix.reply()
event = await fake.wait_for("message", channel=channel)
await fake.click(alice, event.message, "Fake Love")
"""

from __future__ import annotations

import asyncio
import itertools
import secrets
import time
from collections.abc import Callable, Iterable
from typing import Any

from aiohttp import web

from tests.fakediscord import permissions as perms
from tests.fakediscord.gateway import (
    GUILD_MESSAGES,
    GUILDS,
    INVALID_SESSION,
    MESSAGE_CONTENT,
    RECONNECT,
    Gateway,
    Session,
)
from tests.fakediscord.mentions import compute_pings
from tests.fakediscord.model import (
    Channel,
    Event,
    Guild,
    Interaction,
    Message,
    Role,
    User,
)
from tests.fakediscord.rest import Fault, RequestRecord, Rest
from tests.fakediscord.snowflakes import Snowflakes

API_PREFIX = "/api/v10"
MESSAGE_KINDS = {"message_create", "interaction_response", "followup"}


class NotConnected(RuntimeError):
    """No gateway session holds the guild's shard: Discord would not deliver the event."""


class CommandUnavailable(LookupError):
    """The user could not run that command in Discord (not synced, or hidden from them)."""


class FakeDiscord:
    """A Discord server on 127.0.0.1 that the real discord.py client logs into."""

    def __init__(
        self,
        *,
        token: str | None = None,
        bot_name: str = "Fan Trivia",
        recommended_shards: int = 1,
        response_deadline: float = 3.0,
        token_ttl: float = 15 * 60.0,
        host: str = "127.0.0.1",
    ) -> None:
        self.host = host
        self.port = 0
        self.ids = Snowflakes()
        self.token = token or f"fake.{secrets.token_urlsafe(24)}"
        self.recommended_shards = recommended_shards
        self.response_deadline = response_deadline
        self.token_ttl = token_ttl
        self.application_flags = (1 << 19) | (1 << 15)  # message content + members (limited)
        self.bot_user = User(self.ids.next(), bot_name, bot=True)
        self.application_id = self.bot_user.id
        self.app_owner = User(self.ids.next(), "app-owner")
        self.users: dict[int, User] = {
            self.bot_user.id: self.bot_user,
            self.app_owner.id: self.app_owner,
        }
        self.guilds: dict[int, Guild] = {}
        self.channels: dict[int, Channel] = {}
        self.messages: dict[int, Message] = {}
        self.attachments: dict[int, tuple[str, bytes, str | None]] = {}
        self.commands: dict[int | None, list[dict[str, Any]]] = {}  # None: global
        self.interactions: dict[int, Interaction] = {}
        self.interactions_by_token: dict[str, Interaction] = {}
        self.events: list[Event] = []
        self.requests: list[RequestRecord] = []
        self.unknown_routes: list[tuple[str, str]] = []
        self.violations: list[tuple[str, Interaction]] = []
        self.warnings: list[str] = []
        self.keep_events = True  # the benchmark turns the event log off
        self._consumed: set[int] = set()
        self._events_changed = asyncio.Condition()
        self._clock_offset = 0.0
        self._interaction_numbers = itertools.count(1)
        self._tasks: set[asyncio.Task[Any]] = set()
        self.gateway = Gateway(self)
        self.rest = Rest(self)
        self._runner: web.AppRunner | None = None

    # -- life cycle --------------------------------------------------------------------------
    async def start(self, port: int = 0) -> FakeDiscord:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self.gateway.handle)
        app.router.add_get("/gateway/", self.gateway.handle)
        app.router.add_get("/attachments/{attachment_id}/{filename}", self._serve_attachment)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self.rest.handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def close(self) -> None:
        for session in self.gateway.live_sessions():
            if session.ws is not None and not session.ws.closed:
                await session.ws.close(code=1001)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def rest_url(self) -> str:
        """What discord.http.Route.BASE is set to."""
        return self.base_url + API_PREFIX

    @property
    def gateway_url(self) -> str:
        """What DiscordWebSocket.DEFAULT_GATEWAY, /gateway/bot and READY point at."""
        return f"ws://{self.host}:{self.port}/gateway"

    def clock(self) -> float:
        """The fake's notion of now, for deadlines and token expiry (see advance)."""
        return time.monotonic() + self._clock_offset

    def advance(self, seconds: float) -> None:
        """Let `seconds` pass for deadlines and token lifetimes, without sleeping."""
        self._clock_offset += seconds

    # -- building the world ------------------------------------------------------------------
    def add_guild(
        self,
        name: str = "Fan Server",
        *,
        owner: User | None = None,
        bot_permissions: object = perms.DEFAULT_BOT,
        everyone_permissions: object = perms.DEFAULT_EVERYONE,
        shard: tuple[int, int] | None = None,
        channels: Iterable[str] = (),
    ) -> Guild:
        """A server the bot is in. `shard=(id, count)` picks an id that lands on that shard."""
        owner = owner or self.add_user(f"{name.lower().replace(' ', '-')}-owner", join=False)
        guild_id = self.ids.next_on_shard(*shard) if shard else self.ids.next()
        guild = Guild(self, guild_id, name, owner, perms.as_bits(everyone_permissions))
        guild.add_member(owner)
        bot_role = Role(
            self.ids.next(), guild, self.bot_user.name, perms.as_bits(bot_permissions), position=1
        )
        guild.roles[bot_role.id] = bot_role
        guild.add_member(self.bot_user, roles=[bot_role])
        for channel_name in channels:
            guild.add_channel(channel_name)
        self.guilds[guild.id] = guild
        self._spawn(self.dispatch_guild(guild, "GUILD_CREATE", None))
        return guild

    def add_user(
        self,
        name: str,
        *,
        permissions: object = None,
        roles: Iterable[Role] = (),
        guilds: Iterable[Guild] | None = None,
        join: bool = True,
    ) -> User:
        """A person. They join every guild (or `guilds`), with a role granting `permissions`
        on top of @everyone when given."""
        user = User(self.ids.next(), name)
        self.users[user.id] = user
        if join:
            targets = list(guilds) if guilds is not None else list(self.guilds.values())
            for guild in targets:
                guild.add_member(
                    user, roles=[r for r in roles if r.guild is guild], permissions=permissions
                )
        return user

    def store_attachment(
        self, filename: str, data: bytes, content_type: str | None = None
    ) -> dict[str, Any]:
        attachment_id = self.ids.next()
        self.attachments[attachment_id] = (filename, data, content_type)
        url = f"{self.base_url}/attachments/{attachment_id}/{filename}"
        payload: dict[str, Any] = {
            "id": str(attachment_id),
            "filename": filename,
            "size": len(data),
            "url": url,
            "proxy_url": url,
        }
        if content_type:
            payload["content_type"] = content_type
        return payload

    def attachment(
        self, filename: str, data: bytes | str, content_type: str | None = "text/plain"
    ) -> dict[str, Any]:
        """A file a user uploads, to pass as an attachment option of a slash command."""
        if isinstance(data, str):
            data = data.encode()
        return self.store_attachment(filename, data, content_type)

    async def _serve_attachment(self, request: web.Request) -> web.Response:
        found = self.attachments.get(int(request.match_info["attachment_id"]))
        if found is None:
            return web.Response(status=404)
        _, data, content_type = found
        return web.Response(body=data, content_type=content_type or "application/octet-stream")

    def store_commands(
        self, payload: list[dict[str, Any]], guild_id: int | None
    ) -> list[dict[str, Any]]:
        old = {c["name"]: c for c in self.commands.get(guild_id, [])}
        stored = []
        for command in payload:
            previous = old.get(command["name"])
            entry = {
                "id": previous["id"] if previous else str(self.ids.next()),
                "application_id": str(self.application_id),
                "version": str(self.ids.next()),
                "type": command.get("type", 1),
                "name": command["name"],
                "description": command.get("description", ""),
                "options": command.get("options", []),
                # Discord echoes permission bit sets as strings.
                "default_member_permissions": None
                if command.get("default_member_permissions") is None
                else str(command["default_member_permissions"]),
                "dm_permission": command.get("dm_permission", True),
                "nsfw": command.get("nsfw", False),
                "integration_types": command.get("integration_types", [0]),
                "contexts": command.get("contexts"),
                "name_localizations": command.get("name_localizations"),
                "description_localizations": command.get("description_localizations"),
            }
            if guild_id is not None:
                entry["guild_id"] = str(guild_id)
            stored.append(entry)
        self.commands[guild_id] = stored
        return stored

    def set_commands(self, payload: list[dict[str, Any]], guild: Guild | None = None) -> None:
        """Register commands as if a sync had sent `payload` (e.g. `bot commands --json`)."""
        self.store_commands(payload, guild.id if guild else None)

    # -- the record of what the bot did ------------------------------------------------------
    def emit(self, event: Event) -> None:
        if not self.keep_events:
            return
        self.events.append(event)
        self._spawn(self._notify_events())

    async def _notify_events(self) -> None:
        async with self._events_changed:
            self._events_changed.notify_all()

    def _spawn(self, coro: Any) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            coro.close()  # not started yet: nothing to notify
            return
        task = loop.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def new_message(
        self,
        channel: Channel,
        author: User,
        *,
        webhook: bool = False,
        interaction: Interaction | None = None,
    ) -> Message:
        message = Message(self.ids.next(), channel, author)
        if webhook:
            message.webhook_id = self.application_id
            message.application_id = self.application_id
            message.interaction = interaction
            if interaction is not None and interaction.type == Interaction.COMMAND:
                message.type = 20  # CHAT_INPUT_COMMAND
        return message

    def publish_message(self, message: Message) -> None:
        self.messages[message.id] = message
        message.channel.messages.append(message)

    def delete_message(self, message: Message, *, interaction: Interaction | None = None) -> None:
        message.deleted = True
        self.emit(
            Event("message_delete", time.perf_counter(), message=message, interaction=interaction)
        )

    def pinged(self) -> list[Message]:
        """Every message the bot sent that would have pinged someone."""
        return [m for m in self.messages.values() if m.author is self.bot_user and m.pings]

    def sent_by_bot(self, channel: Channel | None = None) -> list[Message]:
        return [
            m
            for m in self.messages.values()
            if m.author is self.bot_user
            and not m.deleted
            and (channel is None or m.channel is channel)
        ]

    async def wait_for(
        self,
        kind_or_predicate: str | Callable[[Event], bool] | None = None,
        predicate: Callable[[Event], bool] | None = None,
        *,
        channel: Channel | None = None,
        interaction: Interaction | None = None,
        timeout: float = 5.0,
    ) -> Event:
        """The first event not yet returned by wait_for that matches, waiting for it.

        Kinds: message (any message the bot made visible: message_create,
        interaction_response with a message, followup), message_create, message_edit,
        message_delete, interaction_response, followup, rejected (the fake refused a
        request about an interaction), command_sync, reaction_add, reaction_remove.
        """
        kind = kind_or_predicate if isinstance(kind_or_predicate, str) else None
        if callable(kind_or_predicate):
            predicate = kind_or_predicate

        def matches(event: Event) -> bool:
            if kind == "message":
                if event.kind not in MESSAGE_KINDS or event.message is None:
                    return False
            elif kind is not None and event.kind != kind:
                return False
            if channel is not None and (
                event.message is None or event.message.channel is not channel
            ):
                return False
            if interaction is not None and event.interaction is not interaction:
                return False
            return predicate is None or bool(predicate(event))

        def find() -> Event | None:
            for index, event in enumerate(self.events):
                if index not in self._consumed and matches(event):
                    self._consumed.add(index)
                    return event
            return None

        async def waiter() -> Event:
            async with self._events_changed:
                while True:
                    found = find()
                    if found is not None:
                        return found
                    await self._events_changed.wait()

        try:
            return await asyncio.wait_for(waiter(), timeout)
        except TimeoutError:
            recent = [e for i, e in enumerate(self.events) if i not in self._consumed][-10:]
            raise TimeoutError(
                f"no {kind or 'matching'} event within {timeout}s; unconsumed: {recent}; "
                f"unknown routes: {self.unknown_routes}"
            ) from None

    async def wait_until(
        self, condition: Callable[[], Any], timeout: float = 5.0, what: str = "condition"
    ) -> Any:
        """Poll `condition` (cheaply) until it is truthy."""
        deadline = time.monotonic() + timeout
        while True:
            value = condition()
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"{what} not met within {timeout}s")
            await asyncio.sleep(0.005)

    async def wait_connected(self, *, sessions: int = 1, timeout: float = 10.0) -> list[Session]:
        """Wait until `sessions` gateway sessions are identified and attached."""
        return await self.wait_until(
            lambda: (
                (s := [x for x in self.gateway.live_sessions() if x.attached])
                and len(s) >= sessions
                and s
            ),
            timeout,
            f"{sessions} attached gateway session(s)",
        )

    # -- dispatching -------------------------------------------------------------------------
    async def dispatch_guild(
        self,
        guild: Guild,
        event: str,
        data: dict[str, Any] | None,
        *,
        interaction: Interaction | None = None,
        required_intent: int = 0,
    ) -> int:
        """Send a dispatch to every session holding the guild's shard; returns how many."""
        sessions = self.gateway.sessions_for(guild.id)
        count = 0
        for session in sessions:
            if required_intent and not session.intents & required_intent:
                continue
            payload = data
            if event == "GUILD_CREATE":
                if not session.intents & GUILDS:
                    continue
                payload = guild.payload(with_members=bool(session.intents & 2))
            await session.dispatch(event, payload or {}, interaction)
            count += 1
        return count

    def _guild_changed(self, guild: Guild, event: str, data: dict[str, Any]) -> None:
        if guild.id in self.guilds:
            self._spawn(self.dispatch_guild(guild, event, data, required_intent=GUILDS))

    async def dispatch_message(self, message: Message) -> int:
        guild = message.channel.guild
        sessions = self.gateway.sessions_for(guild.id)
        count = 0
        for session in sessions:
            if not session.intents & GUILD_MESSAGES:
                continue
            payload = message.gateway_payload()
            mentions_bot = str(self.bot_user.id) in {u["id"] for u in payload["mentions"]}
            if (
                not session.intents & MESSAGE_CONTENT
                and message.author is not self.bot_user
                and not mentions_bot
            ):
                # Without the message-content intent Discord blanks these fields.
                payload.update(content="", embeds=[], attachments=[], components=[])
            await session.dispatch("MESSAGE_CREATE", payload)
            count += 1
        return count

    async def _send_interaction(self, ix: Interaction) -> Interaction:
        sessions = self.gateway.sessions_for(ix.guild.id)
        if not sessions:
            raise NotConnected(f"no gateway session holds guild {ix.guild.id}'s shard")
        self.interactions[ix.id] = ix
        self.interactions_by_token[ix.token] = ix
        ix.created = self.clock()
        # Discord delivers an interaction to one session of the shard.
        await sessions[-1].dispatch("INTERACTION_CREATE", ix.payload(), ix)
        return ix

    def _new_interaction(
        self,
        kind: int,
        user: User,
        channel: Channel,
        data: dict[str, Any],
        message: Message | None = None,
    ) -> Interaction:
        return Interaction(
            self,
            id=self.ids.next(),
            token=f"ix{next(self._interaction_numbers)}.{secrets.token_urlsafe(32)}",
            type=kind,
            user=user,
            guild=channel.guild,
            channel=channel,
            data=data,
            message=message,
        )

    # -- what users do -----------------------------------------------------------------------
    def _default_channel(self, user: User, channel: Channel | None) -> Channel:
        if channel is not None:
            return channel
        options = [
            c
            for g in self.guilds.values()
            if user.id in g.members
            for c in g.channels.values()
            if c.type == 0
        ]
        if len(options) != 1:
            raise ValueError("say which channel: channel=...")
        return options[0]

    def find_command(self, path: str, guild: Guild) -> tuple[dict[str, Any], list[str]]:
        root, *rest = path.strip().lstrip("/").split()
        for scope in (guild.id, None):
            for command in self.commands.get(scope, []):
                if command["name"] == root and command.get("type", 1) == 1:
                    return command, rest
        names = sorted({c["name"] for s in (guild.id, None) for c in self.commands.get(s, [])})
        raise CommandUnavailable(f"/{root} is not registered for {guild.name} (synced: {names})")

    def _check_visible(self, command: dict[str, Any], user: User, channel: Channel) -> None:
        needed = command.get("default_member_permissions")
        if needed is None:
            return
        have = channel.guild.member(user).permissions_in(channel)
        if have & perms.ADMINISTRATOR:
            return
        if int(needed) == 0 or have & int(needed) != int(needed):
            raise CommandUnavailable(
                f"{user.name} cannot see /{command['name']}: it needs permissions {needed}"
            )

    def build_command_data(
        self,
        path: str,
        user: User,
        channel: Channel,
        values: dict[str, Any],
        focused: str | None = None,
    ) -> dict[str, Any]:
        command, sub_path = self.find_command(path, channel.guild)
        self._check_visible(command, user, channel)
        resolved: dict[str, dict[str, Any]] = {}
        options_spec = command.get("options") or []
        nest: list[dict[str, Any]] = []
        container = nest
        for name in sub_path:
            spec = next(
                (o for o in options_spec if o["name"] == name and o["type"] in (1, 2)), None
            )
            if spec is None:
                raise CommandUnavailable(f"/{command['name']} has no subcommand {name!r}")
            node: dict[str, Any] = {"name": name, "type": spec["type"], "options": []}
            container.append(node)
            container = node["options"]
            options_spec = spec.get("options") or []
        if any(o["type"] in (1, 2) for o in options_spec):
            raise CommandUnavailable(f"/{path} needs a subcommand")
        known = {o["name"]: o for o in options_spec}
        for name in values:
            if name not in known:
                raise ValueError(f"/{path} has no option {name!r} (options: {sorted(known)})")
        for spec in options_spec:
            name = spec["name"]
            if name not in values:
                if spec.get("required") and name != focused:
                    raise ValueError(f"/{path}: option {name!r} is required")
                continue
            option = {
                "name": name,
                "type": spec["type"],
                "value": self._option_value(
                    spec, values[name], resolved, channel.guild, focused == name
                ),
            }
            if focused == name:
                option["focused"] = True
            container.append(option)
        data: dict[str, Any] = {
            "id": command["id"],
            "name": command["name"],
            "type": 1,
            "options": nest,
        }
        if command.get("guild_id"):
            data["guild_id"] = command["guild_id"]
        if resolved:
            data["resolved"] = resolved
        return data

    def _option_value(
        self,
        spec: dict[str, Any],
        value: Any,
        resolved: dict[str, Any],
        guild: Guild,
        focused: bool,
    ) -> Any:
        kind = spec["type"]
        if focused:
            return str(value)  # what the user has typed so far
        choices = spec.get("choices")
        if choices:
            for choice in choices:
                if value in (choice["value"], choice["name"]):
                    return choice["value"]
            raise ValueError(
                f"{spec['name']}={value!r} is not one of the choices {[c['name'] for c in choices]}"
            )
        if kind == 3:
            text = str(value)
            if not spec.get("min_length", 0) <= len(text) <= spec.get("max_length", 6000):
                raise ValueError(f"{spec['name']}: length out of range")
            return text
        if kind in (4, 10):
            number = int(value) if kind == 4 else float(value)
            low, high = spec.get("min_value"), spec.get("max_value")
            if (low is not None and number < low) or (high is not None and number > high):
                raise ValueError(f"{spec['name']}={number} is outside {low}..{high}")
            return number
        if kind == 5:
            return bool(value)
        if kind in (6, 9) and isinstance(value, User):
            member = guild.members.get(value.id)
            resolved.setdefault("users", {})[str(value.id)] = value.payload()
            if member is not None:
                resolved.setdefault("members", {})[str(value.id)] = member.payload(
                    with_user=False
                ) | {"permissions": str(member.base_permissions())}
            return str(value.id)
        if kind in (8, 9) and isinstance(value, Role):
            resolved.setdefault("roles", {})[str(value.id)] = value.payload()
            return str(value.id)
        if kind == 7 and isinstance(value, Channel):
            resolved.setdefault("channels", {})[str(value.id)] = {
                "id": str(value.id),
                "name": value.name,
                "type": value.type,
                "permissions": str(perms.ALL),
                "guild_id": str(guild.id),
            }
            return str(value.id)
        if kind == 11 and isinstance(value, dict) and "filename" in value:
            resolved.setdefault("attachments", {})[value["id"]] = value
            return value["id"]
        raise ValueError(f"{spec['name']}: cannot pass {value!r} as option type {kind}")

    async def slash(
        self,
        user: User,
        command: str,
        *,
        channel: Channel | None = None,
        options: dict[str, Any] | None = None,
        **values: Any,
    ) -> Interaction:
        """`user` runs `/command` (subcommands separated by spaces) in `channel`.

        Options come as keywords (or `options={...}` for names that clash). Returns the
        dispatched Interaction; await `ix.response()`, `ix.reply()`, `ix.followup()`."""
        channel = self._default_channel(user, channel)
        data = self.build_command_data(command, user, channel, {**(options or {}), **values})
        ix = self._new_interaction(Interaction.COMMAND, user, channel, data)
        return await self._send_interaction(ix)

    async def autocomplete(
        self,
        user: User,
        command: str,
        option: str,
        typed: str,
        *,
        channel: Channel | None = None,
        **values: Any,
    ) -> Interaction:
        """`user` types `typed` into `option` of `/command`; the choices arrive in ix.choices
        once `await ix.response()` returns."""
        channel = self._default_channel(user, channel)
        data = self.build_command_data(
            command, user, channel, {**values, option: typed}, focused=option
        )
        ix = self._new_interaction(Interaction.AUTOCOMPLETE, user, channel, data)
        return await self._send_interaction(ix)

    async def click(
        self,
        user: User,
        message: Message,
        label: str | None = None,
        *,
        custom_id: str | None = None,
    ) -> Interaction:
        """`user` clicks the button with `label` (or `custom_id`) on `message`."""
        if not message.visible_to(user):
            raise PermissionError(f"{user.name} cannot see ephemeral message {message.id}")
        if message.deleted:
            raise LookupError(f"message {message.id} was deleted")
        button = message.component(label, custom_id=custom_id)
        if button.get("type") != 2 or button.get("style") == 5:
            raise ValueError(f"{label or custom_id!r} is not a clickable button")
        if button.get("disabled"):
            raise PermissionError(f"button {label or custom_id!r} is disabled")
        data = {"custom_id": button["custom_id"], "component_type": 2}
        ix = self._new_interaction(Interaction.COMPONENT, user, message.channel, data, message)
        return await self._send_interaction(ix)

    async def select(
        self, user: User, message: Message, custom_id: str, values: list[str]
    ) -> Interaction:
        """`user` picks `values` in the select menu `custom_id` on `message`."""
        menu = message.component(custom_id=custom_id)
        if menu.get("disabled"):
            raise PermissionError(f"select {custom_id!r} is disabled")
        allowed = {o["value"] for o in menu.get("options") or []}
        if allowed and not set(values) <= allowed:
            raise ValueError(f"{values} not among {sorted(allowed)}")
        data = {"custom_id": custom_id, "component_type": menu["type"], "values": values}
        ix = self._new_interaction(Interaction.COMPONENT, user, message.channel, data, message)
        return await self._send_interaction(ix)

    async def submit_modal(
        self, user: User, shown: Interaction, values: dict[str, str]
    ) -> Interaction:
        """`user` fills the modal the bot showed in answer to `shown` and submits it."""
        modal = shown.modal
        if modal is None:
            raise LookupError(f"{shown!r} was not answered with a modal")
        rows = []
        for row in modal.get("components") or []:
            if row.get("type") == 1:
                rows.append(
                    {
                        "type": 1,
                        "components": [
                            {
                                "type": c["type"],
                                "custom_id": c["custom_id"],
                                "value": values.get(c["custom_id"], c.get("value") or ""),
                            }
                            for c in row.get("components") or []
                        ],
                    }
                )
            elif row.get("type") == 18 and row.get("component"):  # a Label around an input
                c = row["component"]
                rows.append(
                    {
                        "type": 18,
                        "component": {
                            "type": c["type"],
                            "custom_id": c["custom_id"],
                            "value": values.get(c["custom_id"], c.get("value") or ""),
                        },
                    }
                )
        data = {"custom_id": modal["custom_id"], "components": rows}
        ix = self._new_interaction(
            Interaction.MODAL_SUBMIT, user, shown.channel, data, shown.message
        )
        return await self._send_interaction(ix)

    async def say(
        self, user: User, channel: Channel, text: str, *, reply_to: Message | None = None
    ) -> Message:
        """`user` posts `text` in `channel` (MESSAGE_CREATE to the bot, intents allowing)."""
        member = channel.guild.member(user)
        if not member.permissions_in(channel) & perms.SEND_MESSAGES:
            raise PermissionError(f"{user.name} cannot send messages in #{channel.name}")
        message = self.new_message(channel, user)
        message.content = text
        message.reference = reply_to
        if reply_to is not None:
            message.type = 19
        message.pings = compute_pings(
            text, None, replied_author=reply_to.author.id if reply_to else None
        )
        self.publish_message(message)
        await self.dispatch_message(message)
        return message

    # -- fault knobs -------------------------------------------------------------------------
    def rate_limit(
        self,
        route: str,
        *,
        retry_after: float = 0.05,
        times: int | None = 1,
        is_global: bool = False,
        via: bool = True,
    ) -> Fault:
        """Answer `route` ("POST /webhooks/{application_id}/{interaction_token}", or "*")
        with 429 and retry_after, `times` times."""
        return self._fault(
            Fault(route, "429", times, retry_after=retry_after, is_global=is_global, via=via)
        )

    def delay(self, route: str, seconds: float, *, times: int | None = None) -> Fault:
        return self._fault(Fault(route, "delay", times, seconds=seconds))

    def fail(self, route: str, status: int = 500, *, times: int | None = 1) -> Fault:
        return self._fault(Fault(route, "status", times, status=status))

    def _fault(self, fault: Fault) -> Fault:
        templates = {f"{m} {t}" for m, t, _, _ in self.rest.routes}
        if fault.route != "*" and fault.route not in templates:
            raise ValueError(f"unknown route {fault.route!r}; known: {sorted(templates)}")
        self.rest.faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        self.rest.faults.clear()

    async def drop_gateway(self, *, shard: int | None = None, code: int | None = 4000) -> int:
        """Close the bot's gateway socket(s) mid-session; code=None aborts the TCP
        connection (the client sees 1006). The client resumes; dispatches made meanwhile
        are replayed."""
        return await self.gateway.drop(shard=shard, code=code)

    async def request_reconnect(self, *, shard: int | None = None) -> int:
        """Send op 7 RECONNECT."""
        return await self.gateway.send_op(RECONNECT, None, shard=shard)

    async def invalidate_session(self, *, resumable: bool = False, shard: int | None = None) -> int:
        """Send op 9 INVALID_SESSION (d=resumable)."""
        return await self.gateway.send_op(INVALID_SESSION, resumable, shard=shard)

    def drop_heartbeat_acks(self, count: int = 1) -> None:
        self.gateway.drop_acks += count

    def fail_next_resume(self, count: int = 1) -> None:
        """Answer the next RESUME(s) with op 9 false, forcing a fresh IDENTIFY."""
        self.gateway.fail_resumes += count

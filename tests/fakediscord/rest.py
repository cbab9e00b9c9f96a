"""The REST API under /api/v10: routes, Discord's error bodies, and the fault knobs.

Every request is matched against ROUTES (method + path template, as Discord's docs write
them). A fault registered for a template (429, delay, status) is applied first. Unknown
routes answer 404 like Discord and are recorded in `fake.unknown_routes`.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web

from tests.fakediscord import limits
from tests.fakediscord import permissions as perms
from tests.fakediscord.mentions import compute_pings
from tests.fakediscord.model import EPHEMERAL, LOADING, Event, Interaction, Message, Response

if TYPE_CHECKING:
    from tests.fakediscord.server import FakeDiscord

Handler = Callable[[web.Request, dict[str, str]], Awaitable[web.Response]]

# Flags a bot may set on a message it sends: SUPPRESS_EMBEDS, EPHEMERAL (interactions
# only), SUPPRESS_NOTIFICATIONS, IS_COMPONENTS_V2.
SENDABLE_FLAGS = (1 << 2) | EPHEMERAL | (1 << 12) | (1 << 15)


class DiscordError(Exception):
    """Raised inside a handler: becomes Discord's JSON error reply."""

    def __init__(
        self, status: int, code: int, message: str, errors: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.body: dict[str, Any] = {"message": message, "code": code}
        if errors is not None:
            self.body["errors"] = errors


def unknown(what: str, code: int) -> DiscordError:
    return DiscordError(404, code, f"Unknown {what}")


def json_reply(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # Exactly "application/json": discord.py compares the header verbatim, and aiohttp's
    # json_response adds "; charset=utf-8", which makes the client treat the body as text.
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        content_type="application/json",
        headers=headers,
    )


def no_content() -> web.Response:
    return web.Response(status=204)


@dataclass
class Fault:
    route: str  # a template from ROUTES, or "*" for every route
    kind: str  # "429", "delay", "status"
    times: int | None = 1  # None: forever
    retry_after: float = 0.05
    is_global: bool = False
    via: bool = True
    seconds: float = 0.0
    status: int = 500
    hits: int = 0

    def matches(self, template: str) -> bool:
        return (self.times is None or self.hits < self.times) and self.route in ("*", template)


@dataclass
class RequestRecord:
    method: str
    path: str
    route: str | None
    status: int = 0
    body: Any = None
    at: float = field(default_factory=time.perf_counter)


def _compile(template: str) -> re.Pattern[str]:
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
    return re.compile(f"^{pattern}$")


class Rest:
    BOT_ROUTES_WITHOUT_AUTH = ("/interactions/", "/webhooks/")

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.faults: list[Fault] = []
        self.routes: list[tuple[str, str, re.Pattern[str], Handler]] = []
        for method, template, handler in self._table():
            self.routes.append((method, template, _compile(template), handler))

    def _table(self) -> list[tuple[str, str, Handler]]:
        return [
            ("GET", "/gateway", self.get_gateway),
            ("GET", "/gateway/bot", self.get_gateway_bot),
            ("GET", "/users/@me", self.get_me),
            ("GET", "/users/{user_id}", self.get_user),
            ("GET", "/oauth2/applications/@me", self.get_application),
            ("GET", "/applications/@me", self.get_application),
            ("GET", "/applications/{application_id}/commands", self.get_commands),
            ("PUT", "/applications/{application_id}/commands", self.put_commands),
            ("GET", "/applications/{application_id}/guilds/{guild_id}/commands", self.get_commands),
            ("PUT", "/applications/{application_id}/guilds/{guild_id}/commands", self.put_commands),
            ("POST", "/interactions/{interaction_id}/{interaction_token}/callback", self.callback),
            ("POST", "/webhooks/{application_id}/{interaction_token}", self.followup),
            (
                "GET",
                "/webhooks/{application_id}/{interaction_token}/messages/{message_id}",
                self.get_webhook_message,
            ),
            (
                "PATCH",
                "/webhooks/{application_id}/{interaction_token}/messages/{message_id}",
                self.edit_webhook_message,
            ),
            (
                "DELETE",
                "/webhooks/{application_id}/{interaction_token}/messages/{message_id}",
                self.delete_webhook_message,
            ),
            ("GET", "/channels/{channel_id}", self.get_channel),
            ("GET", "/channels/{channel_id}/messages", self.get_messages),
            ("POST", "/channels/{channel_id}/messages", self.create_message),
            ("GET", "/channels/{channel_id}/messages/{message_id}", self.get_message),
            ("PATCH", "/channels/{channel_id}/messages/{message_id}", self.edit_message),
            ("DELETE", "/channels/{channel_id}/messages/{message_id}", self.delete_message),
            ("POST", "/channels/{channel_id}/typing", self.typing),
            (
                "PUT",
                "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me",
                self.add_reaction,
            ),
            (
                "DELETE",
                "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me",
                self.remove_reaction,
            ),
            ("GET", "/guilds/{guild_id}", self.get_guild),
            ("GET", "/guilds/{guild_id}/channels", self.get_guild_channels),
            ("GET", "/guilds/{guild_id}/roles", self.get_guild_roles),
            ("GET", "/guilds/{guild_id}/members/{user_id}", self.get_member),
        ]

    # -- dispatch --------------------------------------------------------------------------
    async def handle(self, request: web.Request) -> web.Response:
        fake = self.fake
        path = "/" + request.match_info["tail"]
        record = RequestRecord(request.method, path, None)
        fake.requests.append(record)
        for method, template, pattern, handler in self.routes:
            if method != request.method:
                continue
            match = pattern.match(path)
            if match is None:
                continue
            record.route = f"{method} {template}"
            response = await self._run(request, record, handler, match.groupdict())
            record.status = response.status
            return response
        fake.unknown_routes.append((request.method, path))
        record.status = 404
        return json_reply({"message": "404: Not Found", "code": 0}, 404)

    async def _run(
        self, request: web.Request, record: RequestRecord, handler: Handler, params: dict[str, str]
    ) -> web.Response:
        template = record.route or ""
        for fault in self.faults:
            if not fault.matches(template):
                continue
            fault.hits += 1
            if fault.kind == "delay":
                await asyncio.sleep(fault.seconds)
            elif fault.kind == "429":
                body = {
                    "message": "You are being rate limited.",
                    "retry_after": fault.retry_after,
                    "global": fault.is_global,
                    "code": 0,
                }
                headers = {
                    "Retry-After": str(max(1, round(fault.retry_after))),
                    "X-RateLimit-Scope": "global" if fault.is_global else "user",
                }
                if fault.via:
                    headers["Via"] = "1.1 google"
                record.body = body
                return json_reply(body, 429, headers)
            elif fault.kind == "status":
                return json_reply({"message": f"{fault.status}: fault", "code": 0}, fault.status)
        if (
            not any(part in record.path for part in self.BOT_ROUTES_WITHOUT_AUTH)
            and request.headers.get("Authorization") != f"Bot {self.fake.token}"
        ):
            return json_reply({"message": "401: Unauthorized", "code": 0}, 401)
        try:
            return await handler(request, params)
        except DiscordError as error:
            record.body = error.body
            return json_reply(error.body, error.status)

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    async def body(request: web.Request) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """The JSON payload and any uploaded files (multipart with payload_json)."""
        if request.content_type.startswith("multipart/"):
            payload: dict[str, Any] = {}
            files: list[dict[str, Any]] = []
            reader = await request.multipart()
            async for part in reader:
                if part.name == "payload_json":
                    payload = json.loads(await part.text())
                else:
                    data = await part.read()
                    files.append(
                        {
                            "filename": part.filename or "file",
                            "data": bytes(data),
                            "content_type": part.headers.get("Content-Type"),
                        }
                    )
            return payload, files
        if not request.can_read_body:
            return {}, []
        raw = await request.read()
        return (json.loads(raw) if raw else {}), []

    def channel(self, channel_id: str) -> Any:
        channel = self.fake.channels.get(int(channel_id))
        if channel is None:
            raise unknown("Channel", 10003)
        return channel

    def message(self, channel: Any, message_id: str) -> Message:
        message = self.fake.messages.get(int(message_id)) if message_id.isdigit() else None
        if message is None or message.channel is not channel or message.deleted:
            raise unknown("Message", 10008)
        return message

    def bot_permissions(self, channel: Any) -> int:
        return channel.guild.member(self.fake.bot_user).permissions_in(channel)

    def need(self, channel: Any, bits: int) -> None:
        if self.bot_permissions(channel) & bits != bits:
            raise DiscordError(403, 50013, "Missing Permissions")

    def validate(self, data: dict[str, Any], *, require_body: bool) -> None:
        errors = limits.FormErrors()
        empty = limits.check_message(data, errors)
        if errors:
            raise DiscordError(400, 50035, "Invalid Form Body", errors.errors)
        if require_body and empty:
            raise DiscordError(400, 50006, "Cannot send an empty message")

    def attachments(self, files: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [
            self.fake.store_attachment(f["filename"], f["data"], f["content_type"]) for f in files
        ]

    def fill_message(
        self, message: Message, data: dict[str, Any], files: list[dict[str, Any]], *, creating: bool
    ) -> None:
        """Apply a create or edit body to a message (only the fields the body has)."""
        if "content" in data:
            message.content = "" if data["content"] is None else str(data["content"])
        if "embeds" in data or "embed" in data:
            embeds = list(data.get("embeds") or [])
            if data.get("embed"):
                embeds.insert(0, data["embed"])
            message.embeds = [self._render_embed(e) for e in embeds]
        if "components" in data:
            message.components = list(data["components"] or [])
        if "attachments" in data or files:
            kept = []
            wanted = {str(a.get("id")) for a in data.get("attachments") or []}
            for old in message.attachments:
                if old["id"] in wanted:
                    kept.append(old)
            message.attachments = kept + self.attachments(files)
        if "allowed_mentions" in data:
            message.allowed_mentions = data["allowed_mentions"]
        if "flags" in data and data["flags"] is not None:
            keep = message.flags & ~SENDABLE_FLAGS if not creating else 0
            message.flags = (
                keep | (int(data["flags"]) & SENDABLE_FLAGS) | (message.flags & EPHEMERAL)
            )

    @staticmethod
    def _render_embed(embed: dict[str, Any]) -> dict[str, Any]:
        rendered = {"type": "rich", **embed}
        rendered.pop("video", None)
        return rendered

    def record_pings(self, message: Message) -> None:
        replied = None
        if message.reference is not None and message.reference.author is not self.fake.bot_user:
            replied = message.reference.author.id
        message.pings = compute_pings(
            message.content, message.allowed_mentions, replied_author=replied
        )

    def edit(self, message: Message, data: dict[str, Any], files: list[dict[str, Any]]) -> None:
        self.validate(data, require_body=False)
        was_loading = message.loading
        message.history.append(message.payload())
        self.fill_message(message, data, files, creating=False)
        message.flags &= ~LOADING
        message.edited_timestamp = None if was_loading else _now()
        if was_loading:
            # Filling a deferred ("thinking") response is the message's first real content:
            # it notifies like a new message.
            self.record_pings(message)

    def interaction(self, interaction_id: str | None, token: str) -> Interaction:
        fake = self.fake
        ix = fake.interactions_by_token.get(token)
        if ix is None or (interaction_id is not None and str(ix.id) != interaction_id):
            raise unknown("interaction", 10062)
        return ix

    def webhook_interaction(self, application_id: str, token: str) -> Interaction:
        fake = self.fake
        ix = fake.interactions_by_token.get(token)
        if application_id != str(fake.application_id) or ix is None:
            raise unknown("Webhook", 10015)
        if fake.clock() - ix.created > fake.token_ttl:
            raise DiscordError(401, 50027, "Invalid Webhook Token")
        return ix

    def _reject(self, ix: Interaction | None, error: DiscordError) -> DiscordError:
        if ix is not None:
            ix.rejected.append((error.status, error.body))
            self.fake.emit(
                Event(
                    "rejected",
                    time.perf_counter(),
                    interaction=ix,
                    data=error.body,
                    status=error.status,
                )
            )
            asyncio.get_running_loop().create_task(ix._notify())
        return error

    # -- gateway, users, application -----------------------------------------------------
    async def get_gateway(self, request: web.Request, p: dict[str, str]) -> web.Response:
        return json_reply({"url": self.fake.gateway_url})

    async def get_gateway_bot(self, request: web.Request, p: dict[str, str]) -> web.Response:
        return json_reply(
            {
                "url": self.fake.gateway_url,
                "shards": self.fake.recommended_shards,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 999,
                    "reset_after": 14_400_000,
                    "max_concurrency": 1,
                },
            }
        )

    async def get_me(self, request: web.Request, p: dict[str, str]) -> web.Response:
        return json_reply(
            self.fake.bot_user.payload()
            | {
                "verified": True,
                "mfa_enabled": False,
                "email": None,
                "locale": "en-US",
                "premium_type": 0,
                "banner": None,
                "accent_color": None,
            }
        )

    async def get_user(self, request: web.Request, p: dict[str, str]) -> web.Response:
        user = self.fake.users.get(int(p["user_id"])) if p["user_id"].isdigit() else None
        if user is None:
            raise unknown("User", 10013)
        return json_reply(user.payload())

    async def get_application(self, request: web.Request, p: dict[str, str]) -> web.Response:
        fake = self.fake
        return json_reply(
            {
                "id": str(fake.application_id),
                "name": fake.bot_user.name,
                "icon": None,
                "description": "",
                "summary": "",
                "type": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "verify_key": "0" * 64,
                "owner": fake.app_owner.payload(),
                "flags": fake.application_flags,
                "bot": fake.bot_user.payload(),
                "team": None,
                "interactions_endpoint_url": None,
                "redirect_uris": [],
                "tags": [],
            }
        )

    # -- application commands --------------------------------------------------------------
    def _command_scope(self, p: dict[str, str]) -> int | None:
        if p["application_id"] != str(self.fake.application_id):
            raise DiscordError(403, 50001, "Missing Access")
        guild_id = p.get("guild_id")
        if guild_id is None:
            return None
        if int(guild_id) not in self.fake.guilds:
            raise DiscordError(403, 50001, "Missing Access")
        return int(guild_id)

    async def get_commands(self, request: web.Request, p: dict[str, str]) -> web.Response:
        scope = self._command_scope(p)
        return json_reply(self.fake.commands.get(scope, []))

    async def put_commands(self, request: web.Request, p: dict[str, str]) -> web.Response:
        scope = self._command_scope(p)
        payload, _ = await self.body(request)
        if not isinstance(payload, list):
            raise DiscordError(
                400,
                50035,
                "Invalid Form Body",
                {"_errors": [{"code": "BASE_TYPE_ARRAY", "message": "Must be an array"}]},
            )
        errors = limits.FormErrors()
        limits.check_commands(payload, errors)
        if errors:
            raise DiscordError(400, 50035, "Invalid Form Body", errors.errors)
        stored = self.fake.store_commands(payload, scope)
        self.fake.emit(
            Event(
                "command_sync", time.perf_counter(), data={"guild_id": scope, "commands": payload}
            )
        )
        return json_reply(stored)

    # -- interactions ----------------------------------------------------------------------
    async def callback(self, request: web.Request, p: dict[str, str]) -> web.Response:
        received = time.perf_counter()
        fake = self.fake
        ix = fake.interactions_by_token.get(p["interaction_token"])
        if ix is None or str(ix.id) != p["interaction_id"]:
            raise unknown("interaction", 10062)
        payload, files = await self.body(request)
        if ix.initial is not None:
            raise self._reject(
                ix, DiscordError(400, 40060, "Interaction has already been acknowledged.")
            )
        if fake.clock() - ix.created > fake.response_deadline:
            fake.violations.append(("late", ix))
            raise self._reject(ix, unknown("interaction", 10062))
        kind = payload.get("type")
        data = payload.get("data") or {}
        try:
            message = self._apply_callback(ix, kind, data, files)
        except DiscordError as error:
            raise self._reject(ix, error) from None
        response = Response("callback", kind, data, received, message)
        ix.initial = response
        ix.responses.append(response)
        fake.emit(
            Event("interaction_response", received, message=message, interaction=ix, data=payload)
        )
        await ix._notify()
        if request.query.get("with_response") not in ("1", "true", "True"):
            return no_content()
        body: dict[str, Any] = {
            "interaction": {
                "id": str(ix.id),
                "type": ix.type,
                "response_message_id": str(message.id) if message else None,
                "response_message_loading": bool(message and message.loading),
                "response_message_ephemeral": bool(message and message.ephemeral),
            }
        }
        if message is not None:
            body["resource"] = {"type": kind, "message": message.payload()}
        elif kind in (1, 6, 8, 9):
            body["resource"] = None
        return json_reply(body)

    def _apply_callback(
        self, ix: Interaction, kind: Any, data: dict[str, Any], files: list[dict[str, Any]]
    ) -> Message | None:
        allowed = {
            Interaction.COMMAND: {4, 5, 9},
            Interaction.COMPONENT: {4, 5, 6, 7, 9},
            Interaction.AUTOCOMPLETE: {8},
            Interaction.MODAL_SUBMIT: {4, 5, 6, 7} if ix.message is not None else {4, 5},
        }[ix.type]
        if kind not in allowed:
            raise DiscordError(
                400,
                50035,
                "Invalid Form Body",
                {
                    "type": {
                        "_errors": [
                            {
                                "code": "INTERACTION_RESPONSE_TYPE_INVALID",
                                "message": f"Interaction response type {kind} is not valid for an "
                                f"interaction of type {ix.type}",
                            }
                        ]
                    }
                },
            )
        fake = self.fake
        if kind == 8:
            errors = limits.FormErrors()
            limits.check_choices(data, errors)
            if errors:
                raise DiscordError(400, 50035, "Invalid Form Body", {"data": errors.errors})
            return None
        if kind == 9:
            errors = limits.FormErrors()
            limits.check_modal(data, errors)
            if errors:
                raise DiscordError(400, 50035, "Invalid Form Body", {"data": errors.errors})
            return None
        if kind == 6:
            return None
        if kind == 7:
            self.edit(ix.message, data, files)  # type: ignore[arg-type]
            fake.emit(
                Event("message_edit", time.perf_counter(), message=ix.message, interaction=ix)
            )
            return ix.message
        if kind == 4:
            self.validate(data, require_body=True)
        else:  # 5: deferred, "thinking"
            self.validate(data, require_body=False)
        message = fake.new_message(ix.channel, fake.bot_user, webhook=True, interaction=ix)
        self.fill_message(message, data, files, creating=True)
        if kind == 5:
            message.content, message.embeds, message.components = "", [], []
            message.flags = LOADING | (message.flags & EPHEMERAL)
        else:
            self.record_pings(message)
        fake.publish_message(message)
        ix.original = message
        return message

    async def followup(self, request: web.Request, p: dict[str, str]) -> web.Response:
        received = time.perf_counter()
        fake = self.fake
        ix = fake.interactions_by_token.get(p["interaction_token"])
        try:
            ix = self.webhook_interaction(p["application_id"], p["interaction_token"])
            if ix.initial is None:
                # No initial response yet: the webhook for this token does not exist.
                raise unknown("Webhook", 10015)
            payload, files = await self.body(request)
            self.validate(payload, require_body=not files)
        except DiscordError as error:
            raise self._reject(ix, error) from None
        if ix.original is not None and ix.original.loading:
            # Discord: the first follow-up after a "thinking" defer edits the loading
            # message instead of creating one, keeping its ephemeral state.
            message = ix.original
            ephemeral = message.flags & EPHEMERAL
            self.edit(message, {k: v for k, v in payload.items() if k != "flags"}, files)
            message.flags |= ephemeral
        else:
            message = fake.new_message(ix.channel, fake.bot_user, webhook=True, interaction=ix)
            self.fill_message(message, payload, files, creating=True)
            self.record_pings(message)
            fake.publish_message(message)
        ix.followups.append(message)
        ix.responses.append(Response("followup", None, payload, received, message))
        fake.emit(Event("followup", received, message=message, interaction=ix, data=payload))
        await ix._notify()
        if request.query.get("wait") in ("1", "true", "True"):
            return json_reply(message.payload())
        return no_content()

    def _webhook_message(self, ix: Interaction, message_id: str) -> Message:
        if message_id == "@original":
            if ix.original is not None:
                return ix.original
            if ix.message is not None and ix.initial is not None and ix.initial.type in (6, 7):
                return ix.message  # after a component update, @original is that message
            raise unknown("Message", 10008)
        for message in ix.followups:
            if str(message.id) == message_id and not message.deleted:
                return message
        if ix.original is not None and str(ix.original.id) == message_id:
            return ix.original
        raise unknown("Message", 10008)

    async def get_webhook_message(self, request: web.Request, p: dict[str, str]) -> web.Response:
        ix = self.webhook_interaction(p["application_id"], p["interaction_token"])
        message = self._webhook_message(ix, p["message_id"])
        if message.deleted:
            raise unknown("Message", 10008)
        return json_reply(message.payload())

    async def edit_webhook_message(self, request: web.Request, p: dict[str, str]) -> web.Response:
        received = time.perf_counter()
        ix = self.fake.interactions_by_token.get(p["interaction_token"])
        try:
            ix = self.webhook_interaction(p["application_id"], p["interaction_token"])
            message = self._webhook_message(ix, p["message_id"])
            payload, files = await self.body(request)
            self.edit(message, payload, files)
        except DiscordError as error:
            raise self._reject(ix, error) from None
        kind = "edit_original" if p["message_id"] == "@original" else "edit_followup"
        ix.responses.append(Response(kind, None, payload, received, message))
        self.fake.emit(
            Event("message_edit", received, message=message, interaction=ix, data=payload)
        )
        await ix._notify()
        return json_reply(message.payload())

    async def delete_webhook_message(self, request: web.Request, p: dict[str, str]) -> web.Response:
        ix = self.webhook_interaction(p["application_id"], p["interaction_token"])
        message = self._webhook_message(ix, p["message_id"])
        self.fake.delete_message(message, interaction=ix)
        ix.responses.append(Response("delete", None, {}, time.perf_counter(), message))
        await ix._notify()
        return no_content()

    # -- channels and messages -------------------------------------------------------------
    async def get_channel(self, request: web.Request, p: dict[str, str]) -> web.Response:
        channel = self.channel(p["channel_id"])
        self.need(channel, perms.VIEW_CHANNEL)
        return json_reply(channel.payload())

    async def get_messages(self, request: web.Request, p: dict[str, str]) -> web.Response:
        channel = self.channel(p["channel_id"])
        self.need(channel, perms.VIEW_CHANNEL | perms.READ_MESSAGE_HISTORY)
        limit = min(100, int(request.query.get("limit", 50)))
        before = int(request.query.get("before", 0)) or None
        found = [
            m
            for m in reversed(channel.messages)
            if not m.deleted and not m.ephemeral and (before is None or m.id < before)
        ]
        return json_reply([m.payload() for m in found[:limit]])

    async def get_message(self, request: web.Request, p: dict[str, str]) -> web.Response:
        channel = self.channel(p["channel_id"])
        self.need(channel, perms.VIEW_CHANNEL | perms.READ_MESSAGE_HISTORY)
        message = self.message(channel, p["message_id"])
        if message.ephemeral:
            raise unknown("Message", 10008)
        return json_reply(message.payload())

    async def create_message(self, request: web.Request, p: dict[str, str]) -> web.Response:
        fake = self.fake
        channel = self.channel(p["channel_id"])
        self.need(channel, perms.VIEW_CHANNEL | perms.SEND_MESSAGES)
        payload, files = await self.body(request)
        if files:
            self.need(channel, perms.ATTACH_FILES)
        self.validate(payload, require_body=not files)
        if int(payload.get("flags") or 0) & EPHEMERAL:
            raise DiscordError(
                400,
                50035,
                "Invalid Form Body",
                {
                    "flags": {
                        "_errors": [
                            {
                                "code": "MESSAGE_FLAGS_INVALID",
                                "message": "Ephemeral messages need an interaction",
                            }
                        ]
                    }
                },
            )
        reference = None
        ref = payload.get("message_reference")
        if ref and ref.get("message_id"):
            self.need(channel, perms.READ_MESSAGE_HISTORY)
            reference = fake.messages.get(int(ref["message_id"]))
            if reference is None or reference.deleted:
                if ref.get("fail_if_not_exists", True):
                    raise DiscordError(
                        400,
                        50035,
                        "Invalid Form Body",
                        {
                            "message_reference": {
                                "_errors": [
                                    {
                                        "code": "REPLIES_UNKNOWN_MESSAGE",
                                        "message": "Unknown message",
                                    }
                                ]
                            }
                        },
                    )
                reference = None
        message = fake.new_message(channel, fake.bot_user)
        message.reference = reference
        if reference is not None:
            message.type = 19
        self.fill_message(message, payload, files, creating=True)
        if message.embeds and not self.bot_permissions(channel) & perms.EMBED_LINKS:
            # Discord sends the message but shows no embeds without Embed Links.
            fake.warnings.append(f"message {message.id}: embeds dropped, no EMBED_LINKS")
            message.embeds = []
        self.record_pings(message)
        fake.publish_message(message)
        fake.emit(Event("message_create", time.perf_counter(), message=message, data=payload))
        await fake.dispatch_message(message)
        return json_reply(message.payload())

    async def edit_message(self, request: web.Request, p: dict[str, str]) -> web.Response:
        fake = self.fake
        channel = self.channel(p["channel_id"])
        message = self.message(channel, p["message_id"])
        payload, files = await self.body(request)
        if message.ephemeral:
            raise unknown("Message", 10008)  # ephemeral messages are only reachable by token
        if message.author is not fake.bot_user and set(payload) - {"flags"}:
            raise DiscordError(403, 50005, "Cannot edit a message authored by another user")
        self.edit(message, payload, files)
        fake.emit(Event("message_edit", time.perf_counter(), message=message, data=payload))
        await fake.dispatch_guild(channel.guild, "MESSAGE_UPDATE", message.gateway_payload())
        return json_reply(message.payload())

    async def delete_message(self, request: web.Request, p: dict[str, str]) -> web.Response:
        fake = self.fake
        channel = self.channel(p["channel_id"])
        message = self.message(channel, p["message_id"])
        if message.author is not fake.bot_user:
            self.need(channel, perms.MANAGE_MESSAGES)
        fake.delete_message(message)
        await fake.dispatch_guild(
            channel.guild,
            "MESSAGE_DELETE",
            {
                "id": str(message.id),
                "channel_id": str(channel.id),
                "guild_id": str(channel.guild.id),
            },
        )
        return no_content()

    async def typing(self, request: web.Request, p: dict[str, str]) -> web.Response:
        channel = self.channel(p["channel_id"])
        self.need(channel, perms.VIEW_CHANNEL | perms.SEND_MESSAGES)
        return no_content()

    async def add_reaction(self, request: web.Request, p: dict[str, str]) -> web.Response:
        channel = self.channel(p["channel_id"])
        self.need(channel, perms.VIEW_CHANNEL | perms.READ_MESSAGE_HISTORY | perms.ADD_REACTIONS)
        message = self.message(channel, p["message_id"])
        self.fake.emit(
            Event("reaction_add", time.perf_counter(), message=message, data={"emoji": p["emoji"]})
        )
        return no_content()

    async def remove_reaction(self, request: web.Request, p: dict[str, str]) -> web.Response:
        channel = self.channel(p["channel_id"])
        message = self.message(channel, p["message_id"])
        self.fake.emit(
            Event(
                "reaction_remove", time.perf_counter(), message=message, data={"emoji": p["emoji"]}
            )
        )
        return no_content()

    # -- guilds ----------------------------------------------------------------------------
    def guild(self, guild_id: str) -> Any:
        guild = self.fake.guilds.get(int(guild_id)) if guild_id.isdigit() else None
        if guild is None:
            raise unknown("Guild", 10004)
        return guild

    async def get_guild(self, request: web.Request, p: dict[str, str]) -> web.Response:
        data = self.guild(p["guild_id"]).payload(with_members=False)
        for key in ("channels", "members", "threads", "voice_states", "presences"):
            data.pop(key, None)
        return json_reply(data)

    async def get_guild_channels(self, request: web.Request, p: dict[str, str]) -> web.Response:
        guild = self.guild(p["guild_id"])
        return json_reply([c.payload() for c in guild.channels.values()])

    async def get_guild_roles(self, request: web.Request, p: dict[str, str]) -> web.Response:
        guild = self.guild(p["guild_id"])
        return json_reply([r.payload() for r in guild.roles.values()])

    async def get_member(self, request: web.Request, p: dict[str, str]) -> web.Response:
        guild = self.guild(p["guild_id"])
        member = guild.members.get(int(p["user_id"])) if p["user_id"].isdigit() else None
        if member is None:
            raise unknown("Member", 10007)
        return json_reply(member.payload())


def _now() -> str:
    from tests.fakediscord.model import iso_now

    return iso_now()

"""The gateway: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats, RESUME with replay.

A Session is what Discord keeps between connections: its id, its shard, its intents, its
sequence counter and every dispatch it sent, so a client that RESUMEs with `seq` gets
everything after it replayed with the original `s`, then RESUMED. Dispatches made while
no socket is attached wait in the session and go out on resume, as on Discord.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

if TYPE_CHECKING:
    from tests.fakediscord.model import Interaction
    from tests.fakediscord.server import FakeDiscord

log = logging.getLogger(__name__)

DISPATCH, HEARTBEAT, IDENTIFY, RESUME, RECONNECT, INVALID_SESSION, HELLO, HEARTBEAT_ACK = (
    0,
    1,
    2,
    6,
    7,
    9,
    10,
    11,
)

GUILDS = 1 << 0
GUILD_MEMBERS = 1 << 1
GUILD_PRESENCES = 1 << 8
GUILD_MESSAGES = 1 << 9
MESSAGE_CONTENT = 1 << 15
PRIVILEGED = GUILD_MEMBERS | GUILD_PRESENCES | MESSAGE_CONTENT

REPLAY_LIMIT = 50_000


@dataclass
class GatewayOp:
    """One op a client sent, for tests to inspect (fake.gateway_log)."""

    op: int
    session_id: str | None
    shard: tuple[int, int] | None
    data: Any
    at: float = field(default_factory=time.monotonic)


class Session:
    def __init__(self, fake: FakeDiscord, shard: tuple[int, int], intents: int) -> None:
        self.fake = fake
        self.id = secrets.token_hex(16)
        self.shard = shard
        self.intents = intents
        self.seq = 0
        self.sent: list[tuple[int, str]] = []  # (seq, frame) for replay
        self.ws: web.WebSocketResponse | None = None
        self.request: web.Request | None = None
        self.dead = False  # invalidated or replaced: never resumable again
        self.connections = 0

    def __repr__(self) -> str:
        state = "dead" if self.dead else ("attached" if self.ws else "detached")
        return f"<Session {self.id[:8]} shard={self.shard} seq={self.seq} {state}>"

    def holds(self, guild_id: int) -> bool:
        shard_id, count = self.shard
        return (guild_id >> 22) % count == shard_id

    @property
    def attached(self) -> bool:
        return self.ws is not None and not self.ws.closed

    async def dispatch(
        self, event: str, data: dict[str, Any], interaction: Interaction | None = None
    ) -> None:
        self.seq += 1
        frame = json.dumps({"op": DISPATCH, "t": event, "s": self.seq, "d": data})
        self.sent.append((self.seq, frame))
        if len(self.sent) > REPLAY_LIMIT:
            del self.sent[: len(self.sent) - REPLAY_LIMIT]
        if self.attached:
            if interaction is not None:
                interaction.sent_at = time.perf_counter()
                interaction.dispatched += 1
            # A socket closing under us: the client resumes and gets the frame replayed.
            with contextlib.suppress(ConnectionResetError, RuntimeError):
                await self.ws.send_str(frame)  # type: ignore[union-attr]

    async def attach_and_replay(
        self, ws: web.WebSocketResponse, request: web.Request, seq: int
    ) -> int:
        """Send every dispatch after `seq`, in order, then attach the socket. Dispatches made
        while replaying are appended to `sent` and picked up by the same loop, so nothing
        overtakes an older event."""
        count = index = 0
        while index < len(self.sent):
            number, frame = self.sent[index]
            index += 1
            if number <= seq:
                continue
            if '"t": "INTERACTION_CREATE"' in frame:
                ix = self.fake.interactions.get(int(json.loads(frame)["d"]["id"]))
                if ix is not None:
                    ix.dispatched += 1
                    if ix.sent_at is None:
                        ix.sent_at = time.perf_counter()
            await ws.send_str(frame)
            count += 1
        self.ws, self.request = ws, request  # no await since the loop's last check
        return count


class Gateway:
    """The websocket endpoint and its sessions. Owned by FakeDiscord."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.sessions: dict[str, Session] = {}
        self.log: list[GatewayOp] = []
        self.heartbeat_interval_ms = 41_250
        self.drop_acks = 0  # fault knob: heartbeat ACKs still to drop
        self.fail_resumes = 0  # fault knob: RESUMEs still to answer with op 9 false
        self.allowed_intents = PRIVILEGED  # privileged intents enabled in the "portal"
        self.connects = 0
        self._changed = asyncio.Condition()

    # -- queries ---------------------------------------------------------------------------
    def live_sessions(self) -> list[Session]:
        return [s for s in self.sessions.values() if not s.dead]

    def sessions_for(self, guild_id: int) -> list[Session]:
        return [s for s in self.live_sessions() if s.holds(guild_id)]

    def ops(self, op: int) -> list[GatewayOp]:
        return [entry for entry in self.log if entry.op == op]

    async def notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # -- the websocket ---------------------------------------------------------------------
    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0, autoping=True)
        await ws.prepare(request)
        self.connects += 1
        session: Session | None = None
        await ws.send_str(
            json.dumps(
                {
                    "op": HELLO,
                    "d": {"heartbeat_interval": self.heartbeat_interval_ms},
                    "s": None,
                    "t": None,
                }
            )
        )
        try:
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    continue
                payload = json.loads(msg.data)
                op, data = payload.get("op"), payload.get("d")
                self.log.append(
                    GatewayOp(
                        op,
                        session.id if session else None,
                        session.shard if session else None,
                        data,
                    )
                )
                if op == HEARTBEAT:
                    if self.drop_acks > 0:
                        self.drop_acks -= 1
                        continue
                    await ws.send_str(
                        json.dumps({"op": HEARTBEAT_ACK, "d": None, "s": None, "t": None})
                    )
                elif op == IDENTIFY:
                    session = await self._identify(ws, request, data)
                elif op == RESUME:
                    session = await self._resume(ws, request, data)
                # op 3 presence, 4 voice, 8 request members: accepted and logged only.
                await self.notify()
        finally:
            if session is not None and session.ws is ws:
                session.ws = None
                session.request = None
            await self.notify()
        return ws

    async def _identify(
        self, ws: web.WebSocketResponse, request: web.Request, data: dict[str, Any]
    ) -> Session | None:
        fake = self.fake
        if data.get("token") != fake.token:
            await ws.close(code=4004, message=b"Authentication failed.")
            return None
        shard_id, count = data.get("shard") or [0, 1]
        if count < 1 or not 0 <= shard_id < count:
            await ws.close(code=4010, message=b"Invalid shard.")
            return None
        intents = int(data.get("intents", 0))
        if intents & PRIVILEGED & ~self.allowed_intents:
            await ws.close(code=4014, message=b"Disallowed intent(s).")
            return None
        # A new IDENTIFY for a shard replaces that shard's detached sessions.
        for old in self.live_sessions():
            if old.shard == (shard_id, count) and not old.attached:
                old.dead = True
        session = Session(fake, (shard_id, count), intents)
        session.ws, session.request = ws, request
        session.connections = 1
        self.sessions[session.id] = session
        guilds = [g for g in fake.guilds.values() if session.holds(g.id)]
        await session.dispatch(
            "READY",
            {
                "v": 10,
                "user": fake.bot_user.payload() | {"verified": True, "mfa_enabled": False},
                "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
                "session_id": session.id,
                "session_type": "normal",
                "resume_gateway_url": fake.gateway_url,
                "shard": [shard_id, count],
                "application": {"id": str(fake.application_id), "flags": fake.application_flags},
                "private_channels": [],
                "relationships": [],
                "presences": [],
                "guild_join_requests": [],
                "geo_ordered_rtc_regions": [],
                "user_settings": {},
            },
        )
        if intents & GUILDS:
            with_members = bool(intents & GUILD_MEMBERS)
            for guild in guilds:
                await session.dispatch("GUILD_CREATE", guild.payload(with_members=with_members))
        return session

    async def _resume(
        self, ws: web.WebSocketResponse, request: web.Request, data: dict[str, Any]
    ) -> Session | None:
        session = self.sessions.get(str(data.get("session_id")))
        if (
            self.fail_resumes > 0
            or session is None
            or session.dead
            or data.get("token") != self.fake.token
        ):
            self.fail_resumes = max(0, self.fail_resumes - 1)
            if session is not None:
                session.dead = True
            await ws.send_str(json.dumps({"op": INVALID_SESSION, "d": False, "s": None, "t": None}))
            return None
        if session.attached:  # a stale socket still open: Discord drops it
            stale, session.ws = session.ws, None
            await stale.close(code=4000)  # type: ignore[union-attr]
        session.connections += 1
        await session.attach_and_replay(ws, request, int(data.get("seq") or 0))
        await session.dispatch("RESUMED", {})
        return session

    # -- fault knobs -----------------------------------------------------------------------
    def _targets(self, shard: int | None) -> list[Session]:
        return [
            s for s in self.live_sessions() if s.attached and (shard is None or s.shard[0] == shard)
        ]

    async def drop(self, *, shard: int | None = None, code: int | None = 4000) -> int:
        """Close the sockets (code None: abort the TCP connection, the client sees 1006)."""
        targets = self._targets(shard)
        for session in targets:
            ws, request = session.ws, session.request
            session.ws = session.request = None
            if code is None and request is not None and request.transport is not None:
                request.transport.abort()
            elif ws is not None:
                await ws.close(code=code)
        return len(targets)

    async def send_op(self, op: int, data: Any, *, shard: int | None = None) -> int:
        targets = self._targets(shard)
        for session in targets:
            if op == INVALID_SESSION and data is False:
                session.dead = True
            await session.ws.send_str(  # type: ignore[union-attr]
                json.dumps({"op": op, "d": data, "s": None, "t": None})
            )
        return len(targets)

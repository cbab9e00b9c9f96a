"""The server most e2e tests play in (built by the `world` fixture)."""

from __future__ import annotations

from dataclasses import dataclass

from tests.fakediscord import FakeDiscord
from tests.fakediscord.model import Channel, Guild, User


@dataclass
class World:
    fake: FakeDiscord
    guild: Guild
    quiz: Channel
    general: Channel
    alice: User
    bob: User
    mod: User

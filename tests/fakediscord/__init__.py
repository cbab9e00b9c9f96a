"""A fake Discord on 127.0.0.1 that the unmodified discord.py client logs into.

See README.md (section "Fake Discord") and server.py for the test-facing API.
"""

from tests.fakediscord.pointing import point_discord_at
from tests.fakediscord.server import CommandUnavailable, FakeDiscord, NotConnected

__all__ = ["CommandUnavailable", "FakeDiscord", "NotConnected", "point_discord_at"]

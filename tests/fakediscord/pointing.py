"""Point the real discord.py client at a fake server through its base URLs, and nothing else.

discord.py has no base-URL option; these two class attributes are what it reads:
`Route.BASE` for every REST call (including interaction callbacks and webhook
follow-ups) and `DiscordWebSocket.DEFAULT_GATEWAY` for the first connect and after an
INVALID_SESSION. The fake's /gateway/bot and READY's resume_gateway_url point at the
same server, so an AutoShardedClient and a resuming client stay on loopback too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


def point_discord_at(rest_url: str, gateway_url: str) -> tuple[str, object]:
    """Set the two base URLs; returns the previous values (for restore)."""
    import yarl
    from discord.gateway import DiscordWebSocket
    from discord.http import Route

    previous = (Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)
    Route.BASE = rest_url.rstrip("/")
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)
    return previous


@contextmanager
def pointed_at(rest_url: str, gateway_url: str) -> Iterator[None]:
    from discord.gateway import DiscordWebSocket
    from discord.http import Route

    base, gateway = point_discord_at(rest_url, gateway_url)
    try:
        yield
    finally:
        Route.BASE = base
        DiscordWebSocket.DEFAULT_GATEWAY = gateway  # type: ignore[assignment]

"""Where the CLI's rich tables print: a terminal at its width; piped or redirected, wide
enough that no cell is cut ("a-very-long-artic…"), since a script or a log reads them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

PIPED_WIDTH = 10_000  # a table is as wide as its content; this only lifts rich's 80


def table_console(*, stderr: bool = False) -> Console:
    from rich.console import Console

    console = Console(stderr=stderr)
    if console.is_terminal:
        return console
    return Console(stderr=stderr, width=PIPED_WIDTH)

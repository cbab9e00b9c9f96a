"""Showing user-supplied text back on Discord without it doing anything.

Every string a user (or an article, or an imported trivia list) supplied passes through
`clean()` before it is put in a message or an embed: invisible and control characters are
dropped, markdown is escaped, mentions are broken so they cannot ping, and the length is
capped. Messages are also sent with `AllowedMentions.none()` (the client's default, and
`NO_MENTIONS` for explicit calls), so a mention that slipped through would still not ping.
"""

from __future__ import annotations

import re
import unicodedata

import discord

NO_MENTIONS = discord.AllowedMentions.none()

ELLIPSIS = "…"
EMPTY = "(blank)"
ZWJ = "\u200d"
# Discord renders these without a mention ping but some clients still highlight them.
_MENTION = re.compile(r"@(everyone|here)|<(@[!&]?|#)(\d{15,21})>")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def _drop_invisible(text: str) -> str:
    """Remove control and format characters (zero-width spaces, bidi overrides, BOMs...).

    A zero-width joiner is kept only between two symbols, where it builds an emoji
    sequence (family, flags); anywhere else it is an invisible character like the rest.
    """
    out: list[str] = []
    for index, ch in enumerate(text):
        category = unicodedata.category(ch)
        if ch in "\n\t":
            out.append(ch)
        elif ch == ZWJ:
            before = text[index - 1] if index else ""
            after = text[index + 1] if index + 1 < len(text) else ""
            if _is_symbol(before) and _is_symbol(after):
                out.append(ch)
        elif category in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            if category in ("Zl", "Zp"):
                out.append("\n")
        else:
            out.append(ch)
    return "".join(out)


def _is_symbol(ch: str) -> bool:
    return bool(ch) and unicodedata.category(ch) in ("So", "Sk")


def normalise(text: str, *, single_line: bool = False) -> str:
    """Visible characters only, spaces collapsed; one line when `single_line`."""
    text = unicodedata.normalize("NFC", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    text = _drop_invisible(text)
    if single_line:
        text = " ".join(text.split())
    else:
        lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
        text = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    return text


def neutralise_mentions(text: str) -> str:
    """`@everyone`, `@here`, `<@id>`, `<@&id>`, `<#id>` shown as text, never as mentions."""

    def broken(match: re.Match[str]) -> str:
        if match.group(1):
            return "@\u2060" + match.group(1)  # a word joiner: visible text, no ping
        return "<" + match.group(2) + "\u2060" + match.group(3) + ">"

    return _MENTION.sub(broken, text)


def escape(text: str) -> str:
    """Markdown shown literally (discord.py's escaping also doubles backslashes, so a
    trailing one cannot escape the markup around it)."""
    return discord.utils.escape_markdown(text, ignore_links=False)


def clean(
    text: object, limit: int = 1024, *, single_line: bool = True, placeholder: str = EMPTY
) -> str:
    """User text made safe to show: visible, escaped, unable to ping, at most `limit` long.

    The cap applies to the escaped result, and a cut never splits an escape sequence
    (an escaped `\\*` is two characters that must stay together).
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    raw = normalise("" if text is None else str(text), single_line=single_line)
    if not raw:
        return placeholder[:limit]
    shown = _render(raw)
    if len(shown) <= limit:
        return shown
    # Too long: find the longest prefix of the raw text whose rendering fits with "…".
    low, high = 0, len(raw)
    while low < high:
        mid = (low + high + 1) // 2
        if len(_render(raw[:mid].rstrip()) + ELLIPSIS) <= limit:
            low = mid
        else:
            high = mid - 1
    return (_render(raw[:low].rstrip()) + ELLIPSIS) if low else ELLIPSIS[:limit]


def _render(raw: str) -> str:
    return neutralise_mentions(escape(raw))


def truncate(text: str, limit: int) -> str:
    """Cut our own (already safe) text to `limit`, ending with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - 1)]
    # Never leave a lone backslash that would escape the ellipsis (or half an escape).
    while cut.endswith("\\") and (len(cut) - len(cut.rstrip("\\"))) % 2 == 1:
        cut = cut[:-1]
    return cut + ELLIPSIS


def plain_name(text: object, limit: int = 80) -> str:
    """A display name for a list or an embed line: one line, escaped, capped."""
    return clean(text, limit, single_line=True, placeholder="(no name)")


def code_free(text: str) -> str:
    """Text that may sit inside inline code (backticks removed) without breaking out."""
    return normalise(text, single_line=True).replace("`", "'")

"""Discord's size limits on messages, embeds, components, modals and commands.

A payload that breaks one gets what Discord answers: HTTP 400 with
`{"code": 50035, "message": "Invalid Form Body", "errors": {...}}`, the errors nested by
field path down to `_errors: [{code, message}]`, so discord.py raises HTTPException with
the same text a real bot would log.
"""

from __future__ import annotations

import re
from typing import Any

CONTENT = 2000
EMBEDS = 10
EMBED_TITLE = 256
EMBED_DESCRIPTION = 4096
EMBED_FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER_TEXT = 2048
AUTHOR_NAME = 256
EMBED_TOTAL = 6000
ACTION_ROWS = 5
ROW_BUTTONS = 5
BUTTON_LABEL = 80
CUSTOM_ID = 100
SELECT_OPTIONS = 25
SELECT_PLACEHOLDER = 150
SELECT_OPTION_LABEL = 100
MODAL_TITLE = 45
TEXT_INPUT_LABEL = 45
AUTOCOMPLETE_CHOICES = 25
CHOICE_NAME = 100
CHOICE_VALUE = 100

COMMAND_NAME = re.compile(r"^[-_\w]{1,32}$")


class FormErrors:
    """Collects errors by field path; `payload()` is Discord's 50035 body."""

    def __init__(self) -> None:
        self.errors: dict[str, Any] = {}

    def add(self, path: tuple[object, ...], code: str, message: str) -> None:
        node = self.errors
        for part in path:
            node = node.setdefault(str(part), {})
        node.setdefault("_errors", []).append({"code": code, "message": message})

    def max_length(self, path: tuple[object, ...], value: object, limit: int) -> None:
        if value is not None and len(value) > limit:  # type: ignore[arg-type]
            self.add(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")

    def required(self, path: tuple[object, ...], value: object) -> bool:
        if value is None or value == "":
            self.add(path, "BASE_TYPE_REQUIRED", "This field is required")
            return False
        return True

    def __bool__(self) -> bool:
        return bool(self.errors)

    def payload(self) -> dict[str, Any]:
        return {"code": 50035, "message": "Invalid Form Body", "errors": self.errors}


def check_message(data: dict[str, Any], errors: FormErrors) -> bool:
    """A message body as sent to POST/PATCH messages, webhooks and interaction callbacks.

    Returns whether the body is empty (Discord answers that with 50006, not a form error).
    """
    content = data.get("content")
    if content is not None and not isinstance(content, str):
        content = str(content)
    errors.max_length(("content",), content, CONTENT)
    embeds = data.get("embeds") or []
    if data.get("embed"):
        embeds = [data["embed"], *embeds]
    check_embeds(embeds, errors)
    check_components(data.get("components") or [], errors)
    mentions = data.get("allowed_mentions")
    if mentions:
        parse = mentions.get("parse") or []
        for kind in ("users", "roles"):
            if kind in parse and mentions.get(kind):
                errors.add(
                    ("allowed_mentions",),
                    "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                    f'parse:["{kind}"] and {kind}: [ids...] are mutually exclusive.',
                )
            errors.max_length(("allowed_mentions", kind), mentions.get(kind), 100)
    return not (
        content
        or embeds
        or data.get("components")
        or data.get("attachments")
        or data.get("sticker_ids")
        or data.get("poll")
    )


def embed_size(embed: dict[str, Any]) -> int:
    total = len(embed.get("title") or "") + len(embed.get("description") or "")
    for field in embed.get("fields") or []:
        total += len(field.get("name") or "") + len(field.get("value") or "")
    total += len((embed.get("footer") or {}).get("text") or "")
    total += len((embed.get("author") or {}).get("name") or "")
    return total


def check_embeds(embeds: list[dict[str, Any]], errors: FormErrors) -> None:
    errors.max_length(("embeds",), embeds, EMBEDS)
    total = 0
    for index, embed in enumerate(embeds):
        path: tuple[object, ...] = ("embeds", index)
        errors.max_length((*path, "title"), embed.get("title"), EMBED_TITLE)
        errors.max_length((*path, "description"), embed.get("description"), EMBED_DESCRIPTION)
        fields = embed.get("fields") or []
        errors.max_length((*path, "fields"), fields, EMBED_FIELDS)
        for number, field in enumerate(fields):
            fpath = (*path, "fields", number)
            if errors.required((*fpath, "name"), field.get("name")):
                errors.max_length((*fpath, "name"), field.get("name"), FIELD_NAME)
            if errors.required((*fpath, "value"), field.get("value")):
                errors.max_length((*fpath, "value"), field.get("value"), FIELD_VALUE)
        footer = embed.get("footer")
        if footer is not None and errors.required((*path, "footer", "text"), footer.get("text")):
            errors.max_length((*path, "footer", "text"), footer.get("text"), FOOTER_TEXT)
        author = embed.get("author")
        if author is not None and errors.required((*path, "author", "name"), author.get("name")):
            errors.max_length((*path, "author", "name"), author.get("name"), AUTHOR_NAME)
        total += embed_size(embed)
    if total > EMBED_TOTAL:
        errors.add(
            ("embeds",),
            "MAX_EMBED_SIZE_EXCEEDED",
            f"Embed size exceeds maximum size of {EMBED_TOTAL}",
        )


def check_components(rows: list[dict[str, Any]], errors: FormErrors) -> None:
    errors.max_length(("components",), rows, ACTION_ROWS)
    seen: set[str] = set()
    for index, row in enumerate(rows):
        path: tuple[object, ...] = ("components", index)
        if row.get("type") != 1:
            errors.add((*path, "type"), "UNION_TYPE_CHOICES", 'Value of field "type" must be 1.')
            continue
        children = row.get("components") or []
        if not children:
            errors.add(
                (*path, "components"), "BASE_TYPE_MIN_LENGTH", "Must be 1 or more in length."
            )
        kinds = {child.get("type") for child in children}
        if 2 in kinds:
            errors.max_length((*path, "components"), children, ROW_BUTTONS)
        if kinds - {2} and len(children) > 1:
            errors.add(
                (*path, "components"),
                "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
                "The specified component exceeds the maximum width",
            )
        for number, child in enumerate(children):
            _check_component(child, (*path, "components", number), errors, seen)


def _check_component(
    child: dict[str, Any], path: tuple[object, ...], errors: FormErrors, seen: set[str]
) -> None:
    kind = child.get("type")
    custom_id = child.get("custom_id")
    if custom_id is not None:
        errors.max_length((*path, "custom_id"), custom_id, CUSTOM_ID)
        if custom_id in seen:
            errors.add(
                (*path, "custom_id"),
                "COMPONENT_CUSTOM_ID_DUPLICATED",
                "Component custom id cannot be duplicated",
            )
        seen.add(custom_id)
    if kind == 2:
        errors.max_length((*path, "label"), child.get("label"), BUTTON_LABEL)
        style = child.get("style")
        if style not in (1, 2, 3, 4, 5, 6):
            errors.add(
                (*path, "style"), "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5, 6}."
            )
        elif style == 5 and not child.get("url"):
            errors.add((*path, "url"), "BASE_TYPE_REQUIRED", "This field is required")
        elif style in (1, 2, 3, 4) and not custom_id:
            errors.add((*path, "custom_id"), "BASE_TYPE_REQUIRED", "This field is required")
        if not child.get("label") and not child.get("emoji") and style != 6:
            errors.add((*path, "label"), "BASE_TYPE_REQUIRED", "This field is required")
    elif kind in (3, 5, 6, 7, 8):
        errors.required((*path, "custom_id"), custom_id)
        errors.max_length((*path, "placeholder"), child.get("placeholder"), SELECT_PLACEHOLDER)
        options = child.get("options")
        if kind == 3:
            if not options:
                errors.add(
                    (*path, "options"), "BASE_TYPE_MIN_LENGTH", "Must be 1 or more in length."
                )
            errors.max_length((*path, "options"), options, SELECT_OPTIONS)
            for number, option in enumerate(options or []):
                errors.max_length(
                    (*path, "options", number, "label"), option.get("label"), SELECT_OPTION_LABEL
                )
                errors.max_length(
                    (*path, "options", number, "value"), option.get("value"), SELECT_OPTION_LABEL
                )
    elif kind == 4:
        errors.required((*path, "custom_id"), custom_id)
        errors.max_length((*path, "label"), child.get("label"), TEXT_INPUT_LABEL)
    else:
        errors.add((*path, "type"), "UNION_TYPE_CHOICES", f"Unknown component type {kind}")


def check_modal(data: dict[str, Any], errors: FormErrors) -> None:
    if errors.required(("title",), data.get("title")):
        errors.max_length(("title",), data.get("title"), MODAL_TITLE)
    if errors.required(("custom_id",), data.get("custom_id")):
        errors.max_length(("custom_id",), data.get("custom_id"), CUSTOM_ID)
    rows = data.get("components") or []
    if not rows:
        errors.add(("components",), "BASE_TYPE_MIN_LENGTH", "Must be 1 or more in length.")
    errors.max_length(("components",), rows, ACTION_ROWS)
    seen: set[str] = set()
    for index, row in enumerate(rows):
        children = row.get("components") or ([row.get("component")] if row.get("component") else [])
        for number, child in enumerate(children):
            _check_component(child, ("components", index, "components", number), errors, seen)


def check_choices(data: dict[str, Any], errors: FormErrors) -> None:
    choices = data.get("choices")
    if choices is None:
        errors.add(("choices",), "BASE_TYPE_REQUIRED", "This field is required")
        return
    errors.max_length(("choices",), choices, AUTOCOMPLETE_CHOICES)
    for index, choice in enumerate(choices):
        if errors.required(("choices", index, "name"), choice.get("name")):
            errors.max_length(("choices", index, "name"), choice.get("name"), CHOICE_NAME)
        value = choice.get("value")
        if isinstance(value, str):
            errors.max_length(("choices", index, "value"), value, CHOICE_VALUE)


def check_commands(commands: list[dict[str, Any]], errors: FormErrors) -> None:
    """What a bulk overwrite (tree.sync) is checked for."""
    errors.max_length((), commands, 100)
    names: set[tuple[int, str]] = set()
    for index, command in enumerate(commands):
        kind = command.get("type", 1)
        name = command.get("name") or ""
        if kind == 1 and (not COMMAND_NAME.match(name) or name != name.lower()):
            errors.add(
                (index, "name"), "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid"
            )
        if (kind, name) in names:
            errors.add(
                (index, "name"),
                "APPLICATION_COMMANDS_DUPLICATE_NAME",
                "Application command names must be unique",
            )
        names.add((kind, name))
        if kind == 1 and errors.required((index, "description"), command.get("description")):
            errors.max_length((index, "description"), command.get("description"), 100)
        _check_options(command.get("options") or [], (index, "options"), errors)


def _check_options(
    options: list[dict[str, Any]], path: tuple[object, ...], errors: FormErrors
) -> None:
    errors.max_length(path, options, 25)
    optional_seen = False
    for index, option in enumerate(options):
        opath = (*path, index)
        name = option.get("name") or ""
        if not COMMAND_NAME.match(name) or name != name.lower():
            errors.add(
                (*opath, "name"), "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid"
            )
        if errors.required((*opath, "description"), option.get("description")):
            errors.max_length((*opath, "description"), option.get("description"), 100)
        errors.max_length((*opath, "choices"), option.get("choices"), 25)
        if option.get("type") in (1, 2):
            _check_options(option.get("options") or [], (*opath, "options"), errors)
            continue
        if option.get("required"):
            if optional_seen:
                errors.add(
                    (*opath, "required"),
                    "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                    "Required options must be placed before non-required options",
                )
        else:
            optional_seen = True

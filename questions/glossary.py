"""A fandom glossary: canonical names, their aliases and fine types.

The glossary is optional everywhere: the pipeline works without one, and with one it
labels names the small English model misses ("V", "Hoseok", "BBMAs") and knows that
J-Hope and Jung Hoseok are the same person.

File format (YAML), documented in the README:

    fandom: BTS                 # optional, free text
    entries:
      - name: J-Hope            # canonical name (what answers use)
        type: member            # fine type: group, member, person, song, album, ...
        group: BTS              # optional: the group a member belongs to
        aliases: [Jung Hoseok, Hoseok, Hobi]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

# Fine types the rest of the engine understands, with the spaCy label they get.
FINE_TYPES: dict[str, str] = {
    "group": "ORG",
    "member": "PERSON",
    "person": "PERSON",
    "singer": "PERSON",
    "actor": "PERSON",
    "player": "PERSON",
    "coach": "PERSON",
    "character": "PERSON",
    "song": "WORK_OF_ART",
    "album": "WORK_OF_ART",
    "film": "WORK_OF_ART",
    "show": "WORK_OF_ART",
    "game": "WORK_OF_ART",
    "book": "WORK_OF_ART",
    "tour": "EVENT",
    "event": "EVENT",
    "award_show": "EVENT",
    "festival": "EVENT",
    "tournament": "EVENT",
    "award": "WORK_OF_ART",
    "venue": "FAC",
    "city": "GPE",
    "country": "GPE",
    "team": "ORG",
    "label": "ORG",
    "company": "ORG",
    "platform": "ORG",
    "fandom": "NORP",
}

SHORT_ALIAS = 3  # aliases this short match case-sensitively ("V", "RM", but not "v")


class GlossaryError(ValueError):
    """A glossary file that cannot be used; str() is one line saying why."""


@dataclass(frozen=True)
class Entry:
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    group: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def label(self) -> str:
        return FINE_TYPES.get(self.type, "ORG")


def _key(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", text).strip().casefold()


# The forms `Glossary.lookup` tries, in its order: a pure function of the text, asked of
# the same few names thousands of times per article batch (every mention, every phrase).
@lru_cache(maxsize=1 << 15)
def _lookup_forms(text: str) -> tuple[tuple[str, str], tuple[str, str, str]]:
    text = text.strip()
    bare = re.sub(r"['’]s?$", "", text)
    key = _key(text)
    return (text, bare), (key, re.sub(r"^the ", "", key), re.sub(r"'s?$", "", key))


@dataclass(frozen=True)
class Glossary:
    entries: tuple[Entry, ...] = ()
    fandom: str | None = None
    _index: dict[str, Entry] = field(default_factory=dict, compare=False, hash=False, repr=False)
    _exact: dict[str, Entry] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        for entry in self.entries:
            for alias in entry.names:
                if len(alias) <= SHORT_ALIAS and not alias.isdigit():
                    self._exact.setdefault(alias, entry)  # "V" is a name, "v" is not
                else:
                    self._index.setdefault(_key(alias), entry)

    def __hash__(self) -> int:  # used as an lru_cache key beside the model name
        return hash((self.entries, self.fandom))

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, text: str) -> Entry | None:
        """The entry a name or alias belongs to; short aliases must match case too.
        A leading "the" and a possessive "'s" are ignored."""
        exact, keys = _lookup_forms(text)
        for candidate in exact:
            if candidate in self._exact:
                return self._exact[candidate]
        for candidate in keys:
            if candidate in self._index:
                return self._index[candidate]
        return None

    def canonical(self, text: str) -> str | None:
        entry = self.lookup(text)
        return entry.name if entry else None

    def aliases_of(self, name: str) -> list[str]:
        """Every other name of `name`'s entry (canonical name first when `name` is an alias)."""
        entry = self.lookup(name)
        if entry is None:
            return []
        return [n for n in entry.names if _key(n) != _key(name)]

    def entries_of_type(self, fine_type: str) -> list[Entry]:
        return [e for e in self.entries if e.type == fine_type]

    def members_of(self, group: str) -> list[Entry]:
        canonical = self.canonical(group) or group
        return [e for e in self.entries if e.group and _key(e.group) == _key(canonical)]


def load_glossary(path: Path | str) -> Glossary:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise GlossaryError(f"{path.name}: cannot read it ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise GlossaryError(f"{path.name}: is not UTF-8 text") from None
    except yaml.YAMLError as error:
        reason = str(error).strip().splitlines()[0]
        raise GlossaryError(f"{path.name}: is not valid YAML ({reason})") from None
    return glossary_from_data(data, label=path.name)


def glossary_from_data(data: object, label: str = "glossary") -> Glossary:
    if data is None:
        return Glossary()
    if not isinstance(data, dict) or not isinstance(data.get("entries", []), list):
        raise GlossaryError(f"{label}: must be a mapping with an `entries:` list")
    entries: list[Entry] = []
    for number, raw in enumerate(data.get("entries") or [], start=1):
        if not isinstance(raw, dict) or not str(raw.get("name") or "").strip():
            raise GlossaryError(f"{label}: entry {number} needs a `name`")
        fine_type = str(raw.get("type") or "").strip().lower().replace(" ", "_")
        if fine_type not in FINE_TYPES:
            known = ", ".join(sorted(FINE_TYPES))
            raise GlossaryError(
                f"{label}: entry {number} ({raw['name']}) has unknown type {fine_type!r}; "
                f"use one of {known}"
            )
        aliases = raw.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [aliases]
        entries.append(
            Entry(
                name=str(raw["name"]).strip(),
                type=fine_type,
                aliases=tuple(_unique(str(a).strip() for a in aliases if str(a).strip())),
                group=str(raw["group"]).strip() if raw.get("group") else None,
            )
        )
    fandom = data.get("fandom")
    return Glossary(entries=tuple(entries), fandom=str(fandom) if fandom else None)


def _unique(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if _key(item) not in seen:
            seen.add(_key(item))
            out.append(item)
    return out

"""Wrong choices for multiple-choice play: three per question, certainly wrong, plausible.

A wrong choice is *certainly wrong* when it is none of: the answer, one of its aliases, a
name the glossary files under the same entry ("BTS" / "Bangtan Boys"), a variant of the
answer (rapidfuzz: "Fake Love (Remix)", "Swift" for "Taylor Swift"), an initialism of it
("RM" / "Rap Monster"), or something the articles say is also true for the question
(`also_true`). It is *plausible* when it answers the same question word: same fine type,
the same group for a member, preferably from the same article, and of the same shape
(a full name for a full name, one word for one word).

Names come from a `ChoicePool` (the articles' entities and the glossary). Numbers, years,
dates, scores and minutes are generated near the answer in the answer's own format.
When fewer than three certainly-wrong candidates exist, `pick_choices` returns () and
the question stays typed-only: choices are never padded with other types or made up.

Which fine types may stand in for each other (`compatible_types`):
- A type always accepts itself and its synonyms (single/track -> song, ep -> album,
  band -> group, club -> team, idol -> member, stadium -> venue).
- A "Who" type accepts the people-types a glossary refines it into: person <- singer,
  actor; singer and actor <- person (the model alone only knows "person"). Members,
  players, coaches and characters are never mixed with anyone else: "Which member"
  wants members, and fictional characters never sit beside real people.
- A member answer with a known group gets members of that group only ("Which BTS
  member" with a BLACKPINK member is no question at all); a player prefers team-mates.
- A generic event accepts award shows and festivals; an award show wants award shows.
- Coarse types that mix granularities give no choices at all: "place" (a city and its
  own country could both be true), "organization", "title" (a song and the album or
  tour named after it), "thing".
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from questions.mentions import first_name_gender
from questions.nlp import doc_ents
from questions.normalize import NEAR_DUPLICATE, answer_key, near_duplicate, normalize, same_answer

WRONG_CHOICES = 3
MAX_NAME_CHARS = 80
MAX_NAME_WORDS = 10

TYPE_SYNONYMS = {
    "single": "song", "track": "song",
    "ep": "album", "mixtape": "album", "record": "album",
    "band": "group", "duo": "group",
    "club": "team", "side": "team",
    "idol": "member",
    "solo_artist": "singer", "artist": "singer", "rapper": "singer", "musician": "singer",
    "actress": "actor",
    "stadium": "venue", "arena": "venue",
    "awards": "award_show", "award_ceremony": "award_show",
    "movie": "film", "series": "show", "tv_show": "show", "video_game": "game",
    "cardinal": "count", "quantity": "number", "amount": "number",
}  # fmt: skip
# Wider types an answer type accepts after its own, in order of preference.
WIDER_TYPES: dict[str, tuple[str, ...]] = {
    "person": ("singer", "actor"),
    "singer": ("person",),
    "actor": ("person",),
    "event": ("award_show", "festival"),
}
# Types whose members belong to a group (glossary `group:`): keep to it or prefer it.
SAME_GROUP_ONLY = {"member", "character"}
SAME_GROUP_FIRST = {"player", "coach"}
# Too coarse to be sure a different value is wrong: no choices.
AMBIGUOUS_TYPES = {
    "place", "organization", "organisation", "thing", "misc", "curated", "time",
    "title",  # the model's bare WORK_OF_ART: songs, films, books and tours mixed
}  # fmt: skip
# Generated rather than drawn from the pool.
NUMERIC_TYPES = {
    "year", "date", "score", "minute", "number", "count", "money", "percent", "age",
    "ordinal",
}  # fmt: skip


@lru_cache(maxsize=1024)
def canonical_type(fine_type: str) -> str:
    """Normalised fine type: "Award Show" -> "award_show", "single" -> "song"."""
    key = re.sub(r"[\s\-]+", "_", str(fine_type).strip().casefold())
    return TYPE_SYNONYMS.get(key, key)


def compatible_types(answer_type: str) -> tuple[str, ...]:
    """The fine types a wrong choice for `answer_type` may have, best first."""
    own = canonical_type(answer_type)
    if own in AMBIGUOUS_TYPES or own in NUMERIC_TYPES:
        return ()
    return (own, *WIDER_TYPES.get(own, ()))


# ---------------------------------------------------------------------------- the pool
@dataclass(frozen=True)
class Candidate:
    text: str  # what a choice button shows
    fine_type: str
    aliases: tuple[str, ...] = ()  # other names of the same thing
    sources: tuple[str, ...] = ()  # article names, "glossary" or "items"
    group: str | None = None  # glossary group (the band of a member, a player's team)
    sure: bool = True  # the type is known (glossary, role noun, caller), not a bare NER label
    mentions: int = 1

    @property
    def names(self) -> tuple[str, ...]:
        return (self.text, *self.aliases)


@dataclass
class _Gathered:
    """A candidate while the pool is being filled."""

    fine_type: str
    canonical: str | None = None  # fixed name (glossary), else the commonest surface form
    forms: dict[str, int] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    group: str | None = None
    sure: bool = False

    def freeze(self) -> Candidate:
        text = self.canonical or max(self.forms, key=lambda form: self.forms[form])
        return Candidate(
            text=text,
            fine_type=self.fine_type,
            aliases=tuple(_unique([*self.forms, *self.aliases], exclude=text)),
            sources=tuple(self.sources),
            group=self.group,
            sure=self.sure,
            mentions=sum(self.forms.values()),
        )


# Types whose one-word names fold into a longer name across the family ("John" the
# person into "John Legend" the singer).
FOLD_FAMILIES = ({"person", "singer", "actor"},)
# Names that tie two articles to one fandom when both mention them (not places, award
# shows or labels, which many fandoms share).
TOPIC_TYPES = {
    "group", "member", "person", "singer", "actor", "player", "coach", "character", "team",
    "song", "album", "film", "show", "game", "book", "tour",
}  # fmt: skip
PEOPLE_TYPES = {"person", "singer", "actor", "member", "player", "coach", "character"}


class ChoicePool:
    """Candidate wrong choices by fine type, each with its aliases and sources."""

    def __init__(self, glossary: Any = None) -> None:
        self.glossary = glossary
        self._gathered: dict[str, dict[str, _Gathered]] = {}
        self._frozen: dict[str, tuple[Candidate, ...]] | None = None
        self._linked: dict[str, set[str]] | None = None
        # Look-ups repeated for every mention and every question, cached per pool.
        self._entries: dict[str, Any] = {}
        self._other_names: dict[str, list[str]] = {}
        self._clash_indexes: dict[str, _ClashIndex] = {}

    # -- building
    @classmethod
    def build(cls, parsed_articles: Iterable[Any], glossary: Any = None) -> ChoicePool:
        """Every typed entity of the parsed articles (`ParsedArticle.doc.ents` with
        `Span._.fine_type`), plus every glossary entry. Names of people that are not
        all proper nouns ("Behind Norris") or hold a digit ("Everton 2-0") are left out:
        the model's PERSON label is often wrong, and a wrong choice must look right."""
        pool = cls(glossary)
        pool.add_glossary()
        for parsed in parsed_articles:
            source = parsed.article.name
            known = _refined_types(parsed.doc)
            for ent in doc_ents(parsed.doc):
                if not _has_fine_type(ent):
                    continue
                fine_type = canonical_type(ent._.fine_type or "")
                text = _entity_text(ent)
                if fine_type in PEOPLE_TYPES and "|" not in (ent.ent_id_ or ""):
                    text = _person_name(ent)
                if text:
                    sure = known is None or (ent.start, ent.end) in known
                    pool.add(text, fine_type, source=source, sure=sure)
        return pool

    @classmethod
    def from_items(
        cls, items: Iterable[tuple[str, str]], glossary: Any = None, source: str = "items"
    ) -> ChoicePool:
        """A pool from (text, fine type) pairs, plus the glossary's entries."""
        pool = cls(glossary)
        pool.add_glossary()
        for text, fine_type in items:
            pool.add(text, fine_type, source=source)
        return pool

    def add_glossary(self) -> None:
        for entry in getattr(self.glossary, "entries", ()) or ():
            self.add(
                entry.name, entry.type, aliases=entry.aliases, source="glossary", group=entry.group
            )

    def add(
        self,
        text: str,
        fine_type: str,
        *,
        aliases: Iterable[str] = (),
        source: str | None = None,
        group: str | None = None,
        sure: bool = True,
    ) -> None:
        """One mention of a name. Mentions the glossary knows are filed under its
        canonical name and type; others under their normalised text."""
        fine_type = canonical_type(fine_type)
        text = _clean_name(text)
        if not text or fine_type in NUMERIC_TYPES or fine_type in AMBIGUOUS_TYPES:
            return
        entry = self.lookup(text)
        canonical = None
        if entry is not None:
            fine_type = canonical_type(entry.type)
            canonical = entry.name
            aliases = [*aliases, *entry.aliases]
            group = group or entry.group
            sure = True
        key = answer_key(canonical or text)
        if not key:
            return
        gathered = self._gathered.setdefault(fine_type, {}).get(key)
        if gathered is None:
            gathered = _Gathered(fine_type=fine_type, canonical=canonical)
            self._gathered[fine_type][key] = gathered
        gathered.canonical = gathered.canonical or canonical
        gathered.forms[text] = gathered.forms.get(text, 0) + 1
        gathered.aliases.extend(a for a in aliases if a not in gathered.aliases)
        if source and source not in gathered.sources:
            gathered.sources.append(source)
        gathered.group = gathered.group or group
        gathered.sure = gathered.sure or sure
        self._frozen = self._linked = None
        self._clash_indexes = {}

    # -- reading
    def lookup(self, text: str) -> Any:
        """The glossary entry of `text` (None without a glossary), cached."""
        if text not in self._entries:
            self._entries[text] = _lookup(self.glossary, text)
        return self._entries[text]

    def glossary_names(self, name: str) -> list[str]:
        """The glossary's other names for `name`'s entry, cached."""
        if name not in self._other_names:
            self._other_names[name] = _glossary_names(self.glossary, name)
        return self._other_names[name]

    def clashing(self, fine_type: str, name: str) -> list[Candidate]:
        """The candidates of `fine_type` that are `name` or a variant of it (what
        `_clashes(cand.names, [name])` finds), in pool order. rapidfuzz scores `name`
        against every candidate name in one call to narrow the field; the exact test
        then runs on those few."""
        found = self.candidates(fine_type)
        if not found:
            return []
        index = self._clash_indexes.get(canonical_type(fine_type))
        if index is None:
            index = self._clash_indexes[canonical_type(fine_type)] = _ClashIndex(found)
        return [found[i] for i in sorted(index.near(name)) if _clashes(found[i].names, [name])]

    def candidates(self, fine_type: str) -> tuple[Candidate, ...]:
        return self._freeze().get(canonical_type(fine_type), ())

    def types(self) -> list[str]:
        return sorted(t for t, found in self._freeze().items() if found)

    def __len__(self) -> int:
        return sum(len(found) for found in self._freeze().values())

    def related(self, sources: Iterable[str]) -> set[str]:
        """`sources` and every source sharing a topic name with one of them (two
        articles that both name BTS, or an article naming a glossary entry and the
        glossary): the places a plausible wrong choice may come from."""
        links = self._links()
        out = set(sources)
        for source in list(out):
            out |= links.get(source, set())
        return out

    def _links(self) -> dict[str, set[str]]:
        if self._linked is None:
            links: dict[str, set[str]] = {}
            for fine_type, found in self._freeze().items():
                if fine_type not in TOPIC_TYPES:
                    continue  # two articles naming Seoul or the Grammys share no fandom
                for cand in found:
                    for source in cand.sources:
                        links.setdefault(source, set()).update(cand.sources)
            self._linked = links
        return self._linked

    def _freeze(self) -> dict[str, tuple[Candidate, ...]]:
        if self._frozen is None:
            frozen: dict[str, list[Candidate]] = {}
            families = [*FOLD_FAMILIES, *({t} for t in self._gathered if not _in_family(t))]
            for family in families:
                found = [g.freeze() for t in family for g in self._gathered.get(t, {}).values()]
                for cand in _fold_part_names(found):
                    frozen.setdefault(cand.fine_type, []).append(cand)
            self._frozen = {t: tuple(found) for t, found in frozen.items()}
        return self._frozen


def _in_family(fine_type: str) -> bool:
    return any(fine_type in family for family in FOLD_FAMILIES)


def _has_fine_type(span: Any) -> bool:
    try:
        return bool(span.has_extension("fine_type"))
    except AttributeError:
        return False


def _refined_types(doc: Any) -> set[tuple[int, int]] | None:
    """Spans whose fine type came from the glossary or a role noun rather than the bare
    entity label (the parser records them in `doc._.ft_fine_types`); None when unknown."""
    try:
        found = doc._.ft_fine_types
    except AttributeError:
        return None
    return set(found) if isinstance(found, dict) else None


def _entity_text(span: Any) -> str:
    """The glossary's canonical name when the ruler found it ("type|Name" entity id)."""
    ent_id = getattr(span, "ent_id_", "") or ""
    return ent_id.split("|", 1)[1] if "|" in ent_id else span.text


def _person_name(span: Any) -> str:
    """A person's name from an entity span, or "" when it does not look like one: every
    word a proper noun (a role noun in front is dropped: "Producer Eiji Aonuma"), no digit,
    not an all-capitals acronym ("SAG-AFTRA")."""
    try:  # the spaCy side's role nouns; only needed when parsed docs are given
        from questions.nlp import ROLE_NOUNS
    except ImportError:
        ROLE_NOUNS = {}

    tokens = [t for t in span if not t.is_punct]
    while tokens and tokens[0].lower_ in ROLE_NOUNS:
        tokens = tokens[1:]
    if not tokens or any(t.pos_ != "PROPN" or t.like_num for t in tokens):
        return ""
    text = span.doc[tokens[0].i : tokens[-1].i + 1].text
    letters = [ch for ch in text if ch.isalpha()]
    if any(ch.isdigit() for ch in text) or (len(letters) > 1 and text.isupper()):
        return ""
    return text


@lru_cache(maxsize=65536)
def _clean_name(text: str) -> str:
    """A displayable name: no surrounding quotes, lower-case "the", possessive "'s"."""
    text = " ".join(str(text).split())
    text = re.sub(r"^the\s+", "", text)  # "the Billboard Music Awards"; keeps "The Weeknd"
    text = re.sub(r"(?<=\w)['’]s?$", "", text)  # "John Legend's", "BTS’"
    text = text.strip(" \"'“”‘’«»()[],.;:!?")
    if len(text) > MAX_NAME_CHARS or len(text.split()) > MAX_NAME_WORDS:
        return ""
    return text if any(ch.isalnum() for ch in text) else ""


def _fold_part_names(found: list[Candidate]) -> list[Candidate]:
    """A one-word name that is the first or last word of exactly one longer name of the
    same family becomes its alias ("Legend" -> "John Legend"); when it fits several
    ("Kim": Kim Namjoon, Kim Seokjin) it is dropped: we cannot tell whom it means.
    Glossary names are never folded away: the glossary says they are names."""
    longer = [c for c in found if len(normalize(c.text).split()) > 1]
    position = {id(c): i for i, c in enumerate(longer)}
    owners_of: dict[str, list[int]] = {}  # first or last word -> longer names it ends
    for i, cand in enumerate(longer):
        words = normalize(cand.text).split()
        for word in dict.fromkeys((words[0], words[-1])):
            owners_of.setdefault(word, []).append(i)
    kept: list[Candidate] = []
    folded: dict[int, list[str]] = {}
    for cand in found:
        words = normalize(cand.text).split()
        if len(words) != 1 or "glossary" in cand.sources:
            kept.append(cand)
            continue
        owners = owners_of.get(words[0], [])
        if not owners:
            kept.append(cand)
        elif len(owners) == 1:
            folded.setdefault(owners[0], []).extend(cand.names)
    out = []
    for cand in kept:
        index = position.get(id(cand))
        extra = folded.get(index, []) if index is not None else []
        if extra:
            aliases = tuple(_unique([*cand.aliases, *extra], exclude=cand.text))
            cand = replace(cand, aliases=aliases)
        out.append(cand)
    return out


class _ClashIndex:
    """Every name of a tuple of candidates, normalised, for `ChoicePool.clashing`.

    `near(name)` returns the positions of the candidates that *may* clash with `name`: a
    superset of those `_clashes` accepts. A near duplicate has the same `answer_key`, or
    a token-set or plain ratio of at least NEAR_DUPLICATE on the normalised texts (the
    scorers `normalize.similarity` uses, so the same scores); an initialism is found by
    checking the few all-capitals names (and every name when `name` is one)."""

    def __init__(self, found: Sequence[Candidate]) -> None:
        self.norms: list[str] = []
        self.owners: list[int] = []
        self.by_key: dict[str, set[int]] = {}
        self.short: list[tuple[int, str]] = []  # names shaped like an initialism
        self.names: list[tuple[int, str]] = []
        for position, cand in enumerate(found):
            for text in cand.names:
                self.names.append((position, text))
                key = answer_key(text)
                if key:
                    self.by_key.setdefault(key, set()).add(position)
                norm = normalize(text)
                if norm:
                    self.norms.append(norm)
                    self.owners.append(position)
                if _initialism_shaped(text):
                    self.short.append((position, text))

    def near(self, name: str) -> set[int]:
        hits = set(self.by_key.get(answer_key(name), ()))
        norm = normalize(name)
        if norm and self.norms:
            for scorer in (fuzz.token_set_ratio, fuzz.ratio):
                for _, _, i in process.extract(
                    norm, self.norms, scorer=scorer, score_cutoff=NEAR_DUPLICATE, limit=None
                ):
                    hits.add(self.owners[i])
        shorts = self.names if _initialism_shaped(name) else self.short
        hits.update(position for position, text in shorts
                    if _initialism(text, name) or _initialism(name, text))  # fmt: skip
        return hits


# ---------------------------------------------------------------------------- picking
# Kinship nouns that say the gender of the person they name.
KIN_GENDER = {
    "daughter": "f", "wife": "f", "mother": "f", "sister": "f", "girlfriend": "f",
    "granddaughter": "f", "niece": "f", "aunt": "f",
    "son": "m", "husband": "m", "father": "m", "brother": "m", "boyfriend": "m",
    "grandson": "m", "nephew": "m", "uncle": "m",
}  # fmt: skip
_KIN = "|".join(KIN_GENDER)
# "X's daughter", "daughter of X", "Which daughter ...": the answer IS the relative.
# ("Whose daughter is Luna?" asks for the parent: no gender.)
KIN_ASKED = re.compile(rf"(?:'s|’s|\bwhich)\s+({_KIN})\b|\b({_KIN})\s+of\b", re.IGNORECASE)


def gender_asked(question: str) -> str | None:
    """The gender of the person a question asks for, when a kinship noun says it."""
    if question.lstrip().casefold().startswith("whose"):
        return None
    match = KIN_ASKED.search(question)
    if not match:
        return None
    return KIN_GENDER[(match.group(1) or match.group(2)).casefold()]


# "Who did Mara Quinn play on the sitcom Harbour Lane?": the answer is a part played, so
# its wrong choices are other parts, never the cast's real names (an actor offered for a
# character is of the wrong kind and gives the answer away). With too few characters in
# the pool the question is typed.
PART_ASKED = re.compile(r"\b[Ww]ho did .+ (?:play|plays|portray|voice)\b")


def type_asked(question: str, answer_type: str) -> str:
    """The fine type the wrong choices must share: "character" for a part played."""
    if canonical_type(answer_type) in PEOPLE_TYPES and PART_ASKED.search(question):
        return "character"
    return answer_type


def pick_choices(
    answer: str,
    answer_type: str,
    aliases: Sequence[str],
    pool: ChoicePool | None,
    also_true: Sequence[str] = (),
    rng: random.Random | int | str | None = None,
    *,
    source: str | None = None,
    gender: str | None = None,
) -> tuple[str, ...]:
    """The answer and three certainly-wrong choices in an order drawn from `rng`
    (a Random, or a seed; None seeds from the answer, so the result is repeatable);
    () when three such choices cannot be found. `source`, the answer's article name,
    keeps choices to that article and articles related to it when the pool does not
    already know where the answer comes from. `gender` ("m"/"f", see `gender_asked`)
    keeps person choices to names of that gender: a daughter's wrong choices are women."""
    answer = str(answer).strip()
    if not answer_key(answer):
        return ()
    rng = (
        rng
        if isinstance(rng, random.Random)
        else random.Random(str(answer if rng is None else rng))
    )
    glossary = pool.glossary if pool is not None else None
    forbidden = _forbidden(answer, aliases, also_true, glossary)
    fine_type = canonical_type(answer_type)
    if fine_type in NUMERIC_TYPES:
        wrong = _numeric_choices(answer, fine_type, forbidden, rng)
    elif pool is None:
        return ()
    else:
        wrong = _pool_choices(answer, fine_type, forbidden, pool, rng, source, gender)
    if len(wrong) < WRONG_CHOICES:
        return ()
    choices = [answer, *wrong[:WRONG_CHOICES]]
    if len({answer_key(c) for c in choices}) != len(choices):
        return ()  # cannot happen after the filters; never show two equal buttons
    rng.shuffle(choices)
    return tuple(choices)


def _forbidden(
    answer: str, aliases: Iterable[str], also_true: Iterable[str], glossary: Any
) -> list[str]:
    """Every text a wrong choice must not be or resemble."""
    names = [answer, *aliases, *also_true]
    out: list[str] = []
    for name in names:
        name = str(name).strip()
        if not name:
            continue
        out.append(name)
        out.extend(_glossary_names(glossary, name))
    return _unique(out)


def _clashes(names: Iterable[str], forbidden: Iterable[str]) -> bool:
    forbidden = list(forbidden)
    return any(
        near_duplicate(name, other) or _initialism(name, other) or _initialism(other, name)
        for name in names
        for other in forbidden
    )


def _initialism_letters(short: str) -> str:
    letters = short.replace(".", "").strip()
    return letters[:-1] if letters.endswith("s") and letters[:-1].isupper() else letters


def _initialism_shaped(short: str) -> bool:
    letters = _initialism_letters(short)
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _initialism(short: str, long: str) -> bool:
    """ "RM" for "Rap Monster", "BBMA" for "Billboard Music Awards" is not (B-M-A)."""
    letters = _initialism_letters(short)
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    words = [w for w in normalize(long).split() if w not in {"of", "the", "and", "a", "an"}]
    return len(words) == len(letters) and "".join(w[0] for w in words) == letters.casefold()


def _pool_choices(
    answer: str,
    fine_type: str,
    forbidden: list[str],
    pool: ChoicePool,
    rng: random.Random,
    source: str | None,
    gender: str | None = None,
) -> list[str]:
    types = compatible_types(fine_type)
    if not types:
        return []
    entry = pool.lookup(answer)
    mine = pool.clashing(fine_type, answer)
    group = entry.group if entry is not None else next((c.group for c in mine if c.group), None)
    # Where the answer comes from: its article(s), and "glossary" when the fandom's
    # glossary knows it. Candidates from unrelated articles (another fandom) are left out.
    home = {s for c in mine for s in c.sources} | ({source} if source else set())
    if entry is not None:
        home.add("glossary")
    related = pool.related(home)
    shape = _shape(answer)

    ranked: list[tuple[tuple[float, ...], Candidate]] = []
    for tier, cand_type in enumerate(types):
        for cand in pool.candidates(cand_type):
            sources = set(cand.sources)
            if home and not sources & related:
                continue
            source_rank = 0 if not home or sources & home else 1
            group_rank = 0
            if fine_type in SAME_GROUP_ONLY | SAME_GROUP_FIRST:
                same = group is not None and answer_key(cand.group or "") == answer_key(group)
                # A member with no known group: its own article's members only.
                own_article = group is None and bool(home) and source_rank == 0
                if fine_type in SAME_GROUP_ONLY and not same and not own_article:
                    continue
                group_rank = 0 if same else 1
            distance = _shape_distance(shape, _shape(cand.text))
            if fine_type in PEOPLE_TYPES and _plural_event_name(cand.text):
                continue  # "three Mosconi Cups" the model labelled a person
            if fine_type in PEOPLE_TYPES and _street_name(cand.text):
                continue  # "Harbour Drive" the model labelled a person
            if gender and first_name_gender(cand.text) != gender:
                continue  # "Which daughter ...": a man, or a name of unknown gender, is no fit
            unsure = 0 if cand.sure or cand.mentions > 1 else 1  # one bare NER guess
            if unsure and source_rank:
                continue  # another article's guess is too weak to show
            key = (tier, group_rank, source_rank, distance, unsure, rng.random())
            ranked.append((key, cand))
    ranked.sort(key=lambda pair: pair[0])

    chosen: list[Candidate] = []
    for _, cand in ranked:
        names = [*cand.names, *pool.glossary_names(cand.text)]
        if _clashes(names, forbidden):
            continue
        if any(_clashes(names, other.names) for other in chosen):
            continue  # two buttons naming the same thing
        chosen.append(cand)
        if len(chosen) == WRONG_CHOICES:
            break
    return [c.text for c in chosen]


# Last words that make a name the plural of a contest or a prize ("played in three Mosconi
# Cups", "two Grammy Awards"): the model sometimes labels such a name a person, and a
# person question must not offer it among its wrong choices (not of the answer's kind).
PLURAL_EVENT_HEADS = {"cups", "awards", "games", "championships", "trophies", "finals",
                      "majors", "opens", "olympics", "prizes", "medals", "titles", "series"}


def _plural_event_name(text: str) -> bool:
    words = text.split()
    return len(words) >= 2 and words[-1].casefold() in PLURAL_EVENT_HEADS


# Last words of a street's or road's name ("lined Harbour Drive", "along the Coast
# Highway"): the model sometimes labels such a name a person, and a person question must
# not offer it among its wrong choices (a place, not of the answer's kind).
# Not "Lane": Lois Lane is a name.
STREET_HEADS = {"drive", "road", "street", "avenue", "highway", "boulevard"}


def _street_name(text: str) -> bool:
    words = text.split()
    return len(words) >= 2 and words[-1].casefold() in STREET_HEADS


@lru_cache(maxsize=65536)
def _shape(text: str) -> tuple[int, bool, bool]:
    """(words up to 3, ALL CAPS, has a digit): a full name for a full name."""
    words = normalize(text).split()
    letters = [ch for ch in text if ch.isalpha()]
    return (
        min(len(words), 3),
        bool(letters) and len(letters) > 1 and all(ch.isupper() for ch in letters),
        any(ch.isdigit() for ch in text),
    )


def _shape_distance(a: tuple[int, bool, bool], b: tuple[int, bool, bool]) -> float:
    return abs(a[0] - b[0]) + 0.5 * (a[1] != b[1]) + 0.5 * (a[2] != b[2])


# ---------------------------------------------------------------------------- numbers
NUMBER = re.compile(r"^(?P<pre>\D*?)(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?(?P<suf>\D*)$")
SCORE = re.compile(r"^(?P<pre>\D*?)(?P<a>\d+)(?P<sep>\s*[-–—:]\s*)(?P<b>\d+)(?P<suf>\D*)$")
ORDINAL_SUFFIX = re.compile(r"^(st|nd|rd|th)\b", re.IGNORECASE)
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty"]  # fmt: skip
ORDINAL_WORDS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                 "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                 "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                 "twentieth"]  # fmt: skip
MONTHS = {name.casefold(): i for i, name in enumerate(calendar.month_name) if name}
MONTH_ABBR = {name.casefold(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTH_ABBR["sept"] = 9
WEEKDAYS = [d.casefold() for d in calendar.day_name]
_MONTH = r"(?P<month>[A-Za-z]{3,9})(?P<dot>\.)?"
_DAY = r"(?P<day>\d{1,2})(?P<ord>st|nd|rd|th)?"
_WEEKDAY = r"(?:(?P<weekday>[A-Za-z]{6,9})(?P<wsep>,?\s+))?"
_YEAR = r"(?:(?P<comma>,?\s+)(?P<year>\d{4}))?"
DATE_FORMS = [
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY}{_YEAR}$"),  # "May 20, 2018", "May 20th"
    re.compile(rf"^{_WEEKDAY}(?P<the>the\s+)?{_DAY}\s+(?P<of>of\s+)?{_MONTH}{_YEAR}$"),  # "20 May"
]
MONTH_YEAR = re.compile(rf"^{_MONTH}(?P<comma>,?\s+)(?P<year>\d{{4}})$")
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _numeric_choices(
    answer: str, fine_type: str, forbidden: list[str], rng: random.Random
) -> list[str]:
    text = " ".join(answer.split())
    if fine_type == "score":
        return _score_choices(text, forbidden, rng)
    if fine_type == "date":
        found = _date_choices(text, forbidden, rng)
        if found is not None:
            return found
    return _number_choices(text, fine_type, forbidden, rng)


def _allowed(option: str, forbidden: list[str]) -> bool:
    return not any(same_answer(option, f) or _same_numbers(option, f) for f in forbidden)


def _same_numbers(a: str, b: str) -> bool:
    found_a, found_b = _number_values(a), _number_values(b)
    return bool(found_a) and found_a == found_b and _letters(a) == _letters(b)


def _number_values(text: str) -> list[float]:
    words = [WORDS.index(w) if w in WORDS else w for w in normalize(text).split()]
    joined = " ".join(str(w) for w in words)
    return [float(n) for n in re.findall(r"\d+(?:\.\d+)?", joined)]


def _letters(text: str) -> str:
    words = [w for w in normalize(text).split() if w not in WORDS]
    return re.sub(r"[^a-z]+", " ", " ".join(words)).strip()


def _spread(
    below: list[str], above: list[str], forbidden: list[str], rng: random.Random, reach: int
) -> list[str]:
    """Three options around the answer with the answer's rank among the four drawn at
    random, so neither "the middle one" nor "the newest one" gives it away. `below` and
    `above` run nearest first; options come from the nearest `reach` on each side."""
    below = _unique([o for o in below if _allowed(o, forbidden)])
    above = _unique([o for o in above if _allowed(o, forbidden)])
    splits = [k for k in range(WRONG_CHOICES + 1)
              if k <= len(below) and WRONG_CHOICES - k <= len(above)]  # fmt: skip
    if not splits:
        return []
    lower = rng.choice(splits)
    upper = WRONG_CHOICES - lower
    picked = rng.sample(below[: max(lower, reach)], lower)
    picked += rng.sample(above[: max(upper, reach)], upper)
    return picked


def _number_choices(
    text: str, fine_type: str, forbidden: list[str], rng: random.Random
) -> list[str]:
    spelled = _spelled_number_choices(text, fine_type, forbidden, rng)
    if spelled is not None:
        return spelled

    match = NUMBER.match(text)
    if not match or "+" in text:  # "90+2", two numbers, no digits: nothing sure to vary
        return []
    pre, suf = match["pre"], match["suf"]
    digits = match["num"].replace(",", "")
    value = int(digits)
    decimals = len(match["dec"]) - 1 if match["dec"] else 0
    commas = "," in match["num"]
    ordinal = ORDINAL_SUFFIX.match(suf)
    percent = "%" in suf or "percent" in suf.casefold()

    def fmt(n: float) -> str:
        if decimals:
            body = f"{n:,.{decimals}f}" if commas else f"{n:.{decimals}f}"
        else:
            body = f"{int(n):,}" if commas else str(int(n))
        tail = _ordinal(int(n)) + suf[2:] if ordinal else suf
        return f"{pre}{body}{tail}"

    plain = not decimals and not commas and not pre.strip() and suf.strip() in ("", "s")
    # 1066 and 1999 read as years; a round 1000 or 1500 is more likely a count.
    year_range = 1900 <= value <= 2100 or (1000 <= value < 1900 and value % 100 != 0)
    yearish = plain and year_range and fine_type in ("year", "number", "date")
    if fine_type == "year" or yearish:
        step = 10 if suf.strip() == "s" and value % 10 == 0 else 1  # "the 1990s"
        cap = dt.date.today().year if value <= dt.date.today().year else None
        below = [fmt(value - step * k) for k in range(1, 7) if value - step * k > 0]
        above = [fmt(value + step * k) for k in range(1, 7)
                 if cap is None or value + step * k <= cap]  # fmt: skip
        return _spread(below, above, forbidden, rng, reach=4)

    if fine_type == "minute":
        top = 90 if value <= 90 else 120
        below = [fmt(n) for n in range(value - 1, max(value - 12, 0), -1)]
        above = [fmt(n) for n in range(value + 1, min(value + 12, top) + 1)]
        return _spread(below, above, forbidden, rng, reach=8)

    floor = 1 if fine_type == "age" or ordinal else 0
    ceiling = 100 if percent else None
    number = value + (float(match["dec"]) if decimals else 0.0)
    if not decimals and value <= 12:  # small counts: neighbours
        below = [fmt(n) for n in range(value - 1, max(value - 4, floor) - 1, -1)]
        above = [fmt(n) for n in range(value + 1, value + 5)]
    else:  # the same magnitude, rounded like the answer ("50,000" -> "40,000")
        unit = _rounding_unit(digits, decimals)

        def near(factor: float) -> float:
            return round(number * factor / unit) * unit

        below = [fmt(n) for n in dict.fromkeys(near(f) for f in (0.9, 0.8, 0.75, 0.7, 0.6, 0.5))
                 if floor <= n < number]  # fmt: skip
        above = [fmt(n) for n in dict.fromkeys(near(f) for f in (1.1, 1.2, 1.25, 1.3, 1.4, 1.5))
                 if n > number]  # fmt: skip
    if ceiling is not None:
        above = [o for o in above if _number_values(o)[0] <= ceiling]
    return _spread(below, above, forbidden, rng, reach=3)


def _spelled_number_choices(
    text: str, fine_type: str, forbidden: list[str], rng: random.Random
) -> list[str] | None:
    """Numbers in words: "seven" -> "five", "nine"; "Six years" -> "Four years";
    "first" -> "second", "third". None when `text` does not start with one."""
    words = text.split(" ", 1)
    head, rest = words[0], (" " + words[1] if len(words) > 1 else "")
    key = head.casefold()
    if key in ORDINAL_WORDS:
        table, floor = ORDINAL_WORDS, 1
    elif key in WORDS:
        table, floor = WORDS, 0 if fine_type != "age" else 1
    else:
        return None
    value = table.index(key)
    if rest and not rest.rstrip().endswith("s") and value != 1:
        return None  # "ten percent" and the like: leave alone
    if rest and rest.rstrip().endswith("s") and table is WORDS:
        floor = 2  # "two years" must not become "one years"
    if rest and value == 1 and table is WORDS:
        return []  # "one year": its neighbours would need a plural

    def spell(n: int) -> str:
        word = table[n]
        word = word.capitalize() if head[:1].isupper() else word
        return word + rest

    below = [spell(n) for n in range(value - 1, max(value - 5, floor) - 1, -1)]
    above = [spell(n) for n in range(value + 1, min(value + 5, len(table) - 1) + 1)]
    return _spread(below, above, forbidden, rng, reach=3)


def _rounding_unit(digits: str, decimals: int) -> float:
    """Round like the answer: 50,000 to thousands, 2,500 to hundreds, 115 to ones."""
    if decimals:
        return 10.0**-decimals
    zeros = len(digits) - len(digits.rstrip("0"))
    significant = len(digits) - zeros
    return float(10 ** max(zeros - (1 if significant == 1 else 0), 0))


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _score_choices(text: str, forbidden: list[str], rng: random.Random) -> list[str]:
    """Nearby scorelines in the answer's format, never the answer or its mirror image
    ("1-3" may be the same result told from the other side)."""
    match = SCORE.match(text)
    if not match:
        return []
    a, b = int(match["a"]), int(match["b"])
    reach = 2 if max(a, b) <= 10 else max(3, round(max(a, b) * 0.08))
    options = []
    for x in range(max(a - reach, 0), a + reach + 1):
        for y in range(max(b - reach, 0), b + reach + 1):
            if (x, y) in ((a, b), (b, a)):
                continue
            option = f"{match['pre']}{x}{match['sep']}{y}{match['suf']}"
            if not any(same_answer(option, f) or _mirror(option, f) for f in forbidden):
                options.append((abs(x - a) + abs(y - b), option))
    options.sort(key=lambda pair: pair[0])
    near = [o for d, o in options if d <= reach]
    if len(near) < WRONG_CHOICES:
        return []
    return rng.sample(near, WRONG_CHOICES)


def _mirror(option: str, other: str) -> bool:
    a, b = _number_values(option), _number_values(other)
    return len(a) == 2 and len(b) == 2 and (a == b or a == b[::-1])


def _date_choices(text: str, forbidden: list[str], rng: random.Random) -> list[str] | None:
    """Near dates in the answer's own format; None when `text` is no date we can read."""
    named = _named_cycle_choices(text, forbidden, rng)
    if named is not None:
        return named
    iso = ISO_DATE.match(text)
    if iso:
        try:
            day = dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
        below = [(day - dt.timedelta(days=k)).isoformat() for k in range(1, 11)]
        above = [(day + dt.timedelta(days=k)).isoformat() for k in range(1, 11)]
        return _spread(below, above, forbidden, rng, reach=6)

    month_year = MONTH_YEAR.match(text)
    if month_year and _month_number(month_year["month"]):
        month = _month_number(month_year["month"])
        year = int(month_year["year"])

        def shift(k: int) -> str:
            index = year * 12 + month - 1 + k
            name = _month_name(index % 12 + 1, month_year["month"], month_year["dot"])
            return f"{name}{month_year['comma']}{index // 12}"

        below = [shift(-k) for k in range(1, 7)]
        above = [shift(k) for k in range(1, 7)]
        return _spread(below, above, forbidden, rng, reach=4)

    for form in DATE_FORMS:
        match = form.match(text)
        if match and _month_number(match["month"]):
            return _day_choices(match, forbidden, rng)
    return None


def _named_cycle_choices(text: str, forbidden: list[str], rng: random.Random) -> list[str] | None:
    """A bare weekday or month ("Sunday", "August"): its neighbours in the week or
    year, written the same way. None when `text` is neither."""
    key = text.casefold().rstrip(".")
    if key in WEEKDAYS:
        names, index = list(calendar.day_name), WEEKDAYS.index(key)
    elif key in MONTHS:
        names, index = list(calendar.month_name)[1:], MONTHS[key] - 1
    else:
        return None
    size = len(names)

    def like(n: int) -> str:
        name = names[n % size]
        return name.upper() if text.isupper() and len(text) > 1 else name

    below = [like(index - k) for k in range(1, size // 2)]
    above = [like(index + k) for k in range(1, size // 2)]
    return _spread(below, above, forbidden, rng, reach=3)


def _day_choices(match: re.Match[str], forbidden: list[str], rng: random.Random) -> list[str]:
    month = _month_number(match["month"])
    year = int(match["year"]) if match["year"] else 2000  # a leap year: "29 February" is fine
    weekday = match["weekday"]
    if weekday and (weekday.casefold() not in WEEKDAYS or not match["year"]):
        return []  # a weekday we cannot recompute would make the choice self-contradictory
    try:
        day = dt.date(year, month, int(match["day"]))
    except ValueError:
        return []
    month_first = match.re is DATE_FORMS[0]

    def fmt(when: dt.date) -> str:
        name = _month_name(when.month, match["month"], match["dot"])
        number = f"{when.day}{_ordinal(when.day) if match['ord'] else ''}"
        if month_first:
            body = f"{name} {number}"
        else:
            body = f"{match['the'] or ''}{number} {match['of'] or ''}{name}"
        if match["year"]:
            body += f"{match['comma']}{when.year}"
        if weekday:
            name_of_day = calendar.day_name[when.weekday()]
            name_of_day = name_of_day[:1] + name_of_day[1:].lower()
            body = f"{name_of_day}{match['wsep']}{body}"
        return body

    below = [fmt(day - dt.timedelta(days=k)) for k in range(1, 11)]
    above = [fmt(day + dt.timedelta(days=k)) for k in range(1, 11)]
    if not match["year"]:  # without a year, stay inside it so no date repeats
        below = [o for o, k in zip(below, range(1, 11), strict=True)
                 if (day - dt.timedelta(days=k)).year == year]  # fmt: skip
        above = [o for o, k in zip(above, range(1, 11), strict=True)
                 if (day + dt.timedelta(days=k)).year == year]  # fmt: skip
    return _spread(below, above, forbidden, rng, reach=6)


def _month_number(name: str) -> int | None:
    key = name.casefold().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBR.get(key)


def _month_name(month: int, like: str, dot: str | None) -> str:
    """Month `month` written the way `like` is: "May", "Sep.", "SEPTEMBER"."""
    full = like.casefold() in MONTHS
    name = calendar.month_name[month] if full else calendar.month_abbr[month]
    if like.isupper() and len(like) > 1:
        name = name.upper()
    elif like.islower():
        name = name.lower()
    return name + (dot or "")


# ---------------------------------------------------------------------------- helpers
def _lookup(glossary: Any, text: str) -> Any:
    lookup = getattr(glossary, "lookup", None)
    return lookup(text) if lookup is not None else None


def _glossary_names(glossary: Any, name: str) -> list[str]:
    aliases_of = getattr(glossary, "aliases_of", None)
    return list(aliases_of(name)) if aliases_of is not None else []


def _unique(items: Iterable[str], exclude: str | None = None) -> list[str]:
    seen = {answer_key(exclude)} if exclude else set()
    out = []
    for item in items:
        key = answer_key(item)
        if key and key not in seen:
            seen.add(key)
            out.append(item)
    return out

"""Who is meant: resolving names, descriptors and pronouns inside one article.

`resolve_mentions(doc, glossary)` returns a `Mentions` map from token positions to the
name meant there. The rules, in order:
- a glossary entity is its canonical name ("Hoseok" is J-Hope);
- a surname-only or first-name-only mention is the full name introduced earlier
  ("Legend", "John" after "John Legend");
- a group descriptor ("the boys", "the septet", "the band", "the club") is the article's
  main entity of that kind;
- a pronoun is its antecedent only when exactly one compatible name is in reach (this
  sentence up to the pronoun, and the one before); otherwise it is marked vague, and a
  question that would need it is not asked.
- demonstrative phrases ("these celebs", "this influence") and unnamed role phrases
  ("the tour" when the article names no single tour) are vague.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from questions.glossary import Glossary
from questions.nlp import canonical_name

PERSON_TYPES = {"person", "member", "singer", "actor", "player", "coach", "character"}
GROUP_TYPES = {"group", "team", "organization", "label", "company", "fandom"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "NORP", "PRODUCT"}

# Descriptor nouns meaning "the article's main group" (or main team, for sports).
GROUP_DESCRIPTORS = {
    "boys": "group", "girls": "group", "septet": "group", "sextet": "group",
    "quintet": "group", "quartet": "group", "trio": "group", "duo": "group",
    "octet": "group", "group": "group", "band": "group", "squad": "team", "club": "team",
    "team": "team", "side": "team", "members": "group",
}
# Definite role phrases that must name something to be a fair reference ("the tour").
ROLE_PHRASES = {
    "tour": "tour", "album": "album", "song": "song", "single": "song", "track": "song",
    "film": "film", "movie": "film", "show": "show", "series": "show", "game": "game",
    "festival": "festival", "tournament": "tournament", "concert": "event", "event": "event",
    "ceremony": "event", "final": "event", "match": "event", "singer": "singer",
    "player": "player", "star": "person", "actor": "actor", "actress": "actor",
    "coach": "coach", "manager": "coach", "stadium": "venue", "arena": "venue",
    "venue": "venue", "city": "city", "country": "country", "award": "award",
    "character": "character", "episode": "show", "season": "show",
}
PERSON_NOUNS = {
    "actor", "actress", "rookie", "player", "singer", "star", "driver", "striker", "forward",
    "midfielder", "defender", "keeper", "goalkeeper", "rapper", "artist", "director",
    "veteran", "youngster", "winger", "captain", "champion", "man", "woman", "boy", "girl",
    "hero", "heroine", "villain", "teenager", "musician", "leader", "idol", "maknae",
}
SINGULAR_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
NEUTER_PRONOUNS = {"it", "its", "itself"}
MODIFIER_DEPS = {"amod", "compound", "nmod", "poss", "nummod"}
VAGUE_DETERMINERS = {"this", "these", "that", "those", "such"}
VAGUE_WORDS = {
    "someone", "something", "somebody", "anyone", "everyone", "everybody", "anything",
    "other", "others", "former", "latter", "here", "there", "one", "ones", "each",
}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str
    type: str
    possessive: bool = False  # "his", "BTS’", "Legend's": render as "<name>'s"


@dataclass
class Mentions:
    by_start: dict[int, Mention] = field(default_factory=dict)
    vague: set[int] = field(default_factory=set)  # token indices nothing fair can replace
    main: dict[str, str] = field(default_factory=dict)  # fine type -> main entity name

    def at(self, token: Token) -> Mention | None:
        return self.by_start.get(token.i)

    def covering(self, token: Token) -> Mention | None:
        for mention in self.by_start.values():
            if mention.start <= token.i < mention.end:
                return mention
        return None


def entity_type(ent: Span) -> str:
    return ent._.fine_type


def resolve_mentions(doc: Doc, glossary: Glossary | None = None) -> Mentions:
    mentions = Mentions()
    full_names: dict[str, tuple[str, str]] = {}  # "legend" -> ("John Legend", type)
    counts: Counter[tuple[str, str]] = Counter()

    # 1. Named entities, with part-names resolved to full names seen earlier (unless the
    # part is a name in its own right, used alone three times or more: "Beyoncé").
    alone = Counter(e.text for e in doc.ents if len(e) == 1)
    for ent in doc.ents:
        if ent.label_ == "NORP" and ent.start > 0 and doc[ent.start - 1].lower_ == "the" and (
            ent.root.dep_ in {"nsubj", "dobj", "pobj", "nsubjpass", "appos"}
        ):
            mentions.vague.add(ent.start)  # "the Egyptian": a person, not named
            continue
        if ent.label_ not in NAME_LABELS:
            continue
        name, fine = canonical_name(ent), entity_type(ent)
        words = name.split()
        key = ent.text.replace("’", "'").removesuffix("'s").strip()
        if (
            len(ent) == 1
            and key.casefold() in full_names
            and fine not in GROUP_TYPES - {"organization"}
            and not (alone[ent.text] >= 3 and full_names[key.casefold()][0].startswith(key))
        ):
            name, fine = full_names[key.casefold()]
        elif glossary is not None and "|" not in ent.ent_id_:
            entry = glossary.lookup(key)
            if entry is not None:
                name, fine = entry.name, entry.type
        if fine in PERSON_TYPES and len(words) >= 2:
            for part in (words[0], words[-1]):
                full_names.setdefault(part.casefold(), (name, fine))
        counts[(name, fine)] += 1
        end = ent.end
        possessive = end < len(doc) and doc[end].lower_ in {"'s", "’s", "'", "’"}
        mentions.by_start[ent.start] = Mention(ent.start, ent.end, name, fine, possessive)

    # Proper nouns the model did not label: a surname seen earlier, or an untyped name.
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.pos_ != "PROPN" or token.ent_type_ or _covered(mentions, i):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
            end += 1
        text = doc[i:end].text
        hit = full_names.get(text.casefold())
        entry = glossary.lookup(text) if glossary is not None else None
        if hit:
            mentions.by_start[i] = Mention(i, end, hit[0], hit[1])
        elif entry is not None:
            mentions.by_start[i] = Mention(i, end, entry.name, entry.type)
        elif i > 0 and doc[i - 1].lower_ == "the" and end - i == 1:
            mentions.vague.add(i)  # "the Dutchman": a descriptor, not a name
        elif (token.text[:1].isupper() and not token.is_sent_start) or end - i > 1:
            mentions.by_start[i] = Mention(i, end, text, "thing")
        i = end

    mentions.main = _main_entities(counts)

    # 2. Descriptors, pronouns and vague phrases.
    for sent in doc.sents:
        for token in sent:
            if token.i in mentions.by_start or token.ent_type_:
                continue
            lower = token.lower_
            if lower in PLURAL_PRONOUNS | SINGULAR_PRONOUNS | NEUTER_PRONOUNS and token.tag_ in {
                "PRP", "PRP$", "NNP", "NN",
            }:
                _resolve_pronoun(doc, token, mentions)
            elif token.pos_ == "NOUN":
                _resolve_noun_phrase(token, mentions)
            elif lower in VAGUE_WORDS and token.dep_ in {"nsubj", "dobj", "pobj", "nsubjpass"}:
                mentions.vague.add(token.i)
    return mentions


def _covered(mentions: Mentions, index: int) -> bool:
    return any(m.start <= index < m.end for m in mentions.by_start.values())


def _main_entities(counts: Counter[tuple[str, str]]) -> dict[str, str]:
    """The most mentioned entity of each fine type, if it clearly leads."""
    main: dict[str, str] = {}
    by_type: dict[str, list[tuple[int, str]]] = {}
    for (name, fine), count in counts.items():
        by_type.setdefault(fine, []).append((count, name))
    for fine, ranked in by_type.items():
        ranked.sort(reverse=True)
        if len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0]:
            main[fine] = ranked[0][1]
    return main


def _compatible(pronoun: str, fine: str) -> bool:
    if pronoun in SINGULAR_PRONOUNS:
        return fine in PERSON_TYPES
    if pronoun in PLURAL_PRONOUNS:
        return fine in {"group", "team", "fandom"}
    return fine not in PERSON_TYPES and fine not in {"group", "team", "fandom"}


def _resolve_pronoun(doc: Doc, token: Token, mentions: Mentions) -> None:
    sent = token.sent
    start = sent.start
    if start > 0:
        start = doc[start - 1].sent.start  # the previous sentence is in reach too
    lower = token.lower_
    candidates: dict[str, Mention] = {}
    plural_nouns = 0
    for i in range(start, token.i):
        mention = mentions.by_start.get(i)
        if mention is not None and _compatible(lower, mention.type):
            candidates.setdefault(mention.name, mention)
        other = doc[i]
        if (
            lower in PLURAL_PRONOUNS
            and other.tag_ == "NNS"
            and other.dep_ in {"nsubj", "nsubjpass"}
            and other.i not in mentions.by_start
            and other.lower_ not in GROUP_DESCRIPTORS
        ):
            plural_nouns += 1  # "the fans ... they": people other than the group
    if len(candidates) == 1 and not plural_nouns:
        (only,) = candidates.values()
        possessive = token.tag_ == "PRP$" or lower in {"theirs", "hers"}
        mentions.by_start[token.i] = Mention(
            token.i, token.i + 1, only.name, only.type, possessive=possessive
        )
    else:
        mentions.vague.add(token.i)


def _resolve_noun_phrase(token: Token, mentions: Mentions) -> None:
    """Group descriptors, demonstratives and unnamed role phrases, at their head noun."""
    dets = [c.lower_ for c in token.children if c.dep_ in {"det", "predet"}]
    det = "the" if "the" in dets else (dets[0] if dets else None)
    if det in VAGUE_DETERMINERS and token.dep_ != "npadvmod":
        mentions.vague.add(token.i)
        return
    if det == "the" and any(
        c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP" for c in token.children
    ) and token.lemma_.lower() in PERSON_NOUNS:
        mentions.vague.add(token.i)  # "the Australian rookie", "the Irish actor": who?
        return
    if det != "the" or token.dep_ in {"compound", "npadvmod"}:
        return
    # Modifiers that make it a different thing ("the other boys", "the rival club").
    modifiers = [c for c in token.children if c.dep_ in MODIFIER_DEPS]
    if any(c.lower_ not in {"whole", "entire"} for c in modifiers):
        return
    if any(c.dep_ in {"prep", "appos", "acl", "relcl"} for c in token.children):
        return  # "the team of the year", "the song Kiwi": not (only) the main one
    start = min(t.i for t in token.subtree if t.dep_ in {"det", "predet"} or t.i == token.i)
    lower = token.lower_
    kind = GROUP_DESCRIPTORS.get(lower)
    if kind and token.tag_ in {"NN", "NNS"}:
        name = mentions.main.get(kind) or (mentions.main.get("group") if kind == "team" else None)
        if name:
            mentions.by_start[start] = Mention(start, token.i + 1, name, kind)
        else:
            mentions.vague.add(token.i)
        return
    role = ROLE_PHRASES.get(token.lemma_.lower())
    if role:
        name = mentions.main.get(role)
        if name:
            mentions.by_start[start] = Mention(start, token.i + 1, name, role)
        else:
            mentions.vague.add(token.i)

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

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from spacy.attrs import DEP, ENT_TYPE, LEMMA, LOWER, ORTH, POS
from spacy.tokens import Doc, Span, Token

from questions.glossary import Glossary
from questions.nlp import (
    LABEL_TYPES,
    QUOTE_MARKS,
    ROLE_NOUNS,
    canonical_name,
    doc_ents,
    tokens_where,
)

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
    "frontman", "frontwoman", "drummer", "guitarist", "bassist", "vocalist", "guard",
    "center", "centre", "quarterback", "pitcher", "filmmaker", "animator", "composer",
}
# Person role nouns that stand for someone only through the sentence before ("The
# frontman also lost his mother"): never the article's most-mentioned person.
ANCHOR_ONLY_NOUNS = {"frontman", "frontwoman", "drummer", "guitarist", "bassist",
                     "vocalist", "guard", "center", "centre", "quarterback", "pitcher",
                     "filmmaker", "animator", "composer", "director", "producer"}
SINGULAR_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
NEUTER_PRONOUNS = {"it", "its", "itself"}
# the three together, built once (the mention pass tests every word of an article)
ALL_PRONOUNS = frozenset(PLURAL_PRONOUNS | SINGULAR_PRONOUNS | NEUTER_PRONOUNS)
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
    # A descriptor tied to the sentence before's subject ("The Dutchman", "The record"),
    # not merely to the article's most-mentioned entity of its type.
    anchored: bool = False


class MentionTable(dict[int, Mention]):
    """`Mentions.by_start`: a dict that counts its changes, so `Mentions.covering` can
    keep a token -> mention index and rebuild it only after the table changed (it is
    asked tens of times per clause, the table changes while mentions are resolved)."""

    version = 0  # (a class default: unpickling sets the items before any attribute)

    def __setitem__(self, key: int, value: Mention) -> None:
        self.version += 1
        super().__setitem__(key, value)

    def __delitem__(self, key: int) -> None:
        self.version += 1
        super().__delitem__(key)

    def __ior__(self, other: object) -> MentionTable:  # type: ignore[override]
        self.version += 1
        return super().__ior__(other)  # type: ignore[return-value,operator]

    def pop(self, *args: object) -> object:  # type: ignore[override]
        self.version += 1
        return super().pop(*args)  # type: ignore[arg-type]

    def popitem(self) -> tuple[int, Mention]:
        self.version += 1
        return super().popitem()

    def clear(self) -> None:
        self.version += 1
        super().clear()

    def update(self, *args: object, **kwargs: object) -> None:  # type: ignore[override]
        self.version += 1
        super().update(*args, **kwargs)  # type: ignore[arg-type]

    def setdefault(self, key: int, default: Mention) -> Mention:  # type: ignore[override]
        self.version += 1
        return super().setdefault(key, default)


@dataclass
class Mentions:
    by_start: dict[int, Mention] = field(default_factory=MentionTable)
    vague: set[int] = field(default_factory=set)  # token indices nothing fair can replace
    main: dict[str, str] = field(default_factory=dict)  # fine type -> main entity name
    genders: dict[str, str] = field(default_factory=dict)  # name -> "m"/"f" the text states
    # Part-names ("knowles") two people of the article share: a person, but not which one.
    shared_parts: set[str] = field(default_factory=set)
    # The work the article opens on ("“The Boy and the Heron” was named ..."): what "the
    # film" means when the article names no film more than others.
    topic_work: Mention | None = None
    # Names the article itself calls a work ("X is a 2017 action game"), found on first use.
    defined_works: set[str] | None = None

    def at(self, token: Token) -> Mention | None:
        return self.by_start.get(token.i)

    # (table, its version, token index -> the first mention in table order covering it)
    _covering: tuple[MentionTable, int, dict[int, Mention]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def covering(self, token: Token) -> Mention | None:
        table = self.by_start
        if not isinstance(table, MentionTable):
            for mention in table.values():
                if mention.start <= token.i < mention.end:
                    return mention
            return None
        held = self._covering
        if held is None or held[0] is not table or held[1] != table.version:
            index: dict[int, Mention] = {}
            for mention in table.values():  # the first in table order wins, as a scan finds
                for i in range(mention.start, mention.end):
                    index.setdefault(i, mention)
            held = self._covering = (table, table.version, index)
        return held[2].get(token.i)


# A name's own last word often says what it is, whatever label the model gave it:
# "Wembley Stadium", "Billboard Music Awards", "Japanese Grand Prix", "YG Entertainment".
NAME_HEADS = {
    "stadium": "venue", "arena": "venue", "theatre": "venue", "theater": "venue",
    "dome": "venue", "hall": "venue", "amphitheatre": "venue", "amphitheater": "venue",
    "awards": "award_show", "festival": "festival", "fest": "festival", "tour": "tour",
    "cup": "tournament", "championship": "tournament", "championships": "tournament",
    "league": "tournament", "olympics": "tournament", "prix": "event",
    "open": "tournament", "records": "label", "entertainment": "label",
    "studios": "company", "pictures": "company", "inc": "company", "corporation": "company",
    "award": "award", "prize": "award", "trophy": "award", "medal": "award",
    "fc": "team", "united": "team",
    # "the AFL Grand Final", "the FA Cup Final": a named final is one deciding match
    "final": "event",
    # "the Boat Race", "the Chicago Marathon", "the Tokyo Marathon": a named race is one
    # event, whatever label the model gave it (it reads "Boat Race" as a company)
    "race": "event", "marathon": "event",
    # "the Dakar Rally", "the Monte Carlo Rally": a named rally is one event too
    "rally": "event",
    # "the Isle of Man TT", "the Dutch TT": a Tourist Trophy is a meeting of races, no place
    "tt": "tournament",
    # "Hyrule Castle", "Hawkins High", "Finals MVP" labelled people: a place, a school, an
    # award; never a person whose first word ("Hyrule", "Hawkins") is then their short name
    "castle": "venue", "palace": "venue", "high": "organization", "school": "organization",
    "academy": "organization", "college": "organization", "mvp": "award",
}
COARSE_TYPES = {"person", "organization", "place", "venue", "thing", "title", "event",
                "product", "nationality"}


def entity_type(ent: Span) -> str:
    """The entity's fine type, corrected by the name's own last word when the model only
    gave a coarse label ("Japanese Grand Prix" is an event, not a thing) and "Best ..."
    names (awards). Glossary types are never overridden."""
    fine = ent._.fine_type
    if "|" not in ent.ent_id_ and ent.label_ in {"GPE", "LOC", "FAC"} and _role_from_verb(
        ent, fine
    ):
        fine = LABEL_TYPES[ent.label_]  # "toured Japan": a place, no tour named Japan
    if "|" in ent.ent_id_ or fine not in COARSE_TYPES or ent.label_ in {"DATE", "CARDINAL"}:
        return fine
    if fine != "nationality" and _numbered_event(ent):
        return "event"
    if fine == "venue" and ent.label_ == "FAC" and _won_place(ent):
        return "tournament"  # "to win the Grand National": a venue is not won, a race is
    words = [t for t in ent if t.is_alpha]
    if _games_company(ent, words):
        return "company"
    if _indefinite_organisation(ent):
        return "thing"  # "turned down an OBE", "won a BAFTA": a thing one has, not a body
    if _hall_of_fame(words):
        return "thing"  # "the Songwriters Hall of Fame": an honour roll one is
        # inducted into, not a building ("Which venue was X inducted into?" reads wrong)
    if len(words) >= 2:
        head = NAME_HEADS.get(words[-1].lower_)
        if head is not None and words[-1].text[:1].isupper():
            return head
        if words[0].lower_ == "best" and ent[0].text == "Best":
            return "award"
        if len(words) >= 3 and [w.text for w in words[-3:]] in (["of", "the", "Year"],
                                                                  ["of", "the", "Decade"]):
            return "award"  # "the Game of the Year", "Player of the Year": an award
    return fine


def _indefinite_organisation(ent: Span) -> bool:
    """An organisation's name said with "a" or "an" ("turned down an OBE", "won a BAFTA")
    is one thing of that name, an honour, award or product, not the body itself: "Which
    organisation did X turn down?" reads wrong. A name that modifies a noun ("an NBA team")
    is left alone: the noun is the thing."""
    if ent.label_ != "ORG" or ent.start == 0 or ent.root.dep_ == "compound":
        return False
    return ent.doc[ent.start - 1].lower_ in {"a", "an"}


def _hall_of_fame(words: list[Token]) -> bool:
    """A name ending in "Hall of Fame" (the model labels it a facility, which reads as a
    venue): whatever the roll's name, people are inducted into it, not played at it."""
    return len(words) >= 3 and [w.lower_ for w in words[-3:]] == ["hall", "of", "fame"]


def _games_company(ent: Span, words: list[Token]) -> bool:
    """"Rockstar Games", "Epic Games", "Riot Games": a name ending in "Games" said with
    no "the" is a company (the model labels some a product or an event); "the
    Commonwealth Games", "the Hunger Games" are said with "the" and are events or works,
    and so is a name with a year or number in it ("Asian Games 2026"; "X Games", its
    first word a letter, left alone)."""
    if len(words) < 2 or words[-1].text != "Games" or ent.label_ not in {
        "ORG", "PRODUCT", "EVENT"
    }:
        return False
    if len(words[0].text) < 3 or any(t.like_num for t in ent):
        return False
    if ent[0].lower_ == "the":
        return False
    doc = ent.doc
    # "the Hunger Games", "the last Hunger Games prequel": a "the" up to two words before
    # any use of the name
    return not any(doc[i].lower_ == "the" for e in doc.ents if e.text == ent.text
                   for i in range(max(0, e.start - 2), e.start))


EDITION = re.compile(r"\d{2,4}|[IVXLC]{2,}")
# "at Studio 54", "at Terminal 5": numbered places one is at, not events.
NUMBERED_PLACES = {"studio", "terminal", "pier", "route", "area", "gate", "platform",
                   "highway", "interstate", "hangar", "stage", "room", "hall", "court",
                   "field", "lot", "building", "block", "district", "station", "exit"}


def _numbered_event(ent: Span) -> bool:
    """"UFC 300", "WrestleMania XL": one capitalised word and an edition number, of a
    series the article puts after "at" ("won the title at UFC 295"): an event (one is at
    an event of a numbered series; a product or a band is not where things happen)."""
    words = [t for t in ent if not t.is_punct]
    if len(words) != 2 or ent[0].lower_ == "the":
        return False
    word, number = words
    if not (word.is_alpha and word.text[:1].isupper() and EDITION.fullmatch(number.text)):
        return False
    if word.lower_ in NUMBERED_PLACES:
        return False
    doc = ent.doc
    return any(
        t.lower_ == "at" and t.i + 2 < len(doc) and doc[t.i + 1].text == word.text
        and EDITION.fullmatch(doc[t.i + 2].text) is not None
        for t in tokens_where(doc, LOWER, "at".__eq__)  # the "at"s, from the word array
    )


def _role_from_verb(ent: Span, fine: str) -> bool:
    """The "role noun" before the name is a verb: "toured Japan", "captained England"
    say what was done to the place, not what it is."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.tag_.startswith("VB") and fine == (
        ROLE_NOUNS.get(before.lower_) or ROLE_NOUNS.get(before.lemma_.lower())
    )


@lru_cache(maxsize=4096)
def known_first_name(name: str) -> bool:
    """The name's first word is a given name in gender-guesser's lists."""
    detector = _gender_detector()
    words = name.split()
    if detector is None or not words or not words[0].isalpha():
        return False
    # "andy" (used as much for men as women) is as often no given name at all: "Weibo"
    return detector.get_gender(words[0]) not in {"unknown", "andy"}  # type: ignore[attr-defined]


def _own_name(part: str, full: str, alone: Counter[str]) -> bool:
    """A first word used alone again and again is a name in its own right ("Beyoncé" of
    "Beyoncé Giselle Knowles-Carter") unless the full name is just it and one more word
    never used alone: then the first word is a family name said first ("Ding" of "Ding
    Liren") and alone it is half the answer."""
    if not full.startswith(part):
        return False
    words = full.split()
    return len(words) > 2 or alone[words[-1]] > 0


def _family_given_name(part: str, full_names: dict[str, tuple[str, str]], shared: set[str]) -> bool:
    """A given name said alone again and again in a family's article ("Nell" of "Nell
    Kerr", whose niece "Ada Kerr" is the subject) is how the writer tells the family's
    members apart, not a name of its own: the full name ("Nell Kerr") has two words,
    starts with it, and its surname belongs to two people or more. Alone it is half the
    answer ("Who was killed racing in 2000? Nell"), and vague as a subject. Question side
    only (`namesakes`): the look-up keeps the reading its confidence was fitted on."""
    full = full_names[part.casefold()][0].split()
    return len(full) == 2 and full[0].casefold() == part.casefold() and (
        full[-1].casefold() in shared
    )


# Words written before a name that are no given name ("President Biden", "King Khan").
TITLE_WORDS = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "president", "senator",
    "governor", "mayor", "minister", "general", "colonel", "captain", "coach", "director",
    "king", "queen", "prince", "princess", "pope", "saint", "st", "judge", "officer",
    "sergeant", "uncle", "aunt", "big", "little", "young", "old", "baby", "don",
}


def _split_surnames(doc: Doc) -> set[str]:
    """Last words of two full names with different given names, read from the runs of
    proper nouns, whatever the model labelled: "Shah Rukh Khan" (labelled only "Khan")
    and later "his wife, Gauri Khan". A "Khan" alone is then either of them, so it is
    resolved to neither (the later, labelled one used to win), as "Knowles" is when
    both full names are labelled."""
    given: dict[str, set[str]] = {}
    # which words can be in a run, read from the tags (Token objects only for proper nouns)
    in_run = [False] * len(doc)
    for token in tokens_where(doc, POS, "PROPN".__eq__):
        in_run[token.i] = token.text[:1].isupper() and token.is_alpha
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and in_run[end]:
            end += 1
        if end - i >= 2 and doc[end - 2].lower_ not in TITLE_WORDS and not (
            doc[end - 1].ent_type_ and doc[end - 1].ent_type_ != "PERSON"
        ):
            given.setdefault(doc[end - 1].lower_, set()).add(doc[end - 2].lower_)
        i = max(end, i + 1)
    return {last for last, firsts in given.items() if len(firsts) >= 2}


def _name_as_common_noun(ent: Span, fine: str) -> bool:
    """A one-word name after "a"/"an" and an adjective ("had a remarkable Croisette", "a
    memorable Wimbledon") is used as a common noun (a time there, a fortnight of it): the
    model often takes such a place for a person, and no question about it reads right."""
    if len(ent) != 1 or fine not in PERSON_TYPES | PLACE_LIKE | {"event", "tournament"}:
        return False
    children = list(ent.root.children)
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children) and any(
        c.dep_ == "amod" and c.pos_ == "ADJ" and not c.ent_type_ for c in children
    )


PLACE_LIKE = {"place", "city", "country", "venue"}
NAMING_VERBS = {"name", "call", "dub", "christen", "term", "title", "nickname"}
# Common nouns for what an event name names: "a tournament called the Masters".
EVENT_NOUNS = {
    "event", "tournament", "race", "match", "game", "final", "competition", "festival",
    "ceremony", "show", "concert", "tour", "championship", "cup", "contest", "meeting",
    "derby", "series", "season", "gala", "awards", "fight", "bout", "card", "league",
}


def _named_thing(ent: Span) -> bool:
    """A name given to a common noun that is no event ("the skill now named the Biles II",
    "a move called the Phoenix"): the name is of that kind, whatever the label said."""
    verb = ent.root.head
    if ent.root.dep_ not in {"oprd", "attr", "dobj"} or verb.lemma_.lower() not in NAMING_VERBS:
        return False
    if verb.dep_ == "acl":
        noun = verb.head  # "the skill now named X"
    else:  # "the skill is now named X" (or read so)
        noun = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), verb)
    return noun.pos_ == "NOUN" and noun.lemma_.lower() not in EVENT_NOUNS


def resolve_mentions(
    doc: Doc, glossary: Glossary | None = None, namesakes: bool = True
) -> Mentions:
    """`namesakes=False` leaves out the namesake rule (`_split_surnames`): the look-up
    keeps the older reading (a lone surname to the one full name labelled before it), on
    which its confidence was fitted: with the rule, tests/lookup's "Nova Reyes's father"
    paraphrase fell from 0.516 to 0.347. It leaves out `_surname_acting_person` too (a full
    name tagged ORG made a person by its lone surname): the look-up's "Which part of New
    York is Nia Holt from?" test was fitted on the older reading."""
    mentions = Mentions()
    full_names: dict[str, tuple[str, str]] = {}  # "legend" -> ("John Legend", type)
    counts: Counter[tuple[str, str]] = Counter()

    # 1. Named entities, with part-names resolved to full names seen earlier (unless the
    # part is a name in its own right, used alone three times or more: "Beyoncé").
    # doc.ents is built afresh from the tokens on each access: read once
    ents = _team_of_place(doc, doc_ents(doc))
    alone = Counter(e.text for e in ents if len(e) == 1)
    person_words = {e.text for e in ents if len(e) == 1 and e.label_ == "PERSON"}
    person_words |= _bare_name_subjects(doc)
    # part-names of two different people: never resolved
    shared: set[str] = _split_surnames(doc) if namesakes else set()
    # last words of two-word names the model did not call people ("Virat Kohli": ORG)
    unlabelled_surnames: dict[str, tuple[str, str]] = {}
    nationals: list[Span] = []  # "the Serbian": resolved once every name is known
    # a one-word name said on its own before any longer name starting with it ("her first
    # fragrance, Bloom" before "Bloom Rush"): a name of its own, never a short form of a
    # name the article had not yet given (a surname is: "Hamilton", then "Alexander
    # Hamilton" and "Hamilton's wife")
    said_first: set[str] = set()
    surname_runs: set[str] = set()  # surnames of two words or more ("pier guidi")
    for ent in ents:
        if ent.label_ == "NORP" and len(ent) >= 2 and ent[0].lower_ == "the" and (
            _descriptor_the(ent[0])
        ):
            # "The Northern Irishman" with its "the" inside the entity
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)
        if _nationality_noun(ent) and ent.start > 0 and _descriptor_the(doc[ent.start - 1]) and (
            ent.root.dep_ in {"nsubj", "dobj", "pobj", "nsubjpass", "appos"}
        ) and not (_platform_the(doc, ent.start) and ent[0].lower_ not in NATIONALITY_NOUNS):
            mentions.vague.add(ent.start)  # "the Egyptian": a person, not named
            nationals.append(ent)
            continue
        if ent.label_ not in NAME_LABELS:
            continue
        if ent.label_ == "EVENT" and len(ent) == 1 and ent[0].tag_ == "JJ" and (
            ent[0].dep_ == "amod"
        ):
            continue  # "an Olympic record": an adjective names no event
        if ent.label_ != "PERSON" and _nickname_part(doc, ent.start, ent.end):
            mentions.vague.add(ent.start)  # "the American Nightmare": "Nightmare" is no name
            continue
        if not re.search(r"[^\W\d_]", re.sub(r"^the\s+", "", ent.text, flags=re.I)):
            continue  # "the 2024" of "the 2024 Juno Awards" labelled an event: no name
        if _gerund_led(ent):
            ent = ent[1:]  # "Confronting Zant, Link ...": the participle is not the name
        elif _role_led(ent):
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)  # "Showrunner Ryan ..."
        name, fine = canonical_name(ent), entity_type(ent)
        if _person_mislabelled(ent, fine, person_words) or _person_as_place(ent, fine) or (
            _one_word_place_acting(ent, fine)
        ) or (namesakes and _surname_acting_person(ent, fine)):
            fine = "person"  # "Lukas Matsson" tagged ORG, "Matsson" alone tagged PERSON
        if fine == "person" and len(ent) == 1 and _given_name_before(doc, ent.start):
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")  # "Filipe" + "Toledo"
            name = canonical_name(ent)
        if _name_as_common_noun(ent, fine):
            mentions.vague.add(ent.start)  # "had a remarkable Croisette": no one by that name
            continue
        if fine in {"event", "award_show", "festival", "tournament"} and _named_thing(ent):
            fine = "thing"  # "the skill now named the Biles II": a move, not an event
        if len(ent) == 1 and fine in PERSON_TYPES and _platform_the(doc, ent.start):
            fine = "thing"  # "released for the Switch" tagged PERSON: no person
        words = name.split()
        key = ent.text.replace("’", "'").removesuffix("'s").strip()
        if (
            (len(ent) == 1 or key.casefold() in surname_runs)
            and not _platform_the(doc, ent.start)
            and key.casefold() in full_names
            and key.casefold() not in shared
            and fine not in GROUP_TYPES - {"organization"}
            and not (
                alone[ent.text] >= 3
                and _own_name(key, full_names[key.casefold()][0], alone)
                and not (namesakes and _family_given_name(key, full_names, shared))
            )
            and not (
                key.casefold() in said_first
                and full_names[key.casefold()][0].split()[0].casefold() == key.casefold()
            )
        ):
            name, fine = full_names[key.casefold()]
        elif (
            len(ent) == 1
            and ent.label_ == "PERSON"
            and key.casefold() in unlabelled_surnames
            and key.casefold() not in shared
            and alone[ent.text] < 3
        ):
            # "Virat Kohli" (tagged ORG: "Virat" is in no list of given names), then
            # "Kohli" tagged PERSON: the surname of the person named in full before
            name, fine = unlabelled_surnames[key.casefold()][0], "person"
        elif glossary is not None and "|" not in ent.ent_id_:
            entry = glossary.lookup(key)
            if entry is not None:
                name, fine = entry.name, entry.type
        if len(ent) == 1 and key.casefold() not in full_names:
            said_first.add(key.casefold())
        if fine not in PERSON_TYPES and _first_last(ent):
            seen = unlabelled_surnames.setdefault(words[-1].casefold(), (name, fine))
            if seen[0] != name:
                shared.add(words[-1].casefold())
        if fine in PERSON_TYPES and len(words) >= 2:
            for part in (words[0], words[-1]):
                seen = full_names.setdefault(part.casefold(), (name, fine))
                if seen[0] != name:
                    shared.add(part.casefold())  # "Knowles": Beyoncé's, Mathew's, Solange's
            if len(words) >= 3 and all(w[:1].isupper() for w in words[1:]):
                # "Alessandro Pier Guidi", later "Pier Guidi": a surname of two words
                tail = " ".join(words[1:]).casefold()
                surname_runs.add(tail)
                seen = full_names.setdefault(tail, (name, fine))
                if seen[0] != name:
                    shared.add(tail)
        counts[(name, fine)] += 1
        end = ent.end
        possessive = end < len(doc) and doc[end].lower_ in {"'s", "’s", "'", "’"}
        mentions.by_start[ent.start] = Mention(ent.start, ent.end, name, fine, possessive)

    # Proper nouns the model did not label: a surname seen earlier, or an untyped name.
    # Lowercase words the tagger put in the run ("series protagonist Link") are role
    # words, not the name; an ALL-CAPS word the tagger read as a noun ("BLACKPINK have")
    # is a name; a sentence's first word is a name only if the article uses it mid-sentence.
    roles: dict[str, str] = {}
    runs: list[tuple[int, int]] = []
    unlabelled = _unlabelled_name_words(doc)
    i = 0
    while i < len(doc):
        if not unlabelled[i] or _covered(mentions, i):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and unlabelled[end] and not _covered(mentions, end):
            end += 1
        start = i
        while start < end and not doc[start].text[:1].isupper():
            start += 1
        if start > i and ROLE_NOUNS.get(doc[start - 1].lower_):
            roles[doc[start:end].text] = ROLE_NOUNS[doc[start - 1].lower_]
        if start < end:
            runs.append((start, end))
        i = end
    mid_sentence = {doc[a:b].text for a, b in runs if not doc[a].is_sent_start}
    mid_sentence |= {m.name for m in mentions.by_start.values()}
    compounds = _noun_compounds(doc)
    for i, end in runs:
        token = doc[i]
        text = doc[i:end].text
        hit = full_names.get(text.casefold()) if text.casefold() not in shared else None
        entry = glossary.lookup(text) if glossary is not None else None
        if hit:
            mentions.by_start[i] = Mention(i, end, hit[0], hit[1])
        elif entry is not None:
            mentions.by_start[i] = Mention(i, end, entry.name, entry.type)
        elif _nickname_part(doc, i, end):
            mentions.vague.add(i)  # "the American Dragon": a nickname, not a name
        elif _won_event(doc, i, end):
            mentions.by_start[i] = Mention(i, end, text, "tournament")
        elif i > 0 and end - i == 1 and _descriptor_the(doc[i - 1]) and not _brand_word(
            token, compounds
        ):
            mentions.vague.add(i)  # "the Dutchman": a descriptor ("The Irishman" mid-sentence
            # is a title)
        elif (
            not token.is_sent_start or end - i > 1 or text in mid_sentence
            or (len(text) >= 3 and text.isupper() and text.isalpha())
            or _unknown_word_subject(token)
        ):
            words = text.split()
            head = NAME_HEADS.get(words[-1].lower()) if len(words) >= 2 else None
            mentions.by_start[i] = Mention(i, end, text, head or "thing")  # "Japanese Grand Prix"

    for token in _untyped_with_pos(doc, "NOUN"):  # (`_surname_read_as_noun` needs both)
        if _surname_read_as_noun(token, mentions) and token.lower_ not in shared:
            hit = full_names.get(token.text.casefold())
            if hit is not None and hit[1] in PERSON_TYPES:
                # "Tennant plays the Doctor": a sentence's first word tagged a common noun,
                # no English word, the surname of a person named in full in the article
                mentions.by_start[token.i] = Mention(token.i, token.i + 1, hit[0], hit[1])
        elif _surname_used_alone(token, mentions) and token.lower_ not in shared:
            hit = full_names.get(token.text.casefold())
            if hit is not None and hit[1] in PERSON_TYPES:
                # "Stokes did the rest": a surname that is also an English word ("stoke"),
                # read as a plural noun, but the article calls the person by it elsewhere
                mentions.by_start[token.i] = Mention(token.i, token.i + 1, hit[0], hit[1])
    mentions.shared_parts = {p for p in shared if full_names.get(p, ("", ""))[1] in PERSON_TYPES}
    _year_event_names(doc, mentions)
    _quoted_handles(doc, mentions)
    _quoted_nicknames(doc, mentions)
    _join_possessive_names(doc, mentions)
    _birth_names(doc, mentions)
    _propagate_roles(doc, mentions, roles)
    unclear = _nationality_descriptors(doc, mentions, nationals)
    _join_place_to_event(mentions)
    counts = Counter((m.name, m.type) for m in mentions.by_start.values())
    mentions.main = _main_entities(counts)
    _caps_group(doc, mentions)
    _plural_nationality_group(doc, mentions)
    _team_nicknames(doc, mentions)
    _places_that_beat(doc, mentions)
    mentions.genders = gender_evidence(doc, mentions)

    # 2. Descriptors, pronouns and vague phrases.
    described = _work_descriptor_subjects(doc, mentions)
    for sent in doc.sents:
        for token in sent:
            lower = token.lower_
            if token.i in mentions.by_start or token.i in described or (
                token.ent_type_ and not (token.tag_ == "PRP$" and token.ent_type_ in {
                    "DATE", "TIME"})  # "in its first week"
            ):
                continue
            if _her_before_ordinal(token):
                mentions.vague.add(token.i)  # "won her third in a row": whose, unresolved
                continue
            if lower in ALL_PRONOUNS and token.tag_ in {
                "PRP", "PRP$", "NNP", "NN",
            }:
                _resolve_pronoun(doc, token, mentions)
            elif token.pos_ == "NOUN":
                _resolve_noun_phrase(token, mentions)
            elif lower in VAGUE_WORDS and token.dep_ in {"nsubj", "dobj", "pobj", "nsubjpass"}:
                mentions.vague.add(token.i)
    _descriptor_subjects(doc, mentions, skip=unclear)
    _descriptor_possessors(doc, mentions)
    _drop_unfit_references(doc, mentions)
    return mentions


# Nationality nouns that no suffix gives away ("the Finn", "the Briton").
NATIONALITY_NOUNS = {
    "finn", "briton", "brit", "swede", "dane", "pole", "scot", "turk", "greek", "thai",
    "swiss", "spaniard", "kiwi", "aussie", "czech", "slovak", "croat", "serb", "argentine",
    "filipino", "filipina", "dutchman", "dutchwoman", "frenchman", "frenchwoman",
    "englishman", "englishwoman", "irishman", "irishwoman", "welshman", "welshwoman",
    "scotsman", "scotswoman",
}
# Most nationality words end so: "Ukrainian", "Korean", "Japanese", "Danish", "Israeli".
NATIONALITY_SUFFIX = re.compile(r"[a-z](ian|ean|an|ese|ish|i|ch)$")


# A singular noun of someone who does something: "rider", "boxer", "cyclist", "sprinter".
AGENT_SUFFIX = re.compile(r"[a-z]{2}(er|or|ist)$")


def _person_noun(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.tag_ == "NN" and (
        lemma in PERSON_NOUNS or lemma in NATIONALITY_ROLES or bool(AGENT_SUFFIX.search(lemma))
    )


def _nationality_noun(ent: Span) -> bool:
    """"The Ukrainian beat ...", "The Finn finished second": one capitalised word after
    "the" that is a nationality, whatever label the model gave it (NORP, or a GPE or a
    PERSON it took for a place or a name). A place ("the Caribbean", LOC) or a quoted or
    capital-"The" title is not one."""
    if ent.label_ == "NORP":
        return True
    if len(ent) != 1 or ent.label_ not in {"GPE", "PERSON", "ORG"}:
        return False
    word = ent[0].text
    if not word[:1].isupper() or not word[1:].islower() or not word.isalpha():
        return False
    return word.lower() in NATIONALITY_NOUNS or bool(NATIONALITY_SUFFIX.search(word))


def _platform_the(doc: Doc, start: int) -> bool:
    """"on the Switch", "for the GameCube": a name after "on the"/"for the" is most often
    a platform or a medium, not a person's surname or a nationality guessed from its ending
    ("-ch" of "Dutch"); only a word that is plainly a nationality noun stays one ("a third
    title for the Serb")."""
    return start >= 2 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ in {
        "on", "for"
    }


def _brand_word(token: Token, compounds: dict[str, set[int]]) -> bool:
    """"on the Wii", "for the GameCube": a name the article also uses to name a kind of
    thing ("the Wii version", "the GameCube controller") is a product's or a place's, not
    a descriptor standing for a person ("the Dutchman", "the Irishman"). `compounds` is
    `_noun_compounds(doc)`, found once per article."""
    if re.search(r"(?:man|men|woman|women)$", token.lower_):
        return False
    return bool(compounds.get(token.text, set()) - {token.i})


def _noun_compounds(doc: Doc) -> dict[str, set[int]]:
    """Word -> where it stands right before a noun as its compound ("the Wii version")."""
    found: dict[str, set[int]] = {}
    for token in tokens_where(doc, DEP, "compound".__eq__):
        if token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.i == token.i + 1:
            found.setdefault(token.text, set()).add(token.i)
    return found


def _descriptor_the(token: Token) -> bool:
    """"the" before a descriptor: lower case, or capital only to open the sentence ("The
    Irishman" mid-sentence is a title)."""
    return token.text == "the" or (token.lower_ == "the" and token.is_sent_start)


# Roles beside a nationality that make it a person's ("the Greek third seed").
NATIONALITY_ROLES = {"seed", "international", "batter", "batsman", "bowler", "opener",
                     "skipper", "coach", "manager", "tennis", "golfer", "cyclist", "boxer"}


def _nationality_descriptors(doc: Doc, mentions: Mentions, nationals: list[Span]) -> set[int]:
    """"Tsitsipas, the Greek third seed, ... the Greek": a nationality word standing for a
    person is the one person the article gave that nationality before ("Serbian Novak
    Djokovic", or in an apposition). Two such people, or none, leave it vague; their
    indices are returned (no guess from the sentence before either)."""
    unclear: set[int] = set()
    for ent in nationals:
        word = ent.text.casefold()
        if len(ent) == 1 and ent[0].tag_ in {"NNPS", "NNS"} and _plural_nationality(ent.text):
            # "The Americans, who had knocked out Japan, ...": a plural is a side or a
            # people, never the one person named before it (the coach, a player)
            unclear.add(ent.start)
            continue
        found: dict[str, str] = {}
        for mention in mentions.by_start.values():
            if mention.start >= ent.start - 1 or mention.type not in PERSON_TYPES | {
                "organization", "thing"  # the model often labels a foreign name so
            }:
                continue
            if _said_of(doc, mention, word):
                found[mention.name] = "person"
        if not found:
            found = _only_person_before(mentions, ent.start - 1)
        if len(found) != 1:
            unclear.add(ent.start)
            continue
        (name, fine), = found.items()
        mentions.vague.discard(ent.start)
        start = ent.start - 1  # from "the"
        mentions.by_start[start] = Mention(start, ent.end, name, fine, anchored=True)
    return unclear


def _only_person_before(mentions: Mentions, start: int) -> dict[str, str]:
    """An epithet ("the Ukrainian") stands for someone already named: when the article
    has named one person only before it, and nobody with that nationality, it is that
    person ("Oleksandr Usyk is the champion. The Ukrainian beat Tyson Fury ...")."""
    people = {m.name for m in mentions.by_start.values()
              if m.start < start and m.type in PERSON_TYPES}
    return {name: "person" for name in people} if len(people) == 1 else {}


def _said_of(doc: Doc, mention: Mention, word: str) -> bool:
    """Whether the nationality word is given to this mention of a person: right before
    the name ("Serbian Novak Djokovic", "Serbian star Novak Djokovic") or in an
    apposition either side ("Tsitsipas, the Greek third seed")."""
    sent_start = doc[mention.start].sent.start
    before = doc[max(sent_start, mention.start - 3) : mention.start]
    for i in range(len(before) - 1, -1, -1):
        token = before[i]
        if token.text.casefold() == word:
            return True
        if not (token.is_lower and token.lemma_ in PERSON_NOUNS | NATIONALITY_ROLES):
            break  # only a person's role may come between: "Serbian star Novak Djokovic"
    span = doc[mention.start : mention.end]
    root = span.root
    phrases = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        phrases.append(root.head)
    for phrase in phrases:
        if phrase.lemma_.lower() not in PERSON_NOUNS | NATIONALITY_ROLES:
            continue  # "Red Star, the Serbian club": not a person
        words = [t for t in phrase.subtree if not mention.start <= t.i < mention.end]
        # the word modifies the phrase itself ("the Greek third seed"), not a name inside a
        # clause on it ("Bowman, the man who guided the American": the American is another)
        own = [t for t in words if t.head.i == phrase.i or (t.head.head.i == phrase.i and (
            t.head.dep_ in {"amod", "compound", "nmod"}))]
        if any(t.text.casefold() == word for t in own) and not any(
            t.ent_type_ == "PERSON" for t in words
        ):
            return True
    return False


def _descriptor_subjects(
    doc: Doc, mentions: Mentions, skip: set[int] | frozenset[int] = frozenset()
) -> None:
    """"Max Verstappen was back on top. The Dutchman won ...": a person descriptor as
    the subject of a sentence is the person the sentence before was about, when that
    sentence's subject is the only person it names and nobody else comes first here."""
    ages = {t.i for t in tokens_where(doc, LOWER, "old".__eq__) if _age_descriptor(t)}
    # "The 58-year-old grandmother": a gendered person noun with modifiers is no vague
    # word of the noun pass (modifiers make it "another" one there), but as a sentence's
    # subject after "the" it describes someone named before
    gendered = {
        t.i for t in tokens_where(doc, DEP, "nsubj".__eq__)  # subjects from the label array
        if t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.tag_ == "NN"
        and t.lemma_.lower() in FEMALE_NOUNS | MALE_NOUNS and mentions.covering(t) is None
    }
    for index in sorted((mentions.vague - skip) | ages | (gendered - skip)):
        token = doc[index]
        if token.dep_ != "nsubj" or token.lower_ in VAGUE_WORDS:
            continue
        start = min(t.i for t in token.subtree)
        if start == 0 or doc[start].lower_ != "the" or (
            start != token.sent.start and not _fronted_setting(token, start, mentions)
        ):
            continue
        if not (
            index in ages
            or token.lemma_.lower() in PERSON_NOUNS
            or (_person_noun(token) and any(
                c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP" for c in token.children
            ))  # "The Danish rider won ..."
            or token.ent_type_ == "NORP"
            or (token.pos_ == "PROPN" and token.i == start + 1)  # "the Dutchman"
            or token.lemma_.lower() in FEMALE_NOUNS | MALE_NOUNS  # "The grandmother"
        ):
            continue
        previous = doc[token.sent.start - 1].sent
        people = {
            m.name for m in mentions.by_start.values()
            if previous.start <= m.start < previous.end and m.type in PERSON_TYPES
        }
        owner = _sentence_subject(previous, mentions)
        if owner is None or people != {owner.name} or owner.type not in PERSON_TYPES:
            if owner is not None and owner.type in PERSON_TYPES:
                continue  # the sentence before is about another person too
            if _unnamed_person(previous, mentions):
                continue  # "..., but she then struggled, and Andrade led": not only Andrade
            owner = _one_person_subject(previous, mentions)
            if owner is None and _sentence_subject(previous, mentions) is None:
                owner = _only_person_named(previous, mentions, token)
            if owner is None:
                continue
        mentions.vague.discard(index)
        end = max(t.i for t in token.subtree) + 1 if _from_place_descriptor(token) or (
            index in ages and _from_place_only(token)
        ) else token.i + 1  # "The teenager from Leeds": the whole phrase stands for the person
        mentions.by_start[start] = Mention(start, end, owner.name, owner.type, anchored=True)


def _descriptor_possessors(doc: Doc, mentions: Mentions) -> None:
    """"Brandon Sanderson has done it. When the clock ran out, the fantasy author's
    Kickstarter had raised ...": a person descriptor owning the subject of the sentence's
    main verb stands for the person the sentence before was about, as "The Dutchman" as a
    subject does (`_descriptor_subjects`): that sentence's subject is the only person it
    names, and what comes before the descriptor here is only a fronted subordinate clause
    or setting naming no person."""
    # only the possessors, found from the dependency array (the first test below)
    for token in tokens_where(doc, DEP, lambda dep: dep == "poss"):
        if token.dep_ != "poss" or not _person_noun(token) or mentions.covering(token):
            continue
        owned = token.head
        if owned.dep_ not in {"nsubj", "nsubjpass"} or owned.head.dep_ != "ROOT":
            continue
        start = min(t.i for t in token.subtree)
        sent = token.sent
        if not _descriptor_the(doc[start]) or sent.start == 0 or token.i + 1 >= len(doc):
            continue
        if doc[token.i + 1].lower_ not in {"'s", "’s"}:
            continue
        if start != sent.start and not _fronted_clause_only(doc, sent, start, owned.head, mentions):
            continue
        previous = doc[sent.start - 1].sent
        owner = _sentence_subject(previous, mentions)
        people = {m.name for m in mentions.by_start.values()
                  if previous.start <= m.start < previous.end and m.type in PERSON_TYPES}
        if owner is None or owner.type not in PERSON_TYPES or people != {owner.name}:
            continue
        mentions.vague.discard(token.i)
        mentions.by_start[start] = Mention(
            start, token.i + 1, owner.name, owner.type, possessive=True, anchored=True
        )


def _fronted_clause_only(doc: Doc, sent: Span, start: int, verb: Token, mentions: Mentions) -> bool:
    """Everything in the sentence before `start` is a comma-closed adverbial clause or
    phrase of `verb` ("When the clock ran out on Thursday, ") that names no person."""
    if start - 1 <= sent.start or doc[start - 1].text != ",":
        return False
    fronted = [c for c in verb.children if c.i < start - 1 and c.dep_ != "punct"]
    if not fronted or any(c.dep_ not in {"advcl", "prep", "npadvmod"} for c in fronted):
        return False
    covered = {t.i for c in fronted for t in c.subtree}
    if any(i not in covered and doc[i].text != "," for i in range(sent.start, start - 1)):
        return False
    return not any(
        (m := mentions.covering(doc[i])) is not None and m.type in PERSON_TYPES
        for i in range(sent.start, start - 1)
    )


def _unnamed_person(sent: Span, mentions: Mentions) -> bool:
    """Whether a clause of the sentence has "he" or "she" as its subject with no name found
    for it. The fallbacks of `_descriptor_subjects` hand a descriptor to the one person a
    sentence names; a person it is about unnamed may be the one the next sentence describes
    ("She received the palm from Jane Fonda. The German actress plays ...": the actress is
    not Fonda), so the descriptor is left vague rather than guessed."""
    return any(
        t.lower_ in {"he", "she"} and t.dep_ in {"nsubj", "nsubjpass"}
        and t.i in mentions.vague and t.i not in mentions.by_start
        for t in sent
    )


def _only_person_named(sent: Span, mentions: Mentions, descriptor: Token) -> Mention | None:
    """"The most emotional moment belonged to Dana Whitlock. The 58-year-old grandmother
    ...": a sentence whose subject is no name and that names one person only (as an
    object) hands the next sentence's person descriptor to that person, when a gendered
    descriptor ("grandmother", "father") fits the person's gender as far as it is known."""
    found = {
        m.name: m for m in mentions.by_start.values()
        if sent.start <= m.start < sent.end and m.type in PERSON_TYPES
    }
    if len(found) != 1 or any(
        m.type in GROUP_TYPES for m in mentions.by_start.values()
        if sent.start <= m.start < sent.end
    ):
        return None
    (only,) = found.values()
    lemma = descriptor.lemma_.lower()
    wanted = "f" if lemma in FEMALE_NOUNS else "m" if lemma in MALE_NOUNS else None
    if wanted is not None and _gender_of(only.name, mentions.genders) != wanted:
        return None
    return only


def _age_descriptor(token: Token) -> bool:
    """"the 22-year-old (from Toulouse)": a person described by age alone (the model tags
    the phrase a date, so it is no noun phrase of the descriptor pass)."""
    return (
        token.lower_ == "old"
        and token.dep_ == "nsubj"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and any(
            c.lower_ == "year" and c.dep_ == "npadvmod" and any(g.like_num for g in c.children)
            for c in token.children
        )
        and all(c.dep_ in {"det", "npadvmod", "punct", "prep"} for c in token.children)
        and (not any(c.dep_ == "prep" for c in token.children) or _from_place_only(token))
    )


def _fronted_setting(subject: Token, start: int, mentions: Mentions) -> bool:
    """"On Wednesday evening at the Paris La Défense Arena, the 22-year-old won ...": the
    subject opens its clause after a comma, and all the sentence says before it is a time
    or place phrase of the same verb naming no person."""
    sent = subject.sent
    verb = subject.head
    if doc_text(subject, start - 1) != "," or verb.dep_ != "ROOT" or start - 1 <= sent.start:
        return False
    before = range(sent.start, start - 1)
    fronted = [c for c in verb.children if c.i < start - 1 and c.dep_ not in {"punct"}]
    if not fronted or any(c.dep_ != "prep" for c in fronted):
        return False
    if any(g.dep_ == "npadvmod" for c in fronted for g in c.children):
        return False  # "Eleven years after Euphoria, ...": a measure questions would drop
    covered = {t.i for c in fronted for t in c.subtree}
    if any(i not in covered and subject.doc[i].text != "," for i in before):
        return False
    return not any(
        (m := mentions.covering(subject.doc[i])) is not None and m.type in PERSON_TYPES
        for i in before
    )


def doc_text(token: Token, index: int) -> str:
    return token.doc[index].text if 0 <= index < len(token.doc) else ""


def _from_place_only(token: Token) -> bool:
    """The noun's one addition is "from <proper name>" ("the teenager from Leeds")."""
    extra = [c for c in token.children if c.dep_ == "prep"]
    if len(extra) != 1 or extra[0].lower_ != "from":
        return False
    place = [c for c in extra[0].children if c.dep_ == "pobj"]
    return len(place) == 1 and place[0].pos_ == "PROPN" and all(
        t.pos_ == "PROPN" or t.dep_ == "det" for t in place[0].subtree
    )


def _untyped_with_pos(doc: Doc, *tags: str) -> list[Token]:
    """The words outside every entity whose part of speech is one of `tags`, read from
    the token arrays (no Token object made for the others): the candidates of the
    per-word name scans, which all want an unlabelled word of these parts of speech."""
    # filtered in numpy: turning the whole (words x 2) array into Python lists cost more
    # than the rest of the scan (~1.5 ms an article, twice per article)
    import numpy

    kinds = doc.to_array([POS, ENT_TYPE])
    wanted = numpy.array(sorted({doc.vocab.strings[tag] for tag in tags}), dtype=kinds.dtype)
    keep = (kinds[:, 1] == 0) & numpy.isin(kinds[:, 0], wanted)
    return [doc[i] for i in numpy.flatnonzero(keep).tolist()]


def _unlabelled_name_words(doc: Doc) -> list[bool]:
    """`_unlabelled_name_word` of each word of the doc, tried only on the unlabelled
    proper and common nouns (it is False for every other word)."""
    flags = [False] * len(doc)
    for token in _untyped_with_pos(doc, "PROPN", "NOUN"):
        flags[token.i] = _unlabelled_name_word(token)
    return flags


def _unlabelled_name_word(token: Token) -> bool:
    """A word of a name the model left unlabelled: a proper noun, or an ALL-CAPS word of
    three letters or more the tagger read as a noun ("BLACKPINK have made history")."""
    if token.ent_type_ or _number_sign(token):
        return False
    if token.pos_ == "PROPN":
        return True
    return (
        len(token.text) >= 3
        and token.text.isupper()
        and token.is_alpha
        and token.pos_ == "NOUN"
        and not any(c.dep_ in {"det", "amod", "poss"} for c in token.children)
    )


def _number_sign(token: Token) -> bool:
    """"No." before a number ("the No. 51 Ferrari", "his No. 7 shirt") is the number
    sign, never a name (the tagger reads "No" as a proper noun)."""
    doc = token.doc
    if token.text not in {"No", "No."} or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    if after.text == "." and token.i + 2 < len(doc):
        after = doc[token.i + 2]
    return after.text.isdigit()


def _bare_capitalised_subject(token: Token, mentions: Mentions) -> bool:
    """A sentence-opening subject the tagger read as a common noun, capitalised (not all
    capitals), with no article or modifier and no mention over it: a name candidate."""
    if token.ent_type_ or not token.is_sent_start or token.pos_ != "NOUN":
        return False
    if not (token.is_alpha and token.text[:1].isupper() and not token.text.isupper()):
        return False
    if token.dep_ not in {"nsubj", "nsubjpass"} or _covered(mentions, token.i):
        return False
    return not any(
        c.dep_ in {"det", "amod", "poss", "compound", "nummod"} for c in token.children
    )


def _surname_read_as_noun(token: Token, mentions: Mentions) -> bool:
    """A capitalised sentence-opening subject the tagger read as a common noun, bare (no
    article or modifier), that is no English word ("Tennant plays ..."): a name."""
    if not _bare_capitalised_subject(token, mentions):
        return False
    from lemminflect import getAllLemmas

    return not getAllLemmas(token.lower_)


def _surname_used_alone(token: Token, mentions: Mentions) -> bool:
    """A capitalised sentence-opening bare subject the tagger read as a common noun
    ("Stokes did the rest": "stokes" is a verb form) whose very word the article labels
    elsewhere as a one-word person mention ("an appeal against Stokes"): the same person.
    `_surname_read_as_noun` without the "no English word" test; the article's own use of
    the word as a name stands in for it."""
    if not _bare_capitalised_subject(token, mentions):
        return False
    return any(
        m.end - m.start == 1 and m.type in PERSON_TYPES and token.doc[m.start].text == token.text
        and m.name != token.text
        for m in mentions.by_start.values()
    )


def _unknown_word_subject(token: Token) -> bool:
    """"Kendall, played by Jeremy Strong, believed ...": a capitalised sentence-opening
    subject that is no English word is a name (the model left it unlabelled); so is a word
    of letters and digits ("Cubed3 hailed the game ...")."""
    word = token.text
    mixed = word.isalnum() and any(c.isdigit() for c in word) and any(c.isalpha() for c in word)
    if not (token.is_alpha or mixed) or not word[:1].isupper() or word.isupper():
        return False
    if token.dep_ not in {"nsubj", "nsubjpass"} and not any(
        c.dep_ in {"appos", "acl", "relcl"} for c in token.children
    ):
        return False
    from lemminflect import getAllLemmas

    return not getAllLemmas(token.lower_)


def _nickname_part(doc: Doc, start: int, end: int) -> bool:
    """One capitalised word after "the" and a capitalised adjective of the same phrase
    that the model left out of the name: "the American Nightmare", "the Brazilian
    Wall" are nicknames, and the last word alone names no one."""
    if end - start != 1 or start < 2:
        return False
    modifier, the = doc[start - 1], doc[start - 2]
    return (
        the.lower_ == "the"
        and modifier.text[:1].isupper()
        and (modifier.pos_ == "ADJ" or modifier.ent_type_ == "NORP")  # not "the Orlando Magic"
        and modifier.dep_ in {"amod", "compound"}
        and modifier.head.i == start
        and not modifier.is_sent_start
    )


NICKNAME_QUOTES = {'"', "“", "”", "``", "''"}


def _handle_shaped(word: str) -> bool:
    """A gamer tag or stage handle: a digit in it ("b1t"), a lowercase start ("karrigan"),
    or a capital after a lowercase letter ("jL"); no given name or surname looks so."""
    return any(c.isdigit() for c in word) or word[:1].islower() or any(
        a.islower() and b.isupper() for a, b in pairwise(word)
    )


def _quoted_handles(doc: Doc, mentions: Mentions) -> None:
    """'Given "handle" Surname' with a one-word handle: the model often reads the three
    words as three things (a work, an organisation, a stray noun) or leaves the given name
    out, so `_quoted_nicknames` never sees a person. Esports, wrestling and music articles
    name people this way. The three words are a person when the handle looks like a tag
    ("b1t", "jL", "karrigan") or the model took the given name or surname for a person;
    each word becomes a one-word person mention for `_quoted_nicknames` to join."""
    # only where a quote mark stands: the slice below is the costly part, per token
    # (the quote marks found from the word array, no Token made for the other words)
    quotes = tokens_where(doc, ORTH, lambda text: text in NICKNAME_QUOTES)
    starts = [t.i - 1 for t in quotes if 0 < t.i < len(doc) - 3]
    for i in starts:
        given, open_, nick, close, surname = doc[i : i + 5]
        if open_.text not in NICKNAME_QUOTES or close.text not in NICKNAME_QUOTES:
            continue
        if not all(
            t.text[:1].isupper() and t.is_alpha and not t.is_stop and len(t) > 1
            for t in (given, surname)
        ):
            continue
        if not nick.text.isalnum():
            continue
        if given.whitespace_ == "" or open_.whitespace_ or nick.whitespace_ or (
            not close.whitespace_
        ):
            continue  # '"Inception" and "Dunkirk"': the quotes hug the handle, not the names
        if i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha and (
            doc[i - 1].lower_ not in PERSON_NOUNS | NATIONALITY_ROLES  # "Coach Andrii ..."
        ):
            continue  # 'Celestine Ann "Tina" Knowles': a longer name than given + surname
        if surname.lower_ in mentions.shared_parts:
            continue  # a family's surname, shared by two people of the article
        if i + 5 < len(doc) and doc[i + 5].text[:1].isupper() and doc[i + 5].is_alpha:
            continue  # 'Given "x" Two Words': not one surname
        if not _handle_shaped(nick.text) and "PERSON" not in {given.ent_type_, surname.ent_type_}:
            continue
        for start, mention in list(mentions.by_start.items()):
            if mention.start < i + 5 and mention.end > i:
                mentions.by_start.pop(start, None)
        for token in (given, nick, surname):
            mentions.by_start[token.i] = Mention(token.i, token.i + 1, token.text, "person")


def _quoted_nicknames(doc: Doc, mentions: Mentions) -> None:
    """'Jack "The Hammer" Doyle': a quoted name between a given name and a surname, one of
    them read as a person, is the person's nickname. The three parts are one person,
    "Jack Doyle"; the quoted nickname used alone later ('"The Hammer" hit ...') and the
    surname alone are that person too."""
    nicknames: dict[str, tuple[str, str]] = {}  # nickname or surname -> (name, type)
    for start in sorted(mentions.by_start):
        first = mentions.by_start.get(start)
        if first is None or first.end - first.start != 1 or first.end + 3 >= len(doc):
            continue
        nick = mentions.by_start.get(first.end + 1)
        if doc[first.end].text not in NICKNAME_QUOTES or nick is None:
            continue
        last = mentions.by_start.get(nick.end + 1)
        if doc[nick.end].text not in NICKNAME_QUOTES or last is None or last.end - last.start != 1:
            continue
        given, surname = doc[first.start], doc[last.start]
        if PERSON_TYPES.isdisjoint({first.type, last.type}) or not (
            given.text[:1].isupper() and surname.text[:1].isupper()
            and given.is_alpha and surname.is_alpha
        ):
            continue
        name = f"{given.text} {surname.text}"
        for part in (first, nick, last):
            mentions.by_start.pop(part.start, None)
        mentions.by_start[first.start] = Mention(
            first.start, last.end, name, "person", last.possessive
        )
        nicknames[nick.name] = nicknames[surname.text] = (name, "person")
    if not nicknames:
        return
    for start, mention in list(mentions.by_start.items()):
        hit = nicknames.get(mention.name)
        if hit is not None and mention.name != hit[0]:
            mentions.by_start[start] = Mention(
                mention.start, mention.end, hit[0], hit[1], mention.possessive
            )


WINNING_VERBS = {"win", "retain", "defend"}


def _won_place(ent: Span) -> bool:
    """A building-like name as the object of a verb of winning ("steering X to win the
    Grand National") is a competition's: nobody wins a building."""
    root = ent.root
    return root.dep_ == "dobj" and root.head.lemma_.lower() in WINNING_VERBS and (
        root.head.i < ent.start
    )


def _won_event(doc: Doc, start: int, end: int) -> bool:
    """"won the Masters": one capitalised plural word after "the" as the object of a verb
    of winning is a competition's name (a person is not won), though the model left it
    unlabelled and "the <Name>" alone is otherwise read as a descriptor ("the Dutchman")."""
    if end - start != 1 or start == 0 or doc[start - 1].lower_ != "the":
        return False
    token = doc[start]
    word = token.text
    return (
        token.dep_ == "dobj"
        and token.head.lemma_.lower() in WINNING_VERBS
        and token.head.i < start
        and word[:1].isupper()
        and not word.isupper()
        and word.endswith("s")
        and not word.endswith(("ss", "'s"))
        and word.lower() not in NATIONALITY_NOUNS
    )


def _role_led(ent: Span) -> bool:
    """"Showrunner Ryan Condal has said ...": a sentence-opening role word (a common noun
    or an agent noun, no given name) that the model took into a person's name before a
    given name."""
    first = ent[0]
    if len(ent) < 3 or ent.label_ != "PERSON" or not first.is_sent_start:
        return False
    if not first.is_alpha or not first.text[:1].isupper() or first.text.isupper():
        return False
    if known_first_name(first.text) or not known_first_name(ent[1].text):
        return False
    from lemminflect import getAllLemmas

    return "NOUN" in getAllLemmas(first.lower_) or bool(AGENT_SUFFIX.search(first.lower_))


def _gerund_led(ent: Span) -> bool:
    """"Confronting Zant, Link and Midna learn ...": a sentence-opening participle the
    model took into a name."""
    first = ent[0]
    return (
        len(ent) > 1
        and first.is_sent_start
        and first.lower_.endswith("ing")
        and first.tag_ in {"VBG", "NNP"}
        and ent[1].text[:1].isupper()
        and ent.label_ in {"PERSON", "ORG", "GPE", "NORP"}
        and first.lower_ not in {"king", "ring", "ming", "sterling", "browning", "fleming"}
        and _is_verb_form(first.lower_)
    )


@lru_cache(maxsize=1024)
def _is_verb_form(word: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word, upos="VERB"))


ROLE_PROPAGATED = PERSON_TYPES | {"group", "team", "label", "company"}


def _propagate_roles(doc: Doc, mentions: Mentions, roles: dict[str, str]) -> None:
    """A role noun once beside a name ("series protagonist Link", "the group BLACKPINK")
    says what the name is wherever the article uses it, when the model gave it no
    better type than "thing" (or only "person" for a person role)."""
    for mention in mentions.by_start.values():
        if mention.type != "thing" or mention.start == 0:
            continue
        before = doc[mention.start - 1]
        role = ROLE_NOUNS.get(before.lower_) if before.pos_ in {"NOUN", "PROPN"} else None
        if role and before.text.islower():
            roles.setdefault(mention.name, role)
    for start, mention in list(mentions.by_start.items()):
        role = roles.get(mention.name)
        if role not in ROLE_PROPAGATED:
            continue
        if mention.type == "thing" or (mention.type == "person" and role in PERSON_TYPES):
            mentions.by_start[start] = Mention(
                mention.start, mention.end, mention.name, role, mention.possessive
            )


GROUP_WORDS = {w for w, kind in GROUP_DESCRIPTORS.items() if kind == "group"}


def _caps_group(doc: Doc, mentions: Mentions) -> None:
    """"BLACKPINK have made history ... the quartet ... the group's agency": when an
    article refers to "the group" but names no group the model or glossary knows, its one
    unlabelled ALL-CAPS name used as a subject is that group."""
    if "group" in mentions.main:
        return
    words = GROUP_WORDS | ({"pair"} if _called_a_duo(doc) else set())  # "the pair": the duo
    descriptors = sum(
        1 for t in tokens_where(doc, LOWER, words.__contains__)
        if t.lower_ in words and t.tag_ in {"NN", "NNS"}
        and any(c.lower_ == "the" for c in t.children)
    )
    if descriptors < 2:
        return
    names = {
        m.name for m in mentions.by_start.values()
        if m.type == "thing" and m.end - m.start == 1 and doc[m.start].text.isupper()
        and len(doc[m.start].text) >= 3 and doc[m.start].dep_ in {"nsubj", "nsubjpass"}
    }
    if not names:
        names = _plural_agreeing_names(doc, mentions)
    if not names:
        names = _plural_organizations(doc, mentions)
    if not names:
        names = _plural_agreeing_short_names(doc, mentions)
    if not names:
        names = _plural_agreeing_full_names(doc, mentions)
    if len(names) != 1:
        return
    (name,) = names
    for start, mention in list(mentions.by_start.items()):
        if mention.name == name:
            mentions.by_start[start] = Mention(
                mention.start, mention.end, name, "group", mention.possessive
            )
    mentions.main["group"] = name


SIDE_TYPES = {"team", "organization", "place", "city", "country", "thing", "group"}


def _team_nicknames(doc: Doc, mentions: Mentions) -> None:
    """"UConn did it again. The Huskies beat Purdue 75-60 ...": a sentence that opens on
    "The" and a plural proper noun nobody named ("the Huskies", "the Cats") as its
    subject is a side's nickname; it is the side the sentence before was about when that
    sentence names one side only (its subject) and no person. Every "the Huskies" of the
    article is then that side."""
    nicknames: dict[str, Mention] = {}
    for sent in doc.sents:
        if sent.start == 0 or len(sent) < 3:
            continue
        the, word = doc[sent.start], doc[sent.start + 1]
        plural = word.tag_ in {"NNPS", "NNS"} or (
            # "The Kiwis beat ...": a plural the tagger read as a singular proper noun
            word.tag_ == "NNP" and word.text.endswith("s") and not word.text.endswith("ss")
        )
        if the.lower_ != "the" or not plural or word.dep_ != "nsubj" or (
            word.head.dep_ != "ROOT" or not word.text[:1].isupper() or not word.is_alpha
        ):
            continue
        hit = mentions.covering(word)
        if hit is not None and (hit.name != word.text or hit.type not in PERSON_TYPES | {
            "thing", "organization"
        }):
            continue  # a name the article gives (not the model's guess at this one word)
        if word.text in nicknames or any(t.text == word.text for t in doc[: word.i]):
            continue  # only where the article first uses the nickname
        previous = doc[sent.start - 1].sent
        owner = _sentence_subject(previous, mentions)
        named = {
            m.name: m for m in mentions.by_start.values()
            if previous.start <= m.start < previous.end
        }
        if owner is None or owner.type not in SIDE_TYPES - {"thing"} or known_first_name(
            owner.name
        ) or any(
            m.type in PERSON_TYPES or (m.type in SIDE_TYPES and m.name != owner.name)
            for m in named.values()
        ):
            continue
        nicknames[word.text] = owner
    for start, mention in list(mentions.by_start.items()):
        token = doc[start]
        if (
            mention.type in PERSON_TYPES and mention.end - start == 1 and start > 0
            and token.tag_ == "NNPS" and mention.name == token.text
            and doc[start - 1].lower_ == "the" and token.text not in nicknames
        ):
            # "The Boilermakers made only one three-pointer": a person's name takes no
            # "the" and is no plural; the model's person is a side known by its nickname
            mentions.by_start[start] = Mention(
                start, mention.end, mention.name, "team", mention.possessive
            )
    # the nicknames' words only, found from the word array (the first test below)
    for token in tokens_where(doc, ORTH, lambda text: nicknames.get(text) is not None):
        owner = nicknames.get(token.text)
        if owner is None or token.i == 0 or doc[token.i - 1].lower_ != "the":
            continue
        mentions.by_start.pop(token.i, None)
        mentions.by_start[token.i - 1] = Mention(
            token.i - 1, token.i + 1, owner.name, owner.type, anchored=True
        )


BEATING_VERBS = {"beat", "defeat", "edge", "overcome", "thrash", "rout", "outclass",
                 "outrow", "outrun", "outlast", "eliminate", "overpower", "dethrone"}
SIDE_PLACES = {"place", "city", "country", "thing"}
PLACE_PREPS = {"in", "at", "from", "near", "to", "into", "across", "around", "outside"}


def _places_that_beat(doc: Doc, mentions: Mentions) -> None:
    """"Cambridge won the Boat Race, beating Oxford", "France beat England 3-1": a place
    (or a name of unknown kind) that beats a named side is a team (a city or a university
    crew), not a place, in the whole article; the model labels such sides places, which
    leaves every sentence about them without a fair wh-word ("Which place held their
    nerve?"). Not when the other side is a person (a one-on-one: people on both sides)."""
    # the beating verbs only, found from the lemma array (the first test below)
    for verb in tokens_where(doc, LEMMA, lambda lemma: lemma.lower() in BEATING_VERBS):
        if verb.lemma_.lower() not in BEATING_VERBS or verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ in {"advcl", "conj"}:  # "won X, beating Y"
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        other = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if subject is None or other is None:
            continue
        side = mentions.covering(subject)
        beaten = mentions.covering(other)
        if side is None or beaten is None or side.type not in SIDE_PLACES:
            continue
        if beaten.type in PERSON_TYPES or side.end - side.start > 3:
            continue
        if side.type == "thing" and not doc[side.start].ent_type_ and not any(
            e.text == side.name and e.label_ in {"GPE", "LOC"} for e in doc.ents
        ):
            continue  # an unlabelled name: a side only if labelled a place elsewhere
        for start, mention in list(mentions.by_start.items()):
            root = doc[mention.start : mention.end].root
            if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS:
                continue  # "the crowds in Cambridge": the place itself
            if mention.name == side.name and mention.type in SIDE_PLACES:
                mentions.by_start[start] = Mention(
                    mention.start, mention.end, mention.name, "team", mention.possessive,
                    mention.anchored,
                )


def _called_a_duo(doc: Doc) -> bool:
    """The article calls its act a duo ("the French electronic duo"): only then does "the
    pair" stand for the group (in a match report "the pair" is two people, not a team)."""
    return any(t.pos_ == "NOUN" for t in tokens_where(doc, LOWER, "duo".__eq__))


def _plural_nationality(word: str) -> str | None:
    """The adjective of a plural nationality noun: "Frenchmen" -> "french", "Italians" ->
    "italian"; None for any other word."""
    if not word[:1].isupper() or not word[1:].islower() or not word.isalpha():
        return None
    lower = word.lower()
    if lower.endswith("men") and f"{lower[:-3]}man" in NATIONALITY_NOUNS:
        return lower[:-3]  # "frenchmen", "dutchmen", "englishmen"
    if lower.endswith("s") and re.search(r"[a-z](ian|ean|an)$", lower[:-1]):
        return lower[:-1]  # "italians", "koreans", "americans"
    return None


def _plural_nationality_group(doc: Doc, mentions: Mentions) -> None:
    """"the French electronic duo ... the Frenchmen came back with ...": a plural
    nationality noun after "the" stands for the article's one group when the article gave
    that group the nationality ("the French duo", "French duo Daft Punk"); with no main
    group, or a nationality the article never gave it, it stays a vague reference."""
    name = mentions.main.get("group")
    if name is None:
        return
    given = {
        c.lower_ for t in tokens_where(doc, LOWER, GROUP_WORDS.__contains__) if t.pos_ == "NOUN"
        for c in t.children if c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP"
    }
    for mention in mentions.by_start.values():  # "French duo Daft Punk"
        if mention.name == name and mention.start >= 2 and doc[mention.start - 1].lower_ in (
            GROUP_WORDS
        ) and doc[mention.start - 2].ent_type_ == "NORP":
            given.add(doc[mention.start - 2].lower_)
    if not given:
        return
    for token in doc:
        if token.i == 0 or not _descriptor_the(doc[token.i - 1]) or token.tag_ not in {
            "NNPS", "NNP", "NNS"
        }:
            continue
        adjective = _plural_nationality(token.text)
        if adjective is None or adjective not in given:
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ in {"PROPN", "NOUN"}:
            continue  # "the Frenchmen's ..." is fine; "the Italians fans": not the noun alone
        mentions.by_start.pop(token.i, None)
        mentions.vague.discard(token.i)
        start = token.i - 1  # from "the"
        mentions.by_start[start] = Mention(start, token.i + 1, name, "group", anchored=True)


def _plural_organizations(doc: Doc, mentions: Mentions) -> set[str]:
    """Names the model called organisations (or left unlabelled) that take a plural verb
    as a subject ("Daft Punk are no more", "The Chemical Brothers were back"): in an
    article that keeps saying "the duo", "the band", such a name is the act those words
    stand for (a two-person act is often not typed a group by the model)."""
    found: set[str] = set()
    for mention in mentions.by_start.values():
        if mention.type != "organization" and not (
            mention.type == "thing" and mention.end - mention.start >= 2  # left unlabelled
        ):
            continue
        root = doc[mention.start : mention.end].root
        if root.dep_ != "nsubj" or any(c.dep_ in {"conj", "cc"} for c in root.children):
            continue
        if _takes_plural_verb(root):
            found.add(mention.name)
    return found


PLURAL_PRESENT = {"have", "are", "were"}


def _takes_plural_verb(subject: Token) -> bool:
    """The subject's verb, or an auxiliary of it, is a plural form ("have", "are",
    "were"): what a band's name takes and a person's does not."""
    verb = subject.head
    verbs = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    return any(v.lower_ in PLURAL_PRESENT and v.tag_ in {"VBP", "VBD"} for v in verbs)


def _plural_agreeing_names(doc: Doc, mentions: Mentions) -> set[str]:
    """One-word names the model called people that take a plural verb as a subject
    ("Arashi have said goodbye", "Arashi are back"): a person takes "has" and "is", so
    in an article about "the group" such a name is the group. Not a known first name."""
    found: set[str] = set()
    for mention in mentions.by_start.values():
        token = doc[mention.start]
        if mention.type != "person" or mention.end - mention.start != 1 or token.ent_type_ != (
            "PERSON"
        ) or token.dep_ != "nsubj" or token.tag_ != "NNP" or mention.name != token.text:
            continue
        if any(c.dep_ in {"conj", "cc"} for c in token.children) or token.dep_ == "conj":
            continue
        if _takes_plural_verb(token) and (
            first_name_gender(token.text) is None and not known_first_name(token.text)
        ):
            found.add(mention.name)
    return found


def _plural_agreeing_short_names(doc: Doc, mentions: Mentions) -> set[str]:
    """"Iron Maiden came home ... Maiden have no plans to slow down": the short form of a
    two- or three-word name the model called a person, taking a plural verb as a subject,
    is a band's name said short (a person's surname takes "has" and "is"). Not when the
    full name starts with a known first name ("Steve Harris" is a person)."""
    found: set[str] = set()
    for mention in mentions.by_start.values():
        token = doc[mention.start]
        if mention.type != "person" or mention.end - mention.start != 1 or token.dep_ != (
            "nsubj"
        ) or token.tag_ not in {"NNP", "NNPS"} or mention.name == token.text:
            continue
        words = mention.name.split()
        if not 2 <= len(words) <= 3 or words[-1] != token.text:
            continue
        if first_name_gender(words[0]) is not None or known_first_name(words[0]):
            continue
        if any(c.dep_ in {"conj", "cc"} for c in token.children) or token.dep_ == "conj":
            continue
        if _takes_plural_verb(token):
            found.add(mention.name)
    return found


def _plural_agreeing_full_names(doc: Doc, mentions: Mentions) -> set[str]:
    """"Norway's Vocal Nord are the winners ... the twelve-voice group": a two- or three-word
    name the model called a person, said in full as the subject of a plural verb, in an
    article that keeps saying "the group": the group (a person is "is", and a full name
    with no known first name is no person's). `_plural_agreeing_short_names` for the name
    said whole."""
    found: set[str] = set()
    for mention in mentions.by_start.values():
        span = doc[mention.start : mention.end]
        words = mention.name.split()
        if mention.type != "person" or span.text != mention.name or not 2 <= len(words) <= 3:
            continue
        root = span.root
        if root.dep_ != "nsubj" or root.i != mention.end - 1 or any(
            c.dep_ in {"conj", "cc"} for c in root.children
        ):
            continue
        if first_name_gender(words[0]) is not None or known_first_name(words[0]):
            continue
        if _takes_plural_verb(root):
            found.add(mention.name)
    return found


def _one_person_subject(sent: Span, mentions: Mentions) -> Mention | None:
    """"History was made at Aintree as Rachael Blackmore became the first ...": the one
    person who is the subject of a verb of the sentence (the main verb's subject is no
    person); other names in it ("at Aintree") only set the scene."""
    found = {
        m.name: m for t in sent if t.dep_ in {"nsubj", "nsubjpass"}
        if (m := mentions.covering(t)) is not None and m.type in PERSON_TYPES
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _sentence_subject(sent: Span, mentions: Mentions) -> Mention | None:
    """The name that is the subject of a sentence's main verb, directly or in apposition
    ("his McLaren teammate Oscar Piastri finished third")."""
    subject = next(
        (t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"), None
    )
    if subject is None:
        return None
    owner = mentions.covering(subject)
    if owner is None:
        named = [
            mentions.covering(c) for c in subject.children
            if c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN"
        ]
        named = [m for m in named if m is not None]
        owner = named[0] if len({m.name for m in named}) == 1 else None
    return owner


WORK_ROLES = {"album", "song", "film", "show", "game", "book", "tour"}


TOPIC_WORK_ROLES = {"film", "show", "game", "album", "book"}
SUBORDINATE_DEPS = {"advcl", "ccomp", "relcl", "acl", "csubj", "pcomp"}


# A role noun that can mean the whole a work is one part of ("the series" of a book
# series), and the words by which an article says its work is such a part: a book,
# novel or volume, or a trilogy or saga it belongs to.
WHOLE_OF_PARTS = {"series", "franchise", "saga", "trilogy"}
PART_WORDS = {"trilogy", "saga", "duology", "tetralogy", "franchise", "book", "novel",
              "volume", "instalment", "installment"}


def _work_of_parts(doc: Doc) -> bool:
    """The article speaks of its work as one book or one part of a trilogy or saga ("the
    third book of her Tidebound trilogy"): there "the series" is the series, whose sales
    and readers are not the one book's. A show's article ("the series premiered ...")
    speaks of no book nor trilogy, and its "the series" is still the show."""
    return any(
        t.pos_ == "NOUN" and t.lemma_.lower() in PART_WORDS
        for t in tokens_where(doc, LEMMA, lambda lemma: lemma.lower() in PART_WORDS)
    )


def resolve_work_descriptors(doc: Doc, mentions: Mentions) -> None:
    """For question generation: "the film", "The record", "the game" stand for the work
    the article opens on (`_topic_stands`), as an anchored mention. Kept out of
    `resolve_mentions` (the fact look-up reads those mentions and ranks candidates by
    them; a descriptor turned into a title name misleads it)."""
    mentions.topic_work = _topic_work(doc, mentions)
    if mentions.topic_work is None:
        return
    # the role nouns of a work only, found from the lemma array (the first test below)
    for token in tokens_where(
        doc, LEMMA, lambda lemma: ROLE_NOUNS.get(lemma.lower()) in TOPIC_WORK_ROLES
    ):
        role = ROLE_NOUNS.get(token.lemma_.lower())
        if role not in TOPIC_WORK_ROLES or token.pos_ != "NOUN" or token.tag_ != "NN":
            continue
        dets = [c for c in token.children if c.dep_ == "det"]
        if len(dets) != 1 or dets[0].lower_ != "the" or dets[0].i != token.i - 1:
            continue
        if any(c.dep_ not in {"det", "punct", "case"} and not _set_off(c) for c in token.children):
            continue  # "the game's artwork" is fine, "the previous game" is another one
        start = dets[0].i
        if _covered(mentions, start) or _covered(mentions, token.i):
            continue  # already a name ("the film" the article's main film)
        if token.lemma_.lower() in WHOLE_OF_PARTS and _work_of_parts(doc):
            continue  # "The series has sold ..." in a trilogy's book: the whole, not the book
        if _topic_stands(doc, mentions, role, start):
            mentions.vague.discard(token.i)
            mentions.by_start[start] = Mention(
                start, token.i + 1, mentions.topic_work.name, role, anchored=True
            )


# Outlets a bare "the <noun>" may stand for, and the word that ends such a name.
OUTLET_NOUNS = {"magazine": None, "newspaper": None, "journal": None, "anthology": None,
                "studio": "studio"}
# "in Monday's issue of Weekly Shonen Jump": what the pages of the phrase belong to is a
# publication.
ISSUE_NOUNS = {"issue", "issues", "edition", "pages"}


def _name_run_after(token: Token) -> tuple[int, int] | None:
    """The capitalised proper-noun run that starts right after `token` (past a "the")."""
    doc = token.doc
    start = token.i + 1
    if start < len(doc) and doc[start].lower_ == "the":
        start += 1
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    return (start, end) if end > start else None


def _outlet_names(doc: Doc, mentions: Mentions, noun: str, before: int) -> set[str]:
    """The names the article gives, before token `before`, of an outlet of this kind:
    a publication after "issue of"; a name beside the noun ("the magazine Vogue",
    "animation studio MAPPA", "Vogue magazine"); a studio whose name says so ("Wit
    Studio", "Marvel Studios")."""
    found: set[str] = set()
    for token in doc[:before]:
        run = None
        if noun != "studio" and token.lower_ == "of" and token.i > 0 and (
            doc[token.i - 1].lower_ in ISSUE_NOUNS
        ):
            run = _name_run_after(token)
        elif token.lemma_.lower() == noun and token.pos_ == "NOUN":
            run = _name_run_after(token)
            if run is None and token.i > 0 and doc[token.i - 1].pos_ == "PROPN":
                end = token.i
                start = end
                while start > 0 and doc[start - 1].pos_ == "PROPN":
                    start -= 1
                run = (start, end)
        if run is not None:
            found.add(doc[run[0] : run[1]].text)
    if OUTLET_NOUNS[noun]:
        for mention in mentions.by_start.values():
            words = mention.name.split()
            if mention.start < before and len(words) >= 2 and words[-1].lower().rstrip(
                "s"
            ) == OUTLET_NOUNS[noun]:
                found.add(mention.name)
    return found


def resolve_outlet_descriptors(doc: Doc, mentions: Mentions) -> None:
    """For question generation: "Gege Akutami's series debuted in the magazine": a bare
    "the magazine" (or newspaper, journal, anthology, studio) stands for the one outlet
    of that kind the article named before it ("in Monday's issue of Weekly Shonen Jump",
    "Wit Studio adapted ..."). Two such names, or none, leave it as it is (the gate
    calls it vague). Kept out of `resolve_mentions`, as the work descriptors are."""
    # only the outlet nouns, found from the lemma array (the first test below)
    for token in tokens_where(doc, LEMMA, lambda lemma: lemma.lower() in OUTLET_NOUNS):
        noun = token.lemma_.lower()
        if noun not in OUTLET_NOUNS or token.pos_ != "NOUN" or token.tag_ != "NN":
            continue
        start = token.i - 1
        if start < 0 or doc[start].lower_ != "the" or doc[start].head.i != token.i:
            continue
        if any(c.dep_ not in {"det", "case", "punct"} for c in token.children):
            continue  # "the magazine's editor" is fine; "the new magazine" is another one
        if _covered(mentions, start) or _covered(mentions, token.i):
            continue
        names = _outlet_names(doc, mentions, noun, start)
        if len(names) != 1:
            continue
        (name,) = names
        possessive = token.i + 1 < len(doc) and doc[token.i + 1].lower_ in {"'s", "’s"}
        mentions.vague.discard(token.i)
        mentions.by_start[start] = Mention(
            start, token.i + 1, name, "organization", possessive, anchored=True
        )


# Nouns an article uses for the work it is about ("the show opened", "the drama's finale").
WORK_NOUNS = {"drama", "show", "series", "musical", "film", "movie", "novel", "book", "game",
              "album", "play", "manga", "anime", "sitcom", "opera"}
# "Album of the Year", "Player of the Match", "Fight of the Night": awards, not works.
AWARD_PERIODS = {"year", "month", "week", "decade", "season", "match", "night", "day",
                 "tournament", "game", "series", "summer", "championship", "championships"}


def _capital_run(doc: Doc, start: int) -> int:
    """The end of the run of capitalised words from `start` (no punctuation inside)."""
    end = start
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    return end


def resolve_of_titles(doc: Doc, mentions: Mentions) -> None:
    """For question generation: "Queen of Tears has ended", "The Phantom of the Opera
    played its final performance": a capitalised "X of (the) Y" the model labels in part
    or not at all ("Tears" alone, "Opera" alone) is one title, when the article speaks of
    a work ("the drama", "the show") and names no person or place inside it ("Duke of
    York", "Bank of England" are not works). Kept out of `resolve_mentions` (the look-up
    reads those mentions), as the work descriptors are."""
    # the word array first (cheap), the part of speech only on the few words it keeps
    work_nouns = tokens_where(doc, LEMMA, lambda lemma: lemma.lower() in WORK_NOUNS)
    if not any(t.pos_ == "NOUN" for t in work_nouns):
        return
    i = 0
    while i < len(doc):
        token = doc[i]
        if not token.text[:1].isupper() or not token.is_alpha or (
            i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha
        ):
            i += 1
            continue
        first_end = _capital_run(doc, i)
        link = first_end
        if link >= len(doc) or doc[link].text != "of":
            i = max(first_end, i + 1)
            continue
        second = link + 1 + (link + 1 < len(doc) and doc[link + 1].text == "the")
        end = _capital_run(doc, second)
        words = [t for t in doc[i:first_end] if t.lower_ != "the"]
        if any(t.is_sent_start and t.pos_ != "PROPN" and t.tag_ != "NN" for t in words):
            i = max(first_end, i + 1)
            continue  # "Instead of Shiv", "Thousands of Collingwood": a sentence's capital
            # on a word no title starts with (a singular noun may: "Queen of Tears")
        if end == second or not words or first_end - i > 3 or end - second > 3 or (
            doc[end - 1].lower_ in AWARD_PERIODS
        ):
            i = max(first_end, i + 1)
            continue
        inside = {m for k in range(i, end) if (m := mentions.covering(doc[k])) is not None}
        if any(m.start < i or m.end > end for m in inside) or any(
            (m.type in PERSON_TYPES and not _title_word_as_person(doc, m, first_end))
            or m.type in GROUP_TYPES - {"organization"}
            or m.type in {"place", "city", "country", "venue", "nationality"}
            for m in inside
        ):
            i = end
            continue  # part of a longer name, or a person's or a place's
        if any(m.start == i and m.end == end for m in inside):
            i = end
            continue  # already one name
        title = doc[i:end].text  # a capital "The" opening it is its own ("The Phantom ...")
        parts = {m.name for m in inside}
        for m in inside:
            mentions.by_start.pop(m.start, None)
        for k in range(i, end):
            mentions.vague.discard(k)
        mentions.by_start[i] = Mention(i, end, title, "title")
        for start, m in list(mentions.by_start.items()):
            if m.name in parts and doc[start].pos_ == "PRON":
                # "The Keeper of the Lighthouse ... its final performance": the pronoun
                # went to "Lighthouse", the part of the title the model labelled
                mentions.by_start[start] = Mention(m.start, m.end, title, "title", m.possessive)
        i = end


def _title_word_as_person(doc: Doc, mention: Mention, first_end: int) -> bool:
    """"The Keeper" of "The Keeper of the Lighthouse" labelled a person: one capitalised
    word (after "The") before the "of", no given name ("Duke of York" stays a person only
    when the article names him so elsewhere, as a full name)."""
    words = [t for t in doc[mention.start : mention.end] if t.lower_ != "the"]
    return mention.end == first_end and len(words) == 1 and not known_first_name(words[0].text)


def _set_off(clause: Token) -> bool:
    """"The game, developed by ...,": a participle or relative clause after a comma says
    more about the thing; it does not pick out another one."""
    if clause.dep_ not in {"acl", "relcl"} or clause.i < clause.head.i:
        return False
    first = min(t.i for t in clause.subtree)
    return first == clause.head.i + 2 and clause.doc[first - 1].text == ","


def _topic_work(doc: Doc, mentions: Mentions) -> Mention | None:
    """The work the article's first two sentences are about: the first title, film,
    show, game, album or book they name outside a subordinate clause ("Six years after
    “Breath of the Wild” changed ..." mentions that game in passing)."""
    for number, sent in enumerate(doc.sents):
        if number > 1:
            return None
        for token in sent:
            mention = mentions.at(token)
            if mention is None or mention.type not in TOPIC_WORK_ROLES | {"title"}:
                continue
            last = doc[mention.end - 1]
            if any(a.dep_ in SUBORDINATE_DEPS for a in [last, *last.ancestors]):
                continue
            return mention
    return None


# Events a fan calls "the show" as readily as a TV show: an award night, a festival, a tour.
SHOW_EVENTS = {"award_show", "festival", "event", "tour", "concert"}

OTHER_WORK_WORDS = {"another", "new", "next", "other", "second", "third", "latest",
                    "previous", "upcoming", "debut"}


def _topic_stands(doc: Doc, mentions: Mentions, role: str, at: int) -> bool:
    """"The record"/"the film" at token `at` is the work the article opens on: the
    article names no other work of that kind and, before `at`, speaks of no other one
    unnamed ("she released another record")."""
    topic = mentions.topic_work
    if topic is None or role not in TOPIC_WORK_ROLES or topic.type not in {role, "title"}:
        return False
    if at <= topic.start:
        return False
    if topic.type == "title" and role == "show" and any(
        m.type in SHOW_EVENTS for m in mentions.by_start.values()
    ):
        return False  # an album's title, a ceremony named too: "the show" is the ceremony
    def same(name: str) -> bool:  # "Twilight Princess" for "The Legend of Zelda: ..."
        return name == topic.name or (len(name) > 5 and topic.name.endswith(f" {name}"))

    counts = Counter(m.name for m in mentions.by_start.values() if m.type == role)
    counts[topic.name] = sum(1 for m in mentions.by_start.values() if same(m.name))
    others = [n for name, n in counts.items() if not same(name)]
    if others and counts[topic.name] < 2 * max(others):
        return False  # other films named about as often: "the film" could be any of them
    sent = doc[at].sent
    window = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for token in doc[max(topic.end, window) : at]:  # this sentence and the one before
        if token.tag_ == "NNS" or any(
            c.dep_ == "det" and c.lower_ in {"any", "every", "no", "each"} for c in token.children
        ):
            continue  # "previous games", "any previous Zelda game": no one other game
        if ROLE_NOUNS.get(token.lemma_.lower()) == role and any(
            c.lower_ in OTHER_WORK_WORDS for c in token.children if c.dep_ in {"det", "amod"}
        ):
            return False
    return True


def _work_descriptor_subjects(doc: Doc, mentions: Mentions) -> set[int]:
    """"The group's second album, Born Pink, debuted at No. 1. The record was released
    on September 16": a sentence opening with "the <role noun>" as its subject means the
    work the sentence before was about, when that was its subject and of that type and
    no other name of that type comes between. Returns the role nouns resolved."""
    described: set[int] = set()
    for sent in doc.sents:
        first = doc[sent.start]
        if first.lower_ != "the" or sent.start == 0 or len(sent) < 3:
            continue
        noun = doc[sent.start + 1]
        role = ROLE_NOUNS.get(noun.lower_)
        if role not in WORK_ROLES or noun.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if noun.i in mentions.by_start or any(t.i != first.i for t in noun.lefts) or any(
            c.dep_ not in {"punct"} for c in noun.rights
        ):
            continue  # "the song's music video", "the album Kiwi": something else
        previous = doc[sent.start - 1].sent
        owner = _sentence_subject(previous, mentions)
        if owner is None or owner.type != role:
            continue
        same = {
            m.name for m in mentions.by_start.values()
            if previous.start <= m.start < sent.start and m.type == role
        }
        if same != {owner.name}:
            continue
        mentions.by_start[first.i] = Mention(
            first.i, noun.i + 1, owner.name, owner.type, anchored=True
        )
        described.add(noun.i)
    return described


def _first_last(ent: Span) -> bool:
    """Two capitalised words and nothing else, no organisation word: the shape of a
    person's full name ("Virat Kohli"), whatever the label."""
    words = [t for t in ent if not t.is_punct]
    return len(words) == 2 and len(ent) == 2 and all(
        t.is_title and t.is_alpha for t in words
    ) and not ORGANISATION_WORDS & {t.lower_ for t in words}


# Words that make a two-word name an organisation's or a place's, not a person's.
ORGANISATION_WORDS = {"records", "entertainment", "music", "studios", "studio", "group",
                      "foundation", "club", "united", "city", "county", "athletic", "rovers",
                      "wanderers", "university", "college", "academy", "games", "media",
                      "pictures", "films", "gaming", "esports", "fc", "inc", "corporation",
                      "company", "network", "league", "arena", "stadium", "park", "hall"}


# Last words that make a two-word name a place's: "Victoria Park", "Jordan Valley".
PLACE_WORDS = {"park", "street", "road", "avenue", "square", "valley", "island", "islands",
               "bay", "beach", "lake", "river", "mountain", "mountains", "hill", "hills",
               "city", "county", "state", "province", "district", "town", "village", "port",
               "springs", "falls", "heights", "gardens", "bridge", "station", "airport"}


# First words of place names: "Santa Monica", "Saint Louis", "Port Vale", "Mount Vernon".
PLACE_PREFIXES = {"santa", "san", "saint", "st", "sao", "fort", "port", "mount", "lake",
                  "cape", "new", "north", "south", "east", "west", "los", "las", "el", "la",
                  "le", "rio", "costa", "puerto", "palm", "little", "great", "upper", "lower"}


# Event names that say nothing alone: which Grand Prix, which Open?
GENERIC_EVENTS = {"grand prix", "open", "marathon", "classic", "cup", "championship",
                  "championships", "games", "derby", "masters", "world cup", "final"}


def _join_place_to_event(mentions: Mentions) -> None:
    """A generic event name right after a place's ("Las Vegas" + "Grand Prix", the place
    a known name and the rest an unlabelled run) is one event: "Las Vegas Grand Prix"
    ("At the 2023 Grand Prix, ..." named no race)."""
    for start, mention in sorted(mentions.by_start.items()):
        bare = re.sub(r"^the ", "", mention.name, flags=re.I)
        if mention.type not in {"event", "tournament"} or bare.lower() not in GENERIC_EVENTS:
            continue
        before = next((m for m in mentions.by_start.values() if m.end == start), None)
        if before is None or before.type not in {"place", "city", "country", "nationality"}:
            continue
        del mentions.by_start[start]
        mentions.by_start[before.start] = Mention(
            before.start, mention.end, f"{before.name} {bare}",
            mention.type, mention.possessive,
        )


def _person_as_place(ent: Span, fine: str) -> bool:
    """A place-labelled "First Last" whose first word is a given name and whose last
    word is no place word ("Georgia Stanway": the model read "Georgia" as the state)."""
    if fine != "place" or not _first_last(ent):
        return False
    first, last = ent[0].text, ent[-1].text
    if first.lower() in PLACE_PREFIXES:
        return False  # "Santa Monica", "San Jose", "Fort Worth"
    return first_name_gender(first) is not None and last.lower() not in PLACE_WORDS and (
        ent[-1].ent_iob_ != "B"
    )


def _team_of_place(doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """"Emirates Team New Zealand", "Team GB": the model cuts a side's name before the
    place in it ("Emirates Team" an organisation, "New Zealand" a place). A name ending in
    "Team" right before a place name (no word or mark between) is one name with it."""
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        after = ents[i + 1] if i + 1 < len(ents) else None
        if (
            after is not None and ent.label_ == "ORG" and ent[-1].text == "Team"
            and after.start == ent.end and after.label_ in {"GPE", "LOC"}
            and ent[-1].whitespace_
        ):
            out.append(Span(doc, ent.start, after.end, label="ORG"))
            i += 2
            continue
        out.append(ent)
        i += 1
    return tuple(out)


def _one_word_place_acting(ent: Span, fine: str) -> bool:
    """"Takerufuji, fighting in the top division ..., won the Spring Grand Sumo
    Tournament", later "Takerufuji was driven out", "Takerufuji also collected ...": a
    one-word name the model labelled a place (GPE) that the article makes the subject of
    clauses at least twice and never puts where a place goes (after a preposition, as an
    owner "X's", as a modifier "X fans", after a determiner): a person (a ring name, a
    mononym). A country or city in a report is said "in X", "X's" or "the X side" at
    least once; so is a country that plays as a side ("beat Jamaica", "in Australia")."""
    if fine != "place" or ent.label_ != "GPE" or len(ent) != 1 or not ent[0].is_title:
        return False
    doc, text = ent.doc, ent.text
    uses = [t for t in tokens_where(doc, ORTH, text.__eq__)]
    subjects = 0
    for use in uses:
        if use.dep_ in {"nsubj", "nsubjpass"} and use.head.pos_ in {"VERB", "AUX"}:
            subjects += 1
            continue
        if use.dep_ in {"pobj", "poss", "compound", "amod", "dobj", "conj", "appos"} or any(
            c.dep_ in {"det", "case"} for c in use.children
        ) or (use.i + 1 < len(doc) and doc[use.i + 1].lower_ in {"'s", "’s"}):
            return False
    return subjects >= 2


def _bare_name_subjects(doc: Doc) -> set[str]:
    """Capitalised words the model left unlabelled but the article makes, alone, the
    subject of two clauses or more ("Marchand kept ...", "Marchand is coached by ..."):
    a surname used as a person is, when a full name with a given name ends in it."""
    counts: Counter[str] = Counter(
        t.text for t in tokens_where(doc, POS, "PROPN".__eq__)
        if t.pos_ == "PROPN" and not t.ent_type_ and t.is_title and t.is_alpha
        and t.dep_ in {"nsubj", "nsubjpass"} and t.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"compound", "det", "poss"} for c in t.children)
    )
    return {word for word, n in counts.items() if n >= 2}


def _person_mislabelled(ent: Span, fine: str, person_words: set[str]) -> bool:
    """A two- or three-word name the model did not call a person, whose first word is a
    first name and whose last word the article uses alone as a person (tagged PERSON, or
    the bare subject of clauses: _bare_name_subjects)."""
    if fine not in {"organization", "product", "place", "thing", "nationality"}:
        return False
    words = [t for t in ent if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(t.is_title for t in words):
        return False
    return words[-1].text in person_words and first_name_gender(words[0].text) is not None


# Words an edition's name may hold in lower case ("Let the People Sing 2024").
NAME_FUNCTION_WORDS = {"the", "of", "and", "a", "an", "for", "in", "on", "de"}
# Nouns whose "of" takes an event: "the winners of X 2024", "the final of X 2024".
EDITION_OF_NOUNS = {"winner", "champion", "final", "edition", "semi-final", "semifinal",
                    "round", "title", "stage", "host", "runner-up", "star"}
# Verbs whose object is an event: "won X 2024", "hosted X 2024".
EVENT_OBJECT_VERBS = {"win", "host", "enter", "reach", "headline", "join"}


def _year_event_names(doc: Doc, mentions: Mentions) -> None:
    """"the winners of Let the Valley Sing 2024", "sang at Harbour Voices Live 2023": a run
    of capitalised words (lower-case function words inside) ending in a year, said where an
    event goes (after "at", after "of" under a winner or final, as the object of "won"), is
    one event's name: the model often reads its words as a clause ("Let ... Sing") or leaves
    them unlabelled, and the year alone as a date, so the edition was lost."""
    for year in tokens_where(doc, ENT_TYPE, "DATE".__eq__):
        if not (year.is_digit and len(year.text) == 4 and year.text[:2] in {"19", "20"}):
            continue
        if year.ent_iob_ != "B" or (year.i + 1 < len(doc) and doc[year.i + 1].ent_iob_ == "I"):
            continue  # a year alone, not "May 2024"
        start = year.i
        while start > 0 and (
            doc[start - 1].is_title or doc[start - 1].lower_ in NAME_FUNCTION_WORDS
        ) and not doc[start - 1].is_sent_start and doc[start - 1].is_alpha:
            start -= 1
        while start < year.i and not doc[start].is_title:
            start += 1  # "the" before the name is no part of it
        capitals = [t for t in doc[start : year.i] if t.is_title]
        if len(capitals) < 2 or start == 0:
            continue
        before = doc[start - 1]
        if before.lower_ == "the" and start >= 2:
            before = doc[start - 2]
        used_as_event = before.lower_ == "at" or before.lemma_.lower() in EVENT_OBJECT_VERBS or (
            before.lower_ == "of" and before.head.lemma_.lower() in EDITION_OF_NOUNS
        )
        if not used_as_event:
            continue
        ents = {t.ent_type_ for t in doc[start : year.i] if t.ent_type_}
        if ents and ents <= {"GPE", "LOC"}:
            continue  # "at Los Angeles 2028": a place and a year
        if any(
            (m.start < start and m.end > start)
            or (start <= m.start < year.i and m.end > year.i + 1)
            for m in mentions.by_start.values()
        ):
            continue  # a longer name already read across the run
        for at in [i for i in mentions.by_start if start <= i <= year.i]:
            del mentions.by_start[at]
        name = doc[start : year.i + 1].text
        mentions.by_start[start] = Mention(start, year.i + 1, name, "event")


def _lone_uses(doc: Doc, word: str) -> list[Token]:
    """The article's uses of `word` as a name on its own: no capitalised proper noun right
    before or after it (that would make it part of a longer name)."""
    out = []
    for token in tokens_where(doc, ORTH, word.__eq__):
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if any(
            t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() for t in (before, after)
        ):
            continue
        out.append(token)
    return out


def _person_use(token: Token) -> bool:
    """A use only a person fits: the subject of a verb of speech ("Townend said"), a
    reflexive "himself"/"herself" right after, or set off by a person noun ("Talsma, a
    librarian from Chicago, ...", "Marín, a three-time world champion ...")."""
    doc = token.doc
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in PERSON_VERBS:
        return True
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in {"himself", "herself"}:
        return True
    return any(
        c.dep_ == "appos" and c.tag_ == "NN" and (
            _person_noun(c) or c.lower_.endswith("ian")  # "librarian", "comedian"
        )
        for c in token.children
    )


def _surname_acting_person(ent: Span, fine: str) -> bool:
    """"Rhone Talsma" (tagged ORG), later "Talsma answered", "Talsma, a librarian ...";
    "Carolina Marín" (ORG), later "Marín, who ...": a name shaped as a person's full name
    (two capitalised words, or three with a middle initial) that the model did not call a
    person, whose last word the article then uses alone as a person. Only a person fits a
    lone word that says something or is set off by a person noun; a lone word that is the
    subject of a clause or takes "who" fits a club too ("Villa, who ..."), so it counts
    only when the first word is a given name and the last word no English word (a
    surname: "Palace", "Lions" are words)."""
    if fine not in {"organization", "product", "place", "thing", "venue"}:
        return False
    words = [t for t in ent if not t.is_punct]
    if len(words) != len(ent) or not 2 <= len(words) <= 3:
        return False
    if len(words) == 3 and not (len(words[1].text) <= 2 and words[1].text[:1].isupper()):
        return False  # "Russell T Davies": a middle initial only
    first, last = words[0], words[-1]
    if not (first.is_title and first.is_alpha and last.is_title and last.is_alpha):
        return False
    if {first.lower_, last.lower_} & (ORGANISATION_WORDS | PLACE_WORDS | PLACE_PREFIXES):
        return False
    uses = [t for t in _lone_uses(ent.doc, last.text) if t.i >= ent.end]
    if not uses:
        return False
    if any(_person_use(t) for t in uses):
        return True
    from lemminflect import getAllLemmas

    if getAllLemmas(last.lower_) or first_name_gender(first.text) is None:
        return False
    return any(
        (t.dep_ in {"nsubj", "nsubjpass"} and t.head.pos_ in {"VERB", "AUX"})
        or any(c.dep_ == "relcl" for c in t.children)
        for t in uses
    )


def _join_possessive_names(doc: Doc, mentions: Mentions) -> None:
    """"Destiny's Child", "Harry's House", "Connor's Wedding": a name, "'s" and a
    capitalised noun mid-sentence are one name, not an owner and a thing."""
    for mention in list(mentions.by_start.values()):
        end = mention.end
        if end + 1 >= len(doc) or doc[end].tag_ != "POS":
            continue
        then = doc[end + 1]
        if (
            not then.text[:1].isupper()
            or then.pos_ not in {"PROPN", "NOUN"}
            or then.ent_type_ in {"DATE", "CARDINAL", "ORDINAL"}
            or then.is_sent_start
            or doc[mention.start].pos_ != "PROPN"
            or _number_sign(then)  # "Kobayashi's No. 7": his car, not a name
            or _country_of_person(mention, then)
        ):
            continue
        last = end + 1
        while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" and doc[last + 1].text[
            :1
        ].isupper():
            last += 1
        for i in range(end + 1, last + 1):
            mentions.by_start.pop(i, None)
        fine = "thing"
        if then.ent_type_ in {"WORK_OF_ART"}:
            fine = "title"
        possessive = last + 1 < len(doc) and doc[last + 1].tag_ == "POS"
        name = doc[mention.start : last + 1].text.replace("’", "'")
        mentions.by_start[mention.start] = Mention(
            mention.start, last + 1, name, fine, possessive
        )


def _country_of_person(owner: Mention, then: Token) -> bool:
    """"Australia's Ethan Ewing", "Brazil's Ana Souza": a place's person, two names (the
    person is the answer, never "Australia's Ethan Ewing")."""
    return owner.type in {"place", "country", "city"} and then.ent_type_ == "PERSON"


def _given_name_before(doc: Doc, start: int) -> bool:
    """"Filipe Toledo is a two-time world champion": the model labels "Toledo" a place
    and leaves "Filipe" out; a one-word person's name right after an unlabelled
    capitalised word that is a given name is one name with it (else the questions
    answer with the surname only)."""
    if start == 0:
        return False
    before = doc[start - 1]
    return (
        before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and before.is_alpha
        and not before.ent_type_
        and known_first_name(before.text)
    )


def _birth_name_run(doc: Doc, born: Token) -> tuple[int, int] | None:
    """The capitalised words after ", born" ("The singer, born Stefani Joanne Germanotta,
    ...", "born Ada Obi in Lagos"): a birth name of two words or more; "born in Ohio" and
    "born 1990" are not."""
    if born.lower_ != "born" or born.i == 0 or doc[born.i - 1].text != ",":
        return None
    end = born.i + 1
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    if end - born.i - 1 < 2 or (end < len(doc) and doc[end].text not in {",", ")", ".", "in"}):
        return None
    return born.i + 1, end


def _birth_names(doc: Doc, mentions: Mentions) -> None:
    """"The 29-year-old, born Anna Maria Lopez Reyes, walked on ...": the birth name is
    the stage name's bearer, not someone new. The model cuts such a name into pieces (a
    place and a person: "Anna" GPE, "Maria Lopez Reyes" PERSON), so the sentence's
    subject was nobody known and the pronouns after it found no one. The birth name
    (and its first word said alone later) stands for the person the apposition is
    attached to: a name right before the comma, or else, after a descriptor ("the
    29-year-old", "the singer"), the one person the article has named before it, if the
    article names that person at least twice."""
    # only the words "born" can start a run: found from the lower-case array, no Token
    # made for every word of the article
    for born in tokens_where(doc, LOWER, "born".__eq__):
        run = _birth_name_run(doc, born)
        if run is None:
            continue
        start, end = run
        before = mentions.covering(doc[born.i - 2]) if born.i >= 2 else None
        if before is None or before.type not in PERSON_TYPES:
            people = {m.name: m for m in mentions.by_start.values()
                      if m.end <= born.i and m.type in PERSON_TYPES
                      and not start <= m.start < end}
            if len(people) != 1 or not _descriptor_before(doc, born.i - 1):
                continue
            before = next(iter(people.values()))
            if sum(m.name == before.name for m in mentions.by_start.values()) < 2:
                continue  # named once in passing ("The star X took the stage"): the
                # descriptor may be someone else; only the article's subject, named again
                # later, is sure
        for i in range(start, end):
            mentions.by_start.pop(i, None)
        mentions.by_start[start] = Mention(start, end, before.name, before.type)
        first, full = doc[start].text, doc[start:end].text
        for mention in list(mentions.by_start.values()):
            if mention.start >= end and (mention.name == full or (
                mention.end - mention.start == 1
                and doc[mention.start].text == first and doc[mention.start].dep_ == "nsubj"
            )):  # part-names already given the birth name; "Benito spoke to the crowd"
                # (a first word elsewhere may be a word of a title: "Love, Benito")
                mentions.by_start[mention.start] = Mention(
                    mention.start, mention.end, before.name, before.type, mention.possessive)


def _descriptor_before(doc: Doc, comma: int) -> bool:
    """"The 29-year-old," / "The singer,": a definite common noun phrase right before the
    comma, the kind of phrase that stands for someone already named."""
    i = comma - 1
    while i >= 0 and doc[i].pos_ in {"NOUN", "ADJ", "NUM", "PUNCT", "PROPN"} and doc[
        i
    ].text not in {",", ".", ";"} and not doc[i].is_sent_start:
        i -= 1
    return i >= 0 and doc[i].lower_ == "the" and i < comma - 1


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


MALE_PRONOUNS = {"he", "him", "his", "himself"}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
# Nouns that say a named person's gender ("his daughter Luna", "actress Florence Pugh").
FEMALE_NOUNS = {
    "daughter", "wife", "sister", "mother", "mom", "girlfriend", "actress", "queen",
    "princess", "woman", "girl", "heroine", "aunt", "niece", "grandmother", "fiancee",
    "businesswoman", "sportswoman", "chairwoman", "congresswoman", "mrs", "ms", "miss",
    "lady", "duchess", "singer-songwriter-actress",
}
MALE_NOUNS = {
    "son", "husband", "brother", "father", "dad", "boyfriend", "king", "prince", "man",
    "boy", "hero", "uncle", "nephew", "grandfather", "fiance", "businessman", "sportsman",
    "chairman", "congressman", "mr", "sir", "lord", "duke",
}


@lru_cache(maxsize=1)
def _gender_detector() -> object | None:
    try:
        from gender_guesser.detector import Detector
    except ImportError:  # optional: without it only the article's own words tell
        return None
    return Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def first_name_gender(name: str) -> str | None:
    """"m", "f" or None from a person's first name (gender-guesser's name lists: a name
    used for both, or unknown, gives None)."""
    detector = _gender_detector()
    words = name.split()
    if detector is None or not words or not words[0].isalpha():
        return None
    guess = detector.get_gender(words[0])  # type: ignore[attr-defined]
    return {"male": "m", "female": "f"}.get(guess)  # "mostly_*" names are used for both


def gender_evidence(doc: Doc, mentions: Mentions) -> dict[str, str]:
    """Genders the article states: a gendered noun beside a name ("his daughter Luna",
    "actress Florence Pugh", "Luna, his daughter")."""
    found: dict[str, str] = {}
    for mention in mentions.by_start.values():
        if mention.type not in PERSON_TYPES:
            continue
        span = doc[mention.start : mention.end]
        root = span.root
        near = [doc[mention.start - 1]] if mention.start > 0 else []
        near += [root.head] if root.dep_ in {"appos", "compound"} else []
        near += [c for c in root.children if c.dep_ in {"appos", "compound"}]
        for token in near:
            word = token.lower_.rstrip(".")
            if word in FEMALE_NOUNS:
                found.setdefault(mention.name, "f")
            elif word in MALE_NOUNS:
                found.setdefault(mention.name, "m")
    return found


def _gender_of(name: str, stated: dict[str, str]) -> str | None:
    return stated.get(name) or first_name_gender(name)


def _gender_fits(pronoun: str, mention: Mention, stated: dict[str, str]) -> bool:
    if pronoun not in MALE_PRONOUNS | FEMALE_PRONOUNS or mention.type not in PERSON_TYPES:
        return True
    gender = _gender_of(mention.name, stated)
    if gender is None:
        return True
    return gender == ("m" if pronoun in MALE_PRONOUNS else "f")


def _idle_it(token: Token) -> bool:
    """An "it" that seldom stands for a name said before, so is left vague:
    - the subject of "be" with a complement ("it was a painful end", "It was his tenth
      of the season"): it sums up a situation, not the team or cup named before;
    - an object in a set phrase with a particle ("gave it up") or of a preposition
      ("that's about it"), and an object of a verb whose subject is a name ("the Rovers
      deserved it", "struck out Ruiz to end it"): the win, the game, the match."""
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_ == "be" and any(
        c.dep_ in {"attr", "acomp"} for c in head.children
    ):
        return True
    if token.dep_ == "pobj":
        return True
    if token.dep_ in {"dobj", "dative"}:
        if any(c.dep_ == "prt" for c in head.children):
            return True
        subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None and head.dep_ in {"xcomp", "advcl", "conj"}:
            subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        return subject is None or subject.pos_ == "PROPN" or subject.ent_type_ != ""
    return False


def _compatible(pronoun: str, fine: str) -> bool:
    if fine == "nationality":
        return False  # "Romanian": a word of origin, no one a pronoun stands for
    if pronoun in SINGULAR_PRONOUNS:
        return fine in PERSON_TYPES
    if pronoun in PLURAL_PRONOUNS:
        return fine in {"group", "team", "fandom"}
    return fine not in PERSON_TYPES and fine not in {"group", "team", "fandom"}


def _her_before_ordinal(token: Token) -> bool:
    """"Olsen won her third in a row": "her" before an ordinal whose noun is left out is
    the owner of that ordinal ("her third (title)"), but the tagger reads it as the object
    "her" (PRP) and the ordinal as an adverb; resolved as an object it would be another
    woman in reach ("Who won Anna Berg third in a row?"). Left vague: not asked."""
    if token.lower_ != "her" or token.tag_ != "PRP" or token.i + 1 >= len(token.doc):
        return False
    from questions.facts import ORDINAL_NUMBER, ORDINAL_WORDS  # facts imports this module

    after = token.doc[token.i + 1]
    return after.lower_ in ORDINAL_WORDS or bool(ORDINAL_NUMBER.fullmatch(after.lower_))


def _resolve_pronoun(doc: Doc, token: Token, mentions: Mentions) -> None:
    sent = token.sent
    start = sent.start
    if start > 0:
        start = doc[start - 1].sent.start  # the previous sentence is in reach too
    lower = token.lower_
    owners = _coordinated_owners(token)
    first = mentions.covering(owners) if owners is not None else None
    if first is not None:
        # "A and B sold ... in their first week": theirs; as the clause's own subject's
        # possessive it is said as "their" again when the question keeps that subject
        mentions.by_start[token.i] = Mention(token.i, token.i + 1, first.name, first.type,
                                             possessive=True)
        return
    own = _own_subject(doc, token, mentions)
    if own is not None:  # "Ashley Young picked up his second yellow card"
        mentions.by_start[token.i] = Mention(token.i, token.i + 1, own.name, own.type,
                                             possessive=True)
        return
    if lower == "it" and _idle_it(token):
        mentions.vague.add(token.i)
        return
    candidates: dict[str, Mention] = {}
    excluded: set[str] = set()  # people in reach whose gender does not fit
    plural_nouns = 0
    blocked = False  # a name in reach that may be the referent, though untyped
    bound = _clause_subject(token, mentions)
    # the word-level checks below (a shared surname, a plural subject noun) can only hold
    # for these pronouns: for the others no Token is made for each word in reach
    shared_check = lower in SINGULAR_PRONOUNS and bool(mentions.shared_parts)
    plural_check = lower in PLURAL_PRONOUNS
    for i in range(start, token.i):
        mention = mentions.by_start.get(i)
        if mention is not None and bound is not None and mention.name == bound.name:
            continue  # "Scheffler helped him": "him" is never the clause's own subject
        if (
            mention is not None
            and mention.type == "thing"
            and lower in SINGULAR_PRONOUNS
            and mention.end - mention.start == 1
        ):
            excluded.add(mention.name)  # "Shiv": an untyped name may be a person
        elif mention is not None and _compatible(lower, mention.type):
            if _gender_fits(lower, mention, mentions.genders):
                candidates.setdefault(mention.name, mention)
            else:
                excluded.add(mention.name)
        if lower in SINGULAR_PRONOUNS and mention is not None and _unsure_person(doc, mention):
            blocked = True  # a split name, or a person read as a place: no sure antecedent
        if lower in SINGULAR_PRONOUNS and mention is not None and _actor_of_role(doc, mention):
            blocked = True  # "Sarah Snook's character refused to back her brother": whose?
        if not (shared_check or plural_check):
            continue
        other = doc[i]
        if lower in SINGULAR_PRONOUNS and other.lower_ in mentions.shared_parts and (
            (named := mentions.covering(other)) is None or named.type not in PERSON_TYPES
        ):
            # "Rhodes climbed ... and hugged his wife" when Cody and Dusty Rhodes are both
            # named: a person, only not which one, so no other name is the one in reach.
            blocked = True
        if (
            lower in PLURAL_PRONOUNS
            and other.tag_ == "NNS"
            and other.dep_ in {"nsubj", "nsubjpass"}
            and other.i not in mentions.by_start
            and other.lower_ not in GROUP_DESCRIPTORS
        ):
            plural_nouns += 1  # "the fans ... they": people other than the group
    if len(candidates) == 1 and excluded:
        # Gender told two people apart: trust it only when the winner's gender is known
        # too (a first-name list is wrong sometimes; a wrong "she" is the worst question).
        (only,) = candidates.values()
        if _gender_of(only.name, mentions.genders) is None:
            candidates = {}
    if lower in NEUTER_PRONOUNS and _common_noun_between(doc, candidates, token, mentions):
        candidates = {}  # "slipped it to Salah" after "carried the ball": not a name
    if lower in NEUTER_PRONOUNS and _held_by_instance_noun(doc, candidates, token, mentions):
        candidates = {}  # "a race of "X" ... It was won by ...": the race, not the game
    if len(candidates) == 1 and _passing_mention_only(doc, token, candidates, mentions):
        candidates = {}
    if len(candidates) == 1 and not plural_nouns and not blocked:
        (only,) = candidates.values()
        possessive = token.tag_ == "PRP$" or lower in {"theirs", "hers"}
        mentions.by_start[token.i] = Mention(
            token.i, token.i + 1, only.name, only.type, possessive=possessive
        )
    else:
        mentions.vague.add(token.i)


def _passing_mention_only(
    doc: Doc, token: Token, candidates: dict[str, Mention], mentions: Mentions
) -> bool:
    """"... posed for a selfie with Swift. Paramore, led by Hayley Williams, opened all three
    nights. The show covers ten of her albums": the one person in reach is named only in
    passing in the sentence before (`_in_passing`: inside a phrase that describes another
    noun), while the article's leading person, whose gender fits, is out of reach: "her"
    is likelier the leading person than the passer-by, so it is left vague."""
    (only,) = candidates.values()
    sent = token.sent
    if only.type not in PERSON_TYPES or token.lower_ not in SINGULAR_PRONOUNS:
        return False
    # the sentence before's start, found once (`Token.sent` walks back to it on each call)
    floor = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    uses = [m for m in mentions.by_start.values()
            if m.name == only.name and m.start < token.i and doc[m.start].sent.start >= floor]
    if any(doc[m.start].sent.start == sent.start for m in uses):
        return False  # named in the pronoun's own sentence
    if not uses or not all(_in_passing(doc[m.start : m.end].root) for m in uses):
        return False
    counts = Counter(m.name for m in mentions.by_start.values() if m.type in PERSON_TYPES)
    lead = max(counts, key=counts.__getitem__, default=None)
    if lead is None or lead == only.name or counts[lead] <= counts[only.name]:
        return False
    lead_mention = next(m for m in mentions.by_start.values() if m.name == lead)
    return _gender_fits(token.lower_, lead_mention, mentions.genders)


def _in_passing(root: Token) -> bool:
    """A name inside a phrase that describes another noun, not an argument of a clause of
    its own: "Paramore, led by Hayley Williams," (a participle on "Paramore"), "the
    22-year-old from Toulouse", "the record of Eliud Kipchoge"."""
    token = root
    while token.dep_ in {"appos", "conj", "compound"} and token.head is not token:
        token = token.head
    if token.dep_ == "pobj" and token.head.dep_ in {"prep", "agent"}:
        prep = token.head
        if prep.head.pos_ in {"NOUN", "PROPN", "NUM", "ADJ"} and prep.lower_ in {"from", "of"}:
            return True  # "the 22-year-old from Toulouse", "the record of X"
        if prep.dep_ == "agent" and prep.head.dep_ in {"acl", "relcl"}:
            return True  # "Paramore, led by Hayley Williams,"
    return False


ROLE_OWNED = {"character", "role", "alter", "persona", "avatar"}


def _actor_of_role(doc: Doc, mention: Mention) -> bool:
    """"Sarah Snook's character refused to back her brother": the person the sentence is
    about is the character, a person the text does not name here, so "her" is not the
    actor's (the character's brother, not the actor's)."""
    end = mention.end
    return (
        mention.type in PERSON_TYPES and end + 1 < len(doc)
        and doc[end].tag_ == "POS" and doc[end + 1].lower_ in ROLE_OWNED
    )


def _unsure_person(doc: Doc, mention: Mention) -> bool:
    """A name in a pronoun's reach the model cut wrong, so that the person it may be is not
    a sure antecedent either way:
    - a person name right after another capitalised name word the model gave another label
      ("born Benito Antonio Martínez Ocasio": "Benito" a place, the rest a person): a
      fragment of one longer name, not a person of its own;
    - a one-word name labelled a place that is the subject of a verb of speaking or doing
      ("Between songs, Benito spoke about where he comes from"): likely the person "he" is.
    Either leaves "he"/"she" vague rather than given to another person in reach."""
    first = doc[mention.start]
    if mention.type in PERSON_TYPES and mention.start > 0:
        before = doc[mention.start - 1]
        if (
            before.pos_ == "PROPN" and before.text[:1].isupper() and before.whitespace_
            and before.ent_type_ not in {"", "PERSON"} and first.ent_iob_ == "B"
        ):
            return True
    return (
        mention.type == "place" and mention.end - mention.start == 1
        and first.dep_ == "nsubj" and first.head.pos_ == "VERB"
        and first.head.lemma_.lower() in PERSON_VERBS
    )


# Verbs whose subject is a person, not a place ("Benito spoke", "Jordan said").
PERSON_VERBS = {"say", "speak", "tell", "thank", "admit", "explain", "add", "sing", "smile",
                "laugh", "cry", "joke", "dedicate", "promise", "reveal", "recall", "insist"}


def _coordinated_owners(token: Token) -> Token | None:
    """"Pokémon Scarlet and Pokémon Violet sold 10 million copies in their first three
    days": a plural possessive in a clause whose subject is two names joined by "and"
    is theirs; the question keeps that subject, so "their" reads right as it is (no one
    name is its referent, so it was left vague and the clause unasked)."""
    if token.lower_ != "their" or token.tag_ != "PRP$":
        return None
    verb = token.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.dep_ != "ROOT" and verb.head is not verb:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ != "PROPN" or subject.i > token.i:
        return None
    joined = [c for c in subject.children if c.dep_ == "conj"]
    if len(joined) == 1 and joined[0].pos_ == "PROPN" and any(
        c.dep_ == "cc" and c.lower_ == "and" for c in subject.children
    ):
        return subject
    return None


def _clause_subject(token: Token, mentions: Mentions) -> Mention | None:
    """The named subject of the clause whose object "him", "her" or "them" is (the verb's
    own object, or the object of a preposition on the verb): a plain object pronoun never
    refers to it (it would be "himself"), so it is no candidate."""
    if token.tag_ != "PRP" or token.lower_ not in {"him", "her", "them"}:
        return None
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif token.dep_ not in {"dobj", "dative"}:
        return None
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    subject = _relative_antecedent(subject, verb)
    return mentions.covering(subject) if subject is not None else None


def _relative_antecedent(subject: Token | None, verb: Token) -> Token | None:
    """"Dan Hollis, who wrote the play with him in 1998, ...": the subject of a relative
    clause is "who", which stands for the noun the clause hangs on (Dan Hollis); "him"
    in that clause is never Hollis either."""
    if subject is not None and subject.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
        return verb.head
    return subject


def _own_subject(doc: Doc, token: Token, mentions: Mentions) -> Mention | None:
    """A possessive pronoun inside a clause's object or adverbial whose subject is a
    compatible name, with no other compatible name between them, is the subject's own:
    "Ashley Young picked up his second yellow card", "BTS performed their hit single"."""
    if token.tag_ != "PRP$":
        return None
    verb = token.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.dep_ not in {"ROOT"} and verb.head is not verb:
        if verb.dep_ in {"nsubj", "nsubjpass"}:
            return None  # the pronoun is in the subject itself: "his teammate won"
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and verb.dep_ in {"conj", "xcomp", "advcl"}:
        # "and earned ... in its first week", "finished third to score ... of his career"
        subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i > token.i:
        return None
    owner = mentions.covering(subject)
    if owner is None:
        named = [c for c in subject.children if c.dep_ in {"appos", "compound"}
                 and c.pos_ == "PROPN" and mentions.covering(c) is not None]
        owner = mentions.covering(named[-1]) if named else None
    if owner is None or owner.type == "thing" or not _compatible(token.lower_, owner.type):
        return None
    if not _gender_fits(token.lower_, owner, mentions.genders):
        return None
    others = {
        m.name for m in mentions.by_start.values()
        if owner.end <= m.start < token.i and _compatible(token.lower_, m.type)
    }
    return owner if not others - {owner.name} else None


def _common_noun_between(
    doc: Doc, candidates: dict[str, Mention], token: Token, mentions: Mentions
) -> bool:
    """A singular common noun (an argument, not a name) after the named candidate and
    before "it": "it" may well be that thing."""
    if not candidates:
        return False
    first = min(m.end for m in candidates.values())
    return any(
        t.tag_ == "NN" and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
        and mentions.covering(t) is None and t.i not in mentions.vague
        for t in doc[first : token.i]
    )


# Nouns for one doing of a work, not the work: "a race of "X"", "a cover of "Y"", "a new
# production of "Z"". An "it" after such a phrase is the race, the cover, the production.
INSTANCE_NOUNS = {"race", "run", "speedrun", "playthrough", "performance", "rendition",
                  "version", "cover", "remix", "remake", "production", "revival", "staging",
                  "screening", "reading", "recording", "edition", "showing"}


def _held_by_instance_noun(
    doc: Doc, candidates: dict[str, Mention], token: Token, mentions: Mentions
) -> bool:
    """The work named last before "it" is held by "of" after a singular noun of one doing
    of it ("Another highlight was a race of "Star Harbor Quest" ... It was won by Kestrel"):
    "it" is most likely that race, not the game, so it stands for no name (a question
    would ask who won the game)."""
    for name in candidates:
        uses = [m for m in mentions.by_start.values() if m.name == name and m.end <= token.i]
        if not uses:
            continue
        last = max(uses, key=lambda m: m.start)
        root = doc[last.start : last.end].root
        owner = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
        if owner is not None and owner.tag_ == "NN" and owner.lemma_.lower() in INSTANCE_NOUNS:
            return True
    return False


def _from_place_descriptor(token: Token) -> bool:
    """"the teenager from Leeds": a person noun whose only addition is where the person
    is from (one "from" and a proper name) describes someone as a bare "the teenager"
    does; it may stand for the person the sentence before was about."""
    if token.lemma_.lower() not in PERSON_NOUNS or token.tag_ != "NN":
        return False
    extra = [c for c in token.children if c.dep_ not in {"det"}]
    if len(extra) != 1 or extra[0].dep_ != "prep" or extra[0].lower_ != "from":
        return False
    place = [c for c in extra[0].children if c.dep_ == "pobj"]
    return len(place) == 1 and place[0].pos_ == "PROPN" and all(
        t.pos_ == "PROPN" or t.dep_ == "det" for t in place[0].subtree
    )


def _leading_person(mentions: Mentions, name: str) -> bool:
    """Whether `name` is named more often than any other person of the article. A role
    phrase ("the singer", "the player") stands for the article's main entity of that role;
    but the role type comes from a role noun beside a name ("the veteran rapper X" makes X
    a singer), so a guest named once can be the only "singer" while the article's subject,
    named ten times, is typed a plain person: "The singer also won the Grammy" is then the
    subject, not the guest, and nobody sure is left (vague, no question)."""
    counts = Counter(m.name for m in mentions.by_start.values() if m.type in PERSON_TYPES)
    mine = counts.get(name, 0)
    return all(count < mine for other, count in counts.items() if other != name)


def _band_size_noun(token: Token) -> bool:
    """"the six-piece", "the four-piece": a band named by how many play in it, said as
    "the <number>-piece" with nothing after it, stands for the article's group."""
    doc = token.doc
    return (
        token.lower_ == "piece" and token.tag_ == "NN" and token.i >= 3
        and doc[token.i - 1].text == "-" and doc[token.i - 2].like_num
        and doc[token.i - 3].lower_ == "the"
        and not any(c.dep_ in {"prep", "appos", "acl", "relcl", "compound"} for c in token.children)
    )


def _resolve_noun_phrase(token: Token, mentions: Mentions) -> None:
    """Group descriptors, demonstratives and unnamed role phrases, at their head noun."""
    dets = [c.lower_ for c in token.children if c.dep_ in {"det", "predet"}]
    det = "the" if "the" in dets else (dets[0] if dets else None)
    if det in VAGUE_DETERMINERS and token.dep_ != "npadvmod":
        mentions.vague.add(token.i)
        return
    if det == "the" and any(
        c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP" for c in token.children
    ) and _person_noun(token):
        mentions.vague.add(token.i)  # "the Australian rookie", "the Danish rider": who?
        return
    if det != "the" or token.dep_ in {"compound", "npadvmod"}:
        return
    if _band_size_noun(token):
        name = mentions.main.get("group")  # "the six-piece opened with ...": the band
        if name:
            mentions.by_start[token.i - 3] = Mention(token.i - 3, token.i + 1, name, "group")
        else:
            mentions.vague.add(token.i)
        return
    # Modifiers that make it a different thing ("the other boys", "the rival club").
    modifiers = [c for c in token.children if c.dep_ in MODIFIER_DEPS]
    if any(c.lower_ not in {"whole", "entire"} for c in modifiers):
        return
    if _from_place_descriptor(token):
        mentions.vague.add(token.i)  # "the teenager from Leeds": _descriptor_subjects
        return
    if any(c.dep_ in {"prep", "appos", "acl", "relcl"} for c in token.children):
        return  # "the team of the year", "the song Kiwi": not (only) the main one
    start = min(t.i for t in token.subtree if t.dep_ in {"det", "predet"} or t.i == token.i)
    lower = token.lower_
    kind = GROUP_DESCRIPTORS.get(lower)
    if lower == "pair" and token.tag_ == "NN" and _called_a_duo(token.doc):
        kind = "group"  # "the pair took their name from ...": the duo, once it was called so
    if kind and token.tag_ in {"NN", "NNS"}:
        name = mentions.main.get(kind) or (mentions.main.get("group") if kind == "team" else None)
        if name:
            mentions.by_start[start] = Mention(start, token.i + 1, name, kind)
        else:
            mentions.vague.add(token.i)
        return
    if token.lemma_.lower() in ANCHOR_ONLY_NOUNS and token.tag_ == "NN":
        mentions.vague.add(token.i)  # _descriptor_subjects may tie it to the sentence before
        return
    role = ROLE_PHRASES.get(token.lemma_.lower())
    if role:
        name = mentions.main.get(role)
        if token.tag_ == "NNS" and role in PERSON_TYPES | WORK_ROLES:
            name = None  # "the players", "the songs": many, never the one main entity
        if name and role in PERSON_TYPES and not _leading_person(mentions, name):
            name = None  # "the singer" is the article's subject, not a guest so typed
        if name:
            mentions.by_start[start] = Mention(start, token.i + 1, name, role)
        else:
            mentions.vague.add(token.i)


# Descriptor heads naming a work: never a company, group or person ("the game" is not
# the publisher that made it, though the model typed the publisher a game once).
WORK_HEADS = {"album", "song", "single", "track", "film", "movie", "show", "series", "game",
              "episode", "season", "record", "novel", "book"}
# Descriptor heads naming a match: a trophy is what is played for, not the match.
MATCH_HEADS = {"final", "match", "decider", "semi-final", "semifinal"}
TROPHY_WORDS = {"cup", "trophy", "shield", "plate", "medal", "belt", "award", "prize",
                "title"}
# Nouns that, before "of", make a name a person's epithet ("the Queen of Crime", "the
# King of Pop"): a person, never "it".
EPITHET_HEADS = FEMALE_NOUNS | MALE_NOUNS | {"godfather", "godmother", "master", "father",
                                            "mother", "emperor", "empress", "prophet"}


def _own_uses(doc: Doc, mentions: Mentions, name: str) -> list[Mention]:
    """The mentions where the name itself is said (a proper noun, or its own words), not a
    pronoun or descriptor given it."""
    return [
        m for m in mentions.by_start.values()
        if m.name == name and doc[m.start].lower_ not in (
            SINGULAR_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS
        ) and (doc[m.start].pos_ == "PROPN" or doc[m.start : m.end].text in name)
    ]


def _types_of(mentions: Mentions, name: str) -> set[str]:
    return {m.type for m in mentions.by_start.values() if m.name == name}


def _labels_of(doc: Doc, mentions: Mentions, name: str) -> set[str]:
    """The model's entity labels on the name's own mentions (not pronouns/descriptors)."""
    return {doc[m.start].ent_type_ for m in _own_uses(doc, mentions, name)}


def _the_before_every_use(doc: Doc, mentions: Mentions, name: str) -> bool:
    """A one-word name the article always says after a bare "the" ("the Rumbling",
    "the Upside Down" aside): an event or thing, not a person, whatever the model typed."""
    uses = _own_uses(doc, mentions, name)
    return bool(uses) and all(
        m.end - m.start == 1 and m.start > 0 and doc[m.start - 1].lower_ == "the"
        for m in uses
    )


def _not_a_person(doc: Doc, mentions: Mentions, name: str) -> bool:
    """A person-typed name whose own words say it is no person: always said after a bare
    "the", or typed a person only by a role word beside it (not "person": "singer",
    "player"), never labelled a person by the model but an organisation, place or work,
    and never shortened to a part-name ("Kansas City Chiefs" given a role from the tight
    end beside it; a person mislabelled ORG is shortened to a surname somewhere)."""
    if _the_before_every_use(doc, mentions, name):
        return True
    own = _own_uses(doc, mentions, name)
    if not own or any(m.type == "person" or doc[m.start : m.end].text != name for m in own):
        return False
    labels = _labels_of(doc, mentions, name) - {""}
    return bool(labels) and "PERSON" not in labels and bool(
        labels & {"ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "NORP"}
    )


# Player roles said before a gamer tag ("top laner TheFox", "jungler Oner").
PLAYER_ROLE_WORDS = {"laner", "jungler", "support", "sniper", "rifler", "awper", "igl",
                     "streamer", "gamer", "youtuber", "player", "pro", "rookie", "veteran"}


def _role_before_handle(doc: Doc, mention: Mention) -> bool:
    """A one-word handle-shaped name right after a person's role word ("the veteran top
    laner TheFox"): a player's tag, a person, whatever label the model gave it (a tag
    alone, "McLaren" or "FromSoftware", may be a company: only the role word tells)."""
    if mention.end - mention.start != 1 or mention.start == 0:
        return False
    before = doc[mention.start - 1]
    role = ROLE_NOUNS.get(before.lower_)
    return _handle_shaped(doc[mention.start].text) and (
        before.lower_ in PLAYER_ROLE_WORDS or before.lower_ in PERSON_NOUNS
        or role in PERSON_TYPES
    )


WORK_TYPES = {"title", "album", "song", "film", "show", "game", "book", "tour"}


def _read_as_person(doc: Doc, mentions: Mentions, name: str) -> bool:
    """A name the article reads as a person: a player's tag after a player's role word
    (`_role_before_handle`), or typed a person more often than anything else and never a
    work, unless it ends a work's longer name ("Hollow Knight: Silksong", then "Silksong"
    tagged a person by mistake)."""
    own = _own_uses(doc, mentions, name)
    if any(_role_before_handle(doc, m) for m in own):
        return True
    people = sum(m.type in PERSON_TYPES for m in own)
    if not people or people <= len(own) - people or any(m.type in WORK_TYPES for m in own):
        return False  # as often something else, or a role word made it a work ("the film X")
    return not any(
        m.type in WORK_TYPES and m.name != name and m.name.endswith(" " + name)
        for m in mentions.by_start.values()
    )


def _epithet(name: str) -> bool:
    """"The Queen of Crime": a person's nickname, a noun for a person before "of"."""
    words = name.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return len(words) >= 3 and words[1] == "of" and words[0] in EPITHET_HEADS


def _inside_quotation(doc: Doc, token: Token) -> bool:
    """Whether the token is inside a quotation: an odd number of quote marks between the
    start of its paragraph and it. A speaker's "I don't like it" means what the speaker
    talks about, which the narration's names seldom are."""
    count = 0
    for i in range(token.i - 1, -1, -1):
        other = doc[i]
        if "\n" in other.text_with_ws:
            break  # a new paragraph: a quotation does not run across one
        if other.text in QUOTE_MARKS:
            count += 1
    return count % 2 == 1


def _elliptical_it(token: Token) -> bool:
    """"If it is, ...": "it" the subject of a bare "be" with nothing after it stands for a
    clause said before (the record being ratified), not a name."""
    head = token.head
    return token.dep_ == "nsubj" and head.lemma_ == "be" and not any(
        c.dep_ not in {"nsubj", "mark", "punct", "advmod", "neg"} for c in head.children
    )


# Nouns said of an "it" that make it a work ("makes it the highest-rated drama").
PREDICATE_WORK_NOUNS = WORK_HEADS | {"drama", "sitcom", "documentary", "musical", "play",
                                     "sequel", "franchise", "title", "release", "hit"}


def _predicated_noun(token: Token) -> Token | None:
    """The noun a clause says "it" is: "it was the best film" (attr of "be"), "called it
    the best film" (oprd), "makes it the highest-rated drama" (a small clause whose head
    is the noun)."""
    head = token.head
    if token.dep_ == "nsubj" and head.pos_ == "NOUN":
        return head
    if token.dep_ == "nsubj" and head.lemma_ == "be":
        return next((c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if token.dep_ == "dobj":
        return next((c for c in head.children if c.dep_ == "oprd" and c.pos_ == "NOUN"), None)
    return None


def _work_said_of_non_work(mention: Mention, token: Token) -> bool:
    """"That makes it the highest-rated drama" with "it" given a ratings company: the noun
    the clause says "it" is names a work, so "it" is a work, or something unnamed."""
    noun = _predicated_noun(token)
    return noun is not None and noun.lemma_.lower() in PREDICATE_WORK_NOUNS and (
        mention.type not in WORK_TYPES | {"thing"}
    )


def _descriptor_misfit(doc: Doc, mentions: Mentions, mention: Mention) -> bool:
    """A "the ..." descriptor whose head noun does not fit the name it was given: a work
    noun for a name also read as a company, group or person; a match noun for a trophy;
    "the club" for a name never itself read as a team (a music group the team descriptor
    fell back to: a club is a sports side)."""
    head = doc[mention.end - 1]
    lemma = head.lemma_.lower()
    if (head.lower_ in WORK_HEADS or lemma in WORK_HEADS) and (
        _types_of(mentions, mention.name) & (PERSON_TYPES | GROUP_TYPES)
    ):
        return True
    if (head.lower_ in MATCH_HEADS or lemma in MATCH_HEADS) and (
        mention.name.split()[-1].lower() in TROPHY_WORDS
    ):
        return True
    if lemma == "club":
        own = {m.type for m in _own_uses(doc, mentions, mention.name)}
        return "team" not in own  # "the club hits": the main team fallen back to a group
    return False


def _drop_unfit_references(doc: Doc, mentions: Mentions) -> None:
    """Last check over every resolved pronoun and descriptor, whichever rule gave it: a
    wrong antecedent is worse than none (the clause then gives no question), so one whose
    kind does not fit is left vague:
    - "he", "she", "him", "her", "his" only to a name that is a person by its own words
      (`_not_a_person`);
    - "it", "its" never to a name read as a person anywhere in the article (a player's
      handle the model once labelled an organisation) nor to a person's epithet, never
      inside a quotation, never the "it" of an elliptical "if it is";
    - a "the ..." descriptor only to a name its head noun fits (`_descriptor_misfit`)."""
    for start, mention in list(mentions.by_start.items()):
        token = doc[start]
        lower = token.lower_
        drop = False
        if mention.end - mention.start == 1 and lower in SINGULAR_PRONOUNS:
            drop = _not_a_person(doc, mentions, mention.name)
        elif mention.end - mention.start == 1 and lower in NEUTER_PRONOUNS:
            drop = (
                _read_as_person(doc, mentions, mention.name)
                or _epithet(mention.name)
                or _inside_quotation(doc, token)
                or (lower == "it" and _elliptical_it(token))
                or (lower == "it" and _work_said_of_non_work(mention, token))
            )
        elif lower == "the" and mention.end - mention.start >= 2 and (
            doc[mention.end - 1].pos_ == "NOUN"
            and not mention.name.lower().removeprefix("the ").startswith(
                doc[start + 1 : mention.end].text.lower()
            )
        ):
            drop = _descriptor_misfit(doc, mentions, mention)
        if drop:
            del mentions.by_start[start]
            mentions.vague.add(mention.end - 1 if lower == "the" else start)

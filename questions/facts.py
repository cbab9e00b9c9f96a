"""Facts from dependency parses: one `Clause` per verb with its subject and arguments.

A clause keeps spaCy tokens (for question generation); `Clause.facts()` turns it into the
plain `Fact`s others use. Rules:
- a clause is a verb (or a copula) with a subject; a conjoined verb without its own subject
  borrows its head's; negated, modal and hypothetical clauses are skipped;
- arguments are the direct object, attribute, dative and each prepositional phrase;
  fronted phrases ("At the BBMAs 2018, BTS performed ...") count like any other;
- an argument is *answerable* when a single name, year, date or count fills it
  (the entity, its apposition "their hit single, Fake Love", or a number "two goals");
- context (event, place, time) comes from the sentence, else from the one before;
  the article's publication date is never an event date.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import LEMMA
from spacy.tokens import Span, Token

from questions.mentions import PERSON_TYPES, Mention, Mentions, known_first_name
from questions.nlp import (
    QUOTE_MARKS,
    SCORE_TOKEN,
    ParsedArticle,
    doc_ents,
    doc_text,
    tokens_where,
)
from questions.types import Fact, SourceRef

ARG_DEPS = {"dobj", "attr", "dative", "oprd", "acomp"}
SUBJ_DEPS = {"nsubj", "nsubjpass"}
# Prepositions that, with no object, are a phrasal verb's particle ("step in", "sit out").
STRANDED_PARTICLES = {"in", "out", "up", "down", "off", "on", "over", "back", "away", "through",
                      "along", "around", "about", "by"}
# "will"/"shall": a plan, not a fact (and false the day the plan changes)
MODALS = {"could", "might", "may", "would", "should", "must", "can", "will", "shall", "'ll",
          "wo"}
HYPOTHETICAL_MARKS = {"if", "unless", "whether", "though", "although"}
CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "advcl", "relcl", "acl"}
RELATIVE_SUBJECTS = {"who", "which", "that"}
EVENT_TYPES = {"event", "award_show", "festival", "tournament", "tour"}
PLACE_TYPES = {"city", "country", "venue", "place"}
TIME_TYPES = {"year", "date"}
ANSWER_TYPES_SKIPPED = {"ordinal", "percent", "quantity", "time", "law", "nationality"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "NORP", "PRODUCT",
               "LANGUAGE"}
VALUE_LABELS = {"DATE", "CARDINAL", "MONEY"}
# "about $617 million": a hedge before an amount does not change which amount it is.
APPROXIMATE = {"about", "around", "nearly", "almost", "roughly", "approximately", "some"}


@dataclass
class Answer:
    text: str
    type: str
    start: int  # token span of the answer in the doc
    end: int
    noun: str | None = None  # for counts: the counted noun phrase ("goals")
    from_text: bool = True  # the answer's words are in the sentence (not a pronoun)


@dataclass
class Arg:
    role: str  # nsubj, nsubjpass, dobj, attr, dative, prep, agent
    head: Token  # the phrase's head noun (the pobj for a prepositional phrase)
    prep: Token | None = None  # the preposition of a prepositional phrase
    answer: Answer | None = None
    own_cut: frozenset[int] = frozenset()  # a relative clause on the name: not rendered
    order: int | None = None  # where the phrase is said in a question, if not where it is

    @property
    def said_at(self) -> int:
        return self.order if self.order is not None else self.first

    @property
    def first(self) -> int:
        return self.prep.i if self.prep is not None else min(t.i for t in self.head.subtree)

    def tokens(self, cut: set[int] | None = None) -> list[Token]:
        tokens = list(self.head.subtree)
        cut = (cut or set()) | self.own_cut
        if cut:
            dropped = {t.i for c in cut for t in self.head.doc[c].subtree}
            tokens = [t for t in tokens if t.i not in dropped]
        tokens = _with_quotes(tokens)
        if self.prep is not None:
            tokens = [*_prep_modifiers(self.prep), self.prep, *tokens]
        return sorted(tokens, key=lambda t: t.i)


# Adverbs before a preposition that count or restrict what the phrase says.
PREP_COUNT_ADVERBS = {"once", "twice", "thrice", "only", "not", "never"}


def _prep_modifiers(prep: Token) -> list[Token]:
    """The adverbs the parser hangs on a preposition, right before it, that change what
    the phrase says: "scored twice, once in each half" is not "scored twice in each half",
    nor "only in 2020" "in 2020". Only these closed-class words: the other adverbs there
    make a compound preposition ("ahead of", "back in") the questions treat already."""
    found: list[Token] = []
    at = prep.i
    for child in sorted(prep.lefts, key=lambda t: t.i, reverse=True):
        if child.dep_ != "advmod" or child.right_edge.i != at - 1:
            break
        if child.lower_ not in PREP_COUNT_ADVERBS:
            break  # "ahead of", "back in", "just after": a compound preposition or an aside
        found = [*child.subtree, *found]
        at = child.left_edge.i
    return found



def _with_quotes(tokens: list[Token]) -> list[Token]:
    """A title's quotes the parser hung on the verb or preposition belong to the phrase:
    'on "Back to Black" and "Uptown Special"' keeps both pairs."""
    if not tokens:
        return tokens
    tokens = sorted(tokens, key=lambda t: t.i)
    doc = tokens[0].doc
    first, last = tokens[0].i, tokens[-1].i
    inside = sum(t.text in QUOTE_MARKS for t in tokens)
    extra = []
    if first > 0 and doc[first - 1].text in QUOTE_MARKS and inside % 2 == (
        0 if last + 1 < len(doc) and doc[last + 1].text in QUOTE_MARKS else 1
    ):
        extra.append(doc[first - 1])
    if last + 1 < len(doc) and doc[last + 1].text in QUOTE_MARKS and (inside + len(extra)) % 2:
        extra.append(doc[last + 1])
    return tokens + extra if extra else tokens


@dataclass
class Clause:
    verb: Token
    subject: Arg
    args: list[Arg]
    auxes: list[Token]  # auxiliaries in order ("has been")
    particle: Token | None
    passive: bool
    sent: Span
    xcomp: Token | None = None  # "chose to greet them": kept as part of the predicate
    extras: list[Token] = field(default_factory=list)  # other modifiers kept verbatim
    published: dt.date | None = None  # the article's date: resolves "on Saturday" only
    tense: str | None = None  # the verb's real tag when the tagger got it wrong
    context: dict[str, str] = field(default_factory=dict)

    cut: set[int] = field(default_factory=set)  # tokens whose subtrees are left out

    @property
    def relation(self) -> str:
        words = [self.verb.lemma_.lower()]
        if self.particle is not None:
            words.append(self.particle.lower_)
        return " ".join(words)


def find_answer(
    head: Token,
    mentions: Mentions,
    counts: bool = True,
    cut: Collection[int] = (),
    object_of: Token | None = None,
) -> Answer | None:
    """The single name or value filling the phrase headed by `head`, if there is one.
    `cut`: tokens whose subtrees are not part of the phrase (a relative clause on it).
    `object_of`: the verb whose object the phrase is read as ("X, led by Y": "led")."""
    doc = head.doc
    dropped = {t.i for c in cut for t in doc[c].subtree}
    if any(c.dep_ == "conj" for c in head.children) or stray_conjuncts(head):
        return None  # a list: no single answer
    mention = mentions.covering(head)
    called = _called_name(head)
    if mention is None and called is not None:
        found = find_answer(called, mentions, counts=False)
        if found is not None and found.type not in PERSON_TYPES and _person_noun_head(head):
            found.type = "person"  # "a runner called Tomas Reyes" labelled ORG: the phrase
            # says the name is a runner's
        if found is not None and found.type in PERSON_TYPES:
            return found  # "a runner called Kestrel": the name the phrase introduces
    candidates: list[Mention] = []
    if mention is not None:
        candidates.append(mention)
    else:
        for child in head.children:
            if child.dep_ in {"appos", "compound"}:
                hit = mentions.covering(child)
                if hit is not None and hit.end - 1 >= child.i >= hit.start:
                    candidates.append(hit)
    for hit in candidates:
        span = doc[hit.start : hit.end]
        ent_label = span.root.ent_type_
        if not _is_name(span, hit):
            continue
        if span.root.tag_ == "NNPS" and hit.type not in {
            "group", "team", "award_show", "event"
        } and not _is_opponent_slot(head) and not (
            hit.type in PERSON_TYPES and ent_label == "PERSON"  # "Harry Styles"
        ) and hit.end - hit.start < 2:  # "Foo Fighters" is one band
            continue  # "the Ferraris": several things, no single answer
        first = doc[hit.start]
        if "[" in span.text or first.tag_ in {"VBG", "VBN", "VB"} or _gerund(first, hit):
            continue  # "Confronting Zant", "2006.[b": not a clean name
        if _name_continues(doc, hit.end):
            continue  # "Destiny" of "Destiny's Child": only part of a name
        if hit.type == "place" and not _locative(head) and not _is_opponent_slot(head):
            continue  # "led by Midna" tagged as a place: no fair wh-word
        before = doc[hit.start - 2 : hit.start] if hit.start >= 2 else None
        if before is not None and before[1].tag_ == "POS" and before[0].pos_ == "PROPN":
            continue  # "Destiny's Child" split at the possessive: only part of a name
        subtree = [t.i for t in head.subtree]
        if hit.start < min(subtree) or hit.end - 1 > max(subtree):
            continue  # the name runs over into another phrase ("Love" + "On Tour")
        if hit.type == "thing" and (hit.end - hit.start < 2 or head.dep_ in SUBJ_DEPS):
            continue  # a one-word name of unknown kind could be a person: no fair wh-word
        core = [t for t in _core_tokens(head, hit) if t.i not in dropped]
        if core:
            return None  # the phrase says more than the name ("the final against France")
        if _holder_of_role(head, span):
            return None  # "The Edmonton captain": a person the phrase does not name
        if _cut_name(doc, hit, head):
            continue  # "20th Century Fox" read as "20th Century" + "Fox": half a name
        if hit.start <= head.i < hit.end and any(
            c.dep_ == "nummod" and c.ent_type_ == "CARDINAL" and c.i < hit.start
            for c in head.children
        ):
            continue  # "won seven Oscars": a count of them, not one name
        from_text = hit.name.casefold() in span.text.casefold() or ent_label != ""
        fine = _role_refined(head, hit, dropped)
        if fine in PERSON_LIKE and _is_work_slot(head) and not _known_person(span, hit) and not (
            ent_label == "PERSON" and head.head.lemma_ == "direct"  # "directed Ryan Cole in ..."
        ):
            fine = "title"  # "Sasha Fierce was released": a work, whatever the model said
        if fine in PERSON_LIKE and _defined_as_work(doc, hit.name, mentions):
            fine = "title"  # "Starfall Saga is a 2017 action game": "What", never "Who"
        if fine in PERSON_LIKE and _sales_or_list_subject(head) and not _known_person(
            span, hit
        ) and _gender_stated(hit, mentions) is None:
            continue  # "Starfall Saga had sold 5.82 million copies", "X placed 14th in a
            # list of the best games": likely a work the model typed a person; "Who" unfair
        if fine == "award" and _award_as_name(head, mentions):
            continue  # "X is the Game of the Year", "the game was named Best RPG": an award
            # won, not what X is or is called ("Which event is X?", "What was X named?")
        if _is_title_slot(head) and fine in PERSON_LIKE | {"thing", "award"}:
            fine = "title"  # "was named Finals MVP": a title given, asked with "What"
        if _is_opponent_slot(head) and fine in OPPONENT_LABELS and _ranked_person(span):
            fine = "person"  # "against former ozeki Asanoyama": a rank or title before
            # the name makes it a person ("against which team" reads wrong)
        elif _is_opponent_slot(head) and fine in OPPONENT_LABELS:
            if fine == "thing":
                # a name of unknown kind: the other side of a one-on-one when a person
                # beat it ("Sam Okoro beat Ryan Pike 6-4"), else no fair wh-word
                if not _person_beat(head, mentions):
                    continue
                fine = "person"
            elif _described_person_beat(head, span):
                # "The 22-year-old Dutchman beat Kelstan 3-1": one person (a nationality
                # noun or "the champion") beat a one-word name; in a one-on-one the other
                # side is a player too, whatever the label ("Which team" reads wrong)
                fine = "person"
            elif _person_beat(head, mentions) and known_first_name(hit.name):
                # "Ivo Petrov beat Stefanos Kavalas 6-3" with the loser labelled an
                # organisation: a person's one-on-one match has a person on the other
                # side; "Which team did Ivo Petrov beat?" reads wrong
                fine = "person"
            else:
                fine = "team"  # "beat the Miami Heat" (labelled a venue): the other side
        fine = _verb_object_kind(head, span, fine, object_of)
        if fine is None:
            continue  # "silenced Ahmedabad" labelled a person: no fair wh-word
        if fine in PLACE_TYPES and _birth_of(head):
            fine = "person"  # "gave birth to North West": a child, whatever the label
        if fine in PLACE_TYPES and not _locative(head):
            continue  # a "venue" that is beaten or joined: no fair wh-word for it
        if _place_labelled(span, hit.name, fine, head):
            if not _locative(head):
                continue  # "hosts India" typed a person: "Who did X silence?" is unfair
            fine = "place"
        return Answer(hit.name, fine, hit.start, hit.end, from_text=from_text)
    # Values: dates and counts.
    if head.ent_type_ == "DATE" and head.pos_ in {"NUM", "PROPN", "NOUN"}:
        ent = _entity_at(head)
        if ent is not None and not _core_tokens(head, Mention(ent.start, ent.end, ent.text, "")):
            fine = ent._.fine_type
            if fine in TIME_TYPES and is_absolute_date(ent.text) and "[" not in ent.text:
                return Answer(ent.text, fine, ent.start, ent.end)
    ordinal = ordinal_answer(head)
    if ordinal is not None:
        return ordinal
    if head.ent_type_ == "MONEY" and counts and head.dep_ in {"dobj", "attr"}:
        ent = _entity_at(head)
        if ent is not None and ent.root.i == head.i and "[" not in ent.text:
            sign = _split_currency_sign(ent)
            start = ent.start if sign is None else sign.i
            extra = [t for t in head.subtree if not start <= t.i < ent.end]
            if all(t.dep_ == "quantmod" and t.lower_ in APPROXIMATE for t in extra):
                text = ent.text if sign is None else sign.text + ent.text
                return Answer(text, "money", start, ent.end)
    for child in head.children if counts else ():
        if (
            child.dep_ == "nummod"
            and child.ent_type_ == "CARDINAL"
            and child.like_num
            and head.pos_ == "NOUN"
            and head.tag_ == "NNS"
        ):
            ent = _entity_at(child)
            if ent is None or (ent.end > child.i + 1 and ent[-1].i != child.i):
                continue
            after = max(t.i for t in head.subtree) + 1
            if any(_names_listed(c) for c in head.children) or (
                after < len(doc) and doc[after].text == ":"
            ):
                return None  # "three awards: Best Video and ...": the list gives the count
            if after < len(doc) and doc[after].lower_ in COUNTED_AFTER:
                return None  # "resigned three moves later": a time counted on, no object
            noun = " ".join(
                t.text for t in head.subtree if t.i > child.i and t.i <= head.i
            )
            return Answer(ent.text, "count", ent.start, ent.end, noun=noun)
    return None


CURRENCY_SIGNS = {"$", "£", "€", "¥"}


def _split_currency_sign(ent: Span) -> Token | None:
    """"raised $41,754,153": with an exact figure the small model often labels the number
    a sum of money and leaves its currency sign outside the entity. The sign right before
    it, hung on the number, is part of the amount ("How much ...?" -> "$41,754,153"; the
    bare "41,754,153" would read as a count)."""
    if ent.start == 0:
        return None
    sign = ent.doc[ent.start - 1]
    if sign.text in CURRENCY_SIGNS and sign.head.i == ent.root.i and sign.ent_type_ != "MONEY":
        return sign
    return None


NAMING_PARTICIPLES = {"call", "name", "nickname", "dub"}


def _called_name(head: Token) -> Token | None:
    """"a runner called Kestrel", "a Swede named Oskar Lund": an indefinite noun whose
    one addition is a naming participle right after it introduces the name that
    follows; the name fills the phrase. The name's head token, or None."""
    if head.pos_ not in {"NOUN", "PROPN"} or head.i + 2 >= len(head.doc):
        return None
    acl = head.doc[head.i + 1]
    if acl.dep_ != "acl" or acl.head.i != head.i or acl.tag_ != "VBN" or (
        acl.lemma_.lower() not in NAMING_PARTICIPLES
    ):
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children):
        return None  # "the player called X" may be one of two the article told of
    if any(c.dep_ not in {"det", "amod", "acl", "compound"} for c in head.children):
        return None
    name = next((c for c in acl.children if c.dep_ in {"oprd", "attr", "dobj"}), None)
    if name is None or name.pos_ != "PROPN" or any(
        c.i != name.i and c.dep_ != "punct" for c in acl.children
    ):
        return None
    if max(t.i for t in name.subtree) != max(t.i for t in head.subtree):
        return None  # "a player named X for his ...": the phrase says more than the name
    return name


def _person_noun_head(head: Token) -> bool:
    """A common noun for a person ("runner", "player", "singer")."""
    from questions.mentions import _person_noun

    return head.pos_ == "NOUN" and _person_noun(head)


def _as_of_date(prep: Token) -> bool:
    """"as of March 31, 2011": the day a running figure was true, kept with it."""
    inner = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = inner is not None and next((c for c in inner.children if c.dep_ == "pobj"), None)
    after_and = any(  # "and 1.32 million on the GameCube as of 2007": the other item's
        c.dep_ == "cc" and c.i < prep.i for c in prep.head.children
    )
    return prep.lower_ == "as" and bool(pobj) and pobj.ent_type_ == "DATE" and not after_and


# Words that make "three moves", "two days" a span of time counted from another moment.
COUNTED_AFTER = {"later", "earlier", "ago", "afterwards"}


ORDINAL_WORDS = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
}
ORDINAL_NUMBER = re.compile(r"\d+(st|nd|rd|th)")


def ordinal_answer(head: Token) -> Answer | None:
    """"in the 58th minute", "in the third episode": the ordinal and its noun answer
    "In which minute ...?" (only inside a prepositional phrase: "the first K-pop group"
    as an object is a description, not a position)."""
    if head.dep_ != "pobj" or head.head.lower_ not in {"in", "on", "during"}:
        return None
    if head.pos_ != "NOUN" or head.tag_ != "NN" or not head.is_alpha:
        return None
    children = list(head.children)
    ordinals = [c for c in children if c.dep_ in {"amod", "compound", "nummod"} and (
        c.lower_ in ORDINAL_WORDS or ORDINAL_NUMBER.fullmatch(c.lower_))]
    if len(ordinals) != 1 or ordinals[0].i != head.i - 1:
        return None
    if any(c.dep_ != "det" or c.lower_ != "the" for c in children if c is not ordinals[0]):
        return None
    fine = "minute" if head.lower_ == "minute" else "ordinal"
    return Answer(f"{ordinals[0].text} {head.text}", fine, ordinals[0].i, head.i + 1,
                  noun=head.lower_)


MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELATIVE_TIME = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
    r"tomorrow|last|next|this|ago|earlier|later|recently|weekend|week|month)\b",
    re.I,
)


def is_absolute_date(text: str) -> bool:
    """A date a quiz can ask for: it has a year, or a month with a day ("May 12")."""
    lower = text.lower()
    if re.search(r"\b(1[5-9]|20)\d{2}\b", lower) and not RELATIVE_TIME.search(lower):
        return True
    return any(m in lower for m in MONTHS) and bool(re.search(r"\d", lower)) and not (
        RELATIVE_TIME.search(lower)
    )


# Holidays on a fixed day of the year: "on the Fourth of July" in a dated report is that
# year's, like "on Sunday" is that week's; asked alone it says no year ("Who won the
# annual contest on the Fourth of July?" has one winner a year), so it is pinned to the
# date the report means, or left out.
FIXED_HOLIDAYS = {
    "fourth of july": (7, 4), "4th of july": (7, 4), "christmas day": (12, 25),
    "christmas eve": (12, 24), "boxing day": (12, 26), "new year's day": (1, 1),
    "new year's eve": (12, 31), "valentine's day": (2, 14), "halloween": (10, 31),
    "st patrick's day": (3, 17), "st. patrick's day": (3, 17), "bastille day": (7, 14),
}
HOLIDAY = re.compile(
    r"\b(?:" + "|".join(re.escape(h) for h in FIXED_HOLIDAYS) + r")\b", re.I
)


def _holiday_without_year(text: str) -> str | None:
    found = HOLIDAY.search(text.replace("’", "'"))
    if found is None or re.search(r"\b(?:1[5-9]|20)\d{2}\b", text):
        return None
    return found.group(0).lower()


def is_relative_time(span: Span) -> bool:
    """"on Saturday", "last week": relative to when the article was written. A time
    anchored to something named ("in its first week", "the band's first year") is not."""
    if any(t.ent_type_ in {"DATE", "TIME"} for t in span) and _holiday_without_year(span.text):
        return True  # "on the Fourth of July", "on New Year's Day" (see FIXED_HOLIDAYS)
    if any(t.tag_ in {"PRP$", "POS"} for t in span):
        return False
    return any(t.ent_type_ in {"DATE", "TIME"} for t in span) and bool(
        RELATIVE_TIME.search(span.text)
    )


def resolve_weekday(text: str, published: dt.date | None, past: bool) -> str | None:
    """"on Saturday" in a past-tense sentence of an article published on a date: the
    latest such weekday on or before publication. Anything else is not safe."""
    lower = text.lower()
    days = [d for d in WEEKDAYS if d in lower]
    holiday = _holiday_without_year(text)
    if holiday is not None and not days and published is not None and past:
        month, day_of_month = FIXED_HOLIDAYS[holiday]  # the latest one on or before
        day = dt.date(published.year, month, day_of_month)
        if day > published:
            day = dt.date(published.year - 1, month, day_of_month)
        return f"{day.day} {day.strftime('%B %Y')}"
    if published is None or not past or len(days) != 1:
        return None
    if re.search(r"\b(last|next|this)\b", lower):
        return None
    delta = (published.weekday() - WEEKDAYS.index(days[0])) % 7
    day = published - dt.timedelta(days=delta)
    return f"{day.day} {day.strftime('%B %Y')}"


LOCATIVE_PREPS = {"in", "at", "from", "to", "near", "across", "throughout", "around",
                  "outside", "inside", "into", "within", "through", "toward", "towards"}


def _locative(head: Token) -> bool:
    """A place name is fairly asked with "Where"/"Which city" only from a place slot."""
    return (head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS) or (head.dep_ in {
        "nsubj", "nsubjpass", "dobj"
    } and head.head.lemma_.lower() in {"visit", "leave", "reach", "host", "tour", "enter"})


# Verbs whose object (or "against" phrase) and subject are the sides of a match: "The
# Nuggets beat the Miami Heat" is a team beating a team, whatever the labels say.
OPPONENT_VERBS = {"beat", "defeat", "face", "eliminate", "overcome", "edge", "thrash",
                  "rout", "overpower", "outplay", "sink", "stun", "upset", "sweep"}
OPPONENT_LABELS = {"venue", "place", "city", "country", "organization", "thing"}
# "was named Finals MVP", "was voted Player of the Year": a title the subject was given.
TITLE_VERBS = {"name", "vote", "elect", "crown", "dub", "declare", "appoint"}


def _is_opponent_slot(head: Token) -> bool:
    """The phrase is a side of a match: the object of "beat", the subject of "beat" with
    a named object, "against X", or "a win over X"."""
    verb = head.head
    lemma = verb.lemma_.lower()
    if head.dep_ == "pobj":
        return verb.lower_ in {"against", "versus", "vs", "vs."} or (
            verb.lower_ == "over" and verb.head.lemma_.lower() in {"win", "victory"}
        )
    if lemma not in OPPONENT_VERBS or not _opponent_like(head):
        return False
    if head.dep_ == "dobj":
        return True
    return head.dep_ == "nsubj" and any(
        c.dep_ == "dobj" and _opponent_like(c) for c in verb.children
    )


def _fronted_opponent(children: list[Token], subject: Token) -> bool:
    """"Against former champion X, Y was driven out": the fronted side of the bout sets
    the scene of a passive; moved after the verb it reads as what the passive was done
    against ("was driven out against X", "who was Y driven out against?"), which is not
    what the sentence says. Such a clause makes no question."""
    return any(
        c.dep_ == "prep" and c.lower_ in {"against", "versus", "vs", "vs."}
        and c.right_edge.i < subject.left_edge.i
        and c.right_edge.i + 1 < len(c.doc) and c.doc[c.right_edge.i + 1].text == ","
        for c in children
    )


def _ranked_person(span: Span) -> bool:
    """"former ozeki Asanoyama", "captain Tom Price", "grandmaster Ivan Sokolov": a
    lowercase singular noun right before a name, in its phrase, is a rank or a title the
    person holds (the model may tag it a proper noun: "ozeki"). A plural one ("holders
    Real Madrid", "rivals Ajax") names a side, not a person, and is left alone, as does
    a noun that says what other kind of thing the name is ("rival club Ajax")."""
    from questions.nlp import ROLE_NOUNS

    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    kind = ROLE_NOUNS.get(before.lower_)
    return (
        (kind is None or kind in PERSON_TYPES)
        and before.head.i in range(span.start, span.end)
        and before.dep_ == "compound"
        and before.text.isalpha()
        and before.text.islower()
        and before.tag_ in {"NN", "NNP"}
    )


def _person_beat(head: Token, mentions: Mentions) -> bool:
    """The object of "beat"/"defeat" whose subject is a person ("Sam Okoro beat X")."""
    if head.dep_ != "dobj":
        return False
    subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    mention = mentions.covering(subject)
    return mention is not None and mention.type in PERSON_TYPES


# A singular nationality noun for one person ("the Dutchman", "the Spaniard", "the Finn");
# "the Dutch", "the French", "the Swiss" name a nation's side and are left out.
PERSON_DEMONYM = re.compile(
    r"^(?:[A-Z][a-z]+(?:man|woman)|Spaniard|Finn|Swede|Dane|Pole|Briton|Serb|Croat|Kiwi|"
    r"[A-Z][a-z]+(?:ian|an|ine|i))$"
)


def _described_person_beat(head: Token, span: Span) -> bool:
    """The one-word object of "beat"/"defeat" whose subject is one person described, not
    named: "the 22-year-old Dutchman", "the champion" (a singular role noun)."""
    if head.dep_ != "dobj" or len(span) != 1 or head.head.lemma_ not in {"beat", "defeat"}:
        return False
    subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ not in {"NN", "NNP"}:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False
    return bool(PERSON_DEMONYM.match(subject.text)) or _person_noun_head(subject)


def _opponent_like(token: Token) -> bool:
    """The other side of "X beat Y" is a team (or a player): a proper name."""
    return token.pos_ == "PROPN" or token.tag_ in {"NNP", "NNPS"} or token.ent_type_ in {
        "ORG", "GPE", "FAC", "LOC", "NORP", "PERSON"
    }


def _place_labelled(span: Span, name: str, fine: str, head: Token) -> bool:
    """An object the model labels a place (GPE/LOC) but a role word or the mentions typed
    as a person or organisation ("hosts India"): asked with "Who", it reads as a person.
    A side of a match, a child ("gave birth to") and glossary names keep their type."""
    return (
        span.root.ent_type_ in {"GPE", "LOC"}
        and "|" not in span.root.ent_id_
        and fine in {"person", "organization", "thing", "tour"}
        and (len(span) == 1 or fine != "person")  # "Jordan Pickford" labelled GPE: a person
        and span.text.casefold() == name.casefold()  # "Pickford" (GPE) is Jordan Pickford
        and head.dep_ not in SUBJ_DEPS
        and not _is_opponent_slot(head)
        and not _birth_of(head)
    )


# What a verb's object is, whatever the label says: "toured Japan" is a place; "led
# Weibo Gaming" a team (who is beaten may be a player: "Link defeats Zant" keeps "Who");
# "silenced Ahmedabad", "stunned Anfield" a crowd or the place standing for it.
PLACE_OBJECT_VERBS = {"tour"}
SIDE_OBJECT_VERBS = {"lead", "captain", "coach", "manage"}
AUDIENCE_OBJECT_VERBS = {"silence", "hush", "stun", "thrill", "electrify", "rock", "wow",
                         "delight", "shock", "dazzle", "enthral", "enthrall"}


def _verb_object_kind(
    head: Token, span: Span, fine: str, verb: Token | None = None
) -> str | None:
    """The object's type corrected by its verb, or None when no wh-word fits it. Only a
    name the model labelled, never a glossary name: a PERSON-labelled side or audience
    whose first word is no known first name ("Weibo Gaming") is asked neutrally ("What")
    or, for an audience, not at all."""
    if verb is None and head.dep_ == "dobj":
        verb = head.head
    if verb is None or "|" in span.root.ent_id_:
        return fine
    lemma = verb.lemma_.lower()
    if lemma in PLACE_OBJECT_VERBS and fine not in PLACE_TYPES:
        return "place" if span.root.ent_type_ in {"GPE", "LOC", "FAC"} else None
    if fine != "person" or span.root.ent_type_ != "PERSON" or known_first_name(span.text):
        return fine
    if lemma in AUDIENCE_OBJECT_VERBS:
        return None
    if lemma in SIDE_OBJECT_VERBS:
        return "thing"
    return fine


def _birth_of(head: Token) -> bool:
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "to" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "birth" for c in prep.head.children
    )


def _award_as_name(head: Token, mentions: Mentions) -> bool:
    """An award as what a thing is ("Baldur's Gate 3 is the Game of the Year") or is
    named ("Link's latest adventure was named Best Action/Adventure Game"): asked, it
    reads as the thing's kind or title. A person named Best New Artist is asked."""
    verb = head.head
    if head.dep_ not in {"oprd", "attr"}:
        return False
    if verb.lemma_.lower() == "be":
        return True
    if verb.lemma_.lower() not in TITLE_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    named = mentions.covering(subject) if subject is not None else None
    return named is None or named.type not in PERSON_TYPES | {"group", "team"}


def _is_title_slot(head: Token) -> bool:
    verb = head.head
    return head.dep_ in {"oprd", "attr"} and verb.lemma_.lower() in TITLE_VERBS


def _gerund(first: Token, mention: Mention) -> bool:
    """"Confronting Zant": a capitalised -ing verb starting a name of unknown kind."""
    if mention.type not in {"thing", "person", "organization", "title"}:
        return False
    if not first.lower_.endswith("ing") or mention.end - mention.start < 2:
        return False
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(first.lower_, upos="VERB"))


def _name_continues(doc: object, end: int) -> bool:
    """A name followed by "'s" and a capitalised noun is probably cut ("Destiny's Child")."""
    if end + 1 >= len(doc):  # type: ignore[arg-type]
        return False
    after, then = doc[end], doc[end + 1]  # type: ignore[index]
    return (
        after.tag_ == "POS"
        and then.text[:1].isupper()
        and then.pos_ in {"PROPN", "NOUN"}
        and then.ent_type_ not in {"DATE", "CARDINAL"}
    )


PERSON_LIKE = {"person", "organization", "place"}
WORK_VERBS = {"release", "publish", "record", "film", "write", "direct", "launch", "develop",
              "sell", "chart", "stream", "reissue", "rerelease", "port", "announce"}


def _names_listed(token: Token) -> bool:
    """An apposition that lists or names the things counted ("three awards: Best Video
    with a Social Message and Best Cinematography"), not a dash aside describing them."""
    if token.dep_ != "appos" or token.i == 0 or token.doc[token.i - 1].text in {"—", "–"}:
        return False
    first = min(t.i for t in token.subtree)
    if first > 0 and token.doc[first - 1].text in {"—", "–", "--"}:
        return False
    return token.pos_ == "PROPN" or any(t.dep_ == "conj" for t in token.subtree)


def _known_person(span: Span, mention: Mention) -> bool:
    """A surname the article resolved to a person's full name ("directed Reynolds" after
    "Ryan Reynolds"): a person, whatever the verb usually takes."""
    return (
        mention.type in PERSON_TYPES
        and " " in mention.name
        and span.text != mention.name
        and (mention.name.endswith(span.text) or _given_name_of(span, mention))
    )


def _given_name_of(span: Span, mention: Mention) -> bool:
    """A first name the article resolved to a person's full name ("young Kalle was filmed
    drifting a car" after "Kalle Rovanperä"): the person, not a work filmed or released
    ("What was filmed ...?" asked for him is wrong)."""
    return (
        len(span) == 1
        and span[0].ent_type_ == "PERSON"
        and mention.name.startswith(f"{span.text} ")
    )


def _is_work_slot(head: Token) -> bool:
    """The subject of a passive work verb or the object of an active one is a work."""
    verb = head.head
    if verb.lemma_.lower() not in WORK_VERBS:
        return False
    return head.dep_ == "nsubjpass" or (head.dep_ == "dobj")


SALES_VERBS = {"sell", "chart", "gross", "outsell"}
LIST_VERBS = {"place", "rank", "finish", "come", "land"}
LIST_NOUNS = {"list", "ranking", "rankings", "poll", "countdown", "chart", "charts"}


def _sales_or_list_subject(head: Token) -> bool:
    """The subject of a sales verb ("had sold 5.82 million copies", "grossed $1 billion",
    "charted at No. 3") or of a placing in a list ("placed 14th in X's list of the best
    games"): what such verbs say is most often said of a work, not of a person."""
    if head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = head.head
    lemma = verb.lemma_.lower()
    if lemma in SALES_VERBS:
        return True
    if lemma in LIST_VERBS and not any(c.dep_ == "dobj" for c in verb.children):
        return any(
            t.lemma_.lower() in LIST_NOUNS and t.i > verb.i for t in verb.subtree
            if t.dep_ == "pobj"
        )
    return False


WORK_NOUNS = {"game", "film", "movie", "album", "song", "single", "novel", "book", "series",
              "sequel", "prequel", "remake", "videogame", "ep", "mixtape", "musical", "sitcom"}


def _defined_as_work(doc: object, name: str, mentions: Mentions) -> bool:
    """The article says what the name is, and it is a work: "Starfall Saga is a 2017 action
    game", "Starfall Saga, a 2017 action game, ...". A model's PERSON label on it is wrong."""
    if mentions.defined_works is None:  # found once per article: this is asked per clause
        mentions.defined_works = _names_defined_as_works(doc, mentions)
    return name in mentions.defined_works


def _names_defined_as_works(doc: object, mentions: Mentions) -> set[str]:
    names: set[str] = set()
    def work_lemma(lemma: str) -> bool:
        return lemma.lower() in WORK_NOUNS

    for token in tokens_where(doc, LEMMA, work_lemma):  # type: ignore[arg-type]
        if token.lemma_.lower() not in WORK_NOUNS or token.pos_ != "NOUN":
            continue
        if token.dep_ == "attr" and token.head.lemma_ == "be":
            owner = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        elif token.dep_ == "appos":
            owner = token.head
        else:
            continue
        if owner is None or any(c.dep_ == "neg" for c in token.head.children):
            continue
        if any(c.dep_ == "det" and c.lower_ in SPAN_DETERMINERS for c in token.children):
            continue  # "had been Star Baker only once all series": a stretch of time read
            # as what she was, no definition of her as a work
        mention = mentions.covering(owner)
        if mention is not None:
            names.add(mention.name)
    return names


# Determiners that make a work noun a stretch of time ("all series", "every season").
SPAN_DETERMINERS = {"all", "every", "each"}


def _gender_stated(mention: Mention, mentions: Mentions) -> str | None:
    """"he"/"she" the article states for this name (or its last word): a person."""
    genders = getattr(mentions, "genders", {}) or {}
    return genders.get(mention.name) or genders.get(mention.name.split()[-1])


def _entity_at(token: Token) -> Span | None:
    if token.ent_iob_ in ("O", ""):
        return None  # outside every entity (and `Doc.ents` is rebuilt on each access)
    for ent in doc_ents(token.doc):
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _is_name(span: Span, mention: Mention) -> bool:
    if mention.type in ANSWER_TYPES_SKIPPED:
        return False
    if len(span) == 1 and mention.type in PERSON_TYPES and mention.name.endswith(f" {span.text}"):
        return True  # "Tennant plays ...": a surname the tagger read as a common noun
    return any(t.ent_type_ in NAME_LABELS for t in span) or span.root.pos_ == "PROPN"


# Titles written before a name that are no part of it ("President Joe Biden").
HONORIFICS = {"president", "king", "queen", "prince", "princess", "sir", "dame", "lord", "lady",
              "dr", "mr", "mrs", "ms", "miss", "general", "senator", "governor", "mayor",
              "chancellor", "pope", "saint", "st", "judge", "officer", "sergeant", "uncle",
              "aunt", "grandma", "grandpa"}


def _holder_of_role(head: Token, span: Span) -> bool:
    """A person's role noun heads the phrase and the name only modifies it from before:
    "the Edmonton captain", "the Chelsea manager" name a team's captain or manager, not the
    team ("the Oppenheimer film" is the film itself: only person roles)."""
    from questions.nlp import ROLE_NOUNS

    role = ROLE_NOUNS.get(head.lemma_.lower()) or ROLE_NOUNS.get(head.lower_)
    return (
        role in PERSON_TYPES
        and head.pos_ == "NOUN"
        and span.end <= head.i
        and span.root.head.i == head.i
        and span.root.dep_ in {"compound", "nmod", "amod"}
    )


def _cut_name(doc: object, mention: Mention, head: Token) -> bool:
    """The word right before the name belongs to it but was left out: a capitalised or
    numbered modifier of the same phrase ("20th Century" + "Fox", "Nintendo" + "Switch");
    not a title ("President Joe Biden") nor a sentence-opening capital."""
    from questions.mentions import PERSON_NOUNS
    from questions.nlp import ROLE_NOUNS

    if mention.start == 0:
        return False
    before = doc[mention.start - 1]  # type: ignore[index]
    if before.dep_ not in {"compound", "amod", "nummod", "nmod"} or before.ent_type_ == "NORP":
        return False  # "Australian Oscar Piastri": a nationality, not a part of the name
    if not any(t.i == before.i for t in head.subtree):
        return False
    lemma = before.lemma_.lower()
    if lemma in HONORIFICS or lemma in ROLE_NOUNS or lemma in PERSON_NOUNS:
        return False
    return before.text[:1].isupper() or (before.text[:1].isdigit() and not before.is_digit)


# Family words before a name say who the person is to someone, as a role noun does.
KIN_ROLES = {"cousin", "uncle", "aunt", "niece", "nephew", "grandmother", "grandfather",
             "grandson", "granddaughter", "stepmother", "stepfather", "stepson",
             "stepdaughter", "twin", "fiancé", "fiancee", "fiance"}


def _core_tokens(head: Token, mention: Mention) -> list[Token]:
    from questions.nlp import ROLE_NOUNS

    """Content words of the phrase that are neither the name nor a determiner or role noun."""
    extra = []
    for token in head.subtree:
        if mention.start <= token.i < mention.end:
            continue
        if token.dep_ in {"det", "poss", "punct", "case", "predet", "cc"} or token.is_punct:
            continue
        if token.lower_ in {"'s", "’s", "’", "'"}:
            continue
        if _score_half(token, head):
            continue  # "beat Jak Jones 18-14": the parser hung the score's second half on
            # its first, a number on the name; the score is said by the verb, not the name
        if token.i == head.i and (
            token.lemma_.lower() in ROLE_NOUNS or token.lemma_.lower() in KIN_ROLES
        ):
            continue  # "the song Kiwi", "his cousin Baelor": the role noun heads the phrase
        if _restricts(token) and (
            token.lower_ in {"only", "sole"}
            or any(c.dep_ == "poss" for c in token.head.children)
        ):
            extra.append(token)  # "his second Academy Award": the ordinal is the point
            continue
        # role nouns and adjectives around the name: "singer", "hit single", "2018"
        if (
            token.dep_ in {"amod", "compound", "appos", "nummod", "nmod"}
            and (token.head.i == head.i or token.head.dep_ in {"appos", "amod", "compound"})
            and token.pos_ in {"NOUN", "ADJ", "NUM", "VERB", "PROPN"}
            and not any(c.dep_ in {"prep", "relcl", "acl"} for c in token.children)
        ):
            continue
        extra.append(token)
    return extra


def _score_half(token: Token, head: Token) -> bool:
    """A number of a scoreline ("18-14") the parser hung on the name's head as its count
    (the second number under the first): the reading of "beat X 18-14", not the name."""
    first = token if token.head.i == head.i else token.head
    if not (token.like_num and first.like_num and first.dep_ == "nummod"):
        return False
    if first.head.i != head.i:
        return False
    doc = token.doc
    end = first.i + 2
    if end >= len(doc) or doc[first.i + 1].text not in {"-", "–"} or not doc[end].like_num:
        return False
    if token.i not in {first.i, end}:
        return False
    return SCORE_TOKEN.fullmatch(doc[first.i : end + 1].text) is not None


RESTRICTING_WORDS = {"only", "first", "last", "final", "sole", "next", "previous", "latest",
                     "no", "not", "never", "other", "another", "same"}


def _restricts(token: Token) -> bool:
    """An ordinal, superlative or "only/first/last" before a name changes which one it is:
    a question that drops it has many answers ("Which award has Miyazaki won?")."""
    lower = token.lower_
    word = (
        lower in ORDINAL_WORDS or lower in RESTRICTING_WORDS or token.tag_ in {"JJS", "RBS"}
        or bool(ORDINAL_NUMBER.fullmatch(lower))
    )
    return (word and token.ent_type_ not in {"DATE", "CARDINAL"}) or (
        token.dep_ == "nummod" and token.ent_type_ == "ORDINAL"
    )


def _role_refined(head: Token, mention: Mention, dropped: Collection[int] = ()) -> str:
    """A role noun beside the name refines a vague type: "singer Khalid" is a singer."""
    from questions.nlp import ROLE_NOUNS

    if mention.type not in {"person", "organization", "title", "thing", "product", "venue"}:
        return mention.type
    for token in head.subtree:
        if mention.start <= token.i < mention.end or token.i in dropped:
            continue
        role = ROLE_NOUNS.get(token.lemma_.lower()) or (
            "person" if token.i == head.i and token.lemma_.lower() in KIN_ROLES else None
        )
        if role and (token.dep_ == "poss" or any(c.dep_ == "case" for c in token.children)):
            continue  # "the actors' union SAG-AFTRA": the role word owns, it does not name
        if role and token.pos_ == "NOUN":
            if mention.type == "person" and role in {"person", "song", "album"}:
                continue  # "his daughter Luna" stays a person
            return role
    return mention.type


def extract_clauses(parsed: ParsedArticle, mentions: Mentions) -> list[Clause]:
    from questions.mentions import (
        resolve_of_titles,
        resolve_outlet_descriptors,
        resolve_work_descriptors,
    )

    resolve_of_titles(parsed.doc, mentions)  # "Queen of Tears" labelled in part
    resolve_work_descriptors(parsed.doc, mentions)  # "the film" -> the article's film
    resolve_outlet_descriptors(parsed.doc, mentions)  # "the magazine" -> the one named
    clauses: list[Clause] = []
    previous_context: dict[str, str] = {}
    ents = doc_ents(parsed.doc)  # built afresh from the tokens on each access: read once
    for sent in parsed.doc.sents:
        context = sentence_context(sent, mentions, ents)
        carried = {k: v for k, v in previous_context.items() if k not in context}
        for token in sent:
            if token.tag_ == "NNS" and token.dep_ in SUBJ_DEPS:
                pass  # perhaps a verb the tagger read as a noun: see repair_noun_verb
            elif token.i == sent.start and _fronted_participle(token) is not None:
                pass  # "Developed by A, X sold ...": the parser may make it a subject
            elif token.pos_ not in {"VERB", "AUX"} or token.dep_ not in CLAUSE_DEPS:
                continue
            if token.pos_ == "AUX" and not any(c.dep_ in {"attr", "acomp"} for c in token.children):
                continue
            clause = build_clause(token, sent, mentions)
            if clause is not None:
                chained = chained_clause(clause, sent, mentions)
                if chained is not None:
                    chained.context = {**carried, **context}
                    chained.published = parsed.article.date
                    clauses.append(chained)
            if clause is None and token.tag_ == "NNS":
                clause = repair_noun_verb(token, sent, mentions)
            if clause is not None:
                clause.context = {**carried, **context}
                clause.published = parsed.article.date
                clauses.append(clause)
        previous_context = context
    return clauses


# "went on to win", "returned to lead", "managed to score": the infinitive is what
# happened, in the tense of the verb before it.
CHAIN_VERBS = {"go", "continue", "proceed", "manage", "return", "come", "help"}


def chained_clause(clause: Clause, sent: Span, mentions: Mentions) -> Clause | None:
    """"Harry's House went on to win Album of the Year": a clause of its own, "Harry's
    House won Album of the Year", asked in the first verb's tense."""
    head, verb = clause.verb, clause.xcomp
    if verb is None:  # the parser often reads "went on to win" as an adverbial clause
        verb = next((c for c in head.children if c.dep_ == "advcl" and c.i > head.i and any(
            a.tag_ == "TO" for a in c.children) and not any(
            m.dep_ == "mark" for m in c.children)), None)
    if verb is None or head.lemma_.lower() not in CHAIN_VERBS or clause.auxes:
        return None
    tense = clause.tense or head.tag_
    if tense not in {"VBD", "VBZ"} or verb.tag_ != "VB" or verb.pos_ != "VERB":
        return None
    if head.lemma_.lower() == "go" and (clause.particle is None or clause.particle.lower_ != "on"):
        return None
    if clause.args and head.lemma_.lower() != "help":
        return None  # "returned to Seoul to ...": the first verb says something of its own
    chained = _build_clause(
        verb, sent, mentions, subject_token=clause.subject.head, role="nsubj", tense=tense
    )
    if chained is None:
        return None
    chained.subject = clause.subject
    return chained


def repair_noun_verb(token: Token, sent: Span, mentions: Mentions) -> Clause | None:
    """A known misparse of the small model: in "BTS bumps into Khalid and the septet greets
    him", "BTS bumps" is read as a compound noun subject of "greets". Read it back as a
    present-tense verb when a named subject sits before it, a preposition right after it,
    the word is a verb form, and a coordinated clause follows."""
    from lemminflect import getAllLemmas

    children = list(token.children)
    subject = next((c for c in children if c.dep_ == "compound" and c.i == token.i - 1), None)
    prep = next((c for c in children if c.dep_ == "prep" and c.i == token.i + 1), None)
    if subject is None or prep is None:
        return None
    mention = mentions.covering(subject)
    if mention is None or mention.type not in {"group", "team", "person", "member", "singer",
                                               "player", "actor"}:
        return None
    if not getAllLemmas(token.lower_, upos="VERB") or not token.lower_.endswith("s"):
        return None
    head = token.head
    if head.pos_ not in {"VERB", "AUX"} or not any(c.dep_ == "cc" and c.i < head.i
                                                   for c in head.subtree):
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    if any(c.dep_ == "conj" for c in pobj.children):
        # "into singer Khalid and the septet": the conjunct is the next clause's subject
        pass
    answer = find_answer_single(pobj, mentions)
    args = [Arg("prep", pobj, prep=prep, answer=answer)]
    for child in head.children:
        if child.dep_ == "prep" and child.i < token.i:
            inner = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            if inner is not None:
                args.append(Arg("prep", inner, prep=child))
    clause = Clause(
        verb=token,
        subject=Arg("nsubj", subject, answer=find_answer(subject, mentions)),
        args=args,
        auxes=[],
        particle=None,
        passive=False,
        sent=sent,
        tense="VBZ",
    )
    clause.cut = {c.i for c in pobj.children if c.dep_ in {"cc", "conj"}}
    return clause


def find_answer_single(head: Token, mentions: Mentions) -> Answer | None:
    """find_answer for a phrase whose coordinated tail belongs to another clause."""
    mention = mentions.covering(head)
    if mention is None or mention.type in ANSWER_TYPES_SKIPPED or mention.type == "thing":
        return None
    return Answer(mention.name, _role_refined(head, mention), mention.start, mention.end)


def sentence_context(
    sent: Span, mentions: Mentions, doc_ents: Sequence[Span] | None = None
) -> dict[str, str]:
    """The event, place and time a sentence names. `doc_ents`, when given, is
    `sent.doc.ents` read once by the caller (its entities inside the sentence are then
    `sent.ents`, found the way spaCy finds them)."""
    context: dict[str, str] = {}
    # by position (what `mentions.at` reads of a token): no Token made for each word
    by_start = mentions.by_start
    for i in range(sent.start, sent.end):
        mention = by_start.get(i)
        if mention is None:
            continue
        if mention.type in EVENT_TYPES:
            context.setdefault("event", mention.name)
        elif mention.type in PLACE_TYPES:
            context.setdefault("place", mention.name)
    for ent in sent.ents if doc_ents is None else _ents_within(sent, doc_ents):
        if ent.label_ == "DATE" and ent._.fine_type in TIME_TYPES:
            context.setdefault("time", ent.text)
    return context


def _sent_text(sent: Span) -> str:
    """The sentence's text cut from the doc's, kept once per doc (`Span.text` joins its
    tokens anew on each call)."""
    return doc_text(sent.doc)[sent.start_char : sent.end_char]


def _ents_within(span: Span, doc_ents: Sequence[Span]) -> list[Span]:
    """`span.ents` from the Doc's entities, read as spaCy's `Span.ents` reads them."""
    found = []
    for ent in doc_ents:
        if ent.start >= span.start:
            if ent.end <= span.end:
                found.append(ent)
            else:
                break
    return found


def _descriptor_then_name(first: Token, second: Token) -> bool:
    """Two subjects, a common noun right before a name ("his McLaren teammate Oscar
    Piastri"): the parser split one phrase; the name is the subject, the noun describes it."""
    return (
        first.pos_ == "NOUN"
        and second.pos_ == "PROPN"
        and min(t.i for t in second.subtree) == first.i + 1
    )


@lru_cache(maxsize=4096)
def _noun_only_form(word: str) -> bool:
    """A word form with a noun reading and no verb reading in lemminflect's word lists."""
    from lemminflect import getAllLemmas

    return not getAllLemmas(word, upos="VERB") and bool(getAllLemmas(word, upos="NOUN"))


def _noun_read_as_verb(verb: Token) -> bool:
    """"since the HBO miniseries John Adams": a plural-looking word the tagger read as a
    present-tense verb, which has a noun reading and no verb reading in the English
    word lists (lemminflect), with no subject or a proper noun under a determiner for one
    ("the HBO" is a name used as a modifier, not an agent), is a noun: it makes no clause
    ("Who miniseries John Adams?")."""
    if verb.tag_ not in {"VBZ", "VBP"} or not verb.lower_.endswith("s"):
        return False
    if not _noun_only_form(verb.lower_):
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return not subjects or all(
        s.pos_ == "PROPN" and any(c.dep_ == "det" for c in s.children) for s in subjects
    )


@lru_cache(maxsize=4096)
def _word_readings(word: str) -> tuple[bool, bool]:
    """(has a noun reading, has any common-word reading) in lemminflect's word lists."""
    from lemminflect import getAllLemmas

    noun = bool(getAllLemmas(word, upos="NOUN"))
    return noun, noun or bool(getAllLemmas(word, upos="VERB") or getAllLemmas(word, upos="ADJ"))


def _brand_work_read_as_verb(verb: Token, mentions: Mentions | None = None) -> bool:
    """"since the Netflix hit Stranger Things": "the <name> <work noun> <Title>" is a
    noun phrase naming a work by its maker; the tagger reads "the Netflix" as a subject
    and "hit" as its verb ("What did the Netflix hit in 2017?"). Read so when the verb's
    form is also a noun, its one subject is a single coined name under "the" (a word with
    no common-English reading: Netflix, HBO; "the Heat beat Boston" and "the Rock hit Cena"
    are subjects) and a capitalised title follows the verb at once."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP", "VB"} or not _word_readings(verb.lower_)[0]:
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if subject.pos_ != "PROPN" or subject.tag_ != "NNP" or subject.i != verb.i - 1:
        return False
    if [c.lower_ for c in subject.children] != ["the"]:
        return False
    if _word_readings(subject.lower_)[1] or subject.ent_type_ in {"NORP", "GPE", "PERSON"}:
        return False
    mention = mentions.covering(subject) if mentions is not None else None
    if mention is not None and (mention.type in PERSON_TYPES or mention.type in {
            "group", "team"}):
        return False  # "The Ukrainian beat Tyson Fury": a descriptor for a person
    after = verb.i + 1
    return after < len(verb.doc) and verb.doc[after].text[:1].isupper()


def build_clause(verb: Token, sent: Span, mentions: Mentions) -> Clause | None:
    if _noun_read_as_verb(verb) or _brand_work_read_as_verb(verb, mentions):
        return None
    if _fronted_participle(verb) is not None:
        return fronted_participle_clause(verb, sent, mentions)
    if verb.dep_ == "acl":
        return participle_clause(verb, sent, mentions)
    if verb.dep_ == "relcl" and _when_of_a_day(verb):
        return when_clause(verb, sent, mentions)
    if _trailing_result_participle(verb, mentions) is not None:
        return trailing_participle_clause(verb, sent, mentions)
    if verb.dep_ == "relcl":
        return relative_clause(verb, sent, mentions)
    return _build_clause(verb, sent, mentions)


# Verbs of a result in a contest, said as a participle after the main clause ("won the
# title on Sunday, beating France 34-29 in the final"): the winner of the main clause did it.
RESULT_PARTICIPLES = {"beat", "defeat", "edge", "overcome", "outscore", "outlast", "clinch",
                      "seal", "equal", "break", "set", "score"}


WINNING_VERBS = {"win", "claim", "take", "clinch", "seal", "retain", "defend", "lift"}


def _trailing_result_participle(verb: Token, mentions: Mentions) -> Token | None:
    """"Denmark won the title on Sunday, beating France in the final": a present participle
    after a comma, with no subject, mark or auxiliary of its own, hung on a finite past
    verb whose subject is a named team or person: the subject of the main verb is the
    participle's too (the main verb's tense). Returns that subject, or None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in RESULT_PARTICIPLES:
        return None
    if verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in SUBJ_DEPS | {"mark", "aux", "auxpass", "neg"} for c in verb.children):
        return None
    head = verb.head
    if head.i > verb.i or head.tag_ != "VBD" or head.dep_ != "ROOT":
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return None
    mention = mentions.covering(subjects[0])
    if mention is None or subjects[0].pos_ != "PROPN" or mention.type not in {
        "team", "person", "group", "country", "place", "player", "driver",
    }:
        return None
    return subjects[0]


def trailing_participle_clause(verb: Token, sent: Span, mentions: Mentions) -> Clause | None:
    """The clause of `_trailing_result_participle`, said in the main verb's tense."""
    subject_token = _trailing_result_participle(verb, mentions)
    if subject_token is None:
        return None
    clause = _build_clause(verb, sent, mentions, subject_token=subject_token, role="nsubj",
                           tense="VBD")
    if clause is None:
        return None
    if verb.head.lemma_.lower() in WINNING_VERBS:
        # "Sheffield won the Regatta, beating Oxford": the main clause already asks who
        # won; the participle asks the rest (whom, where), not the winner a second time
        clause.subject = Arg(clause.subject.role, clause.subject.head, clause.subject.prep,
                             None, clause.subject.own_cut, clause.subject.order)
    return clause


def _when_of_a_day(verb: Token) -> bool:
    """"on Tuesday, when a runner beat ...": a "when" clause with its own subject hung on
    a time phrase (a day or date, after a preposition and a comma) tells what happened
    then; it is no relative clause on a name."""
    day = verb.head
    return (
        any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < verb.i for c in verb.children)
        and any(c.dep_ in SUBJ_DEPS and c.tag_ not in {"WP", "WDT"} for c in verb.children)
        and day.ent_type_ == "DATE" and day.dep_ == "pobj" and day.head.dep_ == "prep"
        # a point in time, not a span from it ("since 1965, when ..." tells of 1965)
        and day.head.lower_ in {"on", "in", "at", "during"}
        and day.i + 1 < verb.i and day.doc[day.i + 1].text == ","
    )


def when_clause(verb: Token, sent: Span, mentions: Mentions) -> Clause | None:
    """The clause of `_when_of_a_day`, with the time it hangs on as its own ("a runner
    called Kestrel beat X on Tuesday")."""
    clause = _build_clause(verb, sent, mentions)
    if clause is None:
        return None
    day = verb.head
    clause.args.append(Arg("prep", day, prep=day.head, own_cut=frozenset({verb.i})))
    return clause


def _named_antecedent(verb: Token, mentions: Mentions, work: bool = False) -> Token | None:
    """The name a relative or participial clause is set off from by a comma ("Kendall,
    played by ...", "Cillian Murphy, who plays ..."), or None. `work`: a descriptor
    standing for the article's work ("The game, developed by ...") counts as its name."""
    head = verb.head
    first = min(t.i for t in verb.subtree)
    if first == 0 or head.doc[first - 1].text != "," or head.i > verb.i:
        return None
    mention = mentions.covering(head)
    if mention is None or mention.type in ANSWER_TYPES_SKIPPED:
        return None
    if head.pos_ != "PROPN" and not (work and mention.anchored and mention.start < head.i):
        return None
    return head


def _asides(head: Token, mentions: Mentions) -> frozenset[int]:
    """Relative and participial clauses set off by a comma after a name ("to Salah, who
    finished calmly"): asides, left out of the phrase (they are clauses of their own)."""
    return frozenset(
        c.i for c in head.children
        if (c.dep_ in {"relcl", "acl"} and _named_antecedent(c, mentions) is not None)
        or _long_apposition(c, mentions)
    )


# An apposition headed by one of these comments on the whole sentence, not on the name.
APPOSED_TIMES = {"time", "moment", "occasion", "instance", "year", "day", "night", "week",
                 "month", "season", "decade", "first", "feat", "record", "result"}


def _long_apposition(token: Token, mentions: Mentions) -> bool:
    """"by Ana Ruiz, the coach who took Spain to two titles": an apposition set off by a
    comma after a name that says more than a role (a clause or a phrase of its own) is an
    aside about the name, not part of it; the name alone fills the slot."""
    head = token.head
    if token.dep_ != "appos" or token.pos_ != "NOUN" or token.i < head.i:
        return False
    first = min(t.i for t in token.subtree)
    if first == 0 or token.doc[first - 1].text != ",":
        return False
    mention = mentions.covering(head)
    if mention is None or head.pos_ != "PROPN" or mention.type in ANSWER_TYPES_SKIPPED:
        return False
    if sum(c.dep_ == "appos" for c in head.children) > 1:
        return False  # 'Love Songs, a compilation of ..., "Nuclear"': a misread list
    if token.lemma_.lower() in APPOSED_TIMES:
        return False  # "named MVP, the second time he has won it": about the sentence
    return any(c.dep_ in {"relcl", "acl", "prep"} for c in token.children)


def relative_clause(verb: Token, sent: Span, mentions: Mentions) -> Clause | None:
    """"Cillian Murphy, who plays the physicist J. Robert Oppenheimer, arrived ...": the
    relative clause is a clause whose subject is the name it is set off from."""
    antecedent = _named_antecedent(verb, mentions)
    pronoun = next((c for c in verb.children if c.dep_ in SUBJ_DEPS), None)
    if antecedent is None or pronoun is None or pronoun.lower_ not in RELATIVE_SUBJECTS:
        return None
    if pronoun.lower_ == "which" and mentions.covering(antecedent).type in PERSON_TYPES:
        return None  # a "which" after a person's name is about something else
    if antecedent.dep_ == "conj" or any(c.dep_ == "conj" for c in antecedent.children):
        return None  # '"Lose My Breath" and "Soldier", which reached ...': both did
    clause = _build_clause(verb, sent, mentions, subject_token=antecedent, role=pronoun.dep_)
    if clause is None or clause.subject.answer is None:
        return None  # the antecedent must be one clean name: it is the question's subject
    return clause


def participle_clause(verb: Token, sent: Span, mentions: Mentions) -> Clause | None:
    """"Kendall, played by Jeremy Strong, believed ...": a passive participle with an
    agent, set off after a name, read actively: "Jeremy Strong played Kendall"."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"neg", "nsubj", "nsubjpass"} for c in verb.children):
        return None
    making = verb.lemma_.lower() in MAKING_VERBS
    antecedent = _named_antecedent(verb, mentions, work=making)
    after = max(t.i for t in verb.subtree) + 1
    if antecedent is None or antecedent.dep_ not in SUBJ_DEPS or (
        after >= len(verb.doc) or verb.doc[after].text != ","
    ):
        return None  # only "Kendall, played by Jeremy Strong, believed ...": set off on
        # both sides of a subject, where the parser's attachment is reliable
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if antecedent is None or pobj is None or any(c.dep_ == "conj" for c in pobj.children):
        return None
    if any(c.dep_ in {"dobj", "oprd", "attr", "ccomp", "xcomp"} for c in verb.children):
        return None
    subject = Arg("nsubj", pobj, answer=find_answer(pobj, mentions))
    # "What did Game Freak develop?" has as many answers as the studio has games
    obj = Arg("dobj", antecedent,
              answer=None if making else find_answer(
                  antecedent, mentions, cut={verb.i}, object_of=verb),
              own_cut=frozenset({verb.i}))
    args = [obj]
    for child in verb.children:
        if child.dep_ == "prep":
            inner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if inner is not None:
                args.append(Arg("prep", inner, prep=child, answer=find_answer(inner, mentions)))
    clause = Clause(
        verb=verb, subject=subject, args=args, auxes=[], particle=None, passive=False,
        sent=sent, tense="VBD",  # "X, played by Y": Y played X, whatever the sentence's tense
    )
    return clause


# Verbs of making: the agent of "Developed by X, the game ..." is who made the thing, a
# fair answer. Verbs of saying or feeling ("Asked about ...", "Surprised by ...") are not.
MAKING_VERBS = {"develop", "co-develop", "publish", "direct", "co-direct", "produce",
                "co-produce", "write", "co-write", "pen", "compose", "design", "found",
                "co-found", "create", "co-create", "build", "choreograph", "release",
                "distribute", "invent", "establish", "construct", "illustrate", "animate",
                "engineer", "arrange", "helm", "paint", "sculpt", "devise", "record",
                "draw"}  # "Written and drawn by X": a comic's artist made it


# Verbs that make a thing only when the thing is a work: a band "released by" a label
# was let go.
RELEASING_VERBS = {"release", "distribute", "publish", "record"}
RELEASED_TYPES = {"song", "album", "title", "film", "show", "game", "book"}


MISREAD_SUBJECT_DEPS = {"dep", "prep", "npadvmod", "appos"}


def _fronted_participle(verb: Token) -> tuple[Token, Token] | None:
    """(main verb, its subject) of a sentence that opens on a passive participle clause
    ("Developed by A and published by B, the game sold ..."), for the participle or a
    participle coordinated with it; None otherwise."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in MAKING_VERBS:
        return None
    first = verb
    if verb.dep_ == "conj":
        first = verb.head
        if first.tag_ != "VBN" or first.lemma_.lower() not in MAKING_VERBS:
            return None
    sent = first.sent
    if first.i != sent.start or first.dep_ not in {"advcl", "nsubj", "csubj"}:
        return None
    main = first.head
    if main.i < first.i or main.pos_ not in {"VERB", "AUX"} or (
        first.dep_ != "advcl" and main.dep_ != "ROOT"
    ):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl"}
           for v in {first, verb} for c in v.children):
        return None  # "When the album was released in May, ...": a clause of its own
    # the participles' phrases end at a comma
    phrases = [t for v in (first, *(c for c in first.children if c.dep_ == "conj"))
               for c in v.children if c.dep_ in {"agent", "prep", "cc", "conj"}
               for t in c.subtree]
    # (the comma itself is no part of them, though the parser may hang it on the agent)
    end = max((t.i for t in phrases if t.text != ","), default=first.i) + 1
    doc = verb.doc
    if end >= len(doc) or doc[end].text != ",":
        return None  # set off by a comma from the main clause
    subjects = [c for c in main.children if c.dep_ in SUBJ_DEPS and c.i != first.i]
    if first.dep_ == "advcl" and len(subjects) == 1 and subjects[0].i > end:
        return main, subjects[0]
    # '"Developed by A, "Ember Quest" sold ...': the small model hangs a quoted title
    # right after the comma on the participle; the words say it is the main subject
    at = end + 1
    if at < len(doc) and doc[at].text in QUOTE_MARKS:
        at += 1
    if at >= len(doc) or subjects or not doc[at].text[:1].isupper():
        return None
    after = at + 1
    if after < len(doc) and doc[after].text in QUOTE_MARKS:
        after += 1
    if after != main.i or main.dep_ != "ROOT" or doc[at].dep_ not in MISREAD_SUBJECT_DEPS:
        return None
    return main, doc[at]


def _starts_inside_a_name(head: Token) -> bool:
    """The phrase headed by `head` begins inside a named entity whose first words the
    parser put elsewhere ("Pike" of "Pike Gaming" read as an interjection): said alone,
    the phrase is half a name."""
    first = head.doc[min(t.i for t in head.subtree)]
    if first.ent_iob_ != "I" or first.i == 0:
        return False
    before = first.doc[first.i - 1]
    return before.ent_iob_ in {"B", "I"} and before.ent_type_ == first.ent_type_ and (
        before.is_alpha and before.text[:1].isupper()
    )


def _title_before_subject(subject: Token, verb: Token) -> Token | None:
    """'"Blue Harbour", the story of a girl from Chile, was published in 2015': the small
    model hangs the quoted title that opens the sentence on the verb (an interjection or
    an adverb) and reads its apposition as the subject; asked so, the question names the
    description and not the work ("In which year was the story of a girl from Chile
    published?"). The title is the subject."""
    doc = verb.doc
    start = min(t.i for t in subject.subtree)
    sent = subject.sent
    if start < sent.start + 4 or doc[start - 1].text != "," or subject.pos_ != "NOUN":
        return None
    close, title, open_ = doc[start - 2], doc[start - 3], doc[start - 4]
    if close.text not in QUOTE_MARKS or open_.text not in QUOTE_MARKS or open_.i != sent.start:
        return None
    if title.head.i != verb.i or title.dep_ in SUBJ_DEPS or not title.text[:1].isupper():
        return None
    return title


def _agent_of(verb: Token) -> Token | None:
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


def fronted_participle_clause(verb: Token, sent: Span, mentions: Mentions) -> Clause | None:
    """"Developed by Hollow Lantern, Ember Quest sold ...": the participle's implied
    subject is the main clause's subject; read actively, "Hollow Lantern developed Ember
    Quest", when that subject is a name (or a descriptor standing for the article's work)
    and the agent is one name. "Written and produced by X": both verbs share the agent."""
    found = _fronted_participle(verb)
    if found is None:
        return None
    _, subject_token = found
    children = list(verb.children)
    if any(c.dep_ in {"neg", "nsubj", "nsubjpass", "dobj", "oprd", "attr", "ccomp", "xcomp",
                      "advmod", "prt"} for c in children):
        return None  # "Written off by critics, ...": another verb
    mention = mentions.covering(subject_token)
    if mention is None or mention.type in ANSWER_TYPES_SKIPPED or mention.type in PERSON_TYPES:
        return None
    if verb.lemma_.lower() in RELEASING_VERBS and mention.type not in RELEASED_TYPES:
        return None  # "Released by Columbia, the band ...": let go, not put out
    titled = mention.type in RELEASED_TYPES and mention.start == subject_token.i  # "Silver Tide"
    if subject_token.pos_ != "PROPN" and not mention.anchored and not titled:
        return None  # "the twin games": a name only when it stands for the article's work
    if any(c.dep_ == "conj" for c in subject_token.children):
        return None  # "A and B, ..."
    if find_answer(subject_token, mentions) is None and not mention.anchored and not titled:
        return None
    pobj = _agent_of(verb)
    if pobj is None and not any(c.dep_ == "prep" for c in children):
        # "Written and produced by X": the agent after the last conjunct is everyone's
        conjuncts = [c for c in children if c.dep_ == "conj" and c.tag_ == "VBN"]
        if len(conjuncts) == 1 and conjuncts[0].lemma_.lower() in MAKING_VERBS and [
            t.lower_ for t in verb.doc[verb.i + 1 : conjuncts[0].i]
        ] == ["and"]:
            pobj = _agent_of(conjuncts[0])
    agent = None
    if pobj is not None and not any(c.dep_ == "conj" for c in pobj.children):
        agent = find_answer(pobj, mentions)
    if agent is not None and agent.type == "thing":
        # a maker is a person or an organisation; "What founded ...?" is no question
        fine = {"PERSON": "person", "ORG": "organization"}.get(pobj.ent_type_)
        agent = Answer(agent.text, fine, agent.start, agent.end) if fine else None
    if agent is not None and (agent.type in {"count", "money", "year", "date", "position"} or (
        pobj.ent_type_ in {"DATE", "CARDINAL", "MONEY", "GPE", "LOC", "NORP"}
    )):
        agent = None  # "by two brothers": no maker named
    if agent is None or pobj is None:
        return _dated_participle(verb, subject_token, sent, mentions)
    # The work is not asked: "What did Game Freak develop?" has as many answers as the
    # studio has games. It is said right after the agent ("A founded X in 2004").
    args = [Arg("dobj", subject_token, answer=None, order=max(t.i for t in pobj.subtree))]
    for child in children:
        if child.dep_ == "prep":
            inner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if inner is not None:
                answer = find_answer(inner, mentions)
                if answer is not None and answer.type == "date" and not re.search(
                    r"\b\d{4}\b", answer.text
                ):
                    answer = None  # "on March 3" of which year? said, not asked
                args.append(Arg("prep", inner, prep=child, answer=answer))
    return Clause(
        verb=verb, subject=Arg("nsubj", pobj, answer=agent), args=args, auxes=[],
        particle=None, passive=False, sent=sent, tense="VBD",
    )


@dataclass(frozen=True)
class SaidAux:
    """An auxiliary the sentence leaves unsaid: "Released in 2019, the album ..." is
    asked as "... was released in 2019"."""
    text: str
    tag_: str
    i: int

    @property
    def lower_(self) -> str:
        return self.text.lower()

    @property
    def lemma_(self) -> str:
        return "be"


def _dated_participle(
    verb: Token, subject_token: Token, sent: Span, mentions: Mentions
) -> Clause | None:
    """"Released in 2019, the album ...", "Founded in 1998 by two brothers, the club ...":
    with no name for the maker, the participle still dates the subject: "<subject> was
    released in 2019". Only the date is kept."""
    if verb.dep_ == "conj":
        return None  # "Developed by A and released in 2019": whose date? kept simple
    args = []
    if any(c.dep_ in {"prep", "conj"} and c.lower_ not in {"in", "on"} for c in verb.children):
        return None  # "Released in Japan in 2021 and worldwide in 2022": the year of what?
    for child in verb.children:
        if child.dep_ != "prep":
            continue
        inner = next((c for c in child.children if c.dep_ == "pobj"), None)
        answer = find_answer(inner, mentions) if inner is not None else None
        if answer is not None and answer.type == "year":  # "March 3" alone: which year?
            args.append(Arg("prep", inner, prep=child, answer=answer))
    if len(args) != 1 or sum(c.dep_ == "prep" for c in verb.children) != 1:
        return None  # "in Japan in 2021": only the year said
    return Clause(
        verb=verb, subject=Arg("nsubjpass", subject_token, answer=None), args=args,
        auxes=[SaidAux("was", "VBD", verb.i)], particle=None, passive=True, sent=sent,
    )


def _whose_phrase(token: Token) -> bool:
    """A "whose <noun>" phrase: the subject of a relative clause about the noun, which
    belongs to the name before it."""
    return any(t.tag_ == "WP$" or t.lower_ == "whose" for t in token.subtree)


def _build_clause(
    verb: Token,
    sent: Span,
    mentions: Mentions,
    subject_token: Token | None = None,
    role: str | None = None,
    tense: str | None = None,
) -> Clause | None:
    """`tense`: the tense of a chained infinitive ("went on to win"), which has none."""
    chained = tense is not None
    children = list(verb.children)
    if any(c.dep_ in {"neg", "ccomp", "csubj"} for c in children):
        return None  # negated, or the predicate is a clause we do not render
    relative = subject_token is not None
    if any(c.tag_ in {"WP", "WDT", "WP$"} and c.dep_ in {"dobj", "attr", "pobj"} for c in children):
        return None  # "who Matsson picked": an indirect question, not a statement
    auxes = sorted(
        (c for c in children if c.dep_ in {"aux", "auxpass"} and c.tag_ != "TO"),
        key=lambda t: t.i,
    )  # "cause Link to throw the rock": an infinitive's "to" is no tense
    if any(a.lower_ in MODALS for a in auxes):
        return None
    if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in children):
        return None
    shared = _shared_passive(verb, children) if not auxes and not chained else []
    if shared:
        auxes = shared  # "was developed by A and published by B": "was published by B"
    if chained:
        pass
    elif verb.tag_ == "VBN" and not auxes and verb.dep_ in {"ROOT", "conj"} and any(
        c.dep_ == "nsubj" for c in children
    ):
        tense = "VBD"  # "X launched on ...": a past verb the tagger read as a participle
    elif verb.tag_ in {"VBG", "VB", "VBN"} and not auxes:
        return None  # participial or bare verb without a finite auxiliary: no tense
    if any(c.dep_ in SUBJ_DEPS and _whose_phrase(c) for c in children):
        return None  # "Tom Baker, whose film won three awards": the film won, and the
        # parser may hang the name before it on the verb as a second subject
    if subject_token is None:
        subjects = [c for c in children if c.dep_ in SUBJ_DEPS]
        subject_token = subjects[0] if subjects else None
        if len(subjects) == 2 and _descriptor_then_name(*subjects):
            subject_token = subjects[1]  # "his teammate Oscar Piastri finished": the name
    if subject_token is None and verb.dep_ == "conj":
        head = verb.head
        if head.dep_ in {"ccomp", "xcomp", "advcl", "relcl", "acl"}:
            return None  # "felt the atmosphere was superior, and regarded ...": whose verb?
        subject_token = next((c for c in head.children if c.dep_ in SUBJ_DEPS), None)
        if _name_before_conjunct(verb):
            return None  # "A was named best player and B of Japan won ...": B's verb
        if _aside_closed_name_before(verb):
            return None  # "A is X, and B, who played Y, brings ...": B's verb
        if not auxes:
            auxes = []
    if subject_token is None or (subject_token.i > verb.i and verb.dep_ != "ROOT"):
        return None
    if not relative and (subject_token.tag_ in {"WP", "WDT", "EX"} or any(
        t.tag_ in {"WP", "WP$", "WDT"} for t in subject_token.subtree
    )):
        return None
    passive = bool(shared) or any(c.dep_ in {"auxpass", "nsubjpass"} for c in children)
    if passive and _fronted_opponent(children, subject_token):
        return None  # "Against X, Y was driven out": no clean question
    title = _title_before_subject(subject_token, verb)
    if title is not None:
        role = role or subject_token.dep_
        subject_token = title
    cut = {verb.i} if relative else set()  # the subject without its relative clause
    cut |= _subject_asides(subject_token, verb, mentions)
    subject = Arg(
        role or subject_token.dep_,
        subject_token,
        answer=find_answer(subject_token, mentions, cut=cut),
        own_cut=frozenset(cut),
    )
    args: list[Arg] = []
    particle = next((c for c in children if c.dep_ == "prt"), None)
    if particle is not None and any(c.dep_ == "pobj" for c in particle.children):
        return None  # "hit two sixes off the last over": a preposition read as a particle
        # with its object still under it; said as a particle ("hit off ... over") the
        # phrase is torn apart, and its true parse is not known
    if particle is None:
        # "steps in as the Doctor": "in" read as a preposition with no object, right
        # after the verb; it is the verb's particle (left out, "steps as the Doctor")
        particle = next((c for c in children if c.dep_ == "prep" and c.i == verb.i + 1
                         and c.lower_ in STRANDED_PARTICLES and not any(c.children)), None)
    xcomp = next((c for c in children if c.dep_ == "xcomp"), None)
    if _raising_split(verb, xcomp, children):
        return None  # "appeared out of nowhere to hit X" is not "appeared to hit X"
    extras: list[Token] = []
    if any(c.dep_ in {"advmod", "neg"} and c.lower_ in NEGATIVE_ADVERBS for c in children):
        return None  # "Jordan Pickford was rarely troubled": not a fact to ask
    if _degree_participle(verb, children):
        return None  # "was best known for X": said after the verb it garbles ("known best")
    if _objectless_leaving(verb, children):
        return None  # "after Delia Moss left in 2019": left what? (the show, a role, a club)
    if _place_descriptor(subject_token, mentions):
        return None  # "The Texas studio had been formed in 2006": which studio?
    for child in children:
        if relative and child.dep_ in SUBJ_DEPS:
            continue  # the relative pronoun: the antecedent is the subject
        if chained and child.dep_ == "aux" and child.tag_ == "TO":
            continue
        if _finishing_position(verb, child):
            answer = Answer(child.text, "position", child.i, child.i + 1)
            args.append(Arg("position", child, answer=answer))
            continue  # "Oscar Piastri finished third": a result to ask about
        if child.dep_ in EXTRA_DEPS and _in_name_of(child, mentions.covering(subject_token)):
            continue  # "Arman" + "Tsarukyan" (advmod): the rest of the subject's name
        if child.dep_ in EXTRA_DEPS and _keep_modifier(child):
            extras.append(child)
        if child.dep_ == "attr" and not _determined(child):
            return None  # "was fun-filled affair": the sentence is not well formed
        dep = child.dep_
        if _second_subject_after(verb, child, subject_token):
            dep = "dobj"  # '"X" won Game of the Year at ...': the model made it a subject
        if dep in ARG_DEPS and child.pos_ == "NOUN" and any(
            c.dep_ == "conj" and c.pos_ == "PROPN" for c in child.children
        ) and not _elided_possessive(child):
            return None  # "named the best player and Linda Caicedo": a misread coordination
        if dep in ARG_DEPS and _starts_inside_a_name(child):
            return None  # "beat Pike Gaming 4-1" with "Pike" hung on the verb: the object
            # would be said "Gaming 4-1", half a name
        if dep in ARG_DEPS:
            aside = _asides(child, mentions)
            args.append(Arg(dep, child, answer=find_answer(child, mentions, cut=aside),
                            own_cut=aside))
        elif child.dep_ in {"prep", "agent"}:
            if _age_aside(verb, child, subject_token):
                continue  # "Reid, at 35 still the go-to man, buried ...": an aside
            pobj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            if pobj is None and _as_of_date(child):
                extras.append(child)  # "had sold 5 million as of March 2011": when it held
                continue
            if pobj is None:
                continue
            if pobj.lemma_.lower() == "do" and pobj.i + 1 < len(verb.doc) and (
                verb.doc[pobj.i + 1].lower_ == "so"
            ):
                continue  # "and in doing so became ...": an aside ("so" hangs elsewhere)
            adjacent = child.i == verb.i + 1 or (particle is not None and child.i == particle.i + 1)
            aside = _asides(pobj, mentions)
            answer = (
                find_answer(pobj, mentions, counts=adjacent, cut=aside)
                if pobj.dep_ == "pobj" else None
            )
            args.append(Arg(child.dep_, pobj, prep=child, answer=answer, own_cut=aside))
    shared_agent = _shared_agent(verb, children) if passive else None
    if shared_agent is not None:  # "was written and directed by X": written by X too
        args.append(Arg("agent", shared_agent, prep=shared_agent.head,
                        answer=find_answer(shared_agent, mentions)))
    # (no ";" in the sentence's text: no ";" token either, and no walk over its words)
    semicolon = next((t.i for t in sent if t.text == ";" and t.i > verb.i), None) if (
        ";" in _sent_text(sent)
    ) else None
    if semicolon is not None:  # "on March 4; in Australia on March 5": another item
        args = [a for a in args if a.first < semicolon]
    objects = [a for a in args if a.role == "dobj"]
    if len(objects) == 2 and verb.doc[objects[1].first - 1].text == ",":
        args.remove(objects[1])  # "samples “La Campanella”, the famous violin piece": an
        # apposition the parser read as a second object
    return Clause(
        verb=verb,
        subject=subject,
        args=args,
        auxes=auxes,
        particle=particle,
        passive=passive,
        sent=sent,
        xcomp=xcomp,
        extras=extras,
        tense=tense,
    )


def _age_aside(verb: Token, prep: Token, subject: Token) -> bool:
    """"Mary Kent, at 34 still the side's top scorer, scored ...", "Tom Hale, in his
    last game for the club, scored ...": a prepositional phrase set off by commas between
    the subject and its verb is an aside (the subject's age, often with whatever the
    writer hung on it). Moved after the verb it is spliced between the verb and its
    object ("who scored at 34 the side's top scorer a goal?"): it is left out."""
    doc = verb.doc
    first, last = prep.left_edge.i, prep.right_edge.i
    if not subject.right_edge.i < first <= last < verb.i:
        return False
    return doc[first - 1].text == "," and doc[last + 1].text == ","


def _age_phrase(token: Token) -> bool:
    """"35", "aged 35", "at 35", "at 35 still the Cats' go-to man": the phrase gives an
    age (a number first, or "aged"/"at" and a number)."""
    doc = token.doc
    first = token.left_edge
    if first.like_num and first.i == token.i:
        return True
    if first.lower_ in {"aged", "at"} and first.i + 1 < len(doc) and doc[first.i + 1].like_num:
        return True
    return any(c.dep_ == "prep" and _age_phrase(c) for c in token.children if c.i == first.i)


def _subject_asides(subject: Token, verb: Token, mentions: Mentions) -> set[int]:
    """"JP Walsh, at 35 still the Cats' go-to man, buried ...", "Mark Doyle, aged 36,
    scored ...": an age (with whatever the writer hung on it) set off by commas between
    a name and its verb is an aside about the person. Kept in the question it comes out
    torn (the renderer drops its adverbs and its closing comma): the name alone is the
    subject."""
    if subject.pos_ != "PROPN" or subject.i > verb.i:
        return set()
    doc = verb.doc
    out: set[int] = set()
    for child in subject.children:
        first, last = child.left_edge.i, child.right_edge.i
        if not subject.i < first or last >= verb.i or doc[first - 1].text != ",":
            continue
        if doc[last + 1].text == "," and _age_phrase(child):
            out.add(child.i)
    return out


def _elided_possessive(noun: Token) -> bool:
    """"won both the men's and the women's Boat Race": the first possessive's noun is left
    out (said once, after the second); the parser makes "men" the object and the name its
    conjunct, which is no misread list of a role and a name."""
    return any(c.dep_ == "case" and c.lower_ in {"'s", "’s", "'", "’"} for c in noun.children)


def _shared_passive(verb: Token, children: list[Token]) -> list[Token]:
    """"The album was produced by A and mixed by B": a passive participle coordinated
    with a passive verb, with an agent of its own and no subject or auxiliary, shares
    the first verb's auxiliaries; [] otherwise."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or head.tag_ != "VBN" or head.i > verb.i:
        return []
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "dobj"} for c in children):
        return []
    if not any(c.dep_ in {"agent", "prep"} for c in children):
        return []  # "and released in 2022", "and mixed by B"
    head_children = list(head.children)
    if not any(c.dep_ == "auxpass" for c in head_children) or not any(
        c.dep_ == "nsubjpass" for c in head_children
    ):
        return []
    between = [t for t in verb.doc[head.i + 1 : verb.i] if t.dep_ in {"cc", "punct"}
               and t.head.i == head.i]
    if not any(t.lower_ == "and" for t in between):
        return []
    return sorted((c for c in head_children if c.dep_ in {"aux", "auxpass"} and c.tag_ != "TO"),
                  key=lambda t: t.i)


def _shared_agent(verb: Token, children: list[Token]) -> Token | None:
    """"The film was written and directed by X": a passive making verb with no agent of
    its own, followed at once by "and" and a making participle with one, shares it (the
    agent's noun); None otherwise. Only making verbs: "was born and raised by his
    grandmother" was not born by her."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in MAKING_VERBS:
        return None
    if any(c.dep_ in {"agent", "prep", "dobj"} for c in children):
        return None
    conjuncts = [c for c in children if c.dep_ == "conj"]
    if len(conjuncts) != 1:
        return None
    conj = conjuncts[0]
    if conj.tag_ != "VBN" or conj.lemma_.lower() not in MAKING_VERBS:
        return None
    if [t.lower_ for t in verb.doc[verb.i + 1 : conj.i]] != ["and"]:
        return None
    pobj = _agent_of(conj)
    if pobj is None or any(c.dep_ == "conj" for c in pobj.children):
        return None
    return pobj


def _name_before_conjunct(verb: Token) -> bool:
    """A proper noun between a conjoined verb and the "and" before it: the model hung the
    verb's own subject on the first clause ("Aitana Bonmatí was named the best player and
    Hinata Miyazawa of Japan won the Golden Boot": "won" would borrow Bonmatí)."""
    doc = verb.doc
    i = verb.i - 1
    while i > verb.head.i and doc[i].lower_ not in {"and", "but", ",", ";"}:
        if doc[i].pos_ == "PROPN" or (doc[i].pos_ == "PRON" and doc[i].dep_ != "advmod"):
            return True
        i -= 1
    return False


def _aside_closed_name_before(verb: Token) -> bool:
    """A name after "and" whose aside closes with a comma right before a conjoined verb
    ("Rae is a fierce Queen, and Tom Lee, who played Hamlet in Leeds, brings warmth to the
    ballad"): the model hangs the name on the first clause as a conjunct of its object, and
    the verb would borrow the first clause's subject ("Who brings warmth ...?" -> Rae),
    while the name with its aside is the verb's own subject."""
    doc = verb.doc
    for token in doc[verb.head.i + 1 : verb.i]:
        if token.pos_ != "PROPN" or token.dep_ != "conj":
            continue
        if not any(c.dep_ in {"relcl", "appos", "acl"} for c in token.children):
            continue
        if token.right_edge.i + 1 != verb.i or doc[verb.i - 1].text != ",":
            continue
        if doc[token.left_edge.i - 1].lower_ in {"and", "but"} or (
            doc[token.left_edge.i - 1].text == ","
        ):
            return True
    return False


def _second_subject_after(verb: Token, child: Token, subject: Token) -> bool:
    """A second nominal subject after an active verb whose subject comes before it: the
    small model's misreading of an object it took for a name ('"Baldur's Gate 3" won Game
    of the Year at ...' had "Game" as a second subject, and the question lost its object)."""
    return (
        child.dep_ == "nsubj"
        and child is not subject
        and child.i > verb.i
        and subject.i < verb.i
        and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    )


# "rarely troubled", "barely survived": close to a negation, no fact to ask about.
NEGATIVE_ADVERBS = {"rarely", "seldom", "hardly", "barely", "scarcely", "never", "nearly",
                    "almost"}
EXTRA_DEPS = {"npadvmod", "advmod", "advcl"}  # "oprd" is an argument (ARG_DEPS)
DROPPED_MARKS = {"as", "since", "because", "so", "although", "though", "while", "whereas"}


# "was best known for X", "the most loved of": a superlative or comparative adverb right
# before a participle makes one phrase with it ("best known"); the question says modifiers
# after the verb ("known best for"), which garbles it, and "best known for" is a judgement
# with more than one fair answer anyway.
DEGREE_TAGS = {"RBS", "RBR"}


def _degree_participle(verb: Token, children: list[Token]) -> bool:
    return verb.tag_ == "VBN" and any(
        c.dep_ == "advmod" and c.tag_ in DEGREE_TAGS and c.i == verb.i - 1 for c in children
    )


# "The Texas studio had been formed in 2006", "the Ohio club": a definite common noun named
# by its place stands for a name said earlier; left unresolved, the question asks about "the
# Texas studio", which a player without the article cannot tell.
def _place_descriptor(subject: Token, mentions: Mentions) -> bool:
    if subject.pos_ != "NOUN" or subject.tag_ not in {"NN", "NNS"}:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False
    if not any(c.dep_ in {"compound", "amod"} and c.ent_type_ in {"GPE", "LOC"}
               for c in subject.children):
        return False
    mention = mentions.covering(subject)
    return mention is None or mention.start > subject.i or mention.end <= subject.i


# "after Delia Moss left in 2019": leaving with no object says neither what was left (a
# show, a band, a club) nor where to; the question "In which year did Delia Moss leave?"
# has no context. Only when every phrase on the verb is a time ("in 2019", "on Monday").
LEAVING_VERBS = {"leave", "quit", "depart"}


def _objectless_leaving(verb: Token, children: list[Token]) -> bool:
    if verb.lemma_.lower() not in LEAVING_VERBS:
        return False
    if any(c.dep_ in {"dobj", "prt", "xcomp", "ccomp", "auxpass", "nsubjpass"} for c in children):
        return False
    for child in children:
        if child.dep_ not in {"prep", "npadvmod"}:
            continue
        objects = [c for c in child.children if c.dep_ == "pobj"] or [child]
        if any(o.ent_type_ not in {"DATE", "TIME"} for o in objects):
            return False  # "left for Madrid", "left after the final": says more
    return True


# "finished third", "came home fourth", "placed second": a finishing position.
FINISH_VERBS = {"finish", "come", "place", "end"}


def _finishing_position(verb: Token, child: Token) -> bool:
    return (
        verb.lemma_.lower() in FINISH_VERBS
        and child.dep_ in {"advmod", "acomp", "oprd", "npadvmod", "dobj"}
        and child.ent_type_ == "ORDINAL"
        and (child.lower_ in ORDINAL_WORDS or ORDINAL_NUMBER.fullmatch(child.lower_))
        and not list(child.children)
    )


# Raising verbs: "appeared to hit" says it only looked so; "appeared out of nowhere to
# hit" says he came, to hit. The question drops the phrase between and the meaning turns.
RAISING_VERBS = {"appear", "seem"}


def _raising_split(verb: Token, xcomp: Token | None, children: list[Token]) -> bool:
    return (
        xcomp is not None
        and verb.lemma_.lower() in RAISING_VERBS
        and any(
            verb.i < c.i < xcomp.i and c.dep_ in {"prep", "advmod", "npadvmod", "advcl"}
            for c in children
        )
    )


def _in_name_of(token: Token, name: Mention | None) -> bool:
    """The token lies inside the subject's name (the model hung the name's last word on
    the verb: "Arman Tsarukyan edged ..." read "Tsarukyan" as an adverb, and the question
    said the name twice)."""
    return name is not None and name.start <= token.i < name.end


def _keep_modifier(token: Token) -> bool:
    """Modifiers that change what the clause says stay in the question; asides go."""
    from questions.render import ADVERBS_DROPPED

    if token.dep_ == "advmod":
        if token.lower_.endswith("ly") and token.pos_ == "ADV":
            return False  # "unexpectedly", "previously": true without it, awkward with it
        return token.lower_ not in ADVERBS_DROPPED and token.tag_ not in {"WRB"}
    if token.dep_ == "advcl":
        marks = [c.lower_ for c in token.children if c.dep_ in {"mark", "advmod"}]
        if _measured_from_another_event(token):
            return False  # "beat X on Monday, four years after Y had thrashed him": the
            # clause tells of an earlier event; the main one has its own time, and stays true
        return bool(marks) and marks[0] in {"after", "before", "until", "once", "when"}
    return not (token.dep_ == "npadvmod" and (
        _span_before_mark(token) or _apposition_read_as_modifier(token)
    ))


def _apposition_read_as_modifier(token: Token) -> bool:
    """"opened with "Murders", a track they had not played since 1982, and ...": an
    indefinite noun phrase set off by a comma after the verb's object describes that
    object (an apposition the parser hung on the verb); it is an aside, never part of the
    question ("a week later", a time, is no description)."""
    doc = token.doc
    start = token.left_edge.i
    if start == 0 or doc[start - 1].text != "," or token.ent_type_ in {"DATE", "TIME"}:
        return False
    if token.lemma_.lower() in TIME_UNITS or token.pos_ != "NOUN":
        return False
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)


def _span_before_mark(token: Token) -> bool:
    """"Fifty years after Ann Lee formed the band, ...": a span of time said right before
    the "after"/"before" that opens its clause measures the gap to the main clause's event
    (the parser hangs it on the clause's verb); the question of the clause drops the main
    clause, so the span left alone ("formed the band fifty years") is garbled."""
    if token.lemma_.lower() not in TIME_UNITS:
        return False
    end = token.right_edge.i + 1
    if end >= len(token.doc):
        return False
    following = token.doc[end]
    return following.dep_ == "mark" and following.head.i == token.head.i and (
        following.lower_ in {"after", "before"}
    )


TIME_UNITS = {"year", "month", "week", "day", "decade", "season"}


def _measured_from_another_event(advcl: Token) -> bool:
    """"four years after O'Sullivan had beaten him": a span of time measured from another
    event, under a verb that already says when it happened ("on Monday night")."""
    if not any(c.dep_ == "mark" and c.lower_ in {"after", "before"} for c in advcl.children):
        return False
    if not any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_UNITS and c.i < advcl.i
        for c in advcl.children
    ):
        return False
    verb = advcl.head
    return any(
        t.ent_type_ in {"DATE", "TIME"}
        for c in verb.children
        if c.i != advcl.i and c.dep_ in {"prep", "npadvmod"}
        for t in c.subtree
    )


def _determined(noun: Token) -> bool:
    """A noun phrase with a determiner, possessive, number or name, or a plural."""
    return (
        noun.pos_ in {"PROPN", "PRON", "NUM"}
        or noun.tag_ in {"NNS", "NNPS"}
        or bool(noun.ent_type_)
        or any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children)
    )


def clause_facts(clause: Clause, parsed: ParsedArticle, mentions: Mentions) -> list[Fact]:
    """The plain facts of a clause: one per argument whose subject is a known name."""
    from questions.render import render_phrase

    subject = render_phrase(clause.subject.tokens(), mentions)
    if not subject:
        return []
    source = SourceRef(parsed.article.name, clause.sent.text.strip(), parsed.article.date)
    facts = []
    for arg in clause.args:
        text = arg.answer.text if arg.answer else render_phrase(list(arg.head.subtree), mentions)
        if not text:
            continue
        relation = clause.relation + (f" {arg.prep.lower_}" if arg.prep is not None else "")
        facts.append(
            Fact(
                subject=subject,
                relation=relation,
                object=text,
                source=source,
                object_type=arg.answer.type if arg.answer else "thing",
                context=dict(clause.context),
            )
        )
    return facts


def has_name(arg: Arg, mentions: Mentions) -> bool:
    """The phrase names someone or something (not just "the finale")."""
    for token in arg.tokens():
        mention = mentions.covering(token)
        if mention is not None and (token.pos_ == "PROPN" or token.ent_type_):
            return True
        if mention is not None and mention.type in {"group", "team"}:
            return True  # a resolved descriptor ("the septet")
        if mention is not None and mention.anchored:
            return True  # "The record" right after a sentence about Born Pink
        if mention is not None and _the_one_tour(token, mention, mentions):
            return True  # "the tour" of an article that names one tour: that tour
        if mention is not None and _sure_pronoun_subject(token, mention, mentions):
            return True  # "He returns to Indio on April 21": the one person in reach
        if (
            mention is not None and token.tag_ == "PRP$" and token.dep_ == "poss"
            and mention.type in PERSON_TYPES | {"group", "team"} and " " in mention.name
        ):
            return True  # "Her coach": the resolved owner is rendered by name
    return False


def _the_one_tour(token: Token, mention: Mention, mentions: Mentions) -> bool:
    """"After Delhi, the tour moves to Jaipur": "the tour" resolved to the one concert tour
    the article names is that tour as surely as its name (a tour is one run of shows,
    not one of a kind like "the album" or "the singer" may be), and is said by name in
    the question ("Where does the Dil-Luminati Tour end?" style)."""
    if mention.type != "tour" or token.lower_ != "tour" or token.tag_ != "NN":
        return False
    tours = {m.name for m in mentions.by_start.values() if m.type == "tour"}
    return tours == {mention.name}


def _sure_pronoun_subject(token: Token, mention: Mention, mentions: Mentions) -> bool:
    """"Bad Bunny later said ... He returns to Indio for the second weekend on April 21":
    a subject "he"/"she" is as sure as a name when the person it was resolved to is the
    only person named in its sentence and the sentence before (nobody else it could
    stand for), and that person is named by a name of two words or more."""
    if token.lower_ not in {"he", "she"} or token.tag_ != "PRP" or token.dep_ != "nsubj":
        return False
    if mention.type not in PERSON_TYPES or " " not in mention.name:
        return False
    doc = token.doc
    start = token.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    people = {m.name for m in mentions.by_start.values()
              if start <= m.start < token.sent.end and m.type in PERSON_TYPES}
    return people == {mention.name} and not any(
        t.text in {'"', "“", "”"} for t in doc[token.sent.start : token.i])


# ---------------------------------------------------------------------------- also true
# Words that make a phrase mean several things ("plenty of artists", "several stars").
QUANTIFIERS = {"plenty", "several", "many", "some", "numerous", "various", "few", "lots",
               "lot", "dozens", "hundreds", "thousands", "millions", "countless", "all", "both",
               "multiple", "other", "others", "more"}
# Verbs that list what a plural phrase of the sentence before was ("These celebs included
# Taylor Swift, DJ Khalid and John Legend").
LISTING_VERBS = {"include", "feature", "comprise", "be"}


def stray_conjuncts(head: Token) -> list[Token]:
    """Titles the parser hung on the verb instead of on the phrase they continue:
    in 'worked on "Concrete and Gold" and "Medicine at Midnight"' the second title is
    a conjunct of "worked". A noun conjunct of the verb with no verb of its own, right
    after this phrase and an "and", is one more member of this phrase's list."""
    verb = head.head.head if head.dep_ == "pobj" else head.head
    if head.dep_ not in {"pobj", "dobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return []
    conjuncts = [c for c in verb.children if c.dep_ == "conj"]
    if not conjuncts:
        return []  # (most verbs: no walk over the phrase's subtree)
    end = max(t.i for t in head.subtree)
    found = []
    for child in conjuncts:
        if child.i <= end or child.pos_ in {"VERB", "AUX"}:
            continue
        if child.pos_ not in {"NOUN", "PROPN"} or any(
            c.dep_ in {"nsubj", "nsubjpass", "dobj", "prep"} for c in child.children
        ):
            continue
        # at most two words read: a second one already says "not just 'and'" (the stretch
        # up to a far conjunct can be long, and each word read is a new Token)
        between = list(itertools.islice(
            (t for t in head.doc[end + 1 : child.i] if not t.is_punct), 2
        ))
        if len(between) == 1 and between[0].lower_ in {"and", "or"}:
            found.append(child)
    return found


def list_members(head: Token, mentions: Mentions) -> list[str]:
    """Every name a phrase gives: the head's own and its conjuncts' and appositions'
    ("Taylor Swift, DJ Khalid, and of course singer John Legend")."""
    names: list[str] = []
    todo = [head]
    while todo:
        token = todo.pop()
        mention = mentions.covering(token)
        if mention is None:
            for child in token.children:
                if child.dep_ in {"compound", "appos"}:
                    hit = mentions.covering(child)
                    if hit is not None:
                        mention = hit
                        break
        if (
            mention is not None
            and mention.type not in ANSWER_TYPES_SKIPPED
            and mention.name not in names
        ):
            names.append(mention.name)
        todo.extend(c for c in token.children if c.dep_ in {"conj", "appos"})
        if token is head:
            todo.extend(stray_conjuncts(head))
    return names


def is_open_set(head: Token, mentions: Mentions) -> bool:
    """The phrase stands for several things, named or not: a plural common noun ("fellow
    artists"), a quantifier ("plenty of artists") or a list ("X and Y")."""
    if any(c.dep_ == "conj" for c in head.children) or stray_conjuncts(head):
        return True
    if head.lower_ in QUANTIFIERS:
        return True
    if head.tag_ == "NNS" and mentions.covering(head) is None:
        return True
    return any(
        c.dep_ in {"amod", "det", "nummod"} and c.lower_ in QUANTIFIERS for c in head.children
    ) or (head.ent_type_ not in {"DATE", "TIME"} and any(
        c.dep_ == "nummod" and c.like_num and c.lower_ not in {"one", "1"} for c in head.children
    ))  # "two goals" is several; "September 16" is one day


@dataclass
class RelationIndex:
    """What an article says fills each (subject, relation, preposition) slot, and which
    slots it fills with "several" things. A question on a slot with other true answers is
    not unique; its other answers are never wrong choices."""

    objects: dict[tuple[str, str, str], set[str]] = field(default_factory=dict)
    subjects: dict[tuple[str, str, str], set[str]] = field(default_factory=dict)
    open: set[tuple[str, str, str]] = field(default_factory=set)

    def others(self, key: tuple[str, str, str], answer: str) -> set[str]:
        return {a for a in self.objects.get(key, set()) if a != answer}

    def other_subjects(self, key: tuple[str, str, str], answer: str) -> set[str]:
        return {a for a in self.subjects.get(key, set()) if a != answer}


def subject_key(clause: Clause, mentions: Mentions) -> str:
    mention = mentions.covering(clause.subject.head)
    if mention is not None:
        return mention.name
    return clause.subject.head.lemma_.lower()


def slot_key(clause: Clause, arg: Arg, mentions: Mentions) -> tuple[str, str, str]:
    prep = arg.prep.lower_ if arg.prep is not None else ""
    return (subject_key(clause, mentions), clause.relation, prep)


def relation_index(clauses: list[Clause], mentions: Mentions) -> RelationIndex:
    index = RelationIndex()
    by_sentence: dict[int, list[Clause]] = {}
    for clause in clauses:
        by_sentence.setdefault(clause.sent.start, []).append(clause)
        subject_names = list_members(clause.subject.head, mentions)
        for arg in clause.args:
            key = slot_key(clause, arg, mentions)
            names = list_members(arg.head, mentions)
            index.objects.setdefault(key, set()).update(names)
            if is_open_set(arg.head, mentions):
                index.open.add(key)
            for name in names:
                skey = ("", clause.relation, f"{key[2]}|{name}")
                index.subjects.setdefault(skey, set()).update(subject_names)
    # "These celebs included X, Y and Z" after "BTS met several fellow artists": the list
    # belongs to the open slot of the sentence before.
    for clause in clauses:
        if clause.verb.lemma_.lower() not in LISTING_VERBS:
            continue
        subject = clause.subject.head
        determiners = {c.lower_ for c in subject.children if c.dep_ == "det"}
        if not (determiners & {"these", "those", "the"} and subject.tag_ == "NNS"):
            continue
        listed = [n for a in clause.args if a.role in {"dobj", "attr"}
                  for n in list_members(a.head, mentions)]
        start = clause.sent.start
        if not listed or start == 0:
            continue
        before = clause.sent.doc[start - 1].sent.start
        for other in by_sentence.get(before, []):
            for arg in other.args:
                key = slot_key(other, arg, mentions)
                if key in index.open and arg.head.lemma_.lower() != "":
                    index.objects.setdefault(key, set()).update(listed)
    return index

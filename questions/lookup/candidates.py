"""Candidate answers in a sentence: every span that could be a short answer, with types.

Named entities and noun phrases are not enough (a naive look-up found the gold among them
for only 65% of questions), so this also yields quoted titles, numbers with their unit
("10 million copies"), lists ("Taylor Swift, DJ Khalid and John Legend"), the core noun
phrase of every argument and complement, and short clauses for "why" and "how".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from questions.glossary import Glossary
from questions.lookup.question import FOCUS_TYPES
from questions.lookup.resolve import GROUP_FINE, PERSON_PRONOUNS, entity_name
from questions.mentions import NATIONALITY_NOUNS, NATIONALITY_SUFFIX

MAX_WORDS = 8
LEADING_DROP = {"the", "a", "an", "their", "his", "her", "its", "our", "my", "your", "this",
                "that", "these", "those", "some", "of", "course", "about", "around", "nearly",
                "over", "almost", "approximately", "only", "just", "both", "all", "estimated",
                "roughly", "reportedly"}
ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "oprd", "dative",
            "npadvmod", "agent", "acomp", "compound", "poss"}
CUT_CHILD_DEPS = {"relcl", "acl", "prep", "appos", "conj", "cc", "punct", "advcl", "parataxis"}
LABEL_TYPES: dict[str, set[str]] = {
    "PERSON": {"person"},
    "ORG": {"group", "org"},
    "NORP": {"nationality", "group"},
    "GPE": {"place"},
    "LOC": {"place"},
    "FAC": {"place", "venue"},
    "EVENT": {"event"},
    "WORK_OF_ART": {"work"},
    "PRODUCT": {"work"},
    "LAW": {"work"},
    "LANGUAGE": {"language"},
    "DATE": {"date"},
    "TIME": {"time"},
    "CARDINAL": {"number"},
    "ORDINAL": {"ordinal"},
    "QUANTITY": {"quantity", "number"},
    "MONEY": {"money", "quantity"},
    "PERCENT": {"percent", "number", "quantity"},
}
LABELLED = set().union(*LABEL_TYPES.values())
FINE_TO_TYPES: dict[str, set[str]] = {
    "song": {"song", "work"}, "album": {"album", "work"}, "film": {"work"}, "show": {"work"},
    "game": {"work"}, "book": {"work"}, "title": {"work"}, "award": {"award"},
    "tour": {"event"}, "event": {"event"}, "award_show": {"event"}, "festival": {"event"},
    "tournament": {"event"}, "venue": {"place", "venue"}, "city": {"place"},
    "country": {"place"}, "place": {"place"}, "member": {"person"}, "person": {"person"},
    "singer": {"person"}, "actor": {"person"}, "player": {"person"}, "coach": {"person"},
    "character": {"person"}, "group": {"group"}, "team": {"group"}, "label": {"group", "org"},
    "company": {"group", "org"}, "platform": {"org"}, "fandom": {"group"},
    "year": {"date", "year"},
}
YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)s?\b")
DURATION_WORDS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour",
                  "hours", "minute", "minutes", "second", "seconds", "decade", "decades"}


@dataclass
class Candidate:
    start: int  # doc token indices [start, end)
    end: int
    text: str  # the answer as shown (resolved to a full name where possible)
    root: Token
    types: set[str] = field(default_factory=set)
    kind: str = "chunk"  # ent | chunk | title | number | list | clause | pronoun
    names: bool = False  # a list of names ("Missy Elliott and Alicia Keys")

    @property
    def words(self) -> int:
        return len(self.text.split())


NUMBERED_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


def sentence_candidates(sent: Span, resolved: dict[int, str],
                        glossary: Glossary | None) -> list[Candidate]:
    doc = sent.doc
    found: dict[tuple[int, int], Candidate] = {}

    def add(start: int, end: int, kind: str, types: set[str] | None = None,
            text: str | None = None) -> None:
        start, end = _trim(doc, start, end)
        if start >= end:
            return
        span = doc[start:end]
        shown = text or _resolved_text(span, resolved)
        if shown and kind != "title" and "work" not in (types or ()):
            shown = re.sub(r"^(the|a|an)\s+", "", shown, flags=re.IGNORECASE)
            shown = _drop_role_word(shown)
        if not shown or len(shown.split()) > MAX_WORDS:
            return
        key = (start, end)
        cand = found.get(key)
        if cand is None:
            cand = Candidate(start, end, shown, _measure_root(span), set(), kind)
            found[key] = cand
        elif kind in {"ent", "title"} and cand.kind not in {"ent", "title"}:
            cand.kind = kind
        cand.types |= (types or set()) | _types_of(span, glossary)
        if kind == "chunk" and end - start <= 2 and shown[:1].isupper() and (
            shown.lower() != span.text.lower() and span.root.pos_ == "NOUN"
            and span.root.lemma_.lower() in FOCUS_TYPES
            and shown.split()[-1].lower() in {span.root.lower_, span.root.lemma_.lower()}
        ):
            # "The studio" resolved to "Wit Studio" (the name's own last word): the kind
            # its noun says is the name's ("the boys" read as "BTS" stays a description)
            cand.types.add(FOCUS_TYPES[span.root.lemma_.lower()])
        if AWARD_CATEGORY.match(shown):
            # "Best Rap Song" (tagged a person), "Album of the Year": an award's category
            cand.types = (cand.types - {"person", "group", "org", "place"}) | {"award"}

    ents = sent.ents
    for ent in ents:
        if ent.label_ == "MONEY":
            ent = _whole_amount(ent)
        elif ent.label_ in {"CARDINAL", "QUANTITY"} and _after_currency_sign(ent):
            # "₦1.2 billion", "₱500,000": the small model tags the number alone, a plain
            # count, when the sign is one it rarely saw; a number written against a
            # currency sign is a sum, shown with its sign
            whole = _whole_amount(ent)  # takes the sign in, and a scale word after
            ent = Span(ent.doc, whole.start, whole.end, label="MONEY")
        types = set(LABEL_TYPES.get(ent.label_, set()))
        if ent.label_ == "LAW" and not any(t.lower_ in LAW_WORDS for t in ent):
            types = set()  # "beat Kilkenny 0-30": the small model's law with no law word
        elif ent.label_ in {"PRODUCT", "WORK_OF_ART"} and _before_score(doc, ent.end):
            types = set()  # "beat Naas 2-1": a name a score follows is a side, no product
        fine = ent._.fine_type if ent.has_extension("fine_type") else None
        types |= FINE_TO_TYPES.get(fine or "", set())
        if ent.label_ == "DATE" and YEAR.search(ent.text):
            types.add("year")
        if ent.label_ == "PERSON" and len(ent) > 2 and FOCUS_TYPES.get(
            ent[0].lower_
        ) == "person" and ent[1].pos_ == "PROPN":
            # "Striker Tomas Brandt": a role word capitalised at the sentence's start is
            # no part of the name
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)
        after = _after_nationality(ent)
        if after > ent.start:
            # "the Rwandan Gervais Hakizimana": the nationality describes the name (shown
            # as written: the mentions inside resolve to the whole entity)
            add(after, ent.end, "ent", types, doc[after:ent.end].text)
            continue
        core_end = _entity_core_end(ent)
        if core_end < ent.end:
            # "the Arizona Diamondbacks 5-0": the score is the verb's, not the name's;
            # the label was given to the longer span, so it is not trusted either
            # (shown as written: its mentions resolve to the longer span's text)
            add(ent.start, core_end, "ent", set(), doc[ent.start:core_end].text)
            continue
        name = entity_name(ent, glossary)
        full = resolved.get(ent.start, name)
        if ent.label_ == "PERSON" and len(ent) > 1 and name not in full:
            full = name  # a full name written out is its own spelling, whatever it resolved to
        if ent.label_ in {"GPE", "LOC"} and _after_person_role(ent):
            types = {"person"}  # "his co-driver Lucas Cruz" tagged a place: the role
            # noun written right before the name says it is a person's
        if ent.label_ != "PERSON" and full != name and full in _person_names(doc):
            # "Pickford" tagged a place in one sentence, resolved to the article's
            # "Jordan Pickford", a person wherever the article spells him out
            types = {"person"}
        add(ent.start, ent.end, "ent", types, full)
        start = _name_start(ent)
        if start < ent.start and ent.label_ in NAME_LABELS:
            # "Reggio Emilia" where the model tagged only "Emilia": the proper nouns
            # compounded onto the entity belong to its name
            add(start, ent.end, "ent", types)
        end = _name_end(ent) if ent.label_ in NAME_LABELS else ent.end
        if end > ent.end:
            # "House" + "of Deréon", "Jay" + "Z": the rest of a name the model cut short
            # (shown as written: a mention inside it may resolve to the whole name)
            add(start, end, "ent", types, doc[start:end].text)
        # a year inside a longer date ("May 20, 2018" -> 2018) for "What year ...?"
        if ent.label_ == "DATE" and len(ent) > 1:
            for tok in ent:
                if YEAR.fullmatch(tok.text):
                    add(tok.i, tok.i + 1, "ent", {"date", "year"})
    paired_upto = 0  # inside "1-12 to 0-15", each tally alone is no score of its own
    for token in sent:
        paired = _score_pair_end(doc, token.i, sent.end)
        if paired:
            add(token.i, paired, "number", {"score", "has_number"})
            paired_upto = paired
        if token.i < paired_upto:
            pass
        elif SCORE.fullmatch(token.text):
            add(token.i, token.i + 1, "number", {"score", "has_number"})
        elif token.like_num and token.i + 2 < sent.end and doc[token.i + 1].text in "-–" and (
            not token.whitespace_ and SCORE.fullmatch(doc[token.i:token.i + 3].text)
        ):
            add(token.i, token.i + 3, "number", {"score", "has_number"})
        if token._.ft_title if token.has_extension("ft_title") else False:
            add(token.i, token.i + 1, "title", {"work", "song", "album"})
        if token.like_num and token.dep_ == "nummod" and token.head.i == token.i + 1:
            start, end = _number_run(token)
            add(start, token.head.i + 1, "number", {"number", "quantity"})
            add(start, end, "number", {"number"})
        elif token.like_num and (not token.ent_type_ or token.dep_ == "nummod"):
            # the count alone inside a longer entity: "age seven" -> seven, "eleven
            # consecutive weeks" -> eleven ("How old ...?", "How many weeks ...?")
            add(*_number_run(token), "number", {"number"})
        if NUMBERED_ORDINAL.fullmatch(token.text) and token.ent_type_ not in {"", "ORDINAL"}:
            # "the 95th Academy Awards" tagged one name: its ordinal alone tells which
            # edition ("At which edition of the Academy Awards ...?"); shown as written,
            # not resolved to the whole name
            add(token.i, token.i + 1, "number", {"ordinal"}, token.text)
        if token.lower_ in PERSON_PRONOUNS | {"they", "them", "their"} and token.i in resolved:
            add(token.i, token.i + 1, "pronoun", {"person", "group"}, resolved[token.i])
        if token.dep_ in ARG_DEPS and token.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}:
            if token.pos_ == "PRON" and token.i not in resolved:
                continue
            start, end = _core_np(token)
            add(start, end, "chunk")
            if token.pos_ == "NOUN" and doc[start].tag_ == "PRP$" and end - start <= 3:
                # "her mother": the possessive says whose (SQuAD keeps it; "mother"
                # alone is no answer to "Who helped her?")
                _add_as_written(found, doc, start, end, token)
            conj = _with_conjuncts(token)
            if conj is not None:
                add(conj[0], conj[1], "list")
        if token.pos_ == "PROPN" and not token.ent_type_ and (len(token) > 1 or (
            token.i + 1 < sent.end and doc[token.i + 1].text != "-")):
            run_start = token.i
            while run_start > sent.start and doc[run_start - 1].pos_ == "PROPN":
                run_start -= 1
            if run_start == token.i:
                run_end = token.i + 1
                while run_end < sent.end and doc[run_end].pos_ == "PROPN":
                    run_end += 1
                run_end = _sequel_number(doc, run_end, sent.end)
                add(run_start, run_end, "ent", {"propn"})
                # "Sea of Stars" (no entity): a capitalised name joined by "of" is one name
                tail = run_end + 1
                if run_end + 1 < sent.end and doc[run_end].lower_ == "of" and (
                    doc[tail].pos_ == "PROPN" and doc[tail].is_title and not doc[tail].ent_type_
                ):
                    while tail < sent.end and doc[tail].pos_ == "PROPN" and doc[tail].is_title:
                        tail += 1
                    add(run_start, tail, "ent", {"propn"})
    for token in sent:
        _clauses(token, add)
        _title_after_noun(token, add)
        _coordinated_modifiers(token, add)
    _noun_runs(sent, add, found)
    for cand in found.values():
        if not cand.types & LABELLED and cand.root.pos_ == "PROPN" and cand.root.is_title:
            cand.types.add("propn")  # a name the small model left unlabelled
    _inherit_entity_types(found)
    _hometowns(found)
    _ranked_names(found)
    _type_lists(found)
    _part_of_person(found)  # after the lists: a marker, not a type a list shares
    return list(found.values())


def _inherit_entity_types(found: dict) -> None:
    """A phrase inside a name whose last word says its kind, and shown as that name
    ("Paris" in "the Paris La Defense Arena", shown resolved to the arena), is of that
    kind: left a bare name, it fitted "Who ...?" better than the venue it stands for.
    (The model's label alone is not trusted: "the San Francisco 49ers" tagged a place.)"""
    ents = [c for c in found.values() if c.kind == "ent" and c.end - c.start > 1
            and c.root.doc[c.end - 1].lower_ in NAME_HEADS]
    for cand in found.values():
        if cand.kind == "ent":
            continue
        for ent in ents:
            if ent.start <= cand.start and cand.end <= ent.end and cand.text == ent.text:
                cand.types |= NAME_HEADS[ent.root.doc[ent.end - 1].lower_]
                cand.types.discard("propn")
                break
    for cand in found.values():
        words = cand.text.split()
        if len(words) > 1 and words[0][:1].isupper() and words[-1][:1].isupper() and (
            "venue" in NAME_HEADS.get(words[-1].lower(), ())
        ):
            # "the Tokyo Aquatics Centre" tagged ORG is a venue, not a team for "Who ...?"
            cand.types -= {"org", "group"}


def _part_of_person(found: dict) -> None:
    """A word of a person's name taken as a phrase of its own ("Aunt" of "Aunt Greta",
    shown as the full name) is that person: left a bare proper noun, it fitted "Which
    city ...?" as any name might, and answered it with a person. Marked, not retyped: the
    full name's person type clashes with a place only (`_type_fit`), and the bare name
    keeps its loose fit otherwise ("a play by Carl Benn" for "inspired by?")."""
    for cand in found.values():
        if cand.kind != "chunk" or cand.types - {"propn"}:
            continue
        doc = cand.root.doc
        ents = [e for e in doc.ents if e.start <= cand.start and cand.end <= e.end]
        if ents and ents[0].label_ == "PERSON" and (cand.end - cand.start) < len(ents[0]) and (
            cand.text == ents[0].text or cand.text in _person_names(doc)
        ):
            cand.types.add("person_part")


# ranks and honorifics written before a person's name ("Major Varrish", "Dr Okafor")
HONORIFICS = frozenset({
    "major", "general", "colonel", "captain", "lieutenant", "sergeant", "corporal",
    "commander", "admiral", "marshal", "dr", "doctor", "professor", "prof", "sir", "dame",
    "mr", "mrs", "ms", "miss", "madam", "detective", "inspector", "officer", "agent",
})


def _ranked_names(found: dict) -> None:
    """"Colonel Brannock", "Major Varrish": a capitalised rank or honorific before a
    capitalised name makes the name a person's, whatever the small model labelled it (a
    group, a nationality, a bare proper noun). Not when the model's entity takes the rank
    in as a word of another kind of name ("General Motors", "Major League Baseball")."""
    for cand in found.values():
        doc = cand.root.doc
        sent = cand.root.sent
        words = list(doc[cand.start:cand.end])
        if words and words[0].lower_.rstrip(".") in HONORIFICS and len(words) > 1:
            rank, name = words[0], words[1:]
        elif cand.start > sent.start and doc[cand.start - 1].lower_.rstrip(".") in HONORIFICS:
            rank, name = doc[cand.start - 1], words
        else:
            continue
        if not rank.text[:1].isupper() or rank.is_sent_start or not name or not all(
                t.is_alpha and t.is_title for t in name):
            continue
        if rank.ent_type_ and rank.ent_type_ != "PERSON":
            continue  # the rank is a word of an organisation's or a place's name
        if name[-1].lower_ in NAME_HEADS:
            continue  # "Captain Cook Stadium": a venue named after a person
        cand.types = (cand.types - {"group", "org", "nationality", "propn", "place"}) | {
            "person"}


def _hometowns(found: dict) -> None:
    """"The 22-year-old from Toulouse", "the teenager from Warrington": a name after "from"
    that follows a word for a person is where the person comes from, a place whatever
    label the model gave it (it tagged "Toulouse" a person, which then answered "Who ...?")."""
    for cand in found.values():
        root = cand.root
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ != "from" or prep.i != cand.start - 1:
            continue
        owner = prep.head
        doc = root.doc
        aged = owner.lower_ == "old" and owner.i >= 2 and doc[owner.i - 2].lower_ == "year"
        aged = aged or owner.lower_.endswith("-old")
        person = owner.pos_ == "NOUN" and FOCUS_TYPES.get(owner.lemma_.lower()) == "person"
        if (aged or person) and cand.root.pos_ == "PROPN":
            cand.types -= {"person", "group", "org", "propn"}
            cand.types.add("place")


def _type_lists(found: dict) -> None:
    """A list ("Missy Elliott and Alicia Keys") is of the type its members share: the
    members are candidates (entities, names) starting where the list starts and ending
    where it ends."""
    by_start: dict[int, list[Candidate]] = {}
    by_end: dict[int, list[Candidate]] = {}
    for cand in found.values():
        if cand.kind != "list":
            by_start.setdefault(cand.start, []).append(cand)
            by_end.setdefault(cand.end, []).append(cand)
    for cand in found.values():
        if cand.kind != "list":
            continue
        first = [c for c in by_start.get(cand.start, []) if c.end < cand.end]
        last = [c for c in by_end.get(cand.end, []) if c.start > cand.start]
        if not first or not last:
            continue
        head = max(first, key=lambda c: len(c.types))
        tail = max(last, key=lambda c: len(c.types))
        shared = (head.types & tail.types) - {"has_number"}
        if shared or (head.kind == "ent" and tail.kind == "ent"):
            cand.types |= shared or (head.types | tail.types)
            if head.kind in {"ent", "title"} and tail.kind in {"ent", "title"}:
                cand.names = True


NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"}
# A score or result ("7-2", "29–28"): one token, or three when the model split it.
SCORE = re.compile(r"^\d{1,3}\s*[-–]\s*\d{1,3}$")
CLOCK = re.compile(r"^\d{1,2}(:\d\d){1,2}(\.\d+)?$")  # "2:00:35", "59:47": a timed duration


# Titles that are part of how a person is named ("Queen Elizabeth", "Captain Marvel").
NAME_TITLES = {"king", "queen", "captain", "president", "judge", "prince", "princess"}


def _drop_role_word(shown: str) -> str:
    """"Striker Tomas Brandt" -> "Tomas Brandt": a role noun capitalised at the start of
    a sentence is no part of the name (SQuAD's answers and fans' say the name)."""
    words_ = shown.split()
    first = words_[0].lower() if words_ else ""
    if len(words_) >= 3 and FOCUS_TYPES.get(first) == "person" and first not in NAME_TITLES \
            and words_[1][:1].isupper() and words_[2][:1].isupper():
        return " ".join(words_[1:])
    return shown


def _entity_core_end(ent: Span) -> int:
    """Where a name entity really ends: the model sometimes runs a name on into words
    the parse hangs elsewhere ("beat [the Arizona Diamondbacks 5-0]", the score being the
    verb's). The end of the subtree of the entity's first head, when later tokens of the
    entity are not in it; the entity's own end otherwise."""
    if ent.label_ not in NAME_LABELS or len(ent) < 2:
        return ent.end
    root = next((t for t in ent if not ent.start <= t.head.i < ent.end), None)
    if root is None:
        return ent.end
    inside = [t.i for t in root.subtree if ent.start <= t.i < ent.end]
    end = max(inside) + 1
    if end >= ent.end or any(not ent.start <= t.head.i < end for t in ent[root.i - ent.start + 1:]
                             if t.i < end):
        return ent.end
    rest = ent.doc[end:ent.end]
    # only cut a tail that is no word of a name: numbers, scores, punctuation
    if any(t.is_alpha and not t.like_num for t in rest):
        return ent.end
    if len(rest) == 1 and _sequel_number(ent.doc, end, ent.sent.end) > end:
        return ent.end  # "Baldur's Gate 3": the sequel's number is its name's

    return end


def _add_as_written(found: dict, doc, start: int, end: int, root: Token) -> None:
    while end > start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1  # "her mother's advice": the person is "her mother"
    span = doc[start:end]
    if (start, end) not in found:
        types = _types_of(span, None)
        if FOCUS_TYPES.get(root.lemma_.lower()) == "person":
            types.add("definite_person")  # "her mother" is one person, not a kind
        found[(start, end)] = Candidate(start, end, span.text, root, types, "chunk")


def _after_person_role(ent: Span) -> bool:
    """A name of two or more capitalised words written right after a lower-case noun of a
    person's role ("his co-driver Lucas Cruz", "drummer Ivo Brandt"): whatever label the
    model gave it, a person's name."""
    doc = ent.doc
    if len(ent) < 2 or ent.start == 0 or not all(t.is_title for t in ent):
        return False
    before = doc[ent.start - 1]
    return before.pos_ == "NOUN" and before.is_lower and (
        FOCUS_TYPES.get(before.lemma_.lower()) == "person")


def _name_start(ent: Span) -> int:
    """Where a name really starts: before the entity, proper nouns compounded onto it."""
    doc = ent.doc
    start = ent.start
    while (start > ent.sent.start and doc[start - 1].pos_ == "PROPN"
           # "Def Jam L.A. Reid": an organisation's name before a name modifies it
           and doc[start - 1].ent_type_ != "ORG"
           and doc[start - 1].dep_ == "compound" and ent.start <= doc[start - 1].head.i < ent.end):
        start -= 1
    return start


def _after_nationality(ent: Span) -> int:
    """Where the name starts after a nationality the model took into it: "the Rwandan
    Gervais Hakizimana" -> "Gervais Hakizimana" (only after "the", with two capitalised
    proper nouns or more left, none of them a word like "Prix" or "Museum" that makes
    the whole a place or an event)."""
    doc = ent.doc
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    before = doc[start - 1] if start > ent.sent.start else None
    if before is None or before.lower_ != "the" or ent.end - start < 3:
        return ent.start
    word = doc[start]
    if not (word.is_title and word.is_alpha and (
        word.lower_ in NATIONALITY_NOUNS or NATIONALITY_SUFFIX.search(word.text)
    )):
        return ent.start
    rest = doc[start + 1:ent.end]
    if not all(t.pos_ == "PROPN" and t.is_title for t in rest) or any(
        t.lower_ in NAME_HEADS for t in rest
    ):
        return ent.start
    return start + 1


def _sequel_number(doc, end: int, last: int) -> int:
    """A name's number right after it ("Iron Harbor 2", "Street Fighter 6", "Game 7"):
    one or two digits, no score, no count of a following noun, after a capitalised word."""
    if end < last and doc[end - 1].is_title and doc[end].is_digit and len(doc[end]) <= 2 and (
        end + 1 >= last or not (doc[end + 1].pos_ in {"NOUN", "NUM"} or doc[end + 1].text in "-–:.")
        or doc[end + 1].is_sent_end
    ):
        return end + 1
    return end


def _name_end(ent: Span) -> int:
    """Where a name really ends: "of" and capitalised words after it ("House of Deréon",
    "Book of Isaiah"), one capital letter ("Jay Z"), a hyphen and a capitalised word
    written against it ("Stubblety" + "-Cook"), or a sequel's number."""
    doc, end, last = ent.doc, ent.end, ent.sent.end
    while end + 1 < last and doc[end].text == "-" and not doc[end - 1].whitespace_ and (
        not doc[end].whitespace_ and doc[end + 1].is_title and doc[end + 1].is_alpha
    ):
        end += 2
    if end > ent.end:
        return end
    if ent.label_ not in {"PERSON", "GPE", "LOC", "NORP"}:
        sequel = _sequel_number(doc, end, last)
        if sequel > end:
            return sequel
    if end < last and len(doc[end].text) == 1 and doc[end].is_upper and doc[end].pos_ == "PROPN" \
            and (end + 1 >= last or not doc[end + 1].is_title):
        return end + 1
    if end + 1 < last and doc[end].lower_ == "of" and doc[end + 1].is_title \
            and doc[end + 1].pos_ == "PROPN" and doc[end + 1].ent_type_ not in {"DATE", "GPE"}:
        i = end + 1
        while i < last and doc[i].pos_ == "PROPN" and doc[i].is_title and i - ent.start < MAX_WORDS:
            i += 1
        return i
    return end


def _number_run(token: Token) -> tuple[int, int]:
    """A number with the number words compounded onto it: "118 million", "2.9 million"."""
    doc = token.doc
    start = end = token.i
    while start > token.sent.start and doc[start - 1].like_num and doc[start - 1].head.i in {
        start, token.i
    }:
        start -= 1
    while end + 1 < token.sent.end and doc[end + 1].like_num and token.head.i == end + 1:
        end += 1
    if end + 3 < token.sent.end and [t.lower_ for t in doc[end + 1 : end + 3]] == [
        "and", "a"] and doc[end + 3].lower_ in FRACTION_WORDS:
        end += 3  # "four and a half (lengths)": the fraction is part of the count
    return start, end + 1


# the fractions a count goes on with: "four and a half", "two and a quarter"
FRACTION_WORDS = frozenset({"half", "quarter", "third"})


def _noun_runs(sent: Span, add, found: dict) -> None:
    """Runs of adjacent nouns the parser split ("baked a rhubarb pavlova" with "pavlova"
    as an adverbial): one candidate whose role is the run's most argument-like one."""
    run: list[Token] = []
    for token in [*sent, None]:
        if token is not None and token.pos_ in {"NOUN", "PROPN", "ADJ"} and not token.is_punct:
            run.append(token)
            continue
        nouns = [t for t in run if t.pos_ in {"NOUN", "PROPN"}]
        if len(nouns) >= 2 and run[-1].pos_ in {"NOUN", "PROPN"}:
            heads_outside = [t for t in run if not run[0].i <= t.head.i <= run[-1].i]
            if len(heads_outside) > 1:  # the parse did not make it one phrase
                best = min(heads_outside, key=lambda t: ROLE_RANK.get(t.dep_, 9))
                key = (run[0].i, run[-1].i + 1)
                add(run[0].i, run[-1].i + 1, "chunk")
                if key in found:
                    found[key].root = best
        run = []


# Nouns a title follows ("her first solo album Dangerously in Love", "the 1997 film, Men
# in Black"): the title's type is the noun's.
TITLE_NOUN_TYPES = {"song": {"song", "work"}, "album": {"album", "work"}, "work": {"work"},
                    "event": {"event"}}
TITLE_GLUE = {"of", "in", "on", "the", "a", "an", "and", "but", "is", "for", "to", "at",
              "with", "from", "by", "&"}


def _title_after_noun(token: Token, add) -> None:
    """A title right after the noun that says what it is, written in capitals with the
    small words between ("album Dangerously in Love", "film, Carmen: A Hip Hopera",
    "documentary film, Life Is But a Dream"): the small model tags such titles in part or
    not at all. The run of capitalised words (and the small words inside it) ends at the
    last capitalised word before punctuation or a lower-case content word."""
    nominal = token.pos_ == "NOUN" or (
        # "their hit single Lost In Blue": the tagger calls "single" an adjective of the
        # title; a focus noun right before a capitalised word names what that word is
        token.pos_ == "ADJ" and token.i + 1 < token.sent.end and token.nbor(1).is_title
        and token.nbor(1).pos_ == "PROPN")
    kind = FOCUS_TYPES.get(token.lower_) if nominal else None
    types = TITLE_NOUN_TYPES.get(kind or "")
    if types is None:
        return
    doc, end_of_sent = token.doc, token.sent.end
    i = token.i + 1
    if i < end_of_sent and doc[i].text == ",":
        i += 1
    if i >= end_of_sent or not doc[i].is_title or doc[i].lower_ == "i":
        return
    start = last = i
    while i < end_of_sent and i - start < MAX_WORDS:
        word = doc[i]
        if word.is_title or word.is_upper or (word.like_num and i > start):
            last = i
        elif word.text == ":" and i + 1 < end_of_sent and doc[i + 1].is_title:
            pass
        elif word.lower_ not in TITLE_GLUE and not (word.text in {"'", "’"} and i > start):
            break
        i += 1
    if last == start and doc[start].dep_ in {"nsubj", "nsubjpass"}:
        return  # "the film Beyoncé starred in": the name is the clause's subject
    add(start, last + 1, "title", set(types))


ROLE_RANK = {"nsubj": 0, "dobj": 0, "nsubjpass": 0, "attr": 1, "pobj": 1, "appos": 2}


def _coordinated_modifiers(token: Token, add) -> None:
    """"the lemon and elderflower sponge", "a black and white kit": modifiers joined by
    "and"/"or" before their noun say one quality of it (a flavour, a colour), which no
    noun chunk gives alone ("What flavour was the sponge?")."""
    head = token.head
    doc = token.doc
    cc = next((c for c in token.children if c.dep_ == "cc" and c.i == token.i + 1), None)
    if cc is None or token.pos_ not in {"NOUN", "ADJ"}:
        return
    if token.pos_ == "NOUN" and token.dep_ not in {"nmod", "compound", "amod"}:
        # "the lemon and ginger cake" misread as "the lemon" and "ginger cake": the
        # conjunct's own modifiers right after "and", with no article of its own, join
        # the first noun as one quality of the conjunct
        conj = next((c for c in token.children if c.dep_ == "conj" and c.i > cc.i + 1), None)
        if conj is not None and conj.pos_ == "NOUN" and all(
            t.head.i == conj.i and t.dep_ in {"compound", "amod", "nmod"} and t.is_lower
            and t.pos_ in {"NOUN", "ADJ", "PROPN"} for t in doc[cc.i + 1:conj.i]
        ):
            add(token.i, conj.i, "chunk", {"modifier"})
        return
    if token.dep_ not in {"nmod", "compound", "amod"} or head.pos_ != "NOUN" or (
        head.i <= token.i or cc.i + 1 >= head.i
    ):
        return
    # the model hangs the second modifier on the first ("conj") or on the noun itself
    rest = doc[cc.i + 1:head.i]
    if all(t.pos_ in {"NOUN", "ADJ"} and t.head.i in {token.i, head.i} for t in rest):
        add(token.i, head.i, "chunk", {"modifier"})


# Prepositions that say a mishap caused something, and nouns of mishaps (general English:
# what stops a player, a driver, a show: an injury, a fault, an illness, a crash).
TROUBLE_PREPS = frozenset({"with", "through", "after"})
TROUBLE_NOUNS = frozenset({"injury", "illness", "fault", "failure", "problem", "issue",
                           "puncture", "crash", "sickness", "virus", "infection", "strain",
                           "concussion", "fracture", "breakdown", "malfunction", "damage",
                           "accident", "collision", "complication", "bug", "flu",
                           "covid", "knock", "tear", "leak", "fire", "spin"})


def _clauses(token: Token, add) -> None:
    """Short clauses: "because ...", "to ..." (purpose), "by ...ing" (manner)."""
    if token.dep_ == "mark" and token.lower_ in {"because", "since", "as"}:
        clause = token.head
        add(token.i + 1, clause.right_edge.i + 1, "clause", {"reason"})
    elif token.dep_ == "prep" and token.lower_ in {"because", "due"}:
        add(token.i, token.right_edge.i + 1, "clause", {"reason"})
    elif token.dep_ in {"advcl", "xcomp"} and token.tag_ == "VB":
        aux = [c for c in token.children if c.dep_ == "aux" and c.lower_ == "to"]
        if aux and token.head.pos_ in {"VERB", "AUX"}:
            add(aux[0].i, token.right_edge.i + 1, "clause", {"reason"})
    elif token.dep_ == "prep" and token.lower_ in {"by", "with", "through"}:
        pcomp = [c for c in token.children if c.dep_ == "pcomp"]
        if pcomp:
            add(token.i, token.right_edge.i + 1, "clause", {"manner"})
    if token.dep_ == "prep" and token.lower_ in TROUBLE_PREPS:
        # "retired with an electrical fault", "missed the match through illness", "pulled
        # out after a crash": a mishap said with these prepositions is why something
        # stopped; the mishap's noun phrase answers "Why ...?" (the model hangs the phrase
        # on a verb or on the noun before it, "on lap nine with a fault", alike)
        obj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.lemma_.lower() in TROUBLE_NOUNS:
            add(obj.left_edge.i, obj.right_edge.i + 1, "chunk", {"reason"})


def _core_np(token: Token) -> tuple[int, int]:
    """The noun phrase of `token` without relative clauses, prepositions, appositions."""
    left = token.i
    right = token.i
    for child in token.children:
        if child.dep_ in CUT_CHILD_DEPS:
            continue
        sub = list(child.subtree)
        if child.i < token.i:
            left = min(left, sub[0].i)
        else:
            right = max(right, sub[-1].i)
    # a following "of" phrase belongs to names like "the Legend of Zelda"
    return left, right + 1


def _with_conjuncts(token: Token) -> tuple[int, int] | None:
    conjs = [c for c in token.conjuncts if c.i > token.i]
    if not conjs or token.dep_ == "conj":
        return None
    last = max(conjs, key=lambda c: c.i)
    _, end = _core_np(last)
    start, _ = _core_np(token)
    return start, end


# Words that scale an amount: "₹520.79 crore", "£3 million" (the model often leaves them
# out of the entity when the currency is not the dollar).
AMOUNT_SCALES = {"thousand", "million", "billion", "trillion", "crore", "crores", "lakh",
                 "lakhs", "bn", "m", "k"}


def _measure_root(span: Span) -> Token:
    """"in one hour and four minutes": a measure said in two units is one answer, and
    the clause holds it where its first unit stands ("in ... hour"). The parser may hang
    the second unit on the verb as a conjunct of the clause ("finished ... and minutes"),
    which makes it the span's root: the answer then sat in no slot of the question, and
    the first unit alone ("one hour") was chosen instead."""
    root = span.root
    if root.dep_ != "conj" or root.head.i in range(span.start, span.end) or len(span) < 5:
        return root
    first = span[1]
    if span[0].like_num and first.pos_ == "NOUN" and span[2].lower_ == "and" and (
        span[0].head == first and first.head.i not in range(span.start, span.end)
    ):
        return first
    return root


def _after_currency_sign(ent: Span) -> bool:
    """A number written right after a currency sign, with no space ("₦1.2 billion")."""
    doc = ent.doc
    return ent.start > ent.sent.start and doc[ent.start - 1].is_currency and (
        not doc[ent.start - 1].whitespace_) and doc[ent.start].like_num


def _whole_amount(ent: Span) -> Span:
    """An amount of money with its currency sign and scale word: the small model tags
    "500,000" of "£500,000" and "520.79" of "₹520.79 crore" (it keeps the "$" of
    "$4.2 million"), and an amount without its currency is not the answer."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if start > ent.sent.start and doc[start - 1].is_currency and not doc[start - 1].whitespace_:
        start -= 1
    if end < ent.sent.end and doc[end].lower_ in AMOUNT_SCALES and doc[end - 1].like_num:
        end += 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_)


def _trim(doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].lower_ in LEADING_DROP or doc[start].is_punct
                           or doc[start].is_space or doc[start].dep_ == "cc"):
        if doc[start].lower_ in {"their", "his", "her", "its"} and end - start == 1:
            break
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].dep_ in {"cc", "case"}):
        end -= 1
    if end - start > 1 and _opens_score(doc, end - 1):
        end -= 1  # "beat Kilkenny 0-30 to 2-15": the score's first half is not the name's
    return start, end


# Words a real law's name holds ("the Copyright Act", "Title IX", "the Treaty of Rome"):
# the small model labels a team or a place beside a score a LAW without one.
LAW_WORDS = frozenset({"act", "law", "laws", "bill", "treaty", "amendment", "constitution",
                       "code", "article", "section", "rule", "rules", "title", "charter",
                       "convention", "accord", "accords", "protocol", "directive",
                       "regulation", "statute", "decree", "agreement", "v.", "vs."})


def _before_score(doc, i: int) -> bool:
    """A score starts at token i ("2-1", or "0" "-" "17" as the tokenizer splits it)."""
    return i < len(doc) and (bool(SCORE.fullmatch(doc[i].text)) or _opens_score(doc, i))


def _score_length(doc, i: int, end: int) -> int:
    """How many tokens the score starting at token i takes (0 if none starts there)."""
    if i < end and SCORE.fullmatch(doc[i].text):
        return 1
    if i + 2 < end and _opens_score(doc, i) and SCORE.fullmatch(doc[i:i + 3].text):
        return 3
    return 0


def _score_pair_end(doc, i: int, end: int) -> int:
    """The end of "1-12 to 0-15" starting at token i: a score written as two tallies joined
    by "to" (goals-points in hurling and Gaelic football, "three sets to one" style
    results) is one result, not two; 0 when no such pair starts at i. "went from 1-0 to
    2-0" is a change of score, not one, and is left alone."""
    first = _score_length(doc, i, end)
    if not first or (i > 0 and doc[i - 1].lower_ == "from"):
        return 0
    to = i + first
    if to >= end or doc[to].lower_ != "to":
        return 0
    second = _score_length(doc, to + 1, end)
    return to + 1 + second if second else 0


def _opens_score(doc, i: int) -> bool:
    """The token is the first number of a score written against a dash ("0" of "0-30")."""
    return i + 2 < len(doc) and doc[i].like_num and not doc[i].whitespace_ and (
        doc[i + 1].text in {"-", "–"} and not doc[i + 1].whitespace_ and doc[i + 2].like_num
    )


# An award's category, whatever label the model gave it: "Best New Artist", "Outstanding
# Drama Series", "Album of the Year", "Player of the Match".
AWARD_CATEGORY = re.compile(r"(?:the\s+)?(?:Best|Outstanding)\s+[A-Z]\w*|"
                            r"(?:[A-Z]\w*\s+){1,3}of the (?:Year|Decade|Season|Match|"
                            r"Tournament|Series|Night)$")
_PERSON_NAMES: dict[int, tuple[Doc, frozenset[str]]] = {}


def _person_names(doc: Doc) -> frozenset[str]:
    """The full names the model tagged as people in the whole article (kept for the
    last few articles: candidates are read sentence by sentence)."""
    known = _PERSON_NAMES.get(id(doc))
    if known is None or known[0] is not doc:
        if len(_PERSON_NAMES) > 64:
            _PERSON_NAMES.clear()
        names = frozenset(e.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1)
        known = _PERSON_NAMES[id(doc)] = (doc, names)
    return known[1]


def _resolved_text(span: Span, resolved: dict[int, str]) -> str:
    parts: list[str] = []
    last = None
    for token in span:
        name = resolved.get(token.i)
        if name is not None:
            if name != last:
                parts.append(name)
            else:
                parts.pop()  # the name's space is its last token's ("Jo-Jo Pettway and")
            parts.append(token.whitespace_)
            last = name
            continue
        last = None
        parts.append(token.text_with_ws)
    return " ".join("".join(parts).split())


# The last word of a name that says what kind of name it is, whatever label the model
# gave it ("the Richard Rodgers Theatre" as ORG, "the 2011 Glastonbury Festival" as GPE).
NAME_HEADS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("theatre", "theater", "arena", "stadium", "hall", "park", "centre",
                     "center", "garden", "gardens", "field", "dome", "ballroom", "hospital",
                     "cathedral", "square", "palace", "coliseum", "colosseum", "amphitheatre",
                     "amphitheater", "velodrome", "circuit", "speedway", "raceway"),
                    frozenset({"place", "venue"})),
    **dict.fromkeys(("festival", "awards", "tour", "cup", "championship", "championships",
                     "games", "olympics", "gala", "prix", "open", "classic", "marathon"),
                    frozenset({"event"})),
    **dict.fromkeys(("award", "prize", "trophy", "medal"), frozenset({"award"})),
}


def _types_of(span: Span, glossary: Glossary | None) -> set[str]:
    types: set[str] = set()
    last = span[-1]
    if len(span) > 1 and last.is_title and last.lower_ in NAME_HEADS and span[0].is_title:
        types |= NAME_HEADS[last.lower_]
    if glossary is not None:
        entry = glossary.lookup(span.text)
        if entry is not None:
            types |= FINE_TO_TYPES.get(entry.type, set())
            if entry.type in GROUP_FINE:
                types.add("group")
    head = span.root.lemma_.lower()
    if head in FOCUS_TYPES and span.root.pos_ == "NOUN":
        types.add("generic:" + FOCUS_TYPES[head])
    if CLOCK.match(span.text):
        types |= {"duration", "time"}
    if any(t.like_num for t in span):
        types.add("has_number")
        if span.root.lower_ in DURATION_WORDS or any(t.lower_ in DURATION_WORDS for t in span):
            types.add("duration")
    if YEAR.search(span.text):
        types.add("has_year")
    return types

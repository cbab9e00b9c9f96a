"""Question forms from clauses: wh-questions with do-support, subject questions,
possessive ("Whose daughter ...") questions, counts, years, fill-in-the-blank and
true/false. Every function returns `Candidate`s; the gates decide what is kept.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field, replace

from lemminflect import getInflection, getLemma
from spacy.attrs import DEP, IS_PUNCT, IS_SPACE, LEMMA, ORTH, POS, TAG
from spacy.tokens import Doc, Span, Token

from questions.facts import (
    PLACE_TYPES,
    TIME_TYPES,
    Answer,
    Arg,
    Clause,
    _ents_within,
    is_relative_time,
    resolve_weekday,
)
from questions.gates import MAX_WORDS
from questions.mentions import PERSON_NOUNS, PERSON_TYPES, Mention, Mentions
from questions.nlp import EDITION_NUMERAL, SCORE_TOKEN, doc_ents, doc_text, tokens_where
from questions.normalize import NUMBER_WORDS as COUNT_WORDS
from questions.render import QUOTES as RENDER_QUOTES
from questions.render import (
    article_the,
    close_blank_aside,
    closing_appositions,
    closing_modifiers,
    modified_prep_asides,
    possessive,
    reclose_single_quoted,
    rejoin_hyphenated,
    render_phrase,
    reopen_single_quoted,
    requote_article_titles,
    requote_in_blank,
    restore_closing_comma,
    tidy,
)

# "Which <noun>" per fine type; None: ask with "Who".
WH_NOUNS = {
    "person": None, "organization": "organisation", "member": "member", "singer": "singer",
    "actor": "actor",
    "player": "player", "coach": "coach", "character": "character",
    "group": "group", "team": "team", "label": "label",
    "company": "company", "platform": "platform", "fandom": "fandom",
    "song": "song", "album": "album", "film": "film", "show": "show", "game": "game",
    "book": "book", "tour": "tour", "event": "event", "award_show": "award show",
    "festival": "festival", "tournament": "tournament", "award": "award",
    "venue": "venue", "city": "city", "country": "country", "place": "place",
    "product": None, "language": "language", "title": None, "thing": None,
}
POSITION_TYPES = {"minute", "ordinal"}  # "in the 58th minute": "In which minute"
ASKABLE_TYPES = set(WH_NOUNS) | {"year", "date", "count", "money", "position"} | POSITION_TYPES
FRONTED_PREPS = {"at", "in", "on", "during", "from", "for", "against", "with", "to", "by", "under",
                 "into", "onto", "over", "through", "across", "after", "before", "near"}
KINSHIP_NOUNS = {
    "daughter", "son", "wife", "husband", "mother", "father", "brother", "sister", "mom",
    "dad", "girlfriend", "boyfriend", "partner", "fiancee", "fiancé", "fiance", "manager",
    "coach", "teammate", "bandmate", "cousin", "niece", "nephew", "grandmother",
    "grandfather", "uncle", "aunt", "dog", "cat", "pet", "child", "baby", "twin",
}
BLANK = "_____"


@dataclass
class Candidate:
    question: str
    answer: str
    answer_type: str
    form: str
    sentence: str
    answer_in_sentence: bool = True
    topics: tuple[str, ...] = ()
    specificity: float = 0.5
    clause_key: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    # Other answers the articles give to the same question: never shown as wrong choices.
    also: frozenset[str] = frozenset()


def wh_phrase(answer: Answer, group: str | None = None, subject: bool = False) -> str | None:
    """The wh-phrase for an answer of this type. An organisation doing something is asked
    with "Who" ("Who announced ...?"); one that is joined or beaten with "Which
    organisation" ("Which organisation did Denver join?")."""
    if answer.type == "organization" and (subject or not institutional(answer.text)):
        return "Who"  # a one-word "organisation" is as often a person the model mislabelled
    if answer.type == "count":
        return f"How many {answer.noun}" if answer.noun else None
    if answer.type == "position":
        return "In which position"
    if answer.type == "money":
        return "How much" if any(ch.isdigit() for ch in answer.text) else None
    if answer.type in POSITION_TYPES:
        return f"Which {answer.noun}" if answer.noun else None
    if answer.type not in WH_NOUNS:
        return None
    noun = WH_NOUNS[answer.type]
    if noun is None:
        return "Who" if answer.type == "person" else "What"
    if noun == "member" and group:
        return f"Which {group} member"
    return f"Which {noun}"


ORG_WORDS = re.compile(
    r"\b(Foundation|League|Association|Federation|Union|Council|Committee|Entertainment|"
    r"Records|Music|Inc|Ltd|Corporation|Company|Club|FC|University|College|Institute|"
    r"Academy|Society|Agency|Studios?|Group|Network|Party|Ministry|Department|Bank)\b"
)


def institutional(name: str) -> bool:
    """An organisation's name that says so: an acronym ("NBA"), or a word such as
    "Foundation" or "Records"."""
    bare = re.sub(r"^the\s+", "", name, flags=re.I)
    return bool(re.fullmatch(r"[A-Z]{2,6}", bare)) or bool(ORG_WORDS.search(bare))


# An answer that names a place of learning is asked with its own head noun: "Which
# university did X study at?", not "Which organisation" or "Which place".
INSTITUTION_NOUNS = ("University", "College", "Academy", "Conservatory", "Conservatoire",
                     "School", "Institute")
INSTITUTION_WORD = re.compile(rf"\b({'|'.join(INSTITUTION_NOUNS)})\b")
INSTITUTION_ASKED = {"organization", "place", "venue", "title", "thing", "company"}


def institution_wh(answer: Answer, verb: Token | None = None, prep: str = "") -> str | None:
    """"Which university" for "the Korea National University of Arts", "Which academy" for
    "the Royal Academy of Music"; "Which school" for what one graduates from when the name
    does not say what it is ("graduated from RADA": one graduates only from a place of
    learning). None when the answer names no institution."""
    if answer.type not in INSTITUTION_ASKED:
        return None
    found = INSTITUTION_WORD.search(answer.text)
    if found:
        return f"Which {found.group(1).lower()}"
    if verb is not None and verb.lemma_.lower() == "graduate" and prep == "from":
        return "Which school"
    return None


# A prize one wins is asked with its own head noun: "sealed the Liam MacCarthy Cup" is a
# trophy lifted, not a tournament ("Which tournament did Clare seal?" reads wrong); a
# league won is a competition. The name's last word says which.
PRIZE_HEAD_WH = {"cup": "trophy", "trophy": "trophy", "shield": "trophy", "plate": "trophy",
                 "belt": "belt", "title": "title", "league": "competition"}
PRIZE_HEAD_TYPES = {"tournament", "award", "thing", "title"}
# What is done to a prize: won, kept, lost or handed over.
PRIZE_HOLD_VERBS = {"win", "lift", "seal", "claim", "retain", "defend", "clinch", "capture",
                    "take", "hoist", "raise", "hold", "keep", "regain", "reclaim", "secure",
                    "collect", "receive", "earn", "lose", "surrender", "present", "hand",
                    "award", "give"}


def prize_wh(answer: Answer, verb: Token | None = None, prep: str = "") -> str | None:
    """"Which trophy" for a cup, trophy or shield won ("the Liam MacCarthy Cup"), "Which
    competition" for a league won; None when the answer's name ends in no such noun or the
    verb does not win, keep, lose or hand over a prize ("hosted the World Cup")."""
    if answer.type not in PRIZE_HEAD_TYPES or verb is None or prep not in {"", "to"}:
        return None
    if verb.lemma_.lower() not in PRIZE_HOLD_VERBS:
        return None
    words = answer.text.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return None  # a name, not "the title": a bare common noun is no prize's name
    noun = PRIZE_HEAD_WH.get(words[-1].lower())
    return f"Which {noun}" if noun else None


def _verb_word(verb: Token) -> str:
    """The verb as said mid-question: "Released in 2019, ..." opens its sentence with a
    capital only because it opens it."""
    if verb.i == verb.sent.start and verb.text[:1].isupper() and verb.text[1:].islower():
        return verb.lower_
    return verb.text


def _inflect(verb: Token, tag: str) -> str:
    lemma = verb.lemma_
    prefix = ""
    if lemma.lower().startswith("co-") and len(lemma) > 3:
        prefix, lemma = lemma[:3], lemma[3:]  # "co-write" -> "co-wrote", not "co-writed"
    forms = getInflection(lemma, tag=tag)
    return prefix + forms[0] if forms else verb.text


def _lemma(verb: Token) -> str:
    return verb.lemma_.lower() if verb.lemma_ else verb.lower_


def _rest(clause: Clause, mentions: Mentions, own: str, skip: Arg | None) -> str | None:
    """The clause's other arguments after the verb, in sentence order (fronted ones moved)."""
    pieces: list[tuple[int, int, str]] = []
    subject_at = clause.subject.head.i
    counted = skip is not None and skip.answer is not None and skip.answer.type in {
        "count", "money"
    }
    for arg in clause.args:
        if arg is skip:
            continue
        text = arg_text(clause, arg, mentions, own)
        if text is None:
            return None
        if not text and counted:
            return None  # "how many ... on Saturday" without the day is another question
        if text:
            pieces.append((int(arg.said_at < subject_at), arg.said_at, text))
    if skip is not None:
        # "beat Stefanos Kavalas 6-3, 7-6 (4)" with the first set's score hung on the name
        # asked for: the other sets' scores stay, so the run is said whole ("Who did X
        # beat 6-3, 7-6 (4)?"), never from its second set on; a lone score goes with it
        doc = skip.head.doc
        for child in skip.head.children:
            after = child.right_edge.i + 1
            if (
                child.i > skip.head.i and child.dep_ in {"nummod", "npadvmod"}
                and child.like_num and child.i + 1 < len(doc)
                and doc[child.i + 1].text in {"-", "–"}
                and after + 1 < len(doc) and doc[after].text == ","
                and doc[after + 1].like_num
            ):
                score = doc[child.i : child.right_edge.i + 1].text
                pieces.append((int(child.i < subject_at), child.i, score))
    kept = [clause.xcomp, *clause.extras]
    if skip is not None and skip.answer is not None and skip.answer.type == "count":
        # "two goals against Everton": what was counted stays in the question
        kept += [c for c in skip.head.children if c.dep_ == "prep" and c.i > skip.head.i]
    for token in kept:
        if token is None:
            continue
        text = modifier_text(clause, token, mentions, own)
        if text is None:
            return None
        if text:
            pieces.append((int(token.i < subject_at), token.i, text))
    pieces.sort()  # phrases fronted before the subject go last: "perform X at the BBMAs"
    return _rejoin_scores(" ".join(text for _, _, text in pieces), clause.sent.text)


def _rejoin_scores(text: str, sentence: str) -> str:
    """"beat them 5-0": the parser may hang "5" and "0" on the verb apart and the dash on
    nothing; a score the sentence gives is put back whole."""
    def joined(match: re.Match[str]) -> str:
        for dash in ("-", "–"):
            score = f"{match.group(1)}{dash}{match.group(2)}"
            if re.search(rf"(?<![\w-]){re.escape(score)}(?![\w-])", sentence):
                return score
        return match.group(0)

    text = re.sub(r"(?<![\w-])(\d{1,3})(?: | ?[-–] | [-–]?)(\d{1,3})(?![\w-])", joined, text)
    return _set_score_commas(_uncut_scores(text, sentence), sentence)


SCORE_AND_NEXT = re.compile(r"(?<![\w.,-])(\d{1,3})([-–]\d{1,3})(?![\w-]),? (\w+)")


def _uncut_scores(text: str, sentence: str) -> str:
    """"beat X 3-1 in the final": the parser may hang the "1" on the verb as a bare
    preposition that is then dropped, leaving "beat X 3 in the final" (a garbled score). A
    lone number followed by the word that follows a score of the sentence starting with it
    gets the score's second half back."""
    for match in SCORE_AND_NEXT.finditer(sentence):
        first, rest, after = match.groups()
        text = re.sub(rf"(?<![\w.,-]){first}(?= {re.escape(after)}\b)", first + rest, text)
    return text


# One set's or period's score, with a tie-break's points after it: "7-6 (4)".
SET_SCORE = rf"{SCORE_TOKEN.pattern}(?: \(\d{{1,2}}\))?"
SET_SCORES = re.compile(rf"(?<![\w-])({SET_SCORE}) ({SET_SCORE})(?![\w-])")


def _set_score_commas(text: str, sentence: str) -> str:
    """"beat X 6-3, 7-6 (4), 6-2": the parser hangs each set's score on the verb apart
    and the commas between them are lost ("6-3 7-6 (4) 6-2" reads as garble); the commas
    the sentence puts between them are put back."""
    def comma(match: re.Match[str]) -> str:
        said = f"{match.group(1)}, {match.group(2)}"
        return said if said in sentence else match.group(0)

    before = None
    while before != text:  # a run of three scores is two pairs
        before, text = text, SET_SCORES.sub(comma, text)
    return text


ANAPHORIC_TIMES = {"that", "this", "then", "which"}


def _anaphoric_time(tokens: list[Token]) -> bool:
    """"Before that", "after this": a time relative to the sentence before; the clause
    stays true without it."""
    return (
        len(tokens) == 2
        and tokens[0].lower_ in {"before", "after", "since", "until", "following"}
        and tokens[1].lower_ in ANAPHORIC_TIMES
    )


def arg_text(clause: Clause, arg: Arg, mentions: Mentions, own: str) -> str | None:
    """An argument as text; "" drops it (a relative date we cannot pin down), None means
    it needs a reference nobody resolved."""
    tokens = _before_dash_aside(arg.tokens(clause.cut), arg.head)
    if _anaphoric_time(tokens):
        return ""
    if arg.prep is not None and arg.answer is None and _aside(arg.prep):
        return ""  # ", by contrast,"
    if len(tokens) == 2 and tokens[1].ent_type_ == "ORDINAL" and arg.prep is not None:
        if any(a.role == "position" for a in clause.args):
            return ""  # "came home fourth, ahead of Hamilton in fifth": Hamilton's place
        return None  # "ahead of Lewis Hamilton in fifth": the parser hung it on the verb
    span = clause.sent.doc[tokens[0].i : tokens[-1].i + 1]
    if arg.head.ent_type_ in {"DATE", "TIME"} and is_relative_time(span):
        past = _told_in_past(clause)
        place = _place_on_time(arg.head, mentions, own)
        if place is not None:
            # "On Wednesday evening at the Paris La Défense Arena": the place is kept
            inner = [t for t in tokens if t.i < min(x.i for x in place[0].subtree)]
            span = clause.sent.doc[inner[0].i : inner[-1].i + 1]
        date = resolve_weekday(span.text, clause.published, past)
        if place is not None:
            return f"on {date} {place[1]}" if date else place[1]
        return f"on {date}" if date else ""
    if _inside_earlier_mention(arg, mentions):
        return ""  # "Love" + "On Tour": the parser split a name; it is said once
    text = _with_nested_time(clause, tokens, mentions, own)
    if text and arg.answer is not None and arg.answer.type == "date":
        text = _with_year(text, arg.answer.text, clause)
    return text


def _place_on_time(head: Token, mentions: Mentions, own: str) -> tuple[Token, str] | None:
    """"on Wednesday evening at the Paris La Défense Arena": a place phrase the parser hung
    on a relative time, last in it, naming a place; (its preposition, its text) or None."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.i > head.i]
    if len(preps) != 1 or preps[0].lower_ not in {"at", "in"}:
        return None
    prep = preps[0]
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.ent_type_ in {"DATE", "TIME"}:
        return None
    mention = mentions.covering(pobj)
    if mention is None or mention.type not in {"venue", "city", "country", "place"}:
        return None
    if max(t.i for t in prep.subtree) != max(t.i for t in head.subtree):
        return None
    text = render_phrase(sorted(prep.subtree, key=lambda t: t.i), mentions, own=own)
    return (prep, text) if text else None


DASHES = {"—", "–", "--"}


def _before_dash_aside(tokens: list[Token], head: Token) -> list[Token]:
    """"eleven dungeons—large, contained areas where ...": the aside after a dash that
    follows the phrase's head explains it; the phrase ends at the dash."""
    for index, token in enumerate(tokens):
        if token.text in DASHES and token.i > head.i and index + 1 < len(tokens):
            after = tokens[index + 1]
            if after.is_alpha and after.text[:1].islower():
                return tokens[:index]
    return tokens


def _with_year(text: str, date: str, clause: Clause) -> str:
    """"on May 12" in a past-tense sentence of an article published 26 May 2023: "on May
    12, 2023" (the latest such day on or before publication). Only when the date is not
    the answer: the question must say which year."""
    import datetime as dt

    published = clause.published
    if published is None or re.search(r"\b(1[5-9]|20)\d{2}\b", date) or not _past(clause):
        return text
    try:
        day = dt.datetime.strptime(date.strip(), "%B %d").date()
    except ValueError:
        return text
    year = published.year if (day.month, day.day) <= (published.month, published.day) else (
        published.year - 1
    )
    return text.replace(date, f"{date}, {year}", 1)


def _inside_earlier_mention(arg: Arg, mentions: Mentions) -> bool:
    """Every word of the phrase is inside a name that starts before it (the parser split
    "Love On Tour" into an object and a prepositional phrase)."""
    tokens = arg.tokens()
    hits = [mentions.covering(t) for t in tokens]
    return all(h is not None and h.start < arg.first for h in hits)


def _with_nested_time(
    clause: Clause, tokens: list[Token], mentions: Mentions, own: str
) -> str | None:
    """A phrase with a relative time inside ("to an end on Saturday night in Reggio
    Emilia"): the time is resolved to a date (or left out) and said last."""
    doc = clause.sent.doc
    for token in tokens:
        if token.dep_ != "prep" or token is tokens[0]:
            continue
        pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.ent_type_ not in {"DATE", "TIME"}:
            continue
        inner = sorted(token.subtree, key=lambda t: t.i)
        span = doc[inner[0].i : inner[-1].i + 1]
        if not is_relative_time(span):
            continue
        past = _told_in_past(clause)
        date = resolve_weekday(span.text, clause.published, past)
        cut = {t.i for t in inner}
        text = render_phrase([t for t in tokens if t.i not in cut], mentions, own=own)
        if text is None:
            return None
        return f"{text} on {date}" if date else text
    return _possessive_day(render_phrase(tokens, mentions, own=own), clause)


# "in Sunday night's final": a weekday said as the owner of the occasion held on it (a
# match, race or show; "Monday's issue" of a magazine is no occasion and is left alone)
DAY_OCCASIONS = (
    "final|semi-final|semifinal|quarter-final|quarterfinal|grand final|match|game|race|"
    "fight|bout|derby|decider|showdown|clash|tie|playoff|play-off|show|concert|gig|"
    "ceremony|premiere|performance|set|stage|round|session"
)
POSSESSIVE_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?: (?:night|evening|afternoon|morning))?['’]s (?=(?:[a-z-]+ )?(?:"
    + DAY_OCCASIONS + r")\b)",
    re.I,
)


def _possessive_day(text: str | None, clause: Clause) -> str | None:
    """"beat Jamaica in Sunday night's final at the Cape Town ... Centre": a weekday
    owning the occasion says when it was held, relative to the report's date; cut from
    the report a question cannot say which Sunday. In a past-tense sentence of a dated
    report it is the final "on 6 August 2023", said at the end of the phrase; else the
    phrase is left as it was (the gates judge it as before)."""
    if not text:
        return text
    found = list(POSSESSIVE_DAY.finditer(text))
    if len(found) != 1 or DAY_DATE.search(text):
        return text
    past = _told_in_past(clause)
    date = resolve_weekday(found[0].group(0), clause.published, past)
    if date is None:
        return text
    return f"{text[:found[0].start()]}the {text[found[0].end():]} on {date}"


# Nouns of a discourse aside: "by contrast", "for example", "in turn", "in fact".
ASIDE_NOUNS = {"contrast", "comparison", "example", "instance", "turn", "fact", "particular",
               "addition", "short", "general", "theory", "practice", "effect", "truth",
               "hindsight", "retrospect", "sum", "summary", "conclusion", "part"}


def _aside(token: Token) -> bool:
    """"Australia, by contrast, had lost ...": a discourse aside set off by commas links
    the sentence to the one before; the question does without it."""
    tokens = sorted(token.subtree, key=lambda t: t.i)
    doc = token.doc
    first, last = tokens[0].i, tokens[-1].i
    before = doc[first - 1].text if first > 0 else ","
    after = doc[last + 1].text if last + 1 < len(doc) else "."
    if before not in {",", "—", "–"} or after not in {",", "—", "–", "."}:
        return False
    if token.dep_ == "prep" and len(tokens) <= 3:
        return tokens[-1].lemma_.lower() in ASIDE_NOUNS and not tokens[-1].ent_type_
    return False


def _back_in_time(token: Token) -> bool:
    """"opened ... back in February 2016": "back" only points at the date after it."""
    doc = token.doc
    if token.lower_ != "back" or token.dep_ != "advmod" or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    return after.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in after.children
    )


def _after_earlier_name(tokens: list[Token], mentions: Mentions) -> list[Token]:
    """"beat INEOS Britannia 7-2": the parser hung "Britannia 7-2" on the verb, apart from
    "INEOS", whose phrase says the whole name; the modifier's words inside a name that
    starts before it are said there already ("INEOS Britannia Britannia 7-2" else)."""
    first = tokens[0].i if tokens else 0
    kept = []
    for token in tokens:
        mention = mentions.covering(token)
        if mention is not None and mention.start < first:
            continue
        kept.append(token)
    return kept


def modifier_text(clause: Clause, token: Token, mentions: Mentions, own: str) -> str | None:
    if _aside(token) or _back_in_time(token):
        return ""
    tokens = _after_earlier_name(sorted(token.subtree, key=lambda t: t.i), mentions)
    if not tokens:
        return ""
    span = clause.sent.doc[tokens[0].i : tokens[-1].i + 1]
    if is_relative_time(span):
        past = _told_in_past(clause)
        date = resolve_weekday(span.text, clause.published, past)
        return f"on {date}" if date else ""
    return render_phrase(tokens, mentions, own=own)


def _verb_group(clause: Clause) -> tuple[str | None, str]:
    """(fronted auxiliary or None for do-support, the rest of the verb group)."""
    verb = clause.verb
    particle = f" {clause.particle.text}" if clause.particle is not None else ""
    if clause.auxes:
        first, *others = clause.auxes
        middle = " ".join(a.text for a in others)
        return first.lower_, f"{middle} {_verb_word(verb)}{particle}".strip()
    if clause.tense:
        return None, f"{_lemma(verb)}{particle}"
    if verb.lemma_ == "be":
        return verb.lower_, ""
    return None, f"{_lemma(verb)}{particle}"


def _do(verb: Token, tense: str | None = None) -> str:
    tag = tense or verb.tag_
    if tag == "VBD":
        return "did"
    if tag == "VBZ":
        return "does"
    return "do"


def object_question(clause: Clause, arg: Arg, mentions: Mentions, group: str | None) -> str | None:
    answer = arg.answer
    assert answer is not None
    subject = subject_text(clause, mentions)
    if subject is None or answer.type not in ASKABLE_TYPES:
        return None
    own = _subject_name(clause, mentions)
    rest = _rest(clause, mentions, own, skip=arg)
    if rest is None:
        return None
    aux, verb_rest = _verb_group(clause)
    if aux is None:
        aux = _do(clause.verb, clause.tense)
    if arg.prep is None:
        wh = prize_wh(answer, clause.verb) or wh_phrase(answer, group)
        if wh is None:
            return None
        body = f"{wh} {aux} {subject} {verb_rest} {rest}"
    else:
        prep = arg.prep.lower_
        if answer.type in TIME_TYPES:
            if prep not in {"in", "on"}:
                return None
            wh_front = "In which year" if answer.type == "year" else "When"
            body = f"{wh_front} {aux} {subject} {verb_rest} {rest}"
        elif answer.type in POSITION_TYPES:
            body = f"{prep.capitalize()} which {answer.noun} {aux} {subject} {verb_rest} {rest}"
        elif answer.type in {"city", "country", "place", "venue"} and prep in {"in", "at"}:
            if any(
                other is not arg and other.prep is not None
                and other.prep.lower_ in {"in", "at"} and other.answer is not None
                and other.answer.type in {"city", "country", "place", "venue"}
                for other in clause.args
            ) or _says_where(rest, clause, mentions, answer):
                return None  # "Where did X beat Y at Chase Field?": it says where already
            body = f"Where {aux} {subject} {verb_rest} {rest}"
        else:
            wh = institution_wh(answer, clause.verb, prep) or wh_phrase(answer, group)
            if wh is None:
                return None
            if wh in {"What", "Who"} and _located_thing(clause, arg, wh):
                # "What does the tour open at on 3 May?": a venue the recogniser missed;
                # asked "Where" when its name says it is a place, else not asked at all
                if not _looks_like_place(arg) or prep == "outside" or any(
                    other is not arg and other.prep is not None
                    and other.prep.lower_ in {"in", "at"} and other.answer is not None
                    and other.answer.type in {"city", "country", "place", "venue"}
                    for other in clause.args
                ) or _says_where(rest, clause, mentions, answer):
                    return None
                return finish(f"Where {aux} {subject} {verb_rest} {rest}")
            same_prep = rest.lower().startswith(f"{prep} ")  # "launch on ... on May 12"
            if _adjacent(clause, arg) and not same_prep:
                body = f"{wh} {aux} {subject} {verb_rest} {prep} {rest}"
            elif same_prep and prep in FRONTED_PREPS:
                wh = _fronted(prep, wh)
                if wh is None:
                    return None
                body = f"{wh} {aux} {subject} {verb_rest} {rest}"
            elif _adjacent(clause, arg) or (
                answer.type in PERSON_TYPES and len(rest.split()) <= 6
            ):
                body = f"{wh} {aux} {subject} {verb_rest} {rest} {prep}"
            elif prep in FRONTED_PREPS:
                wh = _fronted(prep, wh)
                if wh is None:
                    return None
                body = f"{wh} {aux} {subject} {verb_rest} {rest}"
            else:
                return None
    if answer.type == "count" and re.search(r"\bfor \d+\b", body):
        return None  # "three wickets for 55": a figure; "how many ... for 55?" is garble
    purpose = _counted_purpose(clause, arg)
    if answer.type == "count" and purpose and purpose not in body:
        body = f"{body.rstrip()} {purpose}"
    return finish(body)


# Verbs that say where something is or happens: a show opens, a band plays or performs,
# a festival is held or takes place somewhere. Their "at/in/inside/outside" object is a
# place, so "What does the tour open at?" asks for a venue by the wrong word.
LOCATING_VERBS = {"open", "close", "play", "perform", "sing", "headline", "stage", "hold",
                  "host", "premiere", "debut", "start", "begin", "end", "finish", "kick",
                  "gather", "meet", "stay", "live", "locate", "base", "celebrate", "screen",
                  "film", "shoot", "record", "rehearse", "arrive", "land", "launch", "take"}
PLACE_PREPS = {"at", "in", "inside", "outside"}
# Head words of a place's name the recogniser may miss ("the Iron Chapel", "Bellhaven
# Quay"), besides the venue words of a lead's occasion (VENUE_WORDS).
PLACE_HEAD_WORDS = {
    "chapel", "church", "cathedral", "abbey", "club", "bar", "pub", "inn", "tavern", "rooms",
    "room", "house", "square", "street", "road", "quay", "pier", "harbour", "harbor", "beach",
    "island", "lake", "mill", "market", "studio", "studios", "ballroom", "auditorium",
    "pavilion", "lounge", "hotel", "museum", "gallery", "library", "castle", "tower",
    "bridge", "station", "airport", "plaza", "village", "town", "city", "valley", "hill",
    "mountain", "forest", "racecourse", "course", "court", "courts", "rink", "pool", "venue",
    "warehouse", "factory", "barn", "cinema", "playhouse", "opera", "odeon", "bay",
}


def _located_thing(clause: Clause, arg: Arg, wh: str) -> bool:
    """An answer of no known type ("thing", "product") after a place preposition of a
    verb that says where something is or happens: "performed inside the Iron Chapel".
    A person is never the place something happens ("Who did X perform inside?" is a
    venue read as a name), nor is a work one is "at" or "inside" (one performs *in* a
    show: that stays). "Take" only as "take place"."""
    answer = arg.answer
    if answer is None or arg.prep is None or arg.prep.lower_ not in PLACE_PREPS:
        return False
    prep = arg.prep.lower_
    if not (wh == "Who" or answer.type in {"thing", "product"} or (
        answer.type == "title" and prep != "in"
    )):
        return False
    lemma = _lemma(clause.verb)
    if lemma == "take":
        return any(a.role == "dobj" and a.head.lower_ == "place" for a in clause.args) or any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in clause.verb.children
        )
    return lemma in LOCATING_VERBS


def _looks_like_place(arg: Arg) -> bool:
    """The answer is a place by the recogniser's label (a facility, a place, a
    location) or by its title-case name's head word ("the Iron Chapel")."""
    answer = arg.answer
    assert answer is not None
    doc = arg.head.doc
    span = doc[answer.start : answer.end]
    if any(t.ent_type_ in {"FAC", "GPE", "LOC"} for t in span):
        return True
    words = [t for t in span if t.is_alpha and t.lower_ != "the"]
    if not words or not all(t.text[:1].isupper() for t in words if len(t) > 3):
        return False
    head = words[-1].lower_
    return head in VENUE_WORDS or head in PLACE_HEAD_WORDS


def _counted_purpose(clause: Clause, arg: Arg) -> str | None:
    """"needed three games to get past Lee in the semi-final": the infinitive on the
    counted noun (or on the verb, right after the count) says what the count is of.
    Without it "How many games had X needed?" asks something else (he needed games all
    week); it goes at the end of the question."""
    end = max(t.i for t in arg.head.subtree)
    children = [*arg.head.children, *(
        c for c in clause.verb.children if c.dep_ in {"advcl", "xcomp"} and c.i > end
        and min(t.i for t in c.subtree) == end + 1
    )]
    for child in children:
        if child.dep_ in {"relcl", "acl", "advcl", "xcomp"} and child.i > arg.head.i and any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in child.children
        ):
            tokens = sorted(child.subtree, key=lambda t: t.i)
            while tokens and tokens[-1].is_punct:
                tokens.pop()
            gapped = bool(tokens) and tokens[-1].i - tokens[0].i + 1 != len(tokens)
            if not tokens or len(tokens) > 12 or gapped or any(
                (t.is_punct and t.text != "-") or t.lower_ in {"and", "but"} for t in tokens
            ):
                return None  # a long or spliced phrase: better none than a garbled one
            return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text  # "semi-final" kept
    return None


def _says_where(rest: str, clause: Clause, mentions: Mentions, answer: Answer) -> bool:
    """The rest of the question already names a venue or place after "at"/"in"."""
    for token in clause.sent:
        mention = mentions.at(token)
        if mention is None or mention.name == answer.text or mention.type not in {
            "city", "country", "place", "venue", "organization"
        }:
            continue
        preps = "at" if mention.type == "organization" else "at|in"  # "at Chase Field"
        bare = re.sub(r"^the ", "", mention.name, flags=re.I)
        if re.search(rf"\b({preps}) (the )?{re.escape(bare)}\b", rest):
            return True
    return False


LOCATIVE_PREPS = {"at", "in", "on", "inside", "outside", "near", "across"}


def _fronted(prep: str, wh: str) -> str | None:
    """"To whom", "From which organisation"; a bare "On what" reads as garble: dropped."""
    if wh == "Who" and prep.lower() in LOCATIVE_PREPS:
        return None  # "at whom did X beat Y? -> Alexandra Palace": a place labelled ORG
    if wh == "Who":
        return f"{prep.capitalize()} whom"
    if wh == "What":
        return None
    return f"{prep.capitalize()} {wh[0].lower()}{wh[1:]}"


def _adjacent(clause: Clause, arg: Arg) -> bool:
    """A preposition right after the verb (or particle) belongs to it: "bump into"."""
    anchor = clause.particle.i if clause.particle is not None else clause.verb.i
    return arg.prep is not None and arg.prep.i == anchor + 1


def subject_question(clause: Clause, mentions: Mentions, group: str | None) -> str | None:
    answer = clause.subject.answer
    assert answer is not None
    if answer.type not in ASKABLE_TYPES or answer.type in TIME_TYPES | POSITION_TYPES | {
        "count", "money", "position"
    }:
        return None
    if answer.type in {"place", "city", "country"} or (
        answer.type == "venue" and clause.passive
    ):
        return None  # a place doing something is more often a name the model mislabelled
    kin = _kin_wh(clause.subject.head, mentions)
    wh = kin or wh_phrase(answer, group, subject=True)
    if wh == "Who" and _lemma(clause.verb) in CONTAINING_VERBS:
        wh = "What"  # "Destiny Fulfilled included the singles ...": a work, not a person
    if wh == "Who" and clause.passive and _lemma(clause.verb) in FOUNDING_VERBS:
        wh = "What"  # "Who was founded in 2010 by X?": a studio, band or club is founded
    if _lemma(clause.verb) == "be" and any(
        a.role == "attr" and a.head.lemma_.lower() in NAME_NOUNS for a in clause.args
    ):
        wh = "What"  # "The Bey Hive is the name given to ...": a name, not a person
    if wh is None:
        return None
    if _lemma(clause.verb) == "be" and not kin and not _definite_attr(clause):
        return None  # "Who is a huge BTS fan?": millions are; not one answer
    rest = _with_bound_possessives(clause, mentions, answer)
    if rest is None:
        return None
    if not rest.strip() and clause.particle is None and not clause.args:
        return None  # "What went on?", "Who smiled?": nothing to tell the answer by
    if not rest.strip() and clause.particle is not None:
        return None
    if _lemma(verb_of := clause.verb) in INCOMPLETE_ALONE and not any(
        a.role in {"dobj", "attr", "dative", "oprd"} for a in clause.args
    ) and clause.xcomp is None and not any(c.dep_ == "ccomp" for c in verb_of.children):
        return None  # "Who was asked in an interview ...?": asked what?
    if _own_possessive_only(clause, rest):
        return None  # "Who has won his second Academy Award?": many have
    if any(t.lower_ in {"also", "too"} and t.dep_ == "advmod" for t in clause.verb.children):
        return None  # "Greg Kurstin, who also worked on ...": someone else did too
    if _lemma(clause.verb) in LIGHT_VERBS and (
        clause.particle is not None or (_lemma(clause.verb) == "keep" and clause.xcomp)
    ) and not any(a.role in {"dobj", "attr", "dative"} for a in clause.args):
        return None  # "Who came around when ...?"; "Who kept wriggling ...?" (a habit)
    if _idiom(clause):
        return None  # "Who made history in the California desert?": a figure of speech
    verb = clause.verb
    particle = f" {clause.particle.text}" if clause.particle is not None else ""
    if clause.auxes:
        auxes = [a.text for a in clause.auxes]
        if auxes[0].lower() in {"are", "were", "have"}:
            auxes[0] = {"are": "is", "were": "was", "have": "has"}[auxes[0].lower()]
        verb_text = " ".join(auxes) + f" {_verb_word(verb)}{particle}"
    elif clause.tense:
        verb_text = _inflect(verb, clause.tense) + particle  # "written by X": "X wrote"
    elif verb.tag_ == "VBP":
        verb_text = _inflect(verb, "VBZ") + particle
    elif verb.lemma_ == "be" and verb.lower_ == "were":
        verb_text = "was"
    elif verb.lemma_ == "be" and verb.lower_ == "are":
        verb_text = "is"
    else:
        verb_text = verb.text + particle
    return finish(f"{wh} {verb_text} {rest}")


# Verb + object figures of speech: "made history", "stole the show", "made headlines".
IDIOMS = {
    "make": {"history", "headline", "headlines", "wave", "waves", "splash", "noise", "statement"},
    "steal": {"show", "spotlight", "limelight"},
    "bring": {"house", "roof"},
    "raise": {"roof", "bar"},
    "turn": {"head", "heads"},
    "break": {"internet", "ice"},
    "set": {"tone", "stage"},
}
# What the figure was: "made history as the first ... to ...", "by winning ...".
IDIOM_EXPLAINED = {"as", "by", "with"}


def _idiom(clause: Clause) -> bool:
    """A figure of speech whose clause does not say what it stands for."""
    objects = IDIOMS.get(_lemma(clause.verb))
    if not objects:
        return False
    figurative = any(
        a.role == "dobj" and a.head.lemma_.lower() in objects and a.answer is None
        for a in clause.args
    )
    explained = any(
        a.prep is not None and a.prep.lower_ in IDIOM_EXPLAINED for a in clause.args
    ) or any(c.dep_ == "advcl" for c in clause.verb.children)
    return figurative and not explained


def _with_bound_possessives(clause: Clause, mentions: Mentions, answer: Answer) -> str | None:
    """The rest of a subject question, where a "his"/"her" the resolver left open (two
    people in reach) is bound by the subject the question asks for: "Who finished third
    to score the first podium of his career?" reads "his" as the answer's own. Only with
    no other person named between the subject and the pronoun, and a matching gender."""
    from questions.mentions import Mention

    bound: list[int] = []
    subject_tokens = {t.i for t in clause.subject.head.subtree}
    for token in clause.verb.subtree:
        mention = mentions.at(token)
        if (
            token.i not in subject_tokens and token.i > clause.verb.i
            and token.tag_ == "PRP$" and mention is not None
            and mention.name != answer.text and _could_be_own(token, answer, mentions)
        ):
            return None  # "Barbie earned ... over its opening weekend", "its" read as another's
    if answer.type in PERSON_TYPES:
        gender = mentions.genders.get(answer.text)
        subject = {t.i for t in clause.subject.head.subtree}
        for token in clause.verb.subtree:
            if token.i in subject or token.tag_ != "PRP$" or token.i not in mentions.vague:
                continue
            if token.lower_ not in {"his", "her"} or gender not in {
                None, "m" if token.lower_ == "his" else "f"
            }:
                continue
            between = clause.sent.doc[clause.subject.head.i + 1 : token.i]
            if any(
                (m := mentions.covering(t)) is not None and m.type in PERSON_TYPES
                and m.name != answer.text for t in between
            ):
                continue
            bound.append(token.i)
    saved = {i: mentions.by_start.get(i) for i in bound}
    for i in bound:
        mentions.vague.discard(i)
        mentions.by_start[i] = Mention(i, i + 1, answer.text, answer.type, possessive=True)
    try:
        return _rest(clause, mentions, answer.text, skip=None)
    finally:
        for i, before in saved.items():
            mentions.vague.add(i)
            if before is None:
                mentions.by_start.pop(i, None)
            else:
                mentions.by_start[i] = before


# Verbs whose subject holds its object as a part: a work or a set, never a person.
CONTAINING_VERBS = {"include", "contain", "comprise", "spawn", "consist"}
def _could_be_own(token: Token, answer: Answer, mentions: Mentions) -> bool:
    """Whether a possessive pronoun could refer to the subject asked for."""
    word = token.lower_
    if word == "its":
        return answer.type not in PERSON_TYPES
    if word in {"his", "her"}:
        gender = mentions.genders.get(answer.text)
        return answer.type in PERSON_TYPES | {"thing", "organization"} and gender in {
            None, "m" if word == "his" else "f"
        }
    return word == "their" and answer.type in {"group", "team", "organization"}


NAME_NOUNS = {"name", "nickname", "title", "term", "word", "motto", "slogan"}
# Verbs that say nothing without what was asked or told.
INCOMPLETE_ALONE = {"ask", "tell", "say", "urge", "invite", "advise", "encourage", "inform",
                    "remind", "persuade", "convince", "request", "question"}


def _own_possessive_only(clause: Clause, rest: str) -> bool:
    """The rest of a subject question is the subject's own thing ("his second Academy
    Award") and names nothing else: every winner of a second award fits."""
    own = re.search(r"\b(his|her|their|its)\b", rest, re.I)
    if own is None:
        return False
    words = [w.strip('"\'(),.:;?!') for w in rest[own.end():].split()]
    before = [w.strip('"\'(),.:;?!') for w in rest[: own.start()].split()]
    names_before = [w for w in before if w[:1].isupper()]
    after_names = [w for w in words if w[:1].isupper()]
    # the owned phrase is short and nothing besides it names anything
    return not names_before and len(words) <= 5 and len(after_names) <= 3


def _kin_wh(head: Token, mentions: Mentions) -> str | None:
    """"his daughter Luna" as a subject: "Which daughter of John Legend"."""
    if head.lemma_.lower() not in KINSHIP_NOUNS or head.pos_ != "NOUN":
        return None
    owner_token = next((c for c in head.children if c.dep_ == "poss"), None)
    owner = mentions.covering(owner_token) if owner_token is not None else None
    if owner is None or owner.type not in PERSON_TYPES | {"group", "team"}:
        return None
    return f"Which {head.lower_} of {owner.name}"


def _definite_attr(clause: Clause) -> bool:
    """"X is the leader of BTS" names one role; "X is a fan", "X is African-American" do
    not (many are), so no subject question asks for them."""
    attrs = [a for a in clause.args if a.role in {"attr", "acomp"}]
    if not attrs:
        return True
    for arg in attrs:
        head = arg.head
        if arg.role == "acomp":
            return False
        if _opinion_superlative(head) or (
            head.lemma_.lower() in TITLE_HOLDERS
            and not any(t.like_num or t.ent_type_ in {"DATE", "ORDINAL"} for t in head.subtree)
        ):
            return False  # "X is the biggest star of ...", "X is the defending champion"
        dets = {c.lower_ for c in head.children if c.dep_ in {"det", "poss"}}
        superlative = any(c.tag_ in {"JJS"} or (c.dep_ == "amod" and c.lower_ in {
            "first", "last", "only", "sole"}) for c in head.children)
        if not (dets & {"the", "his", "her", "their", "its"} or any(
            c.dep_ == "poss" for c in head.children
        )) and not superlative:
            return False
    return True


def _subject_name(clause: Clause, mentions: Mentions) -> str:
    mention = mentions.covering(clause.subject.head)
    if mention is None and _named_subject(clause):
        return clause.subject.answer.text  # "the veteran defender, Ashley Young"
    return mention.name if mention is not None else ""


def _named_subject(clause: Clause) -> bool:
    answer = clause.subject.answer
    return answer is not None and answer.from_text and answer.type not in (
        TIME_TYPES | POSITION_TYPES | {"count", "money"}
    )


def subject_text(clause: Clause, mentions: Mentions, keep_case: bool = False) -> str | None:
    """The subject as the question says it: the name alone when a description stands in
    apposition to it ("the veteran defender, Ashley Young" -> "Ashley Young")."""
    if _named_subject(clause) and (
        mentions.covering(clause.subject.head) is None or clause.subject.own_cut
    ):
        return clause.subject.answer.text
    text = render_phrase(clause.subject.tokens(), mentions, keep_case=keep_case)
    if text and "," in text and _aside_closes_subject(clause):
        text += ","  # "the final episode, "Special 2", air": the aside's closing comma
    return text


def _aside_closes_subject(clause: Clause) -> bool:
    """The subject ends with a name in apposition set off by two commas, the second just
    before the verb ("The second film, "Ember Road", opened ..."): said inside a question
    it needs its closing comma too ("Where did the second film, "Ember Road", open?")."""
    head = clause.subject.head
    doc = head.doc

    def beside(i: int, step: int) -> Token | None:
        while 0 <= i < len(doc) and doc[i].text in {'"', "'", "“", "”"}:
            i += step
        return doc[i] if 0 <= i < len(doc) else None

    for child in head.children:
        if child.dep_ != "appos" or child.i < head.i:
            continue
        opening = beside(child.left_edge.i - 1, -1)
        last = max(t.i for t in child.subtree if t.text not in {",", '"', "“", "”"})
        closing = beside(last + 1, 1)
        if (
            opening is not None and opening.text == ","
            and closing is not None and closing.text == ","
            and closing.i < clause.verb.i
            and all(t.pos_ in {"AUX", "ADV", "PART"} for t in doc[closing.i + 1 : clause.verb.i])
        ):
            return True
    return False


def declarative(clause: Clause, mentions: Mentions, blank: Arg | None = None) -> str | None:
    """The clause as a statement, optionally with one argument's answer blanked."""
    own = _subject_name(clause, mentions)
    subject = subject_text(clause, mentions, keep_case=True)
    if subject is None:
        return None
    verb_text = _inflect(clause.verb, clause.tense) if clause.tense and not clause.auxes else (
        _verb_word(clause.verb)
    )
    verb_words = [a.text for a in clause.auxes] + [verb_text]
    if clause.particle is not None:
        verb_words.append(clause.particle.text)
    pieces: list[tuple[int, int, str]] = []
    subject_at = clause.subject.head.i
    for arg in clause.args:
        text = arg_text(clause, arg, mentions, own)
        if text is None:
            return None
        if not text:
            continue
        if arg is blank and arg.answer is not None:
            name = render_phrase(
                [t for t in clause.sent.doc[arg.answer.start : arg.answer.end]], mentions
            )
            if not name or name not in text:
                return None
            text = text.replace(name, BLANK, 1)
        pieces.append((int(arg.said_at < subject_at), arg.said_at, text))
    for token in [clause.xcomp, *clause.extras]:
        if token is None:
            continue
        text = modifier_text(clause, token, mentions, own)
        if text is None:
            return None
        if text:
            pieces.append((int(token.i < subject_at), token.i, text))
    pieces.sort()
    rest = _rejoin_scores(" ".join(t for _, _, t in pieces), clause.sent.text)
    text = f"{subject} {' '.join(verb_words)} {rest}"
    text = tidy(text)
    return text[:1].upper() + text[1:]


LEADING_CONTEXT = re.compile(
    r"^(In|At|On) [^?]*?, (?=(who|which|what|when|where|how|whose|whom)\b)"
)


LIST_ITEM = r"[A-Z0-9][\w'’.-]*(?: [A-Z0-9][\w'’.-]*)*"
NAMED_LIST = re.compile(rf"{LIST_ITEM}(?:, {LIST_ITEM})+,? (?:and|or) {LIST_ITEM}")


def _count_listed(candidate: Candidate) -> bool:
    """"How many titles did X win in 2001, 2002 and 2003?" -> three: a count question
    whose own text lists that many names or years gives its answer away."""
    if candidate.answer_type != "count" or not candidate.question.startswith("How many"):
        return False
    answer = candidate.answer.strip().lower()
    digits = answer if answer.isdigit() else COUNT_WORDS.get(answer)
    if digits is None or int(digits) < 3:
        return False
    return any(
        len(re.split(r",? (?:and|or) |, ", m.group(0))) == int(digits)
        for m in NAMED_LIST.finditer(candidate.question)
    )


# Titles a team wins are won by its whole squad: "Who won three premierships as a
# Brisbane player?" has as many answers as the side had players then.
SQUAD_NOUNS = {"player", "member", "teammate", "captain"}


def _won_as_squad_member(clause: Clause) -> bool:
    return _lemma(clause.verb) == "win" and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in SQUAD_NOUNS for g in c.children
        )
        for c in clause.verb.children
    )


def _absolute_with(clause: Clause) -> bool:
    """"Brisbane started the better side, with Cameron and Daniher finding the goals
    early": an absolute "with" clause (its own subject and an -ing verb with an object)
    glued to a question reads as garbled ("Who started ... with X finding the goals?")."""
    for token in clause.verb.children:
        if token.dep_ != "prep" or token.lower_ != "with" or token.i < clause.verb.i:
            continue
        words = list(token.subtree)
        if len(words) > 1 and words[1].tag_ == "VBG":
            continue  # "with training": a gerund, no clause of its own
        if any(
            w.tag_ == "VBG" and w.i > token.i + 1
            and any(c.dep_ in {"dobj", "prt", "advmod"} for c in w.children)
            for w in words
        ):
            return True
    return False


# Verbs of riding or driving a mount or machine: a jockey rides many horses over a
# career (and the parser labels a horse a person, so "Who did X ride?" asks for it with
# "Who"); who rode a horse is one answer only in a named race.
MOUNT_VERBS = {"ride"}


# Verbs of replying: said with neither what was answered nor what the reply was
# ("Collingwood answered through Hill and Elliott") they lean on the sentence before;
# "Butker answered with a 57-yarder" says what the reply was.
REPLY_VERBS = {"answer", "respond", "reply", "retaliate"}


def _subject_aside(clause: Clause) -> bool:
    """The subject carries a participle phrase set off by commas ("The clip, taken from
    the 2006 film "Electroma", shows ..."): said inside a question it needs both commas,
    and the one after a closing quote is lost."""
    subject = clause.subject.head
    doc = subject.doc
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.i > subject.i
        and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","
        for c in subject.children
    )


def _dangling_prep(clause: Clause) -> bool:
    """"turned the stadium into the biggest party Delhi has ever seen": the small model
    reads "party" into "Delhi" and the "into" of the verb is left with no object. Every
    question of the clause then loses the phrase ("Who turned the stadium?") or garbles
    it: a preposition of the verb with no object, though a noun phrase follows it, is a
    misread sentence, not a fact. (A particle read as a preposition, "steps in as the
    Fifteenth Doctor", has no noun phrase after it.)"""
    doc = clause.verb.doc
    return any(
        c.dep_ == "prep" and c.pos_ == "ADP" and not any(
            g.dep_ in {"pobj", "pcomp", "dobj", "obj"} for g in c.children
        ) and c.i + 1 < len(doc) and doc[c.i + 1].pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM"}
        for c in clause.verb.children
    )


def _yardstick_aside(clause: Clause) -> bool:
    """"more pieces than the Colosseum, which was released in 2020": a relative clause on
    what something is measured against. The yardstick is named in passing, by the short
    name the article's context makes clear (the toy set, not the Roman amphitheatre); a
    question about it alone ("In which year was the Colosseum released?") has lost that."""
    verb = clause.verb
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ not in {"relcl", "acl"}:
        return False
    noun = verb.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "than"


def _bare_reply(clause: Clause) -> bool:
    return _lemma(clause.verb) in REPLY_VERBS and not any(
        c.dep_ in {"dobj", "ccomp", "xcomp"} or (c.dep_ == "prep" and c.lower_ in {"with", "to"})
        for c in clause.verb.children
    )


MOST_WORDS = {"most", "fewest"}


def _most_of_a_count(clause: Clause) -> bool:
    """"Josh earned the most Star Baker titles, with three": the most of one series, one
    season, one tournament (told in the past tense); the question must say which ("has won
    the most Grammys", a standing record, is another matter)."""
    if clause.verb.tag_ != "VBD" or any(a.lemma_ == "have" for a in clause.auxes):
        return False
    return any(
        arg.head.tag_ == "NNS"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in arg.head.children)
        and any(t.lower_ in MOST_WORDS and t.i < arg.head.i for t in arg.head.subtree)
        for arg in clause.args if arg.role == "dobj"
    )


def _mount_questions(
    made: list[tuple[str, Arg, frozenset[str]]], clause: Clause
) -> list[tuple[str, Arg, frozenset[str]]]:
    mount = {
        a.head.i for a in [clause.subject, *clause.args]
        if (a is clause.subject and clause.passive)
        or (a is not clause.subject and a.role == "dobj")
    }
    kept = []
    for text, arg, also in made:
        if arg.head.i in mount:
            continue  # the horse or car: asked with "Who", and one of many
        if CONTEXT_PREFIX.match(text) or YEAR_IN.search(text) or DAY_DATE.search(text):
            kept.append((text, arg, also))
    return kept


def _relative_clause_kept(question: str) -> bool:
    """A relative clause set off by a comma copied into the question ("the singles X and
    Y, which reached the top five ... in the US?"): what it says belongs to another
    clause, and a phrase of it may have been taken for this one's ("Where ...? -> US")."""
    body = LEADING_CONTEXT.sub("", question)
    return bool(re.search(r", (which|who|whom|whose) ", body))


def appositions(doc: object) -> list[tuple[str, str]]:
    """(word before, apposition) for every apposition the text sets off by two commas:
    ("mother", "Virginia") from "his mother, Virginia, in 2022"."""
    found = []
    heads = _apposition_heads(doc) if isinstance(doc, Doc) else doc
    for token in heads:  # type: ignore[attr-defined]
        first, last = token.left_edge.i, token.right_edge.i
        if first < 2 or last + 1 >= len(token.doc) or last - first >= 10:
            continue
        if token.doc[first - 1].text != "," or token.doc[last + 1].text != ",":
            continue
        participle = token.dep_ == "acl" and token.tag_ == "VBN"  # ", penned by X,"
        if token.dep_ != "appos" and not participle and not (
            token.pos_ == "NOUN" and token.left_edge.lower_ in {"a", "an", "the"}
            and token.doc[first - 2].pos_ in {"NOUN", "PROPN"}
        ):
            continue  # "765 runs, a record for ...,": an apposition the parser hung elsewhere
        inner = tidy(token.doc[first : last + 1].text)
        found.append((token.doc[first - 2].text, inner))
    return found


def _apposition_heads(doc: Doc) -> list[Token]:
    """The tokens `appositions` can keep, in order: an "appos" or "acl" dependent, or a
    noun (its three cases below). Read from the attribute arrays, so the edges of the
    other words are never looked up."""
    columns = doc.to_array([DEP, POS]).T.tolist()
    if not columns or not columns[0]:
        return []
    deps, poses = columns
    strings = doc.vocab.strings
    dep_kept = {h for h in set(deps) if strings[h] in {"appos", "acl"}}
    noun = {h for h in set(poses) if strings[h] == "NOUN"}
    return [doc[i] for i, (dep, pos) in enumerate(zip(deps, poses, strict=True))
            if dep in dep_kept or pos in noun]


def restore_commas(question: str, asides: list[tuple[str, str]]) -> str:
    """An apposition the sentence sets off by two commas ("his mother, Virginia, in 2022";
    "765 runs, a record for a single World Cup, and ...") keeps its commas in the
    question: "lost his mother, Virginia, in 2025", never "his mother, Virginia in 2025"."""
    for word, inner in asides:
        if inner not in question:
            continue  # cheap test first: most asides are not in most questions
        bare = re.compile(rf"\b{re.escape(word)},? {re.escape(inner)}(,?)(?=[ ?])")
        found = bare.search(question)
        if found is None:
            continue
        ending = question[found.end():]
        comma = "" if ending.startswith("?") else ","
        question = f"{question[:found.start()]}{word}, {inner}{comma}{ending}"
    return question


def finish(body: str) -> str:
    text = tidy(body)
    text = text.rstrip(".,;:!?") + "?"
    return text[:1].upper() + text[1:]


def possessive_questions(token: Token, mentions: Mentions) -> list[tuple[str, str, str, str]]:
    """From "<owner>'s <kin noun> <Name>" (or "his daughter Luna" with "his" resolved):
    ("Whose daughter is Luna?", owner) and ("What is the name of <owner>'s daughter?", Name).
    Returns (question, answer, answer_type, form) tuples."""
    if token.lemma_.lower() not in KINSHIP_NOUNS or token.pos_ != "NOUN":
        return []
    owner_token = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner_token is None:
        return []
    owner = mentions.covering(owner_token)
    if owner is None or owner.type not in PERSON_TYPES | {"group", "team"}:
        return []
    if _played_part(token):
        return []  # "X plays her older sister Angelica": a character's sister, not X's
    name_token = next(
        (c for c in token.children if c.dep_ in {"appos", "compound"} and c.i > token.i), None
    )
    if name_token is None and token.head.dep_ == "appos":
        name_token = None
    if name_token is None:
        # "Luna, his daughter": the name is the head this phrase is in apposition to
        if token.dep_ == "appos" and token.head.pos_ == "PROPN":
            name_token = token.head
        else:
            return []
    name = mentions.covering(name_token)
    if name is None or name.type not in PERSON_TYPES or name.name == owner.name:
        return []
    noun = token.lower_ if token.tag_ == "NN" else token.lemma_.lower()
    whose = (f"Whose {noun} is {name.name}?", owner.name, owner.type, "whose")
    if noun in SHARED_KIN:
        return [whose]  # "Whose partner is X?" has one answer; "X's partner" has several
    return [
        whose,
        (f"What is the name of {possessive(owner.name)} {noun}?", name.name, name.type, "wh"),
    ]


# Kin words one has several of at once, or in more than one sense: a "partner" in a
# band, a firm or a life; "teammate", "bandmate". "Whose partner is X?" names one
# owner; "What is the name of X's partner?" may have several answers.
SHARED_KIN = {"partner", "partners", "teammate", "bandmate"}


DEBUT_WORKS = {"single": "song", "song": "song", "album": "album", "ep": "album",
               "mixtape": "album", "film": "film", "novel": "book"}
QUOTE_OR_COMMA = {'"', "“", "”", "'", ","}


def debut_questions(token: Token, mentions: Mentions) -> list[tuple[str, str, str, str]]:
    """"the band's 1999 debut single “A·RA·SHI”", "Her debut album, "Salt Road", ...":
    an owner has one debut single (album, film): ("What was Arashi's debut single?",
    "A·RA·SHI"). `token` starts a title; the words before it must be, in order, an
    owner ("X's" or a resolved "his/her/their"), an optional year, "debut" and the work."""
    from questions.render import possessive

    title = mentions.by_start.get(token.i)
    if title is None or not (
        title.type in {"title", "song", "album", "film", "book"} or token._.ft_title
        or (token.i > 0 and token.doc[token.i - 1].text in {'"', "“"})
    ):
        return []  # a quoted title whatever type the model gave it ("A·RA·SHI": product)
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].text in QUOTE_OR_COMMA:
        i -= 1
    if i < 2 or doc[i].lower_ not in DEBUT_WORKS or doc[i - 1].lower_ != "debut":
        return []
    noun, i = doc[i].lower_, i - 2
    if i >= 0 and re.fullmatch(r"(19|20)\d\d", doc[i].text):
        i -= 1  # "the band's 1999 debut single"
    if i < 0:
        return []
    if doc[i].tag_ == "POS" and i > 0:
        owner = mentions.covering(doc[i - 1])
    elif doc[i].tag_ == "PRP$":
        owner = mentions.at(doc[i])
    else:
        return []
    if owner is None or owner.type not in PERSON_TYPES | {"group"} or owner.name == title.name:
        return []
    if owner.type == "group" and noun == "novel":
        return []
    return [(f"What was {possessive(owner.name)} debut {noun}?", title.name,
             DEBUT_WORKS[noun], "wh")]


def _played_part(token: Token) -> bool:
    """The phrase is a part played: the object of "play/portray/voice" or of "as"."""
    head = token.head
    if token.dep_ == "dobj" and head.lemma_.lower() in ROLE_VERBS:
        return True
    return token.dep_ == "pobj" and head.lower_ == "as"


# ---------------------------------------------------------------------------- per article
# Verbs that say nothing alone: "When did Beyoncé continue?" is no question.
LIGHT_VERBS = {"continue", "begin", "start", "remain", "stay", "follow", "come", "go",
               "happen", "occur", "do", "get", "make", "take", "have", "keep", "end",
               "return", "move", "proceed", "serve", "act", "work", "seem", "appear"}
TRUE_FALSE_TYPES = {"year", "date", "count"}
TOPIC_TYPES = {"group", "team", "member", "person", "singer", "actor", "player"}


def article_candidates(item: object, mentions: Mentions, clauses: list[Clause]) -> list[Candidate]:
    """Every candidate question of one parsed article (`questions.nlp.ParsedArticle`),
    before the gates. A question is asked only when its answer is the only one the
    article gives for that slot, or the question carries context that tells the
    answers apart; the other answers travel in `Candidate.also`."""
    from questions.facts import has_name, relation_index, slot_key
    from questions.gates import contains

    index = relation_index(clauses, mentions)
    events = sorted({m.name for m in mentions.by_start.values() if m.type in DATED_EVENTS},
                    key=len, reverse=True)
    lead = lead_occasion(item)  # where and when the report's occasion took place
    cast = cast_names(clauses, mentions)  # real people: a work's frame is not their occasion
    # named occasions a one-time deed can be pinned to (the anchor rule)
    # (a yearly event pins only with its number or edition: "UFC 295", "the 76th Cannes
    # Film Festival"; "the Alpine Tour" is run every year, a named concert tour once)
    occasions = sorted({m.name for m in mentions.by_start.values()
                        if m.type == "tour" or (m.type in EVENT_TYPES and _one_edition(m.name))},
                       key=len, reverse=True)
    out: list[Candidate] = []
    group = mentions.main.get("group")
    topic = article_level = article_topic(item, mentions)
    for clause in clauses:
        if _true_for_now(clause):
            continue  # "Usyk now holds the WBC ... titles": true until the next fight
        if _elsewhen(clause):
            continue  # "X, who was fired by the Bruins a year earlier, ...": when was that?
        if _colon_inside(clause, mentions):
            continue  # "took home three awards: A, B and C": the colon is lost when copied
        if _work_as_maker(clause):
            continue  # "the ballad Adele wrote": a misread relative clause, Adele a "song"
        if _lemma(clause.verb) in THOUGHT_VERBS:
            continue  # "Who had anticipated making a sequel?": a private thought, no event
        if _yardstick_aside(clause):
            continue  # "... than the Colosseum, which was released in 2020": the toy set
        if _dangling_prep(clause):
            continue  # "Who turned the stadium?": "into ..." was misread away
        if _rights_to_nothing(clause):
            continue  # "Which company has picked up the TV rights?": the rights to what?
        if _lemma(clause.verb) == "become" and not clause.auxes and (
            clause.tense or clause.verb.tag_
        ) in {"VBZ", "VBP"}:
            continue  # "Who becomes the first rider to ...?": a report's news told in the
            # present; asked so, it reads as a standing rule, not what happened that day
        if _won_ever(clause):
            continue  # "Who has won the Palme d'Or?": dozens have, over the years
        if _running_period(clause):
            continue  # "How many games did X lose?" from "... lose three games this season"
        sentence = " ".join(clause.sent.text.split())
        topics = clause_topics(clause, mentions)
        made: list[tuple[str, Arg, frozenset[str]]] = []
        topic = clause_topic(clause, item, mentions, article_level)
        if clause.subject.answer is not None:
            bare = subject_question(clause, mentions, group) or _without_vague_gerund(
                clause, mentions, group
            )
            text = bare and with_context(
                bare, clause, topic, clause.subject.answer.text, mentions
            )
            if bare and text and _one_of_many_at_event(bare, text, clause, topic):
                text = None  # "At UFC 300, who rushed forward behind a lazy jab?"
            if bare and text and _one_of_many_deeds(text, clause, events):
                text = None  # "At the 2025 Masters, who rolled in the birdie putt?"
            if _lemma(clause.verb) in BORROW_VERBS:
                text = None  # "Which song samples "La Campanella"?": many songs have
            if _life_fact(clause) and _only_where_and_when(clause):
                text = None  # "Who grew up in Donegal?": thousands did ("... with her
                # husband Colm Ryan" says who)
            if any(t.lemma_.lower() in NICKNAME_NOUNS for t in clause.verb.subtree
                   if t.i > clause.verb.i):
                text = None  # "Who plays under the nickname "The Warrior"?": in which sport?
                # Nicknames repeat from one field to the next; the person's own one is fine
            also = _subject_also(clause, index, mentions)
            if _one_of_many_pupils(clause, clause.subject):
                text = None  # "Who is coached by Bob Bowman?": one of his swimmers
            if text and also is not None:
                made.append((text, clause.subject, also))
        if not has_name(clause.subject, mentions):
            if _one_time_deed(clause):
                made = [(text, arg, also) for text, arg, also in (
                    (_anchor(t, clause, occasions, topic, _said(a), mentions, lead, cast), a, also)
                    for t, a, also in made
                ) if text]
            out.extend(
                Candidate(t, a.answer.text, a.answer.type, "subject", sentence, topics=topics,
                          also=also)
                for t, a, also in made
                if a.answer is not None
            )
            continue  # "the finale drew ...": only the subject question is fair
        blank_only: tuple[Arg, frozenset[str]] | None = None
        for arg in clause.args:
            if arg.answer is None:
                continue
            key = slot_key(clause, arg, mentions)
            also = frozenset(index.others(key, arg.answer.text))
            rest = _rest(clause, mentions, _subject_name(clause, mentions), skip=arg)
            counted = arg.answer.type in {"count", "money"}
            if (also or (key in index.open and not counted)) and not rest:
                continue  # "Which singer did BTS meet?" when BTS met several singers
            if arg.answer.type in TIME_TYPES and not rest and _light(clause):
                continue  # "When did Beyoncé continue?"
            if _won_yearly_event(clause, arg):
                continue  # "Which event did Max Verstappen win?": he wins it most years
            if _one_of_a_cast(clause, arg):
                continue  # "Who did Shawn Levy direct in Free Guy?": the whole cast
            if _one_of_many_pupils(clause, arg):
                continue  # "Who does Bob Bowman coach?": one of his swimmers
            if arg is not clause.subject and arg.role == "dobj" and not rest and (
                _lemma(clause.verb) in OPPONENT_VERBS
            ):
                continue  # "Who does Link defeat?": one of many foes; a day or score says which
            if arg is not clause.subject and _with_a_thing(clause, arg):
                continue  # "Who did his first trophy come ... with?": a thing has no companion
            if arg is not clause.subject and _one_of_many_partners(clause, arg, rest):
                continue  # "Beyoncé has worked with _____ since 2002": one of many partners
            if arg is not clause.subject and _one_of_a_kind_counted(clause, arg):
                continue  # "lost a second Super Bowl": "Which event did X lose?" -> "Super Bowl"
            if arg is not clause.subject and _one_of_many_made_public(clause, arg, rest):
                if not blank_only and any(
                    c.dep_ == "det" and c.lower_ in {"a", "an"} for c in arg.head.children
                ):
                    blank_only = (arg, also)  # "Drake released a single titled _____"
                continue  # "What did Capcom announce for 2025?": one of its announcements
            if arg is not clause.subject and _done_again(clause):
                continue  # "previously directed Reynolds in Free Guy": and again now
            if arg.answer.type in TIME_TYPES and re.fullmatch(r"an? [a-z]+( [a-z]+)?", rest or ""):
                continue  # "When did Beyoncé sign a deal?": which deal?
            text = object_question(clause, arg, mentions, group)
            # "At the Stanley Cup, in which event did ...?" -> "Game 7 of the Final": an
            # event asked for is not framed by the event it is part of
            own_topic = None if (
                arg.answer.type in EVENT_TYPES and topic is not None and topic[1] in EVENT_TYPES
            ) else topic
            text = text and with_context(text, clause, own_topic, arg.answer.text, mentions)
            if text:
                made.append((text, arg, also))
            elif not blank_only and arg.answer.type not in TIME_TYPES:
                blank_only = (arg, also)  # "On what did X launch?" reads badly; a blank does not
        made = [(text, arg, also) for text, arg, also in made
                if not _restriction_lost(clause, text)]
        made = [(_event_year_from_sentence(_dated_events(text, clause, events), clause, mentions),
                 arg, also) for text, arg, also in made]
        made = [m for m in made if not (m[1] is clause.subject and _yearly_award_winner(
            clause, m[0], mentions))]
        if _won_as_squad_member(clause):
            made = [m for m in made if m[1] is not clause.subject]  # a squad's titles
        if _absolute_with(clause):
            made = []  # "started the better side with X and Y finding the goals early"
        if _lemma(clause.verb) in MOUNT_VERBS:
            made = _mount_questions(made, clause)
        if _subject_aside(clause):
            # "How many robots does the clip, taken from the pair's film "X" show?": the
            # aside's closing comma is lost and the question reads garbled
            made = [m for m in made if m[1] is clause.subject]
        if _bare_reply(clause):
            made = []  # "Who answered through Hill?": answered what, and with what?
        if _most_of_a_count(clause):
            # "Who earned the most Star Baker titles?": most in which series or season?
            made = [m for m in made if YEAR_IN.search(m[0]) or CONTEXT_PREFIX.match(m[0])
                    or DAY_DATE.search(m[0])]
        if _lemma(clause.verb) in MOVE_VERBS:
            made = [m for m in made if YEAR_IN.search(m[0]) or DAY_DATE.search(m[0])
                    or (m[1].answer is not None and m[1].answer.type in TIME_TYPES)]
        if _crowd_watcher(clause):
            # "Who watched from the stands in Paris?": thousands did; the one the article
            # names is the answer only when the clause pins them (what, or who with)
            made = [m for m in made if m[1] is not clause.subject]
        if _nth_time(clause):
            # "Who has won the Glacier Trail 100 for the second time?": many have won it
            # twice; which win is meant is pinned only by a year or a date
            made = [m for m in made if YEAR_IN.search(m[0]) or DAY_DATE.search(m[0])
                    or NUMBERED_EDITION.search(m[0])]  # "At Super Bowl LVIII, ...": one
        if _lemma(clause.verb) in CLASS_VERBS:
            # "Which singer was inducted into the Hall of Fame in 2015?": a hall inducts a
            # class each year; the one the article names is not the only answer
            made = [m for m in made if not _inducted(clause, m[1])]
        if _career_role(clause):
            made = [(_with_dated_event(t, clause, mentions), a, also) for t, a, also in made]
            made = [m for m in made if YEAR_IN.search(m[0])]
        if _one_time_deed(clause):
            made = [(text, arg, also) for text, arg, also in (
                (_anchor(t, clause, occasions, topic, _said(a), mentions, lead, cast), a, also)
                for t, a, also in made
            ) if text]  # "Which singer walked out for "Location"?": at which show?
        if _lemma(clause.verb) in PRIZE_VERBS:
            # "Who was named best director for "Io Capitano"?": at which festival?
            made = [(text, arg, also) for text, arg, also in (
                (_award_framed(t, clause, mentions), a, also) for t, a, also in made
            ) if text]
        if _pronoun_subject(clause):
            # "he heads to Accra in July", "he needed just 13 plays": a pronoun's clause
            # leans on the sentences around it for when and what; asked only when the
            # question pins its day and year ("At the London Stadium on 3 June 2023, ...")
            made = [m for m in made if DAY_DATE.search(m[0]) and YEAR_IN.search(m[0])]
        made = [(_when_clause_year(t, clause), a, also) for t, a, also in made]
        for text, arg, also in made:
            answer = arg.answer
            assert answer is not None
            form = "subject" if arg is clause.subject else "wh"
            out.append(
                Candidate(text, answer.text, answer.type, form,
                          _source(clause, answer, sentence), topics=topics, also=also)
            )
        objects = [(a, also) for _, a, also in made if a is not clause.subject]
        # the context a wh-question of this clause needed ("At the Japanese Grand Prix, ")
        # is needed by its blank and true/false too
        framed = next((m.group(1) for text, arg, _ in made
                       if (m := CONTEXT_PREFIX.match(text))
                       and not _subject_only_frame(text, m, arg, clause)), None)
        subject_the = _subject_article_the(clause, mentions)

        if objects or blank_only:
            # the first argument a blank can be made of (a date gives none: "When fills")
            for blank_arg, also in [*objects, *([blank_only] if blank_only else [])]:
                blank = blank_candidate(
                    clause, blank_arg, mentions, group, sentence, topics, topic=topic
                )
                if blank is not None:
                    blank.also = also
                    blank = _finish_statement(
                        blank, clause, mentions, events, (framed, subject_the), topic,
                        (occasions, lead, cast))
                    if blank is not None:
                        out.append(blank)
                    break
            truefalse = true_false_candidate(
                clause, objects, mentions, sentence, topics
            ) if objects else None
            if truefalse is not None:
                truefalse = _finish_statement(
                    truefalse, clause, mentions, events, (framed, subject_the), topic,
                    (occasions, lead, cast))
                if truefalse is not None:
                    out.append(truefalse)
    out.extend(credit_candidates(item, mentions, article_level))
    out.extend(cast_candidates(item, mentions, article_level))
    out = [c for c in out if not _shared_part_name(c.answer, mentions)
           and not (c.answer_type not in {"city", "country", "place", "venue"}
                    and _named_in_full_later(c.answer, mentions))]
    for token in _per_token_starts(getattr(item, "doc", None), mentions):
        found = (possessive_questions(token, mentions) + appositive_questions(token, mentions)
                 + debut_questions(token, mentions))
        if token.tag_ == "WP$":
            found += whose_questions(token, mentions)
        for text, answer, answer_type, form in found:
            if VOICE_OF.match(text):
                text = _voice_framed(text, article_level)
                if text is None:
                    continue
            sentence = " ".join(token.sent.text.split())
            if not contains(sentence, answer) and token.sent.start > 0:
                # "The frontman also lost his mother": the owner is named just before
                previous = " ".join(token.doc[token.sent.start - 1].sent.text.split())
                if contains(previous, answer):
                    sentence = f"{previous} {sentence}"
            out.append(Candidate(text, answer, answer_type, form, sentence))
    for candidate in out:
        candidate.question = _elided_ordinal_noun(
            candidate.question, candidate.sentence, getattr(item, "doc", None))
    article_text = doc_text(item.doc) if isinstance(getattr(item, "doc", None), Doc) else ""
    # names the article gives a person, band, team or place: not a title to quote
    not_titles = {m.name for m in mentions.by_start.values() if m.type not in WORK_TYPES}
    asides = appositions(getattr(item, "doc", ()))
    asides += closing_appositions(getattr(item, "doc", ()))  # "..., the smuggler X."
    asides += modified_prep_asides(getattr(item, "doc", ()))  # ", once in each half,"
    trailing = closing_modifiers(getattr(item, "doc", ()))  # "..., well ahead of ..."
    addon = _article_addon(getattr(item, "doc", None))
    for candidate in out:
        candidate.question = restore_commas(candidate.question, asides)
        candidate.question = restore_closing_comma(candidate.question, trailing)
        candidate.question = rejoin_hyphenated(candidate.question, candidate.sentence)
        candidate.question = reclose_single_quoted(candidate.question, candidate.sentence)
        candidate.question = reopen_single_quoted(
            candidate.question, candidate.sentence, candidate.answer)
        candidate.question = _trailing_clause_cut(candidate.question, candidate.form)
        candidate.question = _trailing_list_cut(candidate.question, candidate.form)
        candidate.question = _trailing_participle_cut(candidate.question, candidate.form)
        candidate.question = _descriptive_apposition_cut(
            candidate.question, candidate.answer, candidate.form)
        candidate.question = _title_apposition_cut(
            candidate.question, candidate.answer, candidate.form)
        candidate.question = _placing_event_named(
            candidate.question, candidate.sentence, getattr(item, "doc", None))
        candidate.question = _without_number_gloss(candidate.question, candidate.answer)
        candidate.question = _frame_resaid_cut(candidate.question, candidate.form)
        candidate.question = _addon_named(candidate.question, addon)
        if candidate.form == "blank":
            candidate.question = close_blank_aside(candidate.question, candidate.answer, asides)
            candidate.question = requote_in_blank(candidate.question, candidate.sentence)
            candidate.question = requote_article_titles(
                candidate.question, article_text, not_titles)
    lead_contest = _lead_contest(getattr(item, "doc", None), mentions)
    if lead_contest is not None:
        for candidate in out:
            candidate.question = _year_contest_named(candidate.question, lead_contest)
    out = [c for c in out if not _relative_clause_kept(c.question)]
    out = [c for c in out if not _count_listed(c)]
    out = [c for c in out if not _score_of_no_match(c.question)]
    out = [c for c in out if not _next_edition_answer(c)]
    out = [c for c in out if not _winner_of_no_edition(c.question)]
    out = [c for c in out if _streak_kept(c)]
    out = [c for c in out if not _many_matches_in_one(c.question)]
    for candidate in out:
        candidate.question = _without_attitude_comment(candidate.question)
        candidate.question = _of_phrase_with_counted_noun(candidate.question, candidate.sentence)
        candidate.question = _without_closing_span_aside(candidate.question, candidate.sentence)
    private = _private_people(getattr(item, "doc", None))
    out = [c for c in out if not any(name in c.question or name in c.answer for name in private)]
    return rank(out, item, mentions)


# "the Lego Titanic (set 10294)", "the Model 3 (code 5YJ3)": a bracketed catalogue
# gloss, one lower-case word and a number, repeats the name's identity for the reader; the
# name before it already says which thing is meant, and the gates drop every question
# with a bracketed aside. Dropped unless the answer is in it.
NUMBER_GLOSS = re.compile(r" \((?:[a-z]+\.?|[a-z]+ no\.) #?\d[\d,.]*\)")


def _without_number_gloss(question: str, answer: str) -> str:
    match = NUMBER_GLOSS.search(question)
    if match is None or answer in match.group(0):
        return question
    return question[: match.start()] + question[match.end():]


# A subordinate clause closing a question after a comma ("..., after a copy leaked on X
# and spread across the internet within minutes?"): background to the fact, not part of it.
TRAILING_CLAUSE = re.compile(
    r", (?:after|before|as|while|when|because|although|though|since) "
    r"(?:an? |the |its |his |her |their )?[\w'’-]+(?: [\w'’-]+)? "
    r"(?:had |has |was |were |is |are )?[a-z]+ed\b[^,?]*\?$"
)


def _trailing_clause_cut(question: str, form: str) -> str:
    """A question over the gate's length whose last part is a subordinate clause of its
    own (a subject and a past verb after "after", "as", "when" ...) is asked without it:
    "What dropped the trailer ... on 4 December 2023, after a low-quality copy leaked on
    X and spread ... within minutes?" -> "... on 4 December 2023?". The fact stays true
    without its background; a shorter question is left as it is."""
    if form not in {"subject", "wh"} or len(question.split()) <= MAX_WORDS:
        return question
    match = TRAILING_CLAUSE.search(question)
    if match is None:
        return question
    cut = question[: match.start()] + "?"
    return cut if len(cut.split()) >= 8 else question


# A participle phrase closing a question right after a name or a quoted title (", shown on
# Channel 4 on 26 November 2024?"): it says where or when the named show, contest or book
# was broadcast, held or published, background to the name, not part of the fact asked.
TRAILING_PARTICIPLE = re.compile(
    r"(?<=[A-Za-z0-9\"'”’]), (?:shown|broadcast|aired|screened|streamed|televised|held|staged|"
    r"hosted|published|released|organised|organized) (?:on|in|at|by|from|live) [^,?\"_]*\?$"
)


def _trailing_participle_cut(question: str, form: str) -> str:
    """A question over the gate's length ending in such a participle phrase is asked
    without it: "Who was crowned the winner in the final of the fifteenth series of "The
    Great Bake", shown on Channel 9 on 26 May 2024?" -> "... of "The Great Bake"?". The
    name says which show or contest; a question within the limits is left as it is."""
    from questions.gates import plain_enough, short_enough

    if form not in {"subject", "wh"} or not (plain_enough(question) or short_enough(question)):
        return question
    match = TRAILING_PARTICIPLE.search(question)
    if match is None:
        return question
    before = question[: match.start()].split()
    if not before or not (before[-1][:1].isupper() or before[-1][-1:] in "\"'”’"):
        return question  # after a common noun the phrase may say which one is meant
    cut = question[: match.start()] + "?"
    return cut if len(cut.split()) >= 8 else question


# A list closing a question after "before"/"after"/"followed by" ("..., before two nights
# at A in B, two at C, two at D and a final pair of shows at E?"): the rest of a run of
# dates or stops, said after the asked one; two commas or more and an "and" make it a list.
TRAILING_LIST = re.compile(
    r",? (?:before|after|followed by|then) (?P<list>[^?\"_]*?, [^?\"_]*?, [^?\"_]*?\band\b"
    r"[^?\"_,]*)(?P<end>\"?\?)$"
)


# "At the X Awards 2018, which group met ... during their appearance at the prestigious
# music award?": a closing phrase that places the deed at the occasion by a description
# only says again what the frame names (and reads as if another occasion were meant).
FRAME_RESAID_END = re.compile(
    r"^(?P<frame>At [^,?]+, .*?)(?: (?:during|at|on|before|after|in)(?: [a-z'’]+){0,4})?"
    r" at the (?:[a-z-]+ ){0,3}(?:award|awards|ceremony|show|gala|festival|event|tournament)"
    r"\?$"
)


def _frame_resaid_cut(question: str, form: str) -> str:
    """A framed subject or wh-question ends without its description of the framed
    occasion (see FRAME_RESAID_END); the deed is the same and as whole without it."""
    if form not in {"subject", "wh"}:
        return question
    match = FRAME_RESAID_END.match(question)
    if match is None:
        return question
    cut = match.group("frame") + "?"
    return cut if len(cut.split()) >= 8 else question


def _trailing_list_cut(question: str, form: str) -> str:
    """A question over the gate's length whose end is the rest of a list of stops or dates
    (a tour's other venues after its opening night) is asked without that list: the asked
    item ("opens at X on 4 July 2025") stays true and whole without the stops after it,
    and no item of the cut list is asked. A shorter question is left as it is; a list
    holding the blank is never cut."""
    if form not in {"subject", "wh", "blank"} or len(question.split()) <= MAX_WORDS:
        return question
    match = TRAILING_LIST.search(question)
    if match is None:
        return question
    cut = question[: match.start()] + match.group("end")
    return cut if len(cut.split()) >= 8 else question


# ", a 23-year-old singer from the Bronx,": an indefinite apposition right after a name
# describes the person; the name alone says who is meant.
DESCRIPTIVE_APPOSITION = re.compile(
    r"(?<=[A-Za-z])(?P<name> [A-Z][\w'’.-]*), an? [^,?\"_]+?, (?=[a-z])"
)


def _descriptive_apposition_cut(question: str, answer: str, form: str) -> str:
    """A question too long for the gates whose named subject carries an indefinite
    apposition ("Samara Joy, a 23-year-old singer from the Bronx, walked away with ...") is
    asked without it: the name alone says who, and the fact stays whole. A question
    within the limits, or an apposition holding the answer, is left as it is."""
    from questions.gates import plain_enough, short_enough

    if form not in {"subject", "wh", "blank"} or not (
        plain_enough(question) or short_enough(question)
    ):
        return question
    match = DESCRIPTIVE_APPOSITION.search(question)
    if match is None or answer.lower() in match.group(0).lower():
        return question
    return question[: match.start()] + match.group("name") + " " + question[match.end():]


# "... for "Io Capitano", a journey from Senegal to Italy?": an indefinite apposition
# closing the question right after a quoted title describes the work; the title alone says
# which, and the question reads as a question without the gloss.
TITLE_APPOSITION_END = re.compile(
    r"(?P<title>[\"'“‘][A-Z][^\"'“”‘’?]*[\"'”’]),? an? [^,?\"“”_]+(?P<end>\"?\?)$"
)


def _title_apposition_cut(question: str, answer: str, form: str) -> str:
    """A question ending in a quoted title and an indefinite apposition describing it is
    asked without the apposition (not when the answer is in it)."""
    if form not in {"subject", "wh", "blank", "truefalse"}:
        return question
    match = TITLE_APPOSITION_END.search(question)
    if match is None or answer.lower() in match.group(0).lower():
        return question
    return question[: match.start()] + match.group("title") + match.group("end")


# "the 2021 match", "the 2019 final": a year and a contest's common noun, no name after it.
YEAR_CONTEST_BARE = re.compile(
    r"\bthe ((?:19|20)\d{2}) (match|final|series|semi-final|semifinal|decider)\b"
    r"(?! (?:of|at|in) (?:the )?[A-Z])"
)


def _lead_contest(doc: Doc | None, mentions: Mentions) -> str | None:
    """The competition a report's lead names, when it names one without an edition ("to
    win the World Chess Championship"): the contest the report is about."""
    if not isinstance(doc, Doc) or not len(doc):
        return None
    sents = list(itertools.islice(doc.sents, 2))
    end = sents[-1].end
    found = [m for m in sorted(mentions.by_start.values(), key=lambda m: m.start)
             if m.start < end and m.type == "tournament"]
    names = {re.sub(r"^the ", "", m.name, flags=re.I) for m in found}
    if len(names) != 1:
        return None
    name = names.pop()
    if _one_edition(name) or len(name.split()) < 2:
        return None
    return name


def _year_contest_named(question: str, contest: str) -> str:
    """"Who had Ian Nepomniachtchi lost the 2021 match to?" in a report on the World Chess
    Championship: the year's match is that competition's, as the article around it says;
    the question names it ("the 2021 World Chess Championship match"), a year alone says
    when, not which contest (the gates drop it)."""
    if contest.lower() in question.lower():
        return question
    return YEAR_CONTEST_BARE.sub(
        lambda m: f"the {m.group(1)} {contest} {m.group(2)}", question, count=1)


# The event a placing at a championships was in, as a report writes it: "the women's
# 1500m", "the men's singles".
GENDERED_EVENT = re.compile(
    r"\b(men's|women's|boys'|girls'|mixed) ((?:\d+(?:,\d{3})?\s?(?:m|km)\b(?: [a-z]+)?)"
    r"|[a-z][a-z-]*(?: [a-z][a-z-]*)?)"
)
# (an apparatus said elsewhere in the sentence is left out: "fell on the beam and finished
# fourth" is a fall on the beam and, most likely, a fourth place in the all-around)
# Words after "men's"/"women's" that name an event of their own. A prize ("the men's
# title", "the women's gold") says the gender, not the event: a gymnastics championships
# has a women's all-around and four women's apparatus finals, so it names none.
EVENT_WORDS = {"singles", "doubles", "pairs", "relay", "sprint", "slalom", "downhill",
               "freestyle", "butterfly", "backstroke", "breaststroke", "medley", "marathon",
               "hurdles", "all-around", "individual", "team", "final", "road", "time",
               "pursuit", "keirin", "omnium", "foil", "sabre", "épée", "halfpipe",
               "moguls", "combined", "super-g", "giant", "free", "short"}


def _event_phrases(text: str) -> set[str]:
    found = set()
    for match in GENDERED_EVENT.finditer(text):
        who, rest = match.group(1), match.group(2).split()
        if re.match(r"\d", rest[0]):
            # "the women's 1500m", "the men's 200m butterfly" (not "... 1500m at")
            two = len(rest) == 2 and rest[1] in EVENT_WORDS
            found.add(f"the {who} {' '.join(rest) if two else rest[0]}")
        elif rest[0] in EVENT_WORDS:
            two = " ".join(rest) if len(rest) == 2 and rest[1] in EVENT_WORDS | {
                "skate", "program", "trial", "race", "slalom", "jump"} else rest[0]
            found.add(f"the {who} {two}")
    return found


def _placing_event_named(question: str, sentence: str, doc: Doc | None) -> str:
    """"At the 2024 World Championships, who finished fourth?": a championships holds
    several events, each with a fourth place. When the source sentence, or else its
    paragraph, names exactly one event ("the women's 1500m", "the men's singles"), the
    question says it ("who finished fourth in the women's 1500m?"); else it
    stays as it is and `acceptability.placing_without_event` drops it."""
    from questions.acceptability import placing_without_event

    if doc is None or placing_without_event(question) is None or " overall" in question:
        return question  # "fourth overall": of the whole championships, not one event
    sents = [s for s in doc.sents if " ".join(s.text.split()) in sentence]
    if not sents:
        return question
    for scope in (sentence, " ".join(_paragraph(sents[0]).text.split())):
        events = _event_phrases(scope)
        if len(events) > 1:
            return question  # two events in reach: which one is not sure
        if len(events) == 1:
            (event,) = events
            end = len(question) - (2 if question.endswith('"?') else 1)
            return f"{question[:end]} in {event}{question[end:]}"
    return question


# What an ordinal with its noun left out counts in a report: a title, a win, a medal.
# ("pole", "final" left out: "took pole, and X won his third in a row" counts wins)
COUNTED_NOUNS = {"title", "crown", "championship", "medal", "gold", "win", "victory",
                 "trophy", "cup", "race", "stage", "goal", "award", "major", "grammy"}
ELIDED_ORDINAL_IN_QUESTION = re.compile(
    r"\b(his|her|their|its) (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|\d+(?:st|nd|rd|th))(?= in a row\b| straight\b| of\b| since\b| in\b|[?\"])"
)


def _elided_ordinal_noun(question: str, sentence: str, doc: Doc | None) -> str:
    """"It was the first Dutch world title since Tom Hansen won his third in a row":
    "his third" counts what the sentence named before it (a world title); asked alone
    ("In which year did Tom Hansen win his third in a row?") it says third what? The
    noun is put back ("his third world title in a row") when the sentence names exactly
    one such thing before the ordinal; else the question stays as it is and the gate
    (`acceptability.elided_ordinal`) drops it."""
    match = ELIDED_ORDINAL_IN_QUESTION.search(question)
    if match is None or doc is None:
        return question
    owner, ordinal = match.group(1), match.group(2)
    for sent in doc.sents:
        if " ".join(sent.text.split()) not in sentence:
            continue
        at = next((t for t in sent if t.lower_ == ordinal.lower() and t.i > sent.start
                   and t.doc[t.i - 1].lower_ == owner), None)
        if at is None or (at.i + 1 < len(doc) and doc[at.i + 1].pos_ == "NOUN"):
            continue  # not this sentence, or its noun is there ("his third title")
        counted = [t for t in sent if t.i < at.i and t.pos_ == "NOUN"
                   and t.lemma_.lower() in COUNTED_NOUNS]
        if len({t.lemma_.lower() for t in counted}) != 1:
            return question
        noun = counted[-1]
        words = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                 and c.i == noun.i - 1]
        phrase = " ".join([*words, noun.lemma_.lower()])
        return f"{question[:match.end()]} {phrase}{question[match.end():]}"
    return question


# A score written in running text, spaces around the dash allowed ("3 - 1").
SCORE_IN_TEXT = re.compile(r"(?<![\w-])\d{1,3} ?[-–] ?\d{1,3}(?![\w-])")



def _finish_statement(
    candidate: Candidate, clause: Clause, mentions: Mentions, events: list[str],
    frame: tuple[str | None, bool], topic: tuple[str, str] | None,
    anchor: tuple[list[str], tuple[str, str] | None, frozenset[str]],
) -> Candidate | None:
    """A blank or true/false statement gets its sentence's dated events, the frame its
    wh-questions got, the scene's event, and the anchor rule ("Dave walked out for _____"
    is not asked without the show it happened at)."""
    candidate.question = _event_year_from_sentence(
        _dated_events(candidate.question, clause, events), clause, mentions
    )
    found = _work_framed(_framed(candidate, *frame), topic)
    if found is None:
        return None
    found.question = _scene_statement(found.question, clause, topic, found.answer)
    if not _one_time_deed(clause):
        return found
    occasions, lead, cast = anchor
    text = _anchor(found.question, clause, occasions, topic,
                   (found.answer, found.answer_type), mentions, lead, cast)
    if text is None:
        return None
    found.question = text
    return found

def _word_char(char: str) -> bool:
    """What `[\\w'’-]` matches: a word character (as `re` reads \\w in a str pattern:
    alphanumeric or "_"), an apostrophe or a hyphen."""
    return char.isalnum() or char in "_'’-"


def whole_word_starts(text: str, word: str) -> list[int]:
    """Where `word` stands in `text` as a whole word (no word character, apostrophe or
    hyphen on either side), left to right without overlaps: the starts
    `re.finditer(rf"(?<![\\w'’-]){re.escape(word)}(?![\\w'’-])", text)` gives. Written
    with str.find because that pattern is new for every word, and compiling a class
    mixing \\w with a non-ASCII quote costs ~2 ms, more than the rest of a candidate's
    checks (it was the costliest regex compile of generation)."""
    starts: list[int] = []
    at = text.find(word) if word else -1
    while at >= 0:
        end = at + len(word)
        if not (at > 0 and _word_char(text[at - 1])) and not (
            end < len(text) and _word_char(text[end])
        ):
            starts.append(at)
            at = text.find(word, end)  # finditer goes on after the match
        else:
            at = text.find(word, at + 1)
    return starts


# "the next International", "the following World Cup": an edition still to come.
COMING_EDITION = re.compile(r"\b(?:next|following|upcoming|coming)\s+$", re.I)


def _next_edition_answer(candidate: Candidate) -> bool:
    """"The next International is planned for Hamburg": the subject is an edition still to
    come of the event, not the event itself nor anyone; an answer that the sentence only
    writes after "next" ("Who is planned for Hamburg?" -> International) drops that word
    and so answers with the wrong thing (and asks a person for it)."""
    answer = candidate.answer
    if not answer or candidate.form == "truefalse":
        return False
    found = whole_word_starts(candidate.sentence, answer)
    return bool(found) and all(
        COMING_EDITION.search(candidate.sentence[max(0, at - 12) : at]) for at in found
    )


# "the winning name", "the winning entry": the result of a contest or a vote.
WINNING_THING = re.compile(r"\b(?:the|its|their) winning (?!goal|run|try|point|shot|"
                           r"streak|margin|score)[a-z]+\b", re.I)


def _winner_of_no_edition(question: str) -> bool:
    """"What was the winning name for the hero?": a vote or contest is held again and
    again, each time with its own winner; a question that asks its winning entry says
    which edition (a year or a date), else it has no one answer."""
    return bool(WINNING_THING.search(question)) and not (
        YEAR_IN.search(question) or DAY_DATE.search(question)
    )


# A game's add-on named once with what it is: '"Frost Crown", the first expansion for
# "Star Harbour", ...', 'Frost Crown, the new DLC, ...'. The article then says "the DLC" or
# "the expansion" for it.
ADDON_APPOSITION = re.compile(
    r"(?:[\"“](?P<quoted>[^\"“”]{2,60})[\"”]|(?<![\w'’])(?P<bare>[A-Z][\w'’:-]*"
    r"(?: (?:[A-Z0-9][\w'’:-]*|of|the|and|in|on|to|for|at))*)), (?:the|an|a|its) "
    r"(?:[\w-]+ ){0,2}(?:expansion|DLC|add-on)\b"
)
ADDON_SAID = re.compile(r"\b([Tt])he (?:DLC|expansion|add-on)\b(?!\s+(?:[A-Z0-9\"“]|of\b))"
                        r"(?!['’]s)")


def _article_addon(doc: object) -> str | None:
    """The one add-on the article names with an apposition saying it is one, else None
    (none, or two: which one would "the expansion" be?)."""
    # `Doc.text` joins every token anew on each read: the doc's text is read once per doc
    # (`doc_text`, kept in its user data) and shared with the other whole-article checks
    text = doc_text(doc) if isinstance(doc, Doc) else getattr(doc, "text", None)
    if not text:
        return None
    names = {(m.group("quoted") or m.group("bare")).strip()
             for m in ADDON_APPOSITION.finditer(text)}
    return next(iter(names)) if len(names) == 1 else None


def _addon_named(question: str, addon: str | None) -> str:
    """"When did the DLC come out?" -> "When did Shadow of Nightfall come out?": the
    article's one named add-on for its common noun (else the question names no game's
    add-on and the gates drop it as vague)."""
    if addon is None or addon in question:
        return question
    return ADDON_SAID.sub(lambda m: addon, question, count=1)


# A streak counted up to the article's day: "have won the Cup for the fourth year running",
# "her third straight title". The count is true only of the edition the article tells of.
STREAK_ORDINALS = (r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                   r"eleventh|twelfth|\d+(?:st|nd|rd|th))")
STREAK = re.compile(
    rf"\b(?:for|in) the (?P<ord>{STREAK_ORDINALS}) (?P<pre>(?:straight|consecutive|successive) )?"
    r"(?P<unit>year|time|season|edition|night|week|month|game|race|match)"
    r"(?P<post> (?:running|in a row|straight))?\b",
    re.I,
)


def _streak_kept(candidate: Candidate) -> bool:
    """"Europe have won the Cup for the fourth year running": asked without its year ("Who
    has won the Cup for the fourth year running?") the answer changes with every edition,
    so it is not asked; with a year or a day it is, and a "running" or "in a row" the
    question lost is put back ("for the fourth year" alone says another thing: the fourth
    year of what?)."""
    streak = next((m for m in STREAK.finditer(candidate.sentence)
                   if m.group("pre") or m.group("post")), None)
    if streak is None:
        return True
    said = re.search(rf"\b(?:for|in) the {re.escape(streak.group('ord'))} "
                     rf"(?:{re.escape(streak.group('pre') or '')})?"
                     rf"{re.escape(streak.group('unit'))}\b", candidate.question, re.I)
    if said is None:
        return True  # the question does not tell of the streak
    if not (YEAR_IN.search(candidate.question) or DAY_DATE.search(candidate.question)):
        return False
    post = streak.group("post")
    if post and not candidate.question[said.end():].startswith(post):
        candidate.question = candidate.question[:said.end()] + post + candidate.question[
            said.end():]
    return True


# "In the A–B match of 9 December 2023, who won both of his doubles matches?": a deed over
# several matches (a week's doubles, a season's games) told in a report is not inside the
# one match its frame names; unframed it says nothing of which event, so it is not asked.
ONE_MATCH_FRAME = re.compile(r"^(?:True or false: |[^\"]* fills the blank: \")?In the [^,]+ "
                             r"(?:match|game|fight|bout|tie) of [^,]+, ")
MANY_MATCHES = re.compile(r"\b(?:matches|games|fights|bouts|fixtures|ties)\b")


def _many_matches_in_one(question: str) -> bool:
    frame = ONE_MATCH_FRAME.match(question)
    return frame is not None and bool(MANY_MATCHES.search(question[frame.end():]))


# ", to nobody's surprise", ", much to the delight of the crowd": the writer's comment on
# a fact, not part of it.
ATTITUDE_COMMENT = re.compile(
    r",?\s+(?:much\s+)?to\s+(?:(?:the\s+)?(?:\w+'s|nobody's|no one's|everyone's|"
    r"everybody's|anyone's)|the)\s+(?:great\s+|complete\s+|utter\s+)?"
    r"(?:surprise|delight|relief|dismay|horror|amusement|disappointment|joy|astonishment|"
    r"chagrin|frustration)(?:\s+of\s+(?:the\s+)?[\w' ]{1,30}?)?(?=\"?\?$)",
    re.I,
)


def _without_attitude_comment(question: str) -> str:
    """The writer's comment dropped from the end of a question or a blank's statement:
    "What was the name, to nobody's surprise?" -> "What was the name?". It says how the
    fact was taken, not the fact, and a player cannot check it."""
    return ATTITUDE_COMMENT.sub("", question)


# "How many dungeons did Kai beat of 'Star Quest'?": the counted noun's "of" phrase left
# behind the verb when the number was asked.
STRANDED_OF = re.compile(
    r"^(?P<head>.*\b[Hh]ow many (?P<noun>[a-z][\w-]*)) (?P<rest>(?:did|does|do|has|have|had|"
    r"will|can|could) [^?]+?) (?P<of>of [^?]+)\?$"
)


def _of_phrase_with_counted_noun(question: str, sentence: str) -> str:
    """The "of" phrase put back beside the noun it belongs to: "How many dungeons of 'Star
    Quest' did Kai beat?", never "How many dungeons did Kai beat of 'Star Quest'?" (stiff:
    the phrase reads as the verb's). Only when the sentence says the noun and the phrase
    together ("the first three dungeons of 'Star Quest'")."""
    match = STRANDED_OF.match(question)
    if match is None:
        return question
    together = f"{match['noun']} {match['of']}"
    if together not in sentence.translate(RENDER_QUOTES):
        return question
    return f"{match['head']} {match['of']} {match['rest']}?"


# ", a year after he was shortlisted ...", ", two days before the final": a span of time
# set off by a comma at the end of the sentence, dating the deed by another event.
SPAN_ASIDE_IN_SENTENCE = re.compile(
    r", (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) "
    r"(?:day|week|month|year|decade)s? (?:after|before) [^,;]+[.!]?$"
)
SPAN_ASIDE_IN_QUESTION = re.compile(
    r",? (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) "
    r"(?:day|week|month|year|decade)s? (?:after|before) [^?\"]+(?=\"?\?$)"
)


def _without_closing_span_aside(question: str, sentence: str) -> str:
    """"Which award has Ahir Shah won for his show 'Ends', a year after Ahir Shah was
    shortlisted ...?" -> "... for his show 'Ends'?": the closing aside dates the deed by
    another one and, copied into the question, runs a second clause (its pronoun said
    as the name) into the first. The deed stands without it; only when the sentence
    itself sets the aside off by a comma at its end."""
    if not SPAN_ASIDE_IN_SENTENCE.search(sentence):
        return question
    return SPAN_ASIDE_IN_QUESTION.sub("", question, count=1)


def _score_of_no_match(question: str) -> bool:
    """"Who ran away with Split 13-5?": a score belongs to one match (or one map or set of
    it), and the same sides and scores come back season after season; a question that
    quotes a score says when (a year or a day), else it has no one answer."""
    return bool(SCORE_IN_TEXT.search(question)) and not (
        YEAR_IN.search(question) or DAY_DATE.search(question)
    )


# "Priya Lomax, 27, had driven up from Bristol": a name with an age set off by commas.
NAME_WITH_AGE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}), \d{1,2},")


def _private_people(doc: Doc | None) -> set[str]:
    """A fan or attendee the report quotes ("Priya Lomax, 27, had driven up from Bristol")
    is named once, with an age, and never again: no trivia player can know them, and what
    they did is one of thousands of such stories. A name with an age whose surname the
    article gives at most twice is never asked about (a star's age aside is rarer, and a
    star is named again and again)."""
    if doc is None:
        return set()
    text = doc_text(doc)
    private = set()
    for match in NAME_WITH_AGE.finditer(text):
        name = match.group(1)
        surname = name.split()[-1]
        if len(re.findall(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", text)) <= 2:
            private.add(name)
    return private


VOICE_OF = re.compile(r"^Who is the voice of ")


def _voice_framed(question: str, topic: tuple[str, str] | None) -> str | None:
    """"Who is the voice of Chilli?": a part is voiced in one work (and recast in the next
    adaptation), so the question names the article's work ("In Bluey, who is the voice of
    Chilli?"), or is not asked when the article names none."""
    from questions.gates import contains

    if topic is None or topic[1] not in WORK_TOPICS:
        return None
    if contains(question, topic[0]):
        return question
    return f"{TOPIC_PREPS.get(topic[1], 'In')} {topic[0]}, {question[:1].lower()}{question[1:]}"


def _per_token_starts(doc: Doc | None, mentions: Mentions) -> list[Token]:
    """The tokens, in order, where a per-token question maker (`possessive_questions`,
    `appositive_questions`, `debut_questions`, `whose_questions`) can find something:
    each returns nothing unless its first test passes (a kinship lemma, the "appos"
    dependency, a mention starting there, the tag WP$). Those tests are read here from
    the attribute arrays, so no Token object is made for the other words of the article
    (the makers ran on every token of every article)."""
    if doc is None:
        return []
    columns = doc.to_array([LEMMA, DEP, TAG]).T.tolist()
    if not columns or not columns[0]:
        return []
    lemmas, deps, tags = columns
    strings = doc.vocab.strings
    kin = {h for h in set(lemmas) if strings[h].lower() in KINSHIP_NOUNS}
    appos = {h for h in set(deps) if strings[h] == "appos"}
    whose = {h for h in set(tags) if strings[h] == "WP$"}
    starts = mentions.by_start
    return [
        doc[i] for i, (lemma, dep, tag) in enumerate(zip(lemmas, deps, tags, strict=True))
        if lemma in kin or dep in appos or tag in whose or i in starts
    ]


# Who led, captained or coached a side changes over a career: without a year such a
# question has many answers ("TheShy led _____"), and so does a move ("signed to").
CAREER_VERBS = {"lead", "captain", "coach", "manage", "skipper", "front"}
# So does where a player or band moved: "Which label were Destiny's Child signed to?"
MOVE_VERBS = {"sign", "join", "leave", "transfer", "re-sign"}
# A numbered edition of an event ("Super Bowl LVIII", "WrestleMania XL") pins one occasion.
NUMBERED_EDITION = re.compile(r"\b[A-Z][a-z]+ [IVXLCDM]{2,}\b")
# Verbs whose passive subject is founded, not a person: "Tango was founded by X".
FOUNDING_VERBS = {"found", "establish", "form", "co-found", "cofound"}
# Verbs whose subject is one of a yearly class: many are inducted into a hall of fame.
CLASS_VERBS = {"induct"}


# Watching from a stand, a box or the stalls: done by a crowd.
WATCHING_VERBS = {"watch", "cheer"}


def _crowd_watcher(clause: Clause) -> bool:
    """"Leo Marsh, who watched from the stands": watching with nothing watched named
    (no object) and no companion named ("alongside the director", "with his wife")."""
    verb = clause.verb
    if _lemma(verb) not in WATCHING_VERBS or clause.passive:
        return False
    if any(c.dep_ in {"dobj", "ccomp", "advcl"} for c in verb.children):
        return False
    # the companion may hang on the place ("from the stalls alongside the director")
    return not any(t.dep_ == "prep" and t.lower_ in {"alongside", "with", "beside"}
                   for t in verb.subtree)


def _nth_time(clause: Clause) -> bool:
    """"won X for the second time": the verb carries "for the <ordinal> time"."""
    for prep in clause.verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.lemma_.lower() == "time" and any(
                c.ent_type_ == "ORDINAL" for c in pobj.children
            ):
                return True
    return False


def _inducted(clause: Clause, arg: Arg) -> bool:
    """The one inducted: the subject of "was inducted", the object of "inducted X"."""
    if arg is clause.subject:
        return clause.passive
    return not clause.passive and arg.role == "dobj"


def _pronoun_subject(clause: Clause) -> bool:
    """The clause's subject is "he" or "she" (asked by the name it was resolved to)."""
    head = clause.subject.head
    return head.tag_ == "PRP" and head.lower_ in {"he", "she"}


def _career_role(clause: Clause) -> bool:
    return _lemma(clause.verb) in CAREER_VERBS and any(
        (a.answer is not None and a.answer.type in {"team", "group", "organization", "thing"})
        or (a.role == "dobj" and a.head.pos_ == "PROPN")
        for a in [clause.subject, *clause.args]
        if a is not clause.subject or clause.passive
    )


def _sentence_events(clause: Clause, mentions: Mentions) -> list[tuple[str, str]]:
    """(name, dated name) of each yearly event the sentence dates: "the 2023 League of
    Legends World Championship" -> ("League of Legends World Championship", "2023 League
    of Legends World Championship")."""
    found = []
    doc = clause.sent.doc
    for token in clause.sent:
        mention = mentions.at(token)
        if mention is None or mention.type not in DATED_EVENTS or mention.start == 0:
            continue
        bare = re.sub(r"^the ", "", mention.name, flags=re.I)
        year = doc[mention.start - 1]
        if YEAR_IN.search(bare):
            found.append((bare, bare))
        elif YEAR_IN.fullmatch(year.text) and year.like_num:
            found.append((bare, f"{year.text} {bare}"))
    return found


# Deeds done at an edition of a yearly occasion: won, beat, lost, performed there.
EDITION_DEEDS = {"win", "beat", "defeat", "lose", "edge", "upset", "top", "perform", "accept",
                 "collect", "claim", "take", "score", "present", "sing", "play"}


def _when_clause_year(question: str, clause: Clause) -> str:
    """"... since Esperanza Spalding in 2011, when Spalding famously beat Justin Bieber":
    a "when" clause right after "in <year>" happened in that year. A question framed by a
    yearly occasion with no year ("At the Grammy Awards, who beat Justin Bieber?": which
    Grammys?) is framed by that year's edition: "At the 2011 Grammy Awards, ...". Only a
    deed done at such an occasion (won, beat, performed); else left as it is."""
    from questions.acceptability import YEARLY_FRAME

    frame = YEARLY_FRAME.match(question)
    if frame is None or YEAR_IN.search(question) or not re.match(r"^(At|In|During) ", question):
        return question
    if _lemma(clause.verb) not in EDITION_DEEDS:
        return question
    when = next((c for c in clause.verb.children if c.lower_ == "when" and c.dep_ == "advmod"
                 and c.i < clause.verb.i), None)
    if when is None:
        return question
    doc = clause.verb.doc
    before = [t for t in doc[max(0, when.i - 3) : when.i] if not t.is_punct]
    if len(before) < 2 or not re.fullmatch(r"(1[89]|20)\d\d", before[-1].text) or (
        before[-2].lower_ != "in" or before[-1].ent_type_ != "DATE"
    ):
        return question
    name = frame.group(1)
    return f"{question[:frame.start(1)].removesuffix('the ')}the {before[-1].text} {name}" + (
        question[frame.end(1):]
    )


def _event_year_from_sentence(question: str, clause: Clause, mentions: Mentions) -> str:
    """"At League of Legends World Championship, ..." when the sentence says "the 2023
    League of Legends World Championship": the question says it as the sentence does."""
    if YEAR_IN.search(question):
        return question
    for bare, dated in _sentence_events(clause, mentions):
        if bare == dated or bare not in question:
            continue
        pattern = re.compile(rf"\b(?:[Tt]he )?{re.escape(bare)}\b")
        if pattern.search(question):
            return pattern.sub(f"the {dated}", question, count=1)
    return question


def _with_dated_event(question: str, clause: Clause, mentions: Mentions) -> str:
    """"At the 2023 League of Legends World Championship, what did TheShy lead?": the
    dated event the sentence names, when the question has no year of its own."""
    question = _event_year_from_sentence(question, clause, mentions)
    if YEAR_IN.search(question) or re.match(r"^(In|At|On) ", question):
        return question
    for _, dated in _sentence_events(clause, mentions):
        return f"At the {dated}, {question[:1].lower()}{question[1:]}"
    return question


# Verbs whose person object is one of a cast: a director directs every actor in a film.
CAST_VERBS = {"direct", "cast"}


# A coach or mentor has many pupils at once: "Who is coached by Bob Bowman?" has as many
# answers as he has swimmers; "Who is Léon Marchand coached by?" has one.
PUPIL_VERBS = {"coach", "train", "mentor", "teach", "tutor", "manage"}


def _one_of_many_at_event(
    bare: str, framed: str, clause: Clause, topic: tuple[str, str] | None
) -> bool:
    """A subject question that names nobody, no title and no number, framed only by the
    event or match: a card, a final or a ceremony has many people who did such a thing
    ("At UFC 300, who rushed forward behind a lazy jab?", "In the X–Y match of ..., who
    was shown a yellow card?"). A placing has one answer per event ("who came home
    fourth?"); a work's frame ("In Succession, who played the family patriarch?") is a
    cast, not a crowd."""
    answer = clause.subject.answer
    if answer is None or answer.type not in PERSON_TYPES:
        return False  # a band at an award show: fewer of them (the seed's BTS floor)
    if framed == bare or not framed.endswith(bare[1:]):
        return False
    frame = framed[: len(framed) - len(bare)]
    if topic is not None and topic[1] in WORK_TOPICS and topic[0] in frame:
        return False
    if not _pins_nothing(bare):
        return False
    if ONE_OF_A_KIND.search(bare):
        return False  # "who was chasing a record-equalling eighth?": only one was
    return not any(a.role == "position" for a in clause.args)


def _pins_nothing(text: str) -> bool:
    """The words name nobody and nothing and carry no number or quote: nothing in them
    says which one of an event's many is meant."""
    from questions.gates import names_something

    return names_something(text) is not None and not re.search(r"[\d\"“]", text)


# Modifiers that make "the <noun>" one of a kind at an event ("the winning putt").
ONE_DEED_WORDS = {"winning", "decisive", "deciding", "first", "last", "final", "only",
                  "opening", "clinching", "title-winning", "match-winning", "game-winning"}


def _one_of_many_deeds(question: str, clause: Clause, events: list[str]) -> bool:
    """A person question whose only content besides its event is a definite common noun
    the article says again ("At the 2025 Masters, who rolled in the birdie putt?" when a
    second player "rolled in a birdie putt" too): "the" does not make the deed one; an
    event has many putts, goals, saves. A name, a number or a quote elsewhere in the
    question, or a one-of-a-kind word ("the winning putt"), pins it down."""
    answer = clause.subject.answer
    if answer is None or answer.type not in PERSON_TYPES:
        return False
    objects = [a for a in clause.args if a.answer is None]
    if len(objects) != 1 or objects[0].role not in {"dobj", "prep"}:
        return False
    noun = objects[0].head
    if noun.pos_ != "NOUN" or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children
    ):
        return False
    if any(
        c.lower_ in ONE_DEED_WORDS or c.ent_type_ == "ORDINAL" or c.dep_ in {"poss", "nummod"}
        for c in noun.children
    ) or ONE_OF_A_KIND.search(question):
        return False
    rest = question
    for name in events:
        rest = rest.replace(name, "")
    rest = re.sub(r"^(?:In|At|On|During) [^,]*, ", "", rest)  # the frame
    if not _pins_nothing(rest):
        return False
    own = {t.i for t in noun.subtree}
    return any(
        t.lemma_.lower() == noun.lemma_.lower() and t.pos_ == "NOUN" and t.i not in own
        for t in clause.sent.doc
    )


# What only one person at an event can be or do: a record, a first, the youngest.
ONE_OF_A_KIND = re.compile(r"\b(?:record|first|only|youngest|oldest)\b", re.I)


def _one_of_many_pupils(clause: Clause, arg: Arg) -> bool:
    """The pupil slot of a coaching verb: the subject of the passive ("X is coached by
    Y"), the object of the active ("Y coaches X"), when it is a person."""
    if _lemma(clause.verb) not in PUPIL_VERBS or arg.answer is None:
        return False
    if arg.answer.type not in PERSON_TYPES:
        return False
    return (clause.passive and arg is clause.subject) or (
        not clause.passive and arg.role == "dobj"
    )


# Verbs whose subject makes something: a person or a company, never a song or a film.
MAKING_VERBS = {"write", "co-write", "compose", "pen", "produce", "direct", "sing", "record"}
WORK_TYPES = {"song", "album", "film", "show", "book", "title", "game"}


def _work_as_maker(clause: Clause) -> bool:
    """A work typed as the subject of a making verb ("..., the ballad Adele wrote for the
    group": "ballad" typed the name a song): the type is wrong, so is every question."""
    answer = clause.subject.answer
    return (
        answer is not None and answer.type in WORK_TYPES and not clause.passive
        and _lemma(clause.verb) in MAKING_VERBS
        and clause.sent.doc[answer.start : answer.end].root.ent_type_ == "PERSON"
    )


def _restriction_lost(clause: Clause, question: str) -> bool:
    """"the first man from Belfast to win it twice": the clause after a "first", "only"
    or ordinal noun says first at what; a question without it says something else ("Who
    became the first man from Belfast?")."""
    from questions.facts import _restricts

    def restricted(noun: Token) -> bool:
        return any(_restricts(c) for c in noun.children if c.dep_ in {"amod", "nummod", "advmod"})

    attrs = [a.head for a in clause.args if a.role == "attr" and restricted(a.head)]
    def said(word: str) -> bool:
        return re.search(rf"\b{re.escape(word)}\b", question) is not None

    for token in clause.verb.subtree:
        if token.i == clause.verb.i:
            continue  # "the first Deadpool, which opened ...": the clause itself
        if token.dep_ in {"acl", "relcl"} and restricted(token.head) and said(token.head.text):
            pass  # "the first man to win it"
        elif not (attrs and token.dep_ == "advcl" and token.head.i == clause.verb.i and any(
            c.tag_ == "TO" for c in token.children
        )):
            continue  # "became the first man from Belfast to win it twice" (advcl)
        if not said(token.text):
            return True
    return False


def _one_of_a_cast(clause: Clause, arg: Arg) -> bool:
    return (
        arg.role == "dobj" and arg.answer is not None and arg.answer.type in PERSON_TYPES
        and _lemma(clause.verb) in CAST_VERBS
    )


AGAIN_WORDS = {"again", "previously", "once", "formerly"}


def _done_again(clause: Clause) -> bool:
    """"X previously directed Y in Z", "X won it again": the verb was done at another
    time too; a question about what it was done to has more answers. ("also" is not
    enough: "BTS also performed Fake Love" adds to what else they did.)"""
    return any(c.dep_ == "advmod" and c.lower_ in AGAIN_WORDS for c in clause.verb.children)


# Verbs of making or making public: a company, studio or artist announces, reveals,
# releases, records and writes many things over time.
PUBLISH_VERBS = {"announce", "reveal", "unveil", "release", "tease", "drop", "launch",
                 "debut", "share", "post", "premiere", "publish", "confirm", "record", "write",
                 "compose", "produce", "direct"}
DAY_DATE = re.compile(
    r"\b((January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{1,2}\b|\d{1,2} (January|February|March|April|May|June|July|August|"
    r"September|October|November|December))"
)


# Borrowing from an older work: many later works sample, cover or quote a classic, so
# the borrower is not one answer ("Which song samples X?"); what it borrows is.
# Verbs of a private expectation or worry: what someone thought would happen, not a deed.
THOUGHT_VERBS = {"anticipate", "assume", "expect", "hope", "fear", "worry", "wonder",
                 "suspect", "imagine", "envision", "envisage"}
BORROW_VERBS = {"sample", "interpolate", "cover", "remix", "quote"}

# A hero or a side beats many foes: the beaten one is one answer only with the day, the
# score or the event ("Who did Cody Rhodes defeat on 7 April 2024?").
OPPONENT_VERBS = {"defeat", "beat", "kill", "slay", "fight", "face", "battle", "destroy"}

PARTNER_VERBS = {"work", "collaborate", "partner", "team", "tour", "perform", "record"}
# An ongoing partnership ("since 2002", "for years") or none said; "in 2005" is one deal
ONLY_A_TIME = re.compile(r"^(?:(?:since|for) (?:the )?(?:\w+ )?(?:\d{4}s?|years|decades))?$")


def _with_a_thing(clause: Clause, arg: Arg) -> bool:
    """"His first trophy came at Wembley in 1999 with Graham Murray": a person "with" a
    thing as the subject (a trophy, a win, a title) is the one who shared it, not a
    companion of the thing; "Who did his first trophy come with?" reads oddly."""
    subject = clause.subject
    if arg.prep is None or arg.prep.lower_ != "with" or subject is None:
        return False
    if arg.answer is None or arg.answer.type not in PERSON_TYPES:
        return False
    head = subject.head
    return head.pos_ == "NOUN" and head.lemma_.lower() not in PERSON_NOUNS and (
        subject.answer is None or subject.answer.type not in PERSON_TYPES | {"group", "team"}
    )


def _one_of_many_partners(clause: Clause, arg: Arg, rest: str | None) -> bool:
    """"Beyoncé has worked with _____ since 2002": a partner of many over the years;
    what they did together ("for the fragrance True Star") or one dated deal ("teamed up
    with X in 2005") says which."""
    if _lemma(clause.verb) not in PARTNER_VERBS or arg.prep is None:
        return False
    if arg.prep.lower_ not in {"with", "alongside"}:
        return False
    return bool(ONLY_A_TIME.match((rest or "").strip()))


COUNTING_WORDS = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                  "tenth", "another"}


def _one_of_a_kind_counted(clause: Clause, arg: Arg) -> bool:
    """The object is a kind counted, not a thing named: "lost a second Super Bowl",
    "won another Grammy". Asked, its answer is the kind ("Super Bowl"), half of what
    happened; the subject question ("Who lost a second Super Bowl to Andy Reid?") keeps it."""
    answer = arg.answer
    if answer is None or answer.start < 1:
        return False
    doc = clause.sent.doc
    before = [t.lower_ for t in doc[max(answer.start - 2, clause.sent.start) : answer.start]]
    return bool(before) and before[-1] in COUNTING_WORDS and (
        before[-1] == "another" or (len(before) == 2 and before[0] in {"a", "an"})
    )


def _indefinite_bare(noun: Token) -> bool:
    """"a single", "a new album": an indefinite noun with nothing that says which."""
    children = list(noun.children)
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children) and not any(
        c.dep_ in {"amod", "nummod", "poss", "compound"} and c.lower_ != "new" for c in children
    )


def _one_of_many_made_public(clause: Clause, arg: Arg, rest: str | None) -> bool:
    """"What did Capcom announce for 2025?", "What did Drake release in 2013?": the bare
    name a verb of making public takes as its object is one of the many things the
    subject has announced or released; only the day ("on May 12") pins it down. A typed,
    restricted object ("their first single, X", "a single titled X") is another matter."""
    answer = arg.answer
    if answer is None or arg.role != "dobj" or _lemma(clause.verb) not in PUBLISH_VERBS:
        return False
    if arg.head.pos_ != "PROPN" and arg.head.ent_type_ not in {"WORK_OF_ART", "PRODUCT"}:
        # "announced a third season, X": the noun says which; "released a single titled
        # X" does not (one of the singles of the year)
        return _indefinite_bare(arg.head) and not DAY_DATE.search(rest or "")
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in arg.head.children)
    if not indefinite and any(
        c.dep_ in {"amod", "nummod", "det", "poss"} for c in arg.head.children
    ):
        return False  # "their first single X", "the album X"
    return not DAY_DATE.search(rest or "")  # "a single titled X": one of the year's


def _yearly_award_winner(clause: Clause, question: str, mentions: Mentions) -> bool:
    """"Who was awarded the Conn Smythe Trophy ...?": an award given every year (or at
    every ceremony) has a winner each time; the question needs the year, the day or the
    occasion ("At the 2024 BRIT Awards, who picked up Producer of the Year?")."""
    if not any(a.answer is not None and a.answer.type == "award" and a is not clause.subject
               for a in clause.args) and not any(
        m.type == "award" and m.name in question and m.start >= clause.verb.i
        for t in clause.sent if (m := mentions.at(t)) is not None
    ):  # "Who made a surprise appearance to present Best Game Direction?"
        return False
    return not (CONTEXT_PREFIX.match(question) or YEAR_IN.search(question)
                or DAY_DATE.search(question) or re.search(r"\b\d+(st|nd|rd|th) [A-Z]", question))


WIN_VERBS = {"win", "claim", "capture", "clinch", "take", "retain", "defend", "lift"}


def _won_yearly_event(clause: Clause, arg: Arg) -> bool:
    """A yearly event as what was won ("won the Japanese Grand Prix"): without its year in
    the name, the winner has won others."""
    answer = arg.answer
    return (
        answer is not None
        and arg.role == "dobj"
        and answer.type in DATED_EVENTS
        and _lemma(clause.verb) in WIN_VERBS
        and not YEAR_IN.search(answer.text)
    )


# A stretch of time counted from when the article was written: "this season", "last
# year", "all season", "so far this term". No date pins it, and a question that leaves it out ("How
# many games did X lose?") asks about no stretch at all.
RUNNING_PERIOD = re.compile(
    r"^(?:(?:so far )?(?:this|last|next|all|the current|the past) )(?:season|year|campaign|term|"
    r"month|week|spring|summer|autumn|fall|winter|tournament|tour|decade)$",
    re.I,
)


def _running_period(clause: Clause) -> bool:
    """The clause's verb has a running period of time ("lost just three games this
    season") among its own modifiers, directly, in a preposition ("in this season") or
    on its object ("two games all season": the parser often hangs it there)."""
    children = list(clause.verb.children)
    children += [c for o in children if o.dep_ in {"dobj", "attr"} for c in o.children]
    for child in children:
        heads = [child] + [c for c in child.children if c.dep_ == "pobj"] if (
            child.dep_ == "prep"
        ) else [child]
        for head in heads:
            if head.dep_ not in {"npadvmod", "pobj", "advmod", "tmod"}:
                continue
            words = sorted(head.subtree, key=lambda t: t.i)
            text = " ".join(t.text for t in words)
            if RUNNING_PERIOD.match(text):
                return True
    return False


NICKNAME_NOUNS = {"nickname", "moniker", "alias", "sobriquet"}


def _won_ever(clause: Clause) -> bool:
    """"X has won the Palme d'Or": the present perfect of winning says "at some time", so
    the prize has had other winners and the winner other prizes. Without a year or an
    edition in the clause ("has won the 2023 Palme d'Or", "her second Palme d'Or") no
    question from it has one answer. A count ("has won 20 Grammys") is a career total."""
    if _lemma(clause.verb) not in WIN_VERBS | {"crown"} or clause.verb.tag_ != "VBN" or (
        not clause.auxes
    ):
        return False
    if clause.auxes[0].lemma_.lower() != "have" or clause.auxes[0].tag_ not in {"VBZ", "VBP"}:
        return False
    for token in clause.verb.subtree:
        if token.like_num or token.ent_type_ in {"DATE", "ORDINAL", "CARDINAL"}:
            return False
    return True


def _colon_inside(clause: Clause, mentions: Mentions) -> bool:
    """A colon inside the clause that is no part of a name ("The Legend of Zelda: ..."):
    what follows it spells out what came before, and questions copied from the clause
    lose it."""
    if not tokens_where(clause.sent.doc, ORTH, ":".__eq__):
        return False  # no colon in the article: no walk over the clause's words
    subtree = list(clause.verb.subtree)  # walked once, not once per test
    colons = [t for t in subtree if t.text == ":"]
    if not colons:
        return False
    last = max(t.i for t in subtree)
    doc = clause.sent.doc
    return any(
        0 < t.i < last and mentions.covering(t) is None
        and doc[t.i - 1].pos_ in {"NOUN", "NUM"}  # "Carmen: A Hip Hopera" is a title
        for t in colons
    )


NOW_WORDS = {"now", "currently", "presently", "still"}


def _true_for_now(clause: Clause) -> bool:
    """A present-tense clause that says it is true now ("now holds the titles",
    "currently leads the table"): a quiz asked later may have another answer."""
    if _past(clause) or (clause.verb.tag_ not in {"VBZ", "VBP"} and not (
        clause.auxes and clause.auxes[0].tag_ in {"VBZ", "VBP"}
    )):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in NOW_WORDS for c in clause.verb.children)


# A credit on a work: "Director Hidemaro Fujibayashi" in an article about a game is the
# game's director. Only roles a work has one of, and only for works (not events).
CREDIT_ROLES = {"director", "producer", "composer", "screenwriter", "showrunner", "creator",
                "writer", "author", "developer", "publisher", "cinematographer"}
WORK_TOPICS = {"film", "show", "game", "book", "album", "title"}
# Credits a work of that kind usually shares among several people: a TV series has many
# producers, writers and directors (episode by episode), a film several producers, an
# album several producers and songwriters. "Who is the producer of <show>?" asks as if
# there were one, and the article's one named producer is one of many; a game's
# producer, a film's director, a show's creator or showrunner are usually one person.
SHARED_CREDITS = {
    "show": {"producer", "writer", "director", "cinematographer", "screenwriter"},
    "film": {"producer"},
    "album": {"producer", "writer"},
}


def credit_candidates(
    item: object, mentions: Mentions, topic: tuple[str, str] | None
) -> list[Candidate]:
    """"Who is the director of The Legend of Zelda: Tears of the Kingdom?" from a role
    word right before a person's name, in an article about that work. A role held by two
    people in the article, or one owned by someone else ("Nintendo's producer", "the
    director of Ghibli"), gives nothing."""
    doc = getattr(item, "doc", None)
    if doc is None or topic is None or topic[1] not in WORK_TOPICS:
        return []
    found: dict[str, list[tuple[str, str]]] = {}
    for mention in {m.start: m for m in mentions.by_start.values()}.values():
        if mention.type not in PERSON_TYPES:
            continue
        first = doc[mention.start]
        name = mention.name
        if first.lemma_.lower() in CREDIT_ROLES and mention.end - mention.start >= 3:
            role = first  # "Producer Eiji Aonuma" read as one name at a sentence's start
            name = name.split(" ", 1)[1]
        elif mention.start > 0:
            role = doc[mention.start - 1]
        else:
            continue
        if role.lemma_.lower() not in CREDIT_ROLES or role.pos_ not in {"NOUN", "PROPN"}:
            continue
        before = doc[role.i - 1] if role.i > role.sent.start else None
        if before is not None and (
            before.tag_ in {"POS", "PRP$"} or before.pos_ in {"ADJ", "PROPN", "NOUN"}
            or before.lower_ in {"former", "co", "-", "executive", "a", "an"}
        ):
            continue  # "Nintendo's producer", "series producer", "a director": not this work's
        after = doc[mention.end] if mention.end < len(doc) else None
        if after is not None and after.lower_ == "of":
            continue  # "director X of Studio Ghibli"
        sentence = " ".join(role.sent.text.split())
        found.setdefault(role.lemma_.lower(), [])
        if name not in [n for n, _ in found[role.lemma_.lower()]]:
            found[role.lemma_.lower()].append((name, sentence))
    out = []
    for role, people in found.items():
        if len(people) != 1 or role in SHARED_CREDITS.get(topic[1], ()):
            continue
        name, sentence = people[0]
        out.append(Candidate(f"Who is the {role} of {topic[0]}?", name, "person", "wh",
                             sentence, topics=(name,)))
    return out


# Works whose people play parts: "Anna Reyes as Lady Corva" in a review of a show or film.
CAST_TOPICS = {"film", "show"}


def cast_candidates(
    item: object, mentions: Mentions, topic: tuple[str, str] | None
) -> list[Candidate]:
    """"The standout is Anna Reyes as Lady Corva": a person's full name with "as" and
    another person's full name hung on the name itself (no verb of playing) is a cast
    line in an article about a show or film: "In X, who plays Lady Corva?" and "In X, who
    does Anna Reyes play?". Only in a sentence told in the present (a past cast line may
    be another production's) that names no other work, and only for a part and an actor
    the article pairs once (a part two actors share has no one answer)."""
    doc = getattr(item, "doc", None)
    if doc is None or topic is None or topic[1] not in CAST_TOPICS:
        return []
    from questions.gates import contains

    pairs: list[tuple[str, str, str]] = []
    for mention in {m.start: m for m in mentions.by_start.values()}.values():
        if mention.type not in PERSON_TYPES or " " not in mention.name:
            continue
        root = doc[mention.end - 1]
        preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "as"]
        if len(preps) != 1 or preps[0].i != mention.end:
            continue
        objects = [c for c in preps[0].children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
        part = mentions.covering(objects[0]) if objects else None
        if part is None or part.type not in PERSON_TYPES or " " not in part.name:
            continue
        if part.start != preps[0].i + 1 or part.name == mention.name:
            continue
        sent = root.sent
        verb = sent.root
        if verb.tag_ not in {"VBZ", "VBP"}:
            continue  # "with A as B" in 1952: that cast, not the one playing now
        works = {
            m.name for m in mentions.by_start.values()
            if sent.start <= m.start < sent.end and m.type in WORK_TOPICS
        }
        if works - {topic[0]}:
            continue  # another work named beside it: whose cast?
        pairs.append((mention.name, part.name, " ".join(sent.text.split())))
    name = topic[0][4:] if topic[0].lower().startswith("the ") else topic[0]
    out = []
    for actor, part, sentence in pairs:
        if sum(1 for a, p, _ in pairs if a == actor or p == part) != 1:
            continue
        if contains(part, name) or contains(name, part):
            continue  # "X as Oppenheimer" in "Oppenheimer": the question gives it away
        out.append(Candidate(f"In {name}, who plays {part}?", actor, "person", "subject",
                             sentence, topics=(actor, part)))
        out.append(Candidate(f"In {name}, who does {actor} play?", part, "person", "wh",
                             sentence, topics=(actor, part)))
    return out


def _shared_part_name(answer: str, mentions: Mentions) -> bool:
    """A one-word person answer that is part of another person's full name in the
    article ("Knowles": Beyoncé's, Mathew's and Solange's): which one is meant?"""
    if " " in answer:
        return False
    fulls = {m.name for m in mentions.by_start.values()
             if m.type in PERSON_TYPES and " " in m.name}
    firsts = {full.split()[0] for full in fulls if full.split()[-1] == answer}
    return len(firsts) >= 2  # a surname two different people carry


def _named_in_full_later(answer: str, mentions: Mentions) -> bool:
    """A one-word answer used before the article names a person in full with that word
    ("Hamilton has arrived on Broadway" ... "Alexander Hamilton"): the musical or the
    man? The first use was not resolved to the person; which one is meant is unclear."""
    if " " in answer:
        return False
    alone = [m.start for m in mentions.by_start.values() if m.name == answer]
    if not alone:
        return False
    first_full: dict[str, int] = {}
    for m in mentions.by_start.values():
        if m.type in PERSON_TYPES and " " in m.name and answer in m.name.split():
            first_full[m.name] = min(first_full.get(m.name, m.start), m.start)
    return bool(first_full) and min(first_full.values()) > min(alone)


# Events held every year: "the Japanese Grand Prix" names one only with its year.
DATED_EVENTS = {"event", "tournament", "award_show", "festival"}
YEAR_IN = re.compile(r"\b(1[5-9]|20)\d{2}\b")


# Nouns whose year says which edition of an event a sentence is about ("the 2022
# tournament"): such a year stops the publication year being added.
EDITION_NOUNS = {
    "tournament", "edition", "season", "race", "ceremony", "show", "festival", "final",
    "finals", "cup", "championship", "championships", "games", "olympics", "competition",
    "event", "awards", "prix", "contest", "series", "league", "tour", "campaign",
}


def _sentence_year(sent: object) -> bool:
    """Whether the sentence dates something that could be the event: any year but one
    that only describes a thing of its own ("her 2022 album", "the 2019 winner")."""
    for token in sent:  # type: ignore[attr-defined]
        if not YEAR_IN.fullmatch(token.text):
            continue
        head = token.head
        if (
            token.dep_ in {"nummod", "compound", "amod", "nmod"}
            and head.pos_ == "NOUN"
            and head.lemma_.lower() not in EDITION_NOUNS
            and not head.ent_type_
        ):
            continue  # "her 2022 album": the album's year, not the event's
        return True
    return False


# What the two name-bound patterns of `_dated_events` need before the name, tried first
# with a pattern compiled once: each name makes a pattern of its own, and compiling it
# costs more than the search (a question without them never compiles it).
EDITION_ORDINAL = re.compile(r"\d(?:st|nd|rd|th) ")
FIRST_TO = re.compile(r"\b(?:first|only|youngest|oldest)\b[^,?]* to (?:win|claim|lift) ")


def _dated_events(question: str, clause: Clause, events: list[str]) -> str:
    """"Who won the Japanese Grand Prix from pole position?" in a report published in
    2023 about what just happened: "the 2023 Japanese Grand Prix". Only for a past-tense
    clause whose sentence gives no year of its own, and an event name without one."""
    published = clause.published
    if published is None or not _past(clause) or _sentence_year(clause.sent):
        return question
    if re.search(r"\b(last|previous|next) (year|season|edition)\b", clause.sent.text, re.I):
        return question
    for name in events:
        if YEAR_IN.search(name):
            continue
        bare = re.sub(r"^the ", "", name, flags=re.I)
        if bare not in question:
            continue
        if (EDITION_ORDINAL.search(question) and re.search(
            rf"\b\d+(st|nd|rd|th) {re.escape(bare)}", question
        )) or re.match(r"\d+(st|nd|rd|th) ", bare):
            continue  # "the 96th Academy Awards": the edition says which one
        if _numbered_edition(bare):
            continue  # "Super Bowl LVIII": so does its numeral
        if FIRST_TO.search(question) and re.search(
            rf"\b(?:first|only|youngest|oldest)\b[^,?]* to (?:win|claim|lift) "
            rf"(?:the )?{re.escape(bare)}\b", question
        ):
            continue  # "the first woman to win the Grand National": of every edition
        inner = re.search(r"^(.+ of the )(\S.*)$", bare)
        if inner is not None:
            # "Game 5 of the World Series": the year is the series', "of the 2023 World Series"
            pattern = re.compile(rf"\b((?:[Tt]he )?){re.escape(bare)}\b")
            dated = f"{inner.group(1)}{published.year} {inner.group(2)}"
        elif bare[:1].isdigit():
            # "the 24 Hours of Le Mans": "the 2023 24 Hours" runs two numbers together
            pattern = re.compile(rf"\b([Tt]he ){re.escape(bare)}\b")
            dated = f"{published.year} edition of the {bare}"
        else:
            pattern = re.compile(rf"\b([Tt]he ){re.escape(bare)}\b")
            dated = f"{published.year} {bare}"
        if pattern.search(question) and not YEAR_IN.search(question):
            return pattern.sub(lambda m, d=dated: f"{m.group(1)}{d}", question, count=1)
        frame = re.match(rf"^(At|In|On) {re.escape(bare)}, ", question)
        if frame and inner is None and not YEAR_IN.search(question):
            # "At Wimbledon, who ...?" -> "At Wimbledon 2023, who ...?"
            return f"{frame.group(1)} {bare} {published.year}, {question[frame.end():]}"
    return question


CONTEXT_PREFIX = re.compile(r"^((?:In|At|On) [^,?]{1,60}), (?=[a-z])")
STATEMENT = re.compile(r'^(True or false: |[^"]* fills the blank: ")(.*)$')


def _work_framed(candidate: Candidate, topic: tuple[str, str] | None) -> Candidate | None:
    """A blank or true/false statement that tells of a part of a show ("... at the end of
    season four") gets the show's frame, as its wh-question does; None when no show is
    known (which show's season four?)."""
    match = STATEMENT.match(candidate.question)
    if match is None:
        return candidate
    statement = match.group(2)
    part = _part_of_a_work(statement, candidate.answer, topic)
    if part is None:
        return candidate
    if not part:
        return None
    assert topic is not None
    return _framed(candidate, f"{TOPIC_PREPS.get(topic[1], 'In')} {topic[0]}")


def _framed(
    candidate: Candidate, frame: str | None, article_the: bool = False
) -> Candidate:
    """'True or false: At the Japanese Grand Prix, Max Verstappen's teammate was ...?'
    `article_the`: the statement opens with a name whose "The" is only its article
    ("At the 2023 Grand Final, the Norm Smith Medal went to _____")."""
    from questions.gates import contains

    if frame is None:
        return candidate
    match = STATEMENT.match(candidate.question)
    name = re.sub(r"^(In|At|On) (the )?", "", frame)
    if match is None or contains(match.group(2), name) or contains(candidate.answer, name):
        return candidate
    statement = match.group(2)
    if re.match(r"^(The|A|An|Every|Each|All|Some|Both|Many|Most|Several|Few) [a-z]", statement):
        statement = statement[:1].lower() + statement[1:]  # "..., the veteran top laner",
        # "..., every one of South Africa's points came from _____"
    elif article_the and statement.startswith("The "):
        statement = "the" + statement[3:]
    candidate.question = f"{match.group(1)}{frame}, {statement}"
    return candidate


def _subject_article_the(clause: Clause, mentions: Mentions) -> bool:
    """The clause's subject opens with a name whose "The" is only its article."""
    tokens = sorted(clause.subject.tokens(), key=lambda t: t.i)
    mention = mentions.at(tokens[0]) if tokens else None
    return mention is not None and article_the(mention, tokens[0].doc)


def rank(candidates: list[Candidate], item: object, mentions: Mentions) -> list[Candidate]:
    """Overgenerate, then rank: `questions.quality.select` keeps the article's best."""
    from collections import Counter

    from questions.quality import select

    doc = getattr(item, "doc", None)
    if doc is None:
        return candidates
    counts = Counter(m.name for m in mentions.by_start.values())
    # the words that are neither punctuation nor space, read from the flag arrays
    flags = doc.to_array([IS_PUNCT, IS_SPACE]).tolist()
    words = sum(1 for punct, space in flags if not punct and not space)
    return select(candidates, counts, words)


# Roles one thing has at a time: "the group's agency", "the club's captain".
UNIQUE_ROLES = {
    "agency", "label", "leader", "captain", "manager", "coach", "director", "creator",
    "producer", "founder", "owner", "husband", "wife", "father", "mother", "debut",
    "home", "stadium", "capital", "headquarters", "ceo", "president", "chairman", "host",
    "developer", "publisher", "studio", "author", "composer", "mascot", "sequel",
    "predecessor", "successor",
}
MAX_APPOSITION_WORDS = 14
# Holders of a title that passes on, edition after edition: "Who is the champion?" needs
# the year or the edition.
TITLE_HOLDERS = {"champion", "winner", "titleholder", "holder", "medallist", "medalist",
                 "runner-up", "laureate", "victor"}
# Superlatives of taste or fame: "the biggest star", "the most beloved band" are opinions
# (the article's or a fan's), not facts with one answer; "the youngest", "the first" are.
OPINION_DEGREES = {"big", "great", "good", "fine", "hot", "bright", "popular", "famous",
                   "beloved", "celebrated", "influential", "iconic", "loved", "important",
                   "talented", "gifted", "exciting", "brilliant", "beautiful", "powerful"}


def _opinion_superlative(noun: Token) -> bool:
    for child in noun.children:
        if child.dep_ != "amod":
            continue
        if child.tag_ == "JJS" and child.lemma_.lower() in OPINION_DEGREES | {
            "biggest", "greatest", "best", "finest", "hottest", "brightest",
        }:
            return True
        if child.lower_ in OPINION_DEGREES and any(
            c.lower_ == "most" for c in child.children
        ):
            return True  # "the most popular singer"
    return False


def appositive_questions(token: Token, mentions: Mentions) -> list[tuple[str, str, str, str]]:
    """"GoJo, the tech firm run by Lukas Matsson" -> ("What is the tech firm run by Lukas
    Matsson?", "GoJo"). The description must pick out one thing: a definite phrase ("the
    ... run by ...") or a unique role of a named owner ("the group's agency")."""
    if token.dep_ != "appos" or token.pos_ != "NOUN" or token.ent_type_:
        return []
    name = mentions.covering(token.head)
    if name is None or token.head.pos_ != "PROPN" or name.type in {"thing", "nationality"}:
        return []
    if mentions.covering(token) is not None:
        return []  # the description is itself a name
    if token.head.dep_ == "pobj" and token.head.head.head.pos_ in {"NOUN", "PROPN", "VERB"} and (
        token.head.head.head.dep_ not in {"ROOT"} or token.head.head.head.pos_ != "VERB"
    ):
        return []  # "the Mirror of Twilight located within the Gerudo Desert, the only
        # gateway ...": a name inside another phrase; the description may be the outer one's
    dets = {c.lower_ for c in token.children if c.dep_ == "det"}
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    definite = "the" in dets and any(
        c.dep_ in {"prep", "acl", "relcl"} for c in token.children
        if not (name.type in PERSON_TYPES and token.lemma_.lower() not in UNIQUE_ROLES
                and _home_only(c))
    )
    owned = owner is not None and token.lemma_.lower() in UNIQUE_ROLES
    if not (definite or owned):
        return []
    if not owned and _career_so_far_only(token):
        return []  # "the tall shooter who has dominated the league for years": many have
    if _opinion_superlative(token):
        return []  # "the biggest female star of Tamil cinema": a judgement, not a fact
    if token.lemma_.lower() in TITLE_HOLDERS and not any(
        t.like_num or t.ent_type_ in {"DATE", "ORDINAL"} for t in token.subtree
    ):
        return []  # "the champion in Tokyo": of which year? Titles pass from one to another
    tokens = [t for t in token.subtree if t.dep_ != "punct" or t.i < max(
        x.i for x in token.subtree)]
    description = render_phrase(tokens, mentions)
    if not description or len(description.split()) > MAX_APPOSITION_WORDS:
        return []
    if '"' in description or description.count("(") != description.count(")"):
        return []
    wh = "Who" if name.type in PERSON_TYPES else "What"
    return [(finish(f"{wh} is {description}"), name.name, name.type, "wh")]


def _career_so_far_only(noun: Token) -> bool:
    """"Kim, the winger who has lit up the league for years": a description made definite
    only by a present-perfect relative clause tells a career so far, as a fan sees it (many
    players "have dominated" a league; the count in "who has won three titles" grows), so
    it picks out no one person the way "the officer who ran the project" does."""
    modifiers = [c for c in noun.children if c.dep_ in {"prep", "acl", "relcl"}]
    return bool(modifiers) and all(
        c.dep_ == "relcl" and c.tag_ == "VBN" and any(
            a.dep_ == "aux" and a.lower_ in {"has", "have"} for a in c.children
        )
        for c in modifiers
    )


def _home_only(modifier: Token) -> bool:
    """"Josh, the lab research assistant from Leicestershire": where a person is from (a
    place, a club, a firm) makes no description one person's (many lab assistants come
    from there); such a phrase does not make a person's description definite."""
    return modifier.dep_ == "prep" and modifier.lower_ == "from"


TOPIC_PREPS = {
    "show": "In", "film": "In", "game": "In", "book": "In", "title": "In", "album": "On",
    "tour": "On", "event": "At", "tournament": "At", "award_show": "At", "festival": "At",
    "match": "In",
}


def whose_questions(token: Token, mentions: Mentions) -> list[tuple[str, str, str, str]]:
    """"Rosé, whose given name is Roseanne Park, ..." -> ("What is Rosé's given name?",
    "Roseanne Park"). The relative "whose <noun> is <Name>" set off after a name."""
    noun = token.head
    if token.dep_ != "poss" or noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return []
    doc = token.doc
    if noun.dep_ == "nsubj" and noun.head.dep_ == "relcl" and noun.head.lemma_ == "be":
        copula, antecedent = noun.head, noun.head.head
    elif noun.dep_ in {"relcl", "appos"}:  # the small model reads "name" as the clause
        after = max(t.i for t in noun.subtree) + 1
        copula = doc[after] if after < len(doc) else None
        antecedent = noun.head
        if copula is None or copula.lemma_ != "be":
            return []
    else:
        return []
    value = next((c for c in copula.children if c.dep_ == "attr"), None)
    if value is None or value.pos_ != "PROPN" or antecedent.pos_ != "PROPN":
        return []
    if doc[token.i - 1].text != "," or any(c.dep_ == "conj" for c in value.children):
        return []
    owner, named = mentions.covering(antecedent), mentions.covering(value)
    if owner is None or named is None or owner.name == named.name or owner.type == "place":
        return []
    if any(c.dep_ not in {"amod", "compound", "poss"} for c in noun.children):
        return []
    words = " ".join(t.lower_ for t in noun.subtree if t.i != token.i)
    if noun.lemma_ == "name":  # "whose given name": a person's name, whatever the label
        fine = owner.type if owner.type in PERSON_TYPES else "person"
    else:
        fine = named.type
    return [(f"What is {possessive(owner.name)} {words}?", named.name, fine, "wh")]


def article_topic(item: object, mentions: Mentions) -> tuple[str, str] | None:
    """The work or event the article is about: the first one its first sentence names
    ("“Succession” signed off on Sunday ..."). Used only to make a question that names
    nothing self-contained."""
    doc = getattr(item, "doc", None)
    if doc is None or not len(doc):
        return None
    article = getattr(item, "article", None)
    match = match_topic(doc, mentions, getattr(article, "date", None))
    if match is not None:
        return match  # a match report: "won the Stanley Cup, beating X 9-3 in Game 5 ..."
    return event_topic(doc, mentions)


def event_topic(doc: object, mentions: Mentions) -> tuple[str, str] | None:
    """article_topic without the match: the work or event the first sentences name."""
    for number, sent in enumerate(doc.sents):  # the first sentence, else the second
        if number > 1:
            break
        for token in sent:
            mention = mentions.at(token)
            if mention is not None and mention.type in TOPIC_PREPS and not _subordinate(
                _name_top(doc, mention)
            ) and not _quoted_nickname(doc, mention.start):
                return mention.name, mention.type
    for number, sent in enumerate(doc.sents):  # then an event a same-time clause names
        if number > 1:
            break
        for token in sent:
            mention = mentions.at(token)
            if (
                mention is not None and mention.type in EVENT_TYPES
                and (
                    doc[mention.start : mention.end].root.dep_ == "pobj"  # not "Olympic record"
                    or _numbered_edition(mention.name)  # "to win Super Bowl LVIII"
                    or _year_before(doc, mention.start)  # "winning the 2023 AFL Grand Final"
                )
                and _same_time_clause(doc[mention.end - 1])
            ) or (mention is not None and mention.type in EVENT_TYPES
                  and _first_to_win(doc[mention.start : mention.end])):
                return mention.name, mention.type
    return None


def _name_top(doc: object, mention: object) -> Token:
    """The token a name hangs from: its last word, except for an edition's name ending in a
    year ("the winners of Let the Valley Sing 2024"), which the parser reads as a clause
    with the year under its verb; then the first word whose head is outside the name."""
    last = doc[mention.end - 1]
    if not (last.like_num and YEAR_IN.fullmatch(last.text)) or mention.end - mention.start < 3:
        return last
    return next(
        (t for t in doc[mention.start : mention.end]
         if not mention.start <= t.head.i < mention.end or t.head is t),
        last,
    )


# Words that give a quoted name as what someone or something is called: "known as",
# "famous as", "dubbed", "nicknamed" ("the teenager, famous online as the "Quad God", ...").
NICKNAME_FRAMES = {"know", "known", "famous", "popular", "dub", "nickname", "bill", "call",
                   "refer", "name", "christen"}


def _quoted_nickname(doc: object, start: int) -> bool:
    """A quoted name right after "as (the)" following "known/famous/popular", or right
    after "dubbed/nicknamed/called (the)": a nickname of the person or side the sentence
    is about, not a film, song or show the article is about."""
    i = start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].lower_ == "the"):
        i -= 1
    if i < 0:
        return False
    if doc[i].lemma_.lower() in NICKNAME_FRAMES or doc[i].lower_ in NICKNAME_FRAMES:
        return doc[i].pos_ in {"VERB", "ADJ", "AUX"}
    if doc[i].lower_ != "as":
        return False
    return any(
        t.lemma_.lower() in NICKNAME_FRAMES or t.lower_ in NICKNAME_FRAMES
        for t in doc[max(0, i - 6) : i]
    )


def _earlier_than_the_story(clause: Clause) -> bool:
    """Past perfect ("had beaten Aspinall in the quarter-finals"): a moment before the
    one the report tells, so not in the match the report is about."""
    return any(a.lower_ == "had" for a in clause.auxes) and clause.verb.tag_ == "VBN"


def clause_topic(
    clause: Clause, item: object, mentions: Mentions, topic: tuple[str, str] | None
) -> tuple[str, str] | None:
    """The article's topic for this clause: a match report's match, except for what
    happened before it (past perfect), which gets the event the article names instead."""
    if topic is None or topic[1] != "match" or not _earlier_than_the_story(clause):
        return topic
    doc = getattr(item, "doc", None)
    return event_topic(doc, mentions) if doc is not None else None


SAME_TIME_MARKS = {"as", "when", "while"}


def _first_to_win(span: object) -> bool:
    """"... on Saturday as Blackmore became the first female jockey to win the Grand
    National": the lead's news is that win, so the race is the report's event (the
    infinitive on "the first jockey" and an "as" clause tell of the same moment)."""
    root = span.root
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() != "win" or verb.dep_ not in {
        "acl", "relcl"  # the small model makes "to win" a relative clause too
    } or verb.tag_ != "VB" or not any(c.lower_ == "to" for c in verb.children):
        return False
    if verb.head.dep_ not in {"attr", "dobj", "nsubj"}:
        return False
    return all(
        not _subordinate_link(a) or (
            a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SAME_TIME_MARKS
                                      for c in a.children)
        )
        for a in verb.head.ancestors
    )


def _year_before(doc: object, start: int) -> bool:
    """A year right before an event's name says which edition it is, as a numeral in the
    name would ("winning the 2023 AFL Grand Final")."""
    return start > 0 and doc[start - 1].like_num and bool(YEAR_IN.fullmatch(doc[start - 1].text))


def _numbered_edition(name: str) -> bool:
    """One edition of an event, by its numeral or year ("Super Bowl LVIII", "Grand Prix
    2024"), not a title won ("the Undisputed WWE Universal Championship")."""
    return bool(EDITION_NUMERAL.search(name) or re.search(r"\b(?:19|20)\d\d$", name)) or (
        _series_edition(name)
    )


# Numbered parts of one event, not editions of a series: "Stage 16", "Game 7".
PART_WORDS = {"stage", "game", "episode", "round", "leg", "race", "match", "week", "day",
              "chapter", "part", "season", "volume", "track", "act", "heat", "lap"}


def _series_edition(name: str) -> bool:
    """"UFC 300", "WrestleMania XL": a series' name and an edition number (two to four
    digits, or a Roman numeral); the number says which one, as a year would."""
    match = re.fullmatch(r"(?:the )?([A-Z][\w.-]*) (\d{2,4}|[IVXLC]{2,})", name, re.I)
    return match is not None and match.group(1)[:1].isupper() and (
        match.group(1).lower() not in PART_WORDS
    )


def _another_edition(question: str, name: str) -> bool:
    """The question names another edition of the framing event's series ("At WrestleMania
    XL, who beat Rhodes at WrestleMania 39?"): it happened at that one, not this."""
    match = re.fullmatch(r"(?:the )?(\S+) (\d{2,4}|[IVXLC]{2,})", name, re.I)
    if match is None:
        return False
    series, number = match.groups()
    return any(m.group(1) != number for m in re.finditer(
        rf"\b{re.escape(series)} (\d{{1,4}}|[IVXLC]{{1,}})\b", question))


def _same_time_clause(token: Token) -> bool:
    """Inside a participle or infinitive clause of the main verb, none with a marker of
    another time: "beat X 7-3 ... to lift the trophy, becoming the youngest winner in the
    history of the PDC World Championship" tells of that event; "after he lost in the
    final", "who won the 2019 title" tell of other times."""
    links = [a for a in (token, *token.ancestors) if _subordinate_link(a)]
    return all(
        a.dep_ in {"advcl", "xcomp"} and a.tag_ in {"VB", "VBG"}
        and not any(c.dep_ == "mark" for c in a.children)
        for a in links
    )


SCORE = re.compile(r"^(\d{1,3})[-–](\d{1,3})$")
SIDE_TYPES = {"team", "organization", "group"}


def match_topic(
    doc: object, mentions: Mentions, published: dt.date | None = None
) -> tuple[str, str] | None:
    """A match report names no event, but its first sentence gives the two sides and the
    score ("Liverpool ... sank ten-man Everton 2-0 at Anfield"): the match is the topic,
    "the Liverpool–Everton match of 21 October 2023" (the same two sides meet again and
    again: the date the sentence gives, or its "on Saturday" read from the publication
    date, says which; else the publication year, "the 2023 Liverpool–Everton match")."""
    sents = list(itertools.islice(doc.sents, 2))
    if sents and not SCORE_IN_TEXT.search(sents[0].text) and len(sents) == 2 and (
        SCORE_IN_TEXT.search(sents[1].text)
    ):
        # "South Africa are world champions. The Springboks edged New Zealand 12-11 in
        # ...": a headline sentence, then the match; only the parse's pair counts there
        return _match_of(sents[1], doc, mentions, published, parsed_only=True)
    sent = sents[0] if sents else None
    if sent is None or not SCORE_IN_TEXT.search(sent.text):
        return None
    return _match_of(sent, doc, mentions, published)


def _match_of(
    sent: Span, doc: object, mentions: Mentions, published: dt.date | None,
    parsed_only: bool = False,
) -> tuple[str, str] | None:
    sides: list[str] = []
    for token in sent:
        mention = mentions.at(token)
        if mention is None:
            continue
        name = " ".join(w for w in mention.name.split() if not SCORE.match(w))
        after = doc[mention.end : mention.end + 3].text  # type: ignore[index]
        scored = name != mention.name or bool(re.match(r"\d{1,3} ?[-–] ?\d{1,3}\b", after))
        name = re.sub(r"^the ", "", name, flags=re.I)  # "the The Kansas City Chiefs–..."
        winner = _beaten_by(doc[mention.end - 1], mentions) if scored else None
        if winner and winner != name:
            # "X won the Cup ..., beating Y 9-3": the two sides, whatever their labels (an
            # organiser named on the way, "the first NBA In-Season Tournament", is none)
            sides = [winner, name]
            break
        if parsed_only:
            continue
        if (mention.type in SIDE_TYPES or scored) and name and name not in sides:
            sides.append(name)
    if len(sides) != 2 or any(_side_with_a_verb(side) for side in sides):
        return None
    pair = f"{sides[0]}–{sides[1]}"
    day = _match_day(sent, published)
    if day:
        return f"the {pair} match of {day}", "match"
    if published is not None:
        return f"the {published.year} {pair} match", "match"
    return f"the {pair} match", "match"


# Lower-case words a side's name may hold ("Brighton and Hove Albion", "Real Madrid de
# Baloncesto", "Team of the Year").
SIDE_NAME_SMALL = {"of", "the", "and", "de", "la", "le", "los", "las", "van", "von", "der",
                   "den", "da", "do", "du", "di", "del", "des", "y", "al", "&"}


def _side_with_a_verb(side: str) -> bool:
    """A side's name the model ran over a verb ("Team North beat Team" of "Team North beat
    Team South 11-4"): any other lower-case word in it means the span is torn, and the
    frame "In the Team North beat Team–South match" would be garbled."""
    return any(w.islower() and w not in SIDE_NAME_SMALL for w in side.split())


def _beaten_by(token: Token, mentions: Mentions) -> str | None:
    """The name that did to `token` what the verb says ("X ..., beating Y 9-3"; "X beat
    Y 2-0"): the subject of the verb `token` is the object of, or, for a participle or
    conjoined verb without one, of the verb it hangs on."""
    if token.dep_ != "dobj":
        return None
    verb = token.head
    for _ in range(2):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            found = mentions.covering(subject)
            return re.sub(r"^the ", "", found.name, flags=re.I) if found else None
        if verb.dep_ not in {"advcl", "conj", "xcomp"}:
            return None
        verb = verb.head
    return None


def _match_day(sent: object, published: dt.date | None) -> str | None:
    """The day a match report's first sentence gives: an absolute date with its year
    ("on 12 June 2023"), or a weekday of a past-tense sentence ("sank Everton on
    Saturday") read from the publication date."""
    from questions.facts import is_absolute_date

    root = getattr(sent, "root", None)
    past = root is not None and (root.tag_ == "VBD" or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in root.children
    ))
    for ent in getattr(sent, "ents", ()):
        if ent.label_ not in {"DATE", "TIME"}:  # "on Saturday night" is often a time
            continue
        text = re.sub(r"^(on|the) ", "", ent.text, flags=re.I)
        if is_absolute_date(text) and re.search(r"\b\d{1,2}\b", text) and YEAR_IN.search(text):
            return text  # a day with its year
        if past and (day := resolve_weekday(text, published, past=True)):
            return day
    return None


def _subordinate(token: Token) -> bool:
    """Inside a subordinate clause ("Six years after Breath of the Wild changed ...,
    its sequel is ..."): what the sentence mentions in passing, not what it is about."""
    return any(_subordinate_link(a) for a in (token, *token.ancestors))


def _subordinate_link(token: Token) -> bool:
    """A clause hung under another. A complement clause *before* its head is the
    statement itself, the head a frame or an aside after it ("X won, he said"; "Raye made
    history at the BRIT Awards ..., the most any artist has won": the small model makes
    "won" the root)."""
    if token.dep_ == "ccomp" and token.i < token.head.i:
        return False
    return token.dep_ in {"advcl", "ccomp", "relcl", "acl", "csubj"}


# Where a person was born, grew up, was raised, lives or studied: a fact of their own life.
# Graduating from a school is one too: "Who graduated from RADA?" has thousands of answers.
LIFE_VERBS = {"bear", "grow", "raise", "live", "study", "educate", "graduate"}


def _life_fact(clause: Clause) -> bool:
    """"Lynch, who grew up in Donegal and lives in Dublin": where a person's life was
    spent. It is no deed of the work or event the article is about ("In Prophet Song, who
    grew up in Donegal?" puts the author's childhood inside the novel), and asked by the
    place it has thousands of answers ("Who grew up in Donegal?")."""
    lemma = _lemma(clause.verb)
    if lemma not in LIFE_VERBS:
        return False
    if lemma == "grow":  # "grew up", not "grew the business"
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in clause.verb.children)
    if lemma in {"bear", "raise", "educate"}:  # "was born", "was raised": not "raised money"
        return clause.passive
    return True


def _only_where_and_when(clause: Clause) -> bool:
    """The clause says nothing of its subject but a place or a time ("grew up in Donegal",
    "was born in Oban in 1990"): no partner, school or other name that tells who. Of a
    school one studied at or graduated from, the school is the place ("graduated from
    RADA", read as an organisation)."""
    places = PLACE_TYPES | TIME_TYPES
    if _lemma(clause.verb) in {"graduate", "study"}:
        places = places | {"organization", "thing"}
    return all(
        arg is clause.subject or (arg.answer is not None and arg.answer.type in places)
        for arg in clause.args
    )


def with_context(
    question: str,
    clause: Clause,
    topic: tuple[str, str] | None,
    answer: str,
    mentions: Mentions | None = None,
) -> str | None:
    """`_with_context`, but a match frame naming both sides is not put on a question that
    names one side and asks for the other ("In the A–B match, which team beat B 61-45?");
    and a person's life fact gets no frame of the article's work or event (`_life_fact`)."""
    if topic is not None and _life_fact(clause):
        topic = None
    if topic is not None and _another_work_made(question, clause, topic):
        return question
    framed = _with_context(question, clause, topic, answer, mentions)
    if framed is not None and framed != question and topic is not None and (
        _other_side_gives_away(question, topic, answer)
    ):
        # the match frame would give the answer away; a question that says its own day
        # ("... in the final at X on 6 August 2023") pins the match without it
        return question if DAY_DATE.search(question) and YEAR_IN.search(question) else None
    return framed


# Verbs of making a work: its maker is the maker of that work, whatever work the article
# is about ("Kishimoto, who created "Naruto", paid tribute" in an obituary of another
# artist: "In Dragon Ball, who created "Naruto"?" puts one work inside another).
CREATION_VERBS = MAKING_VERBS | {"create", "draw", "design", "author", "co-create", "found"}


def _another_work_made(question: str, clause: Clause, topic: tuple[str, str]) -> bool:
    """The question asks who made a quoted work, or what a maker made, and that work is
    not the article's own: the quoted title pins it, and the topic's frame would be false."""
    from questions.gates import contains

    if topic[1] not in WORK_TOPICS or _lemma(clause.verb) not in CREATION_VERBS:
        return False
    titles = re.findall(r'"([^"]+)"', question)
    objects = [a.answer.text for a in clause.args
               if a is not clause.subject and a.answer is not None]
    named = titles or objects
    return bool(named) and not any(
        contains(t, topic[0]) or contains(topic[0], t) for t in named
    )


def _with_context(
    question: str,
    clause: Clause,
    topic: tuple[str, str] | None,
    answer: str,
    mentions: Mentions | None = None,
) -> str | None:
    """A question that names nothing gets the event of its sentence (or the one before),
    else the article's topic: "In Succession, who played the family patriarch ...?"."""
    from questions.gates import contains, names_something

    if topic is not None and topic[1] == "match" and (
        (day := re.search(r" of (.+)$", topic[0])) and day.group(1) in question
    ):
        topic = None  # "... beat Burnley 2-0 on 21 October 2023": the match is named
    if topic is not None and topic[1] in EVENT_TYPES and _another_day(question, clause):
        # "Who won his second Brownlow Medal on 25 September 2023?" in a Grand Final
        # report that leads with "on Saturday": another day, so not at that event
        topic = None
    if _names_only_in_quotes(question):
        return None  # "Who celebrated ... by thanking fans "for ... your Deadpool cosplay""
    if topic is not None and mentions is not None and _named_only_later(topic, clause, mentions):
        topic = None  # the lead names no event; the next sentence's need not be the lead's
    part = _part_of_a_work(question, answer, topic)
    if part is not None:
        return part or None  # "... at the end of season one": of which show?
    scene = _scene_at_event(question, clause, topic, answer)
    if scene is not None:
        return scene  # "Which singer suggests a photo with BTS at the ... Awards 2018?"
    if role_clause(clause, mentions) and not (
        (topic is not None and topic[1] in WORK_TOPICS)
        or (mentions is not None and _names_work(question, clause, mentions))
    ):
        return None  # "Who returns as Wade Wilson?": in which film? (many actors have)
    if topic is not None and topic[1] in STORY_TOPICS and not _past(clause) and (
        clause.published is not None  # a dated report on the work (wiki prose: left as is)
    ) and not clause.auxes and (clause.tense or clause.verb.tag_) in {"VBZ", "VBP"} and not (
        contains(question, topic[0]) or contains(topic[0], answer)
        or contains(answer, topic[0]) or re.match(r"^(In|At|On) ", question)
    ) and _lemma(clause.verb) not in ROLE_VERBS | {"be", "have"} and not role_clause(
        clause, mentions
    ) and not any(t.dep_ == "prep" and t.lower_ == "as" for t in clause.verb.subtree) and (
        clause.subject.answer is not None and answer == clause.subject.answer.text
    ):  # "returns as Rhaenyra": an actor's part, in the show and out of it
        # a story told in the present ("the council argues over what to do next in King's
        # Landing"): who does so, does so in that story
        return f"In {topic[0]}, {question[:1].lower()}{question[1:]}"
    if (
        names_something(question) is None
        and not _one_short_name(question)
        and _lemma(clause.verb) not in ROLE_VERBS
        and not any(a.role == "position" for a in clause.args)
    ):
        if topic is not None and topic[1] in EVENT_TYPES and _past(clause) and not (
            contains(question, topic[0]) or contains(topic[0], answer)
            or contains(answer, topic[0]) or re.match(r"^(In|At|On) (the )?[A-Z]", question)
        ) and (len(question.split()) <= MAX_WITH_EVENT or MATCH_TIME.search(question)):
            # a match or race report: "which minute", "how many collisions" happened there
            name = topic[0] if topic[0].lower().startswith("the ") or _numbered(topic[0]) or (
                _bare_year_edition(topic[0])
            ) else f"the {topic[0]}"
            if topic[1] == "tournament" and (_in_one_match(question) or _match_stat(question)):
                return None  # "in the 43rd over" of which match of the World Cup?
            if _another_year(question, clause, name, answer) or _another_edition(
                f"{question} {answer}", name
            ):
                return question  # "Alcaraz, who won the US Open in 2022, ...": not there
            return f"{TOPIC_PREPS[topic[1]]} {name}, {question[:1].lower()}{question[1:]}"
        return _place_day_frame(question, clause, answer) or question
    event = clause.context.get("event")
    if event and not contains(clause.sent.text, event):
        event = None  # carried from the sentence before: not safe to pin this on it
    if event and not _past(clause):
        event = None  # "BTS is gearing up for their 2021 comeback": not at that event
    # "Who does Cillian Murphy play?" needs the work (an actor has many roles); "Who
    # plays J. Robert Oppenheimer?" names the role, which tells the work.
    asks_subject = clause.subject.answer is not None and answer == clause.subject.answer.text
    role = role_clause(clause, mentions) and not asks_subject
    result = any(a.role == "position" for a in clause.args)  # "finished third": where?
    if result:
        role = not asks_subject
    if event and not contains(question, event) and not contains(event, answer):
        where = (event, "event")
        if re.search(rf"\bthe {re.escape(event)}", clause.sent.text, re.I):
            where = (f"the {event}", "event")
    elif (
        topic is not None
        and clause.subject.answer is not None
        and clause.subject.answer.type in PERSON_TYPES | {"group", "team"}
        and not contains(topic[0], answer)
        and not contains(answer, topic[0])
    ):  # people acting in the show/event; a work "arriving" there is another matter
        where = topic
        if topic[1] in EVENT_TYPES and not _past(clause):
            return question  # "BTS is gearing up for a comeback": not at that event
        if re.search(rf"\bthe {re.escape(topic[0])}", doc_text(clause.sent.doc), re.I):
            where = (f"the {topic[0]}", topic[1])
    elif role and mentions is not None and _names_work(question, clause, mentions) and not (
        result and not _names_occasion(question, clause, mentions)
    ):
        return question  # the work is named in the question already
    elif role:
        return None  # "Who does Cillian Murphy play?" (several roles; the film is the answer)
    else:
        return question
    if (
        names_something(question) is not None
        and len(question.split()) < MIN_CONTEXT_WORDS
        and not result  # "Who came home fourth?" has one answer per race
    ):
        return None  # "Who carried the ball?": the event does not make it one answer
    name, fine = where
    if _says_name(question, re.sub(r"^the ", "", name, flags=re.I)):
        return question  # "... the final US show of the Eras Tour ...": said already
    if fine == "tour" and _past(clause) and not result:
        return None  # "On the Eras Tour, who wore a tartan skirt ...?": on which night?
    if name.lower().startswith("the ") and fine not in WORK_TOPICS:
        name = "the " + name[4:]  # "At the Japanese Grand Prix"; a title keeps its "The"
    elif fine in EVENT_TYPES | {"event"} and _needs_the(name):
        name = f"the {name}"  # "At Dutch Grand Prix" -> "At the Dutch Grand Prix"
    if fine == "tournament" and (_in_one_match(question) or _match_stat(question)):
        return None  # a tournament has many matches: "the 43rd over" of which?
    if _another_year(question, clause, name, answer) or _another_edition(
        f"{question} {answer}", name
    ):
        return question  # "Alcaraz, who won the US Open in 2022, ...": not at this event
    return f"{TOPIC_PREPS.get(fine, 'At')} {name}, {question[:1].lower()}{question[1:]}"


def _other_side_gives_away(question: str, topic: tuple[str, str], answer: str) -> bool:
    """A match frame names both sides ("the Australia–Jamaica match"): a question whose
    answer is one side and which names the other asks nothing the frame does not say."""
    from questions.gates import contains

    if topic[1] != "match":
        return False
    pair = re.sub(r"^the (\d{4} )?| match( of .+)?$", "", topic[0])
    sides = [s.strip() for s in pair.split("–")]
    if len(sides) != 2 or not all(sides):
        return False
    bare = re.sub(r"^the ", "", answer, flags=re.I)
    for one, other in (sides, sides[::-1]):
        if (contains(one, bare) or contains(bare, one)) and contains(question, other):
            return True
    return False


# Works that tell a story: what their people do in the present tense happens in it.
STORY_TOPICS = {"show", "film", "game", "book", "title"}


# A part of a serial work: "season two", "the third episode", "the finale", "The Final
# Season". Numbered ("season two", "episode 3") it belongs to a show whatever the topic.
PART_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
ORDINAL_WORDS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last)"
NUMBERED_PART = re.compile(
    rf"\b(?:season|series|episode|chapter) {PART_NUMBER}\b|"
    rf"\b{ORDINAL_WORDS} (?:season|series|episode|chapter)s?\b",
    re.I,
)
WORK_PART = re.compile(r"\b(?:seasons?|episodes?|finale|premiere|chapters?)\b", re.I)
# A season dated by its year ("its 2024/25 season", "the 2023 season") is a theatre's, a
# league's or a club's calendar season, not a part of a show: it needs no work's frame ("In
# Tosca, who has announced its 2024/25 season?" put the opera house inside one of its operas).
DATED_SEASON = re.compile(r"\b(?:19|20)\d{2}(?:\s?[/–-]\s?\d{2,4})? seasons?\b")


def _part_of_a_work(
    question: str, answer: str, topic: tuple[str, str] | None
) -> str | None:
    """A question (or its answer) that tells of a part of a show ("killed at the end of
    season one", "took over for The Final Season") without naming the show: framed by
    the article's work ("In House of the Dragon, ..."), else "" (to drop: which show?).
    None when the question needs no such frame."""
    from questions.gates import contains

    text = f"{question} {answer}"
    work = topic is not None and topic[1] in WORK_TOPICS
    numbered = NUMBERED_PART.search(text)
    if not numbered and not (work and WORK_PART.search(DATED_SEASON.sub(" ", text))):
        return None
    if work and (contains(question, topic[0]) or contains(answer, topic[0])):
        return None
    if not work:
        # a sports season ("his second season at Liverpool") is not a show's: only a
        # show-style number ("season two", "episode 3") needs the show
        if numbered and re.match(r"(?i)(?:season|series|episode|chapter) ", numbered.group(0)):
            return "" if not CONTEXT_PREFIX.match(question) else None
        return None
    if CONTEXT_PREFIX.match(question):
        return None  # framed already (by an event the sentence names)
    return f"{TOPIC_PREPS.get(topic[1], 'In')} {topic[0]}, {question[:1].lower()}{question[1:]}"


def _named_only_later(topic: tuple[str, str], clause: Clause, mentions: Mentions) -> bool:
    """The article's event is first named in a sentence after this clause's ("Nova Bloom
    thanked her grandmother in a tearful speech. The singer won ... at the Grammy
    Awards."): framing the lead's fact with it borrows the event from another sentence."""
    if topic[1] not in EVENT_TYPES or topic[1] == "match":
        return False
    starts = [m.start for m in mentions.by_start.values() if m.name == topic[0]]
    return bool(starts) and min(starts) >= clause.sent.end


def _another_day(question: str, clause: Clause) -> bool:
    """The question names a day, and the article's lead tells its event on another day
    ("... held off Brisbane on Saturday" -> 30 September; the question's day is 25
    September). A lead with no day says nothing against it."""
    from questions.facts import resolve_weekday

    own = DAY_DATE.search(question)
    if own is None or clause.published is None:
        return False
    doc = clause.sent.doc
    lead_days = set()
    for number, sent in enumerate(doc.sents):
        if number > 1:
            break
        for ent in sent.ents:
            if ent.label_ != "DATE":
                continue
            day = resolve_weekday(ent.text, clause.published, past=True)
            if day is None and (found := DAY_DATE.search(ent.text)):
                day = found.group(0)
            if day is not None:
                lead_days.add(DAY_DATE.search(day).group(0) if DAY_DATE.search(day) else day)
    return bool(lead_days) and own.group(0) not in lead_days


def _another_year(question: str, clause: Clause, name: str, answer: str) -> bool:
    """The question (or its answer) dates the fact with a year that is neither the
    event's nor the dated report's: it happened another year, not at the article's event
    ("At Wimbledon, who won the US Open in 2022?")."""
    published = clause.published
    if published is None:
        return False
    text = f"{question} {answer}"
    own = {m.group(0) for m in YEAR_IN.finditer(text)  # "the first since 1996": a yardstick
           if not re.search(r"\b(since|before|until) $", text[: m.start()])}
    framed = {m.group(0) for m in YEAR_IN.finditer(name)}
    if framed and own and not own & framed:
        return True  # "At the 2025 Asian Championship, who won the 2026 Tata Steel Masters?"
    own -= framed
    return bool(own) and all(int(y) != published.year for y in own)


# A player's figures in one match: "three wickets for 55", "2 goals from 3 shots".
MATCH_FIGURE = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) [a-z]+s? (for|from) \d+\b"
)


# A player's figures of one game ("made 23 saves", "how many rebounds"): a tournament's
# name does not say which of its games they are from.
MATCH_STAT = re.compile(
    r"\b(saves|rebounds|assists|steals|blocks|tackles|aces|birdies|strikeouts|sacks|"
    r"interceptions|touchdowns|three-pointers|wickets|runs|hits|shots on target)\b"
)


def _match_stat(question: str) -> bool:
    return bool(MATCH_STAT.search(question))


def _in_one_match(question: str) -> bool:
    """The question tells of one moment or one line of figures in a match."""
    return bool(MATCH_TIME.search(question) or MATCH_FIGURE.search(question))


# A time counted back or on from another one: "a year earlier", "two days later", "months
# before", "three years ago".
COUNTED_TIME = re.compile(r"\b(earlier|later|before|after|ago|previously)$", re.I)


def _elsewhen(clause: Clause) -> bool:
    """The clause happened at a time counted from another ("a year earlier", "two
    seasons before"): dropped from the question, which then reads as if it happened at
    the article's event; kept, it is relative to a sentence the reader does not see."""
    for child in clause.verb.children:
        if child.i in clause.cut or child.dep_ not in {"advmod", "npadvmod", "prep"}:
            continue
        words = [t for t in child.subtree]
        text = " ".join(t.text for t in words)
        if len(words) == 2 and words[0].lower_ == "last" and words[1].lemma_ in TIME_UNITS:
            return True  # "who took the crown in Astana last year": not at this event
        if len(words) >= 2 and COUNTED_TIME.search(text) and any(
            t.ent_type_ in {"DATE", "TIME"} or t.lemma_ in TIME_UNITS for t in words
        ):
            return True
    return False


TIME_UNITS = {"year", "month", "week", "day", "season", "decade", "hour", "minute", "night"}


def _names_only_in_quotes(question: str) -> bool:
    """Every name the question gives is inside a long quotation ('by thanking fans "for
    showing up in your Deadpool cosplay ..."'): it names no one and no event itself."""
    from questions.gates import names_something

    bare = re.sub(r'"[a-z][^"]{19,}"', "", question)  # a quoted saying, not a title
    return bare != question and names_something(question) is None and (
        names_something(bare) is not None
    )


# Heads of event names that take "the" ("the Dutch Grand Prix", "the Chicago Marathon");
# a one-word name does not ("Coachella", "Wimbledon").
EVENT_HEADS = EDITION_NOUNS | {"marathon", "open", "classic", "bowl", "derby", "prix",
                               "grammys", "oscars", "gala", "rally", "expo", "convention"}


def _bare_year_edition(name: str) -> bool:
    """"Awesome Games Done Quick 2024", "Coachella 2023": a name and its year with no
    event noun that takes "the" ("the Billboard Music Awards 2018" has one)."""
    words = name.split()
    return len(words) >= 2 and YEAR_IN.fullmatch(words[-1]) is not None and (
        not _needs_the(" ".join(words[:-1])) and words[-2].lower() not in EVENT_HEADS
    )


def _needs_the(name: str) -> bool:
    words = name.split()
    return (
        len(words) >= 2
        and words[0].lower() != "the"
        and not _numbered(name)
        and not YEAR_IN.fullmatch(words[0])
        and words[-1].lower() in EVENT_HEADS
    )


def _says_name(question: str, name: str) -> bool:
    """The question names `name` itself, not as the end of a longer name ("J. Robert
    Oppenheimer" does not name the film "Oppenheimer")."""
    for match in re.finditer(rf"\b{re.escape(name)}\b", question):
        before = question[: match.start()].split()
        if not before or not before[-1][:1].isupper() or before[-1] in {"In", "At", "On"}:
            return True
    return False


def _numbered(name: str) -> bool:
    """"Game 5 of the World Series", "Stage 16", "Episode 3": a numbered part takes no
    "the" ("At Game 5 of ...", never "At the Game 5 of ...")."""
    words = name.split()
    return len(words) >= 2 and words[0][:1].isupper() and (
        words[1].isdigit() or words[1].lower() in NUMBER_WORDS
        or bool(EDITION_NUMERAL.search(name))  # "Super Bowl LVIII", never "the Super Bowl LVIII"
        or _series_edition(name)  # "WrestleMania XL"
    )


NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
MAX_WITH_EVENT = 18  # longer questions say enough without the event
# A time inside a match or race ("in the 58th minute", "in the 43rd over", "on lap 12"):
# only the match tells which, however long the question.
MATCH_TIME = re.compile(
    r"\b(minute|half|over|innings?|inning|lap|round|quarter|period|set|stoppage time|"
    r"extra time|overtime|frame|leg)\b(?![-\w])"
)
MIN_CONTEXT_WORDS = 6  # a question that names nothing itself must say enough
EVENT_TYPES = {"event", "tournament", "award_show", "festival", "match"}


def _names_work(question: str, clause: Clause, mentions: Mentions) -> bool:
    """The question names a work its sentence mentions ("... in the film Epic")."""
    from questions.gates import contains

    for token in clause.sent:
        mention = mentions.at(token)
        if mention is not None and mention.type in TOPIC_PREPS and mention.type not in (
            EVENT_TYPES
        ) and contains(question, mention.name):
            return True
    for arg in clause.args:  # "plays Jean Tatlock in Oppenheimer", whatever its label
        if (
            arg.prep is not None and arg.prep.lower_ in {"in", "on"} and arg.head.pos_ == "PROPN"
            and arg.answer is not None and contains(question, arg.answer.text)
        ):
            return True
    return False


def _names_occasion(question: str, clause: Clause, mentions: Mentions) -> bool:
    """The question says where a placing was earned: a year or day, or a named event or
    tour. A work's own name does not ("In which position did "Glass Heart" come?": in a
    setlist, a chart or a contest, and which one?)."""
    from questions.gates import contains

    if _says_when(question):
        return True
    for prep in clause.verb.children:  # "placed 16th in the magazine's list of ...": the list
        if prep.dep_ == "prep" and prep.lower_ in {"in", "on", "at"} and any(
            g.dep_ == "pobj" and re.search(rf"\b{re.escape(g.text)}\b", question)
            for g in prep.children
        ):
            return True
    return any(
        mention.type in EVENT_TYPES | {"tour", "festival", "award_show"}
        and contains(question, mention.name)
        for mention in mentions.by_start.values()
    )


GERUND_PREPS = {"after", "before", "while"}


def _without_vague_gerund(clause: Clause, mentions: Mentions, group: str | None) -> str | None:
    """"X was crowned champion on Sunday after finishing second in the final race of the
    season": the "after/before <-ing>" phrase is a circumstance, and its unresolved
    reference ("the season": which?) stopped the whole subject question. Said without it
    the question still tells the deed ("Who was crowned Formula E world champion on 21
    July 2024?"); asked only when that phrase alone could not be said."""
    own = clause.subject.answer.text if clause.subject.answer is not None else ""
    vague = [
        a for a in clause.args
        if a.prep is not None and a.prep.lower_ in GERUND_PREPS and a.answer is None
        and a.head.tag_ == "VBG" and arg_text(clause, a, mentions, own) is None
    ]
    if len(vague) != 1:
        return None
    kept = [a for a in clause.args if a is not vague[0]]
    if not kept:
        return None
    return subject_question(replace(clause, args=kept), mentions, group)


def _told_in_past(clause: Clause) -> bool:
    """The clause tells a past event, so its "on Sunday" is the last such day before the
    report: a past verb, or a simple past passive ("Wehrlein was crowned champion on
    Sunday": "was" + participle tells it as plainly as "won" does). A past perfect ("had
    won on Sunday") or a modal stays unresolved, as before."""
    if (clause.tense or clause.verb.tag_) == "VBD":
        return True
    return clause.passive and clause.verb.tag_ == "VBN" and len(clause.auxes) == 1 and (
        clause.auxes[0].lower_ in {"was", "were"}
    )


def _place_day_frame(question: str, clause: Clause, answer: str) -> str | None:
    """"Who returned to the top of the podium on 29 June 2024 in Graz?": a day and a town
    host many contests (the men's and the women's, a final and a qualifier); when the
    sentence itself names its event ("..., winning the women's final of the Keystone
    Cup") the person asked for gets it as a frame: "At the Keystone Cup, who ...?". Only
    for a past clause whose subject is asked, whose only names are the place ("in/at" a
    proper noun) and a day."""
    from questions.gates import contains

    event = clause.context.get("event")
    subject = clause.subject.answer
    if not event or not _past(clause) or not contains(clause.sent.text, event):
        return None
    if subject is None or answer != subject.text or subject.type not in PERSON_TYPES:
        return None
    if contains(question, event) or not DAY_DATE.search(question) or question.startswith(
        ("In ", "At ", "On ")
    ):
        return None
    named = [a for a in clause.args if a.answer is not None]
    if not named or not all(
        a.prep is not None and a.prep.lower_ in {"in", "at"} and a.head.pos_ == "PROPN"
        for a in named
    ):
        return None
    name = event
    if not name.lower().startswith("the ") and re.search(
        rf"\bthe {re.escape(name)}", clause.sent.text, re.I
    ):
        name = f"the {name}"
    return f"At {name}, {question[:1].lower()}{question[1:]}"


def _subject_only_frame(text: str, match: re.Match[str], arg: Arg, clause: Clause) -> bool:
    """The frame `_place_day_frame` gave the subject question: it tells which contest's
    winner is asked; a blank on the place ("X returned to the top ... in _____") names the
    person and the day, which pin the contest already (and the frame would make it long)."""
    if arg is not clause.subject or arg.answer is None:
        return False
    rest = text[match.end():]
    return _place_day_frame(rest[:1].upper() + rest[1:], clause, arg.answer.text) == text


def _past(clause: Clause) -> bool:
    """The clause tells what happened (past tense): only then is the sentence's event
    where it happened."""
    if clause.auxes:
        return clause.auxes[0].tag_ == "VBD" and clause.auxes[0].lower_ != "would"
    return (clause.tense or clause.verb.tag_) == "VBD" or _past_read_as_present(clause.verb)


def _past_read_as_present(verb: Token) -> bool:
    """"Dickinson leapt from the riser": an irregular past the tagger calls a third-person
    present (VBZ). Every third-person present ends in "s" ("leaps", "does", "has"); a
    word so tagged that does not, and is its verb's past form, is the past tense."""
    word = verb.lower_
    if verb.tag_ != "VBZ" or word.endswith("s"):
        return False
    return any(word in getInflection(lemma, "VBD") for lemma in getLemma(word, upos="VERB"))


def _source(clause: Clause, answer: Answer, sentence: str) -> str:
    """The sentence to quote: with the one before when the answer is named only there
    ("Max Verstappen was back on top. The Dutchman won ..." -> both)."""
    from questions.gates import contains

    start = clause.sent.start
    if contains(sentence, answer.text) or start == 0:
        return sentence
    # "He took charge of ..." after "Minegishi ..." after "Toru Minegishi ...": quote back
    # to the sentence that gives the full name (at most three sentences)
    quoted = [sentence]
    for _ in range(3):
        if start == 0:
            break
        before = clause.sent.doc[start - 1].sent
        quoted.insert(0, " ".join(before.text.split()))
        if contains(quoted[0], answer.text):
            return " ".join(quoted)
        start = before.start
    return sentence


# "Who does Florence Pugh play?" means nothing without the film: a role is in a work.
ROLE_VERBS = {"play", "portray", "voice", "star"}
# Verbs whose "as <Name>" gives another name, not a part played: "known as Jeb".
ALIAS_VERBS = {"know", "refer", "dub", "call", "name", "describe", "bill", "credit", "list",
               "style", "brand", "rename", "nickname", "hail", "regard", "see", "recognise",
               "recognize", "identify", "crown", "title"}


def role_clause(clause: Clause, mentions: Mentions | None) -> bool:
    """A part played in a work: "plays Jean Tatlock", "returns as Wade Wilson", "took over
    as King George III", "plays as Zeus", and a cast line "Phillipa Soo is Eliza
    Schuyler" (two people's names joined by "be")."""
    lemma = _lemma(clause.verb)
    if lemma in ROLE_VERBS:
        return True
    for arg in clause.args:
        if arg.answer is None or arg.answer.type not in PERSON_TYPES | {"thing"}:
            continue
        if arg.prep is not None and arg.prep.lower_ == "as" and lemma not in ALIAS_VERBS and (
            arg.head.pos_ == "PROPN"
        ):
            return True
        if lemma == "be" and arg.role == "attr" and arg.head.pos_ == "PROPN" and (
            clause.subject.answer is not None and clause.subject.answer.type in PERSON_TYPES
            and arg.answer.type in PERSON_TYPES
        ):
            return True
    return False


# The anchor rule. A fan report tells of one occasion (a concert, a final, an episode, a
# launch); a deed told in the past ("walked out for "Location"", "rode Balko des Flos",
# "kicked four goals", "stayed open until 1 a.m.") happened on one occasion, and a player
# in a channel cannot tell which one unless the question says it. Lasting facts need no
# occasion: a part played, a work made, a family tie, a record. A pin is a year or a day,
# a named event, match, edition or tour, the frame `with_context` put before it, a named
# work the deed belongs to, or an answer that is itself the time.
DURABLE_VERBS = (
    ROLE_VERBS | (MAKING_VERBS - {"sing"})
    # a name given for good ("known as", "dubbed"), not a past judgement ("called Harry's
    # jacket "a triumph"", "described the final as ...": said once, on one occasion)
    | (ALIAS_VERBS - {"name", "crown", "title", "hail", "call", "describe"})
    | {"be", "have", "create", "co-create", "design", "develop", "found", "co-found", "form",
       "marry", "wed", "divorce", "bear", "raise", "adopt", "die", "grow", "study", "graduate",
       "retire", "publish", "illustrate", "own", "buy", "acquire", "inherit", "invent",
       "co-produce", "narrate"}
)
# Verbs of winning or being given a prize: a prize for a named work is given once ("took
# best actress for "About Dry Grasses""), so the work says which occasion.
PRIZE_VERBS = WIN_VERBS | {"name", "award", "nominate", "earn", "receive", "collect", "scoop",
                           "hand", "give", "present"}
# A work's own life (released, opened, sold, topped the chart, peaked): told of the work
# named as the subject, it happened once for that work. Done to the work as its object,
# these verbs make or finish it, once ("dedicated the book to her father"); performing or
# singing a work happens every night.
WORK_OWN_VERBS = (MAKING_VERBS - {"sing"}) | {
    "dedicate", "translate", "adapt", "illustrate", "edit", "finish", "complete", "rewrite",
    "publish", "release", "co-write", "co-produce", "score", "title", "subtitle", "draw"}
# Words of a speech or a statement: what a person said happened in an interview or a post,
# not in the show or film whose frame the question got ("In Bluey, who asked fans to be
# patient?": the producer, speaking to a broadcaster, not an episode of the show).
SPEECH_VERBS = {"say", "ask", "tell", "urge", "announce", "reveal", "confirm", "promise",
                "admit", "explain", "insist", "add", "joke", "tease", "thank", "apologise",
                "apologize", "speak", "reply", "respond", "claim", "deny", "hint", "warn",
                "vow", "plead", "beg", "post", "tweet", "write", "describe", "call", "praise"}
MONTH_PIN = re.compile(
    r"\b(?:in|on|since|during|by|until|from|of|last|this) (?:early |late |mid-)?(?:January|"
    r"February|March|April|May|June|July|August|September|October|November|December)\b"
)
# A record or a first: one of a kind whenever it happened ("the first female jockey to
# win ...", "the fastest marathon in history", "the first podium of his career").
# ("with only Leach left to help" says who remained, not a record: "with only" is no pin)
RECORD_PIN = re.compile(
    r"\b(?:first|(?<!\bwith )only|youngest|oldest)\b[^,?]{0,60}\bto\b|\brecord|\bin history\b|"
    r"\bever\b|"
    r"\ball-time\b|\bof (?:his|her|their) career\b"
)
# A period of the doer's own ("in their first week", "on launch day", "in his debut
# season"): there is only one first week of a game on sale, so it says which occasion.
OWN_PERIOD_PIN = re.compile(
    # "in their first three days": a counted first period is as much the doer's own
    r"\b(?:its|their|his|her) (?:first|opening|debut|launch|release|rookie) "
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) )?(?:day|week|"
    r"weekend|month|year|season|night)s?\b|\b(?:on|over|in) (?:its |their )?(?:launch|"
    r"release|opening|premiere) (?:day|weekend|week|night)\b"
)
# A numbered part of an event or series: "Game 5 of the World Series", "Stage 16".
NUMBERED_OCCASION = re.compile(r"\b(?:Game|Stage|Round|Week|Episode|Chapter|Leg|Race|Match|"
                               r"Day|Heat|Series) \d+\b")


# A dated report may narrate one scene in the historic present ("V squeals the moment he
# sees John", "Legend soon suggests a photo", "after the show the band heads backstage"):
# the deed happened once, as much as one told in the past. The present also tells states
# and habits, lasting facts ("X lives in Seoul", "X plays Eleven", "the song samples Y"),
# so a present deed counts as a scene only with a mark of narrated time: an adverb of
# sequence, a clause or phrase of "after/before/once/as soon as/the moment ...", or a
# place of one evening ("backstage"). States never narrate a scene.
SCENE_ADVERBS = {"soon", "then", "next", "finally", "later", "afterwards", "afterward",
                 "suddenly", "immediately", "eventually", "backstage", "instantly", "quickly"}
SCENE_MARKS = {"after", "before", "once", "until", "till", "while"}
STATE_VERBS = {"live", "know", "love", "like", "hate", "want", "need", "hold", "remain",
               "belong", "contain", "include", "mean", "seem", "appear", "represent", "cost",
               "weigh", "share", "consist", "feature", "star", "voice", "sample", "lead",
               "coach", "manage", "work", "hope", "plan", "expect", "believe", "call", "host",
               "run", "follow", "use", "keep", "make", "continue", "stand", "sit", "lie"}


def _scene_present(clause: Clause) -> bool:
    """A one-time deed narrated in the simple present of a dated report (see above)."""
    if clause.published is None or clause.auxes or clause.passive:
        return False  # "has won", "will play", "is set to": not narration
    if (clause.tense or clause.verb.tag_) not in {"VBZ", "VBP"}:
        return False
    lemma = _lemma(clause.verb)
    if lemma in DURABLE_VERBS or lemma in STATE_VERBS or role_clause(clause, None):
        return False
    verb = clause.verb
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False  # "steps in as the Fifteenth Doctor", "leaves Purdue as its top
        # scorer": a part or a standing taken on, not a moment of the scene
    for token in clause.sent:
        # the mark must be the verb's own (or open the sentence): "... opens in August,
        # and Neon will release it later" is no scene, "later" is the release's
        if token.lower_ in SCENE_ADVERBS and token.dep_ == "advmod" and token.head.i == verb.i:
            return True  # "Legend soon suggests ...", "then heads backstage"
        if token.lower_ in SCENE_MARKS and token.dep_ in {"prep", "mark"} and (
            token.head.i == verb.i or token.i == clause.sent.start
            or (token.head.head.i == verb.i and token.head.dep_ == "advcl")
        ):
            return True  # "After meeting Legend, BTS bumps into ...", "before the encore"
        if token.lower_ == "moment" and token.head.i == verb.i and token.dep_ == "npadvmod":
            return True  # "squeals the moment he sees John"
    return False


def _scene_at_event(
    question: str, clause: Clause, topic: tuple[str, str] | None, answer: str
) -> str | None:
    """A scene narrated in the present in the report of an event took place there: the
    event is said at the end, after the deed ("Which singer does BTS bump into after
    meeting John Legend at the Billboard Music Awards 2018?"), as a report's own phrase
    of place would be; the wh-word stays first, as a player reads it in chat."""
    from questions.gates import contains

    if topic is None or topic[1] not in EVENT_TYPES or not _scene_present(clause):
        return None
    if CONTEXT_PREFIX.match(question) or contains(question, topic[0]) or (
        contains(topic[0], answer) or contains(answer, topic[0])
    ):
        return None
    name = re.sub(r"^The ", "the ", topic[0])  # "at the Northern Folk Awards 2024"
    if not (name.lower().startswith("the ") or _numbered(name) or _bare_year_edition(name)):
        name = f"the {name}"
    prep = TOPIC_PREPS.get(topic[1], "At").lower()
    return f"{question.rstrip('?').rstrip()} {prep} {name}?"


def _scene_statement(
    question: str, clause: Clause, topic: tuple[str, str] | None, answer: str
) -> str:
    """The blank or true/false of a scene narrated in the present, with the event said at
    the end of its statement as `_scene_at_event` says it in the wh-question."""
    match = STATEMENT.match(question)
    if match is None:
        return question
    body = match.group(2)
    tail = re.search(r'"?\?$', body)
    core = body[: tail.start()] if tail else body
    framed = _scene_at_event(f"{core}?", clause, topic, answer)
    if framed is None:
        return question
    return f"{match.group(1)}{framed[:-1]}{tail.group(0) if tail else ''}"


def _one_time_deed(clause: Clause) -> bool:
    """A deed told in the past in a dated report: it happened on one occasion; or one
    narrated in the present as a scene (`_scene_present`)."""
    if clause.published is None:
        return False  # encyclopedic prose tells a career, not one occasion
    if not _past(clause):
        return _scene_present(clause) or _news_perfect(clause)
    return _lemma(clause.verb) not in DURABLE_VERBS and not role_clause(clause, None)


# Words that make a present perfect a span of time or a career, not one recent deed: "has
# voiced Eren since the first episode", "has always played", "has often reached".
PERFECT_SPAN_WORDS = {"since", "for", "ever", "never", "always", "often", "already", "long",
                      "times", "yet", "still", "repeatedly", "regularly"}


def _news_perfect(clause: Clause) -> bool:
    """A one-time deed told in the present perfect in the lead of a dated report, as news
    leads tell it ("Marlowe has finally reached Glasgow", "the club has sacked its coach"): it
    happened once, just before the report, and asked bare ("Who has reached Glasgow?") it
    has no one answer, as the past tense's would not. Durable verbs, states, wins (see
    `_won_ever`) and spans ("since 2019", "always") are no one occasion."""
    if clause.published is None or not clause.auxes or clause.passive:
        return False
    aux = clause.auxes[0]
    if aux.lemma_.lower() != "have" or aux.tag_ not in {"VBZ", "VBP"} or clause.verb.tag_ != "VBN":
        return False
    # (the doc's text read once per doc: `Doc.text` joins every token anew on each call)
    if "\n" in doc_text(clause.sent.doc)[: clause.sent.start_char]:
        return False  # past the lead, a present perfect is rather a plot told in the
        # present ("Eren has set the Titans loose"), said in the story's own time
    lemma = _lemma(clause.verb)
    if lemma in DURABLE_VERBS | STATE_VERBS | WIN_VERBS or role_clause(clause, None):
        return False
    return not any(t.lower_ in PERFECT_SPAN_WORDS for t in clause.verb.subtree)


def _anchor(
    question: str, clause: Clause, occasions: list[str], topic: tuple[str, str] | None,
    answer: tuple[str, str], mentions: Mentions, lead: tuple[str, str] | None,
    cast: frozenset[str] = frozenset(),
) -> str | None:
    """The question if it pins its one-time deed; else the question framed by the lead's
    occasion, when the deed happened there; else None (not asked)."""
    from questions.gates import contains, names_something

    if _pins_occasion(question, clause, occasions, topic, answer[1], mentions, cast):
        return question
    if lead is None or not _on_the_lead_occasion(clause, lead[1]):
        return None
    if _news_perfect(clause):
        return None  # "has finally reached Glasgow": news of the days before, not a deed
        # done at the lead's show ("At the King's Theatre on ..., who has reached Glasgow?")
    if any(a.head.lower_ == "it" for a in clause.args if a is not clause.subject):
        return None  # "Kaur wrapped it up": "it" is an idiom's, not the name it was read as
    match = STATEMENT.match(question)
    if names_something(match.group(2) if match else question) is not None and not (
        len(question.split()) >= MIN_CONTEXT_WORDS
        and answer[1] in PERSON_TYPES | {"group", "team", "organization"}
        and len(answer[0].split()) >= 2
        # "the Gypsy King looked in control": a nickname, not the person's name
        and not (answer[1] in PERSON_TYPES
                 and re.search(rf"\bthe {re.escape(answer[0])}", clause.sent.text, re.I))
    ):
        # "Who ran across the lawn?", "what needed only one clean shot? -> Poatan": a
        # question that names nothing is framed only if it says enough and asks for
        # someone by a full name ("At the Bercy Arena on 1 August 2024, who led by 0.166
        # after two rotations?"), as with_context asks of a question it frames by the topic
        return None
    frame = lead[0]
    name = re.sub(r"^At (the )?(\d{4} )?| on \d.*$", "", frame)  # "Tour de France"
    year = re.match(r"^At the (\d{4}) ", frame)
    said = re.search(rf"\b(?:[Tt]he )?{re.escape(name)}\b", question)
    if year and said and not contains(answer[0], name):
        # "Who won the stage 16 time trial of the Tour de France?": the event is named
        # already; its year says which edition ("... of the 2023 Tour de France")
        return f"{question[: said.start()]}the {year.group(1)} {name}{question[said.end():]}"
    if contains(question, name) or contains(answer[0], name) or contains(name, answer[0]):
        return None  # "At the London Stadium ..., where did X play?": the frame is the answer
    if CONTEXT_PREFIX.match(match.group(2) if match else question):
        return None  # a frame that does not pin ("In Bluey, who asked fans ...?")
    if match is None:
        return f"{frame}, {question[:1].lower()}{question[1:]}"
    statement = match.group(2)
    if re.match(r"^(The|A|An|Every|Each|All|Some|Both|Many|Most|Several|Few) [a-z]", statement):
        statement = statement[:1].lower() + statement[1:]
    return f"{match.group(1)}{frame}, {statement}"


# A prize category ("best director", "Best Actor in a Musical"): every festival and
# award show hands one out each year, so the category alone does not say which.
PRIZE_CATEGORY = re.compile(r"\b[Bb]est [A-Za-z]")
AWARDING_TYPES = {"award_show", "festival"}


def _award_framed(question: str, clause: Clause, mentions: Mentions) -> str | None:
    """A question on a prize category given at an occasion the question does not name
    ("Who was named best director for "Io Capitano"?") is framed by the one festival or
    award show the article names at or before its sentence ("At the 80th Venice Film
    Festival, who was named best director ...?"); when the article names none, or several,
    it is not asked: best director of which festival, which year? A question that already
    names an occasion, a year or a day, or whose answer is the category, is left as it is."""
    from questions.gates import contains

    if clause.published is None:
        return question  # encyclopedic prose: "IGN gave it Best Graphics", the giver says
    match = STATEMENT.match(question)
    body = match.group(2) if match else question
    category = PRIZE_CATEGORY.search(body)
    if category is None or CONTEXT_PREFIX.match(body) or _says_when(body):
        return question
    doc = clause.sent.doc
    named = {_with_edition_before(m, doc) for m in mentions.by_start.values()
             if m.type in AWARDING_TYPES and m.start < clause.sent.end}
    if any(contains(body, name) for name in named):
        return question  # "... at the Grammy Awards": said already
    editions = {name for name in named if _one_edition(name)}
    if len(editions) != 1:
        return None
    name = editions.pop()
    if not name.lower().startswith("the ") and (
        re.search(rf"\bthe {re.escape(name)}", doc_text(clause.sent.doc), re.I)
        or _needs_the(name)
    ):
        name = f"the {name}"
    elif name.startswith("The ") and re.search(rf"\bthe {re.escape(name[4:])}",
                                              doc_text(clause.sent.doc)):
        name = "the " + name[4:]
    if match is None:
        return f"At {name}, {question[:1].lower()}{question[1:]}"
    statement = body
    if re.match(r"^(The|A|An) [a-z]", statement):
        statement = statement[:1].lower() + statement[1:]
    return f"{match.group(1)}At {name}, {statement}"


def _with_edition_before(mention: Mention, doc: Doc) -> str:
    """The occasion's name with the ordinal or year the article put right before it and
    the model left out of the name ("the 80th Venice Film Festival")."""
    if mention.start > 0 and re.fullmatch(
        r"\d+(?:st|nd|rd|th)|(?:1[5-9]|20)\d{2}", doc[mention.start - 1].text
    ) and not _one_edition(mention.name):
        return f"{doc[mention.start - 1].text} {mention.name}"
    return mention.name


def _said(arg: Arg) -> tuple[str, str]:
    return (arg.answer.text, arg.answer.type) if arg.answer is not None else ("", "")


def _one_edition(name: str) -> bool:
    """An event name that says which edition: a number, a year, an ordinal or a numeral."""
    return bool(re.search(r"\d", name) or EDITION_NUMERAL.search(name) or re.search(
        rf"\b{ORDINAL_WORDS}\b", name, re.I
    ))


def _says_when(text: str) -> bool:
    return bool(YEAR_IN.search(text) or DAY_DATE.search(text) or MONTH_PIN.search(text))


def _credited_subject(clause: Clause) -> bool:
    """The subject is introduced by a credit ("producer Sam Moor", "director X"): a
    person who makes the work, acting outside its story."""
    head = clause.subject.head
    return any(
        c.dep_ in {"compound", "amod", "appos"} and c.lemma_.lower() in CREDIT_ROLES
        | {"actor", "actress", "star"}
        for c in head.children
    )


def _frame_pins(
    frame: str, clause: Clause, topic: tuple[str, str] | None, cast: frozenset[str] = frozenset()
) -> bool:
    """The "In/At/On <name>," frame pins the deed, except a work's frame over a
    statement or over a deed of a person credited with making the work or cast in it
    ("Millie Bobby Brown plays Eleven": what she did at a premiere is not in the show):
    those happen off screen, not in the work."""
    if topic is None or topic[1] not in WORK_TOPICS or topic[0] not in frame:
        return True
    subject = clause.subject.answer
    if subject is not None and subject.text in cast:
        return False
    return _lemma(clause.verb) not in SPEECH_VERBS and not _credited_subject(clause)


def cast_names(clauses: list[Clause], mentions: Mentions) -> frozenset[str]:
    """The people the article casts in a part ("Millie Bobby Brown plays Eleven", "Emma
    D'Arcy returns as Rhaenyra"): real people, not the story's characters."""
    return frozenset(
        c.subject.answer.text for c in clauses
        if not c.passive and c.subject.answer is not None
        and c.subject.answer.type in PERSON_TYPES and role_clause(c, mentions)
        and _lemma(c.verb) != "be"
    )


def _pins_occasion(
    question: str, clause: Clause, occasions: list[str], topic: tuple[str, str] | None,
    answer_type: str, mentions: Mentions, cast: frozenset[str] = frozenset(),
) -> bool:
    """Whether the question says which occasion its one-time deed happened on."""
    from questions.gates import contains

    match = STATEMENT.match(question)
    body = match.group(2) if match else question
    frame = CONTEXT_PREFIX.match(body)
    if frame is not None:
        if _frame_pins(frame.group(1), clause, topic, cast):
            return True
        body = body[frame.end():]  # the work's name in the frame pins nothing here
    if answer_type in TIME_TYPES | EVENT_TYPES | {"tour"}:
        return True  # "In which year did X turn professional?", "At which award show did
        # BTS perform Fake Love?": the time or the occasion is what is asked
    if _says_when(body) or RECORD_PIN.search(body) or NUMBERED_OCCASION.search(body) or (
        OWN_PERIOD_PIN.search(body)
    ):
        return True
    if any(contains(body, name) for name in occasions):
        return True  # "Who won the vacant title at UFC 295?"
    lemma = _lemma(clause.verb)
    subject = mentions.covering(clause.subject.head)
    if subject is not None and subject.type in WORK_TYPES and contains(body, subject.name):
        return True  # "the game peaked at ...", "the game" read as its title
    for arg in clause.args:
        found = arg.answer
        if found is None or found.type not in WORK_TYPES or not contains(body, found.text):
            named = mentions.covering(arg.head)  # "the book" read as its title
            if named is None or named.type not in WORK_TYPES or not contains(body, named.name):
                continue
        if arg is clause.subject or lemma in PRIZE_VERBS:
            return True  # "Born Pink earned ...", "took best actress for About Dry Grasses"
        if arg.role == "dobj" and lemma in WORK_OWN_VERBS:
            return True  # "Who dedicated Ember Tide to her father?": once, in the book
    # the work named inside a phrase ("for his turn in "Perfect Days"")
    return lemma in PRIZE_VERBS and bool(re.search(r'"[A-Z][^"]*"', body))


# The lead's occasion, to frame a one-time deed the anchor rule would otherwise drop. A
# report's lead says where and when its occasion took place ("... on Saturday night ... at
# the London Stadium"); a deed told later in the report happened there, unless its own
# sentence gives another day. Nouns that head a venue's name:
VENUE_WORDS = {"stadium", "arena", "theatre", "theater", "hall", "forum", "palace", "dome",
               "centre", "center", "coliseum", "colosseum", "amphitheatre", "amphitheater",
               "ballpark", "velodrome", "garden", "gardens", "bowl", "speedway", "circuit",
               "park", "field", "ground", "oval", "stadion", "estadio"}
# Venue words said first in names from other languages: "Arena Națională", "Stade de France".
# (An English venue word said first names a street or a district: "Park Lane".)
VENUE_FIRST = {"arena", "stade", "stadio", "estadio", "teatro", "palais", "palau", "palacio"}
# Nouns for a part of an event or the prize of it: "the grand final of TI10", "the stage 16
# time trial of the Tour de France", "the winner of The Great British Bake Off". Not the
# parts of a work ("episode of Bluey"): "At the 2024 Bluey" is no occasion.
OCCASION_OF_WORDS = {"stage", "game", "round", "leg", "race", "match", "heat", "final",
                     "semi-final", "quarter-final", "trial", "winner", "champion", "edition"}


def _event_name(obj: Token, sent: Span) -> str | None:
    """The proper name headed by `obj` ("the Tour de France", "Tour of the Alps", "TI10"),
    if it is more than one common word."""
    if obj.pos_ != "PROPN":
        return None
    ent = next((e for e in sent.ents if e.start <= obj.i < e.end), None)
    if ent is not None:
        return _with_name_compounds(ent, obj)
    words = [t for t in obj.subtree if t.dep_ != "det" or t.head is not obj]
    if all(t.pos_ == "PROPN" or t.lower_ in {"of", "the", "de", "du", "des"} for t in words):
        name = " ".join(t.text for t in words)  # "Tour of the Alps"
    else:
        names = [c for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        name = " ".join(t.text for t in [*names, obj])
    if len(name.split()) > 1 or re.search(r"\d", name):
        return name  # not "Tour" alone: a word that names no event
    return None


def _with_name_compounds(ent: Span, obj: Token) -> str:
    """"the grand final of the PGL Major Copenhagen" with only "Copenhagen" labelled: the
    capitalised proper nouns the parser hung on the name's head right before the entity
    are the start of the same name (the final is not "of Copenhagen")."""
    start = ent.start
    doc = obj.doc
    while start > 0 and (before := doc[start - 1]).pos_ == "PROPN" and before.dep_ == (
        "compound"
    ) and before.head.i == obj.i and before.text[:1].isupper() and not before.ent_type_:
        start -= 1
    return doc[start:ent.end].text if start < ent.start else ent.text


# Last words of an event's name won outright ("won the London Marathon", "won the Masters").
WON_EVENT_HEADS = EVENT_HEADS | {"cup", "championship", "championships", "trophy", "national",
                                 "masters", "games", "tour", "race", "medal"}


def _lead_event(sents: list[Span]) -> str | None:
    """A proper name the lead gives as the event a part or a winner belongs to, or as the
    event won ("won the London Marathon")."""
    for sent in sents:
        for token in sent:
            if token.dep_ == "dobj" and _lemma(token.head) in WIN_VERBS and (
                token.lower_ in WON_EVENT_HEADS
            ):
                name = _event_name(token, sent)
                if name is not None and not re.search(r"\b(?:Medal|Trophy|Cup)$", name):
                    return name  # a prize is not where it was won ("the Brownlow Medal")
            if token.lemma_.lower() not in OCCASION_OF_WORDS or token.pos_ != "NOUN":
                continue
            numbers = [c for c in token.children if c.dep_ == "nummod"]
            # "stage 9 of the Alpine Tour": the parser may hang "of" on the number
            for prep in [*token.children, *(c for n in numbers for c in n.children)]:
                if prep.dep_ != "prep" or prep.lower_ != "of":
                    continue
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                name = _event_name(obj, sent) if obj is not None else None
                if name is not None:
                    return name
    return None


def _lead_venue(sents: list[Span]) -> str | None:
    """A venue the lead places its occasion at ("at the London Stadium")."""
    for sent in sents:
        for ent in _ents_within(sent, doc_ents(sent.doc)):  # `sent.ents`, entities read once
            words = re.sub(r"^[Tt]he ", "", ent.text).split()
            if (
                ent.label_ in {"FAC", "ORG", "LOC", "GPE"} and len(words) >= 2
                and (words[-1].lower() in VENUE_WORDS or words[0].lower() in VENUE_FIRST)
                and (
                    (ent.root.dep_ == "pobj" and ent.root.head.lower_ in {"at", "in", "inside"})
                    or _venue_played(ent.root)
                )
            ):
                return ent.text
    return None


def _venue_played(root: Token) -> bool:
    """"the band played the London Stadium", "she headlined Wembley Arena": a venue is the
    direct object of playing or headlining it, the show's place as much as "at" says."""
    return root.dep_ == "dobj" and root.head.lemma_.lower() in {"play", "headline"}


def lead_occasion(item: object) -> tuple[str, str] | None:
    """(frame, day): "At the London Stadium on 3 June 2023" from a lead that gives a venue
    and a day; "At the 2023 Tour de France" from one that names the event a stage, final
    or winner belongs to. None when the lead says neither or gives no day."""
    doc = getattr(item, "doc", None)
    article = getattr(item, "article", None)
    published = getattr(article, "date", None)
    if doc is None or not len(doc) or published is None:
        return None
    sents = list(itertools.islice(doc.sents, 2))
    day = next((d for s in sents if (d := _match_day(s, published))), None)
    if day is None:
        return None
    venue = _lead_venue(sents)
    if venue is not None:
        venue = re.sub(r"^The ", "the ", venue)
        return f"At {venue} on {day}", day
    event = _lead_event(sents)
    if event is None:
        return None
    year = YEAR_IN.search(day)
    if not re.search(r"\d", event) and year:
        event = re.sub(r"^(?:the |The )?", f"the {year.group(0)} ", event, count=1)
    return f"At {event}", day


def _paragraph(sent: Span) -> Span:
    """The paragraph around a sentence: the tokens between blank lines."""
    doc = sent.doc
    start = sent.start
    while start > 0 and "\n\n" not in doc[start - 1].text_with_ws:
        start -= 1
    end = sent.end
    while end < len(doc) and "\n\n" not in doc[end - 1].text_with_ws:
        end += 1
    return doc[start:end]


def _thing_year(token: Token) -> bool:
    """A year that dates a thing, not a deed: "the 2019 hit", "her 2022 album"."""
    if token.dep_ in {"nummod", "compound", "amod", "nmod"} and token.head.pos_ == "NOUN" and (
        token.head.lemma_.lower() not in EDITION_NOUNS
    ):
        return True
    before = token.nbor(-1) if token.i > 0 else None
    # also when misparsed ("the 2019 hit" read as "2019" hitting)
    return before is not None and (
        before.lower_ in {"the", "a", "an", "his", "her", "their", "its"} or before.tag_ == "POS"
    )


def _on_the_lead_occasion(clause: Clause, day: str) -> bool:
    """The deed's sentence gives no other day or year than the lead's, and the deed is not
    told as earlier than the story (past perfect)."""
    from questions.facts import resolve_weekday

    if _earlier_than_the_story(clause) or _elsewhen(clause):
        return False
    year = YEAR_IN.search(day)
    if year and any(
        YEAR_IN.fullmatch(t.text) and t.text != year.group(0) and not _thing_year(t)
        and not (t.i > 0 and t.nbor(-1).lower_ in {"since", "before", "until"})  # a yardstick
        for t in _paragraph(clause.sent)
    ):
        return False  # a paragraph that dates its deeds other years is the background
        # ("Her father drove her to open-mic nights. ... won a Brit Award in 2021")
    for ent in clause.sent.ents:
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        own = resolve_weekday(ent.text, clause.published, past=True)
        if own is None and (found := DAY_DATE.search(ent.text)):
            own = found.group(0)
        if own is not None and not day.startswith(own):
            return False
    for token in clause.sent:
        if not YEAR_IN.fullmatch(token.text) or token.text in day:
            continue
        if not _thing_year(token) and not _year_in_relative_clause(token, clause.verb):
            return False  # "... in 2019": another year
    return True


def _year_in_relative_clause(token: Token, verb: Token) -> bool:
    """"opened with X, a track they had not played live since 1982": a year inside a
    relative clause on a noun dates what the noun did before, not the deed of the clause
    (whose verb is outside that relative clause)."""
    for ancestor in token.ancestors:
        if ancestor.i == verb.i:
            return False
        if ancestor.dep_ in {"relcl", "acl"}:
            return verb not in ancestor.subtree
    return False


# Nouns of an entitlement that is always to something: "the TV rights" (to the book), "the
# licence" (for the game).
ENTITLEMENT_NOUNS = {"rights", "licence", "license"}


def _rights_to_nothing(clause: Clause) -> bool:
    """The clause's object is rights or a licence with no "to/of/for <thing>" and no owner
    ("Amazon has picked up the TV rights"): the article's own book or show is meant, and
    a question copying the clause leaves out what the rights are to."""
    for child in clause.verb.children:
        if child.dep_ not in {"dobj", "nsubjpass"} or child.lower_ not in ENTITLEMENT_NOUNS:
            continue
        if not any(
            (c.dep_ == "prep" and c.lower_ in {"to", "of", "for", "on", "in"}) or c.dep_ == "poss"
            for c in child.children
        ):
            return True
    return False


def _one_short_name(question: str) -> bool:
    """The question names one thing by a single word ("Who played Kendall?"): a first
    name alone means little outside the article, so it gets the article's topic too."""
    words = [w.strip('"\'(),.:;?!') for w in question.split()[1:]]
    names = [w for w in words if w[:1].isupper()]
    return len(names) == 1 and not names[0].isupper()


def _light(clause: Clause) -> bool:
    return _lemma(clause.verb) in LIGHT_VERBS and not any(
        a.role in {"dobj", "attr", "dative"} for a in clause.args
    )


def _subject_also(clause: Clause, index: object, mentions: Mentions) -> frozenset[str] | None:
    """Other subjects the article gives for the same verb and object(s); None when the
    subject question would not be unique and names nothing that tells them apart."""
    from questions.facts import list_members

    answer = clause.subject.answer
    assert answer is not None
    others: set[str] = set()
    for arg in clause.args:
        prep = arg.prep.lower_ if arg.prep is not None else ""
        for name in list_members(arg.head, mentions):
            others |= index.other_subjects(("", clause.relation, f"{prep}|{name}"), answer.text)
    if others:
        return None  # "Who performed Fake Love?" when the article names two performers
    return frozenset()


def clause_topics(clause: Clause, mentions: Mentions) -> tuple[str, ...]:
    names: list[str] = []
    by_start = mentions.by_start  # by position, as `mentions.at` reads it: no Token made
    for i in range(clause.sent.start, clause.sent.end):
        mention = by_start.get(i)
        if mention is not None and mention.type in TOPIC_TYPES and mention.name not in names:
            names.append(mention.name)
    return tuple(names)


def blank_candidate(
    clause: Clause,
    arg: Arg,
    mentions: Mentions,
    group: str | None,
    sentence: str,
    topics: tuple[str, ...],
    topic: tuple[str, str] | None = None,
) -> Candidate | None:
    """'Which song fills the blank: "BTS performed _____ at the ..."?'. A role ("Florence
    Pugh plays _____") is in a work: the article's topic is said, else no blank."""
    from questions.gates import contains

    answer = arg.answer
    assert answer is not None
    statement = declarative(clause, mentions, blank=arg)
    if statement and role_clause(clause, mentions):
        if topic is None or topic[1] not in WORK_TOPICS or contains(answer.text, topic[0]) or (
            contains(topic[0], answer.text)
        ):
            return None  # a part is played in a work, not at an event
        if not contains(statement, topic[0]):
            name = topic[0][4:] if topic[0].lower().startswith("the ") else topic[0]
            statement = f"In {name}, {statement}"
    wh = wh_phrase(answer, group)
    if not statement or BLANK not in statement or not wh or wh.startswith(("How", "In ")):
        return None
    if wh in {"Who", "What"} or (answer.type == "organization" and wh.startswith("Which")):
        # "Who fills the blank" reads wrong when the model mislabels
        wh = "Which organisation" if answer.type == "organization" and institutional(
            answer.text) else "Which name"
    prep = arg.prep.lower_ if arg.prep is not None else ""
    wh = institution_wh(answer, clause.verb, prep) or prize_wh(answer, clause.verb, prep) or wh
    statement = statement.replace('"', "").rstrip(".")
    return Candidate(
        f'{wh} fills the blank: "{statement}"?',
        answer.text,
        answer.type,
        "blank",
        sentence,
        topics=topics,
    )


# A count given as a bound, not a value: "more than 10 million", "over 500", "at least 3".
HEDGED_COUNT = re.compile(
    r"(?i)(?:more than|over|at least|less than|fewer than|under|up to|almost|nearly|"
    r"around|about|roughly|some|close to|upwards of)\b"
)


def true_false_candidate(
    clause: Clause,
    objects: list[tuple[Arg, frozenset[str]]],
    mentions: Mentions,
    sentence: str,
    topics: tuple[str, ...],
) -> Candidate | None:
    """An honest true/false statement: about half are made false by swapping a year, date
    or count for a near value the article does not give (never something also true).
    Only those slots are used: a song or person swapped in might also be true."""
    import hashlib

    from questions.choices import pick_choices

    for arg, also in objects:
        answer = arg.answer
        if answer is None or answer.type not in TRUE_FALSE_TYPES:
            continue
        statement = declarative(clause, mentions)
        if not statement:
            return None
        purpose = _counted_purpose(clause, arg) if answer.type == "count" else None
        if purpose and purpose not in statement:
            statement = f"{statement.rstrip().rstrip('.')} {purpose}"  # what it counts
        digest = int(hashlib.sha1(statement.encode("utf-8")).hexdigest(), 16)
        truth = digest % 2 == 0
        if not truth:
            near = pick_choices(answer.text, answer.type, [], None, sorted(also), digest)
            wrong = [c for c in near if c != answer.text]
            if answer.type == "count":
                wrong = [c for c in wrong if c.lower() not in {"1", "one", "0", "zero"}]
                if HEDGED_COUNT.match(answer.text):
                    # "more than 10 million": "more than 13 million" may be true as well
                    # (and "more than 7 million" is), so no false statement is honest
                    return None
            if not wrong or answer.text not in statement:
                return None
            statement = statement.replace(answer.text, wrong[digest % len(wrong)], 1)
        return Candidate(
            f"True or false: {statement.rstrip('.')}?",
            "True" if truth else "False",
            "boolean",
            "truefalse",
            sentence,
            topics=topics,
            also=also,
        )
    return None

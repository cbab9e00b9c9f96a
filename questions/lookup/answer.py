"""Choosing the answer: score every candidate of the best sentences, then decide.

A candidate's score adds up: the sentence's retrieval score, whether its type is what the
question asks for, whether it fills the question's slot under the matching verb (the same
dependency roles question generation uses: subject, object, prepositional complement,
possessor, apposition), and how close it sits in the parse to the words it shares with
the question. A candidate made of the question's own words is no answer.

The confidence is a separate, simpler judgement on the winner: how much of the question
(weighted by rarity) its sentence and paragraph cover, whether the names in the question
appear there at all, and whether type and slot agree. Below `DECLINE_BELOW` the look-up
declines and offers the nearest sentence instead.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from questions.glossary import Glossary
from questions.lookup import wordnet
from questions.lookup.analysis import Analysis, analyse
from questions.lookup.candidates import DURATION_WORDS, YEAR, Candidate
from questions.lookup.confidence import (
    bracket_cast,
    confidence_features,
    fold,
    fold_all,
    maker_possessor,
    nation_said,
    predict,
    question_nations,
)
from questions.lookup.index import Hit, LookupIndex
from questions.lookup.question import FOCUS_TYPES, Question
from questions.lookup.terms import (
    PHRASAL_VERBS,
    STOP,
    expand,
    is_particle,
    name_terms,
    normalize_answer,
    span_terms,
)

DECLINE_BELOW = 0.5
YEAR_LIST = re.compile(r"(?:1[5-9]\d\d|20\d\d)(?:(?:,| and| or| &|, and)\s*(?:1[5-9]\d\d|20\d\d))+")
# a candidate's sentence's retrieval score (over the best sentence's) weighs this much:
# at 1.0 a better-typed name in the sixth sentence beat the answer in the first
# (SQuAD Beyonce, best candidate exactly right 304 -> 327, F1 never declining 46.8 -> 50.3)
RETRIEVAL_WEIGHT = 3.0
TOP_SENTENCES = 6

# How well a candidate's types fit the expected type: (expected, type) -> score.
FIT: dict[str, dict[str, float]] = {
    "agent": {"person": 1.0, "group": 0.9, "propn": 0.6, "org": 0.6, "nationality": 0.3},
    "person": {"person": 1.0, "group": 0.4, "propn": 0.6, "org": 0.3},
    "possessor": {"person": 1.0, "group": 0.9, "propn": 0.6, "org": 0.6},
    "group": {"group": 1.0, "org": 0.9, "propn": 0.5, "person": 0.2, "nationality": 0.4},
    "song": {"song": 1.0, "work": 0.8, "propn": 0.4, "org": 0.3, "person": 0.1},
    "album": {"album": 1.0, "work": 0.8, "propn": 0.4, "org": 0.3, "song": 0.5},
    "work": {"work": 1.0, "song": 1.0, "album": 1.0, "propn": 0.4, "org": 0.3, "event": 0.3},
    "date": {"date": 1.0, "year": 1.0, "time": 0.5, "has_year": 0.6},
    "time": {"time": 1.0, "date": 0.7},
    "place": {"place": 1.0, "venue": 1.0, "org": 0.3, "propn": 0.4, "event": 0.2},
    "event": {"event": 1.0, "org": 0.5, "work": 0.4, "propn": 0.4, "place": 0.2},
    # the small model labels awards almost at random ("Golden Ball" is FAC)
    "award": {"award": 1.0, "work": 0.6, "org": 0.4, "event": 0.3, "propn": 0.4, "place": 0.35,
              "venue": 0.35, "person": 0.2},
    "number": {"number": 1.0, "quantity": 0.8, "percent": 0.8, "money": 0.6, "has_number": 0.6,
               "ordinal": 0.3},
    "quantity": {"quantity": 1.0, "money": 1.0, "percent": 1.0, "number": 0.8,
                 "has_number": 0.7},
    "money": {"money": 1.0, "quantity": 0.6, "number": 0.5, "has_number": 0.5},
    "duration": {"duration": 1.0, "date": 0.6, "quantity": 0.5, "has_number": 0.4},
    "frequency": {"has_number": 0.5, "date": 0.5},
    # "By what score ...?": a result ("7-2"), which the model tags a date or not at all
    "score": {"score": 1.0, "has_number": 0.2},
    "language": {"language": 1.0, "nationality": 0.7},
    "nationality": {"nationality": 1.0, "place": 0.5},
    "reason": {"reason": 1.0},
    "manner": {"manner": 1.0},
    "instrument": {},
    "genre": {},
}
# Types that can never answer a question of the key type.
CLASH: dict[str, set[str]] = {
    "agent": {"date", "time", "number", "money", "percent", "quantity", "ordinal", "song",
              "album", "work", "event", "award"},
    "person": {"date", "time", "number", "money", "percent", "quantity", "ordinal", "place"},
    "possessor": {"date", "time", "number", "money", "percent", "quantity"},
    "date": {"person", "group", "place", "work"},
    "place": {"date", "time", "number", "person", "money", "percent"},
    "number": {"person", "group", "place", "work"},
    "song": {"date", "time", "number", "person", "place"},
    "album": {"date", "time", "number", "person", "place"},
}
UNTYPED = {"thing", "instrument", "genre"}
SUBJ = {"nsubj", "csubj"}
OBJ = {"dobj", "attr", "oprd", "dative", "nsubjpass"}


@dataclass
class Scored:
    cand: Candidate
    hit: Hit
    score: float
    type_fit: float
    slot_fit: float
    retrieval: float = 0.0  # the sentence's score over the best sentence's
    proximity: float = 0.0
    overlap: float = 0.0  # share of its words the question already has
    rank: int = 0  # the sentence's retrieval rank


@dataclass
class Decision:
    answer: str | None
    hit: Hit | None  # the sentence quoted
    confidence: float
    features: dict[str, float] | None = None  # what the confidence was computed from
    candidate: str | None = None  # the best candidate, even when declined


def answer_question(q: Question, index: LookupIndex, glossary: Glossary | None,
                    decline_below: float = DECLINE_BELOW) -> Decision:
    hits = index.search(q.terms, k=TOP_SENTENCES)
    if not hits:
        return Decision(None, None, 0.0)
    top = hits[0].score or 1.0
    q_terms = _question_term_set(q, glossary)
    scored_all: list[Scored] = []
    seen: set[str] = set()
    for rank, hit in enumerate(hits):
        if hit.entry.text in seen:
            continue  # the same sentence in another article (syndicated text) says the same
        seen.add(hit.entry.text)
        retrieval = hit.score / top
        scored_all.extend(_score_sentence(q, hit, retrieval, q_terms, glossary, rank))
    if not scored_all:
        features = confidence_features(q, None, None, hits, index)
        return Decision(None, hits[0], predict(features), features)
    best = max(scored_all, key=lambda s: s.score)
    shown = normalize_answer(best.cand.text)
    rivals = [s for s in scored_all if normalize_answer(s.cand.text) != shown]
    second = max(rivals, key=lambda s: s.score) if rivals else None
    features = confidence_features(q, best, second, hits, index)
    if _amount_of_another(q, best, glossary) or _other_numbered(q, best.hit.entry.sent) or (
        _dated_not_numbered(q, best.hit.entry.sent)
    ):
        # folded into the relation missing, as the other "not the one asked" signals are
        features["relation_missing"] = max(features["relation_missing"], 1.5)
    confidence = predict(features)
    if confidence < decline_below:
        return Decision(None, best.hit, confidence, features, best.cand.text)
    return Decision(_answer_text(q, best.cand), best.hit, confidence, features, best.cand.text)


CLAUSE_HOPS = frozenset({"nummod", "quantmod", "npadvmod", "dobj", "pobj", "prep", "attr",
                         "compound", "amod", "advmod", "nmod", "appos"})


def _question_doers(q: Question) -> set[str]:
    """The words of the names the question's verb is said of: its proper nouns outside any
    prepositional phrase ("in the Super Bowl" says where, not who) and outside the
    wh-phrase. Read from the words, not the dependency label: the small model parses "How
    many points did Dylan Marsh score?" with "Marsh" a compound of "score"."""
    cached = q.__dict__.get("_doers")
    if cached is not None:
        return cached
    out: set[str] = set()
    focus = q.focus_token
    for t in q.doc:
        if t.pos_ != "PROPN" or (focus is not None and t.head == focus):
            continue
        if t.dep_ in {"poss", "dobj", "pobj"} or any(
            a.dep_ in {"prep", "relcl", "acl", "poss", "dobj", "pobj"} for a in t.ancestors
        ):
            continue  # "the Huskies' freshman who guarded Braden Smith": the doer is
            # described, not named; the names around describe him
        out.add(fold(t.lower_))
    q.__dict__["_doers"] = out
    return out


def _said_of_another(q: Question, cand: Candidate, info: Analysis) -> bool:
    """"How many times was A named X?" against "B collected the title three times": the
    number is said of another named doer (the clause it sits in has a named subject who is
    none of the question's names, even resolved: "James" resolved to "LeBron James" is the
    question's "LeBron"), so it is not A's count. Only for an amount asked of a named
    doer; a subject the sentence does not name ("she", "the club") tells nothing."""
    if q.wh not in {"how_many", "how_much"}:
        return False  # a score is said of both sides, an age of its owner in any clause
    doers = _question_doers(q)
    if not doers:
        return False
    verb = cand.root
    while verb.dep_ in CLAUSE_HOPS and verb.head != verb and verb.pos_ not in {"VERB", "AUX"}:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None and verb.dep_ == "conj":
        # "X beat Y and took home $300,000": the second verb shares the first one's subject
        subj = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ not in {"PERSON", "ORG", ""}:
        return False  # "the 7-foot-4 Canadian" (a nationality): a description, no name
    said = {fold(t.lower_) for t in subj.subtree if t.pos_ == "PROPN"}
    for t in subj.subtree:
        said |= fold_all(info.terms.get(t.i, set()))
    return not said & doers


def _amount_of_another(q: Question, best: Scored, glossary: Glossary | None) -> bool:
    return _said_of_another(q, best.cand, _analysis(best.hit, glossary))


AGED = re.compile(r"(\d{1,3})[-\s]years?[-\s]old", re.IGNORECASE)


def _answer_text(q: Question, cand: Candidate) -> str:
    """The words shown as the answer: "How old is X?" is answered by the age, "58", not
    by the description "58-year-old" the sentence names the person with."""
    if q.wh == "how_old":
        match = AGED.fullmatch(cand.text.strip())
        if match:
            return match.group(1)
    return cand.text


# ---------------------------------------------------------------------- scoring
def _score_sentence(q: Question, hit: Hit, retrieval: float, q_terms: set[str],
                    glossary: Glossary | None, rank: int) -> list[Scored]:
    sent = hit.entry.sent
    info = _analysis(hit, glossary)
    doc = sent.doc
    anchors = _anchors(q, info, doc, q_terms)
    loose = [doc[i] for i, form in info.loose_verbs.items() if form in q.verbs]
    # the focus noun's own word ("Which *song* ...") is rewarded by `_beside_focus`; as a
    # proximity target it drew every name in any sentence that says "song"
    focus_terms = _focus_terms(q)
    matched = [i for i, terms in info.terms.items() if _meets(terms, q_terms, focus_terms)]
    adjacency = _adjacency(info, sent)
    maps = [(i, _distances(i, adjacency)) for i in matched[:12]]
    out: list[Scored] = []
    named = _question_name_sets(q)
    contradicted = _contradicts(q, sent)
    stretches = _stretch_matches(q, info.candidates, sent)
    doers = {c.text for c in info.candidates if c.kind == "pronoun"
             and c.root.dep_ == "nsubj"} if _named_subject(q) is not None else set()
    future = q.wh == "when" and any(t.lower_ in {"will", "'ll"} and t.tag_ == "MD"
                                    for t in q.doc)
    acted_on = _acted_on(q)
    doer_side = _doer_side(q, anchors)
    nations = question_nations(q)
    for cand, (surface, shown) in zip(info.candidates, info.cand_terms, strict=True):
        overlap = _overlap(surface, shown, q_terms)
        if nations and surface and all(nation_said(t, nations) for t in surface):
            # "France" for "the French champion's home town": the question's own nation
            # in another form (the look-up's coverage reads them as one, so must this)
            overlap = 1.0
        if q.focus and shown and set(surface) <= {q.focus} and shown != surface:
            # "The studio" resolved to "Wit Studio" for "Which studio ...?": the focus
            # noun said again names the answer; only the name counts
            overlap = _overlap([], shown, q_terms - {q.focus})
        if cand.text in q.focus_names and cand.kind in {"ent", "pronoun", "chunk"}:
            # "the Egyptian" for "Which Egyptian forward ...?": the wh-phrase's own
            # descriptor, standing for the name the articles use it for, is the answer
            overlap = 0.0
        person = bool(cand.types & {"person"}) or cand.kind == "pronoun"
        if overlap >= 0.99 or (person and _is_named_in_question(shown, named)) or (
            _full_name_of_question_surname(cand, shown, named)
        ):
            continue  # made of the question's own words, or the person it already names
        fit = _type_fit(q, cand)
        if fit is None or (future and _before_article(cand, hit)):
            continue  # "When will X return?" is not answered by a year already past
        if cand.root.i in doer_side and not cand.types & {"score", "has_number"}:
            continue  # "Who did UConn beat?": "The Huskies beat Purdue" - the subject
            # side is the question's own subject under another name, not the one beaten
        if cand.kind == "pronoun" and cand.text in doers:
            continue  # "Who is <nickname> bringing out?": "he" is the question's own subject
        qualified = _score_qualifier_said(q, cand)
        if qualified is False:
            continue  # "the half-time score": a score in a sentence that never says
            # "half-time" is the final one (or another match's)
        if _first_unit_of_measure(cand):
            continue  # "one hour" of "one hour and two minutes": the measure is said whole
        if q.wh in {"how_many", "how_much"} and _rank_or_part(cand):
            continue  # "number-one album", "one of the tours", "Volume 2" count nothing
        if cand.kind != "list" and _named_by_participle(cand):
            continue  # "the player, a Finn named X": the descriptor; X is the answer
        if _describes_question_subject(cand, q):
            overlap = max(overlap, 0.8)  # "Dan, a stay-at-home dad from Yorkshire," for
            # "What did the stay-at-home dad make?": how the question named its subject
        if _conjunct_of_focus(q, cand):
            continue  # "What is the name of X's wife?": "X's wife and her mother" - a
            # thing listed beside the asked one is another thing
        if acted_on and _described_as(cand, acted_on):
            continue  # "Who hired the killers?": "X, a hired killer" is the one hired
        if _inside_cast_role(q, cand):
            continue  # "Who plays Feyd?": "to play Feyd, nephew of Vlad" - Vlad is no actor
        if _plays_other_role(q, cand):
            continue  # "Who joins X as Irulan?": "Y return as Jessica" plays another role
        if _inside_said_content(q, cand, anchors):
            continue  # "Who wrote X?": in '"Haymitch has always been ...," she wrote' the
            # name inside what was written is not who wrote it
        if _said_in_twin_clause(q, cand):
            continue  # "A plays B, while C is D" for "Who plays B?": C belongs to D
        slot = max(_slot_fit(q, cand, anchors, sent), _surface_slot(q, cand, loose),
                   _cast_as(q, cand, q_terms), _bracket_cast_slot(q, cand),
                   _named_slot(q, cand, anchors, sent),
                   _relative_subject_slot(q, cand, anchors),
                   _comma_apposition_slot(q, cand, anchors, sent),
                   _prep_on_object_slot(q, cand, anchors),
                   _maker_possessor_slot(q, cand), _value_of_focus_slot(q, cand),
                   _value_after_focus_slot(q, cand), _role_titled_slot(q, cand),
                   _own_part_slot(q, cand))
        prox = _proximity(cand, maps)
        score = (
            RETRIEVAL_WEIGHT * retrieval
            + 1.6 * fit
            + 1.0 * slot
            + 0.6 * prox
            - 1.2 * overlap
            - 0.04 * max(cand.words - 3, 0)
            + (0.1 if cand.kind in {"ent", "title"} or cand.names else 0.0)
            + _list_fit(q, cand)
            + _plural_list_fit(q, cand)
            + 0.02 * min(cand.words, 4)  # on a tie, the fuller phrase
            - 0.02 * rank
            + (0.4 if cand.text in q.focus_names else 0.0)  # the articles called it so
            + _count_fit(q, cand)
            - (0.8 if _said_of_another(q, cand, info) else 0.0)  # another doer's number
            - 0.8 * contradicted
            + stretches.get((cand.start, cand.end), 0.0)
            + _score_beside(q, cand)
            + _placing_fit(q, cand)
            + (0.5 if _wh_nation_before(q, cand) else 0.0)
            + (1.0 if qualified else 0.0)  # "led 17-12 at half-time" for "the half-time
            # score": the score said with the question's qualifier, over the bare numbers
            # of a sentence that shares more of the question's words
        )
        out.append(Scored(cand, hit, score, fit, slot, retrieval, prox, overlap, rank))
    return out


# Nouns a question asks a score with; their modifiers say which score of a match.
SCORE_FOCUS = frozenset({"score", "scoreline", "lead", "result"})


# Modifiers that name the score a match report gives unqualified: the one at the end.
PLAIN_SCORE_WORDS = frozenset({"final", "fulltime", "overall", "winning", "match", "end",
                               "finalmatch", "ultimate"})


def _squashed(text: str) -> str:
    return re.sub(r"[\s\-–]+", "", text.lower())


def _score_qualifier_said(q: Question, cand: Candidate) -> bool | None:
    """"What was the half-time score?": the question's words before "score" ("half-time",
    "first-leg", "aggregate") say which score of the match; a score in a sentence that
    never says them (written with or without hyphen or space) is another one, the final
    score most often (False); one in a sentence that says them is the one asked (True).
    None when the question asks no qualified score or the candidate is no score."""
    focus = q.focus_token
    if q.focus not in SCORE_FOCUS or focus is None or "score" not in cand.types:
        return None
    words = [t for t in q.doc[focus.left_edge.i:focus.i]
             if t.dep_ in {"compound", "amod", "nmod", "npadvmod"} or t.text in {"-", "–"}
             or (t.head.i < focus.i and t.head.dep_ in {"compound", "amod"})]
    words = [t for t in words if not t.is_stop and t.pos_ != "DET" and not t.is_punct]
    if not words:
        return None
    qualifier = _squashed(q.doc[words[0].i:words[-1].i + 1].text)
    if qualifier in PLAIN_SCORE_WORDS:
        return None  # "the final score" is the score a sentence gives without a word
    return qualifier in _squashed(cand.root.sent.text)


def _doer_side(q: Question, anchors: dict[Token, float]) -> set[int]:
    """Token indices of the subject phrase (with its possessor: "John Kiely's side") of
    each sentence verb that anchors the question's main verb, when the question names its
    own subject and asks for the object ("Who did UConn beat ...?"). The sentence's doer
    of that verb is the question's subject under another name (a nickname, a descriptor,
    the manager's side), never the one acted on."""
    if q.slot != "obj" or _named_subject(q) is None:
        return set()
    out: set[int] = set()
    for verb in anchors:
        if verb.lemma_.lower() not in q.verbs and verb.lower_ not in q.verbs:
            continue
        doer = verb
        if not any(c.dep_ in SUBJ for c in verb.children):
            # "the Azzurri came from a set down to beat Poland": a subjectless "to beat"
            # shares the subject of the verb it hangs from
            doer = _controller(verb) or verb
        for child in doer.children:
            if child.dep_ == "nsubj":
                out |= {t.i for t in child.subtree}
    return out


# Placings below the winner: "Who finished second?", "Which horse came home third?"
# ("first" and "last" say much besides a placing: "the first woman to ...").
PLACINGS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                      "ninth", "tenth"})
CLAUSE_CUTS = frozenset({"conj", "advcl", "ccomp", "relcl"})


def _placing_fit(q: Question, cand: Candidate) -> float:
    """"Who finished second behind X?" against "Holdener took second, and Vlhová finished
    third": the placing said in the candidate's own clause (its verb's words, without the
    clauses joined to it, or the "with X in third" phrase it sits in) agrees with the
    question's (+0.6) or names another (-0.6)."""
    asked = {t.lower_ for t in q.doc if _placing(t)}
    if not asked or cand.types & {"number", "has_number", "ordinal"}:
        return 0.0
    node = cand.root
    for _ in range(6):
        if node.pos_ in {"VERB", "AUX"} or (node.dep_ == "prep" and node.lower_ == "with"):
            break
        if node.head is node:
            break
        node = node.head
    inside = range(cand.start, cand.end)
    said = set()
    for child in [node, *node.children]:
        if child is not node and (child.dep_ in CLAUSE_CUTS or (
            child.dep_ == "prep" and child.lower_ == "with"
        )) and not any(t.i in inside for t in child.subtree):
            continue  # a clause (or a "with X in third" phrase) about someone else
        tokens = [child] if child is node else child.subtree
        said |= {t.lower_ for t in tokens if _placing(t) and t.i not in inside}
    if not said:
        return 0.0
    return 0.6 if said & asked else -0.6


def _placing(token: Token) -> bool:
    """An ordinal said as a placing ("finished second", "in third"), not one that
    modifies a noun ("the ninth episode") nor part of a name."""
    return token.lower_ in PLACINGS and token.dep_ != "amod" and token.ent_type_ not in {
        "EVENT", "WORK_OF_ART", "ORG"}


def _score_beside(q: Question, cand: Candidate) -> float:
    """0.8 for a name the question's own score follows in the sentence ("knocked out Judd
    Trump 13-9 ... before beating Stuart Bingham 17-12" for "Who did he knock out
    13-9?"): the score pins down which of the sides named it is about."""
    doc = cand.root.doc
    if cand.end + 2 >= len(doc) or cand.types & {"score", "has_number"}:
        return 0.0
    first, dash, second = doc[cand.end], doc[cand.end + 1], doc[cand.end + 2]
    if not (first.like_num and dash.text in {"-", "–"} and second.like_num):
        return 0.0
    said = re.sub(r"\s+", "", doc[cand.end:cand.end + 3].text).replace("–", "-")
    asked = re.sub(r"\s+", "", q.doc.text).replace("–", "-")
    return 0.8 if re.search(rf"(?<![\d-]){re.escape(said)}(?![\d-])", asked) else 0.0


def _named_subject(q: Question):
    """The name the question's verb is done by when the wh-word asks for someone else
    ("Who is K-Dot bringing out?"): a name the articles may not use, so a pronoun the
    sentence's verb is done by stands for it, not for the answer."""
    if q.slot in {"subj", "subjpass", "any", "attr", "poss"}:
        return None
    for token in q.doc:
        if token.dep_ == "nsubj" and token.pos_ == "PROPN" and token.head.pos_ in {
            "VERB", "AUX"
        } and token.lower_ not in {"who", "what", "which"}:
            return token
    return None


LIST_BREAKS = {",", ";", "and", "or", "but", "while", "whereas"}


def _stretch_matches(q: Question, cands: list[Candidate], sent: Span) -> dict:
    """Members of a list each with their own words ("beaten Aspinall in the quarter-finals
    and Bunting 6-1 in the semi-finals"; "to Colorado in 1996 and to Vegas last year"):
    the member whose own stretch (the words after it up to the next list break) says most
    of the question's numbers is the one it asks for.
    1.0 for that member, nothing for the others or outside a list."""
    doc = sent.doc
    # the words that tell one member from another: the question's numbers (its names
    # are mostly its topic, said beside any member: "Beyonce's" after every list)
    wanted = {t for t in q.base_terms if t[:1].isdigit()}
    if not wanted:
        return {}
    counts: dict[tuple[int, int], int] = {}
    shown: dict[tuple[int, int], str] = {}
    for cand in cands:
        i, said, broke = cand.end, set(), False
        while i < sent.end and i < cand.end + 8:
            token = doc[i]
            if token.lower_ in LIST_BREAKS or token.text in {".", "!", "?"}:
                broke = token.lower_ in LIST_BREAKS
                break
            said |= {token.lemma_.lower(), fold(token.lower_)}
            said |= {w for w in token.lower_.split("-") if w}
            i += 1
        before = cand.start - 1
        while before > sent.start and doc[before].pos_ in {"DET", "ADP"}:
            before -= 1
        listed = broke or (before >= sent.start and doc[before].lower_ in LIST_BREAKS)
        if listed:
            counts[(cand.start, cand.end)] = len(said & wanted)
            shown[(cand.start, cand.end)] = cand.text
    best = max(counts.values(), default=0)
    tops = [key for key, n in counts.items() if n == best]
    if not best or len({shown[key] for key in tops}) > 1 or len(set(shown.values())) < 2:
        return {}  # one member (however many spans show it), among two or more
    return dict.fromkeys(tops, 1.0)


def _focus_terms(q: Question) -> set[str]:
    if not q.focus or q.expected in {"number", "quantity"}:
        return set()
    return {q.focus} | set(expand(q.focus))


NUMBERED_ORDINALS = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth"})
ORDINAL_WORDS = set(NUMBERED_ORDINALS) | {"last", "final", "debut"}


def _markers(tokens) -> tuple[set[str], set[str]]:
    """The ordinals ("fifth", "57th") and years a span says."""
    ordinals, years = set(), set()
    for t in tokens:
        low = t.lower_
        if low in ORDINAL_WORDS or (t.ent_type_ == "ORDINAL" and t.like_num is False) or (
            low[:1].isdigit() and low[-2:] in {"st", "nd", "rd", "th"}
        ):
            ordinals.add("first" if low == "debut" else low)
        elif YEAR.fullmatch(t.text):
            years.add(t.text)
    return ordinals, years


def _contradicts(q: Question, sent: Span) -> int:
    """How many of the question's ordinals and years the sentence replaces with others:
    "her first solo album" against "her fifth studio album", "at the 57th Grammys"
    against "at the 52nd": a sentence about another one of the same kind."""
    q_markers = q.__dict__.get("_markers")
    if q_markers is None:
        q_markers = q.__dict__["_markers"] = _markers(q.doc)
    q_ord, q_years = q_markers
    if not q_ord and not q_years:
        return 0
    s_ord, s_years = _markers(sent)
    count = 0
    if q_ord and s_ord and not q_ord & s_ord:
        count += 1
    if q_years and s_years and not q_years & s_years:
        count += 1
    return count


def _numbered(tokens) -> dict[str, set[str]]:
    """The numbered ordinals a span says ("fourteenth", "14th"), by the noun each ranks
    ("series" of "the fifteenth series")."""
    out: dict[str, set[str]] = {}
    for t in tokens:
        low = t.lower_
        if low in NUMBERED_ORDINALS or (low[:1].isdigit() and low[-2:] in {"st", "nd", "rd",
                                                                            "th"}):
            noun = t.head
            while noun.dep_ == "compound" and noun.head != noun:
                noun = noun.head
            if noun.pos_ in {"NOUN", "PROPN"} and noun.i != t.i:
                out.setdefault(noun.lemma_.lower(), set()).add(low)
    return out


def _other_numbered(q: Question, sent: Span) -> bool:
    """"Who won the fourteenth series?" against "X won the fifteenth series": the sentence
    ranks the question's own noun with another number and never with the question's, so
    it tells of another one of the same kind (a season, an edition, a round). Only
    numbered ordinals: "last" and "final" are said of the same thing as "fifth"."""
    asked = _numbered(q.doc)
    if not asked:
        return False
    said = _numbered(sent)
    return any(noun in said and not ranks & said[noun] for noun, ranks in asked.items())


def _dated_not_numbered(q: Question, sent: Span) -> bool:
    """"What is X's 15th studio album?" against "the title track of X's 2004 album": the
    sentence tells which album by its year and never says the question's rank, so it
    does not say that this is the one asked (the year's album may be any of them)."""
    asked = _numbered(q.doc)
    if not asked:
        return False
    said = _numbered(sent)
    words_said = {t.lower_ for t in sent}
    for noun, ranks in asked.items():
        if noun in said or ranks & words_said:
            continue  # ranked in the sentence: `_other_numbered` judges it
        for t in sent:
            if YEAR.fullmatch(t.text) and t.dep_ in {"nummod", "compound", "amod", "nmod"}:
                head = t.head
                while head.dep_ == "compound" and head.head != head:
                    head = head.head
                if head.lemma_.lower() == noun:
                    return True
    return False


def _list_fit(q: Question, cand: Candidate) -> float:
    """A list of names answers "Who ...?" or a plural focus ("which artists") as a
    whole; a singular focus ("Which artist ...?") asks for one of them."""
    if not cand.names:
        return 0.0
    focus = q.focus_token
    if focus is None or focus.tag_ in {"NNS", "NNPS"}:
        return 0.1
    return -0.2


def _asks_plural(q: Question) -> bool:
    """Does the question ask for several ("Which players ...?", "Who are X's three
    guitarists?", "Who were the hosts?")? A plural focus noun, or a plural noun the wh-word
    is equated with by "are"/"were"."""
    focus = q.focus_token
    if focus is not None:
        return focus.tag_ in {"NNS", "NNPS"}
    if q.wh not in {"who", "what"}:
        return False
    return any(t.dep_ in {"attr", "nsubj"} and t.tag_ in {"NNS", "NNPS"}
               and t.head.lower_ in {"are", "were"} for t in q.doc)


def _plural_list_fit(q: Question, cand: Candidate) -> float:
    """A question asking for several is answered by the whole list of names, not its first
    name: the list is a few words longer, which the length penalty and the proximity of
    the first name alone (nearest the verb) otherwise favour."""
    return 0.3 if cand.names and cand.kind == "list" and _asks_plural(q) else 0.0


def _question_name_sets(q: Question) -> list[set[str]]:
    """The words of each name the question says ("Kiptum", "Tyson Fury"); once per
    question."""
    cached = q.__dict__.get("_name_sets")
    if cached is None:
        cached = q.__dict__["_name_sets"] = _name_sets(q)
    return cached


def _question_name_words(q: Question) -> set[str]:
    """Every word of every name the question says, in one set."""
    return set().union(*_question_name_sets(q))


def _name_sets(q: Question) -> list[set[str]]:
    out = []
    in_ents = set()
    for ent in q.doc.ents:
        in_ents |= {t.i for t in ent}
        if any(t.pos_ == "PROPN" for t in ent):  # the label does not matter ("Kiptum" GPE)
            out.append(fold_all(name_terms(ent.text)))
    out += [{fold(t.lower_)} for t in q.doc if t.pos_ == "PROPN" and t.i not in in_ents]
    return [terms for terms in out if terms]


def _is_named_in_question(shown: list[str], named: list[set[str]]) -> bool:
    """"Who held the record before Kiptum?" is not answered by "Kelvin Kiptum" (the
    sentence's "he" or "the Kenyan" resolved to him): the answer is not someone the
    question names. Every word of the question's name must be in the candidate
    ("Liam Gallagher" still answers a question about Noel Gallagher)."""
    if not named or not shown:
        return False
    words_ = fold_all(shown)
    return any(terms <= words_ and len(words_) <= len(terms) + 2 for terms in named)


def _full_name_of_question_surname(cand: Candidate, shown: list[str],
                                   named: list[set[str]]) -> bool:
    """"Tomas Brandt" for a question that says "Brandt", whatever label the model gave
    the longer name (a place, an organisation): a proper name one word longer than the
    question's one-word name and ending in it is that name in full, not an answer."""
    if not named or len(shown) != 2 or cand.kind not in {"ent", "chunk"}:
        return False
    doc = cand.root.doc
    if any(doc[i].pos_ != "PROPN" for i in range(cand.start, cand.end)):
        return False
    last = fold(shown[-1])
    return any(terms == {last} for terms in named)


# Nouns that gather the people they are "of": "a pair of killers" describes killers.
GATHERING = frozenset({"pair", "duo", "trio", "group", "gang", "band", "couple", "team",
                       "crew", "squad", "set"})


def _acted_on(q: Question) -> frozenset[str]:
    """The lemmas (with their synonyms) of the direct object of a question asking for
    its verb's doer: "assassin", "killer", "hitman" for "Who hired the assassins?"."""
    if q.slot != "subj" or q.wh not in {"who", "which", "what"} or not q.verb:
        return frozenset()
    out: set[str] = set()
    for t in q.doc:
        if t.dep_ == "dobj" and t.head.lemma_.lower() == q.verb and t.pos_ == "NOUN":
            lemma = t.lemma_.lower()
            out |= {lemma} | set(expand(lemma))
    return frozenset(out)


def _conjunct_of_focus(q: Question, cand: Candidate) -> bool:
    """The candidate's head is joined by "and"/"or" to a common noun saying the question's
    focus ("X's wife and her mother" for "What is the name of X's wife?"): coordination
    lists different things, so the conjunct is not the one asked about. Only a candidate
    that is itself a common noun phrase ("her mother"), so a name given after the focus
    noun in a list of pairs is left to the other rules."""
    focus = q.focus
    root = cand.root
    if not focus or root.pos_ != "NOUN" or cand.types & {"person", "group"}:
        return False
    if root.dep_ == "conj" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() == focus:
        return root.lemma_.lower() != focus
    return any(c.dep_ == "conj" and c.pos_ == "NOUN" and c.lemma_.lower() == focus
               for c in root.children) and root.lemma_.lower() != focus


def _described_as(cand: Candidate, nouns: frozenset[str]) -> bool:
    """Is the candidate set beside a noun of `nouns` ("Rook and Wren, two assassins
    paid by Mara"; "Rook, a hired killer"; "a pair of killers")? Then it is that noun,
    the one the question's verb acted on, not its doer."""
    doc = cand.root.doc
    tokens = [doc[i] for i in range(cand.start, cand.end)]
    described = [c for t in tokens for c in t.children if c.dep_ == "appos"]
    root = cand.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head  # "Rook and Wren, two assassins": Wren is one of them too
        described.extend(c for c in root.children if c.dep_ == "appos")
    if root.dep_ == "appos":
        described.append(root.head)
    for noun in described:
        lemma = noun.lemma_.lower()
        if lemma in nouns:
            return True
        if lemma in GATHERING and any(
            p.lower_ == "of" and any(o.lemma_.lower() in nouns for o in p.children
                                     if o.dep_ == "pobj")
            for p in noun.children if p.dep_ == "prep"
        ):
            return True
    return False


def _count_fit(q: Question, cand: Candidate) -> float:
    """"How many nights ...?": the number that counts nights ("for four nights"), not
    another number of the sentence ("Five months later"), and the number alone rather
    than "four nights"."""
    if q.wh == "how_old" and cand.types & {"number", "has_number"}:
        return _age_of_named(q, cand)
    if q.wh not in {"how_many", "how_much"} or not q.focus or not (
        cand.kind == "number" or cand.types & {"number", "quantity"}
    ):
        return 0.0
    if _rank_or_part(cand):
        return -0.6
    wanted = {q.focus} | set(expand(q.focus))
    root = cand.root
    if root.lemma_.lower() in wanted:
        return 0.2  # "169 shows": the right count, with the question's noun
    if root.dep_ in {"nummod", "quantmod", "compound"} and root.head.pos_ in {"NOUN", "PROPN"}:
        return 0.5 if root.head.lemma_.lower() in wanted else 0.1  # the count alone
    return 0.0


TIME_UNITS = {"year", "season", "decade", "century", "month", "week", "day", "time"}


def _before_article(cand: Candidate, hit: Hit) -> bool:
    """A date whose year is before the year of the article that says it."""
    when = hit.entry.article.date
    years = [int(y) for y in re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", cand.text)]
    return when is not None and bool(years) and max(years) < when.year


def _rank_or_part(cand: Candidate) -> bool:
    """A number that counts nothing: a chart position ("number-one album", "number 1",
    "No. 1") or "one of" the most successful tours."""
    doc = cand.root.doc
    root = cand.root
    if any(t.like_num and _label_number(t) and (t.i == root.i or t.head.i == root.i)
           for t in doc[cand.start:cand.end]):
        return True  # "No. 2", "Volume 2", "a 250 GTO": a number that names, not counts
    if RESULT.fullmatch(cand.text.strip()):
        return True  # "6-4": a result, as a whole too
    first = doc[cand.start]
    if cand.end - cand.start != 1 or not first.like_num:
        return False
    if first.text == "#":
        return True
    if _score_side(first):
        return True  # "beat him 7-4": one side of a result counts nothing asked
    after = doc[cand.end] if cand.end < cand.root.sent.end else None
    return first.lower_ == "one" and after is not None and after.lower_ == "of"


def _only_years(cand: Candidate) -> bool:
    """The candidate's only numbers are years ("2022", "the 2024 final")."""
    if YEAR.fullmatch(cand.text.strip()):
        return True
    nums = [t for t in cand.root.doc[cand.start:cand.end] if t.like_num]
    return bool(nums) and all(YEAR.fullmatch(t.text) for t in nums) and not any(
        t.lower_ in AMOUNT_WORDS | SCALE_WORDS or t.text[:1] in "$£€¥"
        for t in cand.root.doc[cand.start:cand.end])


# Nouns that make "How much <noun> ...?" ask for a sum of money.
MONEY_NOUNS = frozenset({"money", "cash", "prize", "purse", "fee", "salary", "wage", "wages",
                         "payout", "payment", "pay", "budget", "funding", "revenue",
                         "earnings", "bonus", "compensation", "fine", "cost", "price"})
# Verbs whose "How much ...?" is a sum ("How much will X cost?", "How much did she earn?").
MONEY_VERBS = frozenset({"cost", "pay", "charge", "spend", "earn", "gross", "fetch"})
CURRENCY_WORDS = frozenset({"dollar", "dollars", "pound", "pounds", "euro", "euros", "yen",
                            "rupee", "rupees", "crore", "lakh", "won", "franc", "francs",
                            "cent", "cents", "pence", "p", "grand", "usd", "gbp", "eur"})


def _counted_plural(cand: Candidate) -> bool:
    """A plural noun counted by a number ("three points", "two goals")."""
    root = cand.root
    return root.tag_ in {"NNS", "NNPS"} and any(
        t.like_num and t.head.i == root.i for t in root.doc[cand.start:cand.end])


def _money_verb_said(q: Question) -> bool:
    """A verb of paying said anywhere in the question ("How much did tickets for the shows
    cost?": the small model may take another word for the main verb)."""
    return any(t.lemma_.lower() in MONEY_VERBS and t.pos_ in {"VERB", "AUX", "NOUN"}
               for t in q.doc)


# A sum spent on a thing against a sum it brought in: one never answers for the other.
SPENT_WORDS = frozenset({"cost", "budget", "spend"})
EARNED_WORDS = frozenset({"earn", "gross"})


def _other_side_of_ledger(q: Question, cand: Candidate) -> bool:
    """"How much did the film cost to make?" against "the film earned $700 million": the
    sum hangs on a verb of earning while the question asks a cost (or the other way
    round), so it is the other side of the ledger."""
    asked = {t.lemma_.lower() for t in q.doc}
    verb = cand.root
    while verb.head != verb and verb.pos_ not in {"VERB", "AUX"}:
        verb = verb.head
    said = verb.lemma_.lower()
    if asked & SPENT_WORDS and not asked & EARNED_WORDS:
        return said in EARNED_WORDS
    if asked & EARNED_WORDS and not asked & SPENT_WORDS:
        return said in SPENT_WORDS
    return False


def _says_money(cand: Candidate) -> bool:
    """A sum: the model's money label, a currency sign or a currency word in the phrase."""
    if "money" in cand.types:
        return True
    span = cand.root.doc[cand.start:cand.end]
    return any(t.text[:1] in "$£€¥₹" or t.lower_ in CURRENCY_WORDS for t in span)


# "How big/large/tall/high/wide/deep/heavy ...?" ask a size or a height ("How far ahead
# ...?" is often a gap in time: "0.39 seconds", so "far" is not among them).
SIZE_WH = frozenset({"how_big", "how_large", "how_tall", "how_high", "how_wide", "how_deep",
                     "how_heavy"})


def _first_unit_of_measure(cand: Candidate) -> bool:
    """A length of time cut before the smaller unit that completes it: "one hour" of "one
    hour and two minutes", "3 hours" of "3 hours, 12 minutes". The whole measure is also a
    candidate; the part alone answers no "How long ...?" (it says another time)."""
    root = cand.root
    if root.lemma_.lower() not in COUNTED_TIME or not any(
        t.like_num for t in root.doc[cand.start:cand.end]
    ):
        return False
    doc, end = root.doc, cand.end
    tail = doc[end:min(end + 3, root.sent.end)]
    return len(tail) == 3 and tail[0].lower_ in {"and", ","} and tail[1].like_num and (
        tail[2].lemma_.lower() in COUNTED_TIME and tail[2].lemma_.lower() != root.lemma_.lower())


def _kind_misfit(q: Question, cand: Candidate) -> bool:
    """The kind of thing the candidate is said to be against the kind the wh-phrase asks:
    a size is no length of time ("How big was the crowd?" -> not "two hours" of the match,
    but "a crowd of 12,000"); a length of time is no sum of money nor a score ("How long
    was the delay?" -> not "$2 million", "3-1"); a count of things is no sum nor a calendar
    date ("How many goals ...?" -> not "2 million pounds", "5 May") unless the question
    counts the money or the days itself ("How many pounds ...?", "How many days ...?")."""
    if q.wh in SIZE_WH and _is_time(cand):
        return True
    if q.wh == "how_long" and (_sum_of_money(cand) or "score" in cand.types or (
        RESULT.fullmatch(cand.text.strip())) or _only_years(cand)):
        return True  # a bare year says when, never for how long ("since 2019" would)
    if q.wh == "how_long" and (_only_ordinals(cand) or cand.types == {"ordinal"}):
        return True  # "its second race", "the third": a rank or a turn is no length
    if q.wh == "how_long" and "date" in cand.types and not cand.types & {
        "duration", "number"} and (not any(ch.isdigit() for ch in cand.text)
        and any(w.strip(".,").lower() in MONTHS_AND_DAYS for w in cand.text.split())
    ):
        return True  # "on Sunday", "in May": a day or a month named says when, no length
    if q.wh != "how_many":
        return False
    focus = q.focus or ""
    if _sum_of_money(cand) and focus not in CURRENCY_WORDS and focus not in MONEY_NOUNS:
        return True
    return bool("date" in cand.types and not cand.types & {"duration", "number"}) and (
        focus not in TIME_UNITS | COUNTED_TIME) and not _only_years(cand)


def _sum_of_money(cand: Candidate) -> bool:
    """A sum, or the number of one the candidate cut from its currency ("2 million" of
    "2 million pounds", "5" of "$5")."""
    if _says_money(cand):
        return True
    doc = cand.root.doc
    end = cand.end
    while end < len(doc) and doc[end].lower_ in SCALE_WORDS | {"trillion"}:
        end += 1  # "2" of "2 million pounds"
    after = doc[end].lower_ if end < len(doc) else ""
    before = doc[cand.start - 1].text if cand.start > 0 else ""
    return cand.root.like_num and (after in CURRENCY_WORDS or before[:1] in "$£€¥₹")


DASHES = {"-", "–", "—"}
RESULT = re.compile(r"\d+\s*[-–—]\s*\d+")


def _score_side(num: Token) -> bool:
    """A number joined by a dash to another number: a result or a range's end ("7-4",
    "13 - 9"), not a count of anything."""
    doc = num.doc
    after = doc[num.i + 1 : num.i + 3]
    before = doc[max(num.i - 2, 0) : num.i]
    return (len(after) == 2 and after[0].text in DASHES and after[1].like_num) or (
        len(before) == 2 and before[1].text in DASHES and before[0].like_num)


# Units of time: "How many laps ...?" is not answered by "the 24 Hours" nor "three years"
COUNTED_TIME = {"second", "minute", "hour", "day", "week", "month", "year", "decade",
                "century"}


def _only_ordinals(cand: Candidate) -> bool:
    """A phrase whose only number words are ordinals ("the country's second title")."""
    span = cand.root.doc[cand.start:cand.end]
    numbers = [t for t in span if t.like_num or t.ent_type_ == "ORDINAL"
               or ORDINAL.fullmatch(t.lower_)]
    return bool(numbers) and all(t.ent_type_ == "ORDINAL" or ORDINAL.fullmatch(t.lower_)
                                 for t in numbers)


def _counts_time(q: Question, cand: Candidate) -> bool:
    """A number counting a unit of time, for "How many <not a unit of time> ...?"."""
    if q.wh != "how_many" or not q.focus or q.focus in COUNTED_TIME | TIME_UNITS:
        return False
    root = cand.root
    if root.like_num and root.dep_ in {"nummod", "compound"}:
        return root.head.lemma_.lower() in COUNTED_TIME  # "24" of "the 24 Hours"
    span = root.doc[cand.start:cand.end]
    if root.lemma_.lower() in COUNTED_TIME and any(
        t.like_num and t.head.i == root.i for t in span):
        return True
    # "a 24-year wait": the number counts the years of what it describes, no spectators
    return any(t.like_num and t.head.lemma_.lower() in COUNTED_TIME
               and cand.start <= t.head.i < cand.end and t.head.i != root.i for t in span)


AMOUNT_TYPES = {"number", "quantity", "money", "percent", "duration", "score"}
AMOUNT_WORDS = {"dozen", "dozens", "hundreds", "thousands", "millions", "billions", "few",
                "several", "many", "none", "half", "twice", "once", "double",
                "score", "scores", "handful", "couple", "pair", "lot", "lots", "fortune"}


def _says_amount(cand: Candidate) -> bool:
    """Does the candidate say how many or how much: a number, an amount word ("a
    dozen", "several", "millions"), money? "How many laps ...?" is not answered by "the
    podium", nor "How much was paid?" by "the first woman"."""
    if cand.kind == "number" or cand.types & AMOUNT_TYPES:
        return True
    doc = cand.root.doc
    # the model's like_num takes ordinals in ("the first woman"): a rank says no amount
    return any(
        (t.like_num and not ORDINAL.fullmatch(t.lower_))
        or t.lower_ in AMOUNT_WORDS | SCALE_WORDS
        or t.text[:1] in "$£€¥"
        for t in doc[cand.start:cand.end]
    )


def _label_number(num: Token) -> bool:
    """A number that names one thing rather than counting: "No. 2" and "number 7" (the
    model splits "No." into "No", "."), a number after a capitalised noun ("Volume 2",
    "Chapter 12", "Season 4"), a number between "a" and a singular noun ("a 250 GTO",
    "a 747"): one of its kind, said as a title is; never a count or an amount."""
    doc = num.doc
    sent = num.sent
    before = [t for t in doc[max(sent.start, num.i - 2):num.i] if t.text not in {"-", "#", "."}]
    if before and before[-1].lower_ in {"number", "no.", "no"}:
        return True
    prev = doc[num.i - 1] if num.i > sent.start else None
    if prev is None:
        return False
    if prev.pos_ in {"NOUN", "PROPN"} and prev.is_title and (
        num.head.i == prev.i or prev.head.i == num.i
    ):
        return True
    head = num.head
    return (
        prev.lower_ in {"a", "an"} and num.dep_ in {"nummod", "compound"} and head.i > num.i
        and head.tag_ in {"NN", "NNP"} and head.lemma_.lower() not in MEASURE_UNITS
        and head.lemma_.lower() not in TIME_UNITS | DURATION_WORDS | SCALE_WORDS
        and not any(t.text in {"-", "–"} for t in doc[num.i:head.i])
    )


AGE = re.compile(r"(?:[1-9]\d?|1[01]\d)|(?:[1-9]\d?)-year-old")


def _no_age(cand: Candidate) -> bool:
    """A number that cannot be an age: a decimal or a side of a score ("7.5" of
    "7.5-6.5"), a number that counts a noun ("his three world titles")."""
    root = cand.root
    doc = root.doc
    text = cand.text.strip()
    if not (AGE.fullmatch(text) or (root.like_num and not any(c.isdigit() for c in text))):
        return True
    if cand.end < root.sent.end and doc[cand.end].text in {"-", "–"}:
        return True
    if root.like_num and _label_number(root):
        return True  # "Game one", "Season 4", "No. 7": a number naming one thing, no age
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return True  # "making her one of the few artists": a share of a group, no age
    if root.dep_ == "nummod" and any(
        c.dep_ == "prep" and c.lower_ == "of"
        and not any(g.lemma_.lower() == "age" for g in c.children)
        for c in root.head.children
    ):
        return True  # "three years of studio time": a span of something, no age ("24
        # years of age" is one)
    return root.dep_ == "nummod" and root.head.lemma_.lower() not in {"year", "age"}


def _age_of_another(q: Question, cand: Candidate) -> bool:
    """"The 18-year-old beat Ding Liren": "the N-year-old" names a person by age; when the
    sentence names the question's person apart from it (not in apposition, "Ding, the
    32-year-old,"), it is someone else's age."""
    doc = cand.root.doc
    sent = cand.root.sent
    if not cand.text.lower().endswith("-old") or cand.start <= sent.start or (
        doc[cand.start - 1].lower_ not in {"the", "a", "an"}
    ):
        return False
    named = _question_name_words(q)
    if _in_apposition_to(cand, named):
        return False
    apart = [t for t in sent if fold(t.lower_) in named
             and (t.i < cand.start - 3 or t.i > cand.end + 2)]
    return bool(apart)


def _owner_of_other_deed(q: Question, cand: Candidate) -> bool:
    """"Who scored the late point?" and "A's third goal and a late point from B sealed
    the cup": each name belongs to the noun it hangs on ("A's goal", "point from B").
    A name owning a noun the question does not ask about, while the asked noun (the
    object of the question's verb) stands in the same sentence with a name of its own,
    did the other deed."""
    asked = {c.lemma_.lower() for t in q.doc if t.pos_ in {"VERB", "AUX"}
             for c in t.children if c.dep_ in {"dobj", "attr"} and c.pos_ == "NOUN"}
    if not asked:
        return False
    root = cand.root
    if root.dep_ == "poss":
        owned = root.head
    elif root.dep_ == "pobj" and root.head.lower_ in {"from", "by"}:
        owned = root.head.head
    else:
        return False
    if owned.pos_ != "NOUN" or owned.lemma_.lower() in asked:
        return False
    for noun in root.sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in asked or noun.i == owned.i:
            continue
        if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children) or any(
            p.dep_ == "prep" and p.lower_ in {"from", "by"}
            and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in p.children)
            for p in noun.children
        ):
            return True
    return False


def _age_set_by_another_name(q: Question, cand: Candidate) -> bool:
    """"How old is Tom Vale?" and "Dana Reyes, 58, opened the set, while Tom Vale ...": a
    bare number set off after a name ("Name, 58,") is that person's age; when the
    question names someone and that name is not one of theirs, the age is another
    person's, whatever else the sentence says about the asked one. Only when the question
    names a person: "How old is the drummer?" may be answered by "Dana Reyes, 58"."""
    named = _question_name_words(q)
    root = cand.root
    if not named or root.dep_ != "appos" or root.head.pos_ != "PROPN":
        return False
    name = [t for t in root.head.subtree if t.i < root.i and t.pos_ == "PROPN"]
    return bool(name) and not any(fold(t.lower_) in named for t in name)


def _in_apposition_to(cand: Candidate, named: set[str]) -> bool:
    """"Lena Varga, a 24-year-old pianist from Cork,": the age describes the noun set in
    apposition to the named person, whose first name stands more than a few words away."""
    node = cand.root
    for _ in range(3):
        if node.dep_ == "appos" and fold(node.head.lower_) in named:
            return True
        if node.head == node:
            break
        node = node.head
    return False


def _age_of_named(q: Question, cand: Candidate) -> float:
    """"How old is Usyk?": "Usyk, 37, now holds ...": a bare number in apposition to the
    question's person is that person's age, and so is the number the person "was" ("X was
    24 when ...")."""
    root = cand.root
    named = _question_name_words(q)
    if root.dep_ in {"attr", "acomp"} and root.head.lemma_ == "be":
        subject = next((c for c in root.head.children if c.dep_ in SUBJ), None)
        if subject is not None and fold(subject.lower_) in named:
            return 0.6
    partner = root.head if root.dep_ in {"appos", "amod", "npadvmod"} else None
    partner = partner or next((c for c in root.children if c.dep_ == "appos"), None)
    if partner is None or partner.pos_ != "PROPN":
        return 0.0
    return 0.6 if fold(partner.lower_) in named else 0.0


def _anchors(q: Question, info: Analysis, doc, q_terms: set[str]) -> dict[Token, float]:
    """The sentence's verbs that match one of the question's verbs, each weighted by how
    much of the question its clause says: "Fuse attaches items to his weapons" beats
    "Ultrahand lets him glue objects" for "Which power lets Link attach items to his
    weapons?", though "lets" is the question's main verb. The main verb weighs most."""
    wanted = set(q.verbs) | set(q.other_verbs)
    out: dict[Token, float] = {}
    if not wanted:
        return out
    base = fold_all(q.base_terms) - wanted
    for i in info.verbs_at:
        lemma = info.lemmas[i]
        if lemma not in wanted and _wordnet_verb(lemma, q):
            lemma = q.verb  # WordNet: either verb's usual sense holds the other
        if lemma not in wanted:
            if lemma not in PHRASAL_HEADS:
                continue
            # a phrasal verb says its meaning ("knocking out X" beat X, "was put together
            # by X" assembled): the question's verb aligns with it
            lemma = next((PHRASAL_VERBS[lemma, c.lower_] for c in doc[i].children
                          if (lemma, c.lower_) in PHRASAL_VERBS and is_particle(c)),
                         lemma)
            if lemma not in wanted:
                continue
        verb = doc[i]
        said: set[str] = set()
        for t in verb.subtree:
            said |= info.terms.get(t.i, set())
        share = len(base & fold_all(said)) / len(base) if base else 0.0
        main = 1.0 if lemma in q.verbs else 0.85
        out[verb] = main * (0.6 + 0.4 * share)
    return out


PHRASAL_HEADS = frozenset(verb for verb, _ in PHRASAL_VERBS)


def _wordnet_verb(lemma: str, q: Question) -> bool:
    """The sentence's verb and the question's share the usual sense of one of them
    ("halted the band" for "Who stopped the band?")."""
    return bool(q.verb) and wordnet.related(lemma, q.verb, "v")


def _question_term_set(q: Question, glossary: Glossary | None) -> set[str]:
    terms = set(q.terms)
    for name in q.names:
        terms |= set(name_terms(name))
    # what the focus noun stood for in the articles is a hint at the answer, not a word
    # the question already says
    hinted = {t for name in q.focus_names for t in name_terms(name)}
    terms -= hinted - set(q.base_terms)
    return terms | fold_all(terms)  # "Beyonce" in the question is the article's "Beyoncé"


def _analysis(hit: Hit, glossary: Glossary | None) -> Analysis:
    entry = hit.entry
    if entry.analysis is None:  # an index refreshed elsewhere always has it; be safe
        entry.analysis = analyse(entry.sent, entry.owner.resolved, glossary)
    return entry.analysis


def _adjacency(info: Analysis, sent: Span) -> dict[int, list[int]]:
    adjacency: dict[int, list[int]] = {i: [] for i in range(sent.start, sent.end)}
    for i, head in zip(range(sent.start, sent.end), info.heads, strict=True):
        if head != i and head in adjacency:
            adjacency[i].append(head)
            adjacency[head].append(i)
    return adjacency


def _overlap(surface: list[str], shown: list[str], q_terms: set[str]) -> float:
    """Share of the candidate's words that the question already has. The words as
    written count as well as the resolved name: "John" in the sentence is the question's
    own "John" even though it resolves to "John Legend"."""
    share = 0.0
    # the shown name's stop words are no new words: "Most Outstanding Player" (a resolved
    # "Most") is the question's "Outstanding Player" again, as its words as written are
    shown = [t for t in shown if t not in STOP] or shown
    for terms in (surface, shown):
        if terms:
            share = max(share, sum(1 for t in terms if fold(t) in q_terms) / len(terms))
    return share


def _meets(terms: set[str], q_terms: set[str], skip: set[str]) -> bool:
    """Does a word of the sentence say a word of the question (accents folded)?"""
    if terms & q_terms - skip:
        return True
    return any(not t.isascii() and fold(t) in q_terms and fold(t) not in skip for t in terms)


# Modifiers that describe a thing without saying which one it is.
VAGUE_MODIFIERS = {"same", "other", "another", "such", "whole", "entire", "big", "small",
                   "bad", "good", "new", "old", "own", "real", "certain", "main"}


def _told_apart(cand: Candidate) -> bool:
    """A phrase whose noun is the question's focus and whose modifier picks one of its
    kind out ("her left wrist", "the rear wing", "the back page"): the answer to "Which
    wrist ...?" (a focus noun of no known type) is that modifier with its noun."""
    root = cand.root
    return any(c.dep_ in {"amod", "compound"} and c.i < root.i and c.pos_ in {"ADJ", "NOUN"}
               and c.lower_ not in VAGUE_MODIFIERS and not c.like_num
               for c in root.children)


# Nouns that ask a quality of a thing ("What flavour was the sponge?"): answered by the
# words modifying the thing's noun, never by a name of a person, group, place or a date.
QUALITY_NOUNS = frozenset({"flavour", "flavor", "colour", "color", "shade", "shape",
                           "pattern", "material", "fabric", "scent", "fragrance", "filling"})
NAMED_MARKS = frozenset({"person", "group", "org", "place", "venue", "date", "year", "time",
                         "money", "score"})


def _modifier_of_noun(q: Question, cand: Candidate) -> bool:
    """A modifier before a noun of the question ("lemon and elderflower" of "the lemon and
    elderflower sponge" for "What flavour was the sponge?"): what a quality noun's
    question asks ("marzipan" of "marzipan players" says nothing of the sponge)."""
    root = cand.root
    doc = root.doc
    if cand.end >= len(doc) or doc[cand.end].pos_ != "NOUN":
        return False
    thing = doc[cand.end].lemma_.lower()
    if thing == q.focus or not any(t.lemma_.lower() == thing for t in q.doc):
        return False
    return "modifier" in cand.types or (
        root.dep_ in {"nmod", "compound", "amod"} and root.head.i == cand.end
        and root.pos_ in {"NOUN", "ADJ"})


def _named_thing(cand: Candidate) -> bool:
    """A name of a person, group or place, a date or an amount: never a flavour or a
    colour."""
    return bool(cand.types & NAMED_MARKS) or cand.kind == "pronoun" or (
        cand.root.pos_ == "PROPN")


RECORD_MARKS = frozenset({"score", "money", "quantity", "percent"})
# Types that never say a cause: a count, a rank, a date ("Why ...?" is no "lap nine").
NO_CAUSE = frozenset({"number", "has_number", "ordinal", "date", "time"})


def _type_fit(q: Question, cand: Candidate) -> float | None:
    expected = q.expected
    if q.focus == "record" and cand.types & RECORD_MARKS:
        return 1.0  # "What record did X finish with?": in sport a record is a win-loss
        # line ("9-4"), and "the previous record stood at $5.4 million" is a best mark; an
        # album is never named by a score or an amount
    if q.focus in QUALITY_NOUNS and _modifier_of_noun(q, cand):
        # "What flavour was the sponge?": "the lemon and elderflower sponge"; the whole
        # run of modifiers over one of its words
        return 1.0 if "modifier" in cand.types else 0.8
    if q.focus in QUALITY_NOUNS and _named_thing(cand):
        return None  # a flavour or a colour is no person, place nor date
    if cand.types & CLASH.get(expected, set()) and not (cand.types - {"propn"}) & set(
        FIT.get(expected, {})
    ):
        return None
    if expected == "place" and "person_part" in cand.types:
        return None  # "Aunt" of "Aunt Greta" is a person, not a city (candidates.py)
    if expected in WHO_TYPES and q.slot == "subj" and _owner_of_other_deed(q, cand):
        return None  # "Who scored the late point?" -> not "A" of "A's goal and a late
        # point from B"
    if q.wh == "how_old" and cand.types & {"number", "has_number"} and (
        _no_age(cand) or _age_of_another(q, cand) or _age_set_by_another_name(q, cand)
    ):
        return None  # "How old ...?" is not answered by "7.5" of a score or "three titles"
    if q.wh in {"how_many", "how_much", "how_old"} and not _says_amount(cand):
        return None  # "How many laps ...?" is not answered by "the podium": no number
    if q.wh in {"how_old", "how_many"} and (
        cand.types & {"ordinal"} or ORDINAL.fullmatch(cand.text.lower())
    ):
        return None  # "for a second time", "the third": a rank or a turn, never an age
        # nor a count ("How many tickets ...?" is not answered by "the second of his nights")
    if q.wh == "how_many" and _only_ordinals(cand):
        return None  # "the country's second title" ranks a title; it counts nothing
    if _counts_time(q, cand):
        return None  # "How many laps ...?" is not answered by "the 24 Hours of X"
    if _kind_misfit(q, cand):
        return None  # "How big was the crowd?" is no "two hours", "How many goals ...?" no
        # "2 million pounds" (see _kind_misfit)
    if q.wh == "how_many" and _only_years(cand) and q.focus not in TIME_UNITS:
        return None  # "How many awards ...?" is not answered by "2022" nor "the 2024 final"
    if q.wh == "how_much" and _only_years(cand):
        return None  # "How much prize money ...?" is no year ("victories in 2017 and 2021"):
        # a sum or an amount is said with its unit or its scale, never as a bare year
    if q.wh == "how_much" and (q.focus in MONEY_NOUNS or (q.focus is None and (
        q.verb in MONEY_VERBS or _money_verb_said(q)))) and not _says_money(cand):
        return None  # "How much prize money ...?", "How much will X cost?" ask for a sum:
        # "a 7-2 win", "99 players", "PlayStation 5" are numbers of something else
    if q.wh == "how_much" and _other_side_of_ledger(q, cand):
        return None  # "How much did X cost to make?" is not what X earned, nor "How much
        # did it gross?" what it cost: a sum is said of the verb it was spent or made by
    if expected == "score" and q.focus in {"score", "scoreline"} and _counted_plural(cand) and (
        "score" not in cand.types and not RESULT.fullmatch(cand.text.strip())
    ):
        return None  # "What was the half-time score?" is a result ("13-10"), no count of
        # one side's points ("three points")
    if expected in {"group", "agent", "person"} and "nationality" in cand.types and (
        cand.root.dep_ == "amod" and cand.end - cand.start == 1
    ):
        return None  # "Romanian authorities", "the French driver": a nationality said of a
        # noun describes it; it names no company, side or person
    if expected in {"group", "agent", "person"} and _inside_longer_name(cand):
        return None  # "the Spartans Tour concerts": a word the small model calls a
        # nationality, compounded onto the proper noun right after it, is the first word of
        # a longer name (a tour, a race), not a band, side or person of its own
    if expected in KIND_CLASH and _described_kind(cand) in KIND_CLASH[expected]:
        return None  # "Which character ...?" is not answered by "publisher X": the name's
        # own noun says it is of another kind
    if q.focus in EDITION_NOUNS:
        # "At which edition of the Film Awards ...?" -> "the 41st Film Awards": an edition
        # is told by its ordinal or its year, never by another noun of the sentence
        if cand.types & {"ordinal", "year"} or ORDINAL.fullmatch(cand.text.lower()) or (
            YEAR.fullmatch(cand.text.strip())
        ):
            # the ordinal of the event the question names after "edition of" ("the 41st
            # Film Awards"), not "the first Irish-language song"
            event = cand.root.head if cand.root.head != cand.root else None
            while event is not None and event.dep_ == "compound" and event.head != event:
                event = event.head  # "41st" hangs on "Harbour" of "Harbour Film Awards"
            named = _edition_of(q)
            if not named:
                return 0.8
            return 1.0 if event is not None and event.lemma_.lower() in named else 0.5
        return 0.1
    table = FIT.get(expected)
    focus_bonus = 0.0
    if q.focus and cand.root.lemma_.lower() == q.focus:
        if q.expected == "thing" and _counted(cand):
            return 1.0  # "In which minute ...?" -> "the 58th minute", "on move 55"
        if cand.kind == "chunk" and q.expected == "thing" and _told_apart(cand):
            return 0.6  # "Which wrist did she hurt?": "her left wrist" says which one
        said = cand.root.doc[cand.start:cand.end].text.lower()
        named = cand.text[:1].isupper() and cand.text.lower() not in said and (
            cand.text.split()[-1].lower() in {cand.root.lower_, cand.root.lemma_.lower()})
        if cand.kind == "chunk" and not named:
            return 0.0  # "the song" is not the song's name (unless resolved to one:
            # "The studio" read as "Wit Studio")
    if q.wh == "how_much" and _is_time(cand):
        return 0.1  # "How much prize money ...?" is no time ("34 seconds"); "How long" is
    if q.wh == "how_much" and _counts_things(cand):
        return 0.1  # "How much was X paid?" is no head count ("two judges", "five members")
    if q.focus == "year" and cand.types & {"date", "year"}:
        # "What year ...?": the year itself, not the whole date; "In which years ...?":
        # the years listed ("2020 and 2021")
        if YEAR.fullmatch(cand.text.strip()):
            return 1.0
        plural = q.focus_token is not None and q.focus_token.tag_ in {"NNS", "NNPS"}
        return 1.05 if plural and YEAR_LIST.fullmatch(cand.text.strip()) else 0.7
    if q.focus_token is not None and (_beside_focus(cand, q.focus) or _names_focus(cand, q.focus)):
        focus_bonus = 0.5  # "their hit single, Fake Love": the name beside the focus noun
    if table is None or expected in {"thing", "instrument", "genre"}:
        base = 0.5 if cand.kind in {"ent", "title", "chunk", "list"} else 0.3
        if cand.kind == "clause":
            base = 0.1
        if q.focus and cand.types & {"date", "year", "number", "time"}:
            return 0.1  # "Which biography ...?" is not answered by "2005"
        return min(base + focus_bonus, 1.0)
    if expected == "reason" and cand.types & NO_CAUSE and not cand.types & {"reason", "manner"}:
        return None  # "Why did X retire?" is no "nine" of "on lap nine": a count, a rank
        # or a date says no cause
    if expected in {"reason", "manner"}:
        return max((table.get(t, 0.0) for t in cand.types), default=0.0)
    best = max((table.get(t, 0.0) for t in cand.types), default=0.0)
    if expected in {"date", "time"} and _exact_date_asked(q) and not _names_a_day(cand):
        return None  # "On what exact date ...?" is not answered by "later this year"
    if expected in {"date", "time"} and _relative_date(cand):
        best = min(best, 0.6)  # "the following year", "two days later": says when only
        # against another date of the article
    if best == 0.0 and cand.kind == "clause":
        return None
    generic = [t for t in cand.types if t.startswith("generic:")]
    if best == 0.0 and generic and generic[0][8:] == expected:
        best = 0.2  # a description ("a Grammy winner") rather than a name
    if best < 0.6 and expected == "possessor" and cand.root.pos_ == "PROPN":
        best = 0.6  # "The Weeknd's album": a proper name owns the thing whatever label the
        # small model gave it (it calls some names works)
    if best < 0.6 and "definite_person" in cand.types and expected in {"agent", "person"}:
        best = 0.6  # "her mother": one person, described
    if best < 0.8 and expected == "place" and cand.types & {"org", "group"} and _at_place(cand):
        best = 0.8  # "at the Rotunda", "at Elm Park": the small model labels grounds and halls
        # organisations; "at" says a place
    if best < 0.7 and expected == "group" and "place" in cand.types and _opponent(cand):
        best = 0.7  # "lost the Final to Denver": a city names its team when it is played
    return min(best + focus_bonus, 1.2)


# Nouns for one staging of a recurring event ("the 95th edition", "the 2019 running").
EDITION_NOUNS = frozenset({"edition", "instalment", "installment", "running", "staging",
                           "iteration"})


def _edition_of(q: Question) -> set[str]:
    """The head word of the event after "edition of" ("Awards" of "which edition of the
    Academy Awards"), as a lemma and as written."""
    focus = q.focus_token
    if focus is None:
        return set()
    return {g.lemma_.lower() for c in focus.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"} | {
        g.lower_ for c in focus.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj"}


def _inside_longer_name(cand: Candidate) -> bool:
    """A one-word nationality entity that is a compound of the proper noun right after it
    ("Spartans" of "Spartans Tour"): the start of a longer name, not a name itself."""
    root = cand.root
    return ("nationality" in cand.types and cand.end - cand.start == 1
            and root.dep_ == "compound" and root.head.pos_ == "PROPN"
            and root.head.i == root.i + 1)


# Verbs of playing someone: their objects and the objects of their "to"/"against"/"over"
# are sides, even where the side is named by its city ("lost to Denver", "beat Ottawa").
COMPETE_VERBS = frozenset({"beat", "defeat", "lose", "face", "play", "meet", "edge", "draw",
                           "overcome", "eliminate", "knock", "host", "visit", "thrash"})


def _opponent(cand: Candidate) -> bool:
    root = cand.root
    while root.dep_ == "conj":
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in {"to", "against", "over", "by", "with"}:
        head = head.head
        while head.dep_ == "conj" and head.pos_ == "ADP":
            head = head.head  # "to Denver in 2001 and to Quebec"
    elif root.dep_ not in {"dobj", "nsubj"}:
        return False
    return head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in COMPETE_VERBS


# The kinds a name's own noun ("publisher X", "X, a venue") rules out for each expected type.
KIND_CLASH = {
    "person": {"group", "place", "work", "event"},
    "agent": {"place", "work", "event"},
    "group": {"person", "place", "work"},
    "place": {"person", "group", "work"},
}


def _described_kind(cand: Candidate) -> str | None:
    """The kind a lower-case noun names the candidate as: "publisher Shuei" (a company),
    "the venue, Elm Park" (a place); None when no such noun."""
    root = cand.root
    if root.pos_ != "PROPN":
        return None
    for child in root.children:
        if child.dep_ == "compound" and child.pos_ == "NOUN" and child.is_lower and (
            child.i < root.i
        ):
            return FOCUS_TYPES.get(child.lemma_.lower())
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.is_lower:
        return FOCUS_TYPES.get(root.head.lemma_.lower())
    doc = root.doc
    before = doc[cand.start - 1] if cand.start > root.sent.start else None
    if before is not None and before.pos_ == "NOUN" and before.is_lower and (
        before.dep_ == "compound" and cand.start <= before.head.i < cand.end + 1
    ):
        return FOCUS_TYPES.get(before.lemma_.lower())  # the model hangs it on the last word
    return None


def _at_place(cand: Candidate) -> bool:
    """The object of a locative "at" hanging from a verb: "played at the Rotunda"."""
    root = cand.root
    while root.dep_ == "conj":
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ == "at" and root.head.head.pos_ in {
        "VERB", "AUX"}


def _counted(cand: Candidate) -> bool:
    """A noun picked out by its number ("the 58th minute", "round three", "lap 12"): one
    of its kind, said by the number, which is what "Which minute/round/lap ...?" asks
    (a count before the noun, "two songs", picks out none)."""
    root = cand.root
    return any(cand.start <= t.i < cand.end and (
        t.ent_type_ == "ORDINAL" or ORDINAL.fullmatch(t.lower_) or (t.i > root.i and t.like_num)
    ) for t in root.children)


ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
                     r"eighth|ninth|tenth|last|final|"
                     # spelled ranks past the tenth: "fourteenth", "twentieth", "twenty-first"
                     r"eleventh|twelfth|[a-z]+teenth|[a-z]+tieth|hundredth|thousandth|"
                     r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty-[a-z]+(?:st|nd|rd|th)")


def _names_focus(cand: Candidate, focus: str | None) -> bool:
    """"At what hospital ...?" -> "Lenox Hill Hospital": a name of several capitalised
    words, one of them the focus noun, is a name of that kind."""
    if not focus or cand.end - cand.start < 2 or cand.kind not in {"ent", "title", "chunk"}:
        return False
    doc = cand.root.doc
    span = doc[cand.start:cand.end]
    if not span[0].is_title:
        return False
    wanted = expand(focus)
    return any(t.is_title and t.i > cand.start and (
        t.lemma_.lower() in wanted or t.lower_.removesuffix("s") in wanted) for t in span)


EXACT_WORDS = frozenset({"exact", "precise", "specific", "actual"})
MONTHS_AND_DAYS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "today", "tomorrow", "yesterday", "tonight"})


def _exact_date_asked(q: Question) -> bool:
    """"On what exact date ...?", "What precise day ...?": the question asks for a day,
    not a year or a season."""
    focus = q.focus_token
    return q.focus in {"date", "day"} and focus is not None and any(
        c.lower_ in EXACT_WORDS for c in focus.children)


def _names_a_day(cand: Candidate) -> bool:
    """The phrase says a day: a number (a day of the month, a written date) or a month
    or weekday name; "later this year", "the summer" say none."""
    return any(ch.isdigit() for ch in cand.text) or any(
        w.strip(".,").lower() in MONTHS_AND_DAYS for w in cand.text.split())


RELATIVE_WORDS = {"following", "previous", "next", "last", "later", "earlier", "same",
                  "ago", "before", "after", "that", "this", "its", "their", "her", "his"}


def _relative_date(cand: Candidate) -> bool:
    """A date said against another ("the following year", "its first week", "two days
    later"): no year, and a word that points elsewhere."""
    words_ = cand.text.lower().split()
    return not YEAR.search(cand.text) and any(w in RELATIVE_WORDS for w in words_)


# Units an amount is measured in: "How much ...?" is answered by these, or by money
MEASURE_UNITS = {
    "pound", "kilo", "kilogram", "kg", "gram", "tonne", "ton", "ounce", "stone", "metre",
    "meter", "kilometre", "kilometer", "km", "mile", "yard", "foot", "feet", "inch", "litre",
    "liter", "gallon", "acre", "hectare", "percent", "per", "cent", "point", "calorie",
    "degree", "dollar", "euro", "rupee", "yen", "franc", "crore", "lakh", "million",
    "billion", "thousand", "hundred", "trillion",
}
SCALE_WORDS = {"million", "billion", "thousand", "hundred", "dozen", "score"}


def _counts_things(cand: Candidate) -> bool:
    """A number counting people or things ("two judges", "eight" of "eight shows",
    "millions of fans"), a score ("115-112") or a side of one, a rank: not an amount; the
    plural noun its number counts is no unit."""
    if cand.types & {"money", "percent"}:
        return False
    root = cand.root
    doc = root.doc
    sent = root.sent
    score_side = root.like_num and (
        (cand.end < sent.end and doc[cand.end].text in {"-", "–"})
        or (cand.start - 1 > sent.start and doc[cand.start - 1].text in {"-", "–"}
            and doc[cand.start - 2].like_num)
    )
    if cand.types & {"score", "ordinal"} or score_side:
        return True  # a score ("115-112") or a side of one, a rank ("third")
    counted = None
    of = next((c for c in root.children if c.lower_ == "of"), None)
    if root.lemma_.lower() in SCALE_WORDS and of is not None:
        counted = next((c for c in of.children if c.dep_ == "pobj"), None)  # millions of fans
    elif (root.like_num and root.dep_ in {"nummod", "quantmod"}) or (
        root.lower_ in SCALE_WORDS and root.dep_ in {"nummod", "quantmod", "compound"}
    ):
        counted = root.head  # "eight" of "eight shows", "a few dozen" of "a few dozen fans"
    elif root.tag_ == "NNS" and any(t.like_num and t.head.i == root.i
                                    for t in doc[cand.start:cand.end]):
        counted = root  # "two judges"
    if counted is None and root.tag_ == "NN" and root.dep_ in {"amod", "compound", "nmod"} and (
        cand.end - cand.start == 3 and doc[cand.start + 1].text == "-"
        and doc[cand.start].like_num and root.i == cand.end - 1
    ):
        # "the three-episode Part 2", "a five-track EP": a count of things made into a
        # word describing a noun, no amount (a unit of measure, "a 40-minute set", stays)
        return root.lemma_.lower() not in MEASURE_UNITS
    return counted is not None and counted.tag_ == "NNS" and (
        counted.lemma_.lower() not in MEASURE_UNITS)


def _is_time(cand: Candidate) -> bool:
    """A length of time, or the number counting one ("34" of "34 seconds")."""
    if cand.types & {"money", "percent"}:
        return False
    root = cand.root
    counts_time = root.dep_ in {"nummod", "quantmod"} and root.head.lower_ in DURATION_WORDS
    return bool(cand.types & {"duration", "time"}) or counts_time


def _beside_focus(cand: Candidate, focus: str | None) -> bool:
    if not focus:
        return False
    root = cand.root
    named = (cand.kind == "ent" or root.pos_ == "PROPN") and not cand.types & {
        "date", "year", "number", "time", "has_number"}
    if root.dep_ in {"nummod", "poss", "det", "npadvmod"} or (
        root.dep_ == "amod" and not named
    ):
        return False  # "the 2005 biography": a modifier of the focus noun, not its name
    # "People magazine", "the African-American community": a name modifying the focus
    # noun names it
    related = [root.head] + [c for c in root.children if c.dep_ in {"appos", "compound"}]
    if root.dep_ in {"appos", "compound", "conj"} or root.head.dep_ == "appos":
        related.append(root.head.head)
    doc = root.doc
    first = root.sent.start  # never the previous sentence's last word
    if cand.start > first:
        related.append(doc[cand.start - 1])
        if cand.start > first + 1 and doc[cand.start - 1].is_punct:
            related.append(doc[cand.start - 2])
    return any(t.lemma_.lower() in expand(focus) for t in related if t.i not in
               range(cand.start, cand.end))


WHO_TYPES = frozenset({"agent", "person", "group"})


def _slot_fit(q: Question, cand: Candidate, anchors: dict[Token, float], sent: Span) -> float:
    root = cand.root
    if q.slot == "poss":
        return _poss_fit(q, cand)
    dep, head = _effective_dep(root, cand)
    named = 0.8 if q.slot == "subj" and q.verb and _named_by_agent_noun(cand, q.verb) else 0.0
    if q.slot == "subj" and q.verbs & WIN_VERBS and dep == "pobj" and head.lower_ == "to" and (
        head.head.lemma_ == "go"
    ):
        named = 0.9  # "Who won Record of the Year?" -> "Record of the Year went to X"
    if not anchors:
        # a question with no verb to align with ("take place"): its preposition still
        # says which complement it asks for ("At which venue ...?" -> "at the RCF Arena")
        # (and so does one whose verb the sentence says in other words: "At which ground
        # was the final played?" against "... beat the Rovers at Elm Park")
        if q.slot == "prep" and dep == "pobj" and head.lower_ == q.prep:
            return max(named, 0.4)
        return named  # "Who coaches X?" -> "His coach, Y, ...": no verb to anchor
    best = named
    for verb in anchors:
        strength = _governed_by(head, verb)
        if strength and _kind_said_in_own_clause(cand, head, verb):
            strength = 0.0
        if not strength:
            if q.slot == "subj" and dep in SUBJ and head == _controller(verb):
                # "Kara Voss sealed the win by scoring twice": the subject of the verb
                # the gerund hangs from is who scored
                best = max(best, 0.8 * anchors[verb])
            continue
        fit = 0.0
        if q.slot == "subj":
            fit = 1.0 if dep in SUBJ or (dep == "pobj" and head.dep_ == "agent") else 0.0
        elif q.slot == "subjpass":
            fit = 1.0 if dep in {"nsubjpass"} else 0.0
        elif q.slot in {"obj", "attr"}:
            fit = 1.0 if dep in OBJ else (0.4 if dep == "pobj" else 0.0)
            if q.copula and dep in SUBJ:
                fit = 0.6
        elif q.slot == "prep":
            if dep == "pobj":
                fit = 1.0 if head.lower_ == q.prep else 0.6
        elif q.slot == "adv":
            fit = 1.0 if dep in {"pobj", "npadvmod", "advmod", "advcl", "mark"} else 0.2
            if cand.kind == "clause":
                fit = 1.0
        elif q.slot == "any":
            fit = 0.5
        best = max(best, fit * strength * anchors[verb])
    if best and q.expected in WHO_TYPES and root.dep_ == "compound" and (
        root.head.pos_ == "NOUN" and not cand.start <= root.head.i < cand.end
    ):
        # "won back-to-back NCAA titles": a name modifying a common noun tells what kind
        # of thing fills the slot; "Who ...?" asks for whoever fills it
        best *= 0.5
    if q.copula and q.slot == "attr":
        share = _appositive_of_question(cand, q)
        if share:
            best = max(best, 0.6 + 0.4 * share)
    return best


def _kind_said_in_own_clause(cand: Candidate, head: Token, verb: Token) -> bool:
    """"He made his debut in 2017 and became champion in 2021": a candidate the matched
    verb reaches only through a conjoined verb ("became") belongs to that clause when the
    matched verb's own clause names a thing of the same kind (the year 2017): each clause
    has its own date, place or name, and the question asks about the first."""
    kind = cand.root.ent_type_
    if not kind:
        return False
    node, joined = head, None
    for _ in range(6):
        if node == verb or node.head == node:
            break
        if node.dep_ == "conj" and node.head == verb and node.pos_ in {"VERB", "AUX"}:
            joined = node
        node = node.head
    if joined is None or node != verb:
        return False
    other = {t.i for t in joined.subtree}
    return any(t.ent_type_ == kind and t.i not in other and not cand.start <= t.i < cand.end
               for t in verb.subtree)


# The noun for who does what a verb says, where adding -er/-or/-r does not give it.
AGENT_NOUNS = {"direct": {"director"}, "produce": {"producer"}, "write": {"writer"},
               "compose": {"composer"}, "found": {"founder"}, "coach": {"coach"},
               "manage": {"manager"}, "train": {"trainer"}, "design": {"designer"},
               "lead": {"leader"}, "own": {"owner"}, "host": {"host"}, "captain": {"captain"},
               "represent": {"representative"}, "narrate": {"narrator"},
               "choreograph": {"choreographer"}, "referee": {"referee"},
               "umpire": {"umpire"}, "judge": {"judge"}, "mentor": {"mentor"},
               "create": {"creator"}, "invent": {"inventor"}, "publish": {"publisher"}}


# Verbs that give their subject the noun after them: "was crowned the winner", "became
# the champion", "was named the winner".
TITLE_GIVING = frozenset({"crown", "become", "name", "declare", "proclaim"})


def _named_by_agent_noun(cand: Candidate, verb: str) -> bool:
    """"Who coaches Kiptum?" against "His coach, the Rwandan Gervais Hakizimana, ...",
    "director Christopher Nolan", "The film's director is Greta Gerwig": the candidate
    is named as the one who does what the question's verb says."""
    nouns = AGENT_NOUNS.get(verb) or {verb + "er", verb + "r", verb + "or"}
    if len(verb) <= 4 and verb[-1:] not in set("aeiouwy"):
        nouns = nouns | {verb + verb[-1] + "er"}  # "win" -> "winner", "run" -> "runner"
    root = cand.root
    partners = [c for c in root.children if c.dep_ in {"compound", "appos"}]
    if root.dep_ == "appos":
        partners.append(root.head)
    if root.dep_ == "attr" and root.head.lemma_ == "be":
        partners += [c for c in root.head.children if c.dep_ in SUBJ]
    if root.dep_ in SUBJ and root.head.lemma_ == "be":
        partners += [c for c in root.head.children if c.dep_ == "attr"]
    if root.dep_ in SUBJ | {"nsubjpass"} and root.head.lemma_ in TITLE_GIVING:
        # "X was crowned the winner", "X became the champion", "X was named the winner"
        partners += [c for c in root.head.children if c.dep_ in {"attr", "oprd", "dobj"}]
    inside = range(cand.start, cand.end)
    if cand.start > root.sent.start and root.doc[cand.start - 1].lemma_.lower() in nouns:
        return True  # "coach Gervais Hakizimana" with the noun left out of the name
    return any(p.lemma_.lower() in nouns for p in partners if p.i not in inside or p is root)


CAST_VERBS = {"play", "portray", "voice"}


def _question_as_role(q: Question) -> set[str]:
    """The words of the question's own "as <role>" ("Who joins the sequel as Princess
    Irulan?" -> {"princess", "irulan"}): empty when it has none."""
    words: set[str] = set()
    for token in q.doc:
        if token.lower_ == "as" and token.dep_ == "prep" and token.i > 1:
            # the small model hangs "as" on the verb or on the object before it
            role = [t for t in token.subtree if t is not token and not t.is_punct]
            if role and any(t.pos_ == "PROPN" for t in role):
                words |= {t.lemma_.lower() for t in role} | {fold(t.lower_) for t in role}
    return words - {"the", "a", "an"}


def _as_role_after(cand: Candidate) -> tuple[int, set[str]] | None:
    """The role words of the "as <role>" right after the candidate ("Ada Vane as Lady
    Ashby"), or None when no "as" follows it."""
    doc = cand.root.doc
    end = cand.root.sent.end
    after = cand.end
    if after + 1 < end and doc[after].text == "," and doc[after + 1].lower_ == "as":
        after += 1  # "his wife, Sheila Vane, as Lady Ashby": the apposition's comma
    if after + 1 < end and doc[after + 1].lower_ == "as" and (
        doc[after].pos_ in {"VERB", "AUX"} or doc[after].dep_ in {"ROOT", "advcl", "conj"}
    ):  # (the small model tags "return" in "X and Y return as ..." a noun)
        after += 1  # "Mara Quinn joins as Countess Vell": the verb between name and role
    if after >= end or doc[after].lower_ != "as":
        return None
    role = []
    for token in doc[after + 1 : min(after + 7, end)]:
        if token.is_punct or token.lower_ in {"and", "as", "opposite", "with"}:
            break
        role.append(token)
    return after, {t.lemma_.lower() for t in role} | {fold(t.lower_) for t in role}


def _plays_other_role(q: Question, cand: Candidate) -> bool:
    """"Who joins the sequel as Princess Irulan?" against "... while X and Y return as
    Lady Jessica and Stilgar": "as <role>" binds to the name right before it, so a name
    cast as a role the question does not name is not who plays the question's role."""
    if q.slot != "subj":
        return False
    asked = _question_as_role(q)
    found = _as_role_after(cand) if asked else None
    return found is not None and bool(found[1]) and not found[1] & asked


def _inside_cast_role(q: Question, cand: Candidate) -> bool:
    """"Who plays Feyd?" against "The star shaved his head to play Feyd, the nephew of
    Baron Vlad": the object of "play" is the role, and every name in its noun phrase (an
    apposition describing the role, its "of" phrase) describes that role; the one who
    plays it is the subject of "play", never a name inside what is played."""
    if q.slot != "subj" or not q.verbs & CAST_VERBS:
        return False
    token = cand.root
    for _ in range(8):
        if token.pos_ in {"VERB", "AUX"}:
            return False  # a clause of its own: "Feyd, played by X" names the actor
        if token.dep_ in {"dobj", "attr"} and token.head.lemma_ in CAST_VERBS:
            return True
        if token.dep_ not in {"appos", "prep", "pobj", "compound", "conj", "cc", "poss",
                              "amod", "nmod"} or token.head is token:
            return False
        token = token.head
    return False


def _cast_as(q: Question, cand: Candidate, q_terms: set[str]) -> float:
    """"Who plays Alicent?" against "..., Olivia Cooke as Alicent Hightower and ...": the
    name right before "as" and the role the question names is who plays it (a cast list
    says so without the verb)."""
    asked = _question_as_role(q) if q.slot == "subj" else set()
    if asked:
        # "Who joins <film> as Princess Irulan?": the name right before "(joins) as
        # Princess Irulan" is who takes the role, whatever the verb
        found = _as_role_after(cand)
        if found is not None and found[1] & asked:
            return 0.9
    if q.slot != "subj" or not q.verbs & CAST_VERBS:
        return 0.0
    doc = cand.root.doc
    end = cand.root.sent.end
    after = cand.end
    if after + 1 < end and doc[after].text == "," and doc[after + 1].lower_ == "as":
        after += 1  # "his wife, Sheila Vane, as Lady Ashby": the apposition's comma
    if after >= end or doc[after].lower_ != "as":
        return 0.0
    role = []
    for token in doc[after + 1 : min(after + 7, end)]:
        if token.is_punct or token.lower_ in {"and", "as", "opposite", "with"}:
            break
        role.append(token)
    said = {t.lemma_.lower() for t in role} | {fold(t.lower_) for t in role}
    return 0.9 if said & q_terms else 0.0


def _bracket_cast_slot(q: Question, cand: Candidate) -> float:
    """"Who plays Eleanor Hart?" against "Eleanor Hart (Mira Castellano)": the role's
    bracketed partner plays it, as a cast list's "as" says (confidence.bracket_cast)."""
    return 0.9 if bracket_cast(q, cand) else 0.0


def _surface_slot(q: Question, cand: Candidate, verbs: list[Token]) -> float:
    """Word order when the parse failed: the name right before the verb is its subject,
    the phrase right after it its object."""
    doc = cand.root.doc
    if q.slot == "subj" and cand.start > cand.root.sent.start and (
        doc[cand.start - 1].pos_ == "ADP" or cand.root.dep_ == "pobj"
    ):
        verbs = []  # "the 22-year-old from Toulouse won": a preposition's object is no subject
    for verb in verbs:
        between = doc[cand.end : verb.i] if cand.end <= verb.i else doc[verb.i + 1 : cand.start]
        if len(between) > 2 or any(t.pos_ not in {"ADV", "DET", "PART"} for t in between):
            continue
        if q.slot == "subj" and cand.end <= verb.i:
            return 0.7
        if q.slot == "obj" and cand.start > verb.i:
            return 0.7
    return 0.0


def _effective_dep(token: Token, cand: Candidate | None = None) -> tuple[str, Token]:
    """The dependency of the phrase the token heads, looking through lists and appositions:
    "Khalid" in "met Taylor Swift, DJ Khalid and John Legend" is an object too."""
    seen = 0
    while token.dep_ in {"conj", "appos", "compound", "nummod", "quantmod"} and seen < 4:
        if token.dep_ == "compound" and token.head.pos_ == "PROPN" and (
            cand is None or not cand.start <= token.head.i < cand.end
        ):
            break  # "R&B" in "R&B producer Arne Frager" modifies the name, the slot is his
        token = token.head
        seen += 1
    return token.dep_, token.head


def _describes_question_subject(cand: Candidate, q: Question) -> bool:
    """The candidate lies inside an apposition whose noun the question uses to name
    someone ("Dan, a stay-at-home dad from Yorkshire," for "What did the stay-at-home dad
    make?"): it is part of the description the question already gave, unless the question
    asks after it with the same preposition ("Where is the stay-at-home dad from?")."""
    q_lemmas = {t.lemma_.lower() for t in q.doc if not t.is_stop and not t.is_punct}
    q_lower = {t.lower_ for t in q.doc}
    node = cand.root
    prep = None
    for _ in range(4):
        if node.dep_ == "appos" or node.head == node:
            return False  # the name or noun in apposition itself answers "Who is ...?"
        if node.dep_ == "prep":
            prep = node.lower_
        elif node.dep_ not in {"pobj", "compound", "amod", "conj", "nmod"}:
            return False
        node = node.head
        if node.dep_ == "appos" and node.pos_ == "NOUN":
            return node.lemma_.lower() in q_lemmas and (prep is None or prep not in q_lower)
    return False


# Verbs that put a name to a noun right after it: "a Finn named Aino Virtanen", "a
# teacher called Ben Holt", "a fan dubbed X".
NAMING_VERBS = frozenset({"name", "call", "dub", "nickname"})


def _named_one(token: Token) -> Token:
    """The noun a name is given to ("a Finn named Aino Virtanen": "Finn" for "Virtanen"):
    the name stands in its place in the sentence, so its slot is the noun's."""
    head = token.head
    if token.dep_ in {"oprd", "dobj", "attr"} and token.pos_ == "PROPN" and (
        head.dep_ == "acl" and head.lemma_.lower() in NAMING_VERBS and head.tag_ == "VBN"
    ):
        return head.head
    return token


def _named_slot(q: Question, cand: Candidate, anchors: dict[Token, float], sent: Span) -> float:
    """The slot of the noun a name is given to ("the player, a Finn named Aino Virtanen,
    apologised": the subject), taken besides the name's own ("a website called what?"
    asks the object of "called")."""
    noun = _named_one(cand.root)
    if noun is cand.root:
        return 0.0
    return _slot_fit(q, replace(cand, root=noun), anchors, sent)


def _comma_apposition_slot(q: Question, cand: Candidate, anchors: dict[Token, float],
                           sent: Span) -> float:
    """A name after a common noun and a comma, with only its descriptor between ("joined
    by her boyfriend, Kansas City Chiefs tight end Travis Kelce"), stands in the noun's
    slot: an apposition the small model parses as something else (an adverbial). 0.9 of
    the noun's slot fit."""
    if not cand.types & {"person", "group", "org"} or cand.kind not in {"ent", "title"}:
        return 0.0
    doc = sent.doc
    if cand.end < sent.end and doc[cand.end].pos_ in {"PROPN", "NOUN", "ADJ"}:
        return 0.0  # the name ends the apposition ("Kansas City Chiefs tight end X": X)
    i = cand.start - 1
    while i > sent.start and cand.start - i <= 6 and doc[i].pos_ in {"PROPN", "NOUN", "ADJ"}:
        i -= 1
    if i <= sent.start or doc[i].text != "," or doc[i - 1].pos_ != "NOUN":
        return 0.0
    noun = doc[i - 1]
    if noun.head.i == cand.root.i or cand.root.head.i == noun.i:
        return 0.0  # the parser already joined them: the slot fit reads it
    return 0.9 * _slot_fit(q, replace(cand, root=noun), anchors, sent)


def _relative_subject_slot(q: Question, cand: Candidate, anchors: dict[Token, float]) -> float:
    """"... was for Lena Vogt, who played the violin": the name a relative "who" hangs
    from is the subject of the relative clause's verb (the parser makes "who" the
    subject, and the name a preposition's object of another verb)."""
    if q.slot != "subj":
        return 0.0
    q_words = {t.lower_ for t in q.doc}
    best = 0.0
    for clause in cand.root.children:
        if clause.dep_ == "relcl" and clause in anchors and any(
            c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in clause.children
        ) and not any(
            # "X, who voices Bandit, and Y, the voice of Chilli": a name the clause says
            # and the question does not makes it another fact
            c.dep_ in {"dobj", "attr"} and c.pos_ == "PROPN" and c.lower_ not in q_words
            for c in clause.children
        ):
            best = max(best, anchors[clause])
    return best


def _named_by_participle(cand: Candidate) -> bool:
    """"a Finn named Aino Virtanen": the noun is what the name is; the name answers."""
    return any(
        c.dep_ == "acl" and c.lemma_.lower() in NAMING_VERBS and c.tag_ == "VBN" and any(
            g.dep_ in {"oprd", "dobj", "attr"} and g.pos_ == "PROPN" for g in c.children)
        for c in cand.root.children
    )


WIN_VERBS = frozenset({"win", "receive", "earn", "claim", "collect", "take", "scoop", "bag"})


def _controller(verb: Token) -> Token | None:
    """The verb whose subject a subjectless gerund or infinitive shares: "sealed" for
    "scoring" in "X sealed the win by scoring twice", "celebrated" for "beating" in "After
    beating Lyon, X celebrated"."""
    node = verb
    for _ in range(3):
        if node.dep_ not in {"pcomp", "advcl", "xcomp"} or node.tag_ not in {"VBG", "VB"} or any(
            c.dep_ in SUBJ for c in node.children
        ):
            break
        node = node.head
        if node.dep_ == "prep":
            node = node.head
    return node if node != verb and node.pos_ in {"VERB", "AUX"} else None


def _governed_by(head: Token, verb: Token) -> float:
    """How directly the verb governs an argument whose head is `head`: 1.0 when it is
    the verb, or the verb through a preposition, an xcomp or a noun the preposition hangs
    from ("begins on October 15 in Seoul"); less through a conjoined verb ("and will
    then travel across ..." is another clause). 0.0 when the verb does not govern it."""
    strength = 1.0
    node = head
    for _ in range(5):
        if node == verb:
            return strength
        if node.dep_ == "conj":
            strength *= 0.6
        elif node.dep_ == "pobj" and node.head.dep_ == "prep":
            strength *= 0.9
        elif node.dep_ not in {"prep", "agent", "xcomp", "dative", "pcomp", "advcl"}:
            return 0.0
        node = node.head
    return 0.0


def _prep_on_object_slot(q: Question, cand: Candidate, anchors: dict[Token, float]) -> float:
    """"Which team will X ride for?" against "will ride a Ducati for Gresini Racing": the
    small model hangs the verb's preposition on the object before it (the attachment is
    ambiguous in English); the question's preposition, stranded after its verb, says it is
    the verb's, so the object of that preposition on the verb's object fills the slot,
    a little less surely than one on the verb itself."""
    if q.slot != "prep" or not q.prep:
        return 0.0
    dep, head = _effective_dep(cand.root, cand)
    if dep != "pobj" or head.lower_ != q.prep or head.dep_ != "prep":
        return 0.0
    noun = head.head
    if noun.dep_ != "dobj" or noun.head not in anchors:
        return 0.0
    return 0.8 * anchors[noun.head]


def _maker_possessor_slot(q: Question, cand: Candidate) -> float:
    """"Who wrote X?" against "Suzanne Collins's X": the work's possessor is its maker
    (confidence.py `maker_possessor`)."""
    return 0.7 if maker_possessor(q, cand) else 0.0


def _wh_nation_before(q: Question, cand: Candidate) -> bool:
    """"Which Belgian came second?" against "clear of Belgian privateer Jan Peeters": the
    wh-phrase's nationality written just before the name (up to three words) describes
    that name, not the other names of the sentence."""
    focus = q.focus_token
    if q.wh != "which" or focus is None or not cand.types & {"person", "group"}:
        return False
    wanted = {t.lower_ for t in focus.subtree if t.ent_type_ == "NORP" and t.i <= focus.i}
    if not wanted:
        return False
    doc = cand.root.doc
    before = doc[max(cand.root.sent.start, cand.start - 3):cand.start]
    return any(t.lower_ in wanted for t in before)


def _asked_roles(q: Question) -> list[str]:
    """"Who was X's co-driver?", "Who is the drummer of Y?": the role nouns the copula
    equates the answer with, as written with their compounds ("co-driver", "team
    principal"), lower case."""
    if q.wh != "who" or not q.copula:
        return []
    root = next((t for t in q.doc if t.dep_ == "ROOT" and t.lemma_.lower() == "be"), None)
    if root is None:
        return []
    out = []
    for role in root.children:
        if role.dep_ not in {"attr", "nsubj"} or role.pos_ != "NOUN" or (
            role.text[:1].isupper() or not role.is_alpha or len(role) < 3
            or any(c.dep_ == "poss" for c in role.children if c.i > role.i)
        ):
            continue
        words = [t for t in role.subtree if t.i <= role.i and (
            t.i == role.i or t.dep_ in {"compound", "punct"} or t.head.dep_ == "compound"
            or (t.head.i == role.i and t.text == "-"))]
        start = min((t.i for t in words if t.dep_ not in {"punct"}), default=role.i)
        phrase = q.doc[start:role.i + 1]
        if all(t.is_alpha or t.text == "-" for t in phrase):
            out.append(phrase.text.lower())
    return out


def _role_titled_slot(q: Question, cand: Candidate) -> float:
    """"Who was X's co-driver?" against "X and his long-time co-driver Sam Vale": a name
    written right after the asked role noun ("drummer Ivo Brandt", "the coach, Ada Frost")
    is the one holding it (other names of the sentence hold other roles)."""
    if not cand.types & {"person", "group"}:
        return 0.0
    roles = _asked_roles(q)
    if not roles:
        return 0.0
    doc = cand.root.doc
    before = doc[max(cand.root.sent.start, cand.start - 4):cand.start].text.lower()
    before = before.rstrip(" ,")
    return 1.0 if any(before.endswith(role) and (
        len(before) == len(role) or not before[-len(role) - 1].isalnum()) for role in roles
    ) else 0.0


VALUE_MARKS = frozenset({"money", "quantity", "percent"})


def _asks_value_of_focus(q: Question) -> bool:
    """"What was the total prize fund of X?", "What is the budget?": the wh-word is the
    copula's other side and the focus noun its subject or attribute (not "What fund
    ...?", where the wh-word picks one fund among others)."""
    focus = q.focus_token
    return q.wh == "what" and focus is not None and focus.pos_ == "NOUN" and (
        focus.dep_ in {"nsubj", "attr"} and focus.head.lemma_ == "be"
    ) and not any(c.lower_ in {"what", "which"} for c in focus.children)


def _value_of_focus_slot(q: Question, cand: Candidate) -> float:
    """"What was the prize fund?" against "of the £100,000 prize fund": an amount written
    as the modifier of the asked noun is its value (the other amounts of the sentence
    measure other things)."""
    root = cand.root
    if not cand.types & VALUE_MARKS or root.dep_ not in {"nummod", "compound", "nmod"}:
        return 0.0
    head = root.head
    return 1.0 if head.pos_ == "NOUN" and head.lemma_.lower() == q.focus and (
        head.i > root.i and _asks_value_of_focus(q)) else 0.0


def _played_part(q: Question) -> set[str]:
    """"Who plays acoustic guitar in the band?": the part asked for, the object of "play"
    with its modifiers ({"acoustic", "guitar"}); empty for other questions."""
    if q.wh != "who":
        return set()
    for t in q.doc:
        if t.lemma_.lower() == "play" and t.pos_ in {"VERB", "AUX"}:
            for obj in t.children:
                if obj.dep_ == "dobj" and obj.pos_ == "NOUN":
                    return {fold(c.lower_) for c in obj.children
                            if c.dep_ in {"amod", "compound"}} | {fold(obj.lower_)}
    return set()


PART_ENDS = frozenset({",", ";", ".", "and", "while", "with", ")", ":"})


def _own_part_slot(q: Question, cand: Candidate) -> float:
    """A line-up "A on the electric guitar, B on acoustic guitar and C on drums": each
    name's part is the "on ..." phrase right after it (the parse often hangs these
    phrases on the wrong name), so "Who plays acoustic guitar?" is B, whose own phrase
    holds every word of the part asked."""
    part = _played_part(q)
    doc = cand.root.doc
    if not part or cand.end >= len(doc) or doc[cand.end].lower_ != "on":
        return 0.0
    words = set()
    for t in doc[cand.end + 1:min(len(doc), cand.end + 7)]:
        if t.lower_ in PART_ENDS:
            break
        words.add(fold(t.lower_))
    return 1.0 if part <= words else 0.0


def _value_after_focus_slot(q: Question, cand: Candidate) -> float:
    """"What was the prize pool?" against "took home $40,000 from a prize pool of
    $250,000": an amount after "of" on the asked noun is its value; the other sum
    measures another thing (what one winner took)."""
    root = cand.root
    if not cand.types & VALUE_MARKS or root.dep_ != "pobj" or root.head.lower_ != "of":
        return 0.0
    head = root.head.head
    return 1.0 if head.pos_ == "NOUN" and head.lemma_.lower() == q.focus and (
        _asks_value_of_focus(q)) else 0.0


# Clause links that set two subjects side by side, each with its own value ("A takes X,
# while B gets Y", "whereas B gets Y").
TWIN_MARKS = frozenset({"while", "whereas", "whilst"})


def _clause_head(token: Token) -> Token:
    """The verb heading the clause a token sits in (the sentence's root at most)."""
    node = token
    while node.head != node and not (
        node.pos_ in {"VERB", "AUX"} and node.dep_ in {"advcl", "conj", "ccomp", "relcl"}
    ):
        node = node.head
    return node


TWIN_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"})


def _word_forms(t: Token) -> set[str]:
    """A word as written and as its lemma, folded ("Fireworks" tagged a name has itself
    for lemma; the question's "fireworks" has "firework")."""
    return {fold(t.lower_), fold(t.lemma_.lower()), fold(t.lower_.removesuffix("s"))}


def _clause_words(verb: Token, core: bool = False) -> set[str]:
    """The content words of a clause, its own, not of clauses under it; with `core`, only
    its subject's and objects' words (what the clause is about, not its verb)."""
    out: set[str] = set()
    for t in verb.subtree:
        if _clause_head(t).i != verb.i or t.is_stop or t.pos_ not in TWIN_POS:
            continue
        if core:
            arg = t
            while arg.head.i != verb.i and arg.head != arg:
                arg = arg.head
            if arg == verb or arg.dep_ not in {"nsubj", "nsubjpass", "dobj", "attr"}:
                continue
        out |= _word_forms(t)
    return out


def _twin_of(verb: Token) -> bool:
    """A clause set against its head's by "while" or "whereas". Not a conjoined verb:
    "A kicked four penalties, and the Boks went in ahead" tells one story, and its
    subjects are often the same side under two names."""
    return verb.head.pos_ in {"VERB", "AUX"} and verb.head != verb and (
        verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TWIN_MARKS
                                     for c in verb.children))


def _said_in_twin_clause(q: Question, cand: Candidate) -> bool:
    """"The champions take home X, while the runners-up receive Y", "A plays B, while C is
    D": two clauses side by side, each with its own subject, give each subject its own
    value. A candidate in one of them, when the question's content words (its nouns,
    names and verbs outside the wh-phrase) are said in the other and none in its own,
    belongs to the other subject: "Who plays B?" is A, not C."""
    verb = _clause_head(cand.root)
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if _twin_of(verb):
        twin = verb.head
    else:
        twin = next((c for c in verb.children if c.pos_ in {"VERB", "AUX"} and _twin_of(c)),
                    None)
    if twin is None or twin.pos_ not in {"VERB", "AUX"}:
        return False
    if not all(any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children) for v in (verb, twin)):
        return False  # one subject for both verbs: the same doer, nothing set apart
    wh = set()
    if q.focus_token is not None:
        wh = {t.i for t in q.focus_token.subtree}
    asked: set[str] = set()
    for t in q.doc:
        if t.i not in wh and not t.is_stop and t.pos_ in TWIN_POS and (
            t.lemma_.lower() not in {"do", "be"}
        ):
            asked |= _word_forms(t)
    # the other clause must say the question's subject or object, not only its verb
    # ("A took second, and B finished third" for "Who finished second?": A's own words
    # "second" tell, the shared verb alone does not)
    return not asked & _clause_words(verb) and bool(asked & _clause_words(twin, core=True))


def _inside_said_content(q: Question, cand: Candidate, anchors: dict[Token, float]) -> bool:
    """For "Who VERBed ...?", a candidate inside the clause the question's verb reports
    (its ccomp: what was written, said or announced) is part of the content, never the one
    who wrote or said it."""
    if q.slot != "subj":
        return False
    node = cand.root
    for _ in range(8):
        if node.head == node:
            return False
        if node.dep_ == "ccomp" and node.head in anchors and (
            node.head.lemma_.lower() in q.verbs
        ):
            return True
        if node.pos_ in {"VERB", "AUX"}:
            return False  # a clause of its own inside ("a farce, commissioned by X")
        node = node.head
    return False


def _poss_fit(q: Question, cand: Candidate) -> float:
    """"Whose daughter": the possessor of a daughter, "X's daughter", "daughter of X",
    or "his daughter" resolved to its person."""
    root = cand.root
    noun = q.poss_noun or ""
    owned = None
    if root.dep_ == "poss":
        owned = root.head.lemma_.lower()
    elif root.dep_ == "pobj" and root.head.lower_ == "of":
        owned = root.head.head.lemma_.lower()
    if owned is None:
        return 0.0
    if owned == noun:
        return 1.0
    return 0.5 if owned in expand(noun) else 0.0  # "son" for "daughter": related, not it


def _appositive_of_question(cand: Candidate, q: Question) -> float:
    """"What was the pre-release single ...?" against "the pre-release single “Pink
    Venom”": the noun phrase the candidate names (its apposition, or the noun right
    before it) says the question's words; the share of its words the question has."""
    root = cand.root
    q_words = set(span_terms(q.doc))
    partners = []
    if root.dep_ == "appos":
        partners.append(root.head)
    partners += [c for c in root.children if c.dep_ == "appos"]
    doc = root.doc
    i = cand.start - 1
    while i >= root.sent.start and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i >= root.sent.start and doc[i].pos_ == "NOUN":
        partners.append(doc[i])
    if root.dep_ in {"attr", "acomp"} and root.head.lemma_ == "be":
        # "whose given name is Roseanne Park": the subject it is equated with
        partners += [c for c in root.head.children if c.dep_ in SUBJ]
    best = 0.0
    for partner in partners:
        words = [t for t in partner.subtree if not cand.start <= t.i < cand.end]
        terms = set(span_terms(words))
        if terms & q_words:
            best = max(best, len(terms & q_words) / len(terms))
    return best


def _proximity(cand: Candidate, maps: list[tuple[int, dict[int, int]]]) -> float:
    """Mean of 1/(1 + tree distance) from the candidate to each matched question word
    (distance maps computed once per sentence from each matched word)."""
    outside = [dist for i, dist in maps if not cand.start <= i < cand.end]
    if not outside:
        return 0.0
    return sum(1.0 / (1.0 + dist.get(cand.root.i, 10)) for dist in outside) / len(outside)


def _distances(start: int, adjacency: dict[int, list[int]]) -> dict[int, int]:
    dist = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for other in adjacency.get(node, ()):
            if other not in dist:
                dist[other] = dist[node] + 1
                queue.append(other)
    return dist

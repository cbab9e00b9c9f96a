"""Reading a question: what kind of answer it wants and which slot of a sentence fills it.

- The wh-word and its focus noun give the expected answer type: "Who" a person or group,
  "Which song/tune" a song, "When"/"What year" a date, "Where" a place, "How many" a
  number, "Whose daughter" the possessor of a daughter.
- The wh-phrase's dependency role gives the slot: subject ("Who met BTS?"), object ("Who
  did BTS meet?"), a prepositional complement ("At which show ...?"), an adverbial
  ("When", "Where", "Why", "How") or a possessor ("Whose daughter ...?").
- The main verb (not do/be/have used as auxiliaries) is the verb the answer must hang
  off in the sentence; its synonyms count too.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from lemminflect import getAllLemmas, getLemma
from spacy.tokens import Doc, Token

from questions.glossary import Glossary
from questions.lookup import wordnet
from questions.lookup.confidence import nation_said
from questions.lookup.resolve import GROUP_DESCRIPTORS, NATION_KEY, ROLE_NOUNS, entity_name
from questions.lookup.terms import (
    QUESTION_WORDS,
    SYNONYM_WEIGHT,
    Query,
    expand,
    name_terms,
    token_terms,
)
from questions.mentions import NATIONALITY_NOUNS, NATIONALITY_SUFFIX

# Focus nouns -> the answer type they ask for (general English).
FOCUS_TYPES: dict[str, str] = {}
for _type, _nouns in {
    "person": "person people man woman singer artist rapper actor actress player member "
    "musician star celebrity director producer coach manager captain host character boy girl "
    "writer author composer designer leader founder wife husband daughter son child mother "
    "father brother sister friend partner idol king queen president minister dancer rival "
    "striker goalkeeper midfielder defender forward winger presenter judge scientist "
    "architect engineer politician guitarist drummer vocalist bassist villain hero "
    "rider cyclist runner athlete swimmer boxer fighter pitcher hitter batter catcher "
    "shortstop fielder quarterback referee umpire champion winner finalist nominee "
    "contestant heir heiress lawyer doctor teammate opponent headliner performer comedian "
    "chef journalist reporter critic owner chairman chairwoman ceo spouse pianist "
    "keyboardist songwriter choreographer screenwriter novelist poet painter photographer "
    "heroine antagonist protagonist narrator mentor teacher professor student entertainer "
    "stylist trainer jockey wrestler golfer skater skier surfer sprinter gymnast climber "
    "racer driver bowler batsman keeper receiver linebacker teenager teen youngster veteran "
    "rookie grandmaster prince princess royal medallist medalist olympian skipper showrunner "
    "creator influencer streamer pilot astronaut parent sibling grandmother grandfather uncle "
    "aunt cousin nephew niece girlfriend boyfriend fiancé fiancee",
    "group": "group band team club side duo trio quartet quintet sextet septet octet squad "
    "label agency company organization organisation network studio brand school university "
    "college firm publisher channel "
    # organisations that make, show or back things: "Which broadcaster ordered ...?",
    # "Which Japanese manufacturer had won ...?" ask for a company, not any thing
    "broadcaster manufacturer carmaker automaker distributor retailer sponsor outfit "
    "constructor charity federation league association committee",
    "song": "song tune track single hit ballad anthem",
    "album": "album record ep mixtape",
    "work": "film movie show series book novel game title documentary play drama episode "
    "video magazine newspaper",
    "date": "year date day month decade century era",
    "time": "time hour",
    "place": "city country place venue stadium arena town state region location continent "
    "hall area island nation capital street neighborhood neighbourhood province county site "
    "ground theatre theater circuit racecourse",
    "event": "event ceremony festival tour concert tournament competition match race contest "
    "war battle",
    "award": "award prize trophy medal honour honor",
    "language": "language",
    "nationality": "nationality ethnicity religion",
    "number": "number amount percentage percent "
    # a lap is named by its number: "On which lap was the crash?" wants "lap 41", no driver
    "lap",
    "score": "score scoreline",
    "money": "price cost salary fee revenue "
    # a purse or jackpot is a sum, not a winner (a "budget" stays a thing: an opening
    # weekend's sum is no budget, and the kind alone would answer it)
    "purse jackpot",
    "instrument": "instrument",
    "genre": "genre style",
}.items():
    for _noun in _nouns.split():
        FOCUS_TYPES[_noun] = _type

HOW_ADJECTIVES = {
    "many": "number", "much": "quantity", "long": "duration", "old": "number",
    "far": "quantity", "big": "quantity", "large": "quantity", "tall": "quantity",
    "often": "frequency", "high": "quantity", "late": "time", "early": "time",
}
AUX_LEMMAS = {"do", "be", "have", "will", "would", "can", "could", "may", "might", "shall",
              "should", "must"}
# "Which award show" asks for the show, "which song title" for the song: the head decides,
# but these modifiers say the type better than a vague head.
WH_DETS = {"which", "what", "whose"}


@dataclass
class Question:
    text: str
    doc: Doc
    wh: str  # who whom whose what which when where why how how_many ... or "none"
    expected: str  # person agent group song album work date time place number ... thing
    slot: str  # subj obj prep adv poss attr any
    prep: str | None = None  # "at" in "At which event ...?"
    focus: str | None = None  # the focus noun's lemma ("song" in "Which song ...?")
    focus_token: Token | None = None
    verb: str | None = None  # main verb lemma
    verbs: frozenset[str] = frozenset()  # the verb and its synonyms
    poss_noun: str | None = None  # "daughter" in "Whose daughter ...?"
    terms: list[str] = field(default_factory=list)  # BM25 query terms (expanded)
    base_terms: list[str] = field(default_factory=list)  # the question's own terms
    names: list[str] = field(default_factory=list)  # names in the question
    copula: bool = False  # "Who is X?" / "What is X?"
    meant: dict[str, str] = field(default_factory=dict)  # "dutchman" -> the name it stands for
    focus_names: list[str] = field(default_factory=list)  # names the focus noun stood for
    other_verbs: frozenset[str] = frozenset()  # the question's other verbs ("attach" in
    # "Which power lets Link attach ...?") and their synonyms


BLANK_FORM = re.compile(r'^\s*(?:which|what)\s+([^"“”]{1,40}?)\s+fills the blank:\s*["“](.+?)["”]'
                        r'\s*\??\s*$', re.IGNORECASE | re.DOTALL)
BLANK = re.compile(r"(?:\b(?:the|a|an)\s+)?_{3,}", re.IGNORECASE)


def unblank(text: str) -> str:
    """'Which minute fills the blank: "X handled a cross in the _____"?' asked as the
    question it stands for, the blank's words turned into the wh-phrase: "X handled a
    cross in which minute?" ("Which name" -> "who")."""
    match = BLANK_FORM.match(text)
    if match is None or len(BLANK.findall(match.group(2))) != 1:
        return text
    noun = match.group(1).strip()
    wh = "who" if noun.lower() in {"name", "person"} else f"which {noun}"
    statement = BLANK.sub(wh, match.group(2)).strip().rstrip(".?!")
    return statement + "?"


def descriptor_name(token: Token, descriptors: dict, wh_phrase: bool = False) -> str | None:
    """The name a descriptor in the question stands for ("the Dutchman", "the septet",
    "the Egyptian forward"), when the articles use it for one name more than all others.
    Only a definite phrase is a descriptor: "her fifth album", "an album", "two albums"
    are not "the album" (in the wh-phrase, "Which agency" is read as a hint)."""
    if token.pos_ not in {"NOUN", "PROPN", "ADJ"} and token.ent_type_ != "NORP":
        return None
    if token.pos_ == "PROPN" and token.dep_ == "compound" and token.head.pos_ == "PROPN":
        return None  # "Team" of "Team Orion", "Club" of "Club Atlas": a word of a longer
        # name the question says, not a descriptor of another name
    if not _definite(token, wh_phrase):
        return None
    plural = token.tag_ in {"NNS", "NNPS"}  # "actors" is not "the actor"; "the boys" is
    for word in (token.lower_,) if plural else (token.lower_, token.lemma_.lower()):
        names = descriptors.get(word)
        if names:
            (best, count), = names.most_common(1)
            if count * 2 > sum(names.values()):
                return best
    return _nation_name(token, descriptors)


def _nation_name(token: Token, descriptors: dict) -> str | None:
    """ "the Swede", "the Norwegian teenager" for the one person the articles give as
    from that country ("Anders Holm of Sweden", "X, from Bergen in Norway"), when no
    article calls anyone by the nationality word itself."""
    if token.ent_type_ != "NORP" and not (
        token.text[:1].isupper() and (token.lower_ in NATIONALITY_NOUNS
                                      or NATIONALITY_SUFFIX.search(token.lower_))
    ):
        return None
    if any(c.lower_ in {"which", "what", "whose"} for t in (token, token.head)
           for c in t.children):
        return None  # "Which Australian ...?" asks for the Australian: the answer itself
    names = Counter()
    for key, counts in descriptors.items():
        if key.startswith(NATION_KEY) and nation_said(token.lower_, {key[len(NATION_KEY):]}):
            names.update(counts)
    if not names:
        return None
    (best, count), = names.most_common(1)
    return best if count * 2 > sum(names.values()) else None


DEFINITE = {"the", "this", "that", "these", "those"}


def _definite(token: Token, wh_phrase: bool) -> bool:
    head = token
    if token.dep_ in {"amod", "compound"} and token.head.pos_ in {"NOUN", "PROPN"}:
        head = token.head  # "Egyptian" in "the Egyptian forward"
    children = list(head.children)
    if _group_role(head):
        return True
    if any(c.dep_ in {"poss", "nummod"} or c.ent_type_ == "ORDINAL" for c in children):
        return False
    dets = [c.lower_ for c in children if c.dep_ == "det"]
    if head.pos_ == "PROPN" or (token.ent_type_ == "NORP" and not dets):
        return True  # "Dutchman" capitalised and bare in a headline-like question
    allowed = DEFINITE | ({"which", "what"} if wh_phrase else set())
    return bool(dets) and dets[0] in allowed


def _group_role(head: Token) -> bool:
    """ "the band's drummer", "Oasis's guitarist": a role in a group (a group word or a
    name owning it) names the one member the articles call so, as "the drummer" does."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ROLE_NOUNS:
        return False
    owners = [c for c in head.children if c.dep_ == "poss"]
    if len(owners) != 1 or any(c.dep_ == "nummod" or c.ent_type_ == "ORDINAL"
                               for c in head.children):
        return False
    owner = owners[0]
    if owner.pos_ == "PROPN":
        return True
    return owner.lemma_.lower() in GROUP_DESCRIPTORS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in owner.children)


def acronym_name(token: Token, acronyms: dict, known) -> str | None:
    """The name an acronym in the question stands for ("AoT", "BG3", "TGA"), when the
    word is written like one (two capitals at least, or capitals and a digit), the
    articles never use it as a word, and the initials of one of their names give it."""
    text = token.text.rstrip(".")
    capitals = sum(c.isupper() for c in text)
    if not text.isalnum() or capitals < 1 or capitals + sum(c.isdigit() for c in text) < 2:
        return None
    word = text.lower()
    if word.endswith("s") and word[:-1].upper() == text[:-1].upper() and len(word) > 2:
        word = word[:-1]  # "BBMAs"
    if known(token.lower_) or known(word):
        return None
    names = acronyms.get(word)
    if not names:
        return None
    (best, count), = names.most_common(1)
    return best if count * 2 > sum(names.values()) else None


def read_question(doc: Doc, glossary: Glossary | None = None,
                  descriptors: dict | None = None, acronyms: dict | None = None,
                  known=None) -> Question:
    wh_token = _wh_token(doc)
    wh = wh_token.lower_ if wh_token is not None else "none"
    root = _main_verb(doc)
    verb = _root_lemma(root) if root is not None else None
    question = Question(text=doc.text, doc=doc, wh=wh, expected="thing", slot="any")
    question.verb = verb if verb and verb not in {"do", "have"} else None
    question.copula = verb == "be"
    question.verbs = _verb_options(verb) if question.verb and verb != "be" else frozenset()
    if wh_token is not None:
        _read_wh(question, wh_token, root)
        _read_age_asked(question)
        _read_surface(question, wh_token)
    _read_terms(question, glossary, descriptors or {}, acronyms or {}, known)
    others: set[str] = set()
    for token in doc:
        if token.pos_ == "VERB" and _could_be_verb(token) and token.lemma_.lower() not in (
            AUX_LEMMAS | {question.verb}
        ):
            others |= _verb_options(token.lemma_.lower())
    question.other_verbs = frozenset(others - question.verbs)
    return question


def _root_lemma(root: Token) -> str:
    """The main verb's lemma. The small model leaves a past form it does not know whole
    ("Who refereed ...?" tagged a present-tense verb, lemma "refereed"): a word ending in
    "-ed" that is its own lemma is read through the verb's inflection table instead."""
    lemma = root.lemma_.lower()
    if lemma == root.lower_ and lemma.endswith("ed") and root.tag_ in {"VBP", "VBZ", "VB"}:
        lemmas = getLemma(root.lower_, "VERB")
        if lemmas and lemmas[0] != lemma:
            return lemmas[0]
    return lemma


def _verb_options(verb: str) -> frozenset[str]:
    """The verb, its thesaurus group and WordNet's synonyms of its usual sense."""
    return expand(verb) | wordnet.question_synonyms(verb, "v")


DO_FORMS = {"do", "does", "did"}
LIGHT_VERBS = {"take": {"place"}}
BE_FORMS = {"is", "are", "was", "were", "am", "'s", "be"}
HAVE_FORMS = {"has", "have", "had"}
MODALS = {"will", "would", "can", "could", "should", "might", "may", "must", "shall"}


def _could_be_verb(token: Token) -> bool:
    if token.ent_type_ or (token.text[:1].isupper() and token.i > 0):
        return False  # "Born" in "the Born Pink World Tour" is a title's word
    if token.pos_ in {"VERB"}:
        return True
    if token.pos_ in {"DET", "PRON", "ADP", "PUNCT", "PROPN", "NUM", "CCONJ", "ADV"}:
        return False
    return bool(getAllLemmas(token.lower_, "VERB"))


def _verb_lemma(token: Token) -> str:
    if token.pos_ == "VERB":
        return _root_lemma(token)
    lemmas = getLemma(token.lower_, "VERB")
    return lemmas[0] if lemmas else token.lemma_.lower()


def _read_surface(q: Question, wh: Token) -> None:
    """Word order, which the small model gets right more often than the parse of a
    question: "WH did X VERB" asks for an object, "WH VERBed X" for a subject, a
    preposition before the wh-phrase or stranded at the end for its complement."""
    doc = q.doc
    i = wh.i + 1
    if wh.lower_ in {"which", "what", "whose", "how"}:
        while i < len(doc) and doc[i].pos_ in {"NOUN", "ADJ", "PROPN", "ADV", "NUM"} and (
            doc[i].lower_ not in DO_FORMS | BE_FORMS | HAVE_FORMS | MODALS
        ):
            i += 1
    if i >= len(doc):
        return
    nxt = doc[i]
    words = [t for t in doc if not t.is_punct]
    stranded = words[-1] if words and words[-1].pos_ == "ADP" and words[-1].i > i and (
        not _hyphenated(words[-1])) else None
    prep_before = doc[wh.i - 1] if wh.i > 0 and doc[wh.i - 1].pos_ == "ADP" else None
    verb: Token | None = None
    slot = None
    if nxt.lower_ in DO_FORMS | MODALS | HAVE_FORMS:
        # "did the winning Ferrari complete", "did the beaten finalist take home": a
        # participle between a determiner and its noun describes the subject
        verbs = [t for t in doc[i + 2 :] if _could_be_verb(t) and not _describes_noun(t)
                 and not (t.i > 0 and _describes_noun(doc[t.i - 1])) and not _in_compound(t)]
        # after do/will/can the verb is in its base form: a word the tagger calls a noun
        # is the subject's when a base-form verb follows ("did the final show take
        # place", "do the new structures contain", "will the 1.21 update be released")
        based = [t for t in verbs if t.tag_ in {"VB", "VBP"}]
        first = verbs[0] if verbs else None
        in_phrase = first is not None and first.i > 0 and doc[first.i - 1].pos_ in {
            "DET", "ADJ", "NOUN", "NUM"}  # "the final show", not "Wolverine cost"
        verb = based[0] if based and first is not None and not first.tag_.startswith(
            "VB") and (in_phrase or first.pos_ not in {"NOUN", "VERB"}) else first
        verb = _noun_run_verb(verb)
        verb = _catenative(verbs, verb)
        verb = _past_auxiliary(verb)
        slot = "obj"
    elif nxt.lower_ in BE_FORMS:
        # the participle of the main clause, not of a clause after "when"/"after" ("Who
        # was in goal for X when Y won the derby?")
        end = next((t.i for t in doc[i + 1 :] if t.lower_ in CLAUSE_STARTS), len(doc))
        participle = next((t for t in doc[i + 1 : end] if _participle(t, doc[i + 1 : t.i])
                           and _could_be_verb(t) and not _modifies_noun(t)), None)
        if participle is not None:
            verb = participle
            slot = "obj"  # "Which song was performed ...", "What is BTS making ..."
            if stranded is not None and stranded.lower_ == "by":
                slot, stranded = "subj", None
        elif (q.slot in {"any", "obj", "subj"} or (
            q.slot == "adv" and wh.lower_ in {"what", "which"}  # a misparsed "What was the X"
        )) and q.expected not in {"date", "place"}:
            q.slot = "attr"
            q.copula = True
            return
    elif _could_be_verb(nxt) or nxt.tag_ in {"VBD", "VBZ", "VBP"}:
        verb = nxt
        slot = "subj"
    if verb is not None and slot == "obj" and stranded is None and verb.i + 1 < len(doc):
        after = doc[verb.i + 1]
        following = doc[verb.i + 2] if verb.i + 2 < len(doc) else None
        if after.pos_ in {"ADP", "PART"} and (
            following is None or following.is_punct or following.pos_ in {"ADP", "SCONJ"}
        ):
            stranded = after  # "Who did BTS bump into after ...?"
    if verb is not None and verb.lemma_.lower() in LIGHT_VERBS and verb.i + 1 < len(doc) and (
        doc[verb.i + 1].lower_ in LIGHT_VERBS[verb.lemma_.lower()]
    ):
        q.verb, q.verbs, verb = None, frozenset(), None  # "take place" says no action
    if verb is not None:
        verb = _after_take(verb)
    if verb is not None:
        q.verb = _verb_lemma(verb)
        q.verbs = _verb_options(q.verb)
        q.copula = False
    if q.slot in {"adv", "poss"} or slot is None:
        return
    if prep_before is not None:
        q.slot, q.prep = "prep", prep_before.lower_
    elif stranded is not None:
        q.slot, q.prep = "prep", stranded.lower_
    else:
        q.slot = slot


def _past_auxiliary(verb: Token | None) -> Token | None:
    """"will X be released", "has X been sold": the participle after be/have."""
    if verb is None or verb.lemma_.lower() not in {"be", "have", "get"}:
        return verb
    for t in verb.doc[verb.i + 1 : verb.i + 4]:
        if t.tag_ in {"VBN", "VBG"} and _could_be_verb(t):
            return t
        if t.pos_ not in {"ADV", "AUX", "PART"}:
            break
    return verb


RELATIVE = {"that", "who", "which", "whom", "whose"}
CLAUSE_STARTS = {"when", "while", "after", "before", "because", "since", "until", "once",
                 "whenever", "although", "though", "if"}


def _participle(token: Token, between) -> bool:
    """A participle after "was/is" ("Which song was performed"); a past-tagged verb too
    when no relative pronoun comes between ("What was her skin lightened in?"), since
    the tagger often calls a passive participle a past tense."""
    if token.tag_ in {"VBN", "VBG"}:
        return True
    return token.tag_ == "VBD" and not any(t.lower_ in RELATIVE for t in between)


def _hyphenated(token: Token) -> bool:
    """"in" of "Hae-in" is a part of a name, not a stranded preposition."""
    prev = token.doc[token.i - 1] if token.i > 0 else None
    return prev is not None and prev.text in {"-", "‐", "–"} and not prev.whitespace_


def _noun_run_verb(verb: Token | None) -> Token | None:
    """ "did the pop group perform", with every word tagged a noun: the subject is the
    run of nouns and the verb its last word that can be one, not the first ("pop")."""
    if verb is None or verb.tag_.startswith("VB") or verb.pos_ != "NOUN":
        return verb
    doc = verb.doc
    last = verb
    j = verb.i + 1
    while j < len(doc) and doc[j].pos_ == "NOUN" and not doc[j].ent_type_:
        if _could_be_verb(doc[j]) and not _in_compound(doc[j]):
            last = doc[j]
        j += 1
    return last


def _in_compound(token: Token) -> bool:
    """A word joined by a hyphen to the next or the last one ("record" and "breaker" of
    "the record-breaker", "line-up") is a part of a compound noun, not the verb."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    joined_next = nxt is not None and nxt.text in {"-", "‐"} and not token.whitespace_ and (
        not nxt.whitespace_)
    return joined_next or _hyphenated(token)


def _after_take(verb: Token) -> Token:
    """"How long did Kiptum take to win ...?": the action is the verb after "take to"."""
    if verb.lemma_.lower() != "take":
        return verb
    doc = verb.doc
    for j in range(verb.i + 1, min(verb.i + 6, len(doc) - 1)):
        if doc[j].lower_ == "to" and doc[j + 1].tag_ == "VB":
            return doc[j + 1]
    return verb


def _describes_noun(token: Token) -> bool:
    """A participle between a determiner and its noun ("the winning Ferrari", "the
    beaten finalist", "a reigning champion"): it describes the subject, it is not the
    verb after "did"."""
    doc = token.doc
    if token.tag_ not in {"VBG", "VBN"} or token.i == 0 or token.i + 1 >= len(doc):
        return False
    return doc[token.i - 1].pos_ == "DET" and doc[token.i + 1].pos_ in {"NOUN", "PROPN"}


def _catenative(verbs: list[Token], verb: Token | None) -> Token | None:
    """ "How much did each episode cost to make?": a verb the model tagged a noun, with
    "to" and a base-form verb after it, is the question's verb; the verb after "to"
    says what it was for."""
    if verb is None:
        return None
    doc = verb.doc
    for t in verbs:
        if t.i >= verb.i:
            break
        if t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "to" and doc[t.i + 2].i == verb.i and (
            verb.tag_ == "VB"
        ):
            return t
    return verb


def _modifies_noun(token: Token) -> bool:
    """"given" in "What is Rosé's given name?" is an adjective, not the question's verb."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.dep_ == "amod" or (nxt is not None and nxt.pos_ == "NOUN"
                                    and token.i > 0 and token.doc[token.i - 1].tag_ == "POS")


def _wh_token(doc: Doc) -> Token | None:
    for token in doc:
        if token.lower_ in QUESTION_WORDS and token.tag_ in {"WDT", "WP", "WP$", "WRB"}:
            return token
    for token in doc:
        if token.lower_ in QUESTION_WORDS:
            return token
    return None


def _main_verb(doc: Doc) -> Token | None:
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return None
    root = roots[0]
    if root.pos_ == "AUX" or root.lemma_ in AUX_LEMMAS:
        # "Who is the singer that ...": keep "be"; "did ... meet" already has a VERB root
        for child in root.children:
            if child.pos_ == "VERB" and child.dep_ in {"xcomp", "ccomp", "acomp"}:
                return child
    return root


def _read_age_asked(q: Question) -> None:
    """"At what age was X crowned?", "What age was she when ...?" ask what "How old ...?"
    asks: a number of years, never a person nor a thing."""
    if q.wh in {"what", "which"} and q.focus == "age":
        q.wh, q.expected = "how_old", HOW_ADJECTIVES["old"]
    focus = q.focus_token
    if q.wh in {"what", "which"} and q.focus == "part" and focus is not None and any(
        g.ent_type_ in {"GPE", "LOC"} for c in focus.children
        if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree
    ):
        q.expected = "place"  # "Which part of New York ...?" asks for a place in it


def _read_wh(q: Question, wh: Token, root: Token | None) -> None:
    word = wh.lower_
    phrase_head = wh
    if word in WH_DETS and wh.dep_ in {"det", "poss"} and wh.head.pos_ in {"NOUN", "PROPN"}:
        phrase_head = wh.head
    if word == "how":
        adj = wh.head if wh.dep_ == "advmod" and wh.head.pos_ in {"ADJ", "ADV"} else None
        if adj is not None and adj.lower_ in HOW_ADJECTIVES:
            q.wh = f"how_{adj.lower_}"
            q.expected = HOW_ADJECTIVES[adj.lower_]
            phrase_head = adj.head if adj.head.pos_ in {"NOUN", "PROPN"} else adj
            if phrase_head.pos_ == "NOUN":
                q.focus, q.focus_token = phrase_head.lemma_.lower(), phrase_head
        else:
            q.expected, q.slot = "manner", "adv"
            return
    elif word == "whose":
        q.expected, q.slot = "possessor", "poss"
        if wh.head.pos_ in {"NOUN", "PROPN"}:
            q.poss_noun = wh.head.lemma_.lower()
        return
    elif word in {"who", "whom"}:
        q.expected = "agent"
    elif word == "when":
        q.expected, q.slot = "date", "adv"
        return
    elif word == "where":
        q.expected, q.slot = "place", "adv"
        return
    elif word == "why":
        q.expected, q.slot = "reason", "adv"
        return
    elif word in {"what", "which"}:
        partitive = _of_focus(wh)
        focus = _focus_noun(wh) or partitive or _surface_focus(wh)
        if focus is None:
            # the noun being named says what the answer is; the wh-word keeps its role
            focus = partitive = _named_noun(wh)
        if focus is not None and focus.dep_ == "poss" and focus.tag_ == "NN" and any(
            c.tag_ == "POS" and c.lower_ in {"'s", "’s"} for c in focus.children
        ) and focus.head.pos_ == "NOUN":
            # "Which singer's album ...?" asks for the singer, as "Whose album ...?" does
            # (a plural's "actors' union" describes the union, which is asked, below)
            q.expected, q.slot = "possessor", "poss"
            q.poss_noun = focus.head.lemma_.lower()
            q.focus, q.focus_token = focus.lemma_.lower(), focus
            return
        while focus is not None and focus.dep_ == "poss" and focus.head.pos_ == "NOUN":
            focus = focus.head  # "Which actors' union": the union
        if focus is not None:
            q.focus, q.focus_token = focus.lemma_.lower(), focus
            q.expected = _focus_type(focus)
            if focus is not partitive:
                phrase_head = focus if focus.head != focus or focus.dep_ != "ROOT" else (
                    phrase_head)

    q.slot, q.prep = _slot_of(phrase_head, root)
    if q.focus_token is not None and q.focus_token.pos_ in {"ADV", "VERB"} and q.slot == "adv":
        q.slot = "any"  # "Which Egyptian forward netted ...": a misparsed focus noun; the
        # word order decides the slot
    if q.copula and q.slot in {"subj", "attr"}:
        q.slot = "attr"


NAMING_VERBS = {"name", "call", "dub", "nickname", "title", "know", "rename", "entitle"}


def _named_noun(wh: Token) -> Token | None:
    """"X's final album was named what?", "What are her backup singers called?", "a
    clothing line known as what?": what the answer is, is the noun being named."""
    head = wh.head.head if wh.dep_ == "pobj" and wh.head.lower_ == "as" else wh.head
    if head.lemma_.lower() not in NAMING_VERBS:
        return None
    if head.dep_ == "acl" and head.head.pos_ == "NOUN":
        return head.head  # "a clothing line known as what"
    for child in head.children:
        if child.dep_ in {"nsubjpass", "nsubj"} and child.pos_ == "NOUN" and child != wh:
            return child
    return None


def _of_focus(wh: Token) -> Token | None:
    """"Which of her teachers ...": the noun after "of" says what the answer is, while
    the wh-word keeps its own role (here the subject)."""
    for child in wh.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":
                    return pobj
    return None


def _focus_noun(wh: Token) -> Token | None:
    if wh.dep_ == "det" and wh.head.pos_ in {"NOUN", "PROPN"}:
        return _compound_head(wh.head)
    # "What is the name of the song ..." / "What was the title ...": the noun after be
    if wh.dep_ in {"attr", "nsubj"} and wh.head.lemma_ == "be":
        for child in wh.head.children:
            if child.dep_ in {"nsubj", "attr"} and child != wh and child.pos_ == "NOUN":
                if child.lemma_ in {"name", "title"}:
                    for prep in child.children:
                        if prep.dep_ == "prep" and prep.lower_ == "of":
                            for pobj in prep.children:
                                if pobj.dep_ == "pobj":
                                    return pobj
                return child
    return None


NOUN_RUN = {"NOUN", "PROPN", "ADJ", "NUM", "PUNCT", "DET"}


def _nationality_focus(run: list[Token]) -> Token | None:
    """"Which Briton in the winning trio said ...?": a nationality noun alone after the
    wh-word (tagged a name, so no noun of the run) is the focus, a person; the parser
    can hang "Which" on a later verb as its object, and without the focus the wh-phrase
    read as the object, so a word inside the quoted speech answered."""
    if len(run) != 1:
        return None
    token = run[0]
    lemma = token.lemma_.lower()
    if token.text[:1].isupper() and (lemma in NATIONALITY_NOUNS or (
        token.ent_type_ == "NORP" and NATIONALITY_SUFFIX.search(lemma)
    )):
        return token
    return None
VAGUE_FOCUS = {"name", "title", "kind", "type", "sort"}


def _surface_focus(wh: Token) -> Token | None:
    """The focus noun by word order, for when the parse of the question is off:
    "Which Harry Styles album ...", "In which city ...", "What was the pre-release
    single ...", "What is the name of the song ..."."""
    doc = wh.doc
    i = wh.i + 1
    if i < len(doc) and doc[i].lower_ in BE_FORMS:
        i += 1  # "What was the ..."
    run: list[Token] = []
    owned = False
    while i < len(doc) and (doc[i].pos_ in NOUN_RUN or (
        doc[i].lower_ in FOCUS_TYPES and doc[i].pos_ in {"ADV", "VERB"} and (run or owned)
    ) or (doc[i].tag_ == "POS" and run)) and doc[i].text not in {"?", ","}:  # "forward"
        if doc[i].tag_ == "POS":
            # "What was the band's hit single?": the words before "'s" name the owner, not
            # what is asked (the tagger can call "hit single" a verb and an adjective)
            run, owned = [], True
            i += 1
            continue
        if doc[i].lower_ in DO_FORMS | BE_FORMS | HAVE_FORMS | MODALS:
            break
        run.append(doc[i])
        i += 1
    # a focus word the tagger missed counts ("the pre-release single" all tagged ADJ)
    nouns = [t for t in run if t.pos_ == "NOUN" or (
        t.pos_ in {"PROPN", "ADJ", "ADV", "VERB"} and t.lower_ in FOCUS_TYPES)]
    if not nouns:
        return _nationality_focus(run)
    focus = nouns[-1]
    if focus.lower_ in VAGUE_FOCUS and i + 1 < len(doc) and doc[i].lower_ == "of":
        later = [t for t in doc[i + 1 :] if t.pos_ == "NOUN"]
        if later:
            return later[0]
    return focus


def _compound_head(noun: Token) -> Token:
    return noun


PRIZE_SUMS = {"pool", "fund", "money", "pot"}


def _focus_type(noun: Token) -> str:
    lemma = noun.lemma_.lower()
    if lemma in PRIZE_SUMS and any(c.dep_ == "compound" and c.lemma_.lower() == "prize"
                                   for c in noun.children):
        return "money"  # "prize pool", "prize fund", "prize money": a sum, not a winner
    if lemma in FOCUS_TYPES:
        # "award show", "music festival": the head wins, but "song title" is a song
        for child in noun.children:
            if child.dep_ == "compound" and FOCUS_TYPES.get(child.lemma_.lower()) in {
                "song", "album", "work"
            } and lemma in {"title", "name"}:
                return FOCUS_TYPES[child.lemma_.lower()]
        return FOCUS_TYPES[lemma]
    if noun.text[:1].isupper() and (lemma in NATIONALITY_NOUNS or (
        noun.ent_type_ == "NORP" and NATIONALITY_SUFFIX.search(lemma)
    )):
        return "person"  # "Which Australian finished second?", "Which Kiwi ...?": a person
    return "thing"


def _slot_of(head: Token, root: Token | None) -> tuple[str, str | None]:
    """The wh-phrase's role under the main verb."""
    dep = head.dep_
    if dep in {"nsubj", "nsubjpass", "csubj"}:
        return ("subjpass" if dep == "nsubjpass" else "subj"), None
    if dep in {"dobj", "attr", "oprd", "dative"}:
        return "obj", None
    if dep == "pobj" and head.head.dep_ in {"prep", "agent"}:
        prep = head.head
        if prep.dep_ == "agent":
            return "subj", None  # "by whom was it written" asks for the doer
        return "prep", prep.lower_
    if dep in {"npadvmod", "advmod"}:
        return "adv", None
    if dep == "ROOT":
        return "attr", None
    return "any", None


FOCUS_HINT_WEIGHT = 0.3  # search weight of the name a focus descriptor stood for
# WordNet's synonyms of a common noun's or verb's usual sense: general English, so they
# weigh less than the hand-made thesaurus's words, which were chosen for fan writing
WORDNET_WEIGHT = 0.4
WORDNET_POS = {"NOUN": "n", "VERB": "v"}


def _read_terms(q: Question, glossary: Glossary | None, descriptors: dict,
                acronyms: dict | None = None, known=None) -> None:
    """The question's search terms, one weighted group per word (see `terms.Query`).

    A word of a name ("Child" in "Destiny's Child") gets no thesaurus words; a glossary
    alias of a name and the name a descriptor stands for ("the septet" -> BTS) are added
    as words of their own; the name a descriptor *in the wh-phrase* stood for ("Which
    agency ...") is only a hint at the answer, so it weighs little in the search."""
    doc = q.doc
    base: list[str] = []
    groups: list[dict[str, float]] = []
    expanded: list[str] = []
    for token in doc:
        named = bool(token.ent_type_) or token.pos_ == "PROPN"
        for term in token_terms(token):
            base.append(term)
            group = {term: 1.0}
            if not named:
                for other in sorted(expand(term) - {term}):
                    group[other] = SYNONYM_WEIGHT
                    expanded.append(other)
                # the question's verb is a verb even where the model tagged it a noun
                pos = "v" if term == q.verb else WORDNET_POS.get(token.pos_)
                wn_words = (wordnet.question_synonyms(term, pos) | wordnet.held_by(term, pos)
                            if pos else ())
                for other in sorted(wn_words):
                    if other not in group:
                        group[other] = WORDNET_WEIGHT
                        expanded.append(other)
            groups.append(group)
    extra: list[tuple[str, float]] = []
    for ent in doc.ents:
        name = entity_name(ent, glossary)
        q.names.append(name)
        if glossary is not None:
            entry = glossary.lookup(name)
            if entry is not None:
                for alias in entry.names:
                    extra.extend((t, 1.0) for t in name_terms(alias))
    focus_phrase = _focus_phrase(q)
    for token in doc:
        in_focus = token.i in focus_phrase
        name = descriptor_name(token, descriptors, in_focus)
        if name is None and acronyms and known is not None:
            name = acronym_name(token, acronyms, known)
            in_focus = False  # an acronym names what the question is about
        if name is None:
            continue
        if in_focus:
            q.focus_names.append(name)  # "Which agency ...": a hint at the answer itself
            extra.extend((t, FOCUS_HINT_WEIGHT) for t in name_terms(name))
        else:
            q.meant[token.lower_] = name  # "the Dutchman" in the question: not the answer
            for term in token_terms(token):
                # the word's search term too ("heron" of "the Herons'"): the coverage
                # features look terms up, and a plural's lemma is not its own text
                q.meant.setdefault(term, name)
            extra.extend((t, 1.0) for t in name_terms(name))
    seen = set(base)
    added: list[str] = []
    for term, weight in extra:
        if term not in seen:
            seen.add(term)
            added.append(term)
            groups.append({term: weight})
    q.base_terms = base
    rest = [t for t in dict.fromkeys(expanded + added) if t not in base]
    q.terms = Query(base + rest, groups)


def _focus_phrase(q: Question) -> set[int]:
    """The wh-phrase's own words ("Which Everton defender", "the name of ... daughter")."""
    focus = q.focus_token
    if focus is None and q.copula and q.wh in {"who", "what"}:
        # "Who is the team principal of Red Bull?": the noun equated with the answer
        # says who the answer is ("team principal Christian Horner")
        roots = [t for t in q.doc if t.dep_ == "ROOT" and t.lemma_ == "be"]
        focus = next((c for r in roots for c in r.children if c.dep_ in {"nsubj", "attr"}
                      and c.pos_ == "NOUN"), None)
    if focus is None:
        return set()
    out = {focus.i}
    out |= {c.i for c in focus.children if c.dep_ in {"compound", "amod", "nmod"}}
    # "Which character, the strongest sorcerer of all, died ...?": the apposition
    # describes the answer, as the focus noun does
    out |= {t.i for c in focus.children if c.dep_ == "appos" for t in c.subtree}
    wh = _wh_token(q.doc)
    if wh is not None and wh.i < focus.i <= wh.i + 4 and all(
        t.pos_ in {"ADJ", "PROPN", "NOUN"} for t in q.doc[wh.i + 1 : focus.i]
    ):
        out |= set(range(wh.i + 1, focus.i))  # "Which Egyptian forward": misparsed words
    return out

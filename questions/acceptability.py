"""Gates that need the parsed source sentence or the candidate's form and answer type.

`questions.gates` reads the question text alone. The checks here also look at how the
answer sits in its parsed sentence (the model's entity label, the words next to it) and
at what the question asks for (form, answer type), which is where most wrong questions on
unseen articles came from (hand ratings in tests/data/ratings/, method in
bench/questions_eval.py --ratings):

- a part of a longer name as the answer ("Disney bought 20th Century _____" -> Fox,
  "I Am..." -> I Am, "King George III" asked as George III);
- a nationality as the answer ("Which team beat Tyson Fury? -> Ukrainian");
- a nationality used as a noun in the question ("the Ukrainian", "the Finn"): names
  nobody a reader outside the article knows;
- a name the model reads as a person asked with "What"/"Which team" ("What did Shawn
  Levy direct? -> Ryan Reynolds");
- an organisation-labelled object asked with "Who" ("Who did Disney buy?"): the small
  model labels many people ORG and many ORG objects are companies, so "Who" is a guess
  either way (a passive agent, "Who was X delayed by?", is kept);
- a minute of a match asked without the match.

Each check returns a reason (str) or None, like the gates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from questions import gates
from questions.nlp import doc_text, doc_words

ELLIPSIS = {"...", "…", ".."}
# Words before a name that are a title, not part of the name: "First Lady Michelle
# Obama", "General Leslie Groves", "Director Hidemaro Fujibayashi". Royal titles are not
# here: "King George III" is the name of a role.
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "president", "senator",
    "governor", "mayor", "minister", "general", "colonel", "captain", "coach", "director",
    "producer", "manager", "professor", "judge", "chancellor", "chairman", "ceo", "saint",
    "st", "reverend", "officer", "sergeant", "commander", "admiral", "secretary", "chief",
    "principal", "commissioner", "boss", "owner", "founder", "host", "referee", "umpire",
    "pastor", "rabbi",
    "annual", "biennial", "inaugural",  # "the 55th Annual Grammy Awards": an edition
}
# Nationality nouns: "the Finn finished second", "the Briton was slumped".
DEMONYM_NOUNS = {
    "finn", "briton", "brit", "dane", "swede", "dutchman", "dutchwoman", "spaniard",
    "frenchman", "frenchwoman", "englishman", "englishwoman", "scot", "welshman",
    "irishman", "pole", "turk", "kiwi", "aussie", "argentine", "icelander", "new zealander",
    "swiss", "czech", "slovak", "hungarian", "romanian", "bulgarian", "kenyan",
    "ethiopian", "moroccan", "jamaican", "cuban", "slovenian", "belarusian", "norwegian",
}
NATIONALITIES = gates.DEMONYMS | DEMONYM_NOUNS
# asked with "What" / "Which name" ("thing" is left out: a verb's object type, "What did
# TheShy lead?", is chosen against a PERSON label on purpose)
WHAT_TYPES = {"title", "product"}
WHO_OBJECT = re.compile(r"^(?:(?:In|At|On) [^,?]{1,80}, )?(?:[A-Z]\w* )?(?i:who|whom)\b")


class SentenceIndex:
    """The sentences of one parsed article by their text as `Candidate.sentence` gives
    it (white space folded), to find the parse of a candidate's source."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        text = doc_text(doc)  # each sentence's text cut from the doc's (no token walk)
        self.sents = [(" ".join(text[s.start_char : s.end_char].split()), s) for s in doc.sents]
        self.by_text = {text: sent for text, sent in self.sents}

    def find(self, sentence: str) -> list[Span]:
        sent = self.by_text.get(sentence)
        if sent is not None:
            return [sent]
        # a candidate may quote the sentence before as well ("The frontman ...")
        return [s for text, s in self.sents if text and text in sentence]


def answer_spans(answer: str, sents: Iterable[Span]) -> list[Span]:
    """Where the answer is written, word for word, in the source sentences."""
    spans = []
    for sent in sents:
        text = sent.text
        start = text.find(answer)
        while start >= 0:
            span = sent.doc.char_span(
                sent.start_char + start, sent.start_char + start + len(answer),
                alignment_mode="expand",
            )
            if span is not None:
                spans.append(span)
            start = text.find(answer, start + 1)
    return spans


def _name_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def _sentence_start(token: Token) -> bool:
    return token.is_sent_start or token.i == token.sent.start


def _other_entity(neighbour: Token, edge: Token) -> bool:
    """A capitalised neighbour that is a date ("On Sunday Travis Head") or an entity of
    another label is no part of the answer's name."""
    if neighbour.lower_ in gates.CALENDAR_WORDS or neighbour.ent_type_ in {"DATE", "TIME"}:
        return True
    return bool(neighbour.ent_type_ and edge.ent_type_ and neighbour.ent_type_ != edge.ent_type_)


def _partial(span: Span) -> bool:
    doc = span.doc
    if span.start > 0:
        before = doc[span.start - 1]
        if before.text in ELLIPSIS:
            return True  # "I Am... Sasha Fierce" split: the answer is the second half
        if (
            _name_word(before)
            and not _sentence_start(before)
            and before.lower_ not in HONORIFICS
            and before.lower_ != "the"
            and not _other_entity(before, span[0])
        ):
            return True  # "20th Century Fox" -> "Fox"
    if span.end < len(doc):
        after = doc[span.end]
        if after.text in ELLIPSIS and _name_word(span[-1]):
            return True  # "Destiny Fulfilled... and Lovin' It" -> "Destiny Fulfilled"
        if (
            (_name_word(after) or (after.text.isupper() and after.is_alpha))
            and not _sentence_start(after)
            and not _other_entity(after, span[-1])
        ):
            return True  # "Super Bowl XLVII" -> "Super Bowl"
    return False


def whole_name(answer: str, spans: list[Span]) -> str | None:
    """The answer is a whole name where the sentence writes it, not a piece of a longer
    one. Only judged where the answer is written as it is (resolved names are not), and
    only for names (a year or count before a name is no part of it: "In 2015 Beyoncé")."""
    if not answer[:1].isalpha():
        return None
    if spans and all(_partial(span) for span in spans):
        return f"the answer {answer!r} is part of a longer name in the sentence"
    return None


NAME_TYPES = {"person", "player", "member", "singer", "actor", "coach", "group", "team",
              "organization", "character", "thing", "country", "place"}


def starts_inside_a_title(sents: list[Span]) -> str | None:
    """"I Am... Sasha Fierce was released ...": the splitter ended a sentence at an
    ellipsis inside a title, so this one starts with half of it."""
    if not sents:
        return None
    first = min(sents, key=lambda s: s.start)
    doc = first.doc
    if first.start >= 2 and doc[first.start - 1].text in ELLIPSIS and _name_word(
        doc[first.start - 2]
    ) and _name_word(doc[first.start]):
        return "the sentence starts inside a title cut at an ellipsis"
    return None


def cut_title_asked(question: str, sents: list[Span]) -> str | None:
    """"Beyoncé embarked on the I Am...": a name run straight into an ellipsis is a title
    the text cut ("I Am... World Tour"); a question that says it says half a name."""
    for sent in sents:
        for token in sent:
            if token.text not in ELLIPSIS or token.i == sent.start:
                continue
            start = token.i
            while start > sent.start and _name_word(token.doc[start - 1]):
                start -= 1
            if start == token.i:
                continue
            name = token.doc[start:token.i].text
            if re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", question):
                return f"a title cut at an ellipsis ({name!r}...) in the question"
    return None


def nationality_answer(answer: str, answer_type: str, spans: list[Span]) -> str | None:
    """"Which team beat Tyson Fury? -> Ukrainian": a nationality is who someone is, not
    a name (a song called "Kiwi" is a name: only asked-for people and things count)."""
    if answer_type not in NAME_TYPES:
        return None
    bare = re.sub(r"^the ", "", answer.strip(), flags=re.I).casefold()
    if bare in NATIONALITIES or bare.rstrip("s") in NATIONALITIES:
        return f"the answer {answer!r} is a nationality, not a name"
    if spans and all(all(t.ent_type_ == "NORP" for t in span) for span in spans):
        return f"the answer {answer!r} is a nationality, not a name"
    return None


def nationality_descriptor(question: str, sents: Iterable[Span]) -> str | None:
    """"the Ukrainian" (a nationality used as a noun, as the sentence parses it) in the
    question names nobody outside the article."""
    for sent in sents:
        for token in sent:
            if token.i == 0 or token.doc[token.i - 1].lower_ != "the":
                continue
            if token.lower_ not in NATIONALITIES and token.ent_type_ != "NORP":
                continue
            if token.dep_ in {"amod", "compound"} or token.pos_ == "ADJ":
                continue  # "the American national anthem": an adjective
            if re.search(rf"\b[Tt]he {re.escape(token.text)}\b(?!\s+[A-Z])", question):
                return f"vague reference 'the {token.text}' (a nationality names nobody)"
    return None


def person_asked_as_thing(answer_type: str, answer: str, spans: list[Span]) -> str | None:
    """"What did Shawn Levy direct in Free Guy? -> Ryan Reynolds": the model reads the
    answer as a person, the question asks for a thing or a team."""
    if answer_type not in WHAT_TYPES | {"team"} or not spans:
        return None
    if all(all(t.ent_type_ == "PERSON" for t in span) for span in spans):
        return f"a person ({answer!r}) asked as a {answer_type}"
    return None


def organisation_asked_who(
    question: str, form: str, answer_type: str, spans: list[Span]
) -> str | None:
    if form != "wh" or answer_type != "organization":
        return None
    if spans and not any(t.ent_type_ == "ORG" for span in spans for t in span):
        return None  # typed an organisation from another label ("Ganondorf", NORP)
    if question.startswith("In ") and gates.CONTEXT_FRAME.match(question):
        return None  # inside a work ("In <game>, who does Link knock off his horse?") the
        # ORG-labelled object is a character the small model mislabels
    if WHO_OBJECT.match(question) and not question.rstrip("?").endswith(" by"):
        return "an organisation-labelled object asked with 'Who' (a person or a company?)"
    return None


# "In which quarter did X kick a field goal?": the answer is a moment of one match.
MOMENT_ASKED = re.compile(
    r"^(?:[^,?]*, )?[Ii]n which (?:minute|quarter|period|half|inning|innings|over|round|lap|"
    r"set|frame|hole|leg)\b"
)


# "Which set fills the blank: "X hit the winning double in the _____"?": the same moment.
MOMENT_BLANK = re.compile(
    r"^Which (?:minute|quarter|period|half|inning|innings|over|round|lap|set|frame|hole|"
    r"leg) fills the blank\b"
)


def minute_needs_match(question: str, answer_type: str) -> str | None:
    if answer_type == "minute" or MOMENT_ASKED.match(question) or MOMENT_BLANK.match(question):
        return gates.names_the_match(question, moment=True)
    return None


# Works and events asked as the subject: "Which song earned two Grammy Awards?",
# "What was delayed by Nintendo?" -- many works fit such a predicate unless the question
# says where or when (a "In/At <work or event>, " frame, a year, a full date or an
# edition: "the 96th Oscars") or names another work in quotes. People and characters
# are not in it: "Who plays Jean Tatlock?" is pinned down by the role.
WORK_TYPES = {"song", "album", "title", "tour", "film", "show", "game", "book", "event",
              "award", "award_show", "festival", "tournament"}


# Words that open a clause of their own ("as her partner ran across the lawn").
CLAUSE_OPENERS = {
    "as", "while", "when", "whereas", "because", "since", "until", "before", "after",
    "although", "though", "once",
}
FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _cut_clause_starts(sent: Span) -> list[tuple[Token, Token, list[Token]]]:
    """(opener, verb, subject words) of every clause opened by "as"/"while"/... in the
    sentence, whether the parser reads it right ("as"/mark, its verb with a subject) or
    hangs the subject on "as" as a preposition's object and the verb on the main clause
    ("led the applause as Matty's partner, Charlotte, ran across the lawn": "as" prep,
    "partner" pobj, "ran" conj with no subject of its own)."""
    found = []
    for token in sent:
        if token.lower_ not in CLAUSE_OPENERS:
            continue
        if token.dep_ == "mark" and token.head.tag_ in FINITE:
            subjects = [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subjects:
                found.append((token, token.head, list(subjects[0].subtree)))
            continue
        if token.dep_ != "prep":
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if not objects:
            continue
        end = token.right_edge.i + 1
        if end < sent.end and token.doc[end].text == ",":
            end += 1
        verb = token.doc[end] if end < sent.end else None
        if verb is None or verb.tag_ not in FINITE or any(
            c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children
        ):
            continue  # "served as captain, and ran ...": a preposition, no clause
        found.append((token, verb, list(objects[0].subtree)))
    return found


def clause_cut_before_its_verb(question: str, answer: str, sents: Iterable[Span]) -> str | None:
    """A clause opened by "as"/"while"/... kept without its verb: "Who led the applause as
    Matty's partner, Charlotte?" (from "... as Matty's partner, Charlotte, ran across
    the lawn"), "Which player did Dana cheer as?". What is left reads as a role ("as her
    partner") or hangs on nothing: the question is garbled English, so it is dropped (the
    whole clause would make it too long to repair)."""
    low = f" {question.lower()} "
    asked = f"{low} {answer.lower()} "
    for sent in sents:
        for opener, verb, subject in _cut_clause_starts(sent):
            if f" {opener.lower_} " not in low and f" {opener.lower_}?" not in low:
                continue
            words = {t.lower_ for t in subject if t.is_alpha and len(t.text) > 2}
            if not any(f" {w} " in asked or f" {w}'s " in asked or f" {w}?" in asked
                       or f" {w}," in asked for w in words):
                continue
            forms = {verb.lower_, verb.lemma_.lower()}
            if any(f" {form} " in low or f" {form}?" in low for form in forms):
                continue
            return f"a clause opened by '{opener.lower_}' cut before its verb"
    return None


# "What is the name of X's wife?", "What was Daft Punk's debut album?": a copula asks for
# the noun's own name, which is the apposition; fair even though the noun stays.
COPULAR_ASK = re.compile(r"^(?:[^,?]*, )?(?:what|which \w+|who) (?:is|was|are|were)\b",
                         re.IGNORECASE)
WH_PHRASE = re.compile(r"^(?:[^,?]*, )?(?:what|which(?: \w+)?|who|whom)\b", re.IGNORECASE)


def _named_noun(span: Span) -> Token | None:
    """The noun an answer span stands in apposition to: its "appos" head, or the noun
    just before a comma the answer follows when the parser hung the name on the verb
    instead ("takes over as captain in the finale, "Low Tide"": "Low Tide" read as the
    object of "takes", though a verb's object never follows it after a comma)."""
    root = span.root
    if root.dep_ == "appos" and root.head.i < span.start:
        return root.head
    if root.dep_ not in {"dobj", "attr", "npadvmod"}:
        return None
    before = span.start - 1
    doc = span.doc
    if before >= 0 and doc[before].is_quote:
        before -= 1
    if before < 1 or doc[before].text != ",":
        return None
    noun = doc[before - 1]
    return noun if noun.pos_ in {"NOUN", "PROPN"} and noun.i > root.head.i else None


def apposition_asked_as_object(question: str, form: str, spans: list[Span]) -> str | None:
    """A name the sentence gives as an apposition ("in the finale, "Low Tide"") asked
    with "What"/"Who" while the noun it names stays in the question: "What does Clara
    take over as captain in the finale? -> Low Tide" reads as if the answer were the
    verb's object, and is garbled. When the question drops the noun ("Which company did
    Ana set up in 2015? -> Blue Lantern", from "her own studio, Blue Lantern,") the name
    stands in its place and is asked fairly."""
    if form != "wh" or COPULAR_ASK.match(question):
        return None  # "What was Daft Punk's debut album?": asks the noun's name itself
    # the wh-phrase is left out: "Which song did Harry perform?" names the noun only to ask
    body = WH_PHRASE.sub("", question, count=1)
    low = f" {body.lower().rstrip('?')} "
    for span in spans:
        head = _named_noun(span)
        if head is None:
            continue
        if head.pos_ in {"NOUN", "PROPN"} and f" {head.lower_} " in low:
            return f"the apposition of '{head.text}' asked while '{head.text}' stays"
    return None


def anchored_subject(question: str, form: str, answer_type: str) -> str | None:
    if form != "subject" or answer_type not in WORK_TYPES:
        return None
    if gates.CONTEXT_FRAME.match(question) or gates.DATE_OR_YEAR.search(question):
        return None
    if gates.EDITION.search(question) or re.search(r'["“][^"”]+["”]', question):
        return None  # an edition, or another work named in quotes ("samples "La Campanella"")
    return f"a {answer_type} asked as the subject with no event, year or date to pin it down"


def check(
    question: str,
    answer: str,
    form: str,
    answer_type: str,
    sentence: str,
    index: SentenceIndex | None,
) -> str | None:
    """The first reason to reject, or None. Without a parse (`index` None) only the
    checks that read the text and the answer type run."""
    reason = (
        minute_needs_match(question, answer_type)
        or anchored_subject(question, form, answer_type)
        or placing_without_event(question)
        or elided_ordinal(question)
        or focus_adverb_cut(question, answer, sentence)
        or year_match_unnamed(question)
        or stranded_since(question, form)
        or yearly_frame_without_year(question, sentence)
        or past_perfect_unanchored(question)
        or bare_possession(question, form)
        or position_without_contest(question, answer_type, sentence)
        or relative_time_without_event(question, answer)
        or frame_said_twice(question)
        or agent_stranded_before_as(question)
        or quiz_answer_unpinned(question)
        or one_of_a_kind_kin_asked_which(question)
        or match_moment_framed_by_season(question, sentence)
        or return_without_year(question, answer_type)
        or place_asked_who_after_stop(question, answer_type)
        or series_moment_framed_by_event(question, sentence)
        or succession_without_post(question)
        or description_as_match_side(question)
        or singer_guessed_from_artist(question, sentence)
        or yearly_prize_without_year(question)
        or staging_director_unpinned(question, sentence)
    )
    if reason:
        return reason
    if index is None:  # (the parse's finer reasons, a nationality's among them, come first)
        return descriptor_answer(answer, answer_type, sentence)
    sents = index.find(sentence) if index is not None else []
    _LAST_ALIGNED[0] = None  # shared within this call only: a doc's labels may change later
    spans = answer_spans(answer, sents) if form != "truefalse" else []
    # each check runs only while none before it has found a reason (they read and
    # change nothing, so stopping at the first reason gives the same answer, sooner)
    for run in (
        lambda: starts_inside_a_title(sents),
        lambda: cut_title_asked(question, sents),
        lambda: organisation_asked_who(question, form, answer_type, spans),
        lambda: nationality_answer(answer, answer_type, spans) if form != "truefalse" else None,
        lambda: whole_name(answer, spans),
        lambda: person_asked_as_thing(answer_type, answer, spans),
        lambda: nationality_descriptor(question, sents),
        lambda: clause_cut_before_its_verb(question, answer, sents),
        lambda: apposition_asked_as_object(question, form, spans),
        lambda: spliced_aside(question, answer, sents),
        lambda: sentence_opener_moved(question, sents),
        lambda: complex_preposition_cut(question, answer, sents),
        lambda: work_as_frame(question, index.doc),
        lambda: non_event_frame(question, index.doc),
        lambda: left_place_asked(form, answer_type, spans),
        lambda: reduced_relative_as_verb(question, sents),
        lambda: wh_over_mixed_tenses(question, form, sents),
        lambda: year_of_an_earlier_mark(answer, answer_type, form, sents),
        lambda: person_tally_unpinned(question, form, answer_type, sents),
        lambda: winning_purpose_cut(question, form, sents),
        lambda: bare_given_name_asked(question, answer, index.doc),
        lambda: adjective_pair_cut(question, sents),
        lambda: capitalised_modifier_moved(question, sents),
        lambda: of_phrase_stranded(question, sents),
        lambda: modifier_agent_as_actor(question, sents),
    ):
        reason = run()
        if reason:
            return reason
    return descriptor_answer(answer, answer_type, sentence)



# A contestant's reply on a quiz show: "answered"/"guessed" and the quoted reply (not a
# side's reply in play: "who answered with a 57-yarder").
QUIZ_REPLY = re.compile(r"\bwho (?:answered|guessed) [\"“']", re.I)
DATE_IN_QUESTION = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b"
)


def quiz_answer_unpinned(question: str) -> str | None:
    """"In Jeopardy!, who answered "Bangladesh"?": a reply on a quiz show is one moment of
    one of its many games; framed by the show alone (no date, year or game named) many
    contestants fit."""
    if not QUIZ_REPLY.search(question) or DATE_IN_QUESTION.search(question):
        return None
    return "a quiz reply with no game or date it was given in"


AUXILIARY_DEPS = {"aux", "auxpass"}


def _verb_form(verb: Token) -> tuple[str, ...]:
    """A verb's finite form: its own auxiliaries' tags and its tag ("was born": VBD VBN,
    "studies": VBZ)."""
    return (*(c.tag_ for c in verb.children if c.dep_ in AUXILIARY_DEPS), verb.tag_)


def _conjunct_form(token: Token) -> tuple[str, ...] | None:
    """The finite form of a verb right after "and"/"but", or None when it borrows the verb
    before it ("was born and raised": a bare participle shares the auxiliary) or is no
    verb. A third-person verb the parser read as a plural noun ("and studies at the
    school", with no determiner or modifier of its own and a verb reading in the word
    lists) counts as the present form it is."""
    if token.pos_ in {"VERB", "AUX"}:
        own = [c for c in token.children if c.dep_ in AUXILIARY_DEPS]
        if not own and token.tag_ not in FINITE:
            return None
        return _verb_form(token)
    if token.tag_ == "NNS" and not any(True for _ in token.lefts) and _has_verb_reading(
        token.lower_
    ):
        return ("VBZ",)
    return None


@lru_cache(maxsize=4096)
def _has_verb_reading(word: str) -> bool:
    from lemminflect import getAllLemmas

    return "VERB" in getAllLemmas(word)


def _mixed_tense_pairs(sent: Span) -> list[tuple[Token, Token]]:
    """Coordinated verbs whose finite forms differ: "was born in Siheung and studies at",
    "won in 2019 and lives in Paris": the verb after "and"/"but" and the nearest full
    verb before it."""
    pairs = []
    for cc in sent[:-1]:
        if cc.lower_ not in {"and", "but"}:
            continue
        second = cc.doc[cc.i + 1]
        form = _conjunct_form(second)
        if form is None:
            continue
        first = next((t for t in reversed(sent[: cc.i - sent.start]) if t.pos_ == "VERB"), None)
        if first is not None and _verb_form(first) != form:
            pairs.append((first, second))
    return pairs


def wh_over_mixed_tenses(question: str, form: str, sents: Iterable[Span]) -> str | None:
    """A wh-question fronts one auxiliary ("was", "did") for the whole verb phrase, so it
    cannot ask across two coordinated verbs of different tense or finite form: "At which
    school was Lim born in Siheung and studies?" (from "was born in Siheung and studies at
    the school") is garbled English. The subject question and the blank keep the
    sentence's own verbs and stay."""
    if form not in {"wh", "whose"}:
        return None
    words = set(re.findall(r"[\w'-]+", question.lower()))
    for sent in sents:
        for first, second in _mixed_tense_pairs(sent):
            if first.lower_ in words and second.lower_ in words:
                return (f"a wh-question over coordinated verbs of different tense "
                        f"('{first.text} ... and {second.text}')")
    return None


# "the 2021 match", "the 2019 final": a year and a common noun of a contest, and no name
# of the event, neither before nor after ("the 2021 final of the Champions League")
YEAR_CONTEST = re.compile(
    r"\bthe (?:19|20)\d{2} (?:match|game|final|fight|bout|race|clash|tie|series|semi-final|"
    r"semifinal|decider|rematch|contest|showdown|meeting)\b(?! (?:of|at|in) (?:the )?[A-Z])"
)


def year_match_unnamed(question: str) -> str | None:
    """"Who had Nepomniachtchi lost the 2021 match to?": a year says when, not which
    contest (a world title match, a league game, a cup tie); the article around it said
    which, the question does not, unless it names the event elsewhere ("At the Riga Open,
    who won the 2021 final?": a frame of a capitalised name)."""
    found = YEAR_CONTEST.search(question)
    if found is None:
        return None
    if re.match(r'^(?:True or false: |[^"]*"\s*)?(?:At|In|On|During) (?:the )?[A-Z0-9]', question):
        return None
    return f'"{found.group(0)}" says when, not which contest'


def descriptor_answer(answer: str, answer_type: str, sentence: str) -> str | None:
    """A one-word person or group answer the sentence says after "the" ("The Londoner
    makes the song a confession", "the Texan"): a descriptor of someone named before, read
    as a name by the model; what the person is, not who ("Who makes ...?" -> Londoner)."""
    if answer_type not in {"person", "group", "member", "singer"} or len(answer.split()) != 1:
        return None
    if re.search(rf"\b[Tt]he {re.escape(answer)}\b", sentence):
        return f'"{answer}" is said as "the {answer}": a descriptor, not a name'
    return None


# Punctuation that sets off an aside or a clause of its own in the source sentence (a
# colon is left out: it is inside many titles, "Carmen: A Hip Hopera").
BOUNDARY_MARKS = {",", ";", "(", ")", "—", "–", "--", "[", "]"}
QUESTION_BREAKS = BOUNDARY_MARKS | {"?", "!", ":", "_"}
WORD = re.compile(r"[^\W_]+")
CONTENT_POS = {"NOUN", "PROPN", "VERB", "NUM", "ADJ", "ADV"}


class _Aligned:
    """The source sentences cut into comma segments, and the question's words matched to
    source words (by form or lemma: "bury" is "buried") where the match is certain: a
    content word written once in the source, or any word next to a matched neighbour."""

    def __init__(self, question: str, sents: list[Span], answer: str = "") -> None:
        self.answer = {w.lower() for w in WORD.findall(answer)}
        self.tokens: list[Token] = []
        self.forms: list[tuple[str, str]] = []
        self.segment: list[int] = []
        segment = 0
        for sent in sorted(sents, key=lambda s: s.start):
            segment += 1
            words, boundaries = _sentence_words(sent)
            for token, form, offset in words:
                self.tokens.append(token)
                self.forms.append(form)
                self.segment.append(segment + offset)
            segment += boundaries
        self.words: list[str] = []
        self.joined: list[bool] = []  # joined to the word before (no comma between)
        last = 0
        for match in WORD.finditer(question):
            gap = question[last : match.start()]
            self.joined.append(bool(self.words) and not any(m in gap for m in QUESTION_BREAKS))
            self.words.append(match.group(0).lower())
            last = match.end()
        # where each word stands among the source's forms and lemmas, in source order
        # (one pass over the source, not one per word)
        where: dict[str, list[int]] = {}
        for i, (form, lemma) in enumerate(self.forms):
            where.setdefault(form, []).append(i)
            if lemma != form:
                where.setdefault(lemma, []).append(i)
        cands = [list(where.get(w, ())) for w in self.words]
        self.at: list[int | None] = [None] * len(self.words)
        for k, found in enumerate(cands):
            if len(found) == 1 and self.tokens[found[0]].pos_ in CONTENT_POS:
                self.at[k] = found[0]
        changed = True
        while changed:
            changed = False
            for k, found in enumerate(cands):
                if self.at[k] is not None:
                    continue
                for step in (-1, 1):
                    n = k + step
                    if not 0 <= n < len(self.words) or self.at[n] is None:
                        continue
                    if not self.joined[max(k, n)]:
                        continue
                    want = self.at[n] - step
                    if want in found and self.segment[want] == self.segment[self.at[n]]:
                        self.at[k] = want
                        changed = True
                        break

    def segment_root(self, segment: int) -> Token | None:
        inside = [t for t, s in zip(self.tokens, self.segment, strict=True) if s == segment]
        ids = {t.i for t in inside}
        for token in inside:
            if token.head.i not in ids or token.head.i == token.i:
                return token
        return None

    def fronted(self, segment: int) -> bool:
        """A segment before its verb and the verb's subject ("In the 58th minute, Young
        ..."): a phrase the question may move anywhere in the verb phrase."""
        root = self.segment_root(segment)
        if root is None:
            return True
        last = max(t.i for t, s in zip(self.tokens, self.segment, strict=True) if s == segment)
        head = root.head
        if head.i <= last:
            return False
        subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
        return all(c.left_edge.i > last for c in subjects)


# The word walk of the sentences of the last doc aligned, by (start, end): an article's
# questions come from a few sentences, each walked once instead of once per question.
# One doc at a time (the entry keeps it, so its sentences' keys stay its own).
_SENTENCE_WORDS: list = [None, {}]


def _sentence_words(sent: Span) -> tuple[list[tuple[Token, tuple[str, str], int]], int]:
    """(token, (form, lemma), boundaries before it in the sentence) for each word of the
    sentence, and the sentence's number of boundaries: what `_Aligned` reads of it."""
    if _SENTENCE_WORDS[0] is not sent.doc:
        _SENTENCE_WORDS[:] = [sent.doc, {}]
    cached = _SENTENCE_WORDS[1].get((sent.start, sent.end))
    if cached is not None:
        return cached
    words: list[tuple[Token, tuple[str, str], int]] = []
    offset = 0
    for token in sent:
        if token.text in BOUNDARY_MARKS and token.ent_iob_ != "I":
            offset += 1  # (a comma inside a name or date, "Houston, Texas", is not)
            continue
        parts = WORD.findall(token.text)
        for part in parts:
            lemma = token.lemma_.lower() if len(parts) == 1 else part.lower()
            words.append((token, (part.lower(), lemma), offset))
    _SENTENCE_WORDS[1][(sent.start, sent.end)] = (words, offset)
    return words, offset


# The last alignment built: `check` runs `spliced_aside` and `complex_preposition_cut` on
# the same question, answer and sentences, and the alignment (a walk over every token of
# the sentences) is the costly part of both. Read-only once built, so sharing it changes
# nothing; `check` empties it first. The entry keeps its sentences, so their docs
# (whose ids are in the key) stay alive.
_LAST_ALIGNED: list = [None, None, None]


def _aligned(question: str, sents: list[Span], answer: str) -> _Aligned:
    key = (question, answer, tuple((id(s.doc), s.start, s.end) for s in sents))
    if _LAST_ALIGNED[0] != key:
        _LAST_ALIGNED[:] = [key, _Aligned(question, sents, answer), list(sents)]
    return _LAST_ALIGNED[1]


def _inserted_aside(al: _Aligned) -> str | None:
    """Words of a comma-bounded aside put between two words of another stretch of the
    sentence that the source has in this order: "did TJ Reid bury at 35 the Cats' go-to
    man a penalty" (from "TJ Reid, at 35 still the Cats' go-to man, buried a penalty")."""
    n = len(al.words)
    for k1 in range(n):
        i1 = al.at[k1]
        if i1 is None:
            continue
        inserted: list[int] = []
        for k2 in range(k1 + 1, n):
            if not al.joined[k2]:
                break
            i2 = al.at[k2]
            if i2 is None:
                break  # a word of the question's own (a name put for "the tournament")
            if al.segment[i2] == al.segment[i1]:
                # the aside stood before the words it now splits (between the subject
                # and the verb); a trailing phrase moved in ("won four awards including
                # X at ...") reads fine
                if inserted and i2 > i1 and all(i < i1 for i in inserted):
                    aside = {al.segment[i] for i in inserted}
                    if not any(al.fronted(s) for s in aside) and any(
                        al.tokens[i].pos_ in CONTENT_POS for i in inserted
                    ) and not _only_a_year(al, inserted):
                        words = " ".join(al.words[k1 : k2 + 1])
                        return f"an aside spliced into the verb phrase ('{words}')"
                break
            inserted.append(i2)
    return None


def _only_a_year(al: _Aligned, inserted: list[int]) -> bool:
    """The words "put between" are a year (and its "the"): the year the question gives a
    name the sentence says bare ("the 2023 Speedway Grand Prix" for "the Speedway Grand
    Prix"), found in another sentence of the article; no aside moved in."""
    content = [al.tokens[i] for i in inserted if al.tokens[i].pos_ in CONTENT_POS]
    return bool(content) and all(re.fullmatch(r"(?:1[89]|20)\d\d", t.text) for t in content)


def _glued_aside(al: _Aligned) -> str | None:
    """A phrase the source sets off by a comma glued to the word before it as if it were
    part of the same phrase: "after scoring 765 runs a record for a single World Cup" (an
    apposition), "started the better side with X and Y finding the goals early" (an
    absolute clause). Not a clause of its own ("Jay Z traveled ..., and became": a
    conjoined verb; "Hisaishi, who has worked": a relative clause) nor a name set beside
    its noun ("the film, Carmen" -> "the film Carmen")."""
    asked = set(al.words)
    for k in range(1, len(al.words)):
        p, q = al.at[k - 1], al.at[k]
        if p is None or q is None or not al.joined[k] or q <= p:
            continue
        if al.segment[q] == al.segment[p]:
            continue
        # next to each other but for the answer the question asks for, or words it says
        # elsewhere ("finished third, with Baker fourth" -> "finish with Baker fourth")
        if any(al.forms[i][0] not in asked and al.forms[i][0] not in al.answer
               for i in range(p + 1, q)):
            continue
        root = al.segment_root(al.segment[q])
        if root is None or root.head.i == root.i:
            continue  # the sentence's own verb: the aside was the other side
        head = root.head
        head_segment = {al.segment[i] for i, t in enumerate(al.tokens) if t.i == head.i}
        if al.segment[p] not in head_segment:
            continue  # hung on another stretch: "Their keeper, Lentini, signed"
        # Glued on, an apposition reads as part of the noun before it ("765 runs a
        # record"), a "with" phrase as the noun's own ("the better side with X and Y
        # finding the goals", "the most titles with three"), a participle clause as the
        # verb's object. A place or time phrase after a comma ("released ..., in the
        # US") reads the same without it, and a name beside its noun is the name.
        apposition = root.dep_ in {"appos", "oprd"} and root.pos_ == "NOUN"
        participle = root.pos_ == "VERB" and root.tag_ in {"VBG", "VBN"} and root.dep_ in {
            "advcl", "acl", "xcomp"}
        if not (apposition or participle or root.lower_ == "with"):
            continue
        return f"an aside glued on without its comma ('{al.words[k - 1]} {al.words[k]}')"
    return None


def spliced_aside(question: str, answer: str, sents: Iterable[Span]) -> str | None:
    """A comma-bounded aside of the source kept in the question without its commas,
    inside the verb phrase or glued to the phrase before it: the question is garbled
    English (first readings of unseen articles: "who buried at 35 the Cats' go-to man a
    penalty", "How many matches had Australia lost by contrast before ...?"). Leaving an
    aside out is fine, and so is moving a fronted phrase ("Elsewhere on the card, X
    edged Y" -> "X edged Y ... elsewhere on the card")."""
    sents = list(sents)
    if not sents:
        return None
    # a blank is read with its answer in it: "finished third with _____ fourth"
    al = _aligned(question.replace("_____", answer), sents, answer)
    return _inserted_aside(al) or _glued_aside(al)


def sentence_opener_moved(question: str, sents: Iterable[Span]) -> str | None:
    """The sentence's first word, capitalised only because it opens the sentence, moved
    into the middle of the question with its capital: "Who signed a new deal in the final
    week Upstairs?" (from "Upstairs, chairman X signed ..."). A name keeps its capital;
    a common word there shows a fronted phrase carried along whole, and reads garbled."""
    for sent in sents:
        first = sent[0]
        if not first.is_alpha or not first.text[:1].isupper() or first.text.isupper():
            continue
        if first.pos_ in {"DET", "PRON"} or first.ent_type_ or first.lower_ == "i":
            continue
        if first.pos_ == "PROPN" and first.dep_ not in {"advmod", "npadvmod", "intj"}:
            continue  # a name; "Upstairs," tagged a proper noun is still an adverb
        if len(sent) > 1 and sent[1].text[:1].isupper():
            continue  # the first word of a name ("Evil Geniuses beat ...")
        set_off = len(sent) > 1 and sent[1].text == ","
        if not set_off and first.pos_ not in {"ADV", "INTJ", "ADP", "SCONJ", "CCONJ"}:
            continue  # a name the tagger missed ("Biles opened with ...") keeps its capital
        if re.search(rf"(?<=[a-z0-9’'] ){re.escape(first.text)}\b", question):
            return f"the sentence's opening word {first.text!r} moved with its capital"
    return None


def complex_preposition_cut(question: str, answer: str, sents: Iterable[Span]) -> str | None:
    """A two-word preposition kept without its first word: "Who started in goal in the
    final of Tom Baker?" (from "Instead of Tom Baker, X started in goal"), "because of",
    "ahead of", "thanks to", "according to". The word before the preposition that the
    parser joins to it ("instead" under "of", "of" under "ahead") carries the meaning;
    without it the phrase says something else or nothing."""
    sents = list(sents)
    if not sents:
        return None
    al = _aligned(question.replace("_____", answer), sents, answer)
    for k, i in enumerate(al.at):
        if i is None:
            continue
        token = al.tokens[i]
        if token.dep_ not in {"prep", "pcomp"} or token.pos_ != "ADP" or token.i == 0:
            continue
        before = token.doc[token.i - 1]
        if before.dep_ not in {"advmod", "prep", "npadvmod"} or before.pos_ not in {
                "ADV", "SCONJ", "NOUN", "VERB"}:
            continue
        if not (token.head.i == before.i or before.head.i == token.i):
            continue
        if before.pos_ == "NOUN" and any(c.i != token.i for c in before.children):
            continue  # "eight years after her first title": a measure, fine to leave out
        if k > 0 and al.words[k - 1] == before.lower_:
            continue
        return f"'{before.text} {token.text}' cut to '{token.text}'"
    return None


# Nouns that make the name before them a work ("the last Hunger Games prequel", "the
# Star Wars films"): a book, film or franchise, never a place or an occasion. "series",
# "season" and "show" are left out: "the NBA Finals series", "the Grammys show" are events.
WORK_NOUNS = {
    "novel", "novels", "book", "books", "prequel", "prequels", "sequel", "sequels", "movie",
    "movies", "film", "films", "franchise", "saga", "trilogy", "adaptation", "adaptations",
    "spin-off", "reboot", "comic", "comics", "manga",
}
AT_FRAME = re.compile(r"^(?:True or false: |Which \w+ fills the blank: \")?At (?:the )?([^,?]+), ")


def work_as_frame(question: str, doc: Doc | None) -> str | None:
    """"At the Hunger Games, where did Scholastic print ...?": a frame "At <X>, " says the
    fact happened at an occasion or a place; when the article writes X as the name of a
    work ("the last Hunger Games prequel", "the five Hunger Games movies"), X is a book or
    film series and the frame is nonsense."""
    match = AT_FRAME.match(question)
    if match is None or doc is None:
        return None
    name = tuple(match.group(1).split())  # (a tuple, as the doc's words are)
    if not name:
        return None
    width = len(name)
    words = doc_words(doc)  # (read once per doc, not once per question)
    for i in range(len(words) - width):
        if words[i:i + width] == name and words[i + width].lower() in WORK_NOUNS:
            return f"the frame names a work ({' '.join(name)} {words[i + width]}), not an occasion"
    # "a new game, codenamed Falcon": a codename is a work's (or a project's) working
    # title, never an occasion ("At Falcon, who ...?")
    for i in range(1, len(words) - width + 1):
        if words[i:i + width] == name and words[i - 1].lower() in CODENAME_WORDS:
            return f"the frame names a codename ({' '.join(name)}), not an occasion"
    return None


# An "At <X>, " frame says the fact happened at an occasion. Two kinds of name are no
# occasion: a prize given to someone ("won the Volpi Cup for best actress": the prize, not
# the festival that gave it) and a game or sport written only as the field of its players
# ("the Rocket League world champions": the game, not the tournament). Last words of a prize's
# name; "Awards" (plural) names the ceremony and is left out. A Cup or a Trophy is often a
# competition ("the World Cup", "the Champions Trophy"): only the article's own words decide.
PRIZE_HEADS = {"cup", "trophy", "prize", "award", "medal", "lion", "bear", "globe", "palm"}
# Words after a prize's name that say it was given in a category: "the X Cup for best actress".
PRIZE_FOR = re.compile(r"^for (?:best|outstanding|most|his|her|their|the best)\b", re.I)
# Words before a name that give it as won or handed over, not as a place in time.
PRIZE_VERBS_BEFORE = {"won", "win", "wins", "winning", "awarded", "received", "receive",
                      "collected", "scooped", "handed", "given", "presented", "earned"}
# Words before a name that give it as an occasion ("at the 2023 X", "during the X").
OCCASION_BEFORE = {"at", "in", "during", "before", "after", "since", "throughout", "of"}
# Words after a name that give it as an occasion: "the X final", "the X ceremony".
OCCASION_AFTER = {"final", "finals", "semi-final", "semi-finals", "quarter-final", "ceremony",
                  "match", "matches", "game", "games", "tournament", "draw", "tie", "ties",
                  "campaign", "run", "group", "qualifier", "qualifiers", "qualifying", "gala",
                  "night", "show", "festival", "edition", "season", "race", "event", "week",
                  "weekend", "playoffs", "play-offs", "stage", "round", "series"}
# Nouns a game's or a sport's name modifies when it names the field, not an event:
# "the Rocket League world champions", "a Rocket League pro", "the chess scene". (Not
# "champion" or "title" alone: "the new Harbour Open champion" is the event's.)
FIELD_NOUNS = {"world", "player", "players", "pro", "pros", "scene", "esports", "community",
               "fans", "fan", "roster"}


# A name the article itself calls a prize in an apposition right after it: "took the Silver
# Rose Bowl, the competition's top prize", "lifted the Harbour Plate, the trophy for the
# winners". Whatever the name's last word (a bowl, a plate, a rose), the article says it is
# handed to someone, not an occasion things happen at.
PRIZE_APPOSITION_NOUNS = {"prize", "prizes", "award", "awards", "trophy", "honour", "honor",
                          "accolade"}


def _prize_apposition(words: tuple[str, ...], end: int) -> bool:
    """The words right after a name (at `end`) are ", the/its ... prize" (four words at
    most before the noun)."""
    if end >= len(words) or words[end] != ",":
        return False
    rest = [w.lower() for w in words[end + 1:end + 7]]
    if not rest or rest[0] not in {"the", "its", "their", "a"}:
        return False
    for word in rest[1:6]:
        if word in PRIZE_APPOSITION_NOUNS:
            return True
        if not re.fullmatch(r"[\w'’-]+", word):
            return False  # the apposition ended before any prize noun
    return False


def non_event_frame(question: str, doc: Doc | None) -> str | None:
    """"At the 2023 Volpi Cup, who was named best actor?" (a prize) and "At the 2023 Rocket
    League, who had won the Winter Major?" (a game): the frame's name is an occasion only
    when the article ever writes it as one; see PRIZE_HEADS and FIELD_NOUNS."""
    match = AT_FRAME.match(question)
    if match is None or doc is None:
        return None
    name = re.sub(r"^(?:\d{4}(?:[-–]\d{2,4})? )", "", match.group(1)).split()
    name = tuple(w for w in name if w.lower() != "the") if name[:1] == ["the"] else tuple(name)
    if not name:
        return None
    width = len(name)
    words = doc_words(doc)
    seen = [i for i in range(len(words) - width + 1) if words[i:i + width] == name]
    if not seen:
        return None

    def before(i: int) -> list[str]:
        # up to two words before, past "the" and a year ("at the 2023 X")
        back = [w.lower() for w in words[max(0, i - 3):i]]
        return [w for w in back if w != "the" and not re.fullmatch(r"\d{4}", w)]

    def after(i: int) -> str:
        return words[i + width].lower() if i + width < len(words) else ""

    occasion = any(
        (before(i)[-1:] and before(i)[-1] in OCCASION_BEFORE) or after(i) in OCCASION_AFTER
        for i in seen
    )
    if occasion:
        return None
    if any(_prize_apposition(words, i + width) for i in seen):
        return f"the frame names a prize ({' '.join(name)}), not an occasion"
    head = name[-1].lower()
    if head in PRIZE_HEADS:
        given = any(before(i)[-1:] and before(i)[-1] in PRIZE_VERBS_BEFORE for i in seen)
        for_category = any(PRIZE_FOR.match(" ".join(words[i + width:i + width + 3]))
                           for i in seen)
        if for_category or (given and head not in {"cup", "trophy"}):
            return f"the frame names a prize ({' '.join(name)}), not an occasion"
    if all(after(i) in FIELD_NOUNS for i in seen) and name[0][:1].isupper():
        return f"the frame names a game or a field ({' '.join(name)}), not an occasion"
    return None


# "Vezenkov left Piraeus in 2023": what a person leaves is as often a club, a band, a label
# or a country as a town, and the town often stands for the club there. "Which place did
# Vezenkov leave?" and the blank "Vezenkov left _____" fit the city, the club and the
# country alike. A wh-question asked with the answer's own kind ("Which city", "Which
# club") has one answer; the bare "place" and any blank do not.
LEAVE_VERBS = {"leave", "quit", "depart", "exit", "abandon"}
LEFT_ASKED_TYPES = {"place", "city", "country", "venue", "organization", "team", "group",
                    "label", "company"}


def left_place_asked(form: str, answer_type: str, spans: list[Span]) -> str | None:
    if form not in {"wh", "blank"} or answer_type not in LEFT_ASKED_TYPES:
        return None
    if form == "wh" and answer_type != "place":
        return None  # "Which city did X leave in 2023?": its own kind, one answer
    for span in spans:
        root = span.root
        if root.dep_ == "dobj" and root.head.lemma_.lower() in LEAVE_VERBS:
            return ("what a person leaves (a club, a band, a country or a town) has many "
                    "answers as a place or a blank")
    return None


# "At the Billboard Music Awards 2018, which group met ... during their appearance at the
# prestigious music award?": the sentence's description of the occasion ("the prestigious
# music award") kept after the frame that names it says the occasion twice, the second time
# vaguely, as if another one were meant.
FRAME_RESAID = re.compile(
    r"^(?:True or false: )?At [^,?]+, .*\bat the (?:[a-z-]+ ){0,3}"
    r"(?:award|awards|ceremony|show|gala|festival|event|tournament)\b(?! [A-Z\d])"
)


def frame_said_twice(question: str) -> str | None:
    if FRAME_RESAID.search(question):
        return "the framed occasion is said again by a description ('at the ... ceremony')"
    return None


# "Who was X's pie praised by as 'proper, honest baking'?": a passive question's stranded
# "by" must end it; an "as"-complement after it ("by as ...") reads as garbled English.
AGENT_BEFORE_AS = re.compile(r"\b[Ww]ho (?:was|were|is|are|has been|had been) .+ by as\b")


def agent_stranded_before_as(question: str) -> str | None:
    if AGENT_BEFORE_AS.search(question):
        return "a stranded 'by' followed by an 'as' phrase ('praised by as ...')"
    return None


# ("dubbed" left out: "a bout dubbed the Thrilla in Manila" is an occasion)
CODENAME_WORDS = {"codenamed", "code-named", "codename", "code-name"}


FOCUS_ADVERBS = ("alone", "only")


def focus_adverb_cut(question: str, answer: str, sentence: str) -> str | None:
    """"Where did Scholastic print 2.5 million copies alone?" from "... in the United
    States alone": a focus adverb right after the answer belongs to it ("the United States
    alone"); left at the end of the question, cut from its noun, it reads as garbled."""
    words = question.rstrip("?\". ").split()
    if not words or words[-1].lower() not in FOCUS_ADVERBS or not answer:
        return None
    if re.search(re.escape(answer) + r"\W{0,2}\s+" + words[-1] + r"\b", sentence, re.I):
        return f"the focus adverb {words[-1]!r} is cut from the answer it belongs to"
    return None


# "At the 2024 World Championships, who finished fourth?": championships and games hold
# several events (men's, women's, pairs; weight classes, distances), each with its own
# fourth place, so a placing there has one answer only when the event is named.
MULTI_EVENT = re.compile(r"\b(?:Championships|Games|Olympics|Paralympics|Olympiad)\b")
PLACING = re.compile(
    r"\b(?:who|_____) (?:finished|placed|came|ended up|ended|took|won|claimed|earned)"
    r"(?: in)?(?: the)? (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|last|\d+(?:st|nd|rd|th)|runner-up|gold|silver|bronze)\b"
    r"(?: (?:place|position|medal))?(?: overall)?[?\"]",
    re.I,
)
NAMED_EVENT = re.compile(
    r"\b(?:men's|women's|mixed|pairs?|singles|doubles|ice dance|boys'|girls'|relay|team"
    r"|event|final|race|category|class|division|\d+\s?(?:m|km|kg)|metres?|meters?)\b",
    re.I,
)


def placing_without_event(question: str) -> str | None:
    """A place or medal at a championships or games of several events, asked with no
    event named: one answer per event, so many answers."""
    frame = AT_FRAME.match(question)
    if frame is None or not MULTI_EVENT.search(frame.group(1)):
        return None
    rest = question[frame.end():]
    if PLACING.search(rest) and not NAMED_EVENT.search(rest):
        return "a placing at a championships of several events, with no event named"
    return None


ORDINAL_WORDS = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d+(?:st|nd|rd|th)"
)
# "his third in a row", "her second of the night": an ordinal after a possessive with its
# noun left out (the sentence before said what it counts); cut from that context the
# question cannot say third what.
ELIDED_ORDINAL = re.compile(
    r"\b(?:his|her|their|its|[A-Z][\w-]*'s?) (?:" + ORDINAL_WORDS + r")"
    r"(?=[?,.!\"]| (?:in|of|at|on|for|since|with|from|after|before|and|straight|ever|this|that)\b)"
)


# "Which album was her fifth?": the question's own "Which <noun>" names what is counted
WHICH_NOUN_END = re.compile(r"^(?:At [^,?]+, )?(?:Which|What) (?!is\b|was\b|did\b|does\b)\w+ ")


def elided_ordinal(question: str) -> str | None:
    match = ELIDED_ORDINAL.search(question)
    if match and not (question[match.end():] == "?" and WHICH_NOUN_END.match(question)):
        return f"an ordinal with its noun left out ({match.group(0)!r})"
    return None


BE_HAVE = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get",
           "gets", "got"}


def _reduced_relative(token: Token) -> bool:
    """A past participle set off after a noun with no subject, auxiliary, agent or
    conjunction of its own ("a new game, codenamed Black Flag"). The small model tags many
    of them as a past tense coordinated with the main verb ("conj", "advcl"); a real second
    verb of the subject is joined by "and"/"or" ("revealed a game and released it")."""
    if token.tag_ not in {"VBN", "VBD"} or token.dep_ not in {"acl", "appos", "advcl", "conj"}:
        return False
    if token.i < 2 or token.doc[token.i - 1].text != ",":
        return False
    if token.doc[token.i - 2].pos_ not in {"NOUN", "PROPN"}:
        return False
    own = {"nsubj", "nsubjpass", "aux", "auxpass", "agent", "mark"}
    if any(child.dep_ in own for child in token.children):
        return False
    # read as a coordinated verb: one only when no "and"/"or" joins the pair (a "cc" under
    # an "advcl" joins a later verb to it: ", codenamed X, and hired ...")
    return token.dep_ != "conj" or not any(
        child.dep_ == "cc" for child in (*token.head.children, *token.children)
    )


def reduced_relative_as_verb(question: str, sents: Iterable[Span]) -> str | None:
    """"Kobold Press revealed a new game, codenamed Black Flag" -> "Which event did Kobold
    Press codename?": a past participle after a noun ("a new game, codenamed ...",
    "a studio based in Malibu") describes that noun; it is no verb of the sentence's subject.
    With its agent written ("produced by Jack Antonoff") the question has its subject and
    is kept."""
    for sent in sents:
        for token in sent:
            if not _reduced_relative(token):
                continue
            lemma = re.escape(token.lemma_.lower())
            if re.search(r"\b(?:did|does|do)\b[^?]* " + lemma + r"\b", question, re.I):
                return f"the participle {token.text!r} of a reduced relative asked as a verb"
            for hit in re.finditer(r"(\S+) " + re.escape(token.text) + r"\b", question):
                before = hit.group(1)
                if before.endswith(",") or before.lower() in BE_HAVE:
                    continue
                if before.lower() == token.head.text.lower():
                    continue  # "a new game codenamed ...": still the noun's modifier
                return f"the participle {token.text!r} of a reduced relative asked as a verb"
    return None


# Prepositions that name an earlier or later mark to measure from ("its first champion
# since Ola Berg in 2009", "the best finish before Rome in 1990").
MARK_PREPOSITIONS = {"since", "before", "after", "until", "than"}


def year_of_an_earlier_mark(
    answer: str, answer_type: str, form: str, sents: Iterable[Span]
) -> str | None:
    """"Norway celebrates its first world champion since Ola Berg in 2009": the parser
    hangs "in 2009" on the verb, but a year right after the complement of "since" (or
    "before", "after", "until", "than") dates that complement (Berg's title), not the main
    verb: "In which year does Norway celebrate ...?" -> 2009 is wrong."""
    if form == "truefalse" or answer_type != "year":
        return None
    for sent in sents:
        for token in sent:
            if token.text != answer or token.head.lower_ not in {"in", "of"}:
                continue
            prep = token.head
            if prep.i != token.i - 1 or prep.i < 2:
                continue
            before = token.doc[prep.i - 1]
            if before.pos_ not in {"PROPN", "NOUN"}:
                continue
            mark = before
            while mark.dep_ in {"compound", "pobj", "flat"} and mark.head.i != mark.i:
                mark = mark.head
                if mark.lower_ in MARK_PREPOSITIONS:
                    return ("a year that dates the complement of 'since'/'before'/'after', "
                            "asked as the main verb's")
    return None


def stranded_since(question: str, form: str) -> str | None:
    """"Who does Norway celebrate its first world champion in 2009 since?": the complement
    of "since" asked with the preposition left at the end, cut from the noun it measures."""
    if form == "wh" and question.endswith(" since?") and re.match(
        r"^(?:Who|What|Which)\b", question
    ):
        return "'since' stranded at the end of the question"
    return None


# "What does X have?", "What did X get?": a bare possession names no kind of thing had
# ("now 'Silver Tide' has a Grammy": has what?); "How many pieces does X have?" has one.
BARE_POSSESSION = re.compile(r"^What (?:does|do|did) .+ (?:have|get|hold|own)\?$")
BARE_POSSESSION_BLANK = re.compile(r"\b(?:has|have|had|gets|got|owns) (?:an? |the )?_+[\"”']*\??$")


def bare_possession(question: str, form: str) -> str | None:
    if form == "wh" and BARE_POSSESSION.match(question):
        return "a bare possession ('What does X have?') names no kind of thing"
    if form == "blank" and BARE_POSSESSION_BLANK.search(question):
        return "a blank after a bare 'has' names no kind of thing"
    return None


# Occasions held every year (or every few): "the Grammy Awards", "the World Cup", "the
# US Open" name a series of editions; only a year or an edition says which one.
YEARLY_FRAME = re.compile(
    r"^(?:True or false: |[^\"]* fills the blank: \")?(?:At|In|On|During) (?:the )?"
    r"((?:[A-Z][\w'’.-]*\s+){0,5}(?:Awards|Grammys|Oscars|Emmys|Brits|Championships?|Cup|Open|"
    r"Games|Olympics|Festival|Prix|Contest|Bowl|Series|Classic|Marathon|Masters|Tour)), "
)
SENTENCE_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def yearly_frame_without_year(question: str, sentence: str) -> str | None:
    """"At the Grammy Awards, who beat Justin Bieber?" from "... since bassist Esperanza
    Spalding in 2011, when Spalding famously beat Justin Bieber": the frame names a series
    of yearly editions and the sentence gives the year that says which, but the question
    left it out (which Grammys?)."""
    frame = YEARLY_FRAME.match(question)
    if frame is None or gates.DATE_OR_YEAR.search(question) or gates.EDITION.search(question):
        return None
    years = set(SENTENCE_YEAR.findall(sentence))
    if years and not any(year in question for year in years):
        return "a yearly event framed without the year its sentence gives"
    return None


PAST_PERFECT_ASKED = re.compile(r"^(?:Who|What) had\b")
# a time said with its year ("in 2019", "on 3 May 2021", "by March 2020"); a year inside
# a name ("the 2023 Golden Globe") says which prize, not when the deed came before
TIME_WITH_YEAR = re.compile(
    r"\b(?:in|on|by|of|since|until|before|after) (?:[A-Z][a-z]+ )?(?:\d{1,2},? )?"
    r"(?:[A-Z][a-z]+ )?(?:19|20)\d{2}\b"
)


def past_perfect_unanchored(question: str) -> str | None:
    """"What had won the Golden Globe in January?" from "For 'RRR', which had already won
    the Golden Globe ...": the past perfect sets a deed before another past moment (the
    night of the sentence, a later match); asked alone, with no occasion frame, year or
    edition, that moment is gone and "had" reads as odd. Framed or dated ("At the 2025 PDC
    World Championship, who had beaten ...?") it keeps its moment."""
    if not PAST_PERFECT_ASKED.match(question):
        return None
    if gates.CONTEXT_FRAME.match(question) or TIME_WITH_YEAR.search(question):
        return None
    return "a past perfect asked with nothing before which it happened"


# A count of what a person did once ("reached six zones", "scored 14 points", "made 31
# saves"): the same person does it again in every final, match or round. "How many zones
# did Grossman reach?" says neither which contest nor when; a frame, a year, a day, an
# edition or a quoted work pins it. An aside set off by commas ("Grossman, the 2022
# champion, ...") describes the person, not the occasion, so its year does not count.
COMMA_ASIDE = re.compile(r", [^,?]*,")
PAST_COUNT = re.compile(r"^How many [\w\s'-]+? did ")
# "in their first three days", "in her debut season": a period of the doer's own says
# which occasion, as a year would
OWN_PERIOD = re.compile(r"\b(?:his|her|their|its) (?:first|opening|debut)\b")
NAME_RUN = re.compile(r"(?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*)*")


def person_tally_unpinned(
    question: str, form: str, answer_type: str, sents: list[Span]
) -> str | None:
    if form == "truefalse":
        body = question.removeprefix("True or false: ")
        if not re.search(r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve)\b", body) or re.search(
                             r"\b(?:has|have|is|are|was|were|will)\b", body):
            return None
    elif answer_type == "count" and PAST_COUNT.match(question):
        body = question[len("How many "):]
    else:
        return None
    body = COMMA_ASIDE.sub(" ", body)
    if gates.names_a_time_or_edition(body) or '"' in question or "“" in question:
        return None
    if gates.CONTEXT_FRAME.match(question) or OWN_PERIOD.search(body):
        return None
    names = [n for n in NAME_RUN.findall(body)]
    if not names or not sents:
        return None
    people = {t.text for sent in sents for t in sent if t.ent_type_ == "PERSON"}
    if all(all(word in people for word in n.split()) for n in names):
        return "a count of one person's doing with no contest, year or day (which final?)"
    return None



# A place in a contest: "came first", "finished last", asked as the answer ("in which
# position did X come?") or kept in a subject question ("Who finished last?").
POSITION_ASKED = re.compile(
    r"\b(?:in which position|which position fills the blank)\b", re.I
)
# The part of an event a place belongs to, said in the sentence: a fronted "In the
# technical challenge, " or "in the second heat".
CONTEST_PART = re.compile(
    r"^(?:In|During|At) the ([^,]{2,60}),|\b[Ii]n the ((?:[\w-]+ ){0,3}(?:round|challenge|heat"
    r"|race|stage|leg|semi-final|quarter-final|task|test|sprint|qualifying|category))\b"
)


def position_without_contest(question: str, answer_type: str, sentence: str) -> str | None:
    """"In <show>, in which position did X come?" (from "In the technical challenge, ...
    X came first"): a place belongs to one contest, and the sentence names it (a round, a
    challenge, a heat); the question that drops it asks a place in the whole show, which
    the sentence does not say. Asked when the question keeps the contest's head noun."""
    asked = POSITION_ASKED.search(question) or PLACING.search(question)
    if answer_type != "position" and not asked:
        return None
    match = CONTEST_PART.search(sentence)
    if match is None:
        return None
    head = (match.group(1) or match.group(2)).split()[-1].lower()
    if re.search(rf"\b{re.escape(head)}\b", question.lower()):
        return None
    return f"a place with its contest ('the {head}') dropped"


TIME_UNITS = r"(?:second|minute|hour|day|night|week|weekend|month|season|lap)s?"
# "in the first hour", "in its second week": a time counted from an event ("the first hour"
# of the launch) asked as "In which hour ...?" / "Which hour fills the blank".
RELATIVE_TIME_ANSWER = re.compile(
    r"^(?:the )?(?:" + ORDINAL_WORDS + r"|last|final|opening) " + TIME_UNITS + r"$"
)  # lower case only: "The Final Season" is a title, not a time


def relative_time_without_event(question: str, answer: str) -> str | None:
    """"In which hour did the stores have outages? -> first hour": a first hour, second
    week or last day counts from an event (a launch, a release, a race) the question must
    name ("in which hour of the launch"); with nothing it counts from, it has no context.
    A moment of a match ("In which minute") is minute_needs_match's."""
    if not RELATIVE_TIME_ANSWER.match(answer.strip()):
        return None
    unit = answer.split()[-1].lower()
    if unit.startswith("minute"):
        return None
    if re.search(rf"\bwhich {unit}s? of\b", question, re.I) or re.search(
        rf"\b{unit}s? of\b", question, re.I
    ):
        return None  # "In which week of its release ...": the event is named
    return f"a relative time ({answer!r}) with no event it counts from"


# Verbs of winning said as the purpose or result of the main verb: "crossed the line to
# claim his fourth title", "held on to win by a point".
# Verbs with an opponent for object: one side beats it, so the predicate has one answer.
BEATING_VERBS = {"beat", "defeat", "edge", "overcome", "outlast", "outscore", "thrash", "upset",
                 "overpower", "outplay", "sweep", "rout", "stun", "eliminate", "knock"}
WINNING_PURPOSE = {"win", "claim", "clinch", "seal", "secure", "capture", "retain", "defend"}


def winning_purpose_cut(question: str, form: str, sents: Iterable[Span]) -> str | None:
    """"Who crossed the final finish line of the rally?" from "X crossed the final finish
    line to claim his fourth title": the infinitive of winning is the point of the
    sentence; cut from a subject question, what is left (crossing the line, holding on) is
    done by every finisher or does not read. Kept when the question keeps the infinitive
    ("beat Cork to win the final")."""
    if form != "subject":
        return None
    low = f" {question.lower().rstrip('?')} "
    for sent in sents:
        for token in sent:
            if token.dep_ not in {"advcl", "xcomp"} or token.lemma_.lower() not in WINNING_PURPOSE:
                continue
            if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
                continue
            verb = token.head
            if verb.pos_ not in {"VERB", "AUX"} or f" {verb.lower_} " not in low:
                continue
            if verb.lemma_.lower() in BEATING_VERBS or any(
                c.dep_ == "dobj" and (c.ent_type_ or c.pos_ == "PROPN" or c.text[:1].isupper())
                for c in verb.children
            ):
                continue  # "beat Jak Jones 18-14 to win": the opponent pins the one winner
            if f" to {token.lower_} " in f"{low} ":
                continue
            return f"the purpose 'to {token.lower_} ...' of '{verb.text}' cut from the question"
    return None


# A kin a person has only one of ("Which father of Mia Cole ...?" reads as if she had
# several): "which" picks one of many.
ONE_OF_A_KIND_KIN = re.compile(r"^Which (?:father|mother|husband|wife|dad|mom|mum) of\b", re.I)


def one_of_a_kind_kin_asked_which(question: str) -> str | None:
    if ONE_OF_A_KIND_KIN.match(question):
        return "'which' asked of a kin a person has only one of"
    return None


BLANK = "_____"
KIN_LEMMAS = {
    "daughter", "son", "wife", "husband", "mother", "father", "brother", "sister", "mom",
    "dad", "mum", "cousin", "niece", "nephew", "grandmother", "grandfather", "uncle", "aunt",
    "stepfather", "stepmother", "twin",
}
# The forms that ask for a bare given name as a name: "What is the name of Mia Cole's
# father?", "Which daughter of John Legend ...?"
NAME_ASKED = re.compile(r"^What is the name of\b|^Which \w+ of\b")
WHOSE_KIN = re.compile(r"^Whose (\w+) is (\w+)\?$")


def _bare_given_names(doc: Doc) -> dict[str, set[str]]:
    """One-word person names the article never gives in full (no longer person name has
    the word), each with the kin nouns it stands next to ("Mia's father Rob, Ann's
    brother": Rob -> {father, brother})."""
    full_words = {
        w for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for w in e.text.split()
    }
    bare: dict[str, set[str]] = {}
    characters = {t.text for t in doc if t.pos_ == "PROPN" and _character(t)}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) != 1 or ent.text in full_words:
            continue
        if not ent.text.isalpha() or not ent.text[:1].isupper() or ent.text in characters:
            continue
        kin = bare.setdefault(ent.text, set())
        token = ent[0]
        for other in [token.head, *token.children]:
            if other.lemma_.lower() in KIN_LEMMAS and other.pos_ == "NOUN":
                kin.add(other.lemma_.lower())
    # only a name some kin noun stands next to somewhere: a family member named by the
    # given name alone (a mononym star, "Rihanna", is no one's "father X")
    return {name: kin for name, kin in bare.items() if kin}


# Verbs and nouns that take a character's name: "danced Tita", "voices Bandit", "the voice
# of Chilli", "as Pedro". A story's characters go by their given names; that is their name.
ROLE_VERBS = {"play", "voice", "dance", "portray", "sing", "star"}
ROLE_HEADS = {"voice", "role", "part", "character"}
# "an episode of Bluey": a work's name, not a person's (its hero may share it)
WORK_HEADS = {"episode", "series", "season", "show", "film", "novel", "book", "game"}


def _character(token: Token) -> bool:
    head = token.head
    if head.lemma_.lower() in ROLE_VERBS and token.dep_ in {"dobj", "attr"}:
        return True
    if head.lower_ == "as" and token.dep_ == "pobj":
        return True
    return head.lower_ == "of" and head.head.lemma_.lower() in ROLE_HEADS | WORK_HEADS


# Words of an article about a story (an episode, a novel): its characters go by their given
# names ("poisoned by his cousin Baelor"), and that is their whole name.
STORY_WORDS = {"episode", "novel", "character", "sitcom", "saga", "chapter", "storyline"}


def _tells_a_story(doc: Doc) -> bool:
    return any(t.lemma_.lower() in STORY_WORDS for t in doc)


def _after_kin(question: str, word: str) -> bool:
    """"with her father Michael", "her father _____": the kin noun right before the bare
    name says who he is."""
    kin = "|".join(sorted(KIN_LEMMAS))
    return re.search(rf"\b(?:{kin})s? {re.escape(word)}(?!\w)", question) is not None


def bare_given_name_asked(question: str, answer: str, doc: Doc | None) -> str | None:
    """A family member the article names only by a given name ("Mia's father Rob"): "Rob"
    alone pins nobody, so it is neither the answer ("Who was hurt in 2008? Rob": half a
    name) nor the named subject of a question ("Where was Rob hurt?"). Asked for as a name
    it stands ("What is the name of Mia Cole's father?"), and so does "Whose daughter is
    Rob?" when the article ties the name to that one kin: the kin is its whole identity.
    Tied to two ("Mia's father Rob, Ann's brother") the bare name is a third person
    between two relations and "Whose father is Rob?" reads as a riddle."""
    if doc is None or _tells_a_story(doc):
        return None
    bare = _bare_given_names(doc)
    if not bare:
        return None
    if answer in bare and not NAME_ASKED.match(question) and not _after_kin(question, BLANK):
        return "a given name the article never gives in full as the answer"
    whose = WHOSE_KIN.match(question)
    if whose and whose.group(2) in bare:
        if len(bare[whose.group(2)]) > 1:
            return "a bare given name tied to two kin, asked as whose kin it is"
        return None
    if NAME_ASKED.match(question):
        return None
    words = {w for w in re.findall(r"[A-Z][a-z]+", question) if not _after_kin(question, w)}
    if words & set(bare):
        return "a given name the article never gives in full as the question's subject"
    return None


# A frame naming a season-long competition or a meeting of many races or matches ("At
# the 2024 Premier League", "At the 2023 Isle of Man TT"), not one match of it.
SEASON_FRAME = re.compile(
    r"^(?:At|In|During) the (?:\d{4} )?[A-Z][^,]*\b(?:League|Cup|Championships?|Series|"
    r"Olympics|Games|TT|Tour|Season)\b[^,]*, ",
)
# One match's or race's own moments: a running score ("led 6-4", "13-10 ahead"), "the
# best tally of the night", "on lap three", "in the 27th minute", "14 seconds back".
MATCH_MOMENT = re.compile(
    r"\b\d{1,3}-\d{1,3}\b|\bof the (?:night|match|game|race|final|day)\b|\bon lap\b|"
    r"\b(?:opening|first|second|final|last) (?:lap|half|quarter|period|set|minute)s?\b|"
    r"\b\d+(?:st|nd|rd|th) minute\b|\bseconds? (?:back|behind|ahead)\b|\bminutes from time\b",
    re.I,
)
# Words by which a question names the match or race itself.
MATCH_NOUNS = re.compile(
    r"\b(?:final|semi-final|quarter-final|match|game|race|decider|derby|leg|heat|stage|"
    r"round|playoff|play-off|tie|sprint)s?\b"
    # or names one event of a meeting: "the women's 1500m", "the men's downhill"
    r"|\b\d+ ?(?:m|km|metres|meters|miles?)\b|\b(?:men's|women's|mixed|singles|doubles|pairs|"
    r"relay|slalom|downhill|super-g|marathon)\b",
    re.I,
)
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|"
           "November|December")
DAY_DATE = re.compile(rf"\b\d{{1,2}} (?:{_MONTHS})\b|\b(?:{_MONTHS}) \d{{1,2}}\b")
SEASON_WORDS = re.compile(r"\b(?:season|campaign|all year|career)\b", re.I)


# The sentence that holds the fact is the last one a candidate's sentence gives (a sentence
# before it is context).
SENTENCE_BREAK = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")


def _fact_sentence(sentence: str) -> str:
    return SENTENCE_BREAK.split(sentence.strip())[-1]


def _frame_leaves_match_open(question: str, frame: re.Pattern[str]) -> bool:
    """The question opens with `frame` (a season, meeting or tournament) and names
    neither the match nor a day ("on 29 June 2024" pins the match)."""
    return (
        bool(frame.match(question))
        and not MATCH_NOUNS.search(question)
        and not DAY_DATE.search(question)
    )


def match_moment_framed_by_season(question: str, sentence: str) -> str | None:
    """"At the 2024 Pro Kabaddi League, who led 6-4 before the defence settled?": a moment
    of one match (a running score, "the best tally of the night", "on lap three") framed
    by the season or the meeting it belongs to, of which every match has such moments;
    the frame must name the match. (Read in the sentence that holds the fact, the last one
    given: a sentence before it is context.)"""
    if not _frame_leaves_match_open(question, SEASON_FRAME):
        return None
    last = _fact_sentence(sentence)
    if SEASON_WORDS.search(last) or not MATCH_MOMENT.search(last):
        return None
    return "a moment of one match framed only by its season or meeting"


# A return ("brought the tour back to Lima", "returned to Lima"): there
# were visits before, so the return needs its year or date.
# (to a named place: "brings Midna back to life" is no visit)
RETURN_WORDS = re.compile(r"\b(?:back (?:to|in|at)|return(?:s|ed|ing)? to) (?:the )?[A-Z]")
PERSON_ANSWERS = {"person", "player", "group", "band", "team", "organization"}


def return_without_year(question: str, answer_type: str) -> str | None:
    """"Which tour did Mia Cole bring back to Lima?": a return is one of several visits;
    asked for what came back with no year or date, any earlier visit's tour fits. The
    one who came back ("Who brought the Halo Tour back to Lima?") is pinned by the thing
    named."""
    if answer_type in PERSON_ANSWERS or not RETURN_WORDS.search(question):
        return None
    if DATE_IN_QUESTION.search(question):
        return None
    return "a return asked with no year or date"


# Verbs of stopping or coming to a place: their "at"/"in" takes a place ("retired at
# Ramsey", "crashed at the hairpin", "stopped in Leeds").
STOP_VERBS = r"(?:retire|stop|crash|finish|arrive|stall|pit|fall|spin|break down|pull over)"
WHO_STOP = re.compile(rf"\bwho(?:m)? did .+ {STOP_VERBS} (?:at|in)\b", re.I)
BLANK_STOP = re.compile(rf"\b{STOP_VERBS}(?:e?d|ped) (?:at|in) _____", re.I)


def place_asked_who_after_stop(question: str, answer_type: str) -> str | None:
    """"Who did Sam Lee retire at on lap three?": "who" asked for the place a verb of
    stopping or coming takes with "at"/"in" (the model read the place as a person). A
    place would be asked "Where"; a person-typed answer there is a misread place."""
    if answer_type not in PERSON_ANSWERS:
        return None
    if WHO_STOP.search(question) or BLANK_STOP.search(question):
        return "'who' asked for the place of a verb of stopping"
    return None


# Round 26a. A frame "At the <year> <Event>, " naming a whole tournament or edition (not
# one match of it) ...
EVENT_YEAR_FRAME = re.compile(
    r"^(?:Which \w+ fills the blank: [\"“])?(?:At|In|During) the \d{4} [A-Z][^,]*, ")
# ... and the moments of one game, map, set or frame of a series: "levelled", "game
# three", "took the opener", "the decider", "won the second map". Every match of an event
# has them, so the frame must name the match (a final, a date).
SERIES_MOMENT = re.compile(
    r"\blevel(?:l?ed|s)\b|\b(?:game|map|set|frame|round) (?:one|two|three|four|five|six|"
    r"seven|\d)\b|\bthe (?:opener|decider)\b|\b(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|deciding|final) (?:game|map|set|frame)\b",
    re.I,
)


def series_moment_framed_by_event(question: str, sentence: str) -> str | None:
    """"At the 2024 Spring Masters, who levelled on Harbour with a quick rush?": a moment
    of one game or map of a best-of series framed only by the tournament it belongs to;
    every series there has an opener and a leveller. The frame must name the match (or
    the question its day). (Extends match_moment_framed_by_season to tournaments named by
    year and to games, maps and sets.)"""
    if not _frame_leaves_match_open(question, EVENT_YEAR_FRAME):
        return None
    if not SERIES_MOMENT.search(_fact_sentence(sentence)):
        return None
    return "a moment of one game of a series framed only by its tournament"


# "Who succeeds X?": succession is to a post or a prize ("as captain", "as the winner of
# the Golden Pen"); without it in the question nothing says what passed from one to the
# other.
SUCCEED = re.compile(r"\bsucceed(?:s|ed|ing)?\b", re.I)
SUCCEEDED_POST = re.compile(
    r"\bas\b|\b(?:prize|award|trophy|title|medal|cup|honou?r|crown|throne|post|role|"
    r"chair|seat|presiden\w*|president|captain\w*|coach|manager|director|editor|leader|"
    r"head|chief|champion\w*|winner|laureate|host|ceo|king|queen)s?\b|\b[A-Z]\w+ (?:Prize|"
    r"Award|Trophy|Medal|Cup)\b",
    re.I,
)


def succession_without_post(question: str) -> str | None:
    """"Who succeeds Ana Ruiz?", "Which name fills the blank: "Tom Hale succeeds _____"?":
    what is handed on (a prize, a post) is not in the question."""
    if not SUCCEED.search(question) or SUCCEEDED_POST.search(question):
        return None
    return "a succession asked with no post or prize"


# "In the Spaniard–Okafor match of ...": a match is named by its two sides' names; a
# description ("the Spaniard", "the champion") as one side reads as a name nobody has.
MATCH_SIDES = re.compile(
    r"\b(?:[Tt]he )?(\S+)[–—-](\S+) (?:match|game|final|bout|fight|clash|tie)\b")
DESCRIPTION_SIDE = re.compile(
    r"^(?:[A-Z][a-z]+(?:man|woman)|Spaniard|Finn|Swede|Dane|Pole|Briton|Serb|Croat|Czech|"
    r"Norwegian|German|Italian|Brazilian|Argentine|American|Australian|Belgian|Austrian|"
    r"Canadian|Russian|Ukrainian|Japanese|Korean|Chinese|Portuguese|Mexican|Swiss|Kiwi|"
    r"[Cc]hampion|[Cc]hallenger|[Vv]eteran|[Hh]olders?|[Tt]eenager|[Yy]oungster|[Ww]inner|"
    r"[Ll]eader|[Hh]osts?|[Vv]isitors?)$"
)


def description_as_match_side(question: str) -> str | None:
    """"In the Frenchman–Okafor match of 3 May 2024, ...": one side of the match's name is a
    description (a nationality noun, "the champion"), not a name."""
    for m in MATCH_SIDES.finditer(question):
        if any(DESCRIPTION_SIDE.match(side) for side in m.groups()):
            return "a description as one side of a match's name"
    return None


# "artist" is read as "singer" (questions/nlp.py's role nouns): right for a pop article,
# wrong for a painter, a comics artist, a sculptor. Without a word of music in the
# sentence, "Which singer" guesses a trade the article does not give.
ARTIST_WORD = re.compile(r"\bartists?\b", re.I)
MUSIC_WORDS = re.compile(
    r"\b(?:sing\w*|sang|sung|songs?|singers?|album\w*|music\w*|band|rap\w*|tracks?|singles?|"
    r"tours?|concerts?|records?|recording\w*|vocal\w*|stage|gigs?|chart\w*|hits?|duet\w*|"
    r"Grammys?|pop|rock|jazz|opera|K-pop|hip-hop|BBMAs?|MTV|Billboard)\b",
    re.I,
)
SINGER_ASKED = re.compile(r"\bWhich singer\b")


def singer_guessed_from_artist(question: str, sentence: str) -> str | None:
    """"Which singer does Lea Hart succeed?" where the sentence says "the Belgian artist":
    the trade is a guess; with no word of music around it the answer may draw or paint."""
    if not SINGER_ASKED.search(question) or not ARTIST_WORD.search(sentence):
        return None
    if re.search(r"\bsinger\b", sentence, re.I) or MUSIC_WORDS.search(sentence):
        return None
    return "'which singer' guessed from 'artist' with no music in the sentence"


# Prepositions after which a cut adjective is left hanging ("with tireless in ...").
_CUT_ADJ_NEXT = r"(?:\?|\s(?:in|on|at|for|with|by|of|to|from|during|after|before)\b)"


# Adjective endings: the small model reads "with tireless, ringing power" as "tireless"
# the noun; the ending still shows an adjective.
_ADJ_ENDING = re.compile(r"[a-z]{3,}(?:less|ful|ous|ive|able|ible|ic|ish)$")


def _adjective_like(tok: Token) -> bool:
    return tok.pos_ == "ADJ" or (tok.pos_ == "NOUN" and bool(_ADJ_ENDING.match(tok.lower_)))


def adjective_pair_cut(question: str, sents: Iterable[Span]) -> str | None:
    """"Who sang the title role with tireless?" (from "with tireless, ringing power"): a
    pair of adjectives cut at its comma, the first one left without its noun. Read in the
    sentence: an adjective followed by a comma and another modifier of the same noun."""
    for sent in sents:
        for tok in sent[:-3]:
            if not _adjective_like(tok) or tok.nbor(1).text != ",":
                continue
            after = tok.nbor(2)
            if after.pos_ not in {"ADJ", "VERB", "ADV"} and after.dep_ != "amod":
                continue
            # the noun the pair modifies, right after the second one ("ringing power")
            if not any(t.pos_ == "NOUN" for t in sent.doc[after.i + 1:after.i + 3]):
                continue
            if re.search(rf"\b{re.escape(tok.text)}{_CUT_ADJ_NEXT}", question):
                return f"the adjective pair cut at its comma after {tok.text!r}"
    return None


def capitalised_modifier_moved(question: str, sents: Iterable[Span]) -> str | None:
    """"What was First-year head coach X, fired in 2018 doused with?": the sentence's
    opening modifier ("First-year", "Veteran"), capitalised only because it opens the
    sentence, carried into the middle of the question with its capital. (A name keeps its
    capital; here the word modifies a common noun: "coach".) The sibling gate
    `sentence_opener_moved` leaves alone an opener the model marks as an entity ("First")."""
    for sent in sents:
        first = sent[0]
        if not first.is_alpha or not first.text[:1].isupper() or first.text.isupper():
            continue
        if first.pos_ == "PROPN" or first.ent_type_ not in {"", "ORDINAL", "DATE", "CARDINAL"}:
            continue  # a name or a proper adjective keeps its capital: "London", "Irish"
        head = first.head  # the common noun it modifies: "First - year", "Veteran coach"
        if first.dep_ not in {"amod", "compound"} or head.pos_ != "NOUN":
            continue
        if head.i <= first.i or head.text[:1].isupper():
            continue  # the opener modifies no common noun: a name, or a verb's subject
        opener = first.text
        if re.search(rf"(?<=[a-z0-9’'] ){re.escape(opener)}\b", question):
            return f"the sentence's opening modifier {opener!r} moved with its capital"
    return None


def of_phrase_stranded(question: str, sents: Iterable[Span]) -> str | None:
    """"How many new lines did X write of dialogue?" (from "wrote 1,000 new lines of
    dialogue"): the noun asked for ("lines") parted from its "of"-phrase, which the
    question leaves after the verb. Read in the sentence: "lines of dialogue" said
    together; in the question the noun comes first and its "of"-phrase only after the
    verb."""
    m = re.match(r"How many ((?:[\w-]+ ){0,3}?[\w-]+) (?:did|do|does|has|have|had|will) ",
                 question)
    if not m:
        return None
    noun = m.group(1).split()[-1]
    rest = question[m.end():]
    for sent in sents:
        for tok in sent:
            if tok.lower_ != noun.lower() or tok.pos_ != "NOUN":
                continue
            prep = [c for c in tok.children if c.lower_ == "of" and c.dep_ == "prep"]
            objs = [o for p in prep for o in p.children if o.dep_ == "pobj"]
            for obj in objs:
                if re.search(rf"\bof (?:the |a |an )?{re.escape(obj.text)}\b", rest):
                    return f"the noun {noun!r} parted from its 'of'-phrase"
    return None


# "Who has won the Grand Prix at ..." : the present perfect of a prize, with no year
# ("Who has won the most ...": a record, kept).
PERFECT_PRIZE_WINNER = re.compile(
    r"^Who (?:has|have) (?:just |now |finally )?won (?:the |a |an )(?!most\b|record\b)", re.I)


def yearly_prize_without_year(question: str) -> str | None:
    """"Who has won the Grand Prix at the Lyon Comics Festival?": a prize given every year
    asked with "has won" and no year: every past winner has won it too, so the question
    has many answers. (The year, when the question gives it, pins the edition.)"""
    if not PERFECT_PRIZE_WINNER.match(question):
        return None
    if gates.DATE_OR_YEAR.search(question) or gates.EDITION.search(question):
        return None
    return "a prize asked with 'has won' and no year"


DIRECTOR_OF_WORK = re.compile(r"^Who (?:is|was) the (?:stage )?director of (?!the \d)")
STAGING_WORDS = re.compile(r"\b(?:production|staging|revival|restaging|new staging)s?\b", re.I)


def staging_director_unpinned(question: str, sentence: str) -> str | None:
    """"Who is the director of Tosca?" from "Director Ana Ruiz's production of Tosca ...":
    the director of one staging of a work that has had many; with no theatre, festival or
    year the question has many answers."""
    if not DIRECTOR_OF_WORK.match(question) or not STAGING_WORDS.search(sentence):
        return None
    if gates.DATE_OR_YEAR.search(question) or re.search(r"\b(?:at|in) the [A-Z]", question):
        return None
    return "a staging's director asked with no theatre, festival or year"


POSSESSIVE = re.compile(r"\b(?:her|his|their)\b", re.I)


def modifier_agent_as_actor(question: str, sents: Iterable[Span]) -> str | None:
    """"In which year did Rosa Lemos make her name?" from "It was the ballad, set to music
    by Rosa Lemos, that made her name in 1999": the person inside a participial modifier's
    by-phrase ("set to music by X") is no actor of the main clause, and "her" there is the
    article's own subject, not X. A question making X the actor, with a possessive that was
    resolved through X, reads the sentence wrongly; if unsure, it is not asked."""
    if not POSSESSIVE.search(question):
        return None
    for sent in sents:
        for ent in sent.ents:
            if ent.label_ != "PERSON":
                continue
            # X asked as the actor: "did X make", "X made" after "True or false:" (not a
            # word of a longer name: "Zelda" in "The Legend of Zelda")
            actor = (rf"(?:\b(?:did|does|do|has|have|had) |^True or false: )"
                     rf"{re.escape(ent.text)} [a-z]")
            if not re.search(actor, question):
                continue
            root = ent.root
            by = root.head
            if root.dep_ != "pobj" or by.lower_ != "by" or by.head.dep_ not in {"acl", "advcl"}:
                continue
            if re.search(rf"\bby {re.escape(ent.text)}", question):
                continue  # asked as the modifier's agent: read rightly
            if sum(ent.text in e.text for e in sent.ents) > 1:
                continue  # named again in the sentence, perhaps as an actor
            return f"{ent.text!r}, the agent of a modifier, asked as the actor"
    return None

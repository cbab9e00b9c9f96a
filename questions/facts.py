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

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from questions.mentions import Mention, Mentions
from questions.nlp import ParsedArticle
from questions.types import Fact, SourceRef

ARG_DEPS = {"dobj", "attr", "dative", "oprd", "acomp"}
SUBJ_DEPS = {"nsubj", "nsubjpass"}
MODALS = {"could", "might", "may", "would", "should", "must", "can"}
HYPOTHETICAL_MARKS = {"if", "unless", "whether", "though", "although"}
CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "advcl"}
EVENT_TYPES = {"event", "award_show", "festival", "tournament", "tour"}
PLACE_TYPES = {"city", "country", "venue", "place"}
TIME_TYPES = {"year", "date"}
ANSWER_TYPES_SKIPPED = {"ordinal", "percent", "quantity", "time", "law", "nationality"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "NORP", "PRODUCT",
               "LANGUAGE"}
VALUE_LABELS = {"DATE", "CARDINAL", "MONEY"}


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

    @property
    def first(self) -> int:
        return self.prep.i if self.prep is not None else min(t.i for t in self.head.subtree)

    def tokens(self) -> list[Token]:
        tokens = list(self.head.subtree)
        if self.prep is not None:
            tokens = [self.prep, *tokens]
        return sorted(tokens, key=lambda t: t.i)


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
    context: dict[str, str] = field(default_factory=dict)

    @property
    def relation(self) -> str:
        words = [self.verb.lemma_.lower()]
        if self.particle is not None:
            words.append(self.particle.lower_)
        return " ".join(words)


def find_answer(head: Token, mentions: Mentions) -> Answer | None:
    """The single name or value filling the phrase headed by `head`, if there is one."""
    doc = head.doc
    if any(c.dep_ == "conj" for c in head.children):
        return None  # a list: no single answer
    mention = mentions.covering(head)
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
        core = _core_tokens(head, hit)
        if core:
            return None  # the phrase says more than the name ("the final against France")
        from_text = hit.name.casefold() in span.text.casefold() or ent_label != ""
        return Answer(hit.name, _role_refined(head, hit), hit.start, hit.end, from_text=from_text)
    # Values: dates and counts.
    if head.ent_type_ == "DATE" and head.pos_ in {"NUM", "PROPN", "NOUN"}:
        ent = _entity_at(head)
        if ent is not None and not _core_tokens(head, Mention(ent.start, ent.end, ent.text, "")):
            fine = ent._.fine_type
            if fine in TIME_TYPES:
                return Answer(ent.text, fine, ent.start, ent.end)
    for child in head.children:
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
            noun = " ".join(
                t.text for t in head.subtree if t.i > child.i and t.i <= head.i
            )
            return Answer(ent.text, "count", ent.start, ent.end, noun=noun)
    return None


def _entity_at(token: Token) -> Span | None:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _is_name(span: Span, mention: Mention) -> bool:
    if mention.type in ANSWER_TYPES_SKIPPED:
        return False
    return any(t.ent_type_ in NAME_LABELS for t in span) or span.root.pos_ == "PROPN"


def _core_tokens(head: Token, mention: Mention) -> list[Token]:
    """Content words of the phrase that are neither the name nor a determiner or role noun."""
    extra = []
    for token in head.subtree:
        if mention.start <= token.i < mention.end:
            continue
        if token.dep_ in {"det", "poss", "punct", "case", "predet", "cc"} or token.is_punct:
            continue
        if token.lower_ in {"'s", "’s", "’", "'"}:
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


def _role_refined(head: Token, mention: Mention) -> str:
    """A role noun beside the name refines a vague type: "singer Khalid" is a singer."""
    from questions.nlp import ROLE_NOUNS

    if mention.type not in {"person", "organization", "title", "thing", "product", "venue"}:
        return mention.type
    for token in head.subtree:
        if mention.start <= token.i < mention.end:
            continue
        role = ROLE_NOUNS.get(token.lemma_.lower())
        if role and token.pos_ == "NOUN":
            if mention.type == "person" and role in {"person", "song", "album"}:
                continue  # "his daughter Luna" stays a person
            return role
    return mention.type


def extract_clauses(parsed: ParsedArticle, mentions: Mentions) -> list[Clause]:
    clauses: list[Clause] = []
    previous_context: dict[str, str] = {}
    for sent in parsed.doc.sents:
        context = sentence_context(sent, mentions)
        carried = {k: v for k, v in previous_context.items() if k not in context}
        for token in sent:
            if token.pos_ not in {"VERB", "AUX"} or token.dep_ not in CLAUSE_DEPS:
                continue
            if token.pos_ == "AUX" and not any(c.dep_ in {"attr", "acomp"} for c in token.children):
                continue
            clause = build_clause(token, sent, mentions)
            if clause is not None:
                clause.context = {**carried, **context}
                clauses.append(clause)
        previous_context = context
    return clauses


def sentence_context(sent: Span, mentions: Mentions) -> dict[str, str]:
    context: dict[str, str] = {}
    for token in sent:
        mention = mentions.at(token)
        if mention is None:
            continue
        if mention.type in EVENT_TYPES:
            context.setdefault("event", mention.name)
        elif mention.type in PLACE_TYPES:
            context.setdefault("place", mention.name)
    for ent in sent.ents:
        if ent.label_ == "DATE" and ent._.fine_type in TIME_TYPES:
            context.setdefault("time", ent.text)
    return context


def build_clause(verb: Token, sent: Span, mentions: Mentions) -> Clause | None:
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return None
    auxes = sorted((c for c in children if c.dep_ in {"aux", "auxpass"}), key=lambda t: t.i)
    if any(a.lower_ in MODALS for a in auxes):
        return None
    if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in children):
        return None
    if verb.tag_ in {"VBG", "VB", "VBN"} and not auxes:
        return None  # participial or bare verb without a finite auxiliary: no tense
    subject_token = next((c for c in children if c.dep_ in SUBJ_DEPS), None)
    if subject_token is None and verb.dep_ == "conj":
        head = verb.head
        subject_token = next((c for c in head.children if c.dep_ in SUBJ_DEPS), None)
        if not auxes:
            auxes = []
    if subject_token is None or (subject_token.i > verb.i and verb.dep_ != "ROOT"):
        return None
    if subject_token.tag_ in {"WP", "WDT", "EX"}:
        return None
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in children)
    subject = Arg(subject_token.dep_, subject_token, answer=find_answer(subject_token, mentions))
    args: list[Arg] = []
    particle = next((c for c in children if c.dep_ == "prt"), None)
    xcomp = next((c for c in children if c.dep_ == "xcomp"), None)
    for child in children:
        if child.dep_ in ARG_DEPS:
            args.append(Arg(child.dep_, child, answer=find_answer(child, mentions)))
        elif child.dep_ in {"prep", "agent"}:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            args.append(Arg(child.dep_, pobj, prep=child, answer=find_answer(pobj, mentions)))
    return Clause(
        verb=verb,
        subject=subject,
        args=args,
        auxes=auxes,
        particle=particle,
        passive=passive,
        sent=sent,
        xcomp=xcomp,
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

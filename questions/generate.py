"""Question forms from clauses: wh-questions with do-support, subject questions,
possessive ("Whose daughter ...") questions, counts, years, fill-in-the-blank and
true/false. Every function returns `Candidate`s; the gates decide what is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lemminflect import getInflection
from spacy.tokens import Token

from questions.facts import (
    TIME_TYPES,
    Answer,
    Arg,
    Clause,
    is_relative_time,
    resolve_weekday,
)
from questions.mentions import PERSON_TYPES, Mentions
from questions.render import possessive, render_phrase, tidy

# "Which <noun>" per fine type; None: ask with "Who".
WH_NOUNS = {
    "person": None, "organization": None, "member": "member", "singer": "singer", "actor": "actor",
    "player": "player", "coach": "coach", "character": "character",
    "group": "group", "team": "team", "label": "label",
    "company": "company", "platform": "platform", "fandom": "fandom",
    "song": "song", "album": "album", "film": "film", "show": "show", "game": "game",
    "book": "book", "tour": "tour", "event": "event", "award_show": "award show",
    "festival": "festival", "tournament": "tournament", "award": "award",
    "venue": "venue", "city": "city", "country": "country", "place": "place",
    "product": "product", "language": "language", "title": None, "thing": None,
}
ASKABLE_TYPES = set(WH_NOUNS) | {"year", "date", "count", "money"}
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


def wh_phrase(answer: Answer, group: str | None = None) -> str | None:
    if answer.type == "count":
        return f"How many {answer.noun}" if answer.noun else None
    if answer.type == "money":
        return "How much"
    if answer.type not in WH_NOUNS:
        return None
    noun = WH_NOUNS[answer.type]
    if noun is None:
        return "Who" if answer.type in {"person", "organization"} else "What"
    if noun == "member" and group:
        return f"Which {group} member"
    return f"Which {noun}"


def _inflect(verb: Token, tag: str) -> str:
    forms = getInflection(verb.lemma_, tag=tag)
    return forms[0] if forms else verb.text


def _lemma(verb: Token) -> str:
    return verb.lemma_.lower() if verb.lemma_ else verb.lower_


def _rest(clause: Clause, mentions: Mentions, own: str, skip: Arg | None) -> str | None:
    """The clause's other arguments after the verb, in sentence order (fronted ones moved)."""
    pieces: list[tuple[int, int, str]] = []
    subject_at = clause.subject.head.i
    for arg in clause.args:
        if arg is skip:
            continue
        text = arg_text(clause, arg, mentions, own)
        if text is None:
            return None
        if text:
            pieces.append((int(arg.first < subject_at), arg.first, text))
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
    return " ".join(text for _, _, text in pieces)


def arg_text(clause: Clause, arg: Arg, mentions: Mentions, own: str) -> str | None:
    """An argument as text; "" drops it (a relative date we cannot pin down), None means
    it needs a reference nobody resolved."""
    tokens = arg.tokens(clause.cut)
    span = clause.sent.doc[tokens[0].i : tokens[-1].i + 1]
    if is_relative_time(span):
        past = (clause.tense or clause.verb.tag_) == "VBD"
        date = resolve_weekday(span.text, clause.published, past)
        return f"on {date}" if date else ""
    return render_phrase(tokens, mentions, own=own)


def modifier_text(clause: Clause, token: Token, mentions: Mentions, own: str) -> str | None:
    tokens = sorted(token.subtree, key=lambda t: t.i)
    span = clause.sent.doc[tokens[0].i : tokens[-1].i + 1]
    if is_relative_time(span):
        past = (clause.tense or clause.verb.tag_) == "VBD"
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
        return first.lower_, f"{middle} {verb.text}{particle}".strip()
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
    subject = render_phrase(clause.subject.tokens(), mentions, keep_case=False)
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
        wh = wh_phrase(answer, group)
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
        elif answer.type in {"city", "country", "place", "venue"} and prep in {"in", "at"}:
            body = f"Where {aux} {subject} {verb_rest} {rest}"
        else:
            wh = wh_phrase(answer, group)
            if wh is None:
                return None
            if _adjacent(clause, arg) and not rest.lower().startswith(f"{prep} "):
                body = f"{wh} {aux} {subject} {verb_rest} {prep} {rest}"
            elif _adjacent(clause, arg) or (
                answer.type in PERSON_TYPES and len(rest.split()) <= 6
            ):
                body = f"{wh} {aux} {subject} {verb_rest} {rest} {prep}"
            elif prep in FRONTED_PREPS:
                wh = f"{prep.capitalize()} {wh[0].lower()}{wh[1:]}"
                body = f"{wh} {aux} {subject} {verb_rest} {rest}"
            else:
                return None
    return finish(body)


def _adjacent(clause: Clause, arg: Arg) -> bool:
    """A preposition right after the verb (or particle) belongs to it: "bump into"."""
    anchor = clause.particle.i if clause.particle is not None else clause.verb.i
    return arg.prep is not None and arg.prep.i == anchor + 1


def subject_question(clause: Clause, mentions: Mentions, group: str | None) -> str | None:
    answer = clause.subject.answer
    assert answer is not None
    if answer.type not in ASKABLE_TYPES or answer.type in TIME_TYPES | {"count", "money"}:
        return None
    if answer.type in {"place", "city", "country"}:
        return None  # a place doing something is more often a name the model mislabelled
    wh = wh_phrase(answer, group)
    if wh is None:
        return None
    own = answer.text
    rest = _rest(clause, mentions, own, skip=None)
    if rest is None:
        return None
    verb = clause.verb
    particle = f" {clause.particle.text}" if clause.particle is not None else ""
    if clause.auxes:
        auxes = [a.text for a in clause.auxes]
        if auxes[0].lower() in {"are", "were", "have"}:
            auxes[0] = {"are": "is", "were": "was", "have": "has"}[auxes[0].lower()]
        verb_text = " ".join(auxes) + f" {verb.text}{particle}"
    elif verb.tag_ == "VBP":
        verb_text = _inflect(verb, "VBZ") + particle
    elif verb.lemma_ == "be" and verb.lower_ == "were":
        verb_text = "was"
    elif verb.lemma_ == "be" and verb.lower_ == "are":
        verb_text = "is"
    else:
        verb_text = verb.text + particle
    return finish(f"{wh} {verb_text} {rest}")


def _subject_name(clause: Clause, mentions: Mentions) -> str:
    mention = mentions.covering(clause.subject.head)
    return mention.name if mention is not None else ""


def declarative(clause: Clause, mentions: Mentions, blank: Arg | None = None) -> str | None:
    """The clause as a statement, optionally with one argument's answer blanked."""
    own = _subject_name(clause, mentions)
    subject = render_phrase(clause.subject.tokens(), mentions, keep_case=True)
    if subject is None:
        return None
    verb_words = [a.text for a in clause.auxes] + [clause.verb.text]
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
        pieces.append((int(arg.first < subject_at), arg.first, text))
    for token in [clause.xcomp, *clause.extras]:
        if token is None:
            continue
        text = modifier_text(clause, token, mentions, own)
        if text is None:
            return None
        if text:
            pieces.append((int(token.i < subject_at), token.i, text))
    pieces.sort()
    text = f"{subject} {' '.join(verb_words)} {' '.join(t for _, _, t in pieces)}"
    text = tidy(text)
    return text[:1].upper() + text[1:]


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
    return [
        (f"Whose {noun} is {name.name}?", owner.name, owner.type, "whose"),
        (f"What is the name of {possessive(owner.name)} {noun}?", name.name, name.type, "wh"),
    ]

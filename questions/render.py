"""Turning token runs back into text, with resolved mentions put in place of pronouns and
descriptors. A run that still needs an unresolved reference renders as None."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache

from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from questions.gates import unclosed_single_quote
from questions.mentions import Mention, Mentions
from questions.nlp import JOB_TITLES, job_title_before_name, plural_role_before_names, tokens_where

QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
ADVERBS_DROPPED = {
    "also", "even", "soon", "finally", "then", "now", "still", "just", "already", "really",
    "actually", "again", "too", "later", "eventually", "recently", "ever",
    "however", "meanwhile", "thus", "so", "indeed", "though", "anyway", "instead", "yet",
    "earlier", "previously", "afterwards", "subsequently",
}


def _complex_preposition(token: Token) -> bool:
    """"instead of the usual $50,000": the adverb is the first word of a preposition, not a
    discourse aside; dropped, it leaves "bonuses of $300,000 of the usual $50,000"."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of"


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") and not name.isupper() else f"{name}'s"


REFLEXIVES = {"himself", "herself", "themselves", "itself"}


def render_phrase(
    tokens: Iterable[Token],
    mentions: Mentions,
    own: str | None = None,
    keep_case: bool = False,
) -> str | None:
    """The text of `tokens` with mentions resolved. `own` is the clause's subject: a
    possessive pronoun that refers to it stays a pronoun ("BTS performed their single")."""
    parts: list[str] = []
    said: set[str] = set()  # names already said in this phrase
    skip_until = -1
    tokens = sorted(tokens, key=lambda t: t.i)
    emitted = -1  # the doc index after the last token said
    for index, token in enumerate(tokens):
        if token.i < skip_until:
            continue
        gap = token.doc[emitted : token.i] if parts and emitted < token.i else ()
        if gap and not parts[-1][-1:].isspace() and any(t.whitespace_ for t in gap):
            # "plays the villain, the arms dealer X" with the comma left out of the phrase:
            # "villainthe" otherwise; a lone comma between two kept words is said again
            parts[-1] += ", " if [t.text for t in gap] == [","] else " "
        if token.i in mentions.vague:
            return None
        mention = mentions.at(token)
        if mention is not None:
            skip_until = mention.end
            last = token.doc[mention.end - 1]
            is_pronoun = token.pos_ == "PRON" or token.tag_ in {"PRP", "PRP$"}
            if is_pronoun and mention.possessive and mention.name in said:
                text = token.lower_  # "Cummins and his side", never "Cummins and Cummins' side"
            elif is_pronoun and mention.possessive and own == mention.name:
                text = token.lower_ if token.lower_ != "theirs" else "their"
                if token.lower_ == "theirs":
                    text = "theirs"
            elif is_pronoun and mention.possessive and _subject_could_own(token, own, mentions):
                return None  # "Beyoncé released her album": hers, whoever else is in reach
            elif is_pronoun and mention.possessive:
                text = possessive(mention.name)
                if token.lower_ in {"theirs", "hers"}:
                    text = possessive(mention.name)
            elif token.lower_ in REFLEXIVES and own == mention.name:
                text = token.lower_  # "stopped the show to compose himself": the subject's
            elif token.pos_ == "PRON" or token.tag_ == "PRP":
                text = mention.name
            elif _name_as_modifier(token, mention):
                text = token.text  # "a Zelda game": the series, never "a Princess Zelda game"
            else:
                text = mention.name
                if not (index == 0 and keep_case) and (
                    article_the(mention, token.doc)
                    or (text.startswith("The ") and _article_of_a_noun_after_name(token))
                ):
                    text = "the " + text[4:]  # "who did the Norm Smith Medal go to?"
                if mention.anchored and _quoted_in(token.doc, text):
                    text = f'"{text}"'  # "The record" -> "But Here We Are", as the article
                if (
                    token.lower_ == "the"
                    and not text.lower().startswith("the ")
                    and mention.end > token.i + 1
                    and token.doc[token.i + 1].is_title
                    and mention.type in {"event", "award_show", "festival", "tournament"}
                ):
                    text = f"the {text}"  # "at the Grammys" -> "at the Grammy Awards"
                if _the_tour_said(token, mention, text):
                    text = f"the {text}"  # "the tour moves to ..." -> "the Eras Tour moves"
            said.add(mention.name)
            parts.append(text + last.whitespace_)
            emitted = mention.end
            continue
        if token.dep_ == "advmod" and token.lower_ in ADVERBS_DROPPED and not (
            _complex_preposition(token)
        ):
            continue
        if token.pos_ == "PRON" and token.lower_ in {
            "he", "she", "him", "her", "his", "they", "them", "their", "it", "its", "theirs",
        }:
            return None  # a pronoun nothing resolved
        text = token.text
        if index == 0 and not keep_case and _lowerable(token):
            text = text.lower()
        if _unowned_version(token) and mentions.topic_work is not None:
            # "the Wii version" -> "the Wii version of Twilight Princess": of the article's work
            text = f"{text} of {mentions.topic_work.name}"
        parts.append(text + token.whitespace_)
        emitted = token.i + 1
    text = "".join(parts)
    return tidy(text) or None


# Kinds of name whose leading "The" is only the article, said in lower case mid-sentence
# ("who did the Norm Smith Medal go to?", "at the Crucible Theatre"). A work's or an
# act's "The" is part of its title ("The Last of Us", "The Weeknd", "The Guardian") and
# keeps its capital; so does any name the article puts in quotes.
ARTICLE_THE_TYPES = {
    "award", "trophy", "venue", "stadium", "event", "award_show", "tournament", "festival",
    "tour", "race", "match", "league", "team", "place", "city", "country",
}


def article_the(mention: object, doc: object) -> bool:
    """The mention's name opens with a "The" that is only its article."""
    name = mention.name  # type: ignore[attr-defined]
    return (
        name.startswith("The ")
        and mention.type in ARTICLE_THE_TYPES  # type: ignore[attr-defined]
        and not _quoted_in(doc, name)
    )


def _name_as_modifier(token: Token, mention: object) -> bool:
    """One word of a longer name used to qualify the noun after it ("a Zelda game", "the
    Mario series"): the word names a franchise or kind; the full name (a character's or a
    person's) would change what is said."""
    return (
        mention.end - mention.start == 1
        and token.dep_ in {"compound", "amod"}
        and token.text[:1].isupper()
        and token.head.i == token.i + 1
        and token.head.pos_ == "NOUN"
        and token.text != mention.name
        and token.text in mention.name.split()
    )


def _subject_could_own(token: Token, own: str | None, mentions: Mentions) -> bool:
    """A "his"/"her" in a clause whose subject is a person of that (or an unknown) gender:
    the subject is the likelier owner, whatever the resolver chose."""
    if not own or token.lower_ not in {"his", "her"}:
        return False
    things = {"title", "song", "album", "film", "show", "game", "book", "place", "city",
              "country", "venue", "event", "award_show", "tour", "award", "festival"}
    if not any(m.name == own and m.type not in things for m in mentions.by_start.values()):
        return False  # a person (or one the model labelled an organisation: "Beyoncé")
    gender = mentions.genders.get(own)
    return gender is None or gender == ("m" if token.lower_ == "his" else "f")


VERSION_NOUNS = {"version", "edition", "port", "remaster", "soundtrack"}


def _unowned_version(token: Token) -> bool:
    """"the Wii version" with no "of ..." and no owner: a version of the article's work."""
    return (
        token.lemma_.lower() in VERSION_NOUNS
        and token.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and not any(c.dep_ in {"prep", "poss"} and c.lower_ != "for" for c in token.children)
    )


def _quoted_in(doc: object, name: str) -> bool:
    # Doc.text joins every token anew on each call: keep it once per doc
    data = doc.user_data  # type: ignore[attr-defined]
    text = data.get("render.text")
    if text is None:
        text = data["render.text"] = doc.text  # type: ignore[attr-defined]
    return f'"{name}"' in text or f"“{name}”" in text


def _lowerable(token: Token) -> bool:
    """A phrase's first word loses its capital mid-question when it only had it for
    starting the sentence ("A high-definition port" -> "a high-definition port")."""
    starts = token.is_sent_start or (token.pos_ == "DET" and token.lower_ in {"a", "an", "the"})
    if token.is_sent_start and token.lower_ in JOB_TITLES and job_title_before_name(token):
        return True  # "Choreographer Nina Park" -> "did choreographer Nina Park design"
    if token.is_sent_start and plural_role_before_names(token):
        return True  # "Founders A and B" -> "did founders A and B design" (a role, not a name)
    return starts and not (
        token.ent_type_ or (token.pos_ == "PROPN" and not _preposition_read_as_name(token))
        or token.text == "I"
        or (token.text.isupper() and len(token.text) > 1)  # "A Japan-exclusive manga"
        or (token.pos_ in {"NOUN", "ADJ", "VERB", "NUM"} and _title_continues(token))
    )


def _article_of_a_noun_after_name(token: Token) -> bool:
    """"The Oasis Live '25 tour": a sentence's first "The" the recogniser put inside a name
    while the parser hangs it on a common noun after the name ("tour") is the article of
    that noun, not part of the name: it loses its capital mid-question."""
    if token.lower_ != "the" or not token.ent_type_ or token.ent_iob_ != "B":
        return False
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    head = token.head
    return head.i >= end and head.pos_ == "NOUN" and not head.ent_type_


TITLE_JOINERS = {"of", "and", "&", "the", "in", "on", "to", "for", "a", "an", "from", "at"}


def _preposition_read_as_name(token: Token) -> bool:
    """"Outside Korea the drama streamed ...": a sentence's first word the tagger called a
    proper noun while the parser made it a preposition with an object is a preposition
    (no label, lower case after its capital): it loses the capital when moved."""
    return (
        token.dep_ == "prep" and not token.ent_type_ and token.text[1:].islower()
        and any(c.dep_ == "pobj" for c in token.children)
    )


def _title_continues(token: Token) -> bool:
    """"Tears of the Kingdom sold ...", "The Boy and the Heron": a capitalised word that
    a title goes on from (its next content word is capitalised too) keeps its capital."""
    doc = token.doc
    for nxt in doc[token.i + 1 : token.i + 4]:
        if nxt.lower_ in TITLE_JOINERS:
            continue
        return nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_sent_start
    return False


FOOTNOTE = re.compile(
    r"(?<=\w)\.?\[(?:[a-z]|\d{1,3}|update|citation needed|when\?|who\?)\]?(?=[\s,.;]|$)"
)


# `tidy`'s rewrites, in its order, compiled once (the module-level `re.sub` looks each
# pattern up in re's cache on every call, and `tidy` runs eight of them per new phrase).
TIDY_STEPS = [(re.compile(pattern), repl) for pattern, repl in (
    (r"\s+([,.;:!?])", r"\1"),
    (r"'s's\b", "'s"),
    (r"(\w)' 's\b", r"\1'"),
    (r"\s+'s\b", "'s"),
    (r"\s+'(\s)", r"'\1"),
    (r"^[,;: ]+|[,;: ]+$", ""),
    (r",\s*,", ","),
)]
SPACES = re.compile(r"\s+")


# The same phrases are tidied again and again (each clause's subject and objects, for
# every question made from it): a pure function of the text, kept once worked out.
@lru_cache(maxsize=1 << 15)
def tidy(text: str) -> str:
    text = text.translate(QUOTES)
    text = FOOTNOTE.sub("", text)  # Wikipedia's "in parallel.[o]" reference marks
    text = SPACES.sub(" ", text).strip()
    for pattern, repl in TIDY_STEPS:
        text = pattern.sub(repl, text)
    if text.count('"') % 2:  # a phrase cut at a title's closing quote
        if re.search(r'(^|\s)"[^"\s][^"]*$', text):
            text += '"'  # the closing quote was hung on the verb: 'and "Uptown Special'
        elif text.count('"') == 1:
            text = re.sub(r'^"\s*|\s*"$', "", text, count=1)
    if unclosed_single_quote(text) and re.search(r"[^\s']$", text):
        text += "'"  # a single-quoted title cut at its closing quote (hung on the verb)
    return text.strip()


# Punctuation that closes a sentence or a clause: an aside running up to it needs no
# comma of its own in the source, but does in a question that goes on past it.
CLOSERS = {".", "!", "?", ";", ":", "—", "–"}


def _with_dep(doc: object, test: Callable[[str], bool]) -> list[Token]:
    """The words of `doc` (a parsed Doc, or no words at all) whose dependency label passes
    `test`, in order: the first test of the aside scans below, read from the label array
    so that no Token is made for the other words of the article."""
    if isinstance(doc, Doc):
        return tokens_where(doc, DEP, test)
    return [t for t in doc if test(t.dep_)]  # type: ignore[attr-defined]


def closing_appositions(doc: object) -> list[tuple[str, str]]:
    """(word before, apposition) for every apposition opened by a comma and closed by the
    end of its sentence or clause: ("villain", "the smuggler Victor Kane") from "Tom plays
    the villain, the smuggler Victor Kane." The source needs no closing comma there, but a
    question that moves words after the aside does ("Who plays the villain, the smuggler
    Victor Kane, in the second episode?"): without it the aside runs into what follows
    and reads as one garbled noun phrase. Same shape as `appositions` in generate.py, so
    `restore_commas` puts the comma back."""
    found: list[tuple[str, str]] = []
    for token in _with_dep(doc, "appos".__eq__):
        if token.dep_ != "appos":
            continue
        first, last = token.left_edge.i, token.right_edge.i
        if first < 2 or last - first >= 10 or token.doc[first - 1].text != ",":
            continue
        after = token.doc[last + 1] if last + 1 < len(token.doc) else None
        if after is not None and after.text not in CLOSERS:
            continue  # closed by a comma (`appositions`) or a misread run on: left alone
        found.append((token.doc[first - 2].text, tidy(token.doc[first : last + 1].text)))
    return found


def close_blank_aside(question: str, answer: str, asides: list[tuple[str, str]],
                      blank: str = "_____") -> str:
    """A blank put where an apposition was keeps the apposition's closing comma when words
    follow: 'set up her own studio, _____, in 2015', never 'her own studio, _____ in
    2015' (the aside would run into what follows). `asides` as `closing_appositions`."""
    for word, inner in asides:
        if inner != answer or blank not in question:
            continue
        question = re.sub(rf"\b{re.escape(word)}, {re.escape(blank)}(?= \w)",
                          f"{word}, {blank},", question)
    return question


# What a verb's trailing aside can be: "..., well ahead of the $30 million ...",
# "..., up from 50,000 ...", "..., taking the series three games to two".
TRAILING_ASIDE_DEPS = {"advmod", "prep", "advcl", "npadvmod"}


def closing_modifiers(doc: object) -> list[tuple[str, str]]:
    """(word before, aside) for every modifier of a verb that the sentence sets off by a
    comma and that runs to the sentence's end: ("weekend", "well ahead of the $30 million
    Moonrise made") from "Starfall took $45 million in its opening weekend, well ahead of
    the $30 million Moonrise made." Copied into a question without its comma the aside
    runs into the phrase before it ("in its opening weekend well ahead of ..."), which is
    garbled; `restore_commas` puts the comma back."""
    found: list[tuple[str, str]] = []
    for token in _with_dep(doc, TRAILING_ASIDE_DEPS.__contains__):
        if token.dep_ not in TRAILING_ASIDE_DEPS or token.head.pos_ not in {"VERB", "AUX"}:
            continue
        first, last = token.left_edge.i, token.right_edge.i
        if first < 2 or first <= token.head.i or last - first >= 16:
            continue
        if token.doc[first - 1].text != ",":
            continue
        after = token.doc[last + 1] if last + 1 < len(token.doc) else None
        if after is not None and after.text not in CLOSERS - {":"}:
            continue  # a colon closes no aside: "the film, Carmen: A Hip Hopera"
        found.append((token.doc[first - 2].text, tidy(token.doc[first : last + 1].text)))
    return found


def restore_closing_comma(question: str, asides: list[tuple[str, str]]) -> str:
    """The comma before a trailing aside (`closing_modifiers`) when the question ends on
    it, as the sentence did: "Who took $45 million in its opening weekend, well ahead of
    ...?". Only there: a question that moves words after the aside ("... under heavy
    security on 7 January") is a different sentence, and two commas more would make it
    read as a list."""
    for word, inner in asides:
        tail = f" {word} {inner}?"
        if question.endswith(tail):
            question = f"{question[:-len(tail)]} {word}, {inner}?"
    return question


def modified_prep_asides(doc: object) -> list[tuple[str, str]]:
    """(word before, aside) for a prepositional phrase led by an adverb and set off by two
    commas: ("twice", "once in each half") from "scored twice, once in each half, and".
    The question says the adverb with the phrase (`facts._prep_modifiers`); without the
    commas "scored twice once in each half" runs two counts together. Same shape as
    `appositions` in generate.py, for `restore_commas`."""
    found: list[tuple[str, str]] = []
    for token in _with_dep(doc, "prep".__eq__):
        if token.dep_ != "prep" or token.i < 3:
            continue
        before = token.doc[token.i - 1]
        if before.dep_ != "advmod" or before.head.i != token.i:
            continue
        first, last = before.left_edge.i, token.right_edge.i
        if first < 2 or last + 1 >= len(token.doc) or last - first >= 10:
            continue
        if token.doc[first - 1].text != "," or token.doc[last + 1].text != ",":
            continue
        found.append((token.doc[first - 2].text, tidy(token.doc[first : last + 1].text)))
    return found


# A word or score written with a hyphen and no spaces: "semi-final", "3-1", "13–3".
HYPHENATED = re.compile(r"(?<![\w-])(\w+)[-–](\w+)(?![\w-])")


def rejoin_hyphenated(question: str, sentence: str) -> str:
    """A hyphenated word or score the question cut after its first part, put back whole:
    "Who knocked out Westbury in the semi?" from "... in the semi-final", "Who beat Paper
    Rex 3 in the final?" from "... 3-1 in the final". The tokenizer splits "semi-final"
    and "3-1" in three and the parser can hang the tail elsewhere, so a phrase ends on
    the first part. Only when the sentence never writes that first part on its own (then
    every bare "semi" or "3" in the question is that cut word, and the repair is certain)."""
    for match in HYPHENATED.finditer(sentence):
        head, whole = match.group(1), match.group(0)
        if whole in question:
            continue
        if re.search(rf"(?<![\w-]){re.escape(head)}(?![\w-])", sentence):
            continue  # the sentence has the bare word too ("3" beside "3-1"): not sure
        before = re.findall(r"[\w']+", sentence[: match.start()])
        if not before:
            continue
        # the word before must match too: "on 3 May" in an added date is no cut "3-1"
        cut = re.compile(rf"(?<![\w-]){re.escape(before[-1])} {re.escape(head)}(?![\w-])")
        question = cut.sub(f"{before[-1]} {whole}", question)
    return question


SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s(\"“]))['‘]([A-Z][^'‘’\"]{1,80}?)['’](?![A-Za-z])")


def reclose_single_quoted(question: str, sentence: str) -> str:
    """A title the sentence puts in single quotes keeps its closing quote in the question:
    "... of 'Star Quest: The Lost Moon'?", never "... of 'Star Quest: The Lost Moon?".
    The closing quote is a token of its own that the parser may hang on another word
    (the subject), so the phrase cut from the sentence ends on the title without it."""
    for match in SINGLE_QUOTED.finditer(sentence):
        words = match.group(1)
        opened = re.compile(rf"'{re.escape(words)}(?!['\w])")
        question = opened.sub(lambda _, w=words: f"'{w}'", question)
    return question


def reopen_single_quoted(question: str, sentence: str, answer: str = "") -> str:
    """The mirror of `reclose_single_quoted`: a single-quoted title whose opening quote
    the question lost ("who opened with Sea Fever' by John Ireland?") gets it back, and
    a blank standing for the title drops the closing quote left after it ("opened with
    _____' by John Ireland"): a lone quote after a word reads as a plural possessive."""
    for match in SINGLE_QUOTED.finditer(sentence):
        words = match.group(1)
        if answer and answer.strip("'‘’") == words:
            question = re.sub(r"_____['’](?![A-Za-z])", "_____", question)
            continue
        closed = re.compile(rf"(?<!['‘\w]){re.escape(words)}['’](?![A-Za-z])")
        question = closed.sub(lambda _, w=words: f"'{w}'", question)
    return question


QUOTED = re.compile(r'["“]([^"“”]{2,80})["”]')


def requote_in_blank(question: str, sentence: str) -> str:
    """A title or quoted words the sentence puts in double quotes keep quote marks inside
    a blank's statement, as single quotes since the statement itself sits in double ones:
    'Beyoncé won for _____ for 'Love on Top' at ...', never '... for Love on Top at ...',
    where the title runs into the words around it and the sentence reads garbled."""
    start = question.find(': "')
    if start < 0 or not question.endswith('"?'):
        return question
    head, statement = question[: start + 3], question[start + 3 : -2]
    for match in QUOTED.finditer(sentence.translate(QUOTES)):
        words = match.group(1).strip()
        if not any(c.isalpha() for c in words):
            continue
        bare = re.compile(rf"(?<![\w'\"]){re.escape(words)}(?![\w'\"])")
        statement = bare.sub(lambda _, w=words: f"'{w}'", statement, count=1)
    return f'{head}{statement}"?'


# Small words a title keeps in lower case ("Anatomy of a Fall", "Tears of the Kingdom").
TITLE_SMALL_WORDS = {"of", "the", "a", "an", "and", "in", "on", "to", "for", "from", "with",
                     "at", "by", "de", "or", "my", "is", "me", "you", "it", "la", "le"}
# Words a frame opens with ("In Poor Things, ..."): a capitalised word before a title that
# does not make it part of a longer name.
FRAME_WORDS = {"In", "At", "On", "During", "From", "For", "With", "By"}


def _title_like(words: str) -> bool:
    """Quoted words that read as a work's title: capitalised words (small words aside),
    at most eight, no sentence inside ("This film is Emma" is speech, not a title)."""
    parts = words.split()
    return (
        0 < len(parts) <= 8
        and parts[0][:1].isupper()
        and not re.search(r"[.!?;]", words)
        and all(p[:1].isupper() or p[:1].isdigit() or p.lower() in TITLE_SMALL_WORDS
                for p in parts)
    )


def requote_article_titles(question: str, text: str, names: Collection[str] = ()) -> str:
    """A title the article quotes elsewhere keeps its quotes inside a blank's statement,
    as `requote_in_blank` does for the sentence's own: the work's frame or a descriptor
    read as the work ("In Poor Things, ...", "the film" -> "Poor Things") comes from
    another sentence, and bare it runs into the words around it ("In 'Poor Things', Emma
    Stone plays _____"). Left bare inside a longer name ("Kitty Oppenheimer") and when the
    article also uses the words as the name of a person, band, team or place (`names`: a
    band's song named after it, "Iron Maiden" by Iron Maiden)."""
    start = question.find(': "')
    if start < 0 or not question.endswith('"?'):
        return question
    head, statement = question[: start + 3], question[start + 3 : -2]
    titles = {m.group(1).strip() for m in QUOTED.finditer(text.translate(QUOTES))}
    for words in sorted(titles, key=len, reverse=True):
        if not _title_like(words) or words in names:
            continue
        if words not in statement:
            continue  # the pattern below needs the words themselves: none compiled for it
        bare = re.compile(rf"(?<![\w'\"]){re.escape(words)}(?![\w'\"])")
        for found in bare.finditer(statement):
            before = statement[: found.start()].split()
            after = statement[found.end():].split()
            if before and before[-1][:1].isupper() and before[-1] not in FRAME_WORDS:
                continue  # "Kitty Oppenheimer": the title is part of a person's name
            if after and after[0][:1].isupper():
                continue  # "Priscilla Presley"
            statement = f"{statement[: found.start()]}'{words}'{statement[found.end():]}"
            break
    return f"{head}{statement}\"?"


def _the_tour_said(token: Token, mention: Mention, text: str) -> bool:
    """"the tour" resolved to the article's one tour keeps its "the" before a name ending
    in "Tour" ("the Eras Tour", "the Dil-Luminati Tour"); a title that merely ends so
    ("Love On Tour") takes none."""
    words = text.split()
    return (
        token.lower_ == "the"
        and mention.type == "tour"
        and mention.end == token.i + 2
        and token.doc[token.i + 1].lower_ == "tour"
        and len(words) >= 2
        and words[0].lower() != "the"
        and words[-1] == "Tour"
        and words[-2].lower() not in {"on", "of", "a", "the", "and"}
    )

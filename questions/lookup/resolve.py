"""Full names for mentions inside one article, for the index and for answers.

"Legend" and "John" after "John Legend", a glossary alias to its canonical name, a group
descriptor ("the septet", "the boys") to the article's main group, and a pronoun to the
one person or group in reach. Small rules, the same ones the question engine's mention
resolver describes; a pronoun with more than one possible antecedent stays unresolved.
"""

from __future__ import annotations

import itertools
from collections import Counter

from spacy.tokens import Doc, Span, Token

from questions.glossary import Glossary
from questions.mentions import NATIONALITY_NOUNS, NATIONALITY_SUFFIX

GROUP_DESCRIPTORS = {
    "group", "band", "boys", "girls", "septet", "sextet", "quintet", "quartet", "trio",
    "duo", "octet", "members", "team", "club", "side", "squad", "idols", "boyband",
}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
GROUP_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
GROUP_LABELS = {"ORG", "NORP"}
GROUP_FINE = {"group", "team", "organization", "label", "company"}
REACH = 2  # sentences back a pronoun may look


def entity_name(ent: Span, glossary: Glossary | None) -> str:
    if ent.ent_id_:
        # questions.nlp's ruler ids are "type|Canonical Name"
        return ent.ent_id_.split("|", 1)[-1]
    if glossary is not None:
        canonical = glossary.canonical(ent.text)
        if canonical:
            return canonical
    text = ent.text
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            text = text[: -len(suffix)]
            break
    if text.lower().startswith("the ") and ent.label_ not in {"WORK_OF_ART"}:
        text = text[4:]
    return text.strip()


def is_group(ent: Span, glossary: Glossary | None) -> bool:
    if glossary is not None:
        entry = glossary.lookup(entity_name(ent, None))
        if entry is not None:
            return entry.type in GROUP_FINE
    fine = ent._.fine_type if ent.has_extension("fine_type") else ""
    return ent.label_ in GROUP_LABELS and fine in GROUP_FINE | {"", "organization"}


def resolve_article(doc: Doc, glossary: Glossary | None = None
                    ) -> tuple[dict[int, str], dict[str, Counter]]:
    """`resolve_doc`, then the article's own descriptors (`learn_descriptors`): token ->
    full name, and descriptor word -> the names it stood for."""
    resolved = resolve_doc(doc, glossary)
    learnt = learn_descriptors(doc, resolved, glossary)
    return resolved, learnt


def resolve_doc(doc: Doc, glossary: Glossary | None = None) -> dict[int, str]:
    """Token index -> full name, for every token of a mention that resolves.

    The question engine's resolver (`questions.mentions`) is used when it is there, so
    look-up and question generation agree on who is meant; `own_resolve` otherwise."""
    try:
        from questions.mentions import resolve_mentions
    except ImportError:
        return own_resolve(doc, glossary)
    mentions = resolve_mentions(doc, glossary, namesakes=False)
    resolved = {
        i: mention.name
        for mention in mentions.by_start.values()
        for i in range(mention.start, mention.end)
    }
    _head_noun_anaphora(doc, resolved)
    return resolved


def _head_noun_anaphora(doc: Doc, resolved: dict[int, str]) -> None:
    """ "Wit Studio adapted the manga. The studio made the first three seasons": a
    sentence-opening subject "the <noun>" whose noun is the last word of exactly one name
    of the sentence before stands for that name (a name's own head noun, said again;
    whatever label the model gave the name: it tags "Wit Studio" a person)."""
    sents = list(doc.sents)
    for before, sent in itertools.pairwise(sents):
        first = sent[0]
        if first.lower_ != "the" or len(sent) < 3:
            continue
        noun = sent[1]
        if noun.pos_ != "NOUN" or noun.dep_ not in {"nsubj", "nsubjpass"} or (
            noun.i in resolved or noun.ent_type_
        ):
            continue
        word = noun.lemma_.lower()
        names = {
            resolved.get(ent.start, ent.text) for ent in before.ents
            if len(ent) > 1 and ent[-1].lower_ in {word, noun.lower_, word + "s"}
        }
        if len(names) == 1:
            name = names.pop()
            resolved[first.i] = resolved[noun.i] = name


def own_resolve(doc: Doc, glossary: Glossary | None = None) -> dict[int, str]:
    resolved: dict[int, str] = {}
    full_names: dict[str, str] = {}  # "legend" -> "John Legend"
    group_counts: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) >= 2:
            name = entity_name(ent, glossary)
            for part in name.split():
                full_names.setdefault(part.lower(), name)
        if is_group(ent, glossary):
            group_counts[entity_name(ent, glossary)] += 1
    main_group = group_counts.most_common(1)[0][0] if group_counts else None

    recent_people: list[tuple[int, int, str]] = []  # (sentence number, token, name)
    recent_groups: list[tuple[int, int, str]] = []
    sent_of = {}
    for number, sent in enumerate(doc.sents):
        for token in sent:
            sent_of[token.i] = number
    for ent in doc.ents:
        name = entity_name(ent, glossary)
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.text.lower() in full_names:
            name = full_names[ent.text.lower()]
        elif ent.label_ != "PERSON" and len(ent) == 1:
            # surnames alone are often labelled ORG ("Legend"): trust the earlier full name
            bare = ent.text.rstrip("'’s").lower()
            if bare in full_names and ent.text[:1].isupper():
                name = full_names[bare]
        if name != ent.text:
            for i in range(ent.start, ent.end):
                resolved[i] = name
        if ent.label_ == "PERSON" or name in full_names.values():
            recent_people.append((sent_of.get(ent.start, 0), ent.start, name))
        elif is_group(ent, glossary):
            recent_groups.append((sent_of.get(ent.start, 0), ent.start, name))

    for token in doc:
        if token.i in resolved or token.ent_type_:
            continue
        lower = token.lower_
        if token.pos_ == "PROPN" and lower in full_names:
            resolved[token.i] = full_names[lower]
        elif lower in GROUP_DESCRIPTORS and token.pos_ == "NOUN" and main_group:
            det = [c for c in token.children if c.dep_ == "det"]
            if det and det[0].lower_ == "the" and token.tag_ in {"NN", "NNS"}:
                resolved[token.i] = main_group
        elif lower in PERSON_PRONOUNS:
            name = _antecedent(recent_people, sent_of.get(token.i, 0), token)
            if name:
                resolved[token.i] = name
        elif lower in GROUP_PRONOUNS:
            name = _antecedent(recent_groups, sent_of.get(token.i, 0), token)
            if name:
                resolved[token.i] = name
    return resolved


def _antecedent(recent: list[tuple[int, int, str]], sentence: int, token: Token) -> str | None:
    """The one name mentioned before the pronoun within reach, or None when ambiguous."""
    names = {
        name
        for number, start, name in recent
        if sentence - REACH <= number <= sentence and start < token.i
    }
    return next(iter(names)) if len(names) == 1 else None


# ------------------------------------------------------------------ descriptors
# General English nouns for a person's role, used as definite descriptors in journalism
# ("the rookie", "the singer"); the article adds its own from appositions and titles.
ROLE_NOUNS = {
    "actor", "actress", "rookie", "player", "singer", "star", "driver", "striker", "forward",
    "midfielder", "defender", "keeper", "goalkeeper", "rapper", "artist", "director",
    "veteran", "youngster", "winger", "captain", "champion", "hero", "heroine", "teenager",
    "musician", "leader", "idol", "maknae", "teammate", "coach", "manager", "boss",
    "frontman", "frontwoman", "vocalist", "guitarist", "drummer", "producer", "writer",
    "author", "showrunner", "creator", "founder", "chief", "principal", "host", "presenter",
    "winner", "runner-up", "newcomer", "debutant", "icon", "legend", "superstar", "diva",
    "performer", "dancer", "composer", "filmmaker", "novelist", "pilot", "racer", "skipper",
    "batsman", "bowler", "pitcher", "quarterback", "center", "guard", "boxer", "fighter",
}
PERSON_LABELS = {"PERSON"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "NORP"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
ARGUMENT_DEPS = SUBJECT_DEPS | {"dobj", "pobj", "attr", "dative"}


def learn_descriptors(doc: Doc, resolved: dict[int, str],
                      glossary: Glossary | None = None) -> dict[str, Counter]:
    """Descriptors an article uses for its people, learnt from the article itself, and
    the definite descriptors it resolves (added to `resolved`). Returns word -> names.

    - an apposition: "Max Verstappen, the Dutchman," / "her husband, Tom Wambsgans";
    - a title before a name: "Team principal Christian Horner", "the Dutch driver X";
    - a definite descriptor in subject position ("The Dutchman won ...", "The Australian
      rookie had started ...", "Verstappen's teammate was ...") or a nationality noun
      ("the Egyptian") is the one person it can mean: the only person named earlier in
      its sentence, or else the subject of the sentence before (never its own
      possessor). Journalists vary the name this way; anything less clear stays open.
    """
    learnt: dict[str, Counter] = {}
    people = _person_tokens(doc, resolved, glossary)

    def learn(word: str, name: str) -> None:
        word = word.lower()
        if word and word not in name.lower().split() and word not in STOP_DESCRIPTORS:
            learnt.setdefault(word, Counter())[name] += 1

    # descriptors the mention resolver already resolved ("the septet", "the German")
    for i, name in list(resolved.items()):
        token = doc[i]
        nationality = token.ent_type_ == "NORP" or (
            token.pos_ == "PROPN" and _nationality_word(token)
        )  # "The Ukrainian" the model labelled a place or a name
        if (token.pos_ == "NOUN" or nationality) and any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children
        ):
            learn(token.lemma_ if token.pos_ == "NOUN" else token.lower_, name)
    # appositions
    for token in doc:
        if token.dep_ != "appos":
            continue
        for name_side, desc_side in ((token.head, token), (token, token.head)):
            name = people.get(name_side.i) or _name_at(name_side, resolved)
            if name and _appositive_descriptor(desc_side) and desc_side.i not in resolved:
                for t in _descriptor_tokens(desc_side):
                    learn(t.lower_ if t.pos_ != "NOUN" else t.lemma_, name)
                break  # the name stands beside it: nothing to resolve
    # titles before a name
    for ent in doc.ents:
        if ent.label_ not in PERSON_LABELS:
            continue
        name = people.get(ent.start)
        i = ent.start - 1
        while name and i >= 0 and doc[i].head.i in range(ent.start, ent.end) and (
            doc[i].dep_ in {"compound", "amod", "nmod"}
        ):
            word = doc[i]
            if _descriptive(word):
                learn(word.lemma_ if word.pos_ == "NOUN" else word.lower_, name)
            i -= 1
    _learn_origin_and_age(doc, people, learn)
    # definite descriptors
    titled = {word: names for word, names in learnt.items() if len(names) == 1}
    known = set(learnt) | ROLE_NOUNS
    for sent in doc.sents:
        for token in sent:
            if token.i in resolved and token.i not in people and (
                resolved[token.i] == _own_words(token)
            ):
                # an unlabelled capitalised subject the mention resolver took for a name
                # of its own ("the Prancing Horse"): a nickname, when it follows its team
                name = _team_antecedent(token, doc, resolved, glossary)
                if name is not None:
                    for t in _descriptor_tokens(token):
                        learn(t.lower_ if t.pos_ != "NOUN" else t.lemma_, name)
                    for i in range(token.left_edge.i, token.i + 1):
                        if doc[i].dep_ not in {"det", "poss", "case"}:
                            resolved[i] = name
                continue
            if token.i in resolved or token.i in people:
                continue
            if not _is_descriptor(token, known):
                continue
            word = token.lemma_.lower() if token.pos_ == "NOUN" else token.lower_
            possessed = any(c.dep_ == "poss" for c in token.children)
            by_title = next(iter(titled[word])) if word in titled and not possessed else None
            if by_title is not None and any(
                c.dep_ in {"amod", "compound"} and by_title not in learnt.get(c.lower_, {})
                for c in token.children
            ):
                by_title = None  # "the Swedish singer" is not "the Ukrainian singer X"
            name = _descriptor_antecedent(token, people, doc)
            if name is None and by_title is None:
                name = _team_antecedent(token, doc, resolved, glossary)
            if by_title is not None and name != by_title:
                # "the director" is the one person the article titled so, if he is not
                # its own possessor ("Verstappen's teammate" is not Verstappen)
                own = {people.get(c.i) for c in token.children if c.dep_ == "poss"}
                name = by_title if by_title not in own else None
            if name is None:
                continue
            for t in _descriptor_tokens(token):
                learn(t.lower_ if t.pos_ != "NOUN" else t.lemma_, name)
            start = token.left_edge.i if token.left_edge.i >= sent.start else token.i
            for i in range(start, token.i + 1):
                if doc[i].dep_ not in {"det", "poss", "case"} and i not in people:
                    resolved[i] = name
            people[token.i] = name
    return learnt


# Ages a fan calls "the teenager": a person the article gives as 13 to 19 years old.
TEEN_AGES = range(13, 20)
TEEN_WORDS = ("teenager", "teen")
NATION_KEY = "@"  # descriptor keys for a person's country ("@norway"): no word of a
# question is spelt so, only a nationality word of the question looks them up


def _learn_origin_and_age(doc: Doc, people: dict[int, str], learn) -> None:
    """Descriptions an article implies without using them, for fans' paraphrases:
    - a role written as a capitalised title at the start of a sentence ("Drummer Ivo
      Brandt wrote ...": "the drummer");
    - a country given with the name ("X of Sweden", "X, from Bergen in Norway", "Norway's
      X"): learnt under the country (NATION_KEY), which "the Swede", "the Norwegian
      teenager" of a question look up;
    - an age of 13 to 19 given with the name ("X, 17,", "the 17-year-old X"): "the
      teenager"."""
    for ent in doc.ents:
        if ent.label_ not in PERSON_LABELS:
            continue
        name = people.get(ent.start)
        if not name:
            continue
        root = ent.root
        first = doc[ent.start - 1] if ent.start > 0 else None
        if first is not None and first.is_sent_start and ent.start <= first.head.i < ent.end and (
            first.dep_ == "compound" and first.lower_ in ROLE_NOUNS
        ):
            learn(first.lower_, name)
        for child in root.children:
            places = []
            if child.dep_ == "poss" and child.ent_type_ == "GPE":
                places.append(child)
            elif child.dep_ == "prep" and child.lower_ in {"of", "from"}:
                # "from Bergen in Norway": the town and the country it is in
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.ent_type_ == "GPE":
                        places.append(obj)
                        places += [o for p in obj.children if p.dep_ == "prep"
                                   and p.lower_ == "in" for o in p.children
                                   if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
            for place in places:
                learn(NATION_KEY + place.lower_, name)
            if _teen_age(child):
                for word in TEEN_WORDS:
                    learn(word, name)


def _teen_age(token: Token) -> bool:
    """ "X, 17," (a number beside the name) or "the 17-year-old X"."""
    number = None
    if token.dep_ in {"appos", "npadvmod", "amod", "nummod"} and token.like_num and (
        token.i + 1 < len(token.doc) and token.nbor(1).is_punct
    ):
        number = token
    elif token.dep_ == "amod" and token.lower_ == "old":
        year = next((c for c in token.children if c.lemma_.lower() == "year"), None)
        number = next((c for c in year.children if c.like_num), None) if year else None
    if number is None or not number.text.isdigit():
        return False
    return int(number.text) in TEEN_AGES


STOP_DESCRIPTORS = {"the", "a", "an", "his", "her", "their", "its", "new", "old", "other",
                    "first", "last", "former", "same", "own", "'s", "’s"}


def _person_tokens(doc: Doc, resolved: dict[int, str],
                   glossary: Glossary | None) -> dict[int, str]:
    """Token -> person name, for person entities and the pronouns resolved to them."""
    people: dict[int, str] = {}
    labels: dict[str, Counter] = {}
    for ent in doc.ents:
        name = resolved.get(ent.start) or entity_name(ent, glossary)
        labels.setdefault(name, Counter())[ent.label_] += 1
    # a person's name: a full name the model calls PERSON, or a single name it never
    # calls anything else ("Everton" slips to PERSON now and then, but is also an ORG)
    names = {name for name, count in labels.items() if count["PERSON"] and (
        len(name.split()) >= 2 or count["PERSON"] == sum(count.values()))}
    for ent in doc.ents:
        name = resolved.get(ent.start) or entity_name(ent, glossary)
        if ent.label_ in PERSON_LABELS and name in names:
            for i in range(ent.start, ent.end):
                people[i] = name
    for i, name in resolved.items():
        if name in names:
            people.setdefault(i, name)
    return people


def _name_at(token: Token, resolved: dict[int, str]) -> str | None:
    if token.ent_type_ in NAME_LABELS - {"NORP"}:
        return resolved.get(token.i) or next(
            (entity_name(e, None) for e in token.doc.ents if e.start <= token.i < e.end), None)
    return None


def _descriptor_tokens(head: Token) -> list[Token]:
    """The head of a descriptor and its nationality or role modifiers ("Dutch driver")."""
    out = [head]
    for child in head.children:
        if child.dep_ in {"amod", "compound"} and _descriptive(child):
            out.append(child)
    return out


def _descriptive(token: Token) -> bool:
    """A word that describes who someone is (a role noun, a nationality), not a number
    or an ordinal ("second", "ten")."""
    if token.like_num or token.ent_type_ in {"ORDINAL", "CARDINAL", "DATE", "TIME"}:
        return False
    return token.pos_ in {"NOUN", "ADJ"} or token.ent_type_ == "NORP"


def _appositive_descriptor(token: Token) -> bool:
    """The descriptive side of an apposition: "the Dutchman", "her husband", "the tech
    firm", not a count ("ten times") or another name."""
    if token.pos_ not in {"NOUN", "PROPN"} or (token.ent_type_ and token.ent_type_ != "NORP"):
        return False
    if any(c.dep_ == "nummod" or c.like_num for c in token.children):
        return False
    determined = any(c.dep_ in {"det", "poss"} for c in token.children)
    return determined or token.lemma_.lower() in ROLE_NOUNS


def _is_descriptor(token: Token, known: set[str]) -> bool:
    """A definite person descriptor: "the rookie", "the Dutchman", "the Egyptian",
    "Verstappen's teammate"."""
    dets = {c.lower_ for c in token.children if c.dep_ == "det"}
    possessor = [c for c in token.children if c.dep_ == "poss"]
    if not (dets == {"the"} or (possessor and possessor[0].pos_ == "PROPN")):
        return False
    if token.dep_ not in ARGUMENT_DEPS:
        return False
    if any(c.dep_ in {"appos", "relcl", "acl"} for c in token.children):
        return False  # "the driver who ...": defined on the spot
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False  # "the captain of Everton": someone else's role
    if token.ent_type_ == "NORP":
        return True  # "the Egyptian": a person, not named
    if token.pos_ == "PROPN" and _nationality_word(token):
        # "The Ukrainian beat ...", "the Briton was slumped": the model labels these
        # GPE, PERSON, even DATE; a subject that is one nationality word is a descriptor
        return token.dep_ in SUBJECT_DEPS
    if token.pos_ == "PROPN" and not token.ent_type_ and token.tag_ == "NNP":
        return token.dep_ in SUBJECT_DEPS  # "The Dutchman won ...", not "played the Scarecrow"
    if token.pos_ != "NOUN" or token.tag_ != "NN":
        return False
    return token.lemma_.lower() in known and token.dep_ in SUBJECT_DEPS


def _nationality_word(token: Token) -> bool:
    word = token.text
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    ents = [e for e in token.doc.ents if e.start <= token.i < e.end]
    if ents and len(ents[0]) != 1:
        return False  # a word of a longer name ("the Italian Job")
    return word.lower() in NATIONALITY_NOUNS or bool(NATIONALITY_SUFFIX.search(word))


def _descriptor_antecedent(token: Token, people: dict[int, str], doc: Doc) -> str | None:
    own = {c.i for c in token.subtree}
    possessor = {people.get(c.i) for c in token.children if c.dep_ == "poss"}
    sent = token.sent
    before = {people[i] for i in range(sent.start, token.i) if i in people and i not in own}
    before -= possessor
    if len(before) == 1:
        return next(iter(before))
    if before or sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    mentioned = {people[i] for i in range(previous.start, previous.end) if i in people}
    mentioned -= possessor
    if len(mentioned) == 1:
        return next(iter(mentioned))
    subjects = {people[t.i] for t in previous if t.i in people and (
        t.dep_ in SUBJECT_DEPS or t.head.dep_ in SUBJECT_DEPS)} - possessor
    return next(iter(subjects)) if len(subjects) == 1 else None


TEAM_LABELS = {"ORG"}


def _side(ent: Span) -> bool:
    """An organisation, or a place name that takes a plural verb ("Ardmore United are
    champions", "Collingwood were beaten"): a side named after its town."""
    if ent.label_ in TEAM_LABELS:
        return True
    if ent.label_ not in {"GPE", "FAC", "LOC", "PERSON"}:
        return False
    verb = ent.root.head
    forms = {verb.lower_} | {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return bool(forms & {"are", "were", "have"})


def _own_words(token: Token) -> str:
    """The capitalised words of a phrase ("Prancing Horse" of "the Prancing Horse")."""
    return " ".join(t.text for t in token.subtree if t.pos_ == "PROPN")


def _team_antecedent(token: Token, doc: Doc, resolved: dict[int, str],
                     glossary: Glossary | None) -> str | None:
    """A team's, band's or maker's nickname in subject position ("Collingwood are
    premiers again. ..., the Magpies held off ..."; "Ferrari are back on top. ..., the
    Prancing Horse won ..."): a capitalised definite subject that no entity of its own
    names (the model leaves it unlabelled or calls it a nationality), not a nationality
    word, is the organisation that was the subject of the sentence before, when its
    own sentence names no organisation before it. Journalists vary a side's name this
    way as they do a person's ("the Dutchman")."""
    if token.dep_ not in SUBJECT_DEPS or not token.text[:1].isupper() or token.i == 0:
        return None
    if {c.lower_ for c in token.children if c.dep_ == "det"} != {"the"}:
        return None  # "Iron Harbor 2 is ...": a name of its own, not "the Herons"
    if token.pos_ != "PROPN" or token.ent_type_ not in {"", "NORP", "ORG"} or (
        _nationality_word(token)
    ):
        return None
    if token.ent_type_ and token.tag_ != "NNPS":
        return None  # a labelled name is a nickname only as a plural ("the Herons"), not
        # "the BBC" or "the FA", which name bodies of their own
    if token.lower_ in NATIONALITY_NOUNS or any(
        c.dep_ == "compound" and c.pos_ != "PROPN" for c in token.children
    ):
        return None
    sent = token.sent
    if sent.start == 0 or any(e.label_ in TEAM_LABELS and e.start < token.i
                              for e in sent.ents):
        return None
    previous = doc[sent.start - 1].sent
    subjects = {resolved.get(e.start) or entity_name(e, glossary) for e in previous.ents
                if e.root.dep_ in SUBJECT_DEPS and _side(e)}
    if len(subjects) != 1:
        return None
    name = next(iter(subjects))
    words = {t.lower_ for t in token.subtree if t.pos_ == "PROPN"}
    return None if words & set(name.lower().split()) else name

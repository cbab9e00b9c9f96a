"""Full names for mentions inside one article, for the index and for answers.

"Legend" and "John" after "John Legend", a glossary alias to its canonical name, a group
descriptor ("the septet", "the boys") to the article's main group, and a pronoun to the
one person or group in reach. Small rules, the same ones the question engine's mention
resolver describes; a pronoun with more than one possible antecedent stays unresolved.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from questions.glossary import Glossary

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


def resolve_doc(doc: Doc, glossary: Glossary | None = None) -> dict[int, str]:
    """Token index -> full name, for every token of a mention that resolves.

    The question engine's resolver (`questions.mentions`) is used when it is there, so
    look-up and question generation agree on who is meant; `own_resolve` otherwise."""
    try:
        from questions.mentions import resolve_mentions
    except ImportError:
        return own_resolve(doc, glossary)
    mentions = resolve_mentions(doc, glossary)
    return {
        i: mention.name
        for mention in mentions.by_start.values()
        for i in range(mention.start, mention.end)
    }


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

"""The question engine: articles in, facts and gated quiz questions out.

    engine = QuestionEngine(glossary=load_glossary("seeds/glossary.yaml"))
    result = engine.generate(articles)   # result.questions, result.facts, result.per_article

Steps per article: parse (questions.nlp), resolve mentions (questions.mentions), extract
clauses and facts (questions.facts), generate candidates (questions.generate), gate them
(questions.gates), score difficulty (questions.difficulty), add wrong choices
(questions.choices, when that module is present).
"""

from __future__ import annotations

import hashlib
import importlib
import random
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.tokens import Doc, Token

from questions import acceptability, difficulty, gates
from questions.facts import Clause, clause_facts, extract_clauses
from questions.generate import KINSHIP_NOUNS, Candidate, article_candidates, possessive_questions
from questions.glossary import Glossary
from questions.mentions import Mentions, resolve_mentions
from questions.nlp import DEFAULT_MODEL, ParsedArticle, load_nlp, parse_articles
from questions.render import render_phrase
from questions.types import Article, Fact, QuizQuestion, SourceRef

NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
}
TOPIC_TYPES = {"group", "team", "member", "person", "singer", "actor", "player"}


@dataclass
class ArticleStats:
    facts: int = 0
    candidates: int = 0
    passed: int = 0
    rejected: Counter[str] = field(default_factory=Counter)


@dataclass
class EngineResult:
    facts: list[Fact]
    questions: list[QuizQuestion]
    per_article: dict[str, ArticleStats]
    rejected: list[tuple[str, str, str]] = field(default_factory=list)  # question, answer, why


def question_id(question: str, answer: str) -> str:
    key = f"{gates.normalise(question)}|{gates.normalise(answer)}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


class QuestionEngine:
    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        glossary: Glossary | None = None,
        roundtrip: gates.RoundTrip | bool | None = None,
        choices: bool = True,
        seed: int = 0,
    ) -> None:
        self.model = model
        self.glossary = glossary
        self.roundtrip = roundtrip
        self.use_choices = choices
        self.seed = seed
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_nlp(self.model, self.glossary)  # raises ModelError
        return self._nlp

    def parse(self, articles: Sequence[Article]) -> list[ParsedArticle]:
        return parse_articles(self.nlp, articles)

    def facts(self, parsed: Sequence[ParsedArticle]) -> list[Fact]:
        facts: list[Fact] = []
        for item in parsed:
            mentions = resolve_mentions(item.doc, self.glossary)
            for clause in extract_clauses(item, mentions):
                facts.extend(clause_facts(clause, item, mentions))
            facts.extend(_possessive_facts(item, mentions))
        return facts

    def generate(self, articles: Sequence[Article]) -> EngineResult:
        return self.generate_parsed(self.parse(articles))

    def generate_parsed(self, parsed: Sequence[ParsedArticle]) -> EngineResult:
        roundtrip = self.roundtrip
        if roundtrip is True:
            roundtrip = lookup_roundtrip(parsed, self.nlp, self.glossary)
        elif roundtrip is False:
            roundtrip = None
        facts: list[Fact] = []
        per_article: dict[str, ArticleStats] = {}
        pending: list[tuple[ParsedArticle, Candidate, Counter[str]]] = []
        for item in parsed:
            mentions = resolve_mentions(item.doc, self.glossary)
            clauses = extract_clauses(item, mentions)
            stats = per_article.setdefault(item.article.name, ArticleStats())
            article_facts = [f for c in clauses for f in clause_facts(c, item, mentions)]
            article_facts += _possessive_facts(item, mentions)
            facts.extend(article_facts)
            stats.facts += len(article_facts)
            mention_counts = Counter(m.name for m in mentions.by_start.values())
            made = self.candidates(item, mentions, clauses)
            pending.extend((item, candidate, mention_counts) for candidate in made)
            stats.candidates += len(made)

        # The normalised question is the key of three look-ups below: compute it once.
        keys = [gates.normalise(candidate.question) for _, candidate, _ in pending]
        answer_articles: dict[str, set[str]] = {}
        for item, candidate, _ in pending:
            answer_articles.setdefault(candidate.answer, set()).add(item.article.name)
        also_true: dict[str, set[str]] = {}
        for key, (_, candidate, _) in zip(keys, pending, strict=True):
            also = also_true.setdefault(key, set())
            also.add(candidate.answer)
            also.update(candidate.also)

        pool = self._choice_pool(parsed)
        seen: set[str] = set()
        questions: list[QuizQuestion] = []
        rejected: list[tuple[str, str, str]] = []
        indexes: dict[int, acceptability.SentenceIndex] = {}
        for key, (item, candidate, counts) in zip(keys, pending, strict=True):
            stats = per_article[item.article.name]
            aliases = self.aliases(candidate)
            index = indexes.get(id(item))
            if index is None and getattr(item, "doc", None) is not None:
                index = indexes[id(item)] = acceptability.SentenceIndex(item.doc)
            reason = acceptability.check(
                candidate.question,
                candidate.answer,
                candidate.form,
                candidate.answer_type,
                candidate.sentence,
                index,
            ) or gates.check(
                candidate.question,
                candidate.answer,
                aliases,
                candidate.sentence,
                seen,
                roundtrip=None if candidate.form == "truefalse" else roundtrip,
            )
            if reason is None and candidate.form != "truefalse" and len(
                also_true[key] - set(candidate.also)
            ) > 1:
                reason = "the articles give more than one answer"
            if reason is not None:
                stats.rejected[reason.split(" (")[0].split("'")[0].strip()] += 1
                rejected.append((candidate.question, candidate.answer, reason))
                continue
            stats.passed += 1
            value = difficulty.score(
                candidate.form,
                candidate.answer_type,
                counts.get(candidate.answer, 1),
                len(answer_articles.get(candidate.answer, ())),
            )
            qid = question_id(candidate.question, candidate.answer)
            choices = self._choices(candidate, aliases, pool, also_true[key], qid)
            questions.append(
                QuizQuestion(
                    id=qid,
                    question=candidate.question,
                    answer=candidate.answer,
                    aliases=tuple(aliases),
                    choices=choices,
                    answer_type=candidate.answer_type,
                    difficulty=difficulty.level(value),
                    form=candidate.form,
                    source=SourceRef(item.article.name, candidate.sentence, item.article.date),
                    topics=candidate.topics,
                    score=value,
                )
            )
        return EngineResult(facts, questions, per_article, rejected)

    # ------------------------------------------------------------------ candidates
    def candidates(
        self, item: ParsedArticle, mentions: Mentions, clauses: list[Clause]
    ) -> list[Candidate]:
        return article_candidates(item, mentions, clauses)

    def aliases(self, candidate: Candidate) -> list[str]:
        aliases: list[str] = []
        if self.glossary is not None:
            aliases.extend(self.glossary.aliases_of(candidate.answer))
        low = candidate.answer.lower()
        if low in NUMBER_WORDS:
            aliases.append(NUMBER_WORDS[low])
        if candidate.answer_type in {"person", "singer", "actor", "player", "coach", "member"}:
            parts = candidate.answer.split()
            if len(parts) >= 2 and gates.contains(candidate.sentence, parts[-1]):
                aliases.append(parts[-1])  # "Legend" for John Legend, as the article says
        seen = {gates.normalise(candidate.answer)}
        unique = []
        for alias in aliases:
            key = gates.normalise(alias)
            if key not in seen:
                seen.add(key)
                unique.append(alias)
        return unique

    # ------------------------------------------------------------------ choices
    def _choice_pool(self, parsed: Sequence[ParsedArticle]) -> object | None:
        if not self.use_choices:
            return None
        try:
            module = importlib.import_module("questions.choices")
        except ImportError:
            return None
        try:
            return module.ChoicePool.build(parsed, self.glossary)
        except AttributeError:
            return None

    def _choices(
        self,
        candidate: Candidate,
        aliases: list[str],
        pool: object | None,
        also: set[str],
        qid: str,
    ) -> tuple[str, ...]:
        if pool is None or candidate.form == "truefalse":
            return ()  # true/false is typed play: choices are four strings or none
        module = importlib.import_module("questions.choices")
        rng = random.Random(f"{self.seed}:{qid}")
        choices = module.pick_choices(
            candidate.answer,
            module.type_asked(candidate.question, candidate.answer_type),
            aliases,
            pool,
            also - {candidate.answer},
            rng,
            gender=module.gender_asked(candidate.question),
        )
        said = said_in_question(choices, candidate.question, candidate.answer)
        if said:  # drawn again without them, from the same seed
            choices = module.pick_choices(
                candidate.answer,
                module.type_asked(candidate.question, candidate.answer_type),
                aliases,
                pool,
                (also | said) - {candidate.answer},
                random.Random(f"{self.seed}:{qid}"),
                gender=module.gender_asked(candidate.question),
            )
        return tuple(choices)


def said_in_question(choices: Sequence[str], question: str, answer: str) -> set[str]:
    """The wrong choices the question itself names: "What is the name of Emily Eavis'
    father?" cannot offer "Emily Eavis" (a player rules out the one asked about, and the
    choice is not of the answer's kind: her father is not herself)."""
    return {
        c for c in choices
        if c != answer and not gates.contains(answer, c) and gates.contains(question, c)
    }


def lookup_roundtrip(
    parsed: Sequence[ParsedArticle], nlp: Language, glossary: Glossary | None
) -> gates.RoundTrip | None:
    """The round-trip gate through the fact look-up (questions.lookup), when it exists:
    a question is answerable if the look-up, given only its text, finds its answer."""
    try:
        lookup = importlib.import_module("questions.lookup")
    except ImportError:
        return None
    engine = lookup.LookupEngine.build(list(parsed), nlp, glossary)

    def check(question: str, answer: str, aliases: Collection[str]) -> bool:
        got = engine.ask(question).answer
        return any(engine.answers_match(name, got) for name in (answer, *aliases))

    return check


def _topics(clause: Clause, mentions: Mentions) -> tuple[str, ...]:
    names = []
    for token in clause.sent:
        mention = mentions.at(token)
        if mention is not None and mention.type in TOPIC_TYPES and mention.name not in names:
            names.append(mention.name)
    return tuple(names)


def kin_tokens(doc: Doc) -> list[Token]:
    """The tokens `possessive_questions` can start from: its first test is a kinship
    lemma. Read from the lemma ids, so no Token object is made for the other words."""
    lemmas = doc.to_array(LEMMA).tolist()
    strings = doc.vocab.strings
    kin = {h for h in set(lemmas) if strings[h].lower() in KINSHIP_NOUNS}
    return [doc[i] for i, h in enumerate(lemmas) if h in kin] if kin else []


def _possessive_facts(item: ParsedArticle, mentions: Mentions) -> list[Fact]:
    facts = []
    for token in kin_tokens(item.doc):
        for text, answer, answer_type, form in possessive_questions(token, mentions):
            if form != "whose":
                continue
            name = text.removeprefix("Whose ").rstrip("?").split(" is ", 1)
            if len(name) != 2:
                continue
            relation, person = name
            facts.append(
                Fact(
                    subject=person,
                    relation=f"be {relation} of",
                    object=answer,
                    source=SourceRef(
                        item.article.name, " ".join(token.sent.text.split()), item.article.date
                    ),
                    object_type=answer_type,
                )
            )
    return facts


__all__ = ["ArticleStats", "EngineResult", "QuestionEngine", "question_id", "render_phrase"]

"""Random text through the whole language pipeline: read, parse, facts, questions, look-up.

Nothing may escape but ArticleError (a refusal with one line), and every question that
comes out still passes the quality gates. spaCy is loaded once (the session `engine`).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from questions import gates
from questions.article import ArticleError, parse_article_bytes
from questions.engine import QuestionEngine
from questions.lookup.engine import LookupEngine
from questions.types import LookupAnswer

# Pieces a hostile or careless article is made of.
WORDS = [
    "BTS", "performed", "Fake Love", "at", "the", "Billboard Music Awards", "2018", "in",
    "Las Vegas", "met", "Khalid", "backstage", "won", "Top Social Artist", "Seoul", "on",
    "May 20", "Blackpink", "released", "Born Pink", "Lewis Hamilton", "Max Verstappen",
    "scored", "goal", "Liverpool", "Everton", "Oppenheimer", "premiered", "London", "He", "She",
    "They", "it", "who", "what", "and", "but", "was", "were", "\"Idol\"", "'Mic Drop'",
]
ODD = [
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202d", "\u2066", "\u00ad",
    "@everyone", "@here", "<@123456789012345678>", "<@&456456456456456456>", "<#1>",
    "**", "__", "~~", "||spoiler||", "`", "```py\nprint('x')\n```", "> quote", "# heading",
    "- item", "1.", "[link](http://x)", "\\", "🙂", "👨‍👩‍👧", "🇰🇷", "مرحبا", "שלום",
    "東京", "ⅫⅣ", "ﬁ", "e\u0301", "\t", "  ", "...", "?!", "—", ";", ":", "(", ")", "\"",
    "'", "’", "“", "”", "…", "%", "$", "€", "#", "&", "<", ">", "{", "}", "DROP TABLE x;--",
]

token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(ODD),
    st.text(min_size=1, max_size=12),  # any unicode (hypothesis leaves out surrogates)
)
noise_line = st.lists(token, min_size=0, max_size=25).map(" ".join)

# Sentences a fact can come from, with hostile decoration in and around the names, so
# that questions do come out and the gates are really exercised.
SUBJECTS = ["BTS", "Blackpink", "Khalid", "Lewis Hamilton", "Harry Styles", "Liverpool"]
VERBS = ["performed", "met", "won", "released", "visited", "played", "thanked"]
OBJECTS = ["Fake Love", "Top Social Artist", "Born Pink", "Kelly Clarkson", "the trophy",
           "Idol", "As It Was", "Everton"]
PLACES = ["", " at the Billboard Music Awards 2018", " in Las Vegas", " at Anfield",
          " in Seoul", " at Wembley Stadium"]
TIMES = ["", " in 2018", " on May 20, 2018", " last night", " in March"]
decoration = st.sampled_from(["", "", "", "**", "*", "__", "`", "||", "\u200b", "\u2060"])


@st.composite
def name(draw, choices: list[str]) -> str:
    text = draw(st.sampled_from(choices))
    mark = draw(decoration)
    if mark in ("\u200b", "\u2060") and len(text) > 2:
        at = draw(st.integers(1, len(text) - 1))
        return text[:at] + mark + text[at:]
    return f"{mark}{text}{mark[::-1]}"


@st.composite
def fact_sentence(draw) -> str:
    sentence = (
        f"{draw(name(SUBJECTS))} {draw(st.sampled_from(VERBS))} {draw(name(OBJECTS))}"
        f"{draw(st.sampled_from(PLACES))}{draw(st.sampled_from(TIMES))}"
    )
    before = draw(st.sampled_from(["", "", "@everyone ", "> ", "- ", "🙂 ", "\u202e", "مرحبا "]))
    after = draw(st.sampled_from([".", ".", "!", ". 🎉", ".\u200b", ". <@123456789012345678>"]))
    return before + sentence + after


line = st.one_of(fact_sentence(), fact_sentence(), noise_line)
sentence_end = st.sampled_from(["", "", ".", "!", "?", ":", "…"])
lines = st.lists(st.tuples(line, sentence_end).map("".join), min_size=0, max_size=12)
separators = st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\u2028", "\n\n\n"])
articles = st.tuples(lines, separators).map(lambda pair: pair[1].join(pair[0]))
front = st.sampled_from(
    ["", "", "---\ntitle: Fuzz\ndate: 2020-01-02\n---\n", "---\n: [\n---\n",
     "date 2019-05-01 "]
)
produced: list[int] = []  # questions per example, to check the gates were exercised


def run_pipeline(engine: QuestionEngine, text: str, suffix: str) -> None:
    try:
        article = parse_article_bytes(text.encode("utf-8"), name="fuzz", suffix=suffix)
    except ArticleError as error:
        message = str(error)
        assert message and "\n" not in message, repr(message)
        return
    result = engine.generate([article])
    produced.append(len(result.questions))
    seen: set[str] = set()
    for question in result.questions:
        reason = gates.check(
            question.question, question.answer, question.aliases,
            question.source.sentence, seen,
        )
        assert reason is None, (question.question, question.answer, reason)
        if question.choices:
            assert question.answer in question.choices
            assert len(set(question.choices)) == len(question.choices)
    lookup = LookupEngine(engine.nlp, engine.glossary)
    lookup.add([article])
    lookup.index.refresh()
    asked = [q.question for q in result.questions[:3]] + [text[:200], "Who did BTS meet?"]
    for question in asked:
        answer = lookup.ask(question)
        assert isinstance(answer, LookupAnswer)
        assert 0.0 <= answer.confidence <= 1.0 or answer.answer is None


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,  # the same examples every run: a failure is reproducible
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(front=front, body=articles, suffix=st.sampled_from([".txt", ".md"]))
def test_random_text_never_breaks_the_pipeline(
    engine: QuestionEngine, front: str, body: str, suffix: str
) -> None:
    run_pipeline(engine, front + body, suffix)


def test_the_fuzz_made_questions() -> None:
    """The random articles above must really produce questions, or the gate check in
    them proved nothing (runs after them: pytest keeps file order)."""
    if not produced:
        pytest.skip("the fuzz test did not run in this session")
    assert sum(produced) >= 20, produced
    assert sum(1 for n in produced if n) >= 10, produced


def test_known_nasty_articles(engine: QuestionEngine) -> None:
    """Hand-picked cases the random search may not reach."""
    nasty = [
        "BTS performed Fake Love at the Billboard Music Awards 2018 in Las Vegas.\u202e",
        "\u200bBTS\u200b met\u200b Khalid\u200b backstage\u200b.\n\nKhalid met BTS.",
        "```\nBTS performed Fake Love at the Billboard Music Awards 2018.\n```",
        "@everyone BTS performed <@123456789012345678> at the <@&456456456456456456> Awards.",
        "# BTS\n\n**BTS** performed *Fake Love* at the __Billboard Music Awards__ 2018.",
        "مرحبا BTS performed Fake Love in Las Vegas. שלום",
        "BTS performed Fake Love. " * 400,
        "a" * 5000 + ".",
        "'); DROP TABLE articles;-- performed Fake Love at the Billboard Music Awards 2018.",
        "\ufeff\ufeff\ufeffBTS won Top Social Artist in 2018.",
        "🙂 " * 2000,
    ]
    for text in nasty:
        run_pipeline(engine, text, ".md")
        run_pipeline(engine, text, ".txt")

"""The spaCy model loads once per test session (it takes a second or so)."""

from __future__ import annotations

from pathlib import Path

import pytest

from questions.article import read_article
from questions.engine import EngineResult, QuestionEngine
from questions.glossary import Glossary, load_glossary
from questions.nlp import load_nlp

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "bts-bbma-2018.txt"
ARTICLES = ROOT / "tests" / "data" / "articles"


@pytest.fixture(scope="session")
def glossary() -> Glossary:
    return load_glossary(ROOT / "seeds" / "glossary.yaml")


@pytest.fixture(scope="session")
def nlp(glossary: Glossary):
    return load_nlp(glossary=glossary)


@pytest.fixture(scope="session")
def bare_nlp():
    return load_nlp()


@pytest.fixture(scope="session")
def engine(glossary: Glossary) -> QuestionEngine:
    return QuestionEngine(glossary=glossary)


@pytest.fixture(scope="session")
def seed_result(engine: QuestionEngine) -> EngineResult:
    return engine.generate([read_article(SEED)])

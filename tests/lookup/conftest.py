"""The look-up's pipeline, loaded once per test module (a module that needs another, such
as test_lookup.py with the seed glossary, defines its own `nlp`)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from questions.lookup.pipeline import load_pipeline

    return load_pipeline()

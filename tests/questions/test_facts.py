import datetime as dt

from questions.facts import is_absolute_date, resolve_weekday
from questions.types import Fact


def test_seed_facts_carry_subject_relation_object_and_context(engine, seed_result):
    facts: list[Fact] = seed_result.facts
    perform = [f for f in facts if f.relation == "perform" and f.object == "Fake Love"]
    assert perform and perform[0].subject == "BTS"
    assert perform[0].object_type == "song"
    assert perform[0].context.get("event") == "Billboard Music Awards 2018"
    assert perform[0].source.article == "bts-bbma-2018"
    # the publication date (2021-05-02) is never an event date
    assert not any("2021-05-02" in v for f in facts for v in f.context.values())
    daughter = [f for f in facts if f.relation == "be daughter of"]
    assert daughter and daughter[0].subject == "Luna" and daughter[0].object == "John Legend"


def test_engine_facts_method_matches_generate(engine, seed_result):
    parsed = engine.parse([seed_result.questions[0].source and _seed()])
    assert {(f.subject, f.relation, f.object) for f in engine.facts(parsed)} == {
        (f.subject, f.relation, f.object) for f in seed_result.facts
    }


def _seed():
    from pathlib import Path

    from questions.article import read_article

    return read_article(Path(__file__).resolve().parents[2] / "seeds" / "bts-bbma-2018.txt")


def test_relative_dates_resolve_only_when_safe():
    published = dt.date(2023, 10, 23)  # a Monday
    assert resolve_weekday("Saturday", published, past=True) == "21 October 2023"
    assert resolve_weekday("Saturday", published, past=False) is None  # a preview
    assert resolve_weekday("last Saturday", published, past=True) is None
    assert resolve_weekday("Saturday", None, past=True) is None


def test_absolute_dates():
    assert is_absolute_date("May 12")
    assert is_absolute_date("2018")
    assert is_absolute_date("February 1, 2004")
    assert not is_absolute_date("Thursday")
    assert not is_absolute_date("Sunday night")
    assert not is_absolute_date("six years")

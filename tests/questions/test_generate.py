from questions.article import parse_article_text
from questions.engine import QuestionEngine


def questions_for(text: str, engine: QuestionEngine, **kwargs) -> dict[str, str]:
    article = parse_article_text(text, name="t", **kwargs)
    return {q.question: q.answer for q in engine.generate([article]).questions}


def test_do_support_and_tense(engine):
    got = questions_for("Harry Styles performed the song Kiwi at Wembley Stadium.", engine)
    assert got.get("Which song did Harry Styles perform at Wembley Stadium?") == "Kiwi"
    got = questions_for("Florence Pugh plays Jean Tatlock in Oppenheimer.", engine)
    assert any(q.startswith("Who does Florence Pugh play") for q in got), got


def test_subject_questions_do_not_invert(engine):
    got = questions_for("Mohamed Salah scored two goals against Everton at Anfield.", engine)
    assert got.get("Who scored two goals against Everton at Anfield?") == "Mohamed Salah"
    assert got.get("How many goals did Mohamed Salah score against Everton at Anfield?") == "two"


def test_year_and_passive(engine):
    got = questions_for("The album Harry's House was released by Columbia in 2022.", engine)
    assert any(q.startswith("In which year was") and a == "2022" for q, a in got.items()), got


def test_pronoun_questions_are_not_asked_when_ambiguous(engine):
    got = questions_for("Taylor Swift met Ed Sheeran. She gave him a bracelet in Paris.", engine)
    assert not any("bracelet" in q for q in got)


def test_every_question_is_well_formed(seed_result):
    for q in seed_result.questions:
        assert q.question.endswith("?")
        assert len(q.question.split()) <= 30
        assert q.answer.lower() not in q.question.lower() or q.form == "truefalse"
        assert q.difficulty in {"easy", "medium", "hard"}
        assert len(q.id) == 16


def test_ids_are_stable(engine, seed_result):
    again = engine.generate([_seed()])
    assert [q.id for q in again.questions] == [q.id for q in seed_result.questions]


def _seed():
    from pathlib import Path

    from questions.article import read_article

    return read_article(Path(__file__).resolve().parents[2] / "seeds" / "bts-bbma-2018.txt")

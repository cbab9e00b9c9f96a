"""The seed article's must-have questions (issue 3's done-when)."""


def test_seed_gives_at_least_twelve_distinct_questions(seed_result):
    assert len({q.question for q in seed_result.questions}) >= 12


def test_the_bbma_song_question(seed_result):
    found = [q for q in seed_result.questions if q.answer == "Fake Love" and q.form == "wh"]
    assert any(
        q.question == "Which song did BTS perform at the Billboard Music Awards 2018?"
        for q in found
    ), [q.question for q in found]
    assert found[0].answer_type == "song"


def test_luna_is_john_legends_daughter(seed_result):
    by_question = {q.question: q.answer for q in seed_result.questions}
    assert by_question.get("What is the name of John Legend's daughter?") == "Luna"
    assert by_question.get("Whose daughter is Luna?") == "John Legend"


def test_khalid(seed_result):
    khalid = [q for q in seed_result.questions if q.answer == "Khalid"]
    assert any(
        q.question.startswith("Which singer did") or q.question.startswith("Which singer does")
        for q in khalid
    ), [q.question for q in khalid]
    assert all("BTS" in q.question for q in khalid)


def test_no_pronoun_or_vague_phrase_left(seed_result):
    import re

    for q in seed_result.questions:
        assert not re.search(r"\b(he|she|they|them|these|the boys|the septet)\b", q.question, re.I)

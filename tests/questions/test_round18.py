"""Regression tests for round 18. Every sentence here is made up for the test."""

from questions.article import parse_article_text


def asked(text: str, engine) -> dict[str, str]:
    result = engine.generate([parse_article_text(text, name="t")])
    return {q.question: q.answer for q in result.questions}


def test_a_missed_venue_with_a_place_head_word_is_asked_with_where(engine):
    # "Iron Chapel" is no entity type the recogniser knows ("thing"); its head word
    # says it is a place: "Where", never "What did ... perform inside?"
    text = (" date 2025-01-10 The singer Mia Thorne performed inside the Iron Chapel in "
            "March 2024. She released her second album in May.")
    questions = asked(text, engine)
    assert not any(q.startswith("What") and " inside " in q for q in questions), questions
    assert "Where did Mia Thorne perform in March 2024?" in questions, questions


def test_a_missed_venue_with_no_place_word_is_not_asked_with_what(engine):
    # "the Velvet Whisper" says nothing of being a place: no "What ... inside?" question
    text = (" date 2025-01-10 The folk duo Ash and Reed performed inside the Velvet Whisper "
            "in March 2023. They released a new album in May.")
    questions = asked(text, engine)
    assert not any(q.startswith(("What", "Who")) and " inside " in q for q in questions), (
        questions
    )


def test_a_person_or_a_work_is_not_where_a_show_happens(engine):
    # a one-word venue read as a person, a venue read as a work: "Who did X perform
    # inside?", "What did X play inside?" are garbled
    text = (" date 2025-01-10 The singer Mia Thorne performed inside Moonrise in May 2024. "
            "The singer Mia Thorne played inside the Glass Onion in June 2024.")
    questions = asked(text, engine)
    assert not any(q.startswith(("What", "Who")) and " inside " in q for q in questions), (
        questions
    )


def test_a_role_in_a_show_is_still_asked(engine):
    # "starred in <work>": not a place; the rule is for place verbs only
    text = (" date 2025-01-10 The actor Tom Reyes starred in the Glass Onion in 2022. "
            "He won an award for it.")
    questions = asked(text, engine)
    assert not any(q.startswith("Where") for q in questions), questions



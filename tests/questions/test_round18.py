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



def test_a_when_clause_after_a_year_frames_the_yearly_occasion_with_that_year(engine):
    # "in 2009, when Dale famously beat Adele": the deed was at the 2009 edition; a
    # frame "At the Brit Awards" (which year?) gets that year
    from questions.facts import extract_clauses
    from questions.generate import _when_clause_year
    from questions.mentions import resolve_mentions

    text = (" date 2024-03-04 Nia Brooks won Best New Act at the Brit Awards on Sunday. "
            "She is the first rapper to win the award since Kit Dale in 2009, when Dale "
            "famously beat Adele.")
    item = engine.parse([parse_article_text(text, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    beat = next(c for c in extract_clauses(item, mentions) if c.verb.lower_ == "beat")
    assert _when_clause_year("At the Brit Awards, who beat Adele?", beat) == (
        "At the 2009 Brit Awards, who beat Adele?"
    )
    # a question with a year, or a clause with no "in <year>, when", is left alone
    assert _when_clause_year("At the 2024 Brit Awards, who beat Adele?", beat) == (
        "At the 2024 Brit Awards, who beat Adele?"
    )
    won = next(c for c in extract_clauses(item, mentions) if c.verb.lower_ == "won")
    assert _when_clause_year("At the Brit Awards, who won Best New Act?", won) == (
        "At the Brit Awards, who won Best New Act?"
    )


def test_a_surname_that_is_an_english_word_opening_a_sentence_is_the_person(nlp, glossary):
    # "Hawks" is also a plural noun; the tagger reads the sentence-opening subject as
    # one, but the article calls the person "Hawks" elsewhere: the same person
    from questions.mentions import resolve_mentions

    doc = nlp("Tom Hawks scored a century for Kent on Sunday. The crowd cheered an appeal "
              "against Hawks that failed. Hawks then hit the winning runs.")
    mentions = resolve_mentions(doc, glossary)
    last = [t for t in doc if t.text == "Hawks"][-1]
    mention = mentions.at(last)
    assert mention is not None and mention.name == "Tom Hawks", mention

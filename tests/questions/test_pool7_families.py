"""Failure families found on tests/data/pool7 (session 8), each tested on sentences
written for the test, not taken from the articles."""

from __future__ import annotations

from questions.article import parse_article_text


def _article(body: str) -> str:
    return (
        " date 2022-03-01 " + body
        + "\n\nMore\n\nThe label plans a tour next spring.\n\nImage Credit: Label Twitter"
    )


def _texts(engine, body):
    result = engine.generate([parse_article_text(_article(body), name="t")])
    return [(q.question, q.answer) for q in result.questions]


def test_a_name_said_with_an_is_not_asked_as_an_organisation(engine):
    # "turned down an MBE": the model labels the honour an organisation; "Which organisation
    # did Ana Reis turn down?" reads wrong (one turns down an honour, not a body)
    body = "Ana Reis turned down an MBE in 2009, writing that the honour meant nothing to her."
    texts = _texts(engine, body)
    for question, _ in texts:
        assert "organisation" not in question, question
    assert any(answer == "2009" for _, answer in texts), texts


def test_a_hyphenated_word_torn_apart_is_not_asked(engine):
    # "semi-final" misparsed as three words: "Who did the Lions lose the 2021 Premiership
    # semi-final - to?" is garbled
    body = ("The Lions lost the 2021 Premiership semi-final to Harlequins, their great rivals, "
            "who went on to win the title in London.")
    for question, _ in _texts(engine, body):
        assert " - " not in question and " -?" not in question, question


def test_a_name_said_twice_in_a_row_is_not_kept():
    # a subject given its year by the context and then said again as written: "Who did
    # the 2021 Grand Prix The Grand Prix go to?" is garbled; a one-word name said twice
    # is a name ("Duran Duran")
    from questions.gates import check

    sentence = "The Grand Prix itself went to Tom Ryder."
    assert check("Who did the 2021 Grand Prix The Grand Prix go to?", "Tom Ryder", (),
                 sentence, set()) is not None
    assert check("Who did the 2021 Grand Prix go to?", "Tom Ryder", (), sentence, set()) is None
    assert check("Which band did Duran Duran tour with in 2021?", "Tom Ryder", (),
                 "Duran Duran toured with Tom Ryder in 2021.", set()) is None


def test_a_quoted_title_opening_the_sentence_is_the_subject_not_its_apposition(engine):
    # '"Blue Harbour", the story of ..., was adapted ...': the model hangs the title on the
    # verb and reads the apposition as the subject: "In which year was the story of a girl
    # from Chile adapted for the stage Blue Harbour?" (garbled, or no title at all)
    body = ('"Blue Harbour", the story of a girl from Chile searching for her father in Lisbon, '
            "was adapted for the stage in 2015.")
    texts = _texts(engine, body)
    for question, _ in texts:
        assert "story of" not in question, question
    assert ('In which year was "Blue Harbour" adapted for the stage?', "2015") in texts


def test_a_body_named_only_by_its_collective_noun_is_not_asked(engine):
    # "In which year did Rowan Pike march with the corps as a teenager?": which corps?
    body = "Rowan Pike, who marched with the corps as a teenager in 1990, has led it since 2005."
    for question, _ in _texts(engine, body):
        assert "the corps" not in question, question
    texts = _texts(engine, "Rowan Pike sang with the choir Voces Nova in 1990.")
    assert any("the choir Voces Nova" in question for question, _ in texts), texts


def test_a_year_given_to_a_bare_event_name_is_no_spliced_aside(engine):
    # "the final round of the Ice Speedway Championship" asked with the year the article
    # gives elsewhere ("the 2022 Ice Speedway Championship") was read as an aside moved
    # into the verb phrase, and a good question was dropped
    body = ("Marta Kowal is the ice racing champion again. The Pole sealed the 2022 title on "
            "Saturday night in Gdansk.\n\nA title settled early\n\nKowal arrived at the final "
            "round of the Ice Speedway Championship with a lead of 20 points over Tom Ryder. "
            "The Canadian needed a miracle.")
    texts = _texts(engine, body)
    assert any(answer == "Marta Kowal" and "Ice Speedway Championship" in question
               for question, answer in texts), texts


def test_an_object_that_starts_inside_a_name_is_not_asked(engine):
    # "Pike Gaming" with "Pike" hung on the verb by the parser: "Which team beat Gaming
    # 4-1 in the final ...?" says half a name
    body = "Nova Esports beat Pike Gaming 4-1 in the final of the 2023 Orbit World Championship."
    for question, _ in _texts(engine, body):
        assert "beat Gaming" not in question and "beat _____" not in question, question


def test_a_side_named_only_by_its_place_is_not_asked(engine):
    # "Which event did the side from Leeds win ...?": which side? (the place is not a name)
    body = ("The Leeds Lions are champions of the Northern League again. The side from Leeds "
            "won the 2023 Northern Cup at Elland Road on Saturday with a score of 98.2.")
    for question, _ in _texts(engine, body):
        assert "the side from" not in question.lower(), question

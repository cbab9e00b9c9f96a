"""Round 23 (session 9, helper cv9): names the recogniser splits or mislabels, on sentences
written for the test, not taken from the articles."""

from __future__ import annotations

from questions.mentions import resolve_mentions


def _names(nlp, text: str, word: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    mentions = resolve_mentions(doc)
    return [
        (m.name, m.type) for _, m in sorted(mentions.by_start.items())
        if word in doc[m.start : m.end].text.split()
    ]


def test_a_full_name_tagged_an_organisation_is_a_person_by_its_lone_surname(nlp):
    # "Marta Reyes" tagged ORG, then "Reyes, who ...": the surname alone takes "who" and
    # the full name starts with a given name, so both are the one person
    found = _names(nlp, "Marta Reyes joined the club in 2019. Reyes, who had played in "
                        "Spain, scored twice in the final.", "Reyes")
    assert found == [("Marta Reyes", "person"), ("Marta Reyes", "person")]
    # a lone surname set off by a person noun is a person even after no known given name
    found = _names(nlp, "Rhone Talsma led after the first round. Talsma, a librarian from "
                        "Ohio, answered every clue.", "Talsma")
    assert found == [("Rhone Talsma", "person"), ("Rhone Talsma", "person")]


def test_a_club_taking_who_stays_a_club(nlp):
    # "Palace" is an English word: a club's short name takes "who" too
    found = _names(nlp, "Crystal Palace beat Leeds on Sunday. Palace, who had lost twice, "
                        "scored three goals.", "Palace")
    assert all(kind != "person" for _, kind in found)


def test_an_edition_named_with_its_year_is_one_event(nlp):
    # "Let the Valley Sing 2024" reads as a clause ("Let ... Sing") and a year; said after
    # "the winners of" it is one event's name, year included
    doc = nlp("The Corran Singers are the winners of Let the Valley Sing 2024.")
    mentions = resolve_mentions(doc)
    events = [m.name for m in mentions.by_start.values() if m.type == "event"]
    assert events == ["Let the Valley Sing 2024"]
    # a place and a year ("in Los Angeles in 2024") are no event
    doc = nlp("The choir sang at Los Angeles 2024 and in Boston in 2023.")
    assert not [m for m in resolve_mentions(doc).by_start.values() if m.type == "event"]


def test_an_edition_named_with_its_year_frames_the_lead(engine, glossary):
    # the lead's edition is the article's event (its questions get "At ... 2024," frames),
    # though the parser hangs the year under the "Let ... Sing" clause it reads
    from questions.article import parse_article_text
    from questions.generate import event_topic

    body = (" date 2024-05-02 The Corran Singers are the winners of Let the Valley Sing "
            "2024. Vocal Harbour closed with \"Harbour Lights\" by Ola Brenn.")
    doc = engine.parse([parse_article_text(body, name="t")])[0].doc
    assert event_topic(doc, resolve_mentions(doc, glossary)) == (
        "Let the Valley Sing 2024", "event")


def test_a_quiz_reply_needs_its_game():
    from questions import acceptability

    assert acceptability.quiz_answer_unpinned('In Quizline, who answered "Peru"?')
    assert acceptability.quiz_answer_unpinned(
        'On March 3, 2022, who answered "Peru" in Quizline?') is None
    # an answer in play is no quiz reply
    assert acceptability.quiz_answer_unpinned(
        "At the Harbour Bowl, who answered with a late touchdown?") is None


def test_a_full_name_with_a_plural_verb_is_the_group(nlp):
    # "Salt Harbour are the winners": the model calls the two words a person; a plural
    # verb and "the group" said again make it the group the article is about
    doc = nlp("Denmark's Salt Harbour are the winners of the Nordic Choir Cup. The "
              "eight-voice group sang first. The group will tour in June.")
    kinds = {m.type for m in resolve_mentions(doc).by_start.values() if m.name == "Salt Harbour"}
    assert kinds == {"group"}
    # a person's full name takes "is": no group
    doc = nlp("Mila Ortiz is the winner of the Nordic Choir Cup. The group sang first. The "
              "group will tour in June.")
    kinds = {m.type for m in resolve_mentions(doc).by_start.values() if m.name == "Mila Ortiz"}
    assert "group" not in kinds

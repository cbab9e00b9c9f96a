"""Precision round 10 (the "no context" and "not unique" classes). A scene a dated report
narrates in the present happened once, as much as one told in the past: it is asked with
the report's event, or not at all; states told in the present stay as they are. A credit a
work of that kind shares among several people ("the producer" of a TV series) is not
asked as if there were one. Every sentence here is made up."""

from questions.article import parse_article_text

# An awards-night report that narrates the backstage scenes in the present.
AWARDS = (
    "date 2024-06-10 The Northern Folk Awards 2024 was a joyful night for the band Lantern "
    "Row. The group met plenty of artists backstage and during the ceremony.\n\n"
    "Singer Mira Holt soon suggests taking a photo with Lantern Row. "
    "Mira Holt lives in Galway with her husband Colm Ryan."
)


def candidates(text: str, engine) -> list[str]:
    from questions.facts import extract_clauses
    from questions.generate import article_candidates
    from questions.mentions import resolve_mentions

    item = engine.parse([parse_article_text(text, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    return [c.question for c in article_candidates(item, mentions, extract_clauses(item, mentions))]


def test_a_scene_told_in_the_present_is_asked_with_its_event(engine):
    """"Which singer suggests taking a photo with Lantern Row?": on which night? The report
    narrates its awards night in the present; the scene is asked there, or not at all."""
    qs = candidates(AWARDS, engine)
    suggested = [q for q in qs if "suggest" in q]
    assert all("the Northern Folk Awards 2024" in q for q in suggested), suggested
    assert suggested == [
        "Which singer suggests taking a photo with Lantern Row at the Northern Folk Awards "
        "2024?"
    ], qs


def test_a_state_told_in_the_present_takes_no_event(engine):
    """Living in Galway is no moment of the awards night: no frame, no drop."""
    qs = candidates(AWARDS, engine)
    assert "Who lives in Galway with her husband Colm Ryan?" in qs, qs


def test_a_scheduled_date_or_a_part_taken_on_is_no_scene(engine):
    """"After that, X steps in as the Doctor" (a part taken on) and "the film opens in
    August, and Neon will release it later" (a schedule; "later" is the release's) are
    not scenes of the report's night."""
    from questions.facts import extract_clauses
    from questions.generate import _scene_present
    from questions.mentions import resolve_mentions

    text = (
        "date 2024-06-10 The Northern Folk Awards 2024 was a joyful night for the band "
        "Lantern Row.\n\n"
        "After that, Mira Holt steps in as the new host of the show. "
        "The film opens in Irish cinemas in August, and Neon will release it later. "
        "Mira Holt then hugs Colm Ryan."
    )
    item = engine.parse([parse_article_text(text, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    scenes = {c.verb.lower_: _scene_present(c) for c in extract_clauses(item, mentions)}
    assert scenes.get("steps") is False and scenes.get("opens") is False, scenes
    assert scenes.get("hugs") is True, scenes


SHOW = (
    "date 2024-03-11 The animated series Moonbeam Street returned to Channel 9 on Sunday "
    "with a long special episode.\n\n"
    "Speaking to a radio station, producer Nina Vale said the team was still drawing. "
    "Creator Paul Ince wrote the special over a year."
)
GAME = (
    "date 2024-03-11 The puzzle game Moonbeam Street sold a million copies in its first "
    "week on sale.\n\n"
    "Speaking to a radio station, producer Nina Vale said the team was still drawing. "
    "Director Paul Ince said the game took five years."
)


def test_a_credit_a_series_shares_is_not_asked_as_one(engine):
    """A TV series has many producers: "Who is the producer of Moonbeam Street?" has
    no one answer. Its creator is one person, and stays."""
    qs = candidates(SHOW, engine)
    assert "Who is the producer of Moonbeam Street?" not in qs, qs
    assert "Who is the creator of Moonbeam Street?" in qs, qs


def test_a_games_producer_stays(engine):
    qs = candidates(GAME, engine)
    assert "Who is the producer of Moonbeam Street?" in qs, qs

"""Round 14 of the look-up: unanswerable questions whose asked thing the sentence never
names, and descriptions the article never uses, each on sentences written for the test."""

from __future__ import annotations

from .lookupkit import build


def _article(lead: str, body: str) -> str:
    return f"{lead}\n\n{body}\n"


_RAVEN = _article("The Glass Ravens wrapped up their spring tour in Leeds.",
                  "The Glass Ravens played their spring tour with a new drummer, Tom Fell, who"
                  " joined the band at 19. The group formed in Hull in 2012 and have released"
                  " five albums.")


# "How many shows ...?" against a sentence (and neighbours) that never says shows, nor a
# synonym or another form: the number there is an age, not a count of shows, and the
# look-up declines (it answered "19" at 0.92 before)
def test_a_count_of_a_noun_no_nearby_sentence_names_is_declined(nlp):
    engine = build(nlp, _RAVEN, "ravens")
    for question in ("How many shows did the Glass Ravens play on their spring tour?",
                     "How many tickets did the spring tour of the Glass Ravens sell?"):
        got = engine.ask(question)
        assert got.answer is None, (question, got.answer, got.confidence)


# the same count asked through a noun the sentence does say is still answered, and an
# audience word asked another way ("fans" for "a crowd of") is said
def test_a_count_of_a_noun_the_sentence_names_is_still_answered(nlp):
    engine = build(nlp, _RAVEN, "ravens")
    assert engine.ask("How many albums have the Glass Ravens released?").answer == "five"
    crowd = build(nlp, _article("The Glass Ravens played Leeds.",
                                "The Glass Ravens played to a crowd of 9,000 in Leeds on"
                                " Friday night."), "crowd")
    assert crowd.ask("How many fans saw the Glass Ravens in Leeds?").answer == "9,000"


_LEEDS = _article("The Glass Ravens closed their tour in Leeds.",
                  "Singer Mara Quill thanked the crowd at the Glass Ravens' Leeds Arena show"
                  " on Friday night, the last of their spring tour. The band played for two"
                  " hours, and team principal Ada Frost watched from the side of the stage.")


# "Who was the <role> at X?" equates the answer with the role: a sentence (and its
# neighbours) that never names the role ("support act") tells nobody's role, and the
# nearest name is declined
def test_a_role_no_nearby_sentence_names_is_declined(nlp):
    engine = build(nlp, _LEEDS, "leeds")
    got = engine.ask("Who was the support act at the Glass Ravens' Leeds Arena show?")
    assert got.answer is None, (got.answer, got.confidence)


# the role said, or said by a general near-synonym ("boss" for "team principal"), is
# still answered
def test_a_role_the_sentence_names_is_still_answered(nlp):
    engine = build(nlp, _LEEDS, "leeds")
    assert engine.ask("Who is the singer of the Glass Ravens?").answer == "Mara Quill"
    from questions.lookup.confidence import copula_role_absent

    q = engine.read("Who is the team boss of the Glass Ravens?")
    hit = next(h for h in engine.index.search(q.terms, k=6) if "Ada Frost" in h.entry.text)
    assert copula_role_absent(q, hit) == 0.0

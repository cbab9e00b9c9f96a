"""Round 10 of the look-up: cast questions ("Who plays <role>?", "Who joins <film> as
<role>?") read the cast sentence the way English binds it."""

from __future__ import annotations

from .lookupkit import best, build


def _article(lead: str, body: str) -> str:
    return f"{lead}\n\n{body}\n"


# "Mara Quinn joins as Countess Vell, while Tom Bray and Ivo Sand return as Duke Arden and
# Ferro": "as <role>" binds to the name right before it, so the pair returning as other
# roles does not answer "Who joins <film> as Countess Vell?"
def test_as_role_binds_to_the_name_before_it(nlp):
    engine = build(nlp, _article("The Ember Crown sequel is out.", "Mara Quinn joins as"
                                 " Countess Vell, sister of the old king, while Tom Bray"
                                 " and Ivo Sand return as Duke Arden and Ferro."),
                   "ember-2025")
    assert best(engine, "Who joins The Ember Crown as Countess Vell?") == "Mara Quinn"


# "The star cut his hair to play Corvin Ashe, the ruthless brother of Lady Morwen": the
# object of "play" is the role and every name in its noun phrase describes that role, so
# neither answers "Who plays <one of them>?"; the actor is the subject of "play"
def test_a_name_describing_the_role_does_not_play_it(nlp):
    engine = build(nlp, _article("The Glass Tower opens on Friday.", "Jonah Pell had the"
                                 " lead role.\n\nThe \"Nightfall\" star trained for months"
                                 " and cut his hair to play Corvin Ashe, the ruthless"
                                 " brother of Lady Morwen, and critics have praised the"
                                 " duel, shot on a frozen lake, as the best scene of the"
                                 " film."), "tower-2025")
    assert best(engine, "Who plays Corvin Ashe in The Glass Tower?") != "Lady Morwen"
    assert best(engine, "Who plays Lady Morwen in The Glass Tower?") != "Corvin Ashe"

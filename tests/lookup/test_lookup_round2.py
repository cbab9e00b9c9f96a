"""Classes found in the second look-up accuracy round (README lookup section): a chart
position written "No. 1" counts nothing, and the doer asked for is not the person the
question names as the one acted on. Articles and questions are written here."""

from __future__ import annotations

from tests.lookup.lookupkit import best, build

CHART = "\n".join(
    [
        " date 2025-02-10 The Paper Lanterns released their third album, Moonrise, in March.",
        "",
        "Moonrise spent nine weeks at No. 1 on the national album chart and sold 400,000"
        " copies in its first year.",
        "",
    ]
)


# the small model splits "No. 1" into "No", ".", "1": the "1" is a chart position, not
# a count of weeks, whatever the full stop between them
def test_a_chart_position_with_a_full_stop_counts_nothing(nlp):
    from questions.lookup.answer import _rank_or_part
    from questions.lookup.candidates import sentence_candidates

    doc = nlp("Moonrise spent nine weeks at No. 1 on the national album chart.")
    found = {c.text: c for c in sentence_candidates(doc[:], {}, None)}
    assert _rank_or_part(found["1"])
    assert not _rank_or_part(found["nine"])


SAGA = "\n".join(
    [
        " date 2025-04-02 The fourth episode of Crown of Ash aired on Sunday.",
        "",
        "Rook and Wren, two assassins paid by Lady Mara, killed the king in his sleep.",
        "",
    ]
)
FEUD = "\n".join(
    [
        " date 2025-05-02 The fifth episode of Crown of Ash aired on Sunday.",
        "",
        "The episode ends with Finch, a hired killer sent by Osric to take revenge for the prince.",
        "",
    ]
)


# "Who hired the killers?": the killers themselves ("Rook and Wren, two paid assassins",
# "Finch, a hired killer") are the ones hired, not the one who hired them
def test_the_doer_is_not_the_one_the_question_names_as_acted_on(nlp):
    engine = build(nlp, SAGA, "tv-crown-2025")
    assert best(engine, "Who hired the killers?") == "Lady Mara"
    engine = build(nlp, FEUD, "tv-crown-2025b")
    assert best(engine, "Who hired the assassin to avenge the prince?") == "Osric"

"""Round 19 of the look-up: the answer's kind against the question's (a length is no rank,
a cause no count) and a sum shown with its currency sign; on sentences written for the
test."""

from __future__ import annotations

from .lookupkit import build

_BOX_OFFICE = ("The heist comedy \u201cGolden Hour\u201d became the most successful local"
               " film of the year on Sunday.\n\n"
               "Its earlier hit \u201cMarket Day\u201d closed its run on \u20a6542 million"
               " after nine weeks.\n\n"
               "The sequel took \u20a61.2 billion in its first month, distributor Lagos"
               " Screens said.\n")


# "₦1.2 billion": the small model tags "1.2 billion" a plain number when the sign before
# it is one it rarely saw; the sum is shown with its sign
def test_a_sum_keeps_a_rare_currency_sign(nlp):
    engine = build(nlp, _BOX_OFFICE, "box")
    got = engine.ask("How much did the sequel take in its first month?", decline=False)
    assert got.answer == "\u20a61.2 billion", (got.answer, got.confidence)


_RACE = ("Veteran driver Sam Cole retired on lap nine with a gearbox failure.\n\n"
         "Rookie Ben Hart stopped on lap four at the hairpin.\n\n"
         "The trophy was presented at the Harbour Circuit, which hosted its second race on"
         " Sunday.\n\n"
         "The Harbour Circuit is a 3.4-mile loop of closed roads around the old docks.\n")


# "with a gearbox failure": a mishap after "with", "through", "after" says why a driver
# stopped; "nine" of "on lap nine" counts a lap, no cause
def test_a_mishap_answers_why(nlp):
    engine = build(nlp, _RACE, "race")
    got = engine.ask("Why did Sam Cole retire?", decline=False)
    assert got.answer == "gearbox failure", (got.answer, got.confidence)
    got = engine.ask("Why did Ben Hart stop?", decline=False)
    assert got.answer not in {"four", "lap four"}, (got.answer, got.confidence)


# "How long is the circuit?": "its second race" ranks a race and "on Sunday" says when;
# neither is a length
def test_a_rank_or_a_day_is_no_length(nlp):
    engine = build(nlp, _RACE, "race")
    got = engine.ask("How long is the Harbour Circuit?", decline=False)
    assert got.answer == "3.4-mile", (got.answer, got.confidence)


_ROLES = ("Ama Obi plays Kemi, the youngest sister, while Tunde Ade is Bayo, the family's"
          " lawyer.\n\n"
          "The league winners take home a trophy and a cheque for $50,000, while the beaten"
          " finalists receive $20,000.\n\n"
          "Mara Lind won the sprint. Jo Brand took second, while Ida Moe finished third.\n")


# two clauses side by side, each with its own subject, give each subject its own value:
# "A plays B, while C is D" - C is no answer to "Who plays B?"
def test_each_subject_keeps_its_own_value(nlp):
    engine = build(nlp, _ROLES, "roles")
    got = engine.ask("Who plays Kemi?", decline=False)
    assert got.answer == "Ama Obi", (got.answer, got.confidence)
    got = engine.ask("Who plays Bayo?", decline=False)
    assert got.answer == "Tunde Ade", (got.answer, got.confidence)
    got = engine.ask("How much prize money do the league winners take home?", decline=False)
    assert got.answer == "$50,000", (got.answer, got.confidence)
    got = engine.ask("How much do the beaten finalists receive?", decline=False)
    assert got.answer == "$20,000", (got.answer, got.confidence)
    # the other clause shares only the question's verb: its own words ("second") tell
    got = engine.ask("Who finished second behind Mara Lind?", decline=False)
    assert got.answer == "Jo Brand", (got.answer, got.confidence)


_TOUR = ("The Harbour Arena hosted the band for three nights, from March 3 to 5, and the last"
         " show ran almost three hours.\n\n"
         "The Rovers led 13-10 at the break before pulling clear.\n\n"
         "Their winger Sam Ode scored three points in the first half, and the Rovers led 6-4"
         " before the visitors settled.\n\n"
         "The courtroom drama \u201cNight Bench\u201d has earned more than $700 million at"
         " the box office.\n\n"
         "The encore was the title track of Reyes's 2004 album, \u201cBlue Harbour\u201d.\n")


# "How much did tickets ... cost?" asks a sum even when the small model takes another word
# for the main verb: "5" of "from March 3 to 5" is a day, no price
def test_a_price_asked_is_a_sum(nlp):
    engine = build(nlp, _TOUR, "tour")
    got = engine.ask("How much did tickets for the Harbour Arena shows cost?", decline=False)
    assert got.answer not in {"5", "3", "three"}, (got.answer, got.confidence)


# what a film earned is no answer to what it cost to make
def test_earnings_are_no_cost(nlp):
    engine = build(nlp, _TOUR, "tour")
    got = engine.ask("How much did Night Bench cost to make?", decline=False)
    assert got.answer != "more than $700 million", (got.answer, got.confidence)
    got = engine.ask("How much has Night Bench earned?")
    assert got.answer == "more than $700 million", (got.answer, got.confidence)


# a score asked is a result, no count of one side's points
def test_a_score_is_no_count_of_points(nlp):
    engine = build(nlp, _TOUR, "tour")
    got = engine.ask("What was the half-time score?", decline=False)
    assert got.answer != "three points", (got.answer, got.confidence)


# "Reyes's 15th album" against "Reyes's 2004 album": the sentence never says the rank
def test_a_year_does_not_say_the_rank_asked(nlp):
    engine = build(nlp, _TOUR, "tour")
    got = engine.ask("What is the title of Reyes's 15th studio album?")
    assert got.answer is None, (got.answer, got.confidence)
    got = engine.ask("What is the title of Reyes's 2004 album?")
    assert got.answer == "Blue Harbour", (got.answer, got.confidence)

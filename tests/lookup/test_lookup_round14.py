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


_KNOTS = _article("The Velvet Knots release a new album.",
                  "The Velvet Knots released their third album, Paper Harbour, on Friday."
                  " Drummer Ivo Brandt wrote most of the songs, and singer Nell Oakes produced"
                  " it. Brandt grew up in Leeds, while Oakes grew up in York.")


# "the band's singer" names the one member the article calls the singer, as "the singer"
# does (a group word owning a role is no "her fifth album"), and a role written as a
# capitalised title at the start of a sentence ("Drummer Ivo Brandt") is learnt too
def test_a_role_owned_by_the_group_is_the_member_so_called(nlp):
    engine = build(nlp, _KNOTS, "knots")
    assert engine.read("Where did the band's singer grow up?").meant.get("singer") == (
        "Nell Oakes")
    assert engine.ask("Where did the band's singer grow up?").answer == "York"
    assert engine.read("Where did the band's drummer grow up?").meant.get("drummer") == (
        "Ivo Brandt")
    # a possessed role of a person is still not read as the role's holder by the group rule
    assert "singer" not in engine.read("Where did her singer grow up?").meant


_NORDIC = _article("Kasper Lind and Anders Holm will meet in the Nordic Open final.",
                   "Kasper Lind, 17, from Bergen in Norway, reached the Nordic Open final on"
                   " Saturday. He will meet Anders Holm of Sweden, 34, on Sunday. Holm beat"
                   " Lukas Berg in the first semi-final, and Lind beat Ole Dahl in the second"
                   " an hour later.")


# descriptions the article never uses: "the Swede" for the one person it gives as "of
# Sweden", "the Norwegian teenager" for the one it gives as 17 and from Norway
def test_nationality_and_teen_descriptions_resolve_through_country_and_age(nlp):
    engine = build(nlp, _NORDIC, "nordic")
    meant = engine.read("Who did the Norwegian teenager beat in the semi-final?").meant
    assert meant.get("norwegian") == "Kasper Lind"
    assert meant.get("teenager") == "Kasper Lind"
    assert engine.read("Who did the Swede beat in the semi-final?").meant.get("swede") == (
        "Anders Holm")
    # a country named in a question is a place, not the person from it
    assert "sweden" not in engine.read("Who won the final in Sweden?").meant


# "Which Australian, the <title>, ...?" asks for the Australian (the small model hangs
# "Which" on the verb here): a nationality in the wh-phrase is the answer's own
# description, not a person the question is about
def test_a_nationality_in_the_wh_phrase_is_not_resolved_through_the_country(nlp):
    engine = build(nlp, _article("Kasper Lind won the Nordic Open.",
                                 "Kasper Lind beat Sam Reid of Australia in the final on"
                                 " Sunday. Reid, the Oslo silver medallist, finished second."),
                   "reid")
    question = "Which Australian, the Oslo silver medallist, finished second to Kasper Lind?"
    assert "australian" not in engine.read(question).meant


_TRAILER = _article("The first trailer for Night Harbour is out.",
                    "The first trailer for Night Harbour shows Mia Stone and a male partner,"
                    " whose name the studio has not yet revealed, robbing a bank in Tampa."
                    " Stone is played by Ana Ruiz.")


# the sentence itself says the asked thing is not known: a negated verb of telling on a
# noun of the question, or "undisclosed" on it; the nearby names and numbers are no answer
def test_a_thing_the_sentence_says_is_unknown_is_declined(nlp):
    engine = build(nlp, _TRAILER, "trailer")
    got = engine.ask("What is the name of Mia Stone's male partner in Night Harbour?")
    assert got.answer is None, (got.answer, got.confidence)
    assert engine.ask("Who plays Mia Stone in Night Harbour?").answer == "Ana Ruiz"
    transfer = build(nlp, _article("Tom Vale joins Harbour City.",
                                   "Tom Vale joined Harbour City from Ashford on Monday for an"
                                   " undisclosed fee and signed a contract until 2029."),
                     "vale")
    from questions.lookup.confidence import said_unknown

    q = transfer.read("What fee did Harbour City pay Ashford for Tom Vale?")
    assert said_unknown(q, transfer.index.search(q.terms, k=1)[0]) == 1.5


# "How many <nouns> ...?" answered with no number at all ("a lot") is declined, though
# the sentence says every word of the question (it answered "lot" at 0.62 before)
def test_a_count_answered_with_no_number_is_declined(nlp):
    engine = build(nlp, _article("Ana Ruiz won the Harbour Piano Prize.",
                                 "Ana Ruiz, a pianist from Tampa, took part in the Harbour"
                                 " Piano Prize and won it on Sunday, though she said she still"
                                 " had a lot to learn."), "ruiz")
    got = engine.ask("How many pianists took part in the Harbour Piano Prize?")
    assert got.answer is None, (got.answer, got.confidence)


# the role rule holds only where the answer is equated with the role: in "X was the first
# singer to win what ...?" the answer is what she won, and a sentence that never says
# "singer" still answers it
def test_a_role_not_equated_with_the_answer_is_no_missing_role(nlp):
    from questions.lookup.confidence import copula_role_absent

    engine = build(nlp, _article("Lena Varga won Best New Artist.",
                                 "Lena Varga won Best New Artist at the Harbour Awards in"
                                 " Cork on Sunday night."), "varga")
    q = engine.read("Lena Varga was the first singer to win what at the Harbour Awards?")
    assert copula_role_absent(q, engine.index.search(q.terms, k=1)[0]) == 0.0


# a number word the type check rates low is still a count: only an answer with no number
# at all ("a lot") is the misfit
def test_a_number_word_is_no_count_misfit(nlp):
    from questions.lookup.candidates import Candidate
    from questions.lookup.confidence import count_misfit
    from questions.lookup.question import read_question

    q = read_question(nlp("How many editions of the perfume have been launched?"))
    doc = nlp("Six editions of the perfume have been launched since 2010.")
    assert not count_misfit(q, 0.0, Candidate(0, 1, "Six", doc[0]))
    lot = nlp("She still has a lot to learn.")
    assert count_misfit(q, 0.0, Candidate(4, 5, "lot", lot[4]))

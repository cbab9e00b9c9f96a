"""Classes found in the paraphrase-and-declining round (README lookup section): amounts
in a currency other than the dollar, jobs asked with a verb the sentence never says, and
verbs fans use for the article's. The articles and questions are written here, with
other names and events."""

from __future__ import annotations

from tests.lookup.lookupkit import best, build

DARTS = "\n".join([
    " date 2025-01-04 Ellie Marsh won the Northern Open in Leeds on Saturday.",
    "",
    "The title is worth £350,000, and it lifts Marsh to fifth in the rankings.",
    "",
    "Her film debut, \u201cHarbour Lights\u201d, took ₹12.5 crore in its first week.",
    "",
])


# the small model tags "350,000" of "£350,000" and "12.5" of "₹12.5 crore" as the money;
# the amount without its currency or its scale is not the answer
def test_an_amount_keeps_its_currency_sign_and_scale_word(nlp):
    engine = build(nlp, DARTS, "darts-marsh-2025")
    assert engine.ask("How much is the Northern Open title worth?",
                      decline=False).answer == "£350,000"
    assert engine.ask("How much did Harbour Lights take in its first week?",
                      decline=False).answer == "₹12.5 crore"


TENNIS = "\n".join([
    " date 2025-03-09 Ava Lind beat Mara Oduya 6-4 6-3 in the Harbour Open final on Sunday.",
    "",
    "The final between Lind and Oduya was played in front of a full house at the Harbour"
    " Dome, with Lind's coach Petra Holm watching from the front row.",
    "",
    "The tournament's new anthem by Jonas Reed opened the closing ceremony.",
    "",
])


# "Who refereed the final?" against a sentence about the final that names people but
# never says who refereed it: the job is the relation asked, so it is missing; "the
# anthem by Y" does say who made the anthem
def test_a_job_verb_the_sentence_never_says_declines(nlp):
    engine = build(nlp, TENNIS, "tennis-lind-2025")
    assert engine.ask("Who refereed the final between Lind and Oduya?").answer is None
    assert engine.ask("Who composed the tournament's new anthem?").answer == "Jonas Reed"



SHOW = "\n".join([
    " date 2025-05-20 The Lantern Awards were handed out in Dublin on Monday.",
    "",
    "Rory Quinn was named the winner of the Golden Harp, the festival's oldest prize.",
    "",
])


# "Who won X?" against "Y was named the winner of X": the doer's noun says the verb, so
# the relation is not missing
def test_the_doers_noun_says_the_verb(nlp):
    engine = build(nlp, SHOW, "tv-lantern-awards-2025")
    assert engine.ask("Who won the Golden Harp?").answer == "Rory Quinn"



REUNION = "\n".join([
    " date 2025-02-02 The cast of Maple Street reunited for a one-off special on Saturday.",
    "",
    "The special drew an overnight audience of 3.2 million in Canada, the show's best figure"
    " in a decade.",
    "",
    "The new box set is packed with a making-of documentary and forty deleted scenes.",
    "",
    "Its pilot episode was modelled on an old radio play by Carl Benn.",
    "",
])


# fans ask with other words than the article's: "watched the episode" for "the special
# drew an audience", "contain" for "is packed with", "inspired by" for "modelled on"
def test_general_synonyms_for_paraphrased_questions(nlp):
    engine = build(nlp, REUNION, "tv-maple-street-2025")
    assert engine.ask("How many people watched the reunion episode overnight?"
                      ).answer == "3.2 million"
    assert engine.ask("What does the new box set contain?").answer == "making-of documentary"
    assert engine.ask("What was the pilot episode inspired by?").answer == "Carl Benn"



BOUT = "\n".join([
    " date 2025-04-12 Lena Kovac kept her featherweight title in Manchester on Saturday.",
    "",
    "Two judges scored the bout for Kovac, while the third had it level.",
    "",
    "Ringside seats for the bout cost £250.",
    "",
])


# "How much ...?" asks for an amount: a head count ("Two judges"), a score or a rank is
# no answer (and the question is declined when the article gives no amount for it)
def test_how_much_is_not_answered_by_a_head_count(nlp):
    engine = build(nlp, BOUT, "boxing-kovac-2025")
    question = "How much was Kovac paid for the bout?"
    assert best(engine, question) not in {"Two judges", "Two", "third"}
    assert engine.ask(question).answer is None
    assert engine.ask("How much did ringside seats for the bout cost?").answer == "£250"


TOUR = "\n".join([
    " date 2025-06-08 The Glass Harbour tour reached Berlin this weekend.",
    "",
    "The three Berlin nights drew a gate of $4.3 million, a record for the arena.",
    "",
    "On Friday, the drummer Tomas Reyes celebrated his 30th birthday at the opening Berlin"
    " show, and the crowd sang to him.",
    "",
])


# "bring in" for "drew", "marked" for "celebrated", "the first show" for "the opening
# show": the sentence says the question in other words and is answered
def test_more_general_synonyms_for_paraphrased_questions(nlp):
    engine = build(nlp, TOUR, "music-glass-harbour-2025")
    assert engine.ask("How much ticket revenue did the Berlin nights bring in?"
                      ).answer == "$4.3 million"
    assert engine.ask("Which drummer marked his birthday at the first Berlin show?"
                      ).answer == "Tomas Reyes"


SERIES = "\n".join([
    " date 2025-03-01 Salt Road returns to television for a second season on Sunday.",
    "",
    "The series first aired in 2022, when Bright Lane Studios adapted the early chapters"
    " of Clara Voss's novel.",
    "",
])


# "Who wrote the novel?" against "Clara Voss's novel": a person's work names its maker,
# as "the novel by Clara Voss" would, so the job is not missing
def test_a_persons_work_says_who_made_it(nlp):
    engine = build(nlp, SERIES, "tv-salt-road-2025")
    assert engine.ask("Who wrote the Salt Road novel?").answer == "Clara Voss"


CEREMONY = "\n".join([
    " date 2025-05-20 The Lantern Awards were handed out in Dublin on Monday.",
    "",
    "The ceremony was held at the Gaiety Theatre, and Rory Quinn won the Golden Harp for"
    " his quiz show.",
    "",
    "Quinn, a former teacher, grew up in Galway and began his career on local radio.",
    "",
])


# phrasal verbs and the lemmatizer: "took home" is "won" ("take" is a stop word, so
# "home" was the phrase's only term), "staged" (lemmatized "stag") is "held", "was
# raised" is "grew up"
def test_phrasal_verbs_and_event_verbs_meet_the_articles_words(nlp):
    engine = build(nlp, CEREMONY, "tv-lantern-awards-2025")
    assert engine.ask("Who took home the Golden Harp?").answer == "Rory Quinn"
    assert engine.ask("Where was the ceremony staged?").answer == "Gaiety Theatre"
    assert engine.ask("Where was Quinn raised?").answer == "Galway"

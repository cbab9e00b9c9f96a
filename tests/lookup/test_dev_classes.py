"""Classes of wrong best candidates found on the development material (SQuAD Beyonce,
the pool list) and fixed in the retrieval-weight round (README, lookup section): the
sentence that says most of the question outweighs a better-typed name in a sentence
ranked far lower; a title after the noun that says what it is. The articles are written
here, for these tests; questions are asked with declining off."""

from __future__ import annotations

import pytest

from questions.article import parse_article_text
from questions.lookup import LookupEngine
from tests.lookup.lookupkit import best

QUILL = "\n".join([
    " date 2024-01-01 Mara Quill grew up in Dayton, Ohio.",
    "",
    "After the tour Quill fell into a depression that lasted two years.",
    "Her mother, a nurse, brought Quill through the depression, she said in 2012.",
    "",
    "Producer Tom Avery joined Quill in the studio for her second record in 2014.",
    "The record was released by Harbor Records.",
    "",
])


@pytest.fixture(scope="module")
def quill(nlp):
    return LookupEngine.build([parse_article_text(QUILL, name="quill-profile")], nlp)


# "her mother" (a described person) in the sentence about the depression beats a full
# name (a better type) in a sentence that shares only the singer's name with the question
def test_the_retrieved_sentence_outweighs_a_better_typed_name_elsewhere(quill):
    assert best(quill, "Who helped Mara Quill recover from depression?") == "Her mother"


# a question naming someone by surname is not answered by the same name in full, whatever
# label the model gave it ("Tomas Brandt" tagged a place for "... before Brandt?")
def test_the_full_name_of_the_questions_surname_is_no_answer(nlp):
    text = "\n".join([
        " date 2024-06-01 Striker Tomas Brandt equalled the record for goals in a final.",
        "Piet Moller had set the record in 1998.",
        "",
    ])
    engine = LookupEngine.build([parse_article_text(text, name="cup-record")], nlp)
    assert best(engine, "Who held the record for goals in a final before Brandt?") != (
        "Tomas Brandt")


# a title right after the noun that says what it is, with small words inside ("album
# Dangerously in Love", "film, Carmen: A Hip Hopera"), is one candidate of that noun's
# type; the model tags such titles in part or not at all
def test_a_title_after_its_noun_is_one_candidate(nlp):
    text = "\n".join([
        " date 2024-02-01 Her first solo album Lost in the Harbour was released in 2019.",
        "",
        "In 2021 she starred in the television film, Ruby: A Night at Sea, with Tom Avery.",
        "",
        "Her documentary film, Songs Are But a Road, aired on HBO in 2023.",
        "",
    ])
    engine = LookupEngine.build([parse_article_text(text, name="titles")], nlp)
    assert best(engine, "What was the name of her first solo album?") == "Lost in the Harbour"
    assert best(engine, "Which film did she star in with Tom Avery in 2021?") == (
        "Ruby: A Night at Sea")
    assert best(engine, "What is the name of her documentary film?") == (
        "Songs Are But a Road")


# "How many ...?" is not answered by a chart position ("number-one album") nor by "one of"
def test_a_chart_position_or_one_of_is_no_count(nlp):
    text = "\n".join([
        " date 2024-02-01 Harbour Lights sold 90,000 copies in its first week, becoming"
        " Nova Reyes's second number-one album in Canada.",
        "",
        "Her Lantern Tour became one of the most successful tours of the year.",
        "",
    ])
    engine = LookupEngine.build([parse_article_text(text, name="counts")], nlp)
    assert best(engine, "How many albums did Nova Reyes sell in the first week?") == "90,000"
    assert best(engine, "How many tours did Nova Reyes play in the year?") != "one"


# the last word of a name says its kind whatever the model's label: "the Copper Lane
# Theatre" is a place for "Where ...?" even when tagged an organisation
def test_a_names_last_word_gives_its_kind(nlp):
    from questions.lookup.candidates import sentence_candidates

    doc = nlp("The musical opened at the Copper Lane Theatre on Thursday, a week after the"
              " Harbour Song Festival.")
    found = {c.text: c.types for c in sentence_candidates(next(doc.sents), {}, None)}
    assert {"place", "venue"} <= found["Copper Lane Theatre"]
    assert "event" in found["Harbour Song Festival"]


# "X was named/called what?", "a website called what?": the noun being named is the
# focus ("album": a title answers; "website": the name beside it), the wh-word keeps its
# own role (the object of "called")
def test_the_noun_being_named_is_the_focus(nlp):
    from questions.lookup.question import read_question

    q = read_question(nlp("The duo's final album was named what?"))
    assert (q.focus, q.expected, q.slot) == ("album", "album", "obj")
    text = "\n".join([
        " date 2024-02-01 Two days after the birth of his son in 2012, Tom Avery opened a"
        " website called Averyworld.com with photos of the baby.",
        "",
    ])
    engine = LookupEngine.build([parse_article_text(text, name="website")], nlp)
    assert best(engine, "Tom Avery has a website called what?") == "Averyworld.com"


# a name the model cut short is also a candidate in full: "of" and capitalised words
# after it ("House of Marlowe"), or one capital letter ("Jay Z")
def test_a_name_cut_short_by_the_model_is_a_candidate_in_full(nlp):
    from questions.lookup.candidates import sentence_candidates

    for text, name in [
        ("In 2006 Nova Reyes and her mother launched House of Marlowe in Dayton.",
         "House of Marlowe"),
        ("In April 2014, after much speculation, Reyes and Jay Z officially announced their"
         " Harbour Tour.", "Jay Z"),
    ]:
        doc = nlp(text)
        found = {c.text for c in sentence_candidates(next(doc.sents), {}, None)}
        assert name in found


# "At what hospital ...?": a name one of whose capitalised words is the focus noun
# ("Harbour View Hospital") is a name of that kind, though no type list has "hospital"
def test_a_name_that_says_the_focus_noun_is_of_that_kind(nlp):
    from questions.lookup.answer import _type_fit
    from questions.lookup.candidates import sentence_candidates
    from questions.lookup.question import read_question

    doc = nlp("Nova Reyes gave birth to a son at Harbour View Hospital, a week after her"
              " single Fresh Tracks came out.")
    found = {c.text: c for c in sentence_candidates(next(doc.sents), {}, None)}
    q = read_question(nlp("At what hospital was the baby delivered?"))
    assert q.focus == "hospital"
    assert _type_fit(q, found["Harbour View Hospital"]) > _type_fit(q, found["Fresh Tracks"])
    # the noun in the plural inside the name ("Museums": the model keeps it as the lemma)
    doc = nlp("Models of Nova Reyes stand in the Harbour Wax Museums in London and Paris.")
    found = {c.text: c for c in sentence_candidates(next(doc.sents), {}, None)}
    q = read_question(nlp("What museum has made models of Nova Reyes?"))
    assert _type_fit(q, found["Harbour Wax Museums"]) > _type_fit(q, found["London"])


# "heeding her mother's advice": the person described is "her mother", without the "'s"
def test_a_described_person_is_shown_without_the_possessive(nlp):
    from questions.lookup.candidates import sentence_candidates

    doc = nlp("Reyes announced a break in January 2010, heeding her mother's advice to rest.")
    found = {c.text for c in sentence_candidates(next(doc.sents), {}, None)}
    assert "her mother" in found and "her mother's" not in found


# "In which years ...?" (plural) is answered by the years listed, not the first of them
def test_which_years_takes_the_list_of_years(nlp):
    text = "\n".join([
        " date 2024-02-01 The Slovenian had won the Harbour Cup in 2019 and 2022 before"
        " finishing second last year.",
        "",
    ])
    engine = LookupEngine.build([parse_article_text(text, name="years")], nlp)
    assert best(engine, "In which years did the Slovenian win the Harbour Cup?") == (
        "2019 and 2022")


# "Who coaches X?" against "His coach, the Rwandan Gervais Hakizimana, ...": the name given
# as the agent noun of the question's verb fills its subject, though no verb says it; the
# nationality before the name is no part of it
def test_the_agent_noun_of_the_questions_verb_names_its_subject(nlp):
    text = "\n".join([
        " date 2024-02-01 Kelvin Kiptum won the Chicago Marathon in a world record time on"
        " Sunday, beating Benson Kipruto by more than three minutes.",
        "His coach, the Rwandan Gervais Hakizimana, was waiting for him at the finish line.",
        "",
    ])
    engine = LookupEngine.build([parse_article_text(text, name="coach")], nlp)
    assert best(engine, "Who coaches Kelvin Kiptum?") == "Gervais Hakizimana"


# "When ...?" is answered by a date that says when, not one said against another date
# ("the following year", "two days later") when the article gives both
def test_when_prefers_a_date_to_a_relative_one(nlp):
    text = "\n".join([
        " date 2024-02-01 Reyes had her first child the following year, on March 7, 2012, in"
        " Dayton.",
        "",
    ])
    engine = LookupEngine.build([parse_article_text(text, name="when")], nlp)
    assert best(engine, "When did Reyes have her first child?") == "March 7, 2012"

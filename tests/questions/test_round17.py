"""Regression tests for coverage round 17. Every sentence here is made up for the test."""

from questions import acceptability
from questions.article import parse_article_text


def asked(text: str, engine) -> dict[str, str]:
    result = engine.generate([parse_article_text(text, name="t")])
    return {q.question: q.answer for q in result.questions}


def _check(engine, text, question, answer, form, answer_type, sentence):
    item = engine.parse([parse_article_text(text, name="t")])[0]
    index = acceptability.SentenceIndex(item.doc)
    return acceptability.check(question, answer, form, answer_type, sentence, index)


VIOLIN = (
    " date 2024-05-02 The Aldgate Violin Prize has a new winner. Mara Quinn, who was raised "
    "in Galway and teaches at the Dublin Conservatory of Music, also took the audience award."
)
VIOLIN_SENTENCE = (
    "Mara Quinn, who was raised in Galway and teaches at the Dublin Conservatory of Music, "
    "also took the audience award."
)


def test_a_wh_question_over_verbs_of_different_tense_is_garbled(engine):
    # "was raised ... and teaches": one fronted "was" cannot carry both verbs
    reason = _check(engine, VIOLIN,
                    "At which organisation was Mara Quinn raised in Galway and teaches?",
                    "the Dublin Conservatory of Music", "wh", "organization", VIOLIN_SENTENCE)
    assert reason and "different tense" in reason
    questions = asked(VIOLIN, engine)
    assert not any(q.endswith(" and teaches?") for q in questions), questions


def test_a_wh_question_over_verbs_of_one_tense_stays(engine):
    # "was born and raised": the participle shares the auxiliary
    text = (" date 2024-05-02 Mara Quinn was born and raised in Galway. She won the Aldgate "
            "Violin Prize in May.")
    reason = _check(engine, text, "Where was Mara Quinn born and raised?", "Galway", "wh",
                    "city", "Mara Quinn was born and raised in Galway.")
    assert reason is None
    # the subject question keeps the sentence's own verbs
    reason = _check(engine, VIOLIN,
                    "Who was raised in Galway and teaches at the Dublin Conservatory of Music?",
                    "Mara Quinn", "subject", "person", VIOLIN_SENTENCE)
    assert reason is None or "different tense" not in reason


def test_a_one_word_alias_inside_a_longer_name_is_no_entry_of_the_glossary(nlp):
    # "Korea" is the seed glossary's alias of South Korea; "Wembley" of Wembley Stadium
    doc = nlp("She trained at the Korea Maritime Academy and sang at Wembley Arena in May.")
    ids = {e.text: e.ent_id_ for e in doc.ents}
    assert not any("South Korea" in i or "Wembley Stadium" in i for i in ids.values()), ids
    # the alias alone, or before a lower-case word, is still the entry
    doc = nlp("She moved to Korea in 2019 and played Wembley twice.")
    ids = {e.text: e.ent_id_ for e in doc.ents}
    assert ids.get("Korea", "").endswith("|South Korea"), ids
    assert ids.get("Wembley", "").endswith("|Wembley Stadium"), ids


def test_an_academy_named_after_a_country_alias_is_asked_whole(engine):
    questions = asked(VIOLIN.replace("Dublin Conservatory", "Korea Conservatory"), engine)
    assert not any("South Korea Conservatory" in q or "South Korea Conservatory" in a
                   for q, a in questions.items()), questions


DRAMA = (
    " date 2024-05-02 The Ashford Players open their season tonight. Lena Ortiz graduated "
    "from LAMDA in 2019. Her partner, Tom Reyes, trained at the Bristol Old Vic Theatre School."
)


def test_a_place_of_learning_is_asked_with_its_own_head_noun(engine):
    from questions.facts import Answer
    from questions.generate import institution_wh

    assert institution_wh(Answer("the Dublin Conservatory of Music", "organization", 0, 1)) == (
        "Which conservatory")
    assert institution_wh(Answer("the Royal Academy of Music", "place", 0, 1)) == "Which academy"
    assert institution_wh(Answer("Galway", "place", 0, 1)) is None
    assert institution_wh(Answer("Maya College", "person", 0, 1)) is None  # a person stays "Who"
    questions = asked(DRAMA, engine)
    assert not any(q.startswith(("Which place", "Which organisation")) and a == "LAMDA"
                   for q, a in questions.items()), questions
    assert any(q.startswith("Which school") and a == "LAMDA"
               for q, a in questions.items()), questions


FILMED = (
    " date 2024-05-02 Mara Quinn won the 2024 Aldgate Violin Prize in London on Sunday. In "
    "2009 young Mara was filmed playing a toy violin at a school fair in Cork."
)


def test_a_first_name_resolved_to_a_person_is_asked_with_who(engine):
    # "was filmed" usually takes a work ("The series was filmed in Cork"), but the subject
    # here is a first name the article resolved to a person
    questions = asked(FILMED, engine)
    assert not any(q.startswith("What was filmed") or ", what was filmed" in q
                   for q in questions), questions
    assert questions.get(
        "Who was filmed playing a toy violin at a school fair in Cork in 2009?") == "Mara Quinn"


TOUR = (
    " date 2024-09-02 Tickets go on sale on Friday. The Harbour Lights tour opens at "
    "Belfast's SSE Arena on 3 May 2025, before two nights at the 3Arena in Dublin, two at "
    "the OVO Hydro in Glasgow, one at Leeds' First Direct Arena and a final show at the O2 "
    "in London."
)


def test_a_tour_list_after_the_asked_stop_is_cut(engine):
    from questions.generate import _trailing_list_cut

    long = ("When does the Harbour Lights tour open at Belfast's SSE Arena, before two nights "
            "at the 3Arena in Dublin, two at the OVO Hydro in Glasgow, one at Leeds' First "
            "Direct Arena and a final show at the O2 in London?")
    assert _trailing_list_cut(long, "wh") == (
        "When does the Harbour Lights tour open at Belfast's SSE Arena?")
    # a blank inside the list is never cut away
    blank = long.replace("the OVO Hydro", "_____")
    assert _trailing_list_cut(blank, "blank") == blank
    questions = asked(TOUR, engine)
    assert questions.get(
        "When does the Harbour Lights tour open at Belfast's SSE Arena?") == "3 May 2025", (
        questions)
    assert not any("a final show" in q for q in questions), questions


def test_a_two_digit_year_after_an_apostrophe_is_one_token(nlp):
    doc = nlp("The Harbour Live '26 tour opens in Belfast, and the class of ’99 came back.")
    words = [t.text for t in doc]
    assert "'26" in words and "’99" in words, words
    tour = next(t for t in doc if t.text == "tour")
    assert tour.dep_ == "nsubj", [(t.text, t.dep_) for t in doc]


SHORT_YEAR_TOUR = (
    " date 2024-09-02 Tickets go on sale on Friday. The Elbow Live '26 tour opens "
    "at Wembley Stadium on 3 May 2026, before two nights at the 3Arena in Dublin, two at the "
    "OVO Hydro in Glasgow, one at Leeds' First Direct Arena and a final show at the O2 in "
    "London."
)


def test_a_tour_named_with_a_short_year_is_asked_whole_and_in_lower_case(engine):
    questions = asked(SHORT_YEAR_TOUR, engine)
    assert not any(q.startswith("When does 26 tour") or " 26 tour" in q
                   for q in questions), questions
    assert not any("does The Elbow" in q for q in questions), questions
    assert questions.get(
        "When does the Elbow Live '26 tour open at Wembley Stadium?") == "3 May 2026", (
        questions)


def test_an_indefinite_apposition_is_cut_from_a_question_too_long(engine):
    from questions.generate import _descriptive_apposition_cut

    long = ('Which award fills the blank: "Mara Quinn, a 19-year-old violinist from a small '
            'town in County Cork, walked away with _____ at the 2024 Aldgate Violin Prize in '
            'London on 3 May 2024"?')
    assert _descriptive_apposition_cut(long, "the Gold Bow", "blank") == (
        'Which award fills the blank: "Mara Quinn walked away with _____ at the 2024 Aldgate '
        'Violin Prize in London on 3 May 2024"?')
    short = "Who did Mara Quinn, a violinist, beat in London?"
    assert _descriptive_apposition_cut(short, "Ana Ruiz", "wh") == short
    text = (" date 2024-05-04 Mara Quinn, a 19-year-old violinist from a small town in County "
            "Cork, walked away with the Gold Bow at the 2024 Aldgate Violin Prize in London on "
            "3 May 2024.")
    questions = asked(text, engine)
    assert any('fills the blank: "Mara Quinn walked away with' in q for q in questions), (
        questions)

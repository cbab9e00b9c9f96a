"""Failure families found on tests/data/pool3 (session 6), each tested on sentences
written for the test, not taken from the articles."""

from __future__ import annotations

from questions.article import parse_article_text

NOVEL_PRIZE = (
    ' date 2022-05-09 Scottish author Mairi Campbell has won the 2022 Costa Award for "The '
    'Salt Road", her third novel, at a dinner in Edinburgh on Friday night.\n\n'
    '"The Salt Road" tells the story of Ewan Moss, a fisherman who loses his boat in a storm.'
    "\n\nThe night\n\n"
    "Campbell, who was born in Oban and grew up in Perth, thanked her editor."
)


def test_a_life_fact_is_not_framed_by_the_work_nor_asked_by_its_place(engine):
    # "In The Salt Road, who was born in Oban?" puts the author's birth inside her novel,
    # and "Who grew up in Perth?" has thousands of answers; "Where was X born?" is fine
    result = engine.generate([parse_article_text(NOVEL_PRIZE, name="t")])
    texts = [q.question for q in result.questions]
    for text in texts:
        assert not ("Salt Road" in text and ("Oban" in text or "born" in text)), text
        assert not text.startswith(("Who was born", "Who grew up")), text
    assert any(q.answer == "Oban" for q in result.questions), texts


SETLIST = (
    " date 2023-06-12 Mara Lind opened her Northern Lights Tour at the Oslo Spektrum on "
    "Saturday night in front of 9,000 fans.\n\nThe setlist\n\n"
    'The show started late. "Glass Heart" came second, "Winter Sun" followed, and "Paper '
    'Boats" closed the night.\n\nScoreboard\n\n'
    '"Cha Cha Cha" came fourth at the Eurovision Song Contest 2023 in Liverpool.'
)


def test_a_works_placing_names_where_it_was_earned(engine):
    # "In which position did "Glass Heart" come?": in a setlist, a chart or a contest?
    # The song's name is no occasion; a placing at a named contest is fine
    result = engine.generate([parse_article_text(SETLIST, name="t")])
    positions = [q.question for q in result.questions if q.answer in {"second", "fourth"}]
    assert not any("Glass Heart" in text for text in positions), positions
    assert any("Eurovision" in text for text in positions), positions


def test_a_placing_in_a_named_list_says_where_it_was_earned(engine):
    # "In which position did X place in Edge's list of the 100 Greatest Games?": the list
    # is where the placing was earned, as a contest or a year would be
    from questions.facts import extract_clauses
    from questions.generate import _names_occasion
    from questions.mentions import resolve_mentions

    text = (" date 2023-06-12 The Lost Harbour placed 12th in Edge magazine's list of the "
            "100 Greatest Puzzle Games.\n\nThe list\n\nIt was a surprise.\n\nMore\n\nGood.")
    item = engine.parse([parse_article_text(text, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    clause = next(c for c in extract_clauses(item, mentions) if c.verb.lemma_ == "place")
    listed = ("In which position did The Lost Harbour place in Edge magazine's list of the "
              "100 Greatest Puzzle Games?")
    assert _names_occasion(listed, clause, mentions)
    assert not _names_occasion("In which position did The Lost Harbour place?", clause, mentions)


CONTACT_RELATIVE = (
    " date 2023-06-12 Kofi Mensah turned the Accra Sports Stadium into the biggest highlife "
    "party Accra has ever seen. The singer opened the African leg of his Gold Coast Tour on "
    "Saturday night in front of around 30,000 fans.\n\nThe setlist\n\nThe show started late."
    "\n\nNext stops\n\nMensah plays Lagos on Tuesday."
)


def test_a_preposition_left_without_its_object_is_a_misread_sentence(engine):
    # the small model reads "party" into "Accra" ("the biggest party Accra has ever
    # seen") and leaves "into" with no object: "Who turned the Accra Sports Stadium?"
    result = engine.generate([parse_article_text(CONTACT_RELATIVE, name="t")])
    for question in result.questions:
        text = question.question
        assert not ("turn" in text and " into " not in text), text


PURPOSE = (
    " date 2024-03-18 Lena Park won the Swiss Open on Sunday, beating Mia Sato 21-17, 21-12 "
    "in the final in Basel.\n\nThe final\n\n"
    "Park, 24, was seeded third and had needed five match points to get past Sofia Ruiz in "
    "the semi-final.\n\nNext\n\nShe plays in Madrid next."
)


def test_a_count_keeps_the_infinitive_that_says_what_it_counts(engine):
    # "How many match points had Lena Park needed?" asks something else: needed for what?
    # "... needed to get past Sofia Ruiz in the semi-final?" says it
    result = engine.generate([parse_article_text(PURPOSE, name="t")])
    counted = [q.question for q in result.questions
               if "match points" in q.question and q.form in {"wh", "truefalse"}]
    assert counted, [q.question for q in result.questions]
    for text in counted:
        assert "to get past Sofia Ruiz in the semi-final" in text, text


YARDSTICK = (
    " date 2022-09-01 When Ana Brook started sketching a Harbour Bridge model, she was not "
    "sure the company would let her build it. Released on August 30, the BrickWorks Harbour "
    "Bridge has 7,200 pieces and costs $499.\n\nWhy the bridge?\n\n"
    '"It\'s the most famous bridge in the world," Brook said.\n\nWhat fans think\n\n'
    "The set sold out within hours. It also has more pieces than the Alhambra, which was "
    "released in 2019 with 6,900 pieces and had been the company's biggest temple."
)


def test_what_a_thing_is_measured_against_is_no_subject_of_its_own(engine):
    # "In which year was Alhambra released with 6,900 pieces?": the yardstick (another
    # model set) is named in passing; asked alone, the name is the palace in Granada
    result = engine.generate([parse_article_text(YARDSTICK, name="t")])
    for question in result.questions:
        assert "Alhambra" not in question.question, question.question


THERE = (
    " date 2023-06-12 Mara Lind turned the Oslo Spektrum into the biggest karaoke night "
    "Norway has ever seen. The singer opened her Northern Lights Tour there on Saturday in "
    "front of 9,000 fans.\n\nThe setlist\n\nThe show started late.\n\nNext stops\n\n"
    "Lind plays Stockholm on Tuesday."
)


def test_there_as_a_place_is_not_left_in_a_question(engine):
    # "Which tour did Mara Lind open there on 10 June 2023?": there, where?
    from questions.gates import no_place_pro_form

    result = engine.generate([parse_article_text(THERE, name="t")])
    for question in result.questions:
        assert " there " not in question.question, question.question
    assert no_place_pro_form('Which song fills the blank: "She played _____ there"?')
    assert no_place_pro_form('Who sang "Here Comes the Rain" in 2019?') is None
    assert no_place_pro_form("How many fans were there in 2019 at the Oslo Spektrum?") is None
    # the place said before it: "there" points inside the question
    assert no_place_pro_form("When does X open at the Oslo Spektrum, the first of two nights "
                             "there?") is None

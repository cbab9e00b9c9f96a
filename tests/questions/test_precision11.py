"""Precision round 11 (heldout8's garbled and vague classes). A noun the tagger read as
a verb makes no clause; an age or a description set off by commas after the subject is
left out of the question, never spliced after the verb. Every sentence here is made up."""

from questions.article import parse_article_text


def kept(text: str, engine) -> list[str]:
    item = engine.parse([parse_article_text(text, name="t")])[0]
    return [q.question for q in engine.generate_parsed([item]).questions]


LEAD = "date 2023-07-23 The 2023 Northern Shield final was played at Elm Park on 23 July 2023.\n\n"


def test_a_plural_noun_read_as_a_verb_makes_no_clause(engine):
    """"since the BBC miniseries Mary Stone in 2011": the tagger reads "miniseries" as a
    present-tense verb with "the BBC" for its subject ("Who miniseries Mary Stone?").
    The word has no verb reading; it is a noun and makes no clause."""
    qs = kept(
        LEAD + "The old record of 9 had stood since the BBC miniseries Mary Stone in 2011.",
        engine,
    )
    assert not any("miniserie" in q for q in qs), qs


def test_an_age_aside_is_not_spliced_after_the_verb(engine):
    """"Colm Hayes, at 33 still the Blues' go-to man, buried a penalty": the parser hangs
    "at 33 ..." on the verb; asked, it came out "who buried at 33 the Blues' go-to man a
    penalty". The age is an aside about the person, left out."""
    qs = kept(
        LEAD + "Colm Hayes, at 33 still the Blues' go-to man, buried a penalty in the 40th "
        "minute. Mark Doyle, at 36 still the Rovers' best player, scored a goal in the 62nd "
        "minute to close the gap.",
        engine,
    )
    assert not any(" at 33" in q or " at 36" in q for q in qs), qs
    assert "At Elm Park on 23 July 2023, who buried a penalty in the 40th minute?" in qs, qs


def test_an_age_aside_on_the_subject_is_left_out(engine):
    """"JP Walsh, at 35 still the Cats' go-to man, buried ...": hung on the name, the
    aside came out torn ("did JP Walsh, at 35 the Cats' go-to man bury"): the name alone
    is the subject."""
    qs = kept(
        LEAD + "Anna Ruiz, at 31 still the Lions' go-to woman, headed a corner in the 70th "
        "minute. JP Walsh, at 35 still the Cats' go-to man, buried a penalty in the 78th "
        "minute to cut the gap to four.",
        engine,
    )
    assert not any(" at 31" in q or " at 35" in q for q in qs), qs
    assert "At Elm Park on 23 July 2023, in which minute did JP Walsh bury a penalty?" in qs, qs



def test_any_prepositional_aside_or_stated_age_is_left_out(engine):
    """"Colm Hayes, in his final game for the Blues, buried a penalty" came out "who
    buried in his final game for the Blues a penalty"; "Mark Doyle, aged 36, scored"
    came out "did Mark Doyle, aged 36 score": an aside between the subject and its verb
    is left out, whatever opens it."""
    qs = kept(
        LEAD + "Colm Hayes, in his final game for the Blues, buried a penalty in the 40th "
        "minute. Mark Doyle, aged 36, scored a goal in the 62nd minute.",
        engine,
    )
    assert not any("final game" in q or "aged" in q for q in qs), qs
    assert "At Elm Park on 23 July 2023, in which minute did Mark Doyle score a goal?" in qs, qs


SUMO = (
    "date 2024-11-25 Hakuyama, wrestling in the top division for the first time, won the "
    "Autumn Grand Sumo Tournament in Fukuoka on Sunday, finishing 12-3.\n\n"
)


def test_a_fronted_opponent_with_a_passive_makes_no_question(engine):
    """"Against former ozeki Kotomaru, Hakuyama was pushed out": asked, the side of the
    bout moved after the passive ("was pushed out against former ozeki Kotomaru") and
    was typed a team ("against which team was Hakuyama pushed out?")."""
    qs = kept(
        SUMO + "Against former ozeki Kotomaru, Hakuyama was pushed out and fell hard, and he "
        "had to be helped from the ring with a badly hurt knee.",
        engine,
    )
    assert not any("Kotomaru" in q or "pushed out" in q for q in qs), qs


def test_a_name_after_a_rank_is_a_person(nlp):
    """"former ozeki Kotomaru", "grandmaster Ivan Sokolov": a lowercase singular rank or
    title right before the name makes it a person; a plural ("holders Real Madrid") is a
    side."""
    from questions.facts import _ranked_person

    def span(text: str, name: str):
        doc = nlp(text)
        start = next(t.i for t in doc if t.text == name.split()[0])
        return doc[start : start + len(name.split())]

    assert _ranked_person(span("On Day 12, Hakuyama slipped against former ozeki Kotomaru.",
                               "Kotomaru"))
    assert _ranked_person(span("Brenna Lowe drew against grandmaster Ivan Sokolov in the "
                               "fourth round.", "Ivan Sokolov"))
    assert not _ranked_person(span("Leeds lost against holders Real Madrid in the final.",
                                   "Real Madrid"))
    assert not _ranked_person(span("Leeds lost against rival club Ajax in the final.", "Ajax"))


def test_an_unnamed_magazine_or_pit_is_not_asked(engine):
    """"debuted in the magazine", "joined the pit": which magazine, which show's pit?
    Out of the article the common noun names nothing; the question is dropped."""
    qs = kept(
        "date 2022-06-20 The Clockmaker's Daughter played its last show at the Lyric Hall "
        "in Leeds on Sunday night, ending a 12-year run.\n\n"
        '"We all grew up here," said violinist Petra Lind, who joined the pit in 1994.\n\n'
        "Mina Sato's comic debuted in the magazine in May 2016.",
        engine,
    )
    assert not any("the pit" in q or "the magazine" in q for q in qs), qs


def test_an_unnamed_production_is_vague_but_a_named_one_is_not():
    from questions.gates import no_vague_reference

    assert no_vague_reference("How many people was the West End production seen by?")
    assert no_vague_reference("When did the company tour Japan?")
    assert no_vague_reference("Who is the publisher of Blue Harbour?") is None
    assert no_vague_reference("When did Mina Sato debut in the magazine Weekly Star?") is None
    assert no_vague_reference("Who was the production designer of Red Canyon?") is None

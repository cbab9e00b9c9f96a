"""Regression tests for the anchor rule (precision round 9, the "no context" class): a
deed of one occasion told in the past is asked only with the occasion pinned (a date or
year, a named event, the article's frame, a named work the deed belongs to), or framed by
the occasion the lead gives; lasting facts stay. Every sentence here is made up."""

from questions.article import parse_article_text


def asked(text: str, engine) -> list[str]:
    return [q.question for q in engine.generate([parse_article_text(text, name="t")]).questions]


def candidates(text: str, engine) -> list[str]:
    """Every candidate before the gates: the rule under test works in the generator."""
    from questions.facts import extract_clauses
    from questions.generate import article_candidates
    from questions.mentions import resolve_mentions

    item = engine.parse([parse_article_text(text, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    return [c.question for c in article_candidates(item, mentions, extract_clauses(item, mentions))]


# A gig report whose lead gives neither a venue nor a named event: no frame to lend.
GIG = (
    "date 2024-05-20 What a night for the folk revival. The crowd sang every word and "
    "nobody wanted to leave.\n\n"
    "Singer Mara Quinn walked out for \"Golden Harbour\" to a huge cheer, and later "
    "fiddler Leo Park joined her for a short reel. Leo Park directed the film \"Night "
    "Ferry\" in Oslo."
)


def test_a_past_deed_of_one_occasion_is_not_asked_without_the_occasion(engine):
    """"Which singer walked out for "Golden Harbour"?": at which concert? A quoted song
    title does not say which night."""
    qs = candidates(GIG, engine)
    assert not any("walk" in q and "Golden Harbour" in q for q in qs), qs
    assert not any("walked out for _____" in q for q in qs), qs


def test_a_lasting_fact_told_in_the_past_stays(engine):
    """Directing a film is a fact of the film, whenever it is asked."""
    qs = candidates(GIG, engine)
    assert any("direct" in q for q in qs), qs


def test_a_work_frame_does_not_pin_what_its_makers_said(engine):
    """"In Moonbeam Street, who asked fans to be patient?": the producer spoke to a
    broadcaster, outside the show; the show's frame does not say when."""
    text = (
        "date 2024-03-11 Grab the tissues. The long-awaited special episode of Moonbeam "
        "Street premiered on Sunday evening on Channel 9 in Australia.\n\n"
        "Speaking to a radio station, producer Nina Vale said the writers were \"still "
        "drawing things\" and asked fans to be patient."
    )
    qs = candidates(text, engine)
    assert not any("asked fans" in q or "ask fans" in q for q in qs), qs


def test_a_dated_or_named_occasion_pins_the_deed(engine):
    """A day, or an event named in the question, says which occasion."""
    text = (
        "date 2023-09-18 The Harbour Open has a new champion. Tom Rees won the Harbour "
        "Open on 17 September 2023, beating Ian Moss in the final.\n\n"
        "Ian Moss took the Coastal Classic on 3 August 2023."
    )
    qs = candidates(text, engine)
    assert any("Coastal Classic" in q or "3 August 2023" in q for q in qs), qs


def test_the_lead_venue_and_day_frame_a_deed_of_the_night(engine):
    """A concert report's lead says where and when ("on Saturday night ... at the Harbour
    Arena"); a deed of the night is framed by both, and a song's own year ("the 2019
    hit") is not another day."""
    text = (
        "date 2023-06-05 The city will talk about this one for years. Nova Reid played "
        "to a crowd of 40,000 at the Harbour Arena in Leeds on Saturday night.\n\n"
        "Rapper Kit Dunne walked out for \"Blue Lights\", the 2019 hit the pair recorded "
        "together, and the arena shook."
    )
    qs = candidates(text, engine)
    dunne = [q for q in qs if "Blue Lights" in q or "Kit Dunne" in q]
    assert dunne, qs
    assert all("At the Harbour Arena on 3 June 2023" in q for q in dunne), dunne


def test_the_lead_event_frames_a_deed_of_its_stage(engine):
    """"won stage 9 of the Alpine Tour": a deed of that day is asked at the event, with
    its year ("At the 2023 Alpine Tour, ...")."""
    text = (
        "date 2023-07-12 Rosa Lind is in yellow. The Swedish rider won stage 9 of the "
        "Alpine Tour on Tuesday and stretched her lead over Mia Costa to two minutes."
    )
    qs = candidates(text, engine)
    lead = [q for q in qs if "stretch" in q]
    assert lead, qs
    assert all("At the 2023 Alpine Tour" in q for q in lead), lead


def test_rights_to_nothing_named_are_not_asked(engine):
    """"Which company has picked up the film rights ...?": the rights to the article's
    novel, which the question leaves out. Rights to a named thing stay askable."""
    qs = candidates(
        "date 2024-02-01 Readers have waited two years for the sequel. The Salt Crown sold "
        "400,000 copies in its first week. Northlight Pictures has picked up the film rights, "
        "with Ana Cruz's company Blue Gate attached to produce.",
        engine,
    )
    assert not any("film rights" in q for q in qs), qs



def test_the_lead_event_named_in_the_question_gets_its_year(engine):
    """"Who won the stage 9 time trial of the Tour of the Alps?": which year's race? The
    lead's event named in the question takes the year of the lead's day, and a yearly
    event's bare name does not pin the deed by itself."""
    from questions.facts import extract_clauses
    from questions.generate import _anchor, lead_occasion
    from questions.mentions import resolve_mentions

    text = (
        "date 2023-07-12 Rosa Lind put one hand on a second yellow jersey on Tuesday. The "
        "Swedish rider won the stage 9 time trial of the Tour of the Alps by a huge margin."
    )
    item = engine.parse([parse_article_text(text, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    clause = next(c for c in extract_clauses(item, mentions) if c.verb.lower_ == "won")
    lead = lead_occasion(item)
    assert lead is not None and lead[0] == "At the 2023 Tour of the Alps", lead
    question = "Who won the stage 9 time trial of the Tour of the Alps by a huge margin?"
    asked = _anchor(question, clause, [], None, ("Rosa Lind", "person"), mentions, lead)
    assert asked == (
        "Who won the stage 9 time trial of the 2023 Tour of the Alps by a huge margin?"
    ), asked


def test_a_work_frame_does_not_pin_what_its_cast_did_off_screen(engine):
    """"In Moonbeam Street, who hugged her co-star at the London premiere?": the actress
    cast as Lark hugged her co-star at a premiere, not in the show; the show's frame does
    not say which night. Her part stays askable."""
    text = (
        "date 2024-05-27 Grab the popcorn. The fifth season of Moonbeam Street premiered on "
        "Sunday night on Channel 9.\n\n"
        "Mia Torres plays the rebellious Lark Stone. At the London premiere, Mia Torres "
        "hugged her co-star Dev Patel Jr."
    )
    qs = candidates(text, engine)
    assert not any("hug" in q for q in qs), qs
    assert any("Lark Stone" in q for q in qs), qs


def test_the_lead_frame_does_not_lend_itself_to_a_nickname_answer(engine):
    """"At the Harbour Arena on 18 May 2024, who looked in control for the first half of
    the fight? -> Iron Bull": a question naming nothing is framed only when it asks for
    someone by name, and "the Iron Bull" is a nickname said with "the"."""
    from questions.facts import extract_clauses
    from questions.generate import _anchor, lead_occasion
    from questions.mentions import resolve_mentions

    text = (
        "date 2024-05-20 Two giants met in the ring. Dan Moss beat Leo Hart by split "
        "decision at the Harbour Arena in Leeds on Saturday night.\n\n"
        "For the first half of the fight, the Iron Bull looked in control."
    )
    item = engine.parse([parse_article_text(text, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    clause = next(c for c in extract_clauses(item, mentions) if c.verb.lower_ == "looked")
    lead = lead_occasion(item)
    assert lead is not None and lead[0] == "At the Harbour Arena on 18 May 2024", lead
    question = "Who looked in control for the first half of the fight?"
    assert _anchor(question, clause, [], None, ("Iron Bull", "person"), mentions, lead) is None
    # a full name said as a name is framed
    framed = _anchor(question, clause, [], None, ("Dan Moss", "person"), mentions, lead)
    assert framed == (
        "At the Harbour Arena on 18 May 2024, who looked in control for the first half of "
        "the fight?"
    ), framed


MATCH = (
    "date 2024-03-04 Riverside are through to the final. Mia Kaur scored twice as "
    "Riverside beat Northgate 3-1 at Kingsmead Park on Saturday afternoon.\n\n"
    "Northgate took the lead through Jess Obi after 12 minutes. Kaur levelled with a header "
    "before the break, and Amy Lowe's free kick put Riverside ahead. Kaur wrapped it up in "
    "stoppage time."
)


def test_a_park_named_as_the_lead_venue_frames_the_match(engine):
    """A ground named "... Park" is a venue: the goals of the afternoon are asked at it,
    on its day."""
    qs = candidates(MATCH, engine)
    obi = [q for q in qs if "Jess Obi" in q]
    assert obi, qs
    assert all("At Kingsmead Park on 2 March 2024" in q for q in obi), obi


def test_a_deed_with_an_idiom_it_is_not_framed(engine):
    """"Kaur wrapped it up in stoppage time": "it" read as a team's name gives "who
    wrapped up Riverside?"; the lead's frame is not lent to such a clause."""
    qs = candidates(MATCH, engine)
    assert not any("wrap" in q for q in qs), qs


def test_a_street_named_with_a_venue_word_first_is_no_venue(engine):
    """"at Park Lane": an English venue word said first names a street, not a ground; a
    foreign-order name ("the Arena Națională") still is one."""
    from questions.generate import lead_occasion

    item = engine.parse([parse_article_text(
        "date 2023-10-22 Rovers beat ten-man United 2-0 at Park Lane on Saturday.", name="t"
    )])[0]
    lead = lead_occasion(item)
    assert lead is None or "Park Lane" not in lead[0], lead
    item = engine.parse([parse_article_text(
        "date 2021-10-18 Team Vega won the final at the Arena Nationala in Bucharest on "
        "Sunday.", name="t"
    )])[0]
    lead = lead_occasion(item)
    assert lead is not None and lead[0].startswith("At the Arena Nationala on "), lead


def test_a_deed_that_makes_or_finishes_a_named_work_is_pinned_by_it(engine):
    """"Who dedicated Ember Tide to her late father?": a book is dedicated once, so the
    named book says which occasion; a song performed is not ("walked out for")."""
    text = (
        "date 2024-11-04 The wait is over. Ember Tide, the third novel in Lena Okoro's Salt "
        "Kingdom series, arrived in bookshops on Friday.\n\n"
        "Fans queued overnight outside Foyles in London, where Okoro signed copies until "
        "midnight. The first print run was 800,000 copies. Okoro dedicated the book to her "
        "late father."
    )
    qs = candidates(text, engine)
    assert any("dedicated" in q and "Ember Tide" in q for q in qs), qs


def test_a_judgement_called_in_the_past_needs_its_occasion(engine):
    """"Who called Harry Dale's jacket "a triumph"?": a judge said it in one week's show;
    "call" in the past is a judgement made once, not a name given for good."""
    text = (
        "date 2024-10-16 Week four of The Big Sew was all about denim. Contestant Harry Dale "
        "won Garment of the Week for his patchwork jacket.\n\n"
        "Judge Ada Moor called Harry's jacket \"a triumph\"."
    )
    qs = candidates(text, engine)
    assert not any("a triumph" in q for q in qs), qs


def test_a_background_paragraph_is_not_framed_by_the_lead(engine):
    """A concert report's background ("Her father drove her to open-mic nights ... won a
    Brit Award in 2021"): a paragraph dating its deeds in other years tells of other
    times, so its undated deeds are not asked at the lead's venue and day."""
    text = (
        "date 2024-08-19 Cardiff will remember this one. Nova Reid played to 70,000 fans at "
        "the Principality Stadium on Saturday night, the biggest show of her career.\n\n"
        "Reid grew up in Swansea and taught herself guitar. Her father, Alan Reid, drove her "
        "to open-mic nights across Wales. Reid won a Brit Award in 2021."
    )
    qs = candidates(text, engine)
    assert not any("open-mic" in q and "Principality Stadium" in q for q in qs), qs


MARATHON = (
    "date 2024-04-22 London belonged to Ada Kerr on Sunday. The Scottish runner won the "
    "London Marathon in 2:18:40, the fastest time ever by a British woman.\n\n"
    "Kerr broke away from Ethiopia's Tigist Bekele at the 35-kilometre mark. Kerr's coach, "
    "Ian Moss, has trained her since 2015."
)


def test_the_event_the_lead_says_was_won_frames_the_race(engine):
    """"won the London Marathon" on a day: the race's deeds are asked at it, with the
    year ("At the 2024 London Marathon, who broke away from ...?"); "since 2015" in the
    paragraph is a yardstick, not a deed of another year."""
    qs = candidates(MARATHON, engine)
    broke = [q for q in qs if "broke away" in q]
    assert broke, qs
    assert all(q.startswith("At the 2024 London Marathon, ") for q in broke), broke

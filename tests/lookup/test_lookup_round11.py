"""Round 11 of the look-up: a word of a longer name is no answer of its own, and the
families of misses of the development lists (reworded relations, unanswerable questions)."""

from __future__ import annotations

from .lookupkit import best, build


def _article(lead: str, body: str) -> str:
    return f"{lead}\n\n{body}\n"


# "her sold-out Spartans Tour concerts": the small model calls "Spartans" a nationality
# (a group), but compounded onto the proper noun "Tour" it is the start of the tour's name;
# the band is the subject of "opened"
def test_a_word_starting_a_longer_name_is_no_group(nlp):
    engine = build(nlp, _article("Nora Vale closed her Glasgow run on Sunday.",
                                 "Paperwolf, led by Ada Moss, opened all three of her"
                                 " sold-out Spartans Tour concerts at Hampden Park."),
                   "vale-2025")
    assert best(engine, "Which band opened Nora Vale's Hampden Park concerts?") == "Paperwolf"


# A one-word mention ("Most") resolved to the name it stands for ("Most Valuable Player"):
# its words as written are all stop words, and the name's stop word "most" is no word the
# question lacks, so the candidate is the question's own "Valuable Player" said again
def test_a_resolved_names_stop_words_are_no_new_words():
    from questions.lookup.answer import _overlap

    assert _overlap([], ["most", "valuable", "player"], {"valuable", "player"}) == 1.0
    assert _overlap([], ["most", "valuable", "player"], {"player"}) < 1.0


# "will race a customer Kestra for Marlow Racing": the small model hangs "for" on the
# object; the question's stranded "for" after its verb says whose complement it is
def test_the_verbs_preposition_hung_on_its_object_still_fills_the_slot(nlp):
    engine = build(nlp, _article("Tomas Rell is leaving his old team after nine seasons.",
                                 "In 2026 the champion will race a customer Kestra for"
                                 " Marlow Racing."), "rell-2025")
    assert best(engine, "Who will Rell race for in 2026?") == "Marlow Racing"


# "How much (prize) money ...?" asks for a sum: a year the sentence mentions ("after titles
# in 2019 and 2022") is none, whatever the question's focus
def test_how_much_is_no_year(nlp):
    engine = build(nlp, _article("The Harbour Hawks are champions again.",
                                 "The Harbour Hawks completed a 4-1 win over the Gulls in"
                                 " Dublin on Sunday to retain the Coastal Cup, after titles"
                                 " in 2019 and 2022."), "hawks-2025")
    got = best(engine, "How much money did the Harbour Hawks win?")
    assert got is None or not any(year in got for year in ("2019", "2022"))


# ... nor is a result or a crowd: with no currency in reach the article does not say
def test_how_much_prize_money_needs_a_sum(nlp):
    engine = build(nlp, _article("The Harbour Hawks are champions again.",
                                 "The Harbour Hawks completed a 4-1 win over the Gulls in"
                                 " Dublin on Sunday to retain the Coastal Cup in front of"
                                 " 9,000 fans."), "hawks-2025")
    assert best(engine, "How much prize money did the Harbour Hawks receive for winning"
                        " the Coastal Cup?") is None
    engine = build(nlp, _article("The Harbour Hawks are champions again.",
                                 "The Harbour Hawks beat the Gulls 4-1 on Sunday and took"
                                 " home $250,000 in prize money."), "hawks-2026")
    assert best(engine, "How much prize money did the Harbour Hawks take home?") == "$250,000"


# "How much will X cost?" asks for a price: the "5" of "PlayStation 5" is a model number
def test_how_much_does_it_cost_needs_a_sum(nlp):
    lead = "Orbital Games showed the first trailer for Voidrunner 2 on Monday."
    engine = build(nlp, _article(lead, "Voidrunner 2 is coming to PlayStation 5 and Xbox"
                                 " Series X in 2026, with no word on a PC release."),
                   "void-2025")
    assert best(engine, "How much will Voidrunner 2 cost at launch?") is None
    engine = build(nlp, _article(lead, "Voidrunner 2 will cost $70 when it comes to"
                                 " PlayStation 5 in 2026."), "void-2026")
    assert best(engine, "How much will Voidrunner 2 cost at launch?") == "$70"


# "Mara Lind's The Salt Road", "Brightmoor Studio's long-awaited sequel": a work is its
# maker's, so the possessor answers "Who wrote/developed <work>?" (and says the relation:
# answered, not declined); a common noun asked about ("the score for <work>") must be the
# noun possessed
def test_the_possessor_of_a_work_made_it(nlp):
    engine = build(nlp, _article("Mara Lind's \"The Salt Road\" hit shelves on Tuesday, and"
                                 " bookshops from Leeds to Perth reported queues at"
                                 " midnight.", "The novel follows Tobin Hale through a winter"
                                 " at sea."), "salt-2025")
    assert engine.ask("Who wrote The Salt Road?").answer == "Mara Lind"
    assert engine.ask("Who composed the score for The Salt Road?").answer is None
    engine = build(nlp, "After seven years of waiting, \"Starfall Tides\" is finally here."
                        " Brightmoor Studio's long-awaited sequel launched on Thursday and"
                        " sold out within hours.\n", "tides-2025")
    assert engine.ask('Who developed "Starfall Tides"?').answer == "Brightmoor Studio"


# '"Tobin Hale has always been a survivor," the author wrote': the name inside what was
# written is the content, not who wrote it
def test_a_name_inside_what_was_written_did_not_write_it(nlp):
    engine = build(nlp, _article("The Salt Road is out now.", "\"Tobin Hale has always been"
                                 " a survivor,\" the author wrote in a note to readers."),
                   "salt-2026")
    assert best(engine, "Who wrote a note to readers?") != "Tobin Hale"


# general English rewordings a fan uses for the article's verb or noun: "halt" for
# "stopped", "shifted" for "sold", "influenced" for "inspired by"; the sentence then says
# the question's relation and the answer is given, not declined
def test_reworded_relations_are_said(nlp):
    engine = build(nlp, _article("Ada Quill played to 60,000 fans in Lagos on Saturday.",
                                 "The whole stadium sang the chorus of \"Red Harbour\" so"
                                 " loudly that she stopped the band halfway through to"
                                 " listen."), "quill-2025")
    assert engine.ask("During which song did Ada Quill halt her band to hear the"
                      " crowd?").answer == "Red Harbour"
    engine = build(nlp, _article("Voidrunner came out in 2019.", "Voidrunner has sold more"
                                 " than 12 million copies since 2019."), "void-2019")
    assert engine.ask("How many copies has Voidrunner shifted?").answer == "more than 12 million"
    engine = build(nlp, _article("The new Ada Quill album is out.", "Quill has said the record"
                                 " was inspired by the Welsh poet Idris Vaughan and his idea"
                                 " of the sea as memory."), "quill-2026")
    answer = engine.ask("Which Welsh poet influenced the new Ada Quill album?")
    assert answer.answer == "Idris Vaughan" and answer.confidence >= 0.7


# "Jonah Pell ... cut his hair to play Corvin Ashe, the ruthless brother of Lady Morwen":
# the sentence says who plays Corvin Ashe; Lady Morwen is named only to describe him, so
# "Who plays Lady Morwen?" is declined, while "Who plays Corvin Ashe?" is answered
def test_a_role_named_only_in_describing_another_is_declined(nlp):
    engine = build(nlp, _article("The Glass Tower opens on Friday.", "Jonah Pell trained for"
                                 " months and cut his hair to play Corvin Ashe, the ruthless"
                                 " brother of Lady Morwen, and critics have praised the duel"
                                 " as the best scene of the film."), "tower-2026")
    assert engine.ask("Who plays Lady Morwen in The Glass Tower?").answer is None
    assert engine.ask("Who plays Corvin Ashe in The Glass Tower?").answer == "Jonah Pell"


# a question about one round of a competition ("in the semi-finals") against a sentence
# that tells only of another ("in Sunday's grand final") is about another match: declined;
# the same question about the final is answered
def test_a_sentence_about_another_round_is_declined(nlp):
    engine = build(nlp, _article("The Harbour Hawks are champions again.", "The Harbour Hawks"
                                 " beat the Gulls 3-1 in Sunday's grand final of the Coastal"
                                 " Cup, lifting the trophy for the third time."), "hawks-2027")
    assert engine.ask("Which team did the Harbour Hawks beat in the semi-finals of the"
                      " Coastal Cup?").answer is None
    assert engine.ask("Which team did the Harbour Hawks beat in the final of the Coastal"
                      " Cup?").answer == "Gulls"


# Round 12: "How many <nouns> ...?" answered by a number counting that very noun ("with
# four winners") is answered even when the sentence rewords the question's verb (rode);
# a number measuring another noun ("a 30-yard pass") or a qualified noun ("rushing
# yards") is not
def test_a_count_of_the_asked_noun_answers_a_reworded_verb(nlp):
    engine = build(nlp, _article("Ciara Holt had a week to remember at Ballymore.",
                                 "At the Ballymore Festival in May she was top jockey with"
                                 " four winners, and she also took the Gold Cup."),
                   "holt-2025")
    got = engine.ask("How many winners did Holt ride at the Ballymore Festival?")
    assert got.answer == "four"


def test_a_number_measuring_another_noun_is_no_count_of_the_asked_one(nlp):
    from questions.lookup.answer import answer_question

    engine = build(nlp, _article("The Harbour Hawks won the cup final on Sunday.",
                                 "Dan Rook caught a 30-yard touchdown pass from Eli Fenn in"
                                 " the cup final."), "hawks-2025")
    decision = answer_question(engine.read("How many yards did Dan Rook run?"),
                               engine.index, None, -1)
    assert decision.candidate == "30"
    assert decision.features["relation_missing"] == 1.0  # "run" unsaid, "30" counts no yards


# Round 12: an answer tied straight to a common noun the question says ("a crowd of
# 9,500" for "How big was the crowd ...?", "a $25 print bundle") fills that noun's slot
# though the sentence rewords the question's verb
def test_an_answer_tied_to_the_asked_noun_fills_its_slot(nlp):
    from questions.lookup.answer import answer_question

    engine = build(nlp, _article("The comic's crowdfunding campaign closed on Friday.",
                                 "Backers chose between a $25 print bundle and a $90"
                                 " deluxe box with signed pages."), "comic-2025")
    decision = answer_question(
        engine.read("How much did the cheaper print bundle for supporters go for?"),
        engine.index, None, -1)
    assert decision.candidate == "$25"
    assert decision.features["slot_fit"] == 1.0


# ... but not a number measuring a noun that itself describes another ("a 30-yard pass")
def test_a_measure_inside_a_modifier_fills_no_slot(nlp):
    from questions.lookup.answer import answer_question

    engine = build(nlp, _article("The Harbour Hawks won the cup final on Sunday.",
                                 "Dan Rook caught a 30-yard touchdown pass from Eli Fenn in"
                                 " the cup final."), "hawks-2025")
    decision = answer_question(engine.read("How many yards did Dan Rook run?"),
                               engine.index, None, -1)
    assert decision.candidate == "30"
    assert decision.features["slot_fit"] < 1.0


# Round 12: "Who ... with A and B?" answered by the name listed with A and B ("the No. 8
# Vexa of A, B and C") though the sentence never says the question's verb
def test_a_name_listed_with_the_questions_partners_answers_who(nlp):
    from questions.lookup.answer import answer_question

    engine = build(nlp, _article("Vexa won the Northfield 12 Hours on Sunday.",
                                 "The No. 8 Vexa of Lena Marr, Otto Brenn and Ivo Salk took"
                                 " the chequered flag after twelve hours."), "vexa-2025")
    decision = answer_question(
        engine.read("Who drove the No. 8 Vexa with Lena Marr and Otto Brenn?"),
        engine.index, None, -1)
    assert decision.candidate == "Ivo Salk"
    assert decision.features["relation_missing"] == 0.0


# The small model tags "final" an adjective in "a bruising Harbour Cup final at ..." and in
# "the quarter-final?": with nothing after it to qualify, it still names a round ("the
# final lap" keeps its noun and names none)
def test_a_final_tagged_adjective_still_names_a_round(nlp):
    from questions.lookup.confidence import _stages

    assert _stages(nlp("The Gulls edged the Harbour Hawks 12-11 in a bruising Harbour Cup"
                       " final at Kestrel Park on Saturday night.")) == {"final"}
    assert _stages(nlp("By what score did the Gulls beat the Owls in the quarter-final?")) \
        == {"quarter"}
    assert _stages(nlp("She set the fastest time on the final lap.")) == set()


# "the second of her stadium nights": an ordinal is a rank or a turn, never a count, so it
# does not answer "How many tickets ...?" (the article gives no ticket count: declined)
def test_an_ordinal_is_no_count(nlp):
    engine = build(nlp, _article("Mara Quill played Hampden Park on Saturday.",
                                 "The Glasgow date was the second of her Lantern tour's big"
                                 " stadium nights, after Cardiff, and she heads to Dublin"
                                 " next."), "quill-2026")
    question = "How many tickets did Mara Quill sell for her Cardiff show?"
    assert best(engine, question) != "second"
    assert engine.ask(question).answer is None

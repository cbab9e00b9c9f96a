"""Regression tests for round 26b (garbled cuts of the heldout14 reading).
Every sentence here is made up for the test."""

from questions.acceptability import (
    adjective_pair_cut,
    capitalised_modifier_moved,
    of_phrase_stranded,
)


def test_an_adjective_pair_cut_at_its_comma(nlp):
    sents = list(nlp("Mara Quist, the Swedish soprano, sang the lead with bright, "
                     "soaring tone at the gala.").sents)
    assert adjective_pair_cut("Who sang the lead with bright?", sents)
    assert adjective_pair_cut("Who sang the lead with bright at the gala?", sents)
    assert adjective_pair_cut("Who sang the lead with bright, soaring tone?", sents) is None


def test_a_sentence_opening_modifier_moved_with_its_capital(nlp):
    sents = list(nlp("Second-year manager Tom Vale, sacked by Leeds in 2019, was "
                     "soaked with champagne in the dressing room.").sents)
    assert capitalised_modifier_moved(
        "What was Second-year manager Tom Vale soaked with in the dressing room?", sents)
    assert capitalised_modifier_moved("What was Tom Vale soaked with?", sents) is None


def test_a_noun_parted_from_its_of_phrase(nlp):
    sents = list(nlp("The studio also recorded more than 500 new hours of music for "
                     "the sequel.").sents)
    assert of_phrase_stranded(
        "How many new hours did the studio record of music for the sequel?", sents)
    assert of_phrase_stranded(
        "How many new hours of music did the studio record for the sequel?", sents) is None


def test_an_adjective_pair_cut_where_the_model_reads_a_noun(nlp):
    sents = list(nlp("Lena Roth, the German mezzo, sang the title role with fearless, "
                     "blazing power, and the chorus was superb.").sents)
    assert adjective_pair_cut("Who sang the title role with fearless?", sents)


def test_a_yearly_prize_asked_with_has_won_needs_its_year():
    from questions.acceptability import yearly_prize_without_year
    assert yearly_prize_without_year(
        "Who has won the Golden Pen at the Lyon Book Fair, the top prize in French letters?")
    assert yearly_prize_without_year(
        "Who has won the Golden Pen at the 2022 Lyon Book Fair?") is None
    assert yearly_prize_without_year("Who has won the most Golden Pens?") is None
    assert yearly_prize_without_year("Who won the Golden Pen at the Lyon Book Fair?") is None


def test_a_stagings_director_needs_its_theatre_or_year():
    from questions.acceptability import staging_director_unpinned
    sentence = "Director Ana Ruiz's production of Tosca sets the opera in a modern city."
    assert staging_director_unpinned("Who is the director of Tosca?", sentence)
    assert staging_director_unpinned("Who is the director of Tosca at the Vienna Festival?",
                                     sentence) is None
    assert staging_director_unpinned(
        "Who is the director of Tosca?", "Ana Ruiz directed the film Tosca.") is None


def test_a_proper_adjective_or_place_opener_keeps_its_capital(nlp):
    for text, question in (
        ("Welsh novelist Owen Price has won the 2021 Gold Quill for \"Tides\".",
         "Which award has Welsh novelist Owen Price won for \"Tides\"?"),
        ("Paris drummer Leo Brun walked out for \"Rain\" at the end.",
         "Which song did Paris drummer Leo Brun walk out for at the end?"),
    ):
        assert capitalised_modifier_moved(question, list(nlp(text).sents)) is None


def test_a_modifiers_agent_is_not_asked_as_the_actor(nlp):
    from questions.acceptability import modifier_agent_as_actor
    sents = list(nlp("It was the ballad, set to music by Rosa Lemos, that made her name in "
                     "1999, and she still sings it.").sents)
    assert modifier_agent_as_actor("In which year did Rosa Lemos make her name?", sents)
    assert modifier_agent_as_actor("True or false: Rosa Lemos made her name in 2000?", sents)
    assert modifier_agent_as_actor(
        "Which ballad was set to music by Rosa Lemos?", sents) is None


def test_a_modifiers_agent_inside_a_longer_name_in_the_question_is_no_actor(nlp):
    from questions.acceptability import modifier_agent_as_actor
    sents = list(nlp("Helped by Mira and the river spirits, Tor finally throws Vask from his "
                     "chariot.").sents)
    assert modifier_agent_as_actor(
        "In The Saga of Mira, who does Tor throw from his chariot?", sents) is None

"""Regression tests, one per failure class seen when reading generated questions."""

from questions.article import parse_article_text
from questions.mentions import resolve_mentions


def generate(text: str, engine):
    return engine.generate([parse_article_text(text, name="t")]).questions


def test_she_never_resolves_to_a_man(bare_nlp):
    doc = bare_nlp("Mathew Knowles managed the group. She released an album in 2003.")
    mentions = resolve_mentions(doc)
    she = next(t for t in doc if t.text == "She")
    assert mentions.at(she) is None and she.i in mentions.vague


def test_gender_only_disambiguates_when_the_winner_is_known(bare_nlp):
    # "Shiv" is an untyped name (could be a woman); "Matsson" has no known gender.
    doc = bare_nlp(
        "GoJo is run by the billionaire Lukas Matsson. The twist was who Matsson picked. "
        "Instead of Shiv, the job went to her husband, Tom Wambsgans."
    )
    mentions = resolve_mentions(doc)
    her = next(t for t in doc if t.text == "her")
    assert mentions.at(her) is None
    matsson = [mentions.at(t) for t in doc if t.text == "Matsson" and mentions.at(t)]
    assert matsson and matsson[-1].name == "Lukas Matsson"  # ORG-labelled full name


def test_a_gendered_noun_beside_the_name_resolves(bare_nlp):
    doc = bare_nlp("John Legend said that his daughter Luna loves the band. She sang along.")
    mentions = resolve_mentions(doc)
    she = next(t for t in doc if t.text == "She")
    assert mentions.genders.get("Luna") == "f"
    assert mentions.at(she) is not None and mentions.at(she).name == "Luna"


def test_a_name_with_a_possessive_inside_stays_whole(bare_nlp):
    doc = bare_nlp("Beyoncé later left Destiny's Child to record alone in Houston.")
    mentions = resolve_mentions(doc)
    destiny = next(t for t in doc if t.text == "Destiny")
    assert mentions.at(destiny).name == "Destiny's Child"


def test_no_true_answer_is_a_wrong_choice_or_a_non_unique_question(engine):
    text = (
        "At the awards, the band Vixx met several fellow artists and actors. These celebs "
        "included Taylor Swift, Ed Sheeran and singer John Legend. Later the band Vixx met "
        "singer John Legend backstage. Vixx performed the song Dynamite at the awards."
    )
    questions = generate(text, engine)
    for q in questions:
        if q.answer in {"Taylor Swift", "Ed Sheeran", "John Legend"}:
            assert q.question != "Which singer did Vixx meet?", q
            assert not {"Taylor Swift", "Ed Sheeran", "John Legend"} - {q.answer} & set(
                q.choices
            ), q


def test_true_false_is_typed_and_honest(engine):
    text = (
        "Harry Styles released the album Harry's House in 2022. Taylor Swift released the "
        "album Midnights in 2021. Olivia Rodrigo released the album Guts in 2019. Billie "
        "Eilish released the album Happier in 2016. Dua Lipa released the album Radical "
        "Optimism in 2018. Lana Del Rey released the album Ocean Blvd in 2015. Ed Sheeran "
        "released the album Subtract in 2013. Bruno Mars released the album Unorthodox "
        "Jukebox in 2012."
    )
    questions = [q for q in generate(text, engine) if q.form == "truefalse"]
    assert questions
    for q in questions:
        assert q.choices == ()
        assert q.answer in {"True", "False"}
    assert {q.answer for q in questions} == {"True", "False"}  # mixed, not all True
    for q in questions:
        year = q.question.rstrip("?").split()[-1]
        stated = year in q.source.sentence
        assert stated == (q.answer == "True"), q


def test_choices_contract(engine, seed_result):
    for q in seed_result.questions:
        assert q.choices == () or (len(set(q.choices)) == 4 and q.answer in q.choices), q


def test_copular_subject_questions_name_one_thing(seed_result):
    questions = {q.question: q.answer for q in seed_result.questions}
    assert "Who is a huge BTS fan?" not in questions
    assert questions.get("Which daughter of John Legend is a huge BTS fan?") == "Luna"


def test_vague_copular_questions_are_dropped(engine):
    text = "Mathew Knowles is African-American. Solange Knowles is a singer and a dancer."
    assert not [q for q in generate(text, engine) if q.form == "subject"]


def test_a_definite_apposition_gives_a_who_is_question(engine):
    text = "Matt Damon plays General Leslie Groves, the army officer who ran the Manhattan Project."
    got = {q.question: q.answer for q in generate(text, engine)}
    assert got.get("Who is the army officer who ran the Manhattan Project?") == "Leslie Groves"


def test_an_indefinite_apposition_gives_none(engine):
    text = "The job went to Tom Wambsgans, a character that Matthew Macfadyen has played."
    assert not [q for q in generate(text, engine) if q.question.startswith("Who is a")]


def test_a_question_naming_nothing_gets_the_article_topic(engine):
    text = (
        '"Succession" signed off on Sunday with a long finale.\n\n'
        "Brian Cox played the family patriarch for all four seasons."
    )
    got = {q.question: q.answer for q in generate(text, engine)}
    assert got.get("In Succession, who played the family patriarch for all four seasons?") == (
        "Brian Cox"
    ), got


def test_a_descriptor_subject_is_the_previous_sentences_only_person(bare_nlp):
    doc = bare_nlp("Max Verstappen was back on top at Suzuka. The Dutchman won the race.")
    mentions = resolve_mentions(doc)
    the = next(t for t in doc if t.text == "The")
    assert mentions.at(the) is not None and mentions.at(the).name == "Max Verstappen"
    doc = bare_nlp("Lando Norris beat Max Verstappen at Suzuka. The Dutchman won the race.")
    mentions = resolve_mentions(doc)
    the = next(t for t in doc if t.text == "The")
    assert mentions.at(the) is None  # two people before: nobody can tell which


def test_a_surname_shared_by_two_people_is_not_resolved(bare_nlp):
    doc = bare_nlp(
        "Beyonce Knowles sang. Her father Mathew Knowles managed her. Knowles performed at "
        "four Super Bowls."
    )
    mentions = resolve_mentions(doc)
    last = [t for t in doc if t.text == "Knowles"][-1]
    hit = mentions.at(last)
    assert hit is None or hit.name == "Knowles"


# ---------------------------------------------------------------- the precision pass
def test_surface_gates_for_misread_clauses():
    from questions import gates

    assert gates.reads_cleanly("Which union had called a strike that night?")  # relative time
    assert gates.reads_cleanly("Who closed the show with Kiwi as always?")
    assert gates.reads_cleanly("Who was rarely troubled in the Everton goal?")  # near-negation
    assert gates.reads_cleanly("By who was Sasha Fierce inspired by Jay Z?")  # two agents
    assert gates.reads_cleanly("In which year did Destiny's Child change their name to "
                               "Destiny's Child?")  # one name twice
    assert gates.reads_cleanly("When will A high-definition port for the Wii U be released?")
    assert gates.reads_cleanly("Who scored in the Night King episode?") is None
    assert gates.reads_cleanly("Who plays Jean Tatlock in Oppenheimer?") is None
    # Long Wikipedia clauses: more than one comma, or over 25 words, after the context
    assert gates.plain_enough("Who released X, the album, on Y, in Z?")
    assert gates.plain_enough("In Succession, who plays Lukas Matsson, the tech boss?") is None


def test_a_role_word_that_owns_does_not_type_the_name(engine):
    got = generate(
        "Christopher Nolan spoke at the premiere. The actors' union SAG-AFTRA called a "
        "strike on July 13, 2023.",
        engine,
    )
    assert not [q for q in got if q.answer == "SAG-AFTRA" and "actor" in q.question.lower()]


def test_an_event_is_not_pinned_on_a_present_tense_clause(engine):
    got = generate(
        "BTS performed Fake Love at the Billboard Music Awards 2018. After a record year, "
        "BTS is now gearing up for their 2021 comeback with a new single.",
        engine,
    )
    assert not [q for q in got if "gearing" in q.question and "Billboard" in q.question]


def test_a_match_report_has_the_match_as_its_topic(engine):
    got = {
        q.question: q.answer
        for q in generate(
            "Liverpool beat Everton 2-0 at Anfield on Saturday. Michael Keane handled a "
            "cross inside the box in the 75th minute.",
            engine,
        )
    }
    question = "In the Liverpool–Everton match, who handled a cross inside the box in the " \
        "75th minute?"
    assert got.get(question) == "Michael Keane", got


def test_one_answer_at_most_three_times_and_the_main_topic_twice():
    from collections import Counter

    from questions.generate import Candidate
    from questions.quality import select

    def make(i: int, answer: str) -> Candidate:
        return Candidate(f"Which character defeats Boss {i} in Hyrule Castle?", answer,
                         "character", "subject", f"{answer} defeats Boss {i}.")

    link = [make(i, "Link") for i in range(6)]
    zelda = [make(10 + i, "Zelda") for i in range(6)]
    counts = Counter({"Link": 40, "Zelda": 12})
    kept = select(link + zelda, counts, words=1200)
    answers = Counter(c.answer for c in kept)
    assert answers == {"Link": 2, "Zelda": 3}
    # a long page (5,000 words) may ask more about one name: one more per 500 words
    # for an answer; the main name one per 1,000 words, never more than 4 times
    long = Counter(c.answer for c in select(link + zelda, counts, words=5000))
    assert long == {"Link": 4, "Zelda": 6}
    # the kept ones come back in article order
    order = [*link, *zelda]
    assert [order.index(c) for c in kept] == sorted(order.index(c) for c in kept)


def test_a_bare_name_made_public_is_one_of_many_unless_the_day_says_which(engine):
    """"What did Pixel Forge announce for 2026?": a studio announces many games; the
    subject question ("Who announced "Iron Tide"?") and a release on a given day stay."""
    text = (
        ' date 2024-12-14 Pixel Forge announced "Iron Tide" for 2026. Pixel Forge released '
        '"Glass Moon" on March 3, 2024.'
    )
    got = {q.question: q.answer for q in generate(text, engine)}
    assert "Iron Tide" not in got.values(), got
    assert got.get('Who announced "Iron Tide" for 2026?') == "Pixel Forge", got
    assert got.get("What did Pixel Forge release on March 3, 2024?") == "Glass Moon", got


def test_a_second_subject_after_the_verb_is_its_object(engine):
    """The model reads "Game of the Year" after "won" as a second subject: the question
    lost it ('At which award show did "Ember Falls" win on ...?'); it is the object."""
    text = (
        ' date 2024-12-14 "Ember Falls" won Game of the Year at The Game Awards on Thursday, '
        'beating "Iron Tide" and "Glass Moon".'
    )
    got = [q.question for q in generate(text, engine)]
    assert got and all("win on" not in q and "won at" not in q for q in got), got
    assert any("win Game of the Year" in q for q in got), got


def test_a_move_needs_its_year(engine):
    """A player joins many clubs, a band signs to many labels: "Maya Cole joined _____
    from Chelsea" has several answers over a career; with the year it has one."""
    assert not generate(" date 2024-12-14 Maya Cole joined Arsenal from Chelsea.", engine)
    got = {q.question: q.answer for q in generate(
        " date 2024-12-14 Maya Cole joined Arsenal from Chelsea in 2019.", engine)}
    assert got.get("In which year did Maya Cole join Arsenal from Chelsea?") == "2019", got


def test_a_bare_name_an_artist_made_is_one_of_many(engine):
    """"What did Mara Lane record?": an artist records and writes many songs."""
    text = (
        ' date 2024-12-14 Mara Lane recorded "Night Drive" for the soundtrack. Cal Dane wrote '
        '"Low Tide" for the film.'
    )
    for q in generate(text, engine):
        assert q.answer not in {"Night Drive", "Low Tide"}, q


def test_a_conjoined_verb_after_another_name_does_not_borrow_the_first_subject(engine):
    """"A was named the best player and B of Colombia won the Golden Boot": the model hangs
    B on the first clause and "won" has no subject of its own; borrowing A's is wrong."""
    from questions.facts import extract_clauses

    text = (
        " date 2023-08-21 Ada Hegerberg was named the best player and Linda Caicedo of "
        "Colombia won the Golden Boot with five goals."
    )
    item = engine.parse([parse_article_text(text, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    for clause in extract_clauses(item, mentions):
        if clause.verb.lemma_ == "win":
            assert clause.subject.answer is None or (
                clause.subject.answer.text != "Ada Hegerberg"
            ), clause


def test_a_common_noun_joined_to_a_name_is_a_misread_coordination(engine):
    """"was named the best player and Linda Caicedo of Colombia won ...": the model joins
    the name to "player"; "Who was named the best player and Linda Caicedo?" is garble."""
    text = (
        " date 2023-08-21 Ada Hegerberg was named the best player and Linda Caicedo of "
        "Colombia won the Golden Boot with five goals."
    )
    from questions.facts import extract_clauses
    from questions.generate import article_candidates

    item = engine.parse([parse_article_text(text, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    for q in article_candidates(item, mentions, extract_clauses(item, mentions)):
        assert "player and" not in q.question, q


def test_a_surname_two_people_share_blocks_a_pronoun_from_the_other_man(bare_nlp):
    # "Hale" (Tom or Jack) is the subject: "his" is a Hale's, never Victor Crane's, the
    # only other man in reach.
    doc = bare_nlp(
        "Tom Hale defeated Victor Crane in the main event. Last year Crane beat Hale in "
        "Denver. This time the challenger pinned Crane for the count. Hale climbed the "
        "ropes and hugged his wife, Anna, at ringside. His late father, Jack Hale, was a "
        "great boxer."
    )
    mentions = resolve_mentions(doc)
    for pronoun in [t for t in doc if t.lower_ == "his"]:
        assert mentions.at(pronoun) is None and pronoun.i in mentions.vague


def test_a_team_before_a_persons_role_noun_is_not_the_answer(engine):
    text = (
        "The Calgary Flames beat the Winnipeg Jets 3-2 in Game 7 of the Final on Monday. "
        "Mark Scheifele was named winner of the Hart Trophy. The Winnipeg captain finished "
        "the postseason with 38 points, and he became the first player from a beaten team "
        "to win it."
    )
    for q in generate(text, engine):
        assert q.answer not in {"Winnipeg", "Winnipeg Jets"} or "38" not in q.question, q


def test_a_count_in_a_time_counted_on_is_no_count_to_ask(engine):
    text = (
        "Magnus Carlsen beat Fabiano Caruana in the Norway Chess final on Sunday. Once the "
        "queens were gone, the white pawns ran, and Caruana resigned four moves later."
    )
    for q in generate(text, engine):
        assert "moves" not in q.question, q  # "How many moves did Caruana resign?"


def test_a_name_word_the_parser_hung_on_the_verb_is_not_said_twice(engine):
    # The small model sometimes reads the surname of a subject as an adverb of the verb
    # ("Arman" nsubj, "Petrosyan" advmod): the clause keeps it as no modifier of its own.
    from questions.facts import extract_clauses
    from questions.nlp import ParsedArticle

    text = "Elsewhere on the card, Arman Petrosyan edged former champion Dan Hooker on Friday."
    item = engine.parse([parse_article_text(text, name="t")])[0]
    doc = item.doc
    verb = next(t for t in doc if t.text == "edged")
    surname = next(t for t in doc if t.text == "Petrosyan")
    first = next(t for t in doc if t.text == "Arman")
    surname.head, surname.dep_ = verb, "advmod"
    first.head, first.dep_ = verb, "nsubj"
    mentions = resolve_mentions(doc)
    clauses = extract_clauses(ParsedArticle(item.article, doc, item.paragraph_starts), mentions)
    clause = next(c for c in clauses if c.verb.i == verb.i)
    assert surname not in clause.extras, clause.extras


def test_a_raising_verb_split_from_its_infinitive_is_not_asked_as_seeming(engine):
    # "appeared out of nowhere to hit" (came, to hit) is not "appeared to hit" (seemed to).
    text = (
        "Brock Hale and Jed Nolan ran in for the champion at Summer Slam on Saturday. Then "
        "Mick Dalton appeared out of nowhere to hit Hale with a powerbomb."
    )
    for q in generate(text, engine):
        assert "appear" not in q.question, q


def test_a_question_naming_another_years_event_is_not_framed_with_the_topic(engine):
    # The lead's event comes from the second sentence ("by winning the 2025 ..."); the
    # first sentence's question names a 2026 event of its own: "At the 2025 Asian
    # Championship, who won the 2026 Tata Steel Masters?" contradicts itself.
    from questions.article import parse_article_text

    text = (
        " date 2026-01-20 Arjun Raman won the 2026 Tata Steel Masters in Wijk aan Zee on "
        "Sunday. Arjun earned his place by winning the 2025 Asian Championship in Delhi."
    )
    result = engine.generate([parse_article_text(text, name="t")])
    got = {q.question: q.answer for q in result.questions}
    assert not any("2025" in q and "2026" in q for q in got), got


def test_a_work_is_never_the_maker(engine):
    # '"Blue Hour", the Korean ballad Adele wrote for the band': the small model reads
    # "ballad Adele" as one name (typed a song) and "wrote" as its verb; a song writes
    # nothing, so the clause is not asked ("Which song wrote for Nova Pulse in 2024?").
    from questions.article import parse_article_text

    text = (
        " date 2026-01-02 Seoul quartet Nova Pulse played their last show of the year on "
        'Sunday. The set list included "Blue Hour", the Korean ballad Adele wrote for the '
        "band in 2024."
    )
    result = engine.generate([parse_article_text(text, name="t")])
    got = {q.question: q.answer for q in result.questions}
    assert not any("wrote" in q or "write" in q for q in got), got


def test_a_numbered_season_is_asked_with_its_show(engine):
    # "... at the end of season two": of which show? The article's show frames it.
    text = (
        ' date 2025-03-10 "The Iron Orchard" returned for its third season on Sunday with '
        "a grim premiere. The episode opens soon after the death of Mara Quill, who was "
        "poisoned at her wedding by her cousin Tobias Vane at the end of season two."
    )
    questions = generate(text, engine)
    seasons = [q.question for q in questions if "season two" in q.question]
    assert seasons and all("The Iron Orchard" in q for q in seasons)


def test_a_numbered_season_with_no_show_is_not_asked(engine):
    # no show is the article's topic: "season four" of what?
    text = (
        " date 2025-03-10 Fans have waited two years for the spin-off. Nina Castell, who "
        "was killed by her uncle Owen Drake at the end of season four, is back in flashbacks."
    )
    assert not [q for q in generate(text, engine) if "season four" in q.question]


def test_a_subject_who_names_nothing_is_one_of_many_in_a_match(engine):
    # "who was shown a yellow card?" in a match with thirty players; the bin, likewise
    text = (
        " date 2024-03-17 Ireland edged Scotland 17-16 in a tense Six Nations decider at "
        "the Aviva Stadium on Saturday night.\n\nIreland lost their scrum-half Tom Fallon "
        "in the opening minutes after a clash with Rory Dunbar, who was shown a yellow "
        "card. When Ewan Blair was sent to the bin late on, Scotland kicked for the "
        "corner, but the maul was held up and Ireland survived."
    )
    answers = {q.answer for q in generate(text, engine) if q.form == "subject"}
    assert not answers & {"Rory Dunbar", "Ewan Blair"}
    assert "Ireland" in answers  # the match's own result is still asked


def test_a_second_of_a_kind_is_not_asked_as_the_kind(engine):
    # "lost a second Super Bowl": "Which event did Dan Holt lose?" -> "Super Bowl" is half
    text = (
        " date 2024-02-12 The Ravens beat the Lions 24-20 in Super Bowl LX on Sunday. Dan "
        "Holt lost a second Super Bowl to Mike Carver after the same pair met two years ago."
    )
    got = {q.question: q.answer for q in generate(text, engine)}
    assert "Super Bowl" not in got.values(), got
    assert "Mike Carver" in got.values()  # the one he lost to is still asked


def test_the_song_that_samples_a_classic_is_not_one_answer(engine):
    # many songs sample a classic: "Which song samples X?"; what it samples is one answer
    text = (
        " date 2024-05-02 Nova Bloom released her second album, “Glass Rivers”, on Friday. "
        "Its opening song, “Paper Moon”, samples “Moonlight Sonata”, the piano piece by "
        "Ludwig van Beethoven."
    )
    got = {q.question: q.answer for q in generate(text, engine)}
    assert "Paper Moon" not in got.values(), got
    assert "Moonlight Sonata" in got.values()


def test_what_happened_last_year_is_not_asked_at_this_event(engine):
    # "Li, who took the crown in Madrid last year": not at this championship, and
    # without "last year" the question has no time
    text = (
        " date 2024-12-13 Arjun Rao is the new world chess champion after beating Li Wen "
        "in Dubai on Thursday. Li, who took the crown from Pavel Orlov in Madrid last "
        "year, said he had no regrets."
    )
    assert not [q for q in generate(text, engine) if "Pavel Orlov" in q.question + q.answer]


def test_a_title_released_as_one_of_many_singles_is_one_of_many(engine):
    # "released a single titled X" in 2013: "What did Kade Lowe release in 2013?" has
    # many answers (the blank keeps "a single titled" and its choices tell them apart)
    from questions.facts import extract_clauses
    from questions.generate import _one_of_many_made_public

    text = ('In 2013, Kade Lowe released a single titled "Slow River", which featured a '
            "verse by Maya Cole.")
    item = engine.parse([parse_article_text(text, name="t")])[0]
    mentions = resolve_mentions(item.doc, engine.glossary)
    clause = next(c for c in extract_clauses(item, mentions) if c.verb.lemma_ == "release")
    title = next(a for a in clause.args if a.answer and a.answer.text == "Slow River")
    assert _one_of_many_made_public(clause, title, "in 2013")


def test_an_event_asked_for_is_not_framed_by_the_event_it_is_part_of(engine):
    # "At the Stanley Cup, in which event did ...?" -> "Game 6 of the Final" reads oddly
    text = (
        " date 2025-06-16 The Colorado Avalanche have won the Stanley Cup. On Sunday night "
        "in Denver, Jared Bednar's team beat the Boston Bruins 3-2 in Game 6 of the Final, "
        "and the home crowd finally got the party it had waited for."
    )
    asked = [q.question for q in generate(text, engine) if q.answer == "Game 6 of the Final"]
    assert asked and not [q for q in asked if q.startswith("At the Stanley Cup")], asked


def test_a_partner_of_many_years_is_not_one_answer(engine):
    # "has worked with Adidas since 2015": she has worked with many brands since then
    text = (
        "Nova Bloom has worked with Adidas since 2015, and in 2019 she appeared in a "
        "running advert with Kade Lowe."
    )
    assert "Adidas" not in {q.answer for q in generate(text, engine)}


def test_a_foe_beaten_with_no_day_score_or_event_is_one_of_many(engine):
    # a hero defeats many foes: "Who does Kora defeat?" has many answers in the game
    text = (
        "In the second act, Kora must cross the Ash Plains alone. After Kora defeats "
        "Varkas, the spirit Elun restores her sight and sends her north."
    )
    assert "Varkas" not in {q.answer for q in generate(text, engine)}


def test_the_lead_does_not_borrow_the_event_of_the_next_sentence(engine):
    # the lead names no event; "At the Grammy Awards, who thanked ...?" borrows it
    text = (
        " date 2025-02-03 Nova Bloom thanked her late grandmother in a tearful speech on "
        "Sunday night. The singer won Album of the Year at the 67th Grammy Awards in Los "
        "Angeles."
    )
    for q in generate(text, engine):
        assert not ("grandmother" in q.question and "Grammy" in q.question), q.question


def test_a_person_beaten_by_a_person_is_not_a_team(engine):
    # "Ryan Pike" is left untyped by the model: the side a person beat is a person.
    from questions.facts import extract_clauses

    parsed = engine.parse(
        [parse_article_text("Sam Okoro beat Ryan Pike 6-4 in the final of the Northern Open.",
                            name="t")]
    )
    mentions = resolve_mentions(parsed[0].doc, engine.glossary)
    answers = [
        arg.answer for clause in extract_clauses(parsed[0], mentions) for arg in clause.args
        if arg.answer is not None and arg.answer.text == "Ryan Pike"
    ]
    assert answers and all(a.type != "team" for a in answers)
    for q in generate("Sam Okoro beat Ryan Pike 6-4 in the final of the Northern Open.", engine):
        assert not q.question.startswith("Which team"), q


def test_a_work_selling_or_placing_in_a_list_is_not_asked_with_who(engine):
    text = (
        "Starfall Saga placed 14th in Retro Weekly's list of the best games of all time. "
        "The game was developed by Moonlit Studio in Osaka. Starfall Saga had sold 5.82 "
        "million copies by March 2020."
    )
    for q in generate(text, engine):
        assert not (q.question.startswith("Who") and q.answer == "Starfall Saga"), q


def test_a_name_after_on_the_or_for_the_is_no_persons_surname(bare_nlp):
    doc = bare_nlp(
        "Kenji Nakamura directed the game. It was released for the Switch in 2019. "
        "Nakamura said the port took two years."
    )
    mentions = resolve_mentions(doc)
    switch = next(t for t in doc if t.text == "Switch")
    hit = mentions.covering(switch)
    assert hit is None or (hit.name != "Kenji Nakamura" and hit.type != "person")


def test_a_definite_deed_the_article_says_again_is_one_of_many(engine):
    text = (
        "Ana Brill won the 2024 Coastal Open on Sunday. At the 2024 Coastal Open, Mia Tan "
        "rolled in the birdie putt. Brill rolled in a birdie putt later to win."
    )
    for q in generate(text, engine):
        assert not (q.question.startswith("Who") and "birdie putt" in q.question), q
    kept = generate("At the 2024 Coastal Open, Mia Tan holed the winning putt. Brill "
                    "finished second.", engine)
    assert any(q.answer == "Mia Tan" and "winning putt" in q.question for q in kept)


def test_a_name_the_article_calls_a_work_is_not_asked_with_who(engine):
    text = (
        "Starfall Saga is a 2017 action game developed by Moonlit Studio. The game follows "
        "a young pilot. Starfall Saga won the Golden Joystick for best story in 2018."
    )
    for q in generate(text, engine):
        assert not (q.question.startswith("Who") and q.answer == "Starfall Saga"), q

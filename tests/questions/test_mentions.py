from questions.mentions import resolve_mentions


def names(doc, mentions, word):
    return [mentions.at(t).name if mentions.at(t) else None for t in doc if t.text == word]


def test_surname_and_first_name_resolve_to_the_full_name(bare_nlp):
    doc = bare_nlp("Singer John Legend met the band. Later Legend hugged them. John smiled.")
    mentions = resolve_mentions(doc)
    assert names(doc, mentions, "Legend")[-1] == "John Legend"
    assert names(doc, mentions, "John")[-1] == "John Legend"


def test_group_descriptors_go_to_the_main_group(nlp, glossary):
    doc = nlp("BTS arrived early. BTS met fans. Then the septet performed and the boys left.")
    mentions = resolve_mentions(doc, glossary)
    septet = next(t for t in doc if t.text == "septet")
    the = doc[septet.i - 1]
    assert mentions.at(the).name == "BTS"


def test_a_pronoun_with_one_antecedent_resolves(bare_nlp):
    doc = bare_nlp("Taylor Swift released a new album. She toured Europe.")
    mentions = resolve_mentions(doc)
    she = next(t for t in doc if t.text == "She")
    assert mentions.at(she).name == "Taylor Swift"


def test_a_pronoun_with_two_antecedents_stays_vague(bare_nlp):
    doc = bare_nlp("Taylor Swift met Ed Sheeran backstage. She hugged him.")
    mentions = resolve_mentions(doc)
    she = next(t for t in doc if t.text == "She")
    assert mentions.at(she) is None and she.i in mentions.vague


def test_demonstratives_are_vague(bare_nlp):
    doc = bare_nlp("These celebs included Taylor Swift and Khalid.")
    mentions = resolve_mentions(doc)
    assert next(t for t in doc if t.text == "celebs").i in mentions.vague

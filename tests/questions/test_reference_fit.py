"""A resolved pronoun or "the ..." descriptor must fit the kind of name it was given
(`questions.mentions._drop_unfit_references`): a question about the wrong person or thing
is worse than none. Sentences written for these tests, not taken from the data sets."""

from questions.mentions import Mention, _drop_unfit_references, resolve_mentions


def _resolved(doc, mentions, word, nth=-1):
    token = [t for t in doc if t.text == word][nth]
    start = min(t.i for t in token.subtree) if token.pos_ == "NOUN" else token.i
    found = mentions.at(doc[start])
    return found.name if found is not None else None


def _injected(doc, word, name, kind, nth=-1):
    """The mentions of `doc` with `word` given `name` as an earlier rule might: the last
    check must take it back."""
    mentions = resolve_mentions(doc)
    token = [t for t in doc if t.text == word][nth]
    start = min(t.i for t in token.subtree) if token.pos_ == "NOUN" else token.i
    mentions.by_start[start] = Mention(start, token.i + 1, name, kind)
    _drop_unfit_references(doc, mentions)
    return mentions.at(doc[start])


def test_the_game_is_not_the_company_that_made_it(bare_nlp):
    doc = bare_nlp(
        "Starfall Quest is one of the fastest-selling games Zephyr Studios has ever made. "
        "The sequel was the first game from Zephyr Studios to cost seventy dollars. A "
        "special console decorated with the game's artwork sold out."
    )
    assert _resolved(doc, resolve_mentions(doc), "game") != "Zephyr Studios"


def test_the_final_is_not_the_trophy(bare_nlp):
    doc = bare_nlp(
        "Team Falcon had already lifted the Summoner's Cup in 2013, 2015 and 2016. On "
        "Sunday they beat Nova Esports 3-0 in Seoul. Mid laner Kai, who plays as Storm, "
        "was named the final's MVP."
    )
    assert _resolved(doc, resolve_mentions(doc), "final") != "Cup"


def test_the_club_is_not_a_music_group(bare_nlp):
    doc = bare_nlp(
        "The Velvet Owls are no more. The duo announced their split on Monday. Their "
        "first album arrived in 1999 with the club hits \"Night Drive\" and \"Neon Rain\"."
    )
    assert _injected(doc, "club", "The Velvet Owls", "team") is None


def test_it_is_not_a_player_named_by_his_tag(bare_nlp):
    doc = bare_nlp(
        "Zeus played the series of his life, with the veteran top laner TheFox facing him. "
        "Zeus won his lane against TheFox again and again. It capped a remarkable run for "
        "the team."
    )
    assert _resolved(doc, resolve_mentions(doc), "It") != "TheFox"


def test_it_is_never_resolved_inside_a_quotation(bare_nlp):
    doc = bare_nlp(
        'Mara Quinn won the Harbour Open on Sunday. "Lena pushed me the whole way at the '
        "Harbour Open. She is so close to me, I don't like it.\""
    )
    assert _resolved(doc, resolve_mentions(doc), "it") is None


def test_it_of_an_elliptical_if_it_is_is_no_name(bare_nlp):
    doc = bare_nlp(
        "Rena Okafor ran 2:00:35 in Boston. Okafor's time still has to be ratified by World "
        "Running. If it is, a faster race does not look so far away."
    )
    assert _resolved(doc, resolve_mentions(doc), "it") is None


def test_it_is_not_a_persons_epithet(bare_nlp):
    doc = bare_nlp(
        "The play opened in 1952. The Queen of Crime came to the first night. It moved to "
        "a bigger theatre in 1974."
    )
    assert _injected(doc, "It", "The Queen of Crime", "title") is None


def test_his_is_not_a_one_word_name_always_said_after_the(bare_nlp):
    doc = bare_nlp(
        "The special picks up with the Culling in full swing. The walls fall, and his old "
        "friends are the only ones left to stop him."
    )
    culling = next(t for t in doc if t.text == "Culling")
    mentions = resolve_mentions(doc)
    mentions.by_start[culling.i] = Mention(culling.i, culling.i + 1, "Culling", "person")
    his = next(t for t in doc if t.text == "his")
    mentions.by_start[his.i] = Mention(his.i, his.i + 1, "Culling", "person")
    _drop_unfit_references(doc, mentions)
    assert mentions.at(his) is None


def test_her_is_not_a_team_given_a_role_by_the_player_beside_it(bare_nlp):
    doc = bare_nlp(
        "At the last of her three shows, the singer was joined on stage by her boyfriend, "
        "Denver Hawks tight end Cole Ransom."
    )
    mentions = resolve_mentions(doc)
    hawks = next(t for t in doc if t.text == "Denver")
    if hawks.ent_type_ in {"", "PERSON"}:  # the label the rule reads: a team's, not a person's
        return
    mentions.by_start[hawks.i] = Mention(hawks.i, hawks.i + 2, "Denver Hawks", "singer")
    her = [t for t in doc if t.text == "her"][-1]
    mentions.by_start[her.i] = Mention(her.i, her.i + 1, "Denver Hawks", "singer")
    _drop_unfit_references(doc, mentions)
    assert mentions.at(her) is None


def test_a_person_the_model_labelled_an_organisation_keeps_his(bare_nlp):
    # guard: a person tagged ORG and shortened to a surname stays a person
    doc = bare_nlp(
        "Tyson Fury lost to Oleksandr Usyk in Riyadh. Fury said his left hand was hurt."
    )
    mentions = resolve_mentions(doc)
    his = next(t for t in doc if t.text == "his")
    before = mentions.at(his)
    _drop_unfit_references(doc, mentions)
    assert mentions.at(his) == before


def test_it_said_to_be_a_drama_is_not_a_ratings_company(bare_nlp):
    doc = bare_nlp(
        "The last episode drew 18.2 percent nationwide, according to Nielsen Korea. That "
        "makes it the highest-rated drama in the history of the channel."
    )
    assert _resolved(doc, resolve_mentions(doc), "it") is None

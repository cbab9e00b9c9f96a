"""Wrong choices: certainly wrong, plausible, of the answer's type, or none at all."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from questions.choices import ChoicePool, compatible_types, pick_choices
from questions.glossary import glossary_from_data
from questions.normalize import answer_key, near_duplicate

SEEDS = range(40)

GLOSSARY = glossary_from_data(
    {
        "entries": [
            {"name": "BTS", "type": "group", "aliases": ["Bangtan Boys"]},
            {"name": "BLACKPINK", "type": "group"},
            {"name": "TWICE", "type": "group"},
            {"name": "EXO", "type": "group"},
            {"name": "RM", "type": "member", "group": "BTS", "aliases": ["Kim Namjoon"]},
            {"name": "Jin", "type": "member", "group": "BTS", "aliases": ["Kim Seokjin"]},
            {"name": "Suga", "type": "member", "group": "BTS", "aliases": ["Min Yoongi"]},
            {"name": "Jimin", "type": "member", "group": "BTS", "aliases": ["Park Jimin"]},
            {"name": "Jisoo", "type": "member", "group": "BLACKPINK"},
            {"name": "Jennie", "type": "member", "group": "BLACKPINK"},
            {"name": "Lisa", "type": "member", "group": "BLACKPINK"},
            {"name": "John Legend", "type": "singer", "aliases": ["John Stephens"]},
        ]
    }
)

SONGS = [("Fake Love", "song"), ("Dynamite", "song"), ("Butter", "song"),
         ("Spring Day", "song"), ("Idol", "song")]  # fmt: skip
SINGERS = [("Taylor Swift", "singer"), ("Khalid", "singer"), ("Halsey", "singer"),
           ("Steve Aoki", "singer"), ("Ed Sheeran", "singer")]  # fmt: skip


def all_choices(answer, answer_type, pool, aliases=(), also_true=(), seeds=SEEDS):
    return [pick_choices(answer, answer_type, aliases, pool, also_true, random.Random(s))
            for s in seeds]  # fmt: skip


# ------------------------------------------------------------------ never the answer
# (answer, type, aliases, also_true, extra pool items, texts that must never be offered)
NEVER_OFFERED = [
    ("Fake Love", "song", (), (), [("Fake Love (Remix)", "song")], ["Fake Love (Remix)"]),
    ("Fake Love", "song", ("FAKE LOVE",), (), [("Fake Lov", "song")], ["Fake Lov"]),
    ("Fake Love", "song", (), ("Dynamite", "Butter"), [("Life Goes On", "song")],
     ["Dynamite", "Butter"]),
    ("Taylor Swift", "singer", (), (), [("Swift", "singer")], ["Swift"]),
    ("Taylor Swift", "singer", (), (), [("Taylor", "person")], ["Taylor"]),
    ("John Legend", "singer", (), (), [("John Stephens", "person"), ("Legend", "person")],
     ["John Stephens", "Legend"]),
    ("BTS", "group", (), (), [("Bangtan Boys", "group")], ["Bangtan Boys"]),
    ("Bangtan Boys", "group", (), (), [("BTS", "group")], ["BTS"]),
    ("Rap Monster", "person", (), (), [("RM", "person"), ("Ann Lee", "person"),
     ("Bob Dunn", "person"), ("Cy Young", "person")], ["RM"]),
    ("Kim Namjoon", "member", (), (), [], ["RM"]),  # the glossary's other name
    ("Winter is Coming", "motto", ("Winter Is Coming!",), (),
     [("Hear Me Roar", "motto"), ("Ours is the Fury", "motto"), ("Fire and Blood", "motto"),
      ("winter is coming", "motto")], ["winter is coming"]),
]  # fmt: skip


@pytest.mark.parametrize(("answer", "kind", "aliases", "also_true", "extra", "never"),
                         NEVER_OFFERED)  # fmt: skip
def test_never_offers_the_answer_an_alias_a_variant_or_something_also_true(
    answer, kind, aliases, also_true, extra, never
):
    pool = ChoicePool.from_items([*SONGS, *SINGERS, *extra], GLOSSARY)
    results = all_choices(answer, kind, pool, aliases, also_true)
    assert all(results), "enough good candidates remain: every seed gives choices"
    for choices in results:
        assert len(choices) == 4
        assert answer in choices
        wrong = [c for c in choices if c != answer]
        for bad in [*never, *aliases, *also_true]:
            assert not any(answer_key(w) == answer_key(bad) for w in wrong), (bad, choices)
        for w in wrong:
            assert not near_duplicate(w, answer)


def test_four_choices_distinct_after_normalisation():
    pool = ChoicePool.from_items(
        [("Fake Love", "song"), ("Dynamite", "song"), ("DYNAMITE", "song"), ("dynamite!", "song"),
         ("Butter", "song"), ("Spring Day", "song"), ("Spring-Day", "song")]
    )  # fmt: skip
    for choices in all_choices("Fake Love", "song", pool):
        assert len({answer_key(c) for c in choices}) == 4
        for i, a in enumerate(choices):
            assert not any(near_duplicate(a, b) for b in choices[i + 1 :])


# ------------------------------------------------------------------ too few: typed only
@pytest.mark.parametrize(
    ("answer", "kind", "items"),
    [
        # two other songs, plenty of albums and singers: never pad with another type
        ("Fake Love", "song", [("Dynamite", "song"), ("Butter", "song"), ("Wings", "album"),
                               ("BE", "album"), ("Proof", "album"), *SINGERS]),
        # three others, but one is the answer's remix and one is also true
        ("Fake Love", "song", [("Dynamite", "song"), ("Butter", "song"),
                               ("Fake Love (Rocking Vibe Mix)", "song")]),
        # coarse types could make a "wrong" choice true (a city inside the country)
        ("Seoul", "place", [("South Korea", "place"), ("Busan", "place"), ("Tokyo", "place"),
                            ("Japan", "place")]),
        ("Oppenheimer", "title", [("Barbie", "title"), ("Inception", "title"),
                                  ("Pink Venom", "title"), ("Dunkirk", "title")]),
        ("Khalid", "singer", []),
    ],
)  # fmt: skip
def test_too_few_candidates_gives_no_choices(answer, kind, items):
    pool = ChoicePool.from_items(items)
    assert all(c == () for c in all_choices(answer, kind, pool, also_true=("Butter",)))


def test_member_choices_stay_in_the_members_group():
    pool = ChoicePool.from_items([], GLOSSARY)
    bts = {"RM", "Jin", "Suga", "Jimin"}
    for choices in all_choices("Jimin", "member", pool):
        assert set(choices) <= bts and len(choices) == 4
    # BLACKPINK has only two other members in this glossary: no BTS padding
    assert all(c == () for c in all_choices("Lisa", "member", pool))


def test_members_are_not_offered_for_a_person_and_characters_not_for_people():
    assert compatible_types("person") == ("person", "singer", "actor")
    assert "member" not in compatible_types("person")
    assert compatible_types("member") == ("member",)
    assert compatible_types("character") == ("character",)
    assert compatible_types("single") == ("song",)
    assert compatible_types("year") == ()  # generated, not drawn


def test_person_accepts_singers_but_prefers_people():
    pool = ChoicePool.from_items(
        [("Ann Lee", "person"), ("Bob Dunn", "person"), ("Cy Young", "person"), *SINGERS]
    )
    for choices in all_choices("Dee Snider", "person", pool):
        assert set(choices) == {"Dee Snider", "Ann Lee", "Bob Dunn", "Cy Young"}
    pool = ChoicePool.from_items([("Ann Lee", "person"), *SINGERS])
    for choices in all_choices("Dee Snider", "person", pool):
        assert "Ann Lee" in choices and len(choices) == 4


def test_full_name_gets_full_names_when_there_are_enough():
    pool = ChoicePool.from_items(
        [("Ann Lee", "person"), ("Bob Dunn", "person"), ("Cy Young", "person"),
         ("Madonna", "person"), ("Cher", "person"), ("Prince", "person")]
    )  # fmt: skip
    for choices in all_choices("Dee Snider", "person", pool):
        assert all(len(c.split()) == 2 for c in choices)
    for choices in all_choices("Sting", "person", pool):
        assert all(len(c.split()) == 1 for c in choices)


def test_other_fandoms_articles_are_not_used():
    pool = ChoicePool()
    for song in ("Fake Love", "Dynamite", "Butter", "Spring Day"):
        pool.add(song, "song", source="bts")
    for song in ("As It Was", "Watermelon Sugar", "Adore You", "Kiwi"):
        pool.add(song, "song", source="harry")
    pool.add("BTS", "group", source="bts")
    for choices in all_choices("Fake Love", "song", pool):
        assert set(choices) == {"Fake Love", "Dynamite", "Butter", "Spring Day"}
    # An article about BTS's tour names BTS too: its songs are the same fandom's.
    pool = ChoicePool()
    pool.add("Fake Love", "song", source="bts")
    pool.add("BTS", "group", source="bts")
    pool.add("BTS", "group", source="bts-tour")
    for song in ("Idol", "Mic Drop", "DNA"):
        pool.add(song, "song", source="bts-tour")
    for song in ("As It Was", "Kiwi"):
        pool.add(song, "song", source="harry")
    for choices in all_choices("Fake Love", "song", pool):
        assert set(choices) == {"Fake Love", "Idol", "Mic Drop", "DNA"}


def test_same_seed_same_choices_and_the_answer_moves():
    pool = ChoicePool.from_items([*SONGS, ("Life Goes On", "song"), ("Black Swan", "song")])
    first = all_choices("Fake Love", "song", pool)
    assert first == all_choices("Fake Love", "song", pool)
    assert {c.index("Fake Love") for c in first} == {0, 1, 2, 3}
    assert pick_choices("Fake Love", "song", (), pool, (), 7) == pick_choices(
        "Fake Love", "song", (), pool, (), random.Random("7")
    )


# ------------------------------------------------------------------ generated numbers
def values(choices):
    return [float(re.sub(r"[^\d.]", "", c)) for c in choices]


@pytest.mark.parametrize("answer", ["2018", "1999", "1066"])
def test_years_are_near_distinct_never_the_answer_and_not_in_the_future(answer):
    this_year = dt.date.today().year
    ranks = set()
    for choices in all_choices(answer, "year", None):
        assert len(choices) == 4 and answer in choices
        years = [int(c) for c in choices]
        assert len(set(years)) == 4
        assert all(abs(y - int(answer)) <= 6 and y <= this_year for y in years)
        ranks.add(sorted(years).index(int(answer)))
    assert ranks == {0, 1, 2, 3}  # the answer is not always the middle (or the newest)


def test_this_year_answer_gets_only_past_years():
    this_year = str(dt.date.today().year)
    for choices in all_choices(this_year, "year", None):
        assert all(int(c) <= int(this_year) for c in choices)


def test_year_also_true_is_never_offered():
    for choices in all_choices("2018", "year", None, also_true=("2017", "2019", "2020")):
        assert not {"2017", "2019", "2020"} & set(choices)


@pytest.mark.parametrize(
    ("answer", "kind", "pattern"),
    [
        ("3-1", "score", r"^\d+-\d+$"),
        ("2–0", "score", r"^\d+–\d+$"),
        ("115 - 108", "score", r"^\d+ - \d+$"),
        ("May 20, 2018", "date", r"^May \d{1,2}, 2018$|^(April|June) \d{1,2}, 2018$"),
        ("20th May", "date", r"^\d{1,2}(st|nd|rd|th) (April|May|June)$"),
        ("2018-05-20", "date", r"^2018-0[456]-\d\d$"),
        ("May 2018", "date", r"^[A-Z][a-z]+ 201[789]$"),
        ("23rd minute", "minute", r"^\d{1,2}(st|nd|rd|th) minute$"),
        ("50,000", "count", r"^\d{2},\d{3}$"),
        ("$4.5 million", "money", r"^\$\d\.\d million$"),
        ("85%", "percent", r"^\d{2,3}%$"),
        ("seven", "count", r"^[a-z]+$"),
        ("1990s", "year", r"^\d{3}0s$"),
        ("first", "ordinal", r"^(first|second|third|fourth|fifth|sixth)$"),
        ("Sunday", "date", r"^(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)$"),
        ("August", "date", r"^(May|June|July|August|September|October|November)$"),
        ("Three years", "date", r"^(Two|Three|Four|Five|Six|Seven|Eight) years$"),
    ],
)
def test_numbers_keep_the_answers_format(answer, kind, pattern):
    for choices in all_choices(answer, kind, None):
        assert len(choices) == 4 and answer in choices, choices
        assert len({answer_key(c) for c in choices}) == 4
        for c in choices:
            assert re.match(pattern, c), (c, choices)


def test_scores_are_never_the_answer_or_its_mirror_or_negative():
    for choices in all_choices("3-1", "score", None):
        wrong = [c for c in choices if c != "3-1"]
        assert "1-3" not in wrong and "3-1" not in wrong
        assert all(int(n) >= 0 for c in wrong for n in c.split("-"))


@pytest.mark.parametrize(("answer", "low", "high"),
                         [("7", 3, 11), ("1", 0, 5), ("0", 0, 4), ("115", 57, 173),
                          ("50,000", 25_000, 75_000), ("85%", 42, 100)])  # fmt: skip
def test_counts_stay_in_magnitude_and_never_go_negative(answer, low, high):
    for choices in all_choices(answer, "count", None):
        nums = values(choices)
        assert all(low <= n <= high for n in nums), choices
        assert len(set(nums)) == 4


def test_ordinals_get_the_right_suffix():
    for choices in all_choices("23rd minute", "minute", None):
        for c in choices:
            n = int(re.match(r"\d+", c).group())
            suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            assert c == f"{n}{suffix} minute"


def test_dates_with_weekday_recompute_it():
    for choices in all_choices("Sunday, May 20, 2018", "date", None):
        for c in choices:
            when = dt.datetime.strptime(c, "%A, %B %d, %Y")
            assert c.startswith(when.strftime("%A"))


UNREADABLE = [("90+2", "minute"), ("around lunchtime", "date"), ("3-1", "count"),
              ("one year", "date"), ("the first half", "date"), ("ten percent", "percent"),
              ("many", "number"), ("", "song"), ("1-1 (4-3 pens)", "score")]  # fmt: skip


@pytest.mark.parametrize(("answer", "kind"), UNREADABLE)
def test_unreadable_numbers_give_no_choices(answer, kind):
    assert all(c == () for c in all_choices(answer, kind, None))


# ------------------------------------------------------------------ from parsed articles
def test_pool_from_the_parsed_seed_article(tmp_path):
    nlp_module = pytest.importorskip("questions.nlp")
    from questions.article import read_article
    from questions.glossary import load_glossary

    root = __import__("pathlib").Path(__file__).resolve().parents[2]
    glossary = load_glossary(root / "seeds" / "glossary.yaml")
    try:
        nlp = nlp_module.load_nlp(glossary=glossary)
    except nlp_module.ModelError as error:
        pytest.skip(str(error))
    parsed = nlp_module.parse_articles(nlp, [read_article(root / "seeds" / "bts-bbma-2018.txt")])
    pool = ChoicePool.build(parsed, glossary)
    singers = {c.text for c in pool.candidates("singer")}
    assert {"John Legend", "Khalid"} <= singers
    legend = next(c for c in pool.candidates("singer") if c.text == "John Legend")
    assert "bts-bbma-2018" in legend.sources
    for choices in all_choices("Fake Love", "song", pool):
        assert len(choices) == 4
        assert {c.fine_type for t in ("song",) for c in pool.candidates(t)} == {"song"}
    for choices in all_choices("John Legend", "singer", pool):
        assert len(choices) == 4
        assert not {"Legend", "John", "John Stephens"} & set(choices)


def test_a_plural_contest_labelled_a_person_is_no_person_choice():
    # "has played in three Harbour Cups": the model may label "Harbour Cups" a person;
    # it is not of a player's kind and is never offered for one
    pool = ChoicePool.from_items(
        [("Ann Lee", "person"), ("Bob Dunn", "person"), ("Cy Young", "person"),
         ("Harbour Cups", "person"), ("Lake Awards", "person")]
    )
    for choices in all_choices("Dee Snider", "person", pool):
        assert "Harbour Cups" not in choices and "Lake Awards" not in choices
        assert len(choices) == 4

"""Red-DiscordBot trivia lists: the real Game of Thrones list and hostile ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from questions.normalize import answer_key, near_duplicate
from questions.red import MAX_RED_BYTES, RedListError, load_red_list, parse_red_list

ROOT = Path(__file__).resolve().parents[2]
GOT = ROOT.parent / "shared" / "eval" / "red" / "gameofthrones.yaml"


@pytest.fixture(scope="module")
def got():
    if not GOT.exists():
        pytest.skip(f"{GOT} is absent: the Red list tests need ../shared/eval")
    return load_red_list(GOT)


def test_game_of_thrones_list_loads_as_curated_questions(got):
    assert got.name == "gameofthrones"
    assert got.author is None
    assert got.description == "A trivia about the Game of Thrones TV series."
    assert got.config == {}
    assert len(got.questions) == 60
    assert len({q.id for q in got.questions}) == 60
    for q in got.questions:
        assert q.form == "curated" and q.answer_type == "curated"
        assert q.question.endswith("?") and q.answer
        assert q.source.article == "gameofthrones"
    by_question = {q.question: q for q in got.questions}
    martell = by_question["What are the official words of House Martell?"]
    assert (martell.answer, martell.aliases) == (
        "Unbowed, Unbent, Unbroken",
        ("Unbowed Unbent Unbroken",),
    )
    bear = by_question["Which House's sigil is a black bear?"]
    assert (bear.answer, bear.aliases) == ("House Mormont", ("Mormont",))


def test_ids_are_stable_across_loads(got):
    again = load_red_list(GOT)
    assert [q.id for q in again.questions] == [q.id for q in got.questions]
    assert [q.choices for q in again.questions] == [q.choices for q in got.questions]


def test_family_choices_are_siblings_answers_and_certainly_wrong(got):
    words = [q for q in got.questions if q.question.startswith("What are the official words")]
    assert len(words) == 20
    sibling_answers = {answer_key(q.answer) for q in words}
    for q in words:
        assert len(q.choices) == 4 and q.answer in q.choices
        assert len({answer_key(c) for c in q.choices}) == 4
        for wrong in (c for c in q.choices if c != q.answer):
            assert answer_key(wrong) in sibling_answers
            assert not any(near_duplicate(wrong, a) for a in (q.answer, *q.aliases))
    # Sigil questions vary in their description, not a name: typed-only; so are the
    # one-off questions.
    for q in got.questions:
        if q.question.startswith(("Which House's sigil", "What does Valar")):
            assert q.choices == ()


def parse(text: str, name: str = "mylist"):
    return parse_red_list(text, name)


def test_numbers_and_booleans_keep_the_authors_spelling_and_reds_forms():
    red = parse(
        "How many members does BTS have?: [7, seven]\n"
        "Is the sky blue?: [yes]\n"
        "Is fire cold?: [False]\n"
        "Pi to two places?: [3.10]\n"
        "Big number?: [1_000]\n"
        "Debut year?: [2013]\n"
    )
    got = {q.question: q for q in red.questions}
    members = got["How many members does BTS have?"]
    assert (members.answer, members.aliases, members.answer_type) == ("7", ("seven",), "number")
    assert len(members.choices) == 4 and "7" in members.choices
    assert not {"seven", "Seven"} & set(members.choices)
    sky = got["Is the sky blue?"]
    assert (sky.answer, sky.aliases, sky.choices) == ("yes", ("True", "On"), ())
    fire = got["Is fire cold?"]
    assert (fire.answer, fire.aliases) == ("False", ("No", "Off"))
    assert (got["Pi to two places?"].answer, got["Pi to two places?"].aliases) == ("3.10", ("3.1",))
    assert got["Big number?"].answer == "1000"
    debut = got["Debut year?"]
    assert all(c.isdigit() and len(c) == 4 and c != "2013" for c in debut.choices if c != "2013")


def test_config_keeps_only_reds_keys():
    red = parse(
        "AUTHOR: Someone\nDESCRIPTION: Things\n"
        "CONFIG: {max_score: 5, timeout: 20, bot_plays: yes, reveal_answer: no, colour: red}\n"
        "$schema: https://example.org/schema.json\n"
        "Q?: [A]\n"
    )
    assert red.author == "Someone" and red.description == "Things"
    assert red.config == {"max_score": 5, "timeout": 20, "bot_plays": True, "reveal_answer": False}
    assert [q.question for q in red.questions] == ["Q?"]


def test_open_ended_and_shared_answers_give_no_family_choices():
    songs = ["Fake Love", "Kiwi", "Shut Down", "Butter", "Yellow"]
    open_ended = "".join(
        f"Name a song by Band {x}?: [{s}]\n" for x, s in zip("ABCDE", songs, strict=True)
    )
    assert all(q.choices == () for q in parse(open_ended).questions)
    the_song = open_ended.replace("Name a song", "What is the best song")
    assert all(len(q.choices) == 4 for q in parse(the_song).questions)
    films = ["Jaws", "Alien", "Tenet", "Barbie", "Detroit"]
    shared = ["Spielberg", "Scott", "Nolan", "Gerwig", "Spielberg"]
    distinct = ["Spielberg", "Scott", "Nolan", "Gerwig", "Bigelow"]

    def directors(names):
        pairs = zip(films, names, strict=True)
        return parse("".join(f"Who directed the film {f}?: [{d}]\n" for f, d in pairs))

    assert all(q.choices == () for q in directors(shared).questions)
    for q in directors(distinct).questions:
        assert len(q.choices) == 4 and q.answer in q.choices
        assert set(q.choices) <= set(distinct)
    assert all(
        q.choices == ()
        for q in parse("How many of the songs are fun?: [3]\nGive any number?: [4]\n").questions[1:]
    )


BAD = [
    ("Q?: [unclosed\n", "is not valid YAML"),
    ("- just\n- a list\n", "must be a YAML mapping"),
    ("just text\n", "must be a YAML mapping"),
    ("", "is empty"),
    ("AUTHOR: me\nDESCRIPTION: nothing here\n", "has no questions"),
    ("Q?: A single answer\n", "must be a list"),
    ("Q?: []\n", "has no answers"),
    ("Q?: ['  ']\n", "has no answers"),
    ("Q?: [~]\n", "is empty, not text"),
    ("Q?: [[nested]]\n", "is a list, not text"),
    ("1984: [Orwell]\n", "is a number, not text"),
    ("yes: [no]\n", "is a boolean, not text"),
    ("CONFIG: [1, 2]\nQ?: [A]\n", "CONFIG must be a mapping"),
    ("CONFIG: {timeout: soon}\nQ?: [A]\n", "CONFIG timeout must be"),
    ("CONFIG: {max_score: 0}\nQ?: [A]\n", "CONFIG max_score must be"),
    ("AUTHOR: [a, b]\nQ?: [A]\n", "AUTHOR must be text"),
]


@pytest.mark.parametrize(("text", "message"), BAD)
def test_bad_lists_get_one_line_naming_the_problem(text, message):
    with pytest.raises(RedListError) as caught:
        parse(text)
    error = str(caught.value)
    assert message in error and "\n" not in error and error.startswith("mylist: ")


def test_oversized_binary_and_non_utf8_files(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_bytes(b"Q?: [A]\n" + b"# padding\n" * (MAX_RED_BYTES // 10 + 1))
    with pytest.raises(RedListError, match=r"^big\.yaml: .* over the .* limit$"):
        load_red_list(big)
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"Q?: [A]\x00\x01")
    with pytest.raises(RedListError, match="binary"):
        load_red_list(binary)
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("Qui a chanté?: [Zoé]\n".encode("latin-1"))
    with pytest.raises(RedListError, match="not UTF-8"):
        load_red_list(latin)
    with pytest.raises(RedListError, match="cannot read"):
        load_red_list(tmp_path / "missing.yaml")
    assert load_red_list(_write(tmp_path / "ok.yaml", "Q?: [A]\n")).name == "ok"


def test_hostile_yaml_is_refused_not_executed():
    with pytest.raises(RedListError, match="not valid YAML"):
        parse("Q?: !!python/object/apply:os.system ['echo pwned']\n")


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path

"""Red-DiscordBot trivia lists (YAML) as curated questions, so communities bring what
they already have.

The format (Red's trivia cog): a mapping whose optional keys `AUTHOR`, `DESCRIPTION`,
`CONFIG` and `$schema` describe the list; every other key is a question and its value
the list of accepted answers, which YAML may read as text, numbers or booleans. The file
stem is the list's name.

Decisions:
- Parsed with `yaml.safe_load`, like Red. An answer YAML turned into a number or a
  boolean is shown as the author wrote it (`yes` stays "yes", `1.50` stays "1.50"; the
  spelling comes from `yaml.compose`, still safe), and Red's own reading is kept as an
  alias so whatever Red accepted is still accepted: True -> "True", "Yes", "On";
  False -> "False", "No", "Off"; 1.50 -> "1.5".
- `answer` is the first accepted answer, `aliases` the rest, verbatim (blank and
  repeated ones skipped). `answer_type` is "number" for a numeric
  answer, else "curated".
- `config` keeps only Red's CONFIG keys (others are dropped); a known key with a value
  of the wrong kind is an error, as it is in Red.
- Choices: a numeric answer gets generated near numbers; a question that shares its
  wording with at least three others, differing only in one proper-name slot ("What are
  the official words of House ___?"), draws choices from its siblings' answers when all
  their answers differ (the question asks for the one value of something, so another
  House's words are certainly wrong). Questions asking for "a"/"any"/"one of" something
  never get choices; every other curated question is typed-only.
- Bad lists raise RedListError with one line naming the problem.
"""

from __future__ import annotations

import hashlib
import itertools
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from questions.choices import ChoicePool, pick_choices
from questions.normalize import normalize, same_answer
from questions.types import QuizQuestion, SourceRef

MAX_RED_BYTES = 1_000_000  # Red's biggest bundled lists are well under 100 kB
META_KEYS = {"AUTHOR", "DESCRIPTION", "CONFIG", "$schema"}
CONFIG_KEYS = {
    "max_score": "a positive whole number",
    "timeout": "a positive number of seconds",
    "delay": "a positive number of seconds",
    "bot_plays": "true or false",
    "reveal_answer": "true or false",
    "use_spoilers": "true or false",
    "payout_multiplier": "a number, 0 or more",
}
RED_TRUE = ("True", "Yes", "On")
RED_FALSE = ("False", "No", "Off")
NUMERIC = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
FAMILY_MIN = 4  # the question and at least three siblings
SLOT = "\u25c6"
# Words that make a question ask for one of several right answers ("Name a song by ...").
OPEN_ENDED = {"a", "an", "any", "one", "some", "another", "either", "example", "examples",
              "list", "name", "such"}  # fmt: skip
OPEN_ENDED_EXCEPT = {("the", "name")}  # "What was the name of ..." asks for the one name


class RedListError(ValueError):
    """A trivia list that cannot be used; str() is one line saying why."""


@dataclass(frozen=True)
class RedList:
    name: str
    author: str | None
    description: str | None
    config: dict[str, object] = field(default_factory=dict)
    questions: list[QuizQuestion] = field(default_factory=list)


def load_red_list(path: Path | str, max_bytes: int = MAX_RED_BYTES) -> RedList:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:  # checked before reading a byte of it
            raise RedListError(f"{path.name}: {_kb(size)} is over the {_kb(max_bytes)} limit")
        data = path.read_bytes()
    except OSError as error:
        raise RedListError(f"{path.name}: cannot read it ({error.strerror or error})") from None
    if b"\x00" in data:
        raise RedListError(f"{path.name}: contains binary data, not a YAML trivia list")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RedListError(
            f"{path.name}: is not UTF-8 (byte 0x{data[error.start]:02x} at offset "
            f"{error.start}); save it as UTF-8"
        ) from None
    return parse_red_list(text, path.stem, max_bytes=max_bytes, label=path.name)


def parse_red_list(
    text: str, name: str, *, max_bytes: int = MAX_RED_BYTES, label: str | None = None
) -> RedList:
    label = label or name
    size = len(text.encode("utf-8", "replace"))
    if size > max_bytes:
        raise RedListError(f"{label}: {_kb(size)} is over the {_kb(max_bytes)} limit")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise RedListError(f"{label}: is not valid YAML ({_yaml_reason(error)})") from None
    if data is None:
        raise RedListError(f"{label}: is empty: a trivia list needs questions")
    if not isinstance(data, dict):
        raise RedListError(
            f"{label}: must be a YAML mapping of questions to answer lists, not a {_kind(data)}"
        )

    spellings: dict[str, list[str]] | None = None
    raw: list[tuple[str, list[str], list[str]]] = []  # question, answers, Red's extra forms
    for key, value in data.items():
        if key in META_KEYS:
            continue
        if not isinstance(key, str):
            raise RedListError(
                f"{label}: the question {key!r} is a {_kind(key)}, not text (quote it)"
            )
        question = " ".join(key.split())
        if not question:
            raise RedListError(f"{label}: a question is empty")
        if not isinstance(value, list):
            raise RedListError(
                f"{label}: the answers to {_quote(question)} must be a list "
                f"(- answer), not a {_kind(value)}"
            )
        if spellings is None and any(_is_typed(a) for a in value):
            spellings = _scalar_spellings(text)  # only when YAML typed an answer
        answers, extra = _answers(label, question, value, (spellings or {}).get(key))
        raw.append((question, answers, extra))
    if not raw:
        raise RedListError(f"{label}: has no questions")

    questions = _questions(name, raw)
    return RedList(
        name=name,
        author=_text_field(label, data, "AUTHOR"),
        description=_text_field(label, data, "DESCRIPTION"),
        config=_config(label, data.get("CONFIG")),
        questions=questions,
    )


# ---------------------------------------------------------------------------- answers
def _is_typed(value: object) -> bool:
    return isinstance(value, bool | int | float)


def _answers(
    label: str, question: str, values: list, spellings: list[str] | None
) -> tuple[list[str], list[str]]:
    """The accepted answers as text, in order, and Red's readings of typed ones."""
    answers: list[str] = []
    extra: list[str] = []
    for number, value in enumerate(values, start=1):
        if isinstance(value, str):
            answers.append(" ".join(value.split()))
            continue
        if not _is_typed(value):
            what = "empty" if value is None else f"a {_kind(value)}"
            raise RedListError(
                f"{label}: answer {number} to {_quote(question)} is {what}, not text"
            )
        red_forms = _red_forms(value)
        written = spellings[number - 1] if spellings and len(spellings) == len(values) else None
        if written is None or "_" in written:  # "1_000" is how YAML writes, not people
            written = red_forms[0]
        answers.append(written)
        extra.extend(red_forms)
    answers = list(dict.fromkeys(a for a in answers if a))  # every spelling the list gives
    if not answers:
        raise RedListError(f"{label}: {_quote(question)} has no answers (an empty list)")
    extra = [e for e in _distinct(extra) if not any(same_answer(e, a) for a in answers)]
    return answers, extra


def _red_forms(value: bool | int | float) -> list[str]:
    """How Red's trivia cog reads a YAML boolean or number."""
    if isinstance(value, bool):
        return list(RED_TRUE if value else RED_FALSE)
    return [str(value)]


def _scalar_spellings(text: str) -> dict[str, list[str]]:
    """Each question's answers exactly as written in the file (yaml.compose builds the
    node tree without constructing any object: as safe as safe_load)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    if not isinstance(root, yaml.MappingNode):
        return {}
    found: dict[str, list[str]] = {}
    for key_node, value_node in root.value:
        if isinstance(key_node, yaml.ScalarNode) and isinstance(value_node, yaml.SequenceNode):
            found[key_node.value] = [
                item.value.strip() if isinstance(item, yaml.ScalarNode) else ""
                for item in value_node.value
            ]
    return found


def _distinct(items: list[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if not any(same_answer(item, kept) or item == kept for kept in out):
            out.append(item)
    return out


# ---------------------------------------------------------------------------- questions
def _questions(name: str, raw: list[tuple[str, list[str], list[str]]]) -> list[QuizQuestion]:
    ids = [question_id(name, question) for question, _, _ in raw]
    families = _families([question for question, _, _ in raw], [a for _, a, _ in raw])
    out = []
    for index, (question, answers, extra) in enumerate(raw):
        answer, aliases = answers[0], (*answers[1:], *extra)
        numeric = bool(NUMERIC.match(answer))
        rng = random.Random(ids[index])
        choices: tuple[str, ...] = ()
        if numeric and not _open_ended(question):
            choices = pick_choices(answer, "number", aliases, None, (), rng)
        elif index in families:
            pool = ChoicePool()
            for sibling in families[index]:
                _, sibling_answers, sibling_extra = raw[sibling]
                pool.add(sibling_answers[0], "red_family",
                         aliases=[*sibling_answers[1:], *sibling_extra], source=name)  # fmt: skip
            choices = pick_choices(answer, "red_family", aliases, pool, (), rng)
        out.append(
            QuizQuestion(
                id=ids[index],
                question=question,
                answer=answer,
                aliases=tuple(aliases),
                choices=choices,
                answer_type="number" if numeric else "curated",
                difficulty="medium",
                form="curated",
                source=SourceRef(article=name, sentence=""),
                topics=(name,),
            )
        )
    return out


def question_id(list_name: str, question: str) -> str:
    """Stable across loads and machines: the list's name and the question's text."""
    digest = hashlib.sha256(f"red\n{list_name}\n{normalize(question)}".encode())
    return digest.hexdigest()[:16]


def question_template(question: str) -> str | None:
    """The question with its one proper-name slot replaced: "What are the official
    words of House Stark?" -> "what are the official words of ◆?". None when there is
    no slot, more than one, or the wording asks for one of several answers."""
    words = question.split()
    out: list[str] = []
    slots = 0
    for position, word in enumerate(words):
        is_name = position > 0 and (word[:1].isupper() or word[:1].isdigit())
        if is_name:
            if not out or out[-1] != SLOT:
                out.append(SLOT)
                slots += 1
            if word[-1:] in "?!.,;:" and word[:-1]:
                out.append(word[-1])
        else:
            out.append(word.casefold())
    fixed = [w for w in out if w != SLOT and w.isalnum()]
    if slots != 1 or len(fixed) < 3 or _open_ended(question):
        return None
    return " ".join(out)


def _open_ended(question: str) -> bool:
    """True for "Name a song by ...", "Give any ...": several answers would be right.
    Only lower-case words (or the first word) count: "Band A" is a name."""
    tokens = re.findall(r"[A-Za-z]+", question)
    words = [t.casefold() for t in tokens]
    markers = {
        w for i, (t, w) in enumerate(zip(tokens, words, strict=True))
        if w in OPEN_ENDED and (i == 0 or t.islower())
    }  # fmt: skip
    if markers == {"name"} and set(itertools.pairwise(words)) & OPEN_ENDED_EXCEPT:
        return False  # "What was the name of ..." asks for the one name
    return bool(markers)


def _families(questions: list[str], answers: list[list[str]]) -> dict[int, list[int]]:
    """question index -> the indexes of its siblings, for families whose answers all
    differ (no answer or alias of one is an answer or alias of another)."""
    by_template: dict[str, list[int]] = defaultdict(list)
    for index, question in enumerate(questions):
        template = question_template(question)
        if template:
            by_template[template].append(index)
    out: dict[int, list[int]] = {}
    for members in by_template.values():
        if len(members) < FAMILY_MIN:
            continue
        if not _all_different([answers[i] for i in members]):
            continue  # two questions share an answer: the relation is not one-to-one
        for index in members:
            out[index] = [i for i in members if i != index]
    return out


def _all_different(groups: list[list[str]]) -> bool:
    seen: list[str] = []
    for group in groups:
        if any(same_answer(a, b) for a in group for b in seen):
            return False
        seen.extend(group)
    return True


# ---------------------------------------------------------------------------- metadata
def _text_field(label: str, data: dict, key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, list | dict):
        raise RedListError(f"{label}: {key} must be text, not a {_kind(value)}")
    return " ".join(str(value).split()) or None


def _config(label: str, value: object) -> dict[str, object]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise RedListError(f"{label}: CONFIG must be a mapping (key: value), not a {_kind(value)}")
    out: dict[str, object] = {}
    for key, setting in value.items():
        if key not in CONFIG_KEYS:
            continue  # Red's schema has no such key: dropped, not guessed at
        if not _valid_setting(key, setting):
            raise RedListError(f"{label}: CONFIG {key} must be {CONFIG_KEYS[key]}, not {setting!r}")
        out[key] = setting
    return out


def _valid_setting(key: str, value: object) -> bool:
    if key in ("bot_plays", "reveal_answer", "use_spoilers"):
        return isinstance(value, bool)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if key == "max_score":
        return isinstance(value, int) and value > 0
    if key == "payout_multiplier":
        return value >= 0
    return value > 0


# ---------------------------------------------------------------------------- messages
def _yaml_reason(error: yaml.YAMLError) -> str:
    problem = getattr(error, "problem", None)
    mark = getattr(error, "problem_mark", None)
    if problem and mark is not None:
        return f"{problem} at line {mark.line + 1}, column {mark.column + 1}"
    return str(error).strip().splitlines()[0]


def _kind(value: object) -> str:
    names = {bool: "boolean", int: "number", float: "number", str: "text", list: "list",
             dict: "mapping", type(None): "empty value"}  # fmt: skip
    return names.get(type(value), type(value).__name__)


def _quote(question: str) -> str:
    short = question if len(question) <= 60 else question[:57] + "..."
    return f'"{short}"'


def _kb(size: int) -> str:
    return f"{size / 1000:,.0f} kB" if size < 1_000_000 else f"{size / 1_000_000:.1f} MB"

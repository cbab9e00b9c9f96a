"""`python -m bot play` driven through a pipe, as a script would play it.

Each run is a real process (`python -m bot play PATH`) with a temporary DATABASE_URL:
the test reads its output line by line and, when a question is printed, answers it from
`python -m bot questions PATH --json` (the same questions, generated the same way).
Loading spaCy takes seconds per process, so the runs are few and shared by module-scoped
fixtures: choices mode right, choices mode wrong, typed mode with near misses (same
player, same database, so the local leaderboard must add the runs up).
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.db.models import GLOBAL
from bot.terminal.game import CHOICES, TYPED, Outcome, Player, Round, make_round, parse_choice
from bot.terminal.store import LOCAL_GUILD_ID, local_user_id
from questions.types import QuizQuestion, SourceRef

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "bts-bbma-2018.txt"
NAME = "Pipe Player"
SCORE = re.compile(r"^Score: (\d+)/(\d+) correct, (\d+) points$")
HEADER = re.compile(r"^Question (\d+) of (\d+) · ")
CHOICE = re.compile(r"^  ([A-D])\) (.*)$")
RUN_TIMEOUT = 180


def _env(db_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["DATABASE_URL"] = f"sqlite+aiosqlite:///{db_dir / 'play.db'}"
    env["SEEDS_DIR"] = str(ROOT / "seeds")  # the same glossary for `questions` and `play`
    env["PYTHONPATH"] = str(ROOT)
    env.pop("DISCORD_TOKEN", None)
    return env


@dataclass
class Asked:
    text: str
    choices: dict[str, str] = field(default_factory=dict)  # letter -> text
    given: str | None = None


@dataclass
class Run:
    lines: list[str]
    stderr: str
    returncode: int
    asked: list[Asked]

    @property
    def score(self) -> tuple[int, int, int]:
        found = SCORE.match(self.lines[-1])
        assert found, f"last line is not the score line: {self.lines[-1]!r}"
        return int(found[1]), int(found[2]), int(found[3])


def drive(args: list[str], answer, cwd: Path, env: dict[str, str]) -> Run:
    """Run `python -m bot play ARGS`, answering each question when its prompt shows.
    `answer(asked) -> str | None`: the line to send, or None to close stdin (EOF)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "play", *args],
        cwd=cwd, env=env, text=True, encoding="utf-8",
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    watchdog = threading.Timer(RUN_TIMEOUT, proc.kill)
    watchdog.start()
    lines: list[str] = []
    asked: list[Asked] = []
    expect_question = False
    try:
        assert proc.stdout is not None and proc.stdin is not None
        for raw in proc.stdout:
            line = raw.rstrip("\n")
            lines.append(line)
            if HEADER.match(line):
                expect_question = True
            elif expect_question:
                asked.append(Asked(line))
                expect_question = False
            elif asked and (found := CHOICE.match(line)):
                asked[-1].choices[found[1]] = found[2]
            elif line.startswith("Answer") and not proc.stdin.closed:
                given = answer(asked[-1])
                asked[-1].given = given
                if given is None:
                    proc.stdin.close()
                else:
                    proc.stdin.write(given + "\n")
                    proc.stdin.flush()
        if not proc.stdin.closed:
            proc.stdin.close()
        stderr = proc.stderr.read() if proc.stderr else ""
        proc.wait(timeout=30)
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
    return Run(lines, stderr, proc.returncode, asked)


def near_miss(answer: str) -> str | None:
    """The answer with two letters swapped in its longest word (one edit), if that word
    is long enough for the typo rules to forgive it."""
    words = answer.split()
    longest = max(words, key=len)
    if len(longest) < 6 or not longest.isalpha():
        return None
    i = len(longest) // 2
    if longest[i] == longest[i + 1]:
        return None
    swapped = longest[:i] + longest[i + 1] + longest[i] + longest[i + 2 :]
    return " ".join(swapped if w is longest else w for w in words)


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("play")


@pytest.fixture(scope="module")
def bank(workdir: Path) -> dict[str, dict]:
    """`questions --json` for the seed article, by question text."""
    done = subprocess.run(
        [sys.executable, "-m", "bot", "questions", str(SEED), "--json"],
        cwd=workdir, env=_env(workdir), capture_output=True, text=True, timeout=RUN_TIMEOUT,
        check=True,
    )  # fmt: skip
    questions = json.loads(done.stdout)
    assert len(questions) >= 6, "the seed article should give enough questions to play"
    return {q["question"]: q for q in questions}


@pytest.fixture(scope="module")
def runs(workdir: Path, bank: dict[str, dict]) -> dict[str, Run]:
    """Three runs of one player on one database: all right, all wrong, typed."""
    env = _env(workdir)
    out: dict[str, Run] = {}
    ways = iter(["letter", "number", "text"])

    def right(asked: Asked) -> str:
        q = bank[asked.text]
        letter = next(k for k, v in asked.choices.items() if v == q["answer"])
        way = next(ways, "text")
        return {"letter": letter.lower(), "number": str("ABCD".index(letter) + 1)}.get(
            way, q["answer"]
        )

    def wrong(asked: Asked) -> str:
        q = bank[asked.text]
        return next(k for k, v in asked.choices.items() if v != q["answer"])

    common = [str(SEED), "--name", NAME, "--questions", "3"]
    out["right"] = drive([*common, "--seed", "one"], right, workdir, env)
    out["wrong"] = drive([*common, "--seed", "two"], wrong, workdir, env)

    done: dict[str, int] = {"near": 0, "other": 0, "answered": 0}

    def typed(asked: Asked) -> str | None:
        if done["answered"] == 6:
            return None  # end of input after six answers
        done["answered"] += 1
        q = bank[asked.text]
        if not done["near"] and (typo := near_miss(q["answer"])):
            done["near"] += 1
            return typo
        others = [c for c in q["choices"] if c != q["answer"] and c not in q["aliases"]]
        if not done["other"] and q["answer_type"] in ("person", "singer", "group") and others:
            done["other"] += 1
            return others[0]
        return q["answer"]

    typed_args = [str(SEED), "--name", NAME.upper(), "--mode", "typed", "--questions", "8"]
    out["typed"] = drive([*typed_args, "--seed", "three"], typed, workdir, env)
    return out


async def _stats(db_dir: Path, guild_id: int = LOCAL_GUILD_ID):
    from bot.db.engine import open_database
    from bot.db.repos import scores

    db = open_database(_env(db_dir)["DATABASE_URL"])
    try:
        return await scores.get_stats(db, guild_id, local_user_id(NAME))
    finally:
        await db.close()


async def _global_board(db_dir: Path):
    from bot.db.engine import open_database
    from bot.db.repos import scores

    db = open_database(_env(db_dir)["DATABASE_URL"])
    try:
        return (
            await scores.board_size(db, GLOBAL),
            await scores.weekly_board_size(db, GLOBAL),
        )
    finally:
        await db.close()


# --------------------------------------------------------------------------- pipe runs


def _check_question_lines(run: Run, bank: dict[str, dict]) -> None:
    headers = [line for line in run.lines if HEADER.match(line)]
    assert len(headers) == len(run.asked) > 0
    for asked in run.asked:  # the line after each header is the question, word for word
        assert asked.text in bank, f"not a question of `questions --json`: {asked.text!r}"
    assert len({a.text for a in run.asked}) == len(run.asked), "a question was asked twice"


def test_right_answers_score_every_question(runs, bank):
    run = runs["right"]
    assert run.returncode == 0, run.stderr
    _check_question_lines(run, bank)
    correct, total, points = run.score
    assert (correct, total) == (3, 3)
    # Choices mode: four choices each, the answer among them; right answers by letter,
    # number and text were all accepted. 100 base + 50 speed (no timer in a pipe) +
    # 20 first-right bonus, + 10 per answer already in the streak.
    for asked in run.asked:
        assert len(asked.choices) == 4
        assert bank[asked.text]["answer"] in asked.choices.values()
    assert points == 170 + 180 + 190
    assert sum(line.startswith("Right! +") for line in run.lines) == 3
    assert sum(line.startswith("Source: “") for line in run.lines) == 3
    assert run.lines[-2] == f"Local leaderboard: {NAME} is #1 of 1 with {points} points"


def test_wrong_answers_score_nothing(runs, bank):
    run = runs["wrong"]
    assert run.returncode == 0, run.stderr
    _check_question_lines(run, bank)
    assert run.score == (0, 3, 0)
    for asked in run.asked:
        answer = bank[asked.text]["answer"]
        letter = next(k for k, v in asked.choices.items() if v == answer)
        assert f"Wrong: the answer was {letter}) {answer}" in run.lines


def test_typed_near_miss_accepted_other_name_refused_and_eof_ends(runs, bank):
    run = runs["typed"]
    assert run.returncode == 0, run.stderr
    _check_question_lines(run, bank)
    near = [a for a in run.asked if a.given and a.given == near_miss(bank[a.text]["answer"])]
    other = [
        a for a in run.asked
        if a.given and a.given != bank[a.text]["answer"] and a not in near
    ]  # fmt: skip
    assert len(near) == 1 and len(other) == 1, "the seed article should give both cases"
    assert near[0].given != bank[near[0].text]["answer"]
    for asked in run.asked:
        assert not asked.choices, "typed mode shows no choices"
    # Seven questions shown; stdin closed at the seventh: it does not count.
    assert run.asked[-1].given is None and len(run.asked) == 7
    assert "Stopped after 6 of 8 questions." in run.lines
    correct, total, points = run.score
    assert (correct, total) == (5, 6) and points > 0
    reveals = [line for line in run.lines if line.startswith(("Right! +", "Wrong: "))]
    assert len(reveals) == 6
    position = {a.text: i for i, a in enumerate(run.asked)}
    assert reveals[position[near[0].text]].startswith("Right! +")
    refused = bank[other[0].text]["answer"]
    assert reveals[position[other[0].text]] == f"Wrong: the answer was {refused}"


def test_local_leaderboard_adds_up_runs(runs, workdir):
    scored = [runs[k].score for k in ("right", "wrong", "typed")]
    total = sum(points for _, _, points in scored)
    # The same player: names are case-insensitive (the typed run used NAME.upper()).
    assert runs["typed"].lines[-2].endswith(f"is #1 of 1 with {total} points")
    stats = asyncio.run(_stats(workdir))
    assert stats is not None
    assert stats.points == total
    assert stats.correct == sum(c for c, _, _ in scored)
    assert stats.games == 2  # the typed run was stopped by EOF: no game counted, as /quiz stop


def test_terminal_play_stays_off_the_global_boards(runs, workdir):
    # The global (guild 0) boards are Discord's /leaderboard scope:global: a database
    # shared with the bot must not list terminal players there.
    assert all(runs[k].score[2] > 0 for k in ("right", "typed"))
    assert asyncio.run(_stats(workdir, GLOBAL)) is None
    assert asyncio.run(_global_board(workdir)) == (0, 0)


# --------------------------------------------------------------------------- errors


def test_unreadable_file_is_one_line_and_nonzero(tmp_path):
    binary = tmp_path / "song.txt"
    binary.write_bytes(b"\x00\xff\x00\xfe" * 100)
    for path in (binary, tmp_path / "missing.txt"):
        done = subprocess.run(
            [sys.executable, "-m", "bot", "play", str(path)],
            cwd=tmp_path, env=_env(tmp_path), capture_output=True, text=True, input="",
            timeout=RUN_TIMEOUT,
        )  # fmt: skip
        assert done.returncode != 0
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert "Traceback" not in done.stderr
        assert not done.stdout.strip()


def test_empty_database_says_to_ingest(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "bot", "play"],
        cwd=tmp_path, env=_env(tmp_path), capture_output=True, text=True, input="",
        timeout=RUN_TIMEOUT,
    )  # fmt: skip
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "python -m bot ingest" in lines[0], done.stderr


def test_unknown_model_is_one_line(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "bot", "play", str(SEED), "--model", "no_such_model_xyz"],
        cwd=tmp_path, env=_env(tmp_path), capture_output=True, text=True, input="",
        timeout=RUN_TIMEOUT,
    )  # fmt: skip
    assert done.returncode != 0
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "no_such_model_xyz" in done.stderr


# --------------------------------------------------------------------------- in process


def _question(answer="Fake Love", choices=("Fake Love", "Idol", "DNA", "Mic Drop"), **kw):
    return QuizQuestion(
        id=kw.pop("id", "q1"), question="Which song did BTS perform?", answer=answer,
        aliases=kw.pop("aliases", ()), choices=tuple(choices), answer_type=kw.pop("t", "song"),
        difficulty="easy", form="wh", source=SourceRef("a", "BTS performed Fake Love."),
    )  # fmt: skip


def test_choice_by_number_letter_or_text():
    rnd = Round(1, 1, _question(), ("Idol", "Fake Love", "DNA", "Mic Drop"), 20.0)
    assert parse_choice("2", rnd) == 1
    assert parse_choice("b", rnd) == 1
    assert parse_choice("B)", rnd) == 1
    assert parse_choice("fake love", rnd) == 1
    assert parse_choice("Fake Lvoe", rnd) == 1  # the typed rules forgive a small typo
    assert parse_choice("dna", rnd) == 2
    for nothing in ("5", "0", "E", "", "Butter", "idol or dna"):
        assert parse_choice(nothing, rnd) is None, nothing


def test_alias_of_the_answer_picks_it():
    q = _question("John Legend", ("John Legend", "Khalid", "Halsey", "DJ Khaled"),
                  aliases=("John Stephens",), t="singer")  # fmt: skip
    rnd = Round(1, 1, q, q.choices, 20.0)
    assert parse_choice("john stephens", rnd) == 0
    assert parse_choice("Legend", rnd) == 0  # a person's distinctive last name


def test_scoring_and_streak_follow_discord_rules():
    player = Player()
    q = _question()
    choices_round = make_round(1, 3, q, CHOICES, 20.0, seed="x")
    assert sorted(choices_round.choices) == sorted(q.choices)
    first = player.judge(choices_round, "Fake Love", elapsed=10.0)
    assert (first.correct, first.points) == (True, 100 + 25 + 20)  # base, speed, first bonus
    player.count(first)
    typed_round = make_round(2, 3, q, TYPED, 20.0, seed="x")
    assert typed_round.typed
    hinted = player.judge(typed_round, "fake lov", elapsed=12.0, hinted=True)
    assert hinted.correct and hinted.points == round((100 + 20) * 0.5) + 10  # streak 1
    player.count(hinted)
    miss = player.judge(typed_round, "Idol", elapsed=1.0)
    assert not miss.correct and miss.points == 0
    player.count(miss)
    player.count(Outcome(None, False, 0, reason="time"))
    assert (player.correct, player.asked, player.streak, player.best_streak) == (2, 4, 0, 2)
    assert player.points == first.points + hinted.points


async def test_terminal_and_discord_quiz_score_a_solo_player_alike():
    """The same answers at the same times give the same points and streaks in a terminal
    quiz and in a Discord quiz session with one player (one rule set, bot.game.scoring)."""
    from bot.game.clock import FakeClock
    from bot.game.session import Mode, Quiz, QuizSettings
    from tests.game.quizkit import RecordingIO, question

    plan = [(True, 2.0), (True, 9.0), (False, 3.0), (True, 15.0), (True, 0.5)]
    questions = [question(i, f"Answer {i}") for i in range(1, len(plan) + 1)]
    for mode in (CHOICES, TYPED):
        clock = FakeClock(start=0.0)
        quiz = Quiz(
            questions,
            QuizSettings(count=len(plan), seconds=20.0, mode=Mode.TYPED if mode == TYPED
                         else Mode.BUTTONS, reveal_seconds=1.0, hints=False),
            clock=clock,
            seed=1,
        )
        task = asyncio.create_task(quiz.run(RecordingIO(clock)))
        await clock.settle()
        player = Player()
        discord_points, terminal_points = [], []
        for number, (right, elapsed) in enumerate(plan, 1):
            rnd = quiz.round
            assert rnd is not None and rnd.number == number
            await clock.advance(rnd.opened_at + elapsed - clock.now())
            if mode == TYPED:
                given = rnd.answer if right else "Nobody At All"
            else:
                given = rnd.answer_index if right else (rnd.answer_index + 1) % 4
            result = await quiz.submit(7, "solo", given)
            discord_points.append(result.answer.points if result.answer else 0)
            term = make_round(number, len(plan), questions[number - 1], mode, 20.0, seed=number)
            text = term.question.answer if right else "Nobody At All"
            if mode == CHOICES:
                text = str(term.answer_index + 1) if right else str((term.answer_index + 1) % 4 + 1)
            outcome = player.judge(term, text, elapsed)
            terminal_points.append(outcome.points)
            player.count(outcome)
            while not task.done() and not (  # the timer or the answer, the reveal pause
                quiz.round.number > number and quiz.round.is_open
            ):
                await clock.advance(0.25)
        await clock.run_until_idle()
        summary = await task
        assert terminal_points == discord_points, mode
        (standing,) = summary.standings
        assert (standing.points, standing.best_streak) == (player.points, player.best_streak)
        assert player.streak == 2

"""The terminal quiz loop and what the player sees.

Two ways to play, chosen by whether standard input is a terminal:

- Live (a terminal): rich panels, a countdown that ticks above the prompt, the typed-mode
  hint half-way, several guesses in typed mode until the timer, an empty line to pass.
- Scripted (a pipe or a file): plain lines, one answer read per question and no timer
  (an answer counts as given at once, so a script's score does not depend on the
  machine's speed). Each question's text is printed alone on a line, exactly as
  `python -m bot questions --json` gives it, and flushed before its answer is read.
  An empty line passes; in choices mode a line naming no choice is a wrong answer.

In both, the end of input stops the quiz early (the question shown then is not counted)
and the last line printed is always `Score: C/N correct, P points`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TextIO

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from bot.game.hints import HINT_FRACTION, hint_text
from bot.terminal.game import LETTERS, Outcome, Player, Round, make_round
from bot.terminal.store import LocalStore, Standing
from questions.types import QuizQuestion

log = logging.getLogger(__name__)

REVEAL_PAUSE = 2.0  # live play: seconds between a reveal and the next question


@dataclass
class QuizPlan:
    questions: Sequence[QuizQuestion]
    mode: str  # choices | typed
    seconds: float
    seed: object
    user_id: int
    name: str
    from_database: bool  # question ids are database ids (rounds point at them)
    titles: dict[str, str] = field(default_factory=dict)  # article name -> title


def score_line(player: Player) -> str:
    return f"Score: {player.correct}/{player.asked} correct, {player.points} points"


def _choice_label(rnd: Round, index: int) -> str:
    return f"{LETTERS[index]}) {rnd.choices[index]}"


def _source_text(question: QuizQuestion, titles: dict[str, str]) -> str:
    src = question.source
    where = titles.get(src.article) or src.article
    if src.date:
        where = f"{where}, {src.date.isoformat()}" if where else src.date.isoformat()
    return f"“{src.sentence}”" + (f" ({where})" if where else "")


class TerminalQuiz:
    def __init__(
        self,
        plan: QuizPlan,
        store: LocalStore | None,
        *,
        live: bool,
        stdin: TextIO | None = None,
        console: Console | None = None,
    ) -> None:
        self.plan = plan
        self.store = store
        self.live = live
        self.stdin = stdin or sys.stdin
        self.console = console or Console(highlight=False)
        self.player = Player()
        self.stopped = False
        self._lines: asyncio.Queue[str | None] | None = None
        self._warned = False

    # --- output -------------------------------------------------------------------

    def say(self, text: str = "", style: str | None = None) -> None:
        """One line. Scripted play prints it as is (never wrapped, no markup), flushed."""
        if self.live:
            self.console.print(Text(text, style=style or ""))
        else:
            print(text, flush=True)

    def _show_question(self, rnd: Round) -> None:
        q = rnd.question
        how = "typed" if rnd.typed else "choices"
        header = f"Question {rnd.number} of {rnd.total} · {q.difficulty} · {how}"
        if not self.live:
            self.say(header)
            self.say(q.question)
            for i in range(len(rnd.choices)):
                self.say(f"  {_choice_label(rnd, i)}")
            self.say("Answer (A-D, 1-4 or the text):" if rnd.choices else "Answer:")
            return
        body = Text(q.question, style="bold")
        for i in range(len(rnd.choices)):
            body.append("\n  ")
            body.append(f"{LETTERS[i]}) ", style="bold cyan")
            body.append(rnd.choices[i])
        body.append("\n\n")
        body.append(
            "Type A-D, 1-4 or the choice · empty line to pass"
            if rnd.choices
            else "Type your answer · empty line to pass",
            style="dim",
        )
        self.console.print()
        self.console.print(Panel(body, title=header, title_align="left", border_style="cyan"))

    def _reveal(self, rnd: Round, outcome: Outcome) -> None:
        q = rnd.question
        index = rnd.answer_index
        answer = _choice_label(rnd, index) if index is not None else q.answer
        if outcome.correct:
            streak = f" · streak {self.player.streak}" if self.player.streak > 1 else ""
            self.say(f"Right! +{outcome.points} points{streak}", "bold green")
        elif outcome.given is None:
            why = "Time's up" if outcome.reason == "time" else "Passed"
            self.say(f"{why}: the answer was {answer}", "bold yellow")
        else:
            self.say(f"Wrong: the answer was {answer}", "bold red")
        self.say(f"Source: {_source_text(q, self.plan.titles)}", "dim")

    def _finish(self, standing: Standing | None) -> None:
        p = self.player
        if self.stopped:
            self.say(f"Stopped after {p.asked} of {len(self.plan.questions)} questions.")
        if standing is not None and standing.rank is not None:
            r = standing.rank
            of = f" of {r.total}" if r.total else ""
            line = f"Local leaderboard: {self.plan.name} is #{r.rank}{of} with {r.points} points"
            if self.live and standing.top:
                table = Table(title="Local leaderboard", title_justify="left")
                table.add_column("#", justify="right")
                table.add_column("player")
                table.add_column("points", justify="right")
                table.add_column("correct", justify="right")
                for entry in standing.top:
                    me = entry.user_id == self.plan.user_id
                    table.add_row(
                        str(entry.rank),
                        Text(entry.display_name or f"player {entry.user_id}"),
                        str(entry.points),
                        f"{entry.correct}/{entry.answered}",
                        style="bold green" if me else None,
                    )
                self.console.print()
                self.console.print(table)
            self.say(line)
        elif standing is not None:
            self.say(f"Local leaderboard: {self.plan.name} has no points yet")
        self.say(score_line(p), "bold")

    # --- storage: a database failure is told once and play goes on -------------------

    async def _store(self, what: str, call) -> object:
        if self.store is None:
            return None
        try:
            return await call()
        except Exception as error:
            log.debug("terminal store: %s failed", what, exc_info=True)
            first = (
                str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            )
            if not self._warned:
                self._warned = True
                print(
                    f"warning: could not save to the database ({first}); playing on without saving",
                    file=sys.stderr,
                    flush=True,
                )
            self.store = None
            return None

    # --- input ----------------------------------------------------------------------

    def _start_reader(self) -> None:
        """Live play: a thread reads lines and hands them to the loop (None at EOF)."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[str | None] = asyncio.Queue()
        self._lines = queue

        def read() -> None:
            while True:
                try:
                    line = self.stdin.readline()
                except (OSError, ValueError):
                    line = ""
                loop.call_soon_threadsafe(queue.put_nowait, line if line else None)
                if not line:
                    return

        threading.Thread(target=read, name="play-stdin", daemon=True).start()

    async def _scripted_answer(self, rnd: Round) -> Outcome | None:
        line = await asyncio.to_thread(self.stdin.readline)
        if not line:
            return None
        text = line.strip()
        if not text:
            return Outcome(None, False, 0, reason="pass")
        return self.player.judge(rnd, text, elapsed=0.0)

    def _status(self, rnd: Round, left: float, *, rewrite: bool) -> None:
        """The countdown line above the prompt: rewritten in place each second."""
        text = f"⏱ {max(0, int(left + 0.999))} s left"
        if rewrite and self.console.is_terminal and not self.console.is_dumb_terminal:
            # Save the cursor, go up to the status line, rewrite it, come back: the
            # player's half-typed answer on the prompt line is untouched.
            self.console.file.write(f"\x1b7\x1b[1A\r\x1b[2K{text}\x1b8")
            self.console.file.flush()
        elif not rewrite:
            self.console.print(Text(text, style="yellow"))
            self.console.file.write("› ")
            self.console.file.flush()

    async def _live_answer(self, rnd: Round) -> Outcome | None:
        assert self._lines is not None
        loop = asyncio.get_running_loop()
        while not self._lines.empty():  # lines typed during the reveal are not answers
            if self._lines.get_nowait() is None:
                return None
        start = loop.time()
        closes = start + rnd.seconds
        hint_at = start + rnd.seconds * HINT_FRACTION if rnd.typed else None
        hinted = False
        last: Outcome | None = None
        self._status(rnd, rnd.seconds, rewrite=False)
        while True:
            now = loop.time()
            if now >= closes:
                self.console.print()
                return last or Outcome(None, False, 0, reason="time")
            if hint_at is not None and not hinted and now >= hint_at:
                hinted = True
                left = self.player.points_left(rnd, now - start, hinted=True)
                self.console.print()
                self.say(f"💡 Hint: {hint_text(rnd.question.answer)} · a right answer now "
                         f"scores up to {left} points", "magenta")  # fmt: skip
                self._status(rnd, closes - now, rewrite=False)
            tick = start + int(now - start) + 1  # the next whole second
            wake = min(closes, tick, hint_at if hint_at is not None and not hinted else closes)
            try:
                line = await asyncio.wait_for(self._lines.get(), timeout=max(0.0, wake - now))
            except TimeoutError:
                self._status(rnd, closes - loop.time(), rewrite=True)
                continue
            if line is None:
                return None
            text = line.strip()
            elapsed = loop.time() - start
            if not text:
                return (
                    last
                    if last is not None and rnd.typed
                    else Outcome(None, False, 0, reason="pass")
                )
            outcome = self.player.judge(rnd, text, elapsed, hinted=hinted)
            if not rnd.typed and outcome.choice_index is None:
                self.say("Pick A-D, 1-4 or one of the choices' text.", "yellow")
                self._status(rnd, closes - loop.time(), rewrite=False)
                continue
            if outcome.correct or not rnd.typed:
                return outcome
            last = outcome
            self.say("Not it. Guess again, or an empty line to pass.", "red")
            self._status(rnd, closes - loop.time(), rewrite=False)

    # --- the game -------------------------------------------------------------------

    async def play(self) -> Player:
        plan = self.plan
        if self.store is not None:
            settings = {"count": len(plan.questions), "seconds": plan.seconds, "mode": plan.mode,
                        "terminal": True}  # fmt: skip
            await self._store("start", lambda: self.store.start(plan.user_id, plan.name, settings))
        if self.live:
            self._start_reader()
        total = len(plan.questions)
        try:
            for number, question in enumerate(plan.questions, 1):
                rnd = make_round(number, total, question, plan.mode, plan.seconds, plan.seed)
                self._show_question(rnd)
                store = self.store
                if store is not None:
                    await self._store(
                        "round", lambda s=store, r=rnd: s.open_round(r, plan.from_database)
                    )
                outcome = await (
                    self._live_answer(rnd) if self.live else self._scripted_answer(rnd)
                )
                if outcome is None:  # end of input: this question is not counted
                    self.stopped = True
                    await self._close(rnd)
                    break
                if outcome.correct or outcome.choice_index is not None:
                    store = self.store
                    if store is not None:
                        await self._store(
                            "answer", lambda s=store, r=rnd, o=outcome: s.record(r, plan.user_id, o)
                        )
                await self._close(rnd)
                self.player.count(outcome)
                self._reveal(rnd, outcome)
                if self.live and number < total:
                    await asyncio.sleep(REVEAL_PAUSE)
        except asyncio.CancelledError:  # Ctrl-C in live play: end cleanly, keep the points
            self.stopped = True
            self.console.print()
        standing = None
        store = self.store
        if store is not None:
            winners = [plan.user_id] if self.player.points > 0 else []
            await self._store("finish", lambda: store.finish(self.stopped, winners))
            standing = await self._store("standing", lambda: store.standing(plan.user_id))
        self._finish(standing)  # type: ignore[arg-type]
        return self.player

    async def _close(self, rnd: Round) -> None:
        store = self.store
        if store is not None:
            with contextlib.suppress(Exception):
                await store.close_round(rnd)

"""Who may do what, command by command, on the fake Discord with our real bot.

Four people: a member with no permissions, the quiz host (a member who started the quiz),
a member with the manager role (set through /trivia settings), and a moderator with
Manage Server. The table below is the rule (bot/checks.py); each row is tried against
each person and its effect checked: an allowed action happens, a refused one is answered
privately with what is needed and changes nothing.

Commands whose group has default permissions (Manage Server) are hidden by Discord from
members without it; a server can override that in its Integrations settings, so the bot
must refuse them itself. The fake enforces the default (`CommandUnavailable`); the table
then runs with the override (the fake's visibility check off) to test the bot's own check.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest

from bot.checks import NEED_SERVER
from bot.db.repos import articles as article_repo
from bot.db.repos import guild_settings, questions, quizzes
from questions.types import Article, Paragraph
from tests.e2e import botworld
from tests.e2e.botworld import Trivia, seed_questions
from tests.fakediscord import CommandUnavailable
from tests.fakediscord.model import Interaction, User

trivia = botworld.trivia  # the fixture
pytestmark = pytest.mark.e2e

WHO = ("member", "host", "manager", "admin")
# action: who may (member, host, manager, admin)
TABLE: dict[str, tuple[bool, bool, bool, bool]] = {
    "quiz start": (True, True, True, True),
    "quiz stop": (False, True, True, True),
    "quiz skip": (False, True, True, True),
    "question report": (True, True, True, True),
    "question review": (False, False, True, True),
    "article add": (False, False, False, True),
    "article list": (False, False, False, True),
    "article remove": (False, False, False, True),
    "trivia import": (False, False, False, True),
    "trivia settings": (False, False, False, True),
    "trivia reset-scores": (False, False, False, True),
    "trivia daily": (False, False, True, True),
}
HIDDEN_BY_DEFAULT = (
    "article add", "article list", "article remove", "trivia import", "trivia settings"
)


@dataclass
class People:
    member: User
    host: User
    manager: User
    admin: User
    role_id: int

    def __getitem__(self, who: str) -> User:
        return getattr(self, who)


def command_exists(trivia: Trivia, path: str) -> bool:
    node: Any = None
    for part in path.split():
        children = trivia.bot.tree.get_commands() if node is None else node.commands
        node = next((c for c in children if c.name == part), None)
        if node is None:
            return False
    return True


async def setup_people(trivia: Trivia) -> People:
    fake, world = trivia.fake, trivia.world
    role = world.guild.add_role("Quizmasters")
    manager = fake.add_user("manager", roles=[role])
    ix = await fake.slash(world.mod, "trivia settings", channel=world.general,
                          manager_role=role)
    assert "saved" in (await ix.reply()).text
    config = await guild_settings.get_guild_settings(trivia.db, world.guild.id)
    assert config.manager_role_id == role.id
    return People(world.bob, world.alice, manager, world.mod, role.id)


async def start_quiz(trivia: Trivia, host: User, questions: int = 3) -> None:
    ix = await trivia.fake.slash(host, "quiz start", channel=trivia.world.quiz,
                                 questions=questions, seconds=60)
    assert "Quiz starting" in (await ix.reply()).text
    await trivia.round_open(1)


async def end_quiz(trivia: Trivia) -> None:
    if trivia.world.quiz.id in trivia.quiz_cog.running:
        ix = await trivia.fake.slash(trivia.world.mod, "quiz stop", channel=trivia.world.quiz)
        await ix.reply()
    await trivia.quiz_over(trivia.world.quiz.id)


def refused_text(text: str, ephemeral: bool) -> bool:
    """A permission refusal: private, and says what is needed."""
    said = any(
        phrase in text
        for phrase in ("You need **Manage Server**", "Only the quiz host", "You need the")
    )
    assert not said or ephemeral, f"a refusal must be private: {text!r}"
    return said


# --- each action: do it as `user`, return (allowed, check that state matches) -----------

Attempt = Callable[[Trivia, People, User], Awaitable[bool]]


async def slash_text(trivia: Trivia, user: User, path: str, *, channel=None, **options):
    ix = await trivia.fake.slash(user, path, channel=channel or trivia.world.general, **options)
    message = await ix.reply(timeout=30)
    return message.text, message.ephemeral


async def try_start(trivia: Trivia, people: People, user: User) -> bool:
    text, ephemeral = await slash_text(trivia, user, "quiz start", channel=trivia.world.quiz,
                                       questions=1, seconds=60)
    allowed = "Quiz starting" in text
    assert allowed == (trivia.world.quiz.id in trivia.quiz_cog.running)
    await end_quiz(trivia)
    return allowed and not refused_text(text, ephemeral)


async def try_control(trivia: Trivia, people: People, user: User, verb: str) -> bool:
    await start_quiz(trivia, people.host)
    runner = trivia.quiz_cog.running[trivia.world.quiz.id]
    text, ephemeral = await slash_text(trivia, user, f"quiz {verb}", channel=trivia.world.quiz)
    if refused_text(text, ephemeral):
        assert trivia.world.quiz.id in trivia.quiz_cog.running
        assert runner.quiz.round is not None and runner.quiz.round.number == 1
        await end_quiz(trivia)
        return False
    assert f"{'stopped' if verb == 'stop' else 'skipped'} by" in text, text
    if verb == "skip":
        await trivia.fake.wait_for(
            "message", lambda e: e.message.embed is not None
            and (e.message.embed.get("title") or "") == "Question 1 of 3: skipped",
        )
    await end_quiz(trivia)
    return True


async def try_report(trivia: Trivia, people: People, user: User) -> bool:
    await start_quiz(trivia, people.host, questions=1)
    text, ephemeral = await slash_text(trivia, user, "question report", channel=trivia.world.quiz)
    await end_quiz(trivia)
    return not refused_text(text, ephemeral) and ("flagged" in text or "already" in text)


async def try_review(trivia: Trivia, people: People, user: User) -> bool:
    text, ephemeral = await slash_text(trivia, user, "question review")
    return not refused_text(text, ephemeral)


async def try_article_add(trivia: Trivia, people: People, user: User) -> bool:
    before = await article_repo.list_articles(trivia.db, trivia.world.guild.id)
    data = b"\x89PNG\r\n\x1a\n" + bytes(100)  # passes the check, then refused as a file
    text, ephemeral = await slash_text(
        trivia, user, "article add", file=trivia.fake.attachment("a.txt", data)
    )
    assert await article_repo.list_articles(trivia.db, trivia.world.guild.id) == before
    if refused_text(text, ephemeral):
        return False
    assert "not a text article" in text, text
    return True


async def try_article_remove(trivia: Trivia, people: People, user: User) -> bool:
    article = Article(
        name=f"perm-{user.id}", title=f"Perm {user.name}", date=dt.date(2020, 1, 1),
        paragraphs=(Paragraph("BTS performed Fake Love."),), content_hash=f"perm-{user.id}",
    )
    record = await article_repo.add_article(
        trivia.db, article, guild_id=trivia.world.guild.id, questions=seed_questions()[:1]
    )
    text, ephemeral = await slash_text(trivia, user, "article remove", article=str(record.id))
    still = await article_repo.get_article(trivia.db, record.id)
    if refused_text(text, ephemeral):
        assert still is not None
        await article_repo.remove_article(trivia.db, record.id, guild_id=trivia.world.guild.id)
        return False
    assert "Removed" in text and still is None, text
    return True


async def try_article_list(trivia: Trivia, people: People, user: User) -> bool:
    text, ephemeral = await slash_text(trivia, user, "article list")
    if refused_text(text, ephemeral):
        assert "Articles (" not in text
        return False
    assert "Articles (" in text or "No articles yet" in text, text
    return True


async def try_import(trivia: Trivia, people: People, user: User) -> bool:
    name = f"list{user.id}"
    red = trivia.fake.attachment(f"{name}.yaml", "Which group sang Idol?:\n- BTS\n")
    text, ephemeral = await slash_text(trivia, user, "trivia import", file=red)
    lists = {lst.name for lst in await questions.get_lists(trivia.db, trivia.world.guild.id)}
    if refused_text(text, ephemeral):
        assert name not in lists
        return False
    assert "List imported" in text and name in lists, text
    return True


async def try_settings(trivia: Trivia, people: People, user: User) -> bool:
    guild_id = trivia.world.guild.id
    before = await guild_settings.get_guild_settings(trivia.db, guild_id)
    wanted = 7 if before.question_count != 7 else 8
    text, ephemeral = await slash_text(trivia, user, "trivia settings", questions=wanted)
    after = await guild_settings.get_guild_settings(trivia.db, guild_id)
    if refused_text(text, ephemeral):
        assert after == before
        return False
    assert after.question_count == wanted and after.manager_role_id == people.role_id
    return True


async def try_reset(trivia: Trivia, people: People, user: User) -> bool:
    text, ephemeral = await slash_text(trivia, user, "trivia reset-scores")
    return not refused_text(text, ephemeral)


async def try_daily(trivia: Trivia, people: People, user: User) -> bool:
    text, ephemeral = await slash_text(trivia, user, "trivia daily")  # status only
    return not refused_text(text, ephemeral)


ATTEMPTS: dict[str, Attempt] = {
    "quiz start": try_start,
    "quiz stop": lambda t, p, u: try_control(t, p, u, "stop"),
    "quiz skip": lambda t, p, u: try_control(t, p, u, "skip"),
    "question report": try_report,
    "question review": try_review,
    "article add": try_article_add,
    "article list": try_article_list,
    "article remove": try_article_remove,
    "trivia import": try_import,
    "trivia settings": try_settings,
    "trivia reset-scores": try_reset,
    "trivia daily": try_daily,
}


async def test_discord_hides_admin_commands_from_members_by_default(trivia: Trivia) -> None:
    people = await setup_people(trivia)
    for path in HIDDEN_BY_DEFAULT:
        for who in ("member", "host", "manager"):
            with pytest.raises(CommandUnavailable):
                await trivia.fake.slash(people[who], path, channel=trivia.world.general)


@pytest.mark.parametrize("group", ["quiz", "question", "article", "trivia"])
async def test_permission_table(
    trivia: Trivia, group: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The server overrode the default command permissions: only the bot's checks remain.
    monkeypatch.setattr(trivia.fake, "_check_visible", lambda *args: None)
    people = await setup_people(trivia)
    got: dict[str, tuple[bool, ...]] = {}
    expected: dict[str, tuple[bool, ...]] = {}
    for path, rule in TABLE.items():
        if path.split()[0] != group:
            continue
        if not command_exists(trivia, path):
            continue  # not built yet (e.g. /trivia reset-scores); listed in the report
        attempt = ATTEMPTS[path]
        got[path] = tuple([await attempt(trivia, people, people[who]) for who in WHO])
        expected[path] = rule
    assert got, f"no /{group} command found"
    assert got == expected
    assert trivia.fake.pinged() == []


async def test_reset_scores_confirmation_is_only_for_who_asked(trivia: Trivia) -> None:
    if not command_exists(trivia, "trivia reset-scores"):
        pytest.skip("/trivia reset-scores is not built yet")
    fake, world = trivia.fake, trivia.world
    session = await quizzes.create_session(
        trivia.db, guild_id=world.guild.id, channel_id=1, host_id=world.alice.id
    )
    rnd = await quizzes.open_round(trivia.db, session.id, number=1, question_id=None,
                                   closes_at=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5))
    assert (await quizzes.record_answer(trivia.db, round_id=rnd.id, user_id=world.alice.id,
                                        correct=True, points=100)).accepted
    ix = await fake.slash(world.mod, "trivia reset-scores", channel=world.general)
    prompt = await ix.reply()
    assert prompt.buttons, prompt.text
    confirm = next(b for b in prompt.buttons if "reset" in b["label"].lower()
                   or "yes" in b["label"].lower() or "confirm" in b["label"].lower())
    # The confirmation is private to the moderator: nobody else can click it.
    assert prompt.ephemeral
    with pytest.raises(PermissionError):
        await fake.click(world.bob, prompt, confirm["label"])


# --- direct messages --------------------------------------------------------------------


class DirectInteraction(Interaction):
    """The same command data, sent from a DM: no guild_id, a user instead of a member."""

    def payload(self) -> dict[str, Any]:
        data = super().payload()
        member = data.pop("member")
        for key in ("guild_id", "guild", "guild_locale"):
            data.pop(key, None)
        data["user"] = member["user"]
        data["channel"] = {"id": str(self.channel.id), "type": 1, "recipients": [member["user"]]}
        data["context"] = 1
        data["authorizing_integration_owners"] = {"1": member["user"]["id"]}
        return data


GUILD_ONLY = ["quiz start", "quiz stop", "quiz skip", "question report", "question review",
              "article add", "article list", "article remove", "trivia import",
              "trivia settings", "trivia reset-scores", "trivia daily"]


async def test_commands_that_need_a_server_say_so_in_dms(
    trivia: Trivia, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, world = trivia.fake, trivia.world
    monkeypatch.setattr(fake, "_check_visible", lambda *args: None)
    options: dict[str, dict[str, Any]] = {
        "article add": {"file": fake.attachment("a.txt", b"BTS performed Fake Love.")},
        "article remove": {"article": "1"},
        "trivia import": {"file": fake.attachment("a.yaml", "Q?:\n- A\n")},
    }
    tried = 0
    for path in GUILD_ONLY:
        if not command_exists(trivia, path):
            continue
        data = fake.build_command_data(path, world.alice, world.general, options.get(path, {}))
        ix = DirectInteraction(
            fake, id=fake.ids.next(), token=f"dm{fake.ids.next()}", type=Interaction.COMMAND,
            user=world.alice, guild=world.guild, channel=world.general, data=data,
        )
        await fake._send_interaction(ix)
        reply = await ix.reply()
        assert NEED_SERVER in reply.text, (path, reply.text)
        assert reply.ephemeral
        tried += 1
    assert tried >= 10
    assert [r for r in fake.requests if r.status >= 400] == []

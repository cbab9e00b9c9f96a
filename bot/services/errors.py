"""Failures a user caused or can fix, with the sentence to show them."""

from __future__ import annotations


class UserError(Exception):
    """Shown to the user as is (ephemeral). Keep it one sentence saying what to do."""


class StorageError(UserError):
    """The database failed; nothing was half-saved."""

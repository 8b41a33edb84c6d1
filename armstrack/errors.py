"""armstrack's exception hierarchy: every message names the input at fault."""

from __future__ import annotations


class ArmstrackError(Exception):
    """Base class of every error armstrack raises on purpose."""


class InputError(ArmstrackError):
    """A document or source could not be read; the rest of the batch goes on."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class FetchError(InputError):
    """A URL or feed could not be fetched (timeout, HTTP error, size limit, refused address)."""


class KnowledgeBaseError(ArmstrackError):
    """A knowledge-base or language data file is malformed."""


class StoreError(ArmstrackError):
    """The store could not be opened, migrated or written."""


class NotFound(ArmstrackError):
    """A deal, document or country asked for by id does not exist."""


class ConfigError(ArmstrackError):
    """A setting has a value armstrack cannot use."""

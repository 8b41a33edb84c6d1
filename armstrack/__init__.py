"""armstrack: a sourced database of arms transfers, built from defence news."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from armstrack.api import Armstrack

__version__ = "0.1.0"


def open(db: str | None = None, options: object | None = None) -> Armstrack:  # noqa: A001 - the public entry point
    """Open a store (path or SQLAlchemy URL; default the per-user store) as an ``Armstrack`` handle."""
    from armstrack.api import open as open_store

    return open_store(db, options)  # type: ignore[arg-type]

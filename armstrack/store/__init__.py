"""The store: documents and their events in SQLite (default, per user) or PostgreSQL, migrated on open."""

from armstrack.store.engine import default_path, default_url, display_url, migrate, resolve_url
from armstrack.store.repository import AddResult, Ingested, Store

__all__ = ["AddResult", "Ingested", "Store", "default_path", "default_url", "display_url", "migrate", "resolve_url"]

# the deal tables of migration 0002 live beside the code that fills them; importing it registers them
from armstrack.store import deals as _deals  # noqa: E402,F401

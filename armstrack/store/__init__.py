"""The store: documents and their events in SQLite (default, per user) or PostgreSQL, migrated on open."""

from armstrack.store.engine import default_path, default_url, display_url, migrate, resolve_url
from armstrack.store.repository import AddResult, Ingested, Store

__all__ = ["AddResult", "Ingested", "Store", "default_path", "default_url", "display_url", "migrate", "resolve_url"]

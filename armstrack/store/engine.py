"""Where the store lives and how to reach it: URLs, the per-user default, connection setup, migrations."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.util.exc import CommandError
from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from armstrack.errors import StoreError

MIGRATIONS = Path(__file__).with_name("migrations")


def default_path() -> Path:
    """The per-user database file: ``$XDG_DATA_HOME/armstrack/armstrack.sqlite`` (or under ~/.local/share)."""
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "armstrack" / "armstrack.sqlite"


def default_url() -> str:
    """The SQLAlchemy URL of the per-user SQLite database."""
    return f"sqlite:///{default_path()}"


def resolve_url(target: str | None) -> str:
    """An SQLAlchemy URL for a path, a URL or None (the default store); a SQLite file's folder is created."""
    if not target:
        target = default_url()
    elif "://" not in target:
        target = f"sqlite:///{Path(target).expanduser().absolute()}"
    # a bare postgresql:// would pick whichever driver SQLAlchemy prefers; psycopg 3 is the one installed
    for prefix in ("postgresql://", "postgres://"):
        if target.startswith(prefix):
            target = "postgresql+psycopg://" + target[len(prefix):]
    try:
        url = make_url(target)
    except ArgumentError as err:
        raise StoreError(f"{target}: not a database path or URL: {err}") from err
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        try:
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"{url.database}: cannot create the store's folder: {err}") from err
    return target


def display_url(url: URL | str) -> str:
    """The URL with its password hidden, fit for messages and status output."""
    return make_url(url).render_as_string(hide_password=True)


def connect(url: str) -> Engine:
    """An engine for URL; SQLite connections get WAL and foreign keys, which SQLite leaves off by default."""
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError) as err:
        raise StoreError(f"{display_url(url)}: cannot open: {err}") from err
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(connection: Any, record: Any) -> None:
    cursor = connection.cursor()
    try:
        # foreign keys are a per-connection setting in SQLite: off unless every connection asks
        cursor.execute("PRAGMA foreign_keys=ON")
        # WAL lets the web UI read while an ingest writes
        cursor.execute("PRAGMA journal_mode=WAL")
        # in WAL mode NORMAL stays consistent on power loss and spares an fsync per document committed
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database to REVISION (the latest by default) with the bundled alembic migrations."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except (SQLAlchemyError, CommandError) as err:
        raise StoreError(f"{display_url(engine.url)}: cannot migrate the store: {err}") from err

"""Opening the store: URLs, the per-user default, SQLite pragmas and migrations on open."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from armstrack.errors import StoreError
from armstrack.model import Document
from armstrack.store import Store, default_url, display_url, resolve_url
from armstrack.store.engine import MIGRATIONS
from armstrack.store.schema import Base


def test_default_url_follows_xdg_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_url() == f"sqlite:///{tmp_path}/data/armstrack/armstrack.sqlite"
    assert resolve_url(None) == default_url()
    assert (tmp_path / "data" / "armstrack").is_dir()


def test_default_url_falls_back_to_local_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_url() == f"sqlite:///{tmp_path}/.local/share/armstrack/armstrack.sqlite"


@pytest.mark.parametrize(("target", "expected"), [
    ("arms.sqlite", "sqlite:///{cwd}/arms.sqlite"),
    ("sub/arms.sqlite", "sqlite:///{cwd}/sub/arms.sqlite"),
    ("sqlite:///:memory:", "sqlite:///:memory:"),
    ("postgresql://u:secret@db.example/arms", "postgresql+psycopg://u:secret@db.example/arms"),
    ("postgres://u@db.example/arms", "postgresql+psycopg://u@db.example/arms"),
    ("postgresql+psycopg://u@db.example/arms", "postgresql+psycopg://u@db.example/arms"),
])
def test_resolve_url_accepts_paths_and_urls(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str, expected: str
) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_url(target) == expected.format(cwd=tmp_path)


def test_resolve_url_refuses_nonsense() -> None:
    with pytest.raises(StoreError, match="not a database path or URL"):
        resolve_url("no-such-dialect+x://")


def test_display_url_hides_the_password() -> None:
    assert display_url("postgresql+psycopg://u:secret@db.example/arms") == "postgresql+psycopg://u:***@db.example/arms"


def test_sqlite_connections_have_wal_and_foreign_keys(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "arms.sqlite")) as store, store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL


def test_events_need_their_document(store: Store) -> None:
    orphan = text("INSERT INTO events (id, document_id, position, type, payload) VALUES ('x:0', 'x', 0, 't', '{}')")
    with pytest.raises(IntegrityError), store.engine.begin() as connection:
        connection.execute(orphan)


def test_open_migrates_an_empty_database_to_head(store: Store) -> None:
    tables = set(inspect(store.engine).get_table_names())
    assert {"documents", "events", "alembic_version"} <= tables
    with store.engine.connect() as connection:
        head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head


def test_migrations_create_what_the_schema_declares(store: Store) -> None:
    with store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_reopening_keeps_what_is_stored(store_url: str) -> None:
    with Store.open(store_url) as store:
        store.add(Document(id="a", text="Rabat ordered drones."), [])
    with Store.open(store_url) as store:
        assert store.document("a").text == "Rabat ordered drones."
        assert store.counts()["documents"] == 1


def test_database_from_a_newer_armstrack_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "arms.sqlite"
    with Store.open(str(path)) as store, store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(StoreError, match="cannot migrate the store"):
        Store.open(str(path))

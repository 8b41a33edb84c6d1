"""Shared fixtures: a store of written reports merged into deals, and one with the example corpus ingested."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import armstrack
from armstrack.api import Armstrack
from armstrack.cli import app
from armstrack.deals import update_store
from armstrack.model import Document, Event
from armstrack.store import Store

# store_url / store / postgres_server: SQLite and a real PostgreSQL server, for any test package
pytest_plugins = ["tests.fixtures.databases"]

REPORTS = Path(__file__).parent / "resources" / "exports" / "reports.jsonl"


def fill_store(db: str) -> None:
    """Store the written reports with their events and merge their deals."""
    with Store.open(db) as store:
        for line in REPORTS.read_text(encoding="utf-8").splitlines():
            report = json.loads(line)
            document = Document(**report["document"])
            events = [Event.from_dict(event) for event in report["events"]]
            store.add(document, events)
            update_store(store, document, events)


@pytest.fixture(scope="session")
def reports_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store holding the reports of tests/resources/exports and their deals."""
    db = str(tmp_path_factory.mktemp("reports") / "arms.sqlite")
    fill_store(db)
    return db


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store filled by the real pipeline from the bundled example corpus."""
    db = str(tmp_path_factory.mktemp("demo") / "arms.sqlite")
    result = CliRunner().invoke(app, ["demo", "--db", db])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture
def arms(reports_db: str) -> Iterator[Armstrack]:
    """The API handle on the reports store."""
    with armstrack.open(reports_db) as handle:
        yield handle


@pytest.fixture
def demo(demo_db: str) -> Iterator[Armstrack]:
    """The API handle on the example corpus store."""
    with armstrack.open(demo_db) as handle:
        yield handle

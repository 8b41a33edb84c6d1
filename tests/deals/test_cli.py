"""``armstrack deals`` and ``armstrack deal`` over a real SQLite store."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from armstrack.cli import app
from armstrack.deals import update_store
from armstrack.model import Evidence
from armstrack.store import Store
from tests.deals.conftest import agreement, doc, transfer

TB2 = "transfer-tur-mar-bayraktar-tb2-b6ef0f"
QUOTE = "Morocco has ordered 13 Bayraktar TB2 drones."


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store with three documents: TB2s to Morocco (with a quantity contradiction), an agreement, TB2s to Ukraine."""
    path = str(tmp_path_factory.mktemp("cli") / "arms.sqlite")
    first = transfer(quantity=13, status="ordered", evidence=[Evidence.span(QUOTE, 0, len(QUOTE))])
    reports = [
        (doc("a", "2021-04", QUOTE, outlet="Desk", url="https://example.org/a"), [first]),
        (doc("b", "2021-10", outlet="Wire"), [transfer(quantity=12, status="delivered"), agreement(date="2021-11")]),
        (doc("c", "2019-05"), [transfer(recipient="UKR", order_date="2019", status="ordered")]),
    ]
    with Store.open(path) as store:
        for document, events in reports:
            store.add(document, events)
            update_store(store, document, events)
    return path


def run(*args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of one command."""
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_deals_filters_by_a_country_named_in_any_language(db: str) -> None:
    code, out, _ = run("deals", "--db", db, "--country", "Marokko", "--format", "json")
    assert code == 0
    assert [d["id"] for d in json.loads(out)] == ["agreement-isr-mar-defence-industry-5429cb", TB2]


def test_deals_filters_by_supplier_code_and_years(db: str) -> None:
    code, out, _ = run("deals", "--db", db, "--supplier", "tur", "--until", "2020", "--format", "json")
    assert code == 0 and [d["recipient"] for d in json.loads(out)] == ["UKR"]


def test_deals_writes_csv_with_source_and_contradiction_counts(db: str) -> None:
    code, out, _ = run("deals", "--db", db, "--system", "TB2", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert [(r["id"], r["sources"], r["contradictions"]) for r in rows][0] == (TB2, "2", "1")


def test_deals_table_lists_every_deal(db: str) -> None:
    code, out, _ = run("deals", "--db", db)
    assert code == 0 and "3 deals" in out


def test_deal_tells_the_story_with_sources_and_evidence(db: str) -> None:
    code, out, _ = run("deal", TB2, "--db", db)
    assert code == 0
    for expected in ("delivered", "quantity", "12", "13", "contradictions: 1", QUOTE, "https://example.org/a",
                     "most independent sources, then most recent"):
        assert expected in out


def test_deal_json_is_the_whole_record(db: str) -> None:
    code, out, _ = run("deal", TB2, "--db", db, "--json")
    assert code == 0 and json.loads(out)["contradictions"][0]["kind"] == "quantity"


def test_unknown_deal_is_one_clear_line(db: str) -> None:
    code, _, err = run("deal", "nope", "--db", db)
    assert code == 1 and err.strip().startswith("armstrack: nope: no such deal")


def test_unknown_country_is_one_clear_line(db: str) -> None:
    code, _, err = run("deals", "--db", db, "--country", "Atlantis")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert err.startswith("armstrack: 'Atlantis': unknown country")


@pytest.mark.parametrize("command", ["deals", "deal"])
def test_help_has_an_example(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0 and f"Example: armstrack {command}" in " ".join(out.split())


def test_rebuild_recomputes_from_stored_events(db: str) -> None:
    code, out, _ = run("deals", "--db", db, "--rebuild", "--format", "json")
    assert code == 0 and len(json.loads(out)) == 3

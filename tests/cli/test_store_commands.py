"""``armstrack ingest``, ``status`` and ``demo`` end to end on small corpora written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner, Result

from armstrack.cli import app
from armstrack.cli.store import corpus_files, events_table, example_corpus
from armstrack.model import Agreement, Production, Transfer
from armstrack.store import Store

ARTICLES = [
    {"id": "tb2-order", "text": "Morocco has ordered thirteen drones from Turkey, officials said.", "language": "en",
     "published": "2021-04-29"},
    {"id": "k2-contract", "text": "Warschau tekende een contract voor honderdtachtig tanks.", "language": "nl",
     "published": "2022-08-27"},
]


@pytest.fixture(autouse=True)
def private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the default store of these tests out of the real user's data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("ARMSTRACK_URL", raising=False)


def write_jsonl(path: Path, rows: list[dict[str, str]], extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(row) for row in rows] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def stored_ids(db: Path) -> list[str]:
    with Store.open(str(db)) as store:
        return [document.id for document in store.documents()]


def test_ingest_stores_good_documents_and_fails_on_a_malformed_line(tmp_path: Path) -> None:
    news = write_jsonl(tmp_path / "news.jsonl", ARTICLES, ("{not json",))
    db = tmp_path / "arms.sqlite"
    result = invoke("ingest", str(news), "--db", str(db))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"armstrack: {news}:3: ")
    assert len(result.stderr.splitlines()) == 1
    assert "2 new, 0 updated, 0 unchanged, 0 duplicate, 1 failed" in result.stdout
    assert stored_ids(db) == ["k2-contract", "tb2-order"]


def test_ingest_twice_changes_nothing(tmp_path: Path) -> None:
    news = write_jsonl(tmp_path / "news.jsonl", ARTICLES)
    db = tmp_path / "arms.sqlite"
    assert invoke("ingest", str(news), "--db", str(db)).exit_code == 0
    again = invoke("ingest", str(news), "--db", str(db))
    assert again.exit_code == 0
    assert "0 new, 0 updated, 2 unchanged, 0 duplicate, 0 failed" in again.stdout
    assert stored_ids(db) == ["k2-contract", "tb2-order"]


def test_ingest_reports_updates_and_duplicates(tmp_path: Path) -> None:
    db = tmp_path / "arms.sqlite"
    invoke("ingest", str(write_jsonl(tmp_path / "a.jsonl", ARTICLES)), "--db", str(db))
    changed = [{**ARTICLES[0], "text": ARTICLES[0]["text"] + " Deliveries follow."}, {**ARTICLES[1], "id": "copy"}]
    result = invoke("ingest", str(write_jsonl(tmp_path / "b.jsonl", changed)), "--db", str(db))
    assert result.exit_code == 0
    assert "0 new, 1 updated, 0 unchanged, 1 duplicate, 0 failed" in result.stdout
    assert result.stderr == "armstrack: copy: same text as k2-contract, not stored again\n"
    assert stored_ids(db) == ["k2-contract", "tb2-order"]


def test_ingest_stores_events_and_merges_deals(tmp_path: Path) -> None:
    db = tmp_path / "arms.sqlite"
    result = invoke("ingest", str(write_jsonl(tmp_path / "news.jsonl", ARTICLES)), "--db", str(db))
    assert result.stdout.rstrip().endswith("; 1 deals updated")
    with Store.open(str(db)) as store:
        [(document_id, event)] = store.events(country="TUR")
    assert isinstance(event, Transfer)
    assert (document_id, event.supplier, event.recipient, event.status) == ("tb2-order", "TUR", "MAR", "ordered")
    counts = json.loads(invoke("status", "--db", str(db), "--json").stdout)
    assert (counts["events"], counts["deals"]) == (1, 1)


def test_ingest_uses_armstrack_url_without_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARMSTRACK_URL", f"sqlite:///{tmp_path / 'env.sqlite'}")
    assert invoke("ingest", str(write_jsonl(tmp_path / "news.jsonl", ARTICLES))).exit_code == 0
    assert stored_ids(tmp_path / "env.sqlite") == ["k2-contract", "tb2-order"]


def test_ingest_defaults_to_the_per_user_store(tmp_path: Path) -> None:
    assert invoke("ingest", str(write_jsonl(tmp_path / "news.jsonl", ARTICLES))).exit_code == 0
    assert stored_ids(tmp_path / "data" / "armstrack" / "armstrack.sqlite") == ["k2-contract", "tb2-order"]


@pytest.mark.parametrize(("db", "named"), [
    ("no-such-dialect://x", "no-such-dialect://x"),
    ("{tmp}/file/arms.sqlite", "{tmp}/file/arms.sqlite"),
])
def test_unusable_database_is_one_error_line(tmp_path: Path, db: str, named: str) -> None:
    (tmp_path / "file").write_text("a file where a folder should be", encoding="utf-8")
    result = invoke("status", "--db", db.format(tmp=tmp_path))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"armstrack: {named.format(tmp=tmp_path)}: ")
    assert len(result.stderr.splitlines()) == 1


def test_status_counts_documents_and_events(tmp_path: Path) -> None:
    db = tmp_path / "arms.sqlite"
    invoke("ingest", str(write_jsonl(tmp_path / "news.jsonl", ARTICLES)), "--db", str(db))
    counts = json.loads(invoke("status", "--db", str(db), "--json").stdout)
    assert counts["documents"] == 2
    assert counts["languages"] == {"en": 1, "nl": 1}
    assert counts["published"] == {"first": "2021-04-29", "last": "2022-08-27"}
    assert counts["database"] == f"sqlite:///{db}"
    table = invoke("status", "--db", str(db)).stdout
    assert "documents" in table and "deals" in table and "2021-04-29 .. 2022-08-27" in table


def test_demo_ingests_a_corpus_folder_but_not_its_readme(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "jsonl").mkdir(parents=True)
    write_jsonl(corpus / "jsonl" / "news.jsonl", ARTICLES)
    (corpus / "README.md").write_text("# About this corpus\n", encoding="utf-8")
    db = tmp_path / "demo.sqlite"
    result = invoke("demo", "--corpus", str(corpus), "--db", str(db))
    assert result.exit_code == 0, result.stderr
    assert "events found" in result.stdout
    assert "2 new" in result.stdout
    assert stored_ids(db) == ["k2-contract", "tb2-order"]


def test_demo_without_a_corpus_fails_clearly(tmp_path: Path) -> None:
    result = invoke("demo", "--corpus", str(tmp_path / "missing"), "--db", str(tmp_path / "demo.sqlite"))
    assert result.exit_code == 1
    assert result.stderr == f"armstrack: {tmp_path / 'missing'}: example corpus not found\n"


def test_events_table_shows_who_and_what() -> None:
    events = [
        ("a", Transfer(supplier="TUR", recipient="MAR", system="Bayraktar TB2", category="uav", status="ordered")),
        ("b", Production(producer="MAR", partner="ISR", category="uav", status="planned")),
        ("c", Agreement(parties=["MAR", "AZE"], scope=["training"], status="signed")),
    ]
    console = Console(record=True, width=200)
    console.print(events_table(events))
    lines = console.export_text().splitlines()
    assert "3 events found" in lines[0]
    assert [line.split() for line in lines if line.startswith("│")] == [
        ["│", "transfer", "│", "TUR", "->", "MAR", "│", "Bayraktar", "TB2", "(uav)", "│", "ordered", "│", "a", "│"],
        ["│", "production", "│", "MAR", "+", "ISR", "│", "uav", "│", "planned", "│", "b", "│"],
        ["│", "agreement", "│", "AZE,", "MAR", "│", "training", "│", "signed", "│", "c", "│"],
    ]


@pytest.mark.parametrize("command", ["ingest", "status", "demo"])
def test_help_has_an_example(command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert f"Example: armstrack {command}" in result.stdout


def test_demo_ingests_the_bundled_examples(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    result = invoke("demo", "--db", str(db))
    assert result.exit_code == 0, result.stderr
    assert ", 0 failed;" in result.stdout
    counts = json.loads(invoke("status", "--db", str(db), "--json").stdout)
    assert counts["documents"] >= len(corpus_files(example_corpus()))  # type: ignore[arg-type]
    assert counts["events"] > 0 and counts["deals"] > 0

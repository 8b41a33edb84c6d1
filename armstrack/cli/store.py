"""``armstrack ingest``, ``status`` and ``demo``: fill the store and say what it holds (registered on import)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

import armstrack
from armstrack.cli import app
from armstrack.cli.common import ConfigOption, DbOption, open_store, options_from, report_error, with_progress
from armstrack.cli.deals import deals_table
from armstrack.ingest import Ingestion, IngestRun
from armstrack.model import Event
from armstrack.settings import Options
from armstrack.sources import read_inputs
from armstrack.store import Store
from armstrack.store.deals import StoredDeals


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or URLs (JSONL, text, HTML, feed, WARC).")],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Extract events from documents and store both; re-running on the same inputs changes nothing.

    Example: armstrack ingest news/ --db arms.sqlite
    """
    options = options_from(config)
    with open_store(db, options) as store:
        run = _ingest(store, inputs, options)
        typer.echo(run.summary(store.url))
    if run.failed:
        raise typer.Exit(code=1)


@app.command()
def status(
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Say what the store holds: documents by language, events by type, deals, publication dates.

    Example: armstrack status --db arms.sqlite --json
    """
    options = options_from(config)
    with open_store(db, options) as store:
        counts = {"database": store.url, **store.counts(), "deals": StoredDeals(store, options).count()}
    if as_json:
        typer.echo(json.dumps(counts, ensure_ascii=False, indent=2))
    else:
        Console().print(_status_table(counts))


@app.command()
def demo(
    db: DbOption = None,
    config: ConfigOption = None,
    corpus: Annotated[
        Path | None, typer.Option("--corpus", help="Folder to ingest instead of the bundled examples.")
    ] = None,
) -> None:
    """Ingest the bundled example corpus (JSONL, text, HTML, RSS) and show the events found.

    Example: armstrack demo --db demo.sqlite
    """
    folder = corpus or example_corpus()
    if folder is None or not folder.is_dir():
        report_error(f"{folder or 'examples'}: example corpus not found")
        raise typer.Exit(code=1)
    options = options_from(config)
    with open_store(db, options) as store:
        run = _ingest(store, corpus_files(folder), options)
        events = [pair for document_id in run.documents for pair in store.events(document_id=document_id)]
        covered = set(run.documents)
        deals = [deal for deal in StoredDeals(store, options).find()
                 if any(source.document_id in covered for source in deal.sources)]
        output = Console()
        output.print(events_table(events))
        output.print(deals_table(deals))
        typer.echo(run.summary(store.url))
    if run.failed:
        raise typer.Exit(code=1)


def example_corpus() -> Path | None:
    """The bundled examples: armstrack/examples in an installed wheel, examples/ in a source checkout."""
    package = Path(armstrack.__file__).parent
    for folder in (package / "examples", package.parent / "examples"):
        if folder.is_dir():
            return folder
    return None


def corpus_files(folder: Path) -> list[str]:
    """The documents of a corpus folder: every file but hidden ones and the README that describes them."""
    return [
        str(path) for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.startswith(".") and not path.name.upper().startswith("README")
    ]


def _ingest(store: Store, inputs: list[str], options: Options) -> IngestRun:
    """Read, extract and store INPUTS, then merge the deals they touch; each problem is one stderr line."""
    ingestion = Ingestion(store, options)
    for _, problems in with_progress("ingesting", ingestion(read_inputs(inputs, options))):
        for problem in problems:
            report_error(problem)
    return ingestion.run


def _status_table(counts: dict[str, Any]) -> Table:
    table = Table("", "count", title="armstrack store", title_justify="left")
    table.add_row("database", str(counts["database"]))
    table.add_row("documents", str(counts["documents"]))
    for language, n in counts["languages"].items():
        table.add_row(f"  {language}", str(n))
    table.add_row("events", str(counts["events"]))
    for kind, n in counts["types"].items():
        table.add_row(f"  {kind}", str(n))
    table.add_row("deals", str(counts["deals"]))
    published = counts["published"]
    table.add_row("published", f"{published['first'] or '-'} .. {published['last'] or '-'}")
    return table


def events_table(events: list[tuple[str, Event]]) -> Table:
    """A table of (document id, event) pairs: type, countries, system or scope, status, document."""
    table = Table("type", "who", "what", "status", "document", title=f"{len(events)} events found")
    for document_id, event in events:
        row = event.to_format()
        table.add_row(event.type, _who(row), _what(row), row.get("status") or "-", document_id)
    return table


def _who(row: dict[str, Any]) -> str:
    """The countries of an event, as a reader says them: supplier -> recipient, producer + partner, parties."""
    if row["type"] == "transfer":
        return f"{row['supplier'] or '?'} -> {row['recipient'] or '?'}"
    if row["type"] == "production":
        return f"{row['producer'] or '?'}" + (f" + {row['partner']}" if row["partner"] else "")
    return ", ".join(row.get("parties") or [])


def _what(row: dict[str, Any]) -> str:
    if row["type"] == "agreement":
        return ", ".join(row.get("scope") or []) or "-"
    system, category = row.get("system"), row.get("category")
    if system and category:
        return f"{system} ({category})"
    return str(system or category or "-")

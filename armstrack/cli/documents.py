"""``armstrack extract``: documents in any supported form -> events JSONL exactly as FORMAT.md."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from armstrack.cli import app
from armstrack.cli.common import ConfigOption, options_from, report_error, with_progress
from armstrack.deals import assign_clusters
from armstrack.extract import build_pipeline
from armstrack.model import Document, Event
from armstrack.sources import read_inputs


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or URLs (JSONL, text, HTML, feed, WARC).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Events JSONL to write ('-' for stdout).")] = Path("-"),
    config: ConfigOption = None,
) -> None:
    """Extract events from documents, one JSONL line per document (stateless; nothing is stored).

    Example: armstrack extract articles.jsonl -o events.jsonl
    """
    options = options_from(config)
    pipeline = build_pipeline(options)
    failed = 0
    reports: list[tuple[Document, list[Event]]] = []  # documents and events only: sentences and mentions are dropped
    for outcome in with_progress("extracting", pipeline.pipe(read_inputs(inputs, options))):
        if outcome.doc is None:
            failed += 1
            report_error(str(outcome.error))
        else:
            reports.append((outcome.doc.document, outcome.doc.events))
    # cluster ids need every document of the run: one deal may be reported by the first and the last
    assign_clusters(reports, options)
    handle = open(output, "w", encoding="utf-8") if str(output) != "-" else None  # noqa: SIM115
    try:
        for document, events in reports:
            row = {"id": document.id, "events": [e.to_format() for e in events]}
            line = json.dumps(row, ensure_ascii=False) + "\n"
            if handle is None:
                typer.echo(line, nl=False)
            else:
                handle.write(line)
    finally:
        if handle is not None:
            handle.close()
    if failed:
        raise typer.Exit(code=1)

"""``armstrack export`` and ``armstrack report``: deals for other tools, dossiers for readers (registered on import)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from armstrack.cli import app
from armstrack.cli.common import (
    CategoryOption,
    ConfigOption,
    CountryOption,
    DbOption,
    SinceOption,
    StatusOption,
    SystemOption,
    UntilOption,
    checked,
    open_arms,
    options_from,
    report_error,
)
from armstrack.exports import exporters

OutputOption = Annotated[Path, typer.Option("--output", "-o", help="File to write.")]


@app.command("export")
def export_command(
    format: Annotated[str, typer.Option("--format", "-f", help="csv, jsonl, parquet, graphml, gexf, ftm, "
                                        "or a plugin's format (see `armstrack export --list`).")] = "csv",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write.")] = None,
    db: DbOption = None,
    country: CountryOption = None,
    supplier: CountryOption = None,
    recipient: CountryOption = None,
    system: SystemOption = None,
    category: CategoryOption = None,
    status: StatusOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    list_formats: Annotated[bool, typer.Option("--list", help="List the export formats and exit.")] = False,
    config: ConfigOption = None,
) -> None:
    """Write the deals (same filters as `armstrack deals`) in a format other tools read.

    Example: armstrack export --format csv -o morocco.csv --db arms.sqlite --recipient Marokko
    """
    if list_formats:
        for name, exporter in exporters().items():
            typer.echo(f"{name:<10} {exporter.suffix:<10} {exporter.description}")
        return
    if output is None:
        report_error("export: give the file to write with -o/--output")
        raise typer.Exit(code=2)
    filters = {"country": country, "supplier": supplier, "recipient": recipient, "system": system,
               "category": category, "status": status, "since": since, "until": until}
    with open_arms(db, options_from(config)) as arms:
        written = checked(lambda: arms.export(format, output, **filters))
    typer.echo(f"{output}: {written} {format} records")


@app.command("report")
def report_command(
    country: Annotated[str, typer.Option(help="Country in any language, or its code: Marokko, Maroc, MAR.")],
    output: OutputOption,
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", help="html, or pdf (needs playwright and chromium).")] = "html",
    config: ConfigOption = None,
) -> None:
    """Write a country's dossier: a timeline of its deals, its partner network and a deal table with sources.

    Example: armstrack report --country Marokko -o morocco.html --db arms.sqlite
    """
    if format not in ("html", "pdf"):
        report_error(f"{format}: unknown report format (html or pdf)")
        raise typer.Exit(code=2)
    with open_arms(db, options_from(config)) as arms:
        checked(lambda: arms.report(country, output, format))
    typer.echo(f"{output}: dossier of {country}")

"""``armstrack export`` and ``armstrack report``: deals for other tools, dossiers for readers (registered on import)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from armstrack.api import Armstrack
from armstrack.api import open as open_store
from armstrack.cli import app
from armstrack.cli.common import options_from, report_error
from armstrack.errors import ArmstrackError, ConfigError
from armstrack.exports import exporters

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database file or SQLAlchemy URL (default: ARMSTRACK_URL, else the per-user store)."),
]
ConfigOption = Annotated[Path | None, typer.Option("--config", help="Settings file overriding settings.toml.")]
CountryOption = Annotated[str | None, typer.Option(help="Country in any language, or its code: Marokko, MAR.")]
T = TypeVar("T")
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
    system: Annotated[str | None, typer.Option(help="System name or part of it: TB2.")] = None,
    category: Annotated[str | None, typer.Option(help="FORMAT.md category: uav, air_defence, ...")] = None,
    status: Annotated[str | None, typer.Option(help="Most advanced stage: planned, ordered, delivered, ...")] = None,
    since: Annotated[str | None, typer.Option(help="Deals active in or after this year (or YYYY-MM).")] = None,
    until: Annotated[str | None, typer.Option(help="Deals active in or before this year (or YYYY-MM).")] = None,
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
    with _open(db, config) as arms:
        written = _run(lambda: arms.export(format, output, **filters))
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
    with _open(db, config) as arms:
        _run(lambda: arms.report(country, output, format))
    typer.echo(f"{output}: dossier of {country}")


def _open(db: str | None, config: Path | None) -> Armstrack:
    try:
        return open_store(db, options_from(config))
    except ArmstrackError as err:
        report_error(str(err))
        raise typer.Exit(code=1) from err


def _run(action: Callable[[], T]) -> T:
    """Run ACTION; a bad country or format is one line and exit code 2, other failures exit code 1."""
    try:
        return action()
    except ConfigError as err:
        report_error(str(err))
        raise typer.Exit(code=2) from err
    except (ArmstrackError, OSError) as err:
        report_error(str(err))
        raise typer.Exit(code=1) from err

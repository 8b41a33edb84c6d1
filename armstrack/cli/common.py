"""What every command shares: options and their help, opening the store, error lines, the console."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from armstrack.api import Armstrack
from armstrack.errors import ArmstrackError, ConfigError
from armstrack.settings import Options, load_options
from armstrack.store import Store

console = Console(stderr=True)
T = TypeVar("T")
# The progress display appears only once a run has taken this long, so quick runs stay quiet.
PROGRESS_AFTER_SECONDS = 1.0

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database file or SQLAlchemy URL (default: ARMSTRACK_URL, else the per-user store)."),
]
ConfigOption = Annotated[Path | None, typer.Option("--config", help="Settings file overriding settings.toml.")]
# The deal filters every listing command shares (armstrack deals, export); see armstrack.api.DealFilter.
CountryOption = Annotated[str | None, typer.Option(help="Country in any language, or its code: Marokko, MAR.")]
SystemOption = Annotated[str | None, typer.Option(help="System name or part of it: TB2.")]
CategoryOption = Annotated[str | None, typer.Option(help="FORMAT.md category: uav, air_defence, ...")]
StatusOption = Annotated[str | None, typer.Option(help="Most advanced stage: planned, ordered, delivered, ...")]
SinceOption = Annotated[str | None, typer.Option(help="Deals active in or after this year (or YYYY-MM).")]
UntilOption = Annotated[str | None, typer.Option(help="Deals active in or before this year (or YYYY-MM).")]


def options_from(config: Path | None, **overrides: object) -> Options:
    """Options from settings.toml, an optional --config file and command-line overrides."""
    return load_options(config, **overrides)


def report_error(message: str) -> None:
    """One plain line on stderr naming the input at fault."""
    print(f"armstrack: {message}", file=sys.stderr, flush=True)


def open_store(db: str | None, options: Options) -> Store:
    """The store at --db (else the configured or per-user one); a store that cannot open stops the command."""
    return checked(lambda: Store.open(db or options.url or None))


def open_arms(db: str | None, options: Options) -> Armstrack:
    """The Python API's handle on the store at --db."""
    return Armstrack(open_store(db, options), options)


def checked(action: Callable[[], T]) -> T:
    """Run ACTION; a bad setting, country or format is one line and exit code 2, other failures exit code 1."""
    try:
        return action()
    except ConfigError as err:
        report_error(str(err))
        raise typer.Exit(code=2) from err
    except (ArmstrackError, OSError) as err:
        report_error(str(err))
        raise typer.Exit(code=1) from err


def with_progress(label: str, results: Iterable[T]) -> Iterator[T]:
    """Pass RESULTS through, with a progress bar on a terminal's stderr once the run takes over a second."""
    started = time.monotonic()
    progress: Progress | None = None
    try:
        for done, result in enumerate(results, 1):
            if progress is None and console.is_terminal and time.monotonic() - started > PROGRESS_AFTER_SECONDS:
                progress = Progress(
                    SpinnerColumn(), TextColumn(label), BarColumn(), TextColumn("{task.completed} documents"),
                    TimeElapsedColumn(), console=console, transient=True,
                )
                progress.start()
                task = progress.add_task(label, total=None, completed=done - 1)
            if progress is not None:
                progress.advance(task)
            yield result
    finally:
        if progress is not None:
            progress.stop()

"""The ``armstrack`` command: a thin layer over the library, one module per group of commands."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="armstrack",
    help="Turn defence news into a sourced database of arms transfers.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)


@app.callback()
def _root() -> None:
    """Turn defence news into a sourced database of arms transfers."""


# Each module registers its commands on ``app`` when imported.
from armstrack.cli import deals, documents, exports, store, web  # noqa: E402,F401


def main() -> None:
    """Entry point of the console script."""
    app()

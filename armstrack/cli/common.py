"""What every command shares: options loading, error lines, the console."""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console

from armstrack.settings import Options, load_options

console = Console(stderr=True)


def options_from(config: Path | None, **overrides: object) -> Options:
    """Options from settings.toml, an optional --config file and command-line overrides."""
    return load_options(config, **overrides)


def report_error(message: str) -> None:
    """One plain line on stderr naming the input at fault."""
    print(f"armstrack: {message}", file=sys.stderr, flush=True)

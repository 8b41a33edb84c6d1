"""The exporter registry: built-in formats and third-party ones register the same way.

A third party ships an object with ``suffix``, ``description`` and ``write`` and either calls
``register_exporter("name", exporter)`` or declares an entry point::

    [project.entry-points."armstrack.exporters"]
    kml = "armstrack_kml:exporter"
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Sequence
from importlib.metadata import entry_points
from pathlib import Path
from typing import Protocol, runtime_checkable

from armstrack.deals import Deal
from armstrack.errors import ConfigError
from armstrack.exports.context import ExportContext

ENTRY_POINT_GROUP = "armstrack.exporters"
# Each module registers its exporters when imported, through register_exporter like any plugin.
BUILT_IN = ("armstrack.exports.tables", "armstrack.exports.jsonl", "armstrack.exports.graphs",
            "armstrack.exports.ftm")

log = logging.getLogger(__name__)
_registry: dict[str, Exporter] = {}
_discovered = False


@runtime_checkable
class Exporter(Protocol):
    """Writes deals to one file in one format."""

    suffix: str  # the file name ending the format uses: ".csv"
    description: str  # one line for ``armstrack export --help``

    def write(self, deals: Sequence[Deal], target: Path, context: ExportContext) -> int:
        """Write DEALS to TARGET; returns the number of records written (rows, entities, edges)."""
        ...


def register_exporter(name: str, exporter: Exporter) -> None:
    """Make EXPORTER available as ``armstrack export --format NAME`` (a later registration replaces it)."""
    if not isinstance(exporter, Exporter):
        raise ConfigError(f"{name}: an exporter needs suffix, description and write(deals, target, context)")
    _registry[name] = exporter


def exporters() -> dict[str, Exporter]:
    """Every registered exporter by name: the built-ins, then entry points of group ``armstrack.exporters``."""
    _discover()
    return dict(sorted(_registry.items()))


def get_exporter(name: str) -> Exporter:
    """The exporter registered as NAME (ConfigError naming the known formats when there is none)."""
    known = exporters()
    if name not in known:
        raise ConfigError(f"{name}: unknown export format (known: {', '.join(known)})")
    return known[name]


def _discover() -> None:
    global _discovered
    if _discovered:
        return
    _discovered = True
    for module in BUILT_IN:
        importlib.import_module(module)
    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            register_exporter(point.name, point.load())
        except Exception as err:  # a broken plugin must not take the built-in formats down with it
            log.warning("%s: exporter plugin %s not loaded: %s", point.name, point.value, err)

"""Exports: deals in the formats other tools read (SIPRI-style CSV, JSONL, Parquet, GraphML, GEXF, FtM).

    from armstrack.exports import export
    export(deals, "graphml", "arms.graphml")      # returns the number of records written

Formats live in a registry; ``register_exporter`` and the ``armstrack.exporters`` entry point group
add more (see ``armstrack.exports.registry``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from armstrack.deals import Deal
from armstrack.exports.context import ExportContext
from armstrack.exports.registry import ENTRY_POINT_GROUP, Exporter, exporters, get_exporter, register_exporter


def export(deals: Sequence[Deal], format: str, target: str | Path,
           companies: Mapping[str, list[str]] | None = None) -> int:
    """Write DEALS to TARGET in a registered FORMAT; returns the number of records written."""
    return get_exporter(format).write(deals, Path(target), ExportContext.create(companies))


__all__ = ["ENTRY_POINT_GROUP", "ExportContext", "Exporter", "export", "exporters", "get_exporter",
           "register_exporter"]

"""JSON lines: one whole deal per line (``Deal.to_dict()``), read back with ``Deal.from_dict``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from armstrack.deals import Deal
from armstrack.exports.context import ExportContext
from armstrack.exports.registry import register_exporter


class DealsJsonl:
    """Deals with their stage history, what each source says, consensus, contradictions and evidence."""

    suffix = ".jsonl"
    description = "one deal per line: stages, per-source values, consensus, contradictions, evidence"

    def write(self, deals: Sequence[Deal], target: Path, context: ExportContext) -> int:
        """Write one line per deal; returns the line count."""
        with Path(target).open("w", encoding="utf-8") as stream:
            for deal in deals:
                stream.write(json.dumps(deal.to_dict(), ensure_ascii=False) + "\n")
        return len(deals)


register_exporter("jsonl", DealsJsonl())

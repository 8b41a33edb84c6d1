"""Tabular exports: the CSV trade register (csv module) and every deal as Parquet (pyarrow)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from armstrack.deals import Deal
from armstrack.exports.cells import write_rows
from armstrack.exports.context import ExportContext
from armstrack.exports.register import REGISTER_COLUMNS, consensus_value, register_rows
from armstrack.exports.registry import register_exporter

_TEXT = pa.string()
_TEXTS = pa.list_(pa.string())
# Slots whose values differ in kind (numbers, money, lists) are JSON text; the rest are typed columns.
DEAL_SCHEMA = pa.schema([
    ("id", _TEXT), ("type", _TEXT), ("supplier", _TEXT), ("recipient", _TEXT), ("producer", _TEXT),
    ("partner", _TEXT), ("parties", _TEXTS), ("system", _TEXT), ("category", _TEXT), ("status", _TEXT),
    ("first_date", _TEXT), ("last_date", _TEXT), ("quantity", pa.int64()), ("value_amount", pa.float64()),
    ("value_currency", _TEXT), ("independent_sources", pa.int64()), ("mentions", _TEXTS),
    ("stages", pa.list_(pa.struct([("name", _TEXT), ("date", _TEXT), ("first_reported", _TEXT),
                                   ("sources", _TEXTS)]))),
    ("sources", pa.list_(pa.struct([("document_id", _TEXT), ("url", _TEXT), ("outlet", _TEXT),
                                    ("published", _TEXT), ("title", _TEXT), ("copy_of", _TEXT)]))),
    ("evidence", pa.list_(pa.struct([("document_id", _TEXT), ("quote", _TEXT), ("outlet", _TEXT),
                                     ("url", _TEXT)]))),
    ("claims", _TEXT), ("consensus", _TEXT), ("contradictions", _TEXT),
])


class RegisterCsv:
    """A SIPRI-style trade register with sourcing columns and supplier/recipient centroids."""

    suffix = ".csv"
    description = "trade register in the spirit of SIPRI's, with sources and centroids for arc maps"

    def write(self, deals: Sequence[Deal], target: Path, context: ExportContext) -> int:
        """Write one row per transfer (and licensed production); returns the row count."""
        rows = register_rows(deals, context)
        with Path(target).open("w", encoding="utf-8", newline="") as stream:
            write_rows(stream, rows, REGISTER_COLUMNS)
        return len(rows)


class DealsParquet:
    """Every deal with its stages, sources and evidence as Parquet structs; claims as JSON text."""

    suffix = ".parquet"
    description = "every deal, stages/sources/evidence as structs, claims and contradictions as JSON"

    def write(self, deals: Sequence[Deal], target: Path, context: ExportContext) -> int:
        """Write one row per deal; returns the row count."""
        table = pa.Table.from_pylist([deal_record(deal) for deal in deals], schema=DEAL_SCHEMA)
        pq.write_table(table, Path(target))
        return table.num_rows


def deal_record(deal: Deal) -> dict[str, Any]:
    """A deal as one Parquet row of DEAL_SCHEMA."""
    row = deal.to_dict()
    value = consensus_value(deal, "value")
    quantity = consensus_value(deal, "quantity")
    row.update(
        quantity=int(quantity) if quantity is not None else None,
        value_amount=float(value["amount"]) if value else None,
        value_currency=value["currency"] if value else None,
        claims=json.dumps(row["claims"], ensure_ascii=False),
        consensus=json.dumps(row["consensus"], ensure_ascii=False),
        contradictions=json.dumps(row["contradictions"], ensure_ascii=False),
    )
    return row


register_exporter("csv", RegisterCsv())
register_exporter("parquet", DealsParquet())

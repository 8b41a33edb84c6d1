"""CSV cells a spreadsheet opens safely: one rule for every CSV armstrack writes."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

# Spreadsheets run a cell that starts like a formula; article text can start that way (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: Any) -> Any:
    """VALUE as a CSV cell: lists and objects as JSON, text that starts like a formula prefixed with '."""
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_rows(stream: TextIO, rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> None:
    """ROWS as CSV on STREAM under a header of COLUMNS, every cell made spreadsheet-safe."""
    writer = csv.DictWriter(stream, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: spreadsheet_cell(row.get(key)) for key in columns})


def rows_csv(rows: Sequence[Mapping[str, Any]]) -> str:
    """ROWS as CSV text, one column per key in first-seen order."""
    out = io.StringIO()
    write_rows(out, rows, list(dict.fromkeys(key for row in rows for key in row)))
    return out.getvalue()

"""Any list the API serves, as a JSON or CSV download."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from fastapi.responses import JSONResponse, Response

# Spreadsheets run a cell that starts like a formula; article text can start that way (OWASP CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def download(rows: Sequence[dict[str, Any]], name: str, kind: str) -> Response:
    """ROWS as an attachment NAME.json or NAME.csv."""
    disposition = {"Content-Disposition": f'attachment; filename="{name}.{kind}"'}
    if kind == "csv":
        return Response(to_csv(rows), media_type="text/csv; charset=utf-8", headers=disposition)
    return JSONResponse(list(rows), headers=disposition)


def to_csv(rows: Sequence[dict[str, Any]]) -> str:
    """ROWS as CSV: one column per key in first-seen order; lists and objects as JSON, formulas defused."""
    columns = list(dict.fromkeys(key for row in rows for key in row))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _cell(row.get(key)) for key in columns})
    return out.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value

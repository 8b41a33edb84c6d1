"""Any list the API serves, as a JSON or CSV download."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi.responses import JSONResponse, Response

from armstrack.exports.cells import rows_csv


def download(rows: Sequence[dict[str, Any]], name: str, kind: str) -> Response:
    """ROWS as an attachment NAME.json or NAME.csv."""
    disposition = {"Content-Disposition": f'attachment; filename="{name}.{kind}"'}
    if kind == "csv":
        return Response(rows_csv(rows), media_type="text/csv; charset=utf-8", headers=disposition)
    return JSONResponse(list(rows), headers=disposition)

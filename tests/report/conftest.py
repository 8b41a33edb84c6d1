"""Report fixtures: the stores of the exports tests (written reports, and the example corpus ingested)."""

from __future__ import annotations

from exports.conftest import arms, demo, demo_db, reports_db  # noqa: F401 - fixtures shared with the exports tests

"""Country dossiers: one self-contained HTML page (or PDF) per country, from the deals in the store.

    with armstrack.open("arms.sqlite") as arms:
        arms.report("Marokko", "morocco.html")
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from armstrack.exports.context import ExportContext
from armstrack.report.dossier import render

if TYPE_CHECKING:
    from armstrack.api import Armstrack


def dossier_html(arms: Armstrack, country: str) -> str:
    """The dossier of a country (any language or code) as one HTML page."""
    from armstrack.api import country_code

    code = country_code(country)
    deals = arms.deals(country=code)
    # the database's name, not its full path or URL, so that a shared page does not reveal local paths
    store = arms.store.url.rsplit("/", 1)[-1]
    return render(code, deals, ExportContext.create(arms.companies(deals)), store)


def write_dossier(arms: Armstrack, country: str, target: Path, format: str = "html") -> Path:
    """Write a country's dossier to TARGET as "html" or "pdf" (PDF needs playwright and chromium)."""
    page = dossier_html(arms, country)
    if format == "pdf":
        from armstrack.report.pdf import html_to_pdf

        html_to_pdf(page, target)
    else:
        target.write_text(page, encoding="utf-8")
    return target


__all__ = ["dossier_html", "write_dossier"]

"""Query parameters the pages and the JSON API share, validated once: bad values are 4xx, never 5xx.

HTML filter forms send empty fields (``?category=``), so every filter reads an empty value as absent.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import HTTPException, Query

from armstrack.api import DealFilter
from armstrack.model import CATEGORIES, STATUSES
from armstrack.web.queries import SORT_KEYS, DealQuery

ALL_STATUSES: tuple[str, ...] = tuple(sorted({s for stages in STATUSES.values() for s in stages}))
DATE_PATTERN = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"
MAX_PER_PAGE = 500

Text = Annotated[str | None, Query(max_length=200)]
Country = Annotated[str | None, Query(max_length=200, description="A country or actor: any name, demonym or ISO "
                                                                  "code, in any supported language (Marokko, MAR).")]
Category = Annotated[str | None, Query(pattern=f"^({'|'.join(('', *CATEGORIES))})$",
                                       description="One of the categories of FORMAT.md.")]
Status = Annotated[str | None, Query(pattern=f"^({'|'.join(('', *ALL_STATUSES))})$")]
Language = Annotated[str | None, Query(max_length=20, description="ISO 639-1 code: en, fr, nl, de, es, ar.")]
EventType = Annotated[str | None, Query(pattern=f"^({'|'.join(('', *STATUSES))})$")]
Day = Annotated[str | None, Query(pattern=DATE_PATTERN, description="A year or partial ISO date: 2021, 2021-04.")]
PageNumber = Annotated[int, Query(ge=1, le=1_000_000)]
PerPage = Annotated[int, Query(ge=1, le=MAX_PER_PAGE)]
Format = Annotated[Literal["json", "csv"] | None, Query(
    description="Download every matching row (not only this page) as a JSON or CSV file.")]


def clean(value: str | None) -> str | None:
    """An optional text parameter: stripped, empty as None; NUL refused (PostgreSQL cannot store it)."""
    if value is None:
        return None
    if "\x00" in value:
        raise HTTPException(status_code=400, detail="parameters may not contain NUL characters")
    return value.strip() or None


def deal_filter(country: Country = None, supplier: Country = None, recipient: Country = None,
                system: Text = None, category: Category = None, status: Status = None,
                since: Day = None, until: Day = None) -> DealFilter:
    """The shared deal filters from the query string."""
    return DealFilter(clean(country), clean(supplier), clean(recipient), clean(system), clean(category),
                      clean(status), clean(since), clean(until))


def deal_query(
    country: Country = None, supplier: Country = None, recipient: Country = None, system: Text = None,
    category: Category = None, status: Status = None, since: Day = None, until: Day = None,
    sort: Annotated[str, Query(pattern=f"^({'|'.join(SORT_KEYS)})$")] = "first_date",
    order: Literal["asc", "desc"] = "desc",
    page: PageNumber = 1,
    per_page: PerPage = 50,
) -> DealQuery:
    """A deal list request: filters, sort column and direction, page."""
    filters = deal_filter(country, supplier, recipient, system, category, status, since, until)
    return DealQuery(filters, sort, order == "desc", page, per_page)

"""Publication dates as partial ISO strings (YYYY, YYYY-MM, YYYY-MM-DD), from what a source states."""

from __future__ import annotations

import re
import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime

PARTIAL_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def partial_date(value: object) -> str | None:
    """VALUE as YYYY, YYYY-MM or YYYY-MM-DD when it is one (or an ISO timestamp), else None."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    match = PARTIAL_ISO.fullmatch(value)
    if match:
        return value if _valid(*match.groups()) else None
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        return None


def feed_date(raw: str | None, parsed: time.struct_time | None) -> str | None:
    """An entry's date as the feed wrote it (RFC 822 or ISO), falling back to feedparser's UTC reading."""
    if raw:
        # The local calendar day the outlet published on; feedparser's parsed value is shifted to UTC.
        local = partial_date(raw)
        if local is not None:
            return local
        try:
            return parsedate_to_datetime(raw).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    if parsed is not None:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
    return None


def _valid(year: str, month: str | None, day: str | None) -> bool:
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True

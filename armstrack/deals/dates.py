"""Partial ISO dates (``2021``, ``2021-04``, ``2021-04-12``) compared at the precision both share."""

from __future__ import annotations

import re
from functools import lru_cache

PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@lru_cache(maxsize=65_536)  # a corpus repeats few distinct dates many times
def parts(date: str | None) -> tuple[int, ...]:
    """(year[, month[, day]]) of a partial date; () when it is null or not a partial ISO date."""
    if not date:
        return ()
    match = PARTIAL.match(date)
    if match is None:
        return ()
    return tuple(int(group) for group in match.groups() if group is not None)


def compatible(a: str | None, b: str | None) -> bool:
    """True unless both dates are known and differ at their shared precision (2021 fits 2021-04)."""
    pa, pb = parts(a), parts(b)
    shared = min(len(pa), len(pb))
    return pa[:shared] == pb[:shared]


def months_apart(a: str | None, b: str | None) -> int | None:
    """Whole months between two dates at their shared precision (years count 12), or None if one is unknown."""
    pa, pb = parts(a), parts(b)
    if not pa or not pb:
        return None
    if len(pa) == 1 or len(pb) == 1:
        return abs(pa[0] - pb[0]) * 12
    return abs((pa[0] * 12 + pa[1]) - (pb[0] * 12 + pb[1]))


def before(a: str | None, b: str | None) -> bool:
    """True when ``a`` is strictly earlier than ``b`` at their shared precision."""
    pa, pb = parts(a), parts(b)
    shared = min(len(pa), len(pb))
    return shared > 0 and pa[:shared] < pb[:shared]


def sort_key(date: str | None) -> tuple[int, ...]:
    """Orders partial dates chronologically, coarse dates first, unknown dates last."""
    found = parts(date)
    return found if found else (10_000,)


def precision(date: str | None) -> int:
    """How many of year, month, day the date gives."""
    return len(parts(date))

"""When deals of one item happened: repeat orders years apart are different deals.

Periods are worked out from the distinct (order date, quantity) pairs an item's reports give,
not from the reports themselves, so a deal reported ten thousand times costs no more than one
reported ten times.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from armstrack.deals import dates
from armstrack.deals.mention import Mention

# (anchor, quantity, reported_at): all that decides which period a report belongs to.
TimeKey = tuple[str | None, int | None, str | None]


def time_key(mention: Mention) -> TimeKey:
    """A mention's time signature; an undated report is placed by its quantity and its own date."""
    return (mention.anchor, mention.quantity, None if mention.anchor else mention.reported_at)


@dataclass
class Period:
    """One deal's span of order (or signing) dates and the quantities reported with them."""

    first: str | None = None
    last: str | None = None
    quantities: set[int] = field(default_factory=set)

    def take(self, anchor: str, quantity: int | None) -> None:
        """Extend the period with one dated report."""
        self.first = self.first or anchor
        self.last = anchor
        if quantity is not None:
            self.quantities.add(quantity)

    def ends_before(self, anchor: str, quantity: int | None, window_months: int) -> bool:
        """True when a later dated report starts a new deal: too far on, and not the same quantity."""
        gap = dates.months_apart(self.last, anchor)
        if gap is None or gap <= window_months:
            return False
        # the same quantity ordered twice years apart is more likely one deal misdated
        return quantity is None or quantity not in self.quantities

    @property
    def suffix(self) -> str:
        """The year of the period's first order, which tells a repeat order's id apart."""
        return str(dates.parts(self.first)[0]) if self.first else ""


def periods(keys: Iterable[TimeKey], window_months: int) -> tuple[list[Period], dict[TimeKey, int]]:
    """The periods of an item and the period index of each time signature."""
    keys = set(keys)
    dated = sorted({(a, q) for a, q, _ in keys if a}, key=lambda pair: (dates.sort_key(pair[0]),
                                                                          -1 if pair[1] is None else pair[1]))
    found: list[Period] = []
    index: dict[tuple[str, int | None], int] = {}
    for anchor, quantity in dated:
        if not found or found[-1].ends_before(anchor, quantity, window_months):
            found.append(Period())
        found[-1].take(anchor, quantity)
        index[(anchor, quantity)] = len(found) - 1
    if not found:
        found.append(Period())
    placed = {key: index[(key[0], key[1])] if key[0] else _place(found, key[1], key[2]) for key in keys}
    return found, placed


def _place(found: list[Period], quantity: int | None, when: str | None) -> int:
    """The period an undated report speaks of: the one its quantity names, the latest before its date."""
    if len(found) == 1:
        return 0
    candidates = [n for n, p in enumerate(found) if quantity is not None and quantity in p.quantities]
    candidates = candidates or list(range(len(found)))
    earlier = [n for n in candidates if not when or not dates.before(when, found[n].first)]
    return earlier[-1] if earlier else candidates[0]


def overlaps(a: Period, b: Period, window_months: int) -> bool:
    """True when two periods could be one deal: either undated, or within the window of each other."""
    if not a.first or not b.first:
        return True
    if dates.sort_key(a.last) < dates.sort_key(b.first):
        gap = dates.months_apart(a.last, b.first)
    elif dates.sort_key(b.last) < dates.sort_key(a.first):
        gap = dates.months_apart(b.last, a.first)
    else:
        return True
    return gap is not None and gap <= window_months

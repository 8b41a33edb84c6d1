"""Which system a production is of: named from the document's deals or its named systems, drone kinds unified."""

from __future__ import annotations

from typing import TYPE_CHECKING

from armstrack.extract.attach import NARROWER, same_kind
from armstrack.kb.normalize import key
from armstrack.model import Event, Production, Transfer

if TYPE_CHECKING:
    from armstrack.extract.assemble import Named
    from armstrack.extract.events import Candidate


def name_from_deals(events: list[Event], deals: list[Transfer]) -> None:
    """A production of "the drones" names the system the producer buys in the document, when only one fits."""
    for event in events:
        assert isinstance(event, Production)
        if event.system is not None:
            continue
        # a system bought from the partner (home-built "tanks and howitzers" are not the HIMARS bought too), or,
        # no partner named, the one order of that kind
        named = {(d.system, d.supplier) for d in deals if isinstance(d, Transfer) and d.system
                 and d.recipient == event.producer and same_kind(d.category, event.category)
                 and (event.partner == d.supplier or event.partner is None and event.status != "operational")}
        if len(named) == 1:
            # "ein Teil der Flugzeuge soll in der Schweiz endmontiert werden": part of the order, to be made at home;
            # a running home production ("already builds its own tanks") is not that order
            event.system, event.partner = named.pop()


def date_from_deals(events: list[Event], deals: list[Transfer]) -> None:
    """ "The deal also covers the co-production of the drones in Saudi Arabia": a production of the very system
    the producer orders from its partner, with no date of its own, is part of that order and takes its date."""
    for event in events:
        assert isinstance(event, Production)
        if event.date is not None or event.system is None:
            continue
        dates = {d.order_date for d in deals if d.order_date and d.recipient == event.producer
                 and d.supplier == event.partner and d.system and key(d.system) == key(event.system)}
        if len(dates) == 1:
            event.date = dates.pop()


def name_from_text(events: list[Event], named: list[Named]) -> None:
    """ "Damen may build four German frigates" in an article on the MKS 180: a production of a kind with a
    partner names the one system of that kind the article names, when it is made by the producer or partner."""
    for event in events:
        assert isinstance(event, Production)
        if event.system is not None or event.partner is None:
            continue
        fits = {n.system.name for n in named if same_kind(n.system.category, event.category)}
        origins = {n.system.origin for n in named if n.system.name in fits}
        if len(fits) == 1 and origins <= {event.producer, event.partner}:
            event.system = fits.pop()


def unify_drone_categories(candidates: list[Candidate]) -> None:
    """Generic drone productions take the narrowest drone category the article body names
    ("co-produce kamikaze drones ... the drones"); teaser lines of other articles do not count."""
    generic = [c for c in candidates if _made(c).system is None and is_drone(_made(c).category)]
    body = [_made(c).category for c in generic if c.unit == 0] or [_made(c).category for c in generic]
    narrow: list[str | None] = [c for c in body if c in NARROWER]
    if not narrow and body:
        narrow = body[:1]
    for candidate in generic:
        _made(candidate).category = narrow[0] if narrow else _made(candidate).category


def _made(candidate: Candidate) -> Production:
    """The production a production candidate carries."""
    assert isinstance(candidate.event, Production)
    return candidate.event


def is_drone(category: str | None) -> bool:
    """CATEGORY is a drone kind (a drone, or a narrower one such as a loitering munition)."""
    return category is not None and (category in NARROWER or category in NARROWER.values())

"""Deals across documents: reports of one real-world deal merged, corroborated and contradicted.

    book = DealBook()
    ids = book.add(document, events)      # one deal id per event, stable across runs
    deal = book.deal(ids[0])              # stages, per-source values, consensus, contradictions
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from armstrack.deals.book import DealBook, assign_clusters
from armstrack.deals.claims import Claim, Consensus
from armstrack.deals.contradictions import Contradiction
from armstrack.deals.deal import Deal, SourceRecord, Stage
from armstrack.deals.rules import DealRules
from armstrack.model import Document, Event
from armstrack.settings import Options

if TYPE_CHECKING:
    from armstrack.store import Store


def update_store(store: Store, document: Document, events: Sequence[Event], options: Options | None = None
                 ) -> list[str]:
    """After ``store.add(document, events)``: re-merge the deals they touch; returns each event's deal id."""
    # imported here: armstrack.store.deals builds on this package, so a top-level import would be circular
    from armstrack.store.deals import update_store as update

    return update(store, document, events, options)


__all__ = ["Claim", "Consensus", "Contradiction", "Deal", "DealBook", "DealRules", "SourceRecord", "Stage",
           "assign_clusters", "update_store"]

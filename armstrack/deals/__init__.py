"""Deals across documents: reports of one real-world deal merged, corroborated and contradicted.

    book = DealBook()
    ids = book.add(document, events)      # one deal id per event, stable across runs
    deal = book.deal(ids[0])              # stages, per-source values, consensus, contradictions
"""

from armstrack.deals.book import DealBook, assign_clusters
from armstrack.deals.claims import Claim, Consensus
from armstrack.deals.contradictions import Contradiction
from armstrack.deals.deal import Deal, SourceRecord, Stage
from armstrack.deals.rules import DealRules

__all__ = ["Claim", "Consensus", "Contradiction", "Deal", "DealBook", "DealRules", "SourceRecord", "Stage",
           "assign_clusters"]

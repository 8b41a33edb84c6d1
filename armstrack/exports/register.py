"""A trade register in the spirit of SIPRI's: one row per transfer, with armstrack's sourcing columns.

SIPRI registers licensed production as a transfer from the licensor to the producer; production
with a foreign partner is shown that way here. Domestic production and agreements move no weapon
between countries and have no row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from armstrack.deals import Deal
from armstrack.deals.claims import Claim
from armstrack.exports.context import ExportContext

# SIPRI's register columns first, then armstrack's.
REGISTER_COLUMNS: tuple[str, ...] = (
    "recipient", "supplier", "year_of_order", "number_ordered", "designation", "description",
    "number_delivered", "years_of_delivery", "status", "comments",
    "value", "currency", "sources", "independent_sources", "contradictions", "first_reported", "deal_id",
    "source_urls", "supplier_code", "recipient_code", "supplier_latitude", "supplier_longitude",
    "recipient_latitude", "recipient_longitude", "type",
)


def in_register(deal: Deal) -> bool:
    """Whether a deal moves weapons or technology between two parties: a transfer or licensed production."""
    return deal.type == "transfer" or (deal.type == "production" and deal.partner is not None)


def parties(deal: Deal) -> tuple[str | None, str | None]:
    """(supplier, recipient) codes; for production, the partner supplies the producer."""
    if deal.type == "production":
        return deal.partner, deal.producer
    return deal.supplier, deal.recipient


def stage_date(deal: Deal, name: str) -> str | None:
    """The date of a stage of the deal (ordered, delivered, ...), None when unknown or not reached."""
    return next((stage.date for stage in deal.stages if stage.name == name), None)


def first_reported(deal: Deal) -> str | None:
    """The publication date of the first report of the deal."""
    return next((stage.first_reported for stage in deal.stages if stage.name == "reported"), None)


def consensus_value(deal: Deal, slot: str) -> Any:
    """The value a deal shows for a slot, None when no source gives one."""
    agreed = deal.consensus.get(slot)
    return agreed.value if agreed is not None else None


def source_urls(deal: Deal) -> list[str]:
    """The URLs of the deal's sources, in source order, without repeats."""
    return list(dict.fromkeys(source.url for source in deal.sources if source.url))


def delivered_quantity(deal: Deal) -> int | None:
    """The quantity the reports of a delivery give (best supported), None when no delivery report gives one."""
    delivering = set(next((s.sources for s in deal.stages if s.name == "delivered"), []))
    found: list[Claim] = [c for c in deal.claims.get("quantity", []) if delivering & set(c.sources)]
    if not found:
        return None
    best = max(found, key=lambda claim: (claim.independent, claim.latest or ""))
    return int(best.value)


def comments(deal: Deal) -> str:
    """Licensed production and every contradiction, as one line a reader can check against the sources."""
    notes = []
    if deal.type == "production":
        notes.append("production in the recipient with the supplier as partner")
    for contradiction in deal.contradictions:
        sides = " vs ".join(f"{_shown(side.value)} [{', '.join(side.sources)}]" for side in contradiction.sides)
        notes.append(f"sources disagree on {contradiction.slot}: {sides}")
    return "; ".join(notes)


def register_row(deal: Deal, context: ExportContext) -> dict[str, Any]:
    """One register row: SIPRI's columns, then value, sourcing and centroid columns (unknown: None)."""
    supplier, recipient = parties(deal)
    value = consensus_value(deal, "value")
    ordered, delivered = _year(stage_date(deal, "ordered")), _year(stage_date(deal, "delivered"))
    if deal.type == "production":
        ordered = _year(stage_date(deal, "agreed"))
    supplier_at, recipient_at = context.centroid(supplier), context.centroid(recipient)
    return {
        "recipient": context.country_name(recipient), "supplier": context.country_name(supplier),
        "year_of_order": ordered, "number_ordered": consensus_value(deal, "quantity"),
        "designation": deal.system, "description": deal.category, "number_delivered": delivered_quantity(deal),
        "years_of_delivery": delivered, "status": deal.status, "comments": comments(deal),
        "value": value["amount"] if value else None, "currency": value["currency"] if value else None,
        "sources": len(deal.sources), "independent_sources": deal.independent_sources,
        "contradictions": len(deal.contradictions), "first_reported": first_reported(deal), "deal_id": deal.id,
        "source_urls": " ".join(source_urls(deal)), "supplier_code": supplier, "recipient_code": recipient,
        "supplier_latitude": supplier_at[0] if supplier_at else None,
        "supplier_longitude": supplier_at[1] if supplier_at else None,
        "recipient_latitude": recipient_at[0] if recipient_at else None,
        "recipient_longitude": recipient_at[1] if recipient_at else None,
        "type": deal.type,
    }


def register_rows(deals: Sequence[Deal], context: ExportContext) -> list[dict[str, Any]]:
    """The register rows of the deals that belong in a register."""
    return [register_row(deal, context) for deal in deals if in_register(deal)]


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _shown(value: Any) -> str:
    if isinstance(value, dict) and "amount" in value:
        return f"{value['amount']} {value.get('currency', '')}".strip()
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)

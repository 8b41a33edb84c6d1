"""A deal: one real-world transfer, production or agreement, merged from every report of it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from armstrack.deals import dates
from armstrack.deals.claims import KNOWLEDGE_BASE, Claim, Consensus, claims, consensus
from armstrack.deals.contradictions import Contradiction, find
from armstrack.deals.grouping import Group
from armstrack.deals.mention import PARTY_FIELDS, Mention
from armstrack.deals.rules import DealRules
from armstrack.model import STATUSES

# The slots a deal collects per source, by type.
SLOTS: dict[str, tuple[str, ...]] = {
    "transfer": ("system", "category", "quantity", "value", "status", "order_date", "delivery_date"),
    "production": ("system", "category", "status", "date"),
    "agreement": ("scope", "status", "date", "ratified_date"),
}
# The slot dating each stage; production's ``date`` is that of the latest step a report gives.
STAGE_DATES: dict[str, dict[str, str]] = {
    "transfer": {"ordered": "order_date", "delivered": "delivery_date"},
    "production": {"planned": "date", "agreed": "date", "operational": "date"},
    "agreement": {"signed": "date", "ratified": "ratified_date"},
}


@dataclass
class Stage:
    """A step of the deal's story: when it happened (if known), first reported, and who says so."""

    name: str
    date: str | None = None
    first_reported: str | None = None
    sources: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"name": self.name, "date": self.date, "first_reported": self.first_reported, "sources": self.sources}


@dataclass
class SourceRecord:
    """A reporting document as the deal shows it; ``copy_of`` names the original of a syndicated copy."""

    document_id: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    copy_of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return dict(self.__dict__)


@dataclass
class Quote:
    """A verbatim evidence quote with the document it comes from."""

    document_id: str
    quote: str
    outlet: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return dict(self.__dict__)


@dataclass
class Deal:
    """One deal and its story across documents."""

    id: str
    type: str
    supplier: str | None = None
    recipient: str | None = None
    producer: str | None = None
    partner: str | None = None
    parties: list[str] = field(default_factory=list)
    system: str | None = None
    category: str | None = None
    status: str | None = None
    first_date: str | None = None
    last_date: str | None = None
    stages: list[Stage] = field(default_factory=list)
    claims: dict[str, list[Claim]] = field(default_factory=dict)
    consensus: dict[str, Consensus] = field(default_factory=dict)
    sources: list[SourceRecord] = field(default_factory=list)
    independent_sources: int = 0
    contradictions: list[Contradiction] = field(default_factory=list)
    evidence: list[Quote] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The whole deal as JSON-ready dicts (the store's payload and ``armstrack deal --format json``)."""
        row = {name: getattr(self, name) for name in (
            "id", "type", "supplier", "recipient", "producer", "partner", "parties", "system", "category",
            "status", "first_date", "last_date", "independent_sources", "mentions")}
        row["stages"] = [s.to_dict() for s in self.stages]
        row["claims"] = {slot: [c.to_dict() for c in found] for slot, found in self.claims.items()}
        row["consensus"] = {slot: c.to_dict() for slot, c in self.consensus.items()}
        row["sources"] = [s.to_dict() for s in self.sources]
        row["contradictions"] = [c.to_dict() for c in self.contradictions]
        row["evidence"] = [q.to_dict() for q in self.evidence]
        return row

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Deal:
        """Inverse of ``to_dict``."""
        plain = {k: v for k, v in row.items() if k not in ("stages", "claims", "consensus", "sources",
                                                            "contradictions", "evidence")}
        return cls(
            **plain,
            stages=[Stage(**s) for s in row.get("stages", [])],
            claims={slot: [Claim.from_dict(c) for c in found] for slot, found in row.get("claims", {}).items()},
            consensus={slot: Consensus(**c) for slot, c in row.get("consensus", {}).items()},
            sources=[SourceRecord(**s) for s in row.get("sources", [])],
            contradictions=[Contradiction.from_dict(c) for c in row.get("contradictions", [])],
            evidence=[Quote(**q) for q in row.get("evidence", [])],
        )


def build(group: Group, original: Callable[[str], str], rules: DealRules) -> Deal:
    """Merge one group's mentions into a deal record."""
    mentions = sorted(group.mentions, key=lambda m: (dates.sort_key(m.source.published), m.id))
    kind = mentions[0].type
    deal = Deal(group.id, kind, mentions=[m.id for m in mentions])
    _set_parties(deal, mentions[0])
    for slot in SLOTS[kind]:
        found = claims(mentions, slot, original)
        deal.claims[slot] = found
        if slot not in ("status", "system", "scope") and (agreed := consensus(slot, found, original)):
            deal.consensus[slot] = agreed
    _item_consensus(deal, group)
    deal.consensus["status"] = _status(mentions, rules)
    deal.status = deal.consensus["status"].value
    deal.stages = stages(mentions, original)
    deal.sources = _sources(mentions, original)
    deal.independent_sources = len({original(m.document_id) for m in mentions})
    deal.contradictions = find(mentions, group.kb_category, original, rules)
    deal.evidence = [Quote(m.document_id, e.quote, m.source.outlet, m.source.url)
                     for m in mentions for e in m.event.evidence]
    known = [d for m in mentions for d in _dates(m)]
    if known:
        deal.first_date = min(known, key=dates.sort_key)
        deal.last_date = max(known, key=dates.sort_key)
    return deal


def _set_parties(deal: Deal, mention: Mention) -> None:
    if deal.type == "agreement":
        deal.parties = list(getattr(mention.event, "parties", []))
        return
    for name in PARTY_FIELDS[deal.type]:
        setattr(deal, name, getattr(mention.event, name))
    deal.parties = sorted(p for p in mention.parties if p)


def _item_consensus(deal: Deal, group: Group) -> None:
    if deal.type == "agreement":
        scope = sorted({tag for claim in deal.claims["scope"] for tag in claim.value})
        deal.consensus["scope"] = Consensus(scope, "union of the scopes reported")
        return
    if group.system:
        deal.system = group.system
        rule = "knowledge base name" if group.kb_category is not None else "most frequent reported name"
        deal.consensus["system"] = Consensus(group.system, rule)
    if group.kb_category is not None:
        deal.consensus["category"] = Consensus(group.kb_category, f"{KNOWLEDGE_BASE} category of the system")
    category = deal.consensus.get("category")
    deal.category = category.value if category else None


def _status(mentions: Sequence[Mention], rules: DealRules) -> Consensus:
    stages = STATUSES[mentions[0].type]
    reported = [m.stage for m in mentions if m.stage >= 0 and not rules.is_denial(m.event.cues)]
    if not reported:
        return Consensus(None, "no source reports a stage")
    return Consensus(stages[max(reported)], "most advanced stage a source reports (deals only move forward)")


def stages(mentions: Sequence[Mention], original: Callable[[str], str]) -> list[Stage]:
    """The deal's story: first report, then each stage a source reports, with its date and sources."""
    kind = mentions[0].type
    published = [m for m in mentions if m.source.published]
    story = [Stage("reported", first_reported=_first(mentions), sources=_earliest_sources(published))]
    for rank, name in enumerate(STATUSES[kind]):
        slot = STAGE_DATES[kind].get(name)
        # a later stage implies the earlier ones (a delivery was ordered), except planning, which a report
        # of an order supersedes; production's date belongs to the step a report gives
        reached = [m for m in mentions if (m.stage == rank if kind == "production" or not rank else m.stage >= rank)
                   or (kind != "production" and slot and getattr(m.event, slot, None))]
        if not reached:
            continue
        agreed = consensus(slot, claims(reached, slot, original), original) if slot else None
        story.append(Stage(name, agreed.value if agreed else None, _first(reached),
                           sorted({m.document_id for m in reached})))
    return story


def _first(mentions: Sequence[Mention]) -> str | None:
    known = [m.source.published for m in mentions if m.source.published]
    return min(known, key=dates.sort_key) if known else None


def _earliest_sources(mentions: Sequence[Mention]) -> list[str]:
    first = _first(mentions)
    return sorted({m.document_id for m in mentions if m.source.published == first})


def _sources(mentions: Sequence[Mention], original: Callable[[str], str]) -> list[SourceRecord]:
    seen: dict[str, SourceRecord] = {}
    for m in mentions:
        if m.document_id not in seen:
            root = original(m.document_id)
            seen[m.document_id] = SourceRecord(m.document_id, m.source.url, m.source.outlet, m.source.published,
                                               m.source.title, root if root != m.document_id else None)
    return list(seen.values())


def _dates(mention: Mention) -> list[str]:
    values = [getattr(mention.event, slot, None) for slot in ("order_date", "delivery_date", "date", "ratified_date")]
    values.append(mention.source.published)
    return [str(v) for v in values if dates.parts(v)]

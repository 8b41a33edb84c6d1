"""What each source says about one slot of a deal, and the consensus value with the rule that chose it."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from armstrack.deals import dates
from armstrack.deals.mention import Mention
from armstrack.model import Money

KNOWLEDGE_BASE = "knowledge base"
MONEY_TOLERANCE = 0.01  # FORMAT.md's scorer treats amounts within 1% as one value
DATE_FIELDS = ("order_date", "delivery_date", "date", "ratified_date")


@dataclass
class Claim:
    """One value of a slot and the documents that report it."""

    value: Any
    sources: list[str] = field(default_factory=list)
    independent: int = 0
    latest: str | None = None  # publication date of the most recent source

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"value": self.value, "sources": self.sources, "independent": self.independent,
                "latest": self.latest}

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Claim:
        """Inverse of ``to_dict``."""
        return cls(row["value"], list(row["sources"]), row["independent"], row.get("latest"))


@dataclass
class Consensus:
    """The value a deal shows for a slot, and why."""

    value: Any
    rule: str

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"value": self.value, "rule": self.rule}


def plain(value: Any) -> Any:
    """A slot value as JSON writes it (Money as FORMAT.md's amount/currency dict)."""
    return value.to_format() if isinstance(value, Money) else value


def claims(mentions: Sequence[Mention], slot: str, original: Callable[[str], str]) -> list[Claim]:
    """The distinct non-null values the mentions give a slot, each with its sources."""
    found: dict[str, Claim] = {}
    documents: dict[str, set[str]] = {}
    for mention in mentions:
        value = plain(getattr(mention.event, slot, None))
        if value in (None, []):
            continue
        key = json.dumps(value, sort_keys=True)
        claim = found.setdefault(key, Claim(value))
        documents.setdefault(key, set()).add(mention.document_id)
        published = mention.source.published
        if published and dates.sort_key(published) > dates.sort_key(claim.latest or "0000"):
            claim.latest = published
    for key, claim in found.items():
        claim.sources = sorted(documents[key])
        claim.independent = len({original(d) for d in claim.sources})
    return sorted(found.values(), key=lambda c: json.dumps(c.value, sort_keys=True))


def same_money(a: Any, b: Any) -> bool:
    """Amounts in one currency within 1% of each other."""
    if not isinstance(a, dict) or not isinstance(b, dict) or a.get("currency") != b.get("currency"):
        return False
    larger = max(abs(float(a["amount"])), abs(float(b["amount"])), 1.0)
    return abs(float(a["amount"]) - float(b["amount"])) <= MONEY_TOLERANCE * larger


def agree(slot: str, a: Any, b: Any) -> bool:
    """Two values of a slot report the same thing (dates at shared precision, money within 1%)."""
    if slot in DATE_FIELDS:
        return dates.compatible(a, b)
    if slot == "value":
        return a == b or same_money(a, b)
    return bool(a == b)


def consensus(slot: str, found: list[Claim], original: Callable[[str], str]) -> Consensus | None:
    """The best supported value: most independent sources (agreeing values count), then most recent."""
    if not found:
        return None

    def backs(other: Claim, claim: Claim) -> bool:
        # a coarser date backs a finer one it contains ("2021" backs "2021-04"), never the other way
        finer = slot in DATE_FIELDS and dates.precision(other.value) > dates.precision(claim.value)
        return not finer and agree(slot, claim.value, other.value)

    def support(claim: Claim) -> int:
        agreeing = {d for other in found if backs(other, claim) for d in other.sources}
        return len({original(d) for d in agreeing})

    def rank(claim: Claim) -> tuple[Any, ...]:
        finer = dates.precision(claim.value) if slot in DATE_FIELDS else 0
        return support(claim), finer, dates.sort_key(claim.latest or "0000"), json.dumps(claim.value)

    best = max(found, key=rank)
    if slot in DATE_FIELDS:
        rule = "most independent sources (coarser dates agree with finer ones), then most precise, then most recent"
    elif slot == "value":
        rule = "most independent sources (amounts within 1% agree), then most recent"
    else:
        rule = "most independent sources, then most recent"
    return Consensus(best.value, rule if len(found) > 1 else "only value reported")


def conflicting(slot: str, found: list[Claim]) -> list[Claim]:
    """The claims that disagree with at least one other claim of the slot (money: same currency only)."""
    def clash(a: Claim, b: Claim) -> bool:
        if slot == "value" and (not isinstance(a.value, dict) or not isinstance(b.value, dict)
                                or a.value.get("currency") != b.value.get("currency")):
            return False  # amounts in different currencies are not compared
        return not agree(slot, a.value, b.value)

    return [a for a in found if any(clash(a, b) for b in found if b is not a)]

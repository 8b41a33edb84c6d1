"""Documents, evidence and the three event types of FORMAT.md.

These records are the public contract of ``armstrack extract``: ``Event.to_format()``
writes exactly the shape ``../shared/eval/FORMAT.md`` describes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

EventType = Literal["transfer", "production", "agreement"]

CATEGORIES: tuple[str, ...] = (
    "uav", "loitering_munition", "counter_uas", "air_defence", "missile", "aircraft",
    "helicopter", "armoured_vehicle", "tank", "artillery", "ship", "submarine", "radar",
    "small_arms", "ammunition", "ground_station", "other",
)
SCOPES: tuple[str, ...] = (
    "training", "exercises", "technical_assistance", "defence_industry", "procurement",
    "intelligence", "cyber", "security", "other",
)
# Stages in the order a deal advances through them; "the most advanced stage" is the max.
STATUSES: dict[str, tuple[str, ...]] = {
    "transfer": ("planned", "ordered", "delivered"),
    "production": ("planned", "agreed", "operational"),
    "agreement": ("planned", "signed", "ratified"),
}


def content_hash(text: str) -> str:
    """SHA-256 of the document text, the identity used to spot re-ingested copies."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Document:
    """One article as armstrack reads it: plain text plus provenance."""

    id: str
    text: str
    published: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    language: str | None = None
    source: str | None = None  # the file, feed or URL the document was read from
    hash: str = ""

    def __post_init__(self) -> None:
        if not self.hash:
            self.hash = content_hash(self.text)

    def to_dict(self) -> dict[str, Any]:
        """The documents-JSONL shape of FORMAT.md, plus armstrack's own fields."""
        row: dict[str, Any] = {"id": self.id, "text": self.text}
        for name in ("published", "url", "title", "outlet", "language", "source"):
            value = getattr(self, name)
            if value is not None:
                row[name] = value
        row["hash"] = self.hash
        return row

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Document:
        """Build a document from a documents-JSONL row (unknown keys are ignored)."""
        return cls(
            id=str(row["id"]),
            text=row["text"],
            published=row.get("published"),
            url=row.get("url"),
            title=row.get("title"),
            outlet=row.get("outlet"),
            language=row.get("language"),
            source=row.get("source"),
            hash=row.get("hash") or "",
        )


@dataclass(frozen=True)
class Evidence:
    """A verbatim quote and where it sits in the document text (``text[start:end] == quote``)."""

    quote: str
    start: int
    end: int

    @classmethod
    def span(cls, text: str, start: int, end: int) -> Evidence:
        """The evidence for ``text[start:end]``, trimmed of surrounding white space."""
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return cls(text[start:end], start, end)


@dataclass(frozen=True)
class Money:
    """An amount of money in an ISO 4217 currency."""

    amount: float
    currency: str

    def to_format(self) -> dict[str, Any]:
        """FORMAT.md's ``{"amount": ..., "currency": ...}``."""
        amount: float | int = int(self.amount) if float(self.amount).is_integer() else self.amount
        return {"amount": amount, "currency": self.currency}


@dataclass
class Event:
    """Fields every event type shares."""

    type: ClassVar[EventType]
    fields: ClassVar[tuple[str, ...]]

    evidence: list[Evidence] = field(default_factory=list)
    companies: list[str] = field(default_factory=list)
    cluster: str | None = None
    # cues such as "reportedly", "expected", "denied" that qualify the report
    cues: list[str] = field(default_factory=list)

    def to_format(self) -> dict[str, Any]:
        """The event exactly as FORMAT.md writes it."""
        row: dict[str, Any] = {"type": self.type}
        for name in self.fields:
            value = getattr(self, name)
            row[name] = value.to_format() if isinstance(value, Money) else value
        if self.companies:
            row["companies"] = list(self.companies)
        row["evidence"] = [e.quote for e in self.evidence]
        if self.cluster is not None:
            row["cluster"] = self.cluster
        return row

    def to_dict(self) -> dict[str, Any]:
        """FORMAT.md's shape plus evidence offsets and cues, for the store."""
        row = self.to_format()
        row["evidence"] = [{"quote": e.quote, "start": e.start, "end": e.end} for e in self.evidence]
        row["cues"] = list(self.cues)
        return row

    @staticmethod
    def from_dict(row: dict[str, Any]) -> Event:
        """Rebuild an event from ``to_dict()`` or ``to_format()`` output."""
        kind = EVENT_TYPES[row["type"]]
        values: dict[str, Any] = {name: row.get(name) for name in kind.fields}
        if isinstance(values.get("value"), dict):
            values["value"] = Money(float(values["value"]["amount"]), values["value"]["currency"])
        evidence = [
            Evidence(e["quote"], e["start"], e["end"]) if isinstance(e, dict) else Evidence(e, -1, -1)
            for e in row.get("evidence") or []
        ]
        return kind(
            evidence=evidence,
            companies=list(row.get("companies") or []),
            cluster=row.get("cluster"),
            cues=list(row.get("cues") or []),
            **values,
        )


@dataclass
class Transfer(Event):
    """A weapon system passes from a supplier to a recipient."""

    type: ClassVar[EventType] = "transfer"
    fields: ClassVar[tuple[str, ...]] = (
        "supplier", "recipient", "system", "category", "quantity", "value",
        "status", "order_date", "delivery_date",
    )

    supplier: str | None = None
    recipient: str | None = None
    system: str | None = None
    category: str | None = None
    quantity: int | None = None
    value: Money | None = None
    status: str | None = None
    order_date: str | None = None
    delivery_date: str | None = None


@dataclass
class Production(Event):
    """A system is (to be) made in a country, possibly with a foreign partner."""

    type: ClassVar[EventType] = "production"
    fields: ClassVar[tuple[str, ...]] = ("producer", "partner", "system", "category", "status", "date")

    producer: str | None = None
    partner: str | None = None
    system: str | None = None
    category: str | None = None
    status: str | None = None
    date: str | None = None


@dataclass
class Agreement(Event):
    """A defence or security cooperation agreement between states."""

    type: ClassVar[EventType] = "agreement"
    fields: ClassVar[tuple[str, ...]] = ("parties", "scope", "status", "date", "ratified_date")

    parties: list[str] = field(default_factory=list)
    scope: list[str] = field(default_factory=list)
    status: str | None = None
    date: str | None = None
    ratified_date: str | None = None

    def __post_init__(self) -> None:
        self.parties = sorted(set(self.parties))
        self.scope = sorted(set(self.scope))


EVENT_TYPES: dict[str, type[Event]] = {"transfer": Transfer, "production": Production, "agreement": Agreement}

"""One document event with its provenance: the unit the deals stage merges."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from armstrack.deals import dates
from armstrack.model import STATUSES, Document, Event

# The fields that name who takes part in an event; a deal never mixes different parties.
PARTY_FIELDS: dict[str, tuple[str, ...]] = {
    "transfer": ("supplier", "recipient"),
    "production": ("producer", "partner"),
    "agreement": ("parties",),
}
# The date that places a deal in time: when it was ordered or signed. A delivery may come years
# after its order, and production's date is that of the latest step of a running programme, so
# neither tells two deals apart.
ANCHOR_FIELDS: dict[str, tuple[str, ...]] = {
    "transfer": ("order_date",),
    "production": (),
    "agreement": ("date",),
}


@dataclass(frozen=True, slots=True)
class Source:
    """A document's provenance, without its text (a deal keeps thousands of these)."""

    document_id: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    hash: str = ""

    @classmethod
    def of(cls, document: Document) -> Source:
        """The provenance of a document."""
        return cls(document.id, document.url, document.outlet, document.published, document.title, document.hash)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (null fields left out)."""
        row = {"document_id": self.document_id, "url": self.url, "outlet": self.outlet,
               "published": self.published, "title": self.title, "hash": self.hash}
        return {key: value for key, value in row.items() if value not in (None, "")}

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Source:
        """Inverse of ``to_dict``."""
        return cls(row["document_id"], row.get("url"), row.get("outlet"), row.get("published"),
                   row.get("title"), row.get("hash", ""))


@dataclass(slots=True)
class Mention:
    """Event number ``position`` of a document, with the dates that place it worked out once."""

    source: Source
    position: int
    event: Event
    anchor: str | None = field(init=False, default=None)
    reported_at: str | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        # the date that places the reported deal in time (order or signing), if the report gives one
        for name in ANCHOR_FIELDS[self.event.type]:
            value = getattr(self.event, name, None)
            if dates.parts(value):
                self.anchor = str(value)
                break
        # the latest date the report speaks of: its delivery date, else its publication date
        delivered = getattr(self.event, "delivery_date", None)
        self.reported_at = str(delivered) if dates.parts(delivered) else self.source.published

    @property
    def id(self) -> str:
        """``document_id:position``, the store's event id."""
        return f"{self.source.document_id}:{self.position}"

    @property
    def document_id(self) -> str:
        """The id of the reporting document."""
        return self.source.document_id

    @property
    def type(self) -> str:
        """transfer, production or agreement."""
        return self.event.type

    @property
    def parties(self) -> tuple[str | None, ...]:
        """Who takes part, in the order of PARTY_FIELDS (agreements: the sorted party list)."""
        if self.event.type == "agreement":
            return tuple(getattr(self.event, "parties", []))
        return tuple(getattr(self.event, name) for name in PARTY_FIELDS[self.event.type])

    @property
    def system(self) -> str | None:
        """The reported system name, or None for a report that names only a kind."""
        return getattr(self.event, "system", None)

    @property
    def category(self) -> str | None:
        """The reported category."""
        return getattr(self.event, "category", None)

    @property
    def quantity(self) -> int | None:
        """Reported units (transfers only)."""
        return getattr(self.event, "quantity", None)

    @property
    def stage(self) -> int:
        """Index of the reported status in the type's stages, -1 when unknown."""
        stages = STATUSES[self.event.type]
        status = getattr(self.event, "status", None)
        return stages.index(status) if status in stages else -1

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: the source's document id, the position and ``Event.to_dict()``."""
        return {"document_id": self.document_id, "position": self.position, "event": self.event.to_dict()}

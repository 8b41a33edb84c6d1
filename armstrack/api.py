"""The Python API: ``armstrack.open(db)`` gives one handle over documents, events and deals.

    import armstrack
    with armstrack.open("arms.sqlite") as arms:
        for deal in arms.deals(country="Marokko", since="2021"):
            print(deal.id, deal.supplier, deal.recipient, deal.system, deal.status)
        frame = arms.deals(category="uav", as_frame=True)   # a pandas DataFrame
        arms.export("csv", "register.csv", recipient="MAR")   # any registered export format
        arms.report("Maroc", "morocco.html")                   # a country dossier

Records are typed: ``Deal`` (armstrack.deals), ``Document`` (armstrack.model) and ``EventRecord``
(a document id and its ``Transfer``, ``Production`` or ``Agreement``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, overload

from sqlalchemy import select

from armstrack.deals import Deal
from armstrack.errors import ConfigError
from armstrack.model import Document, Event
from armstrack.settings import Options, load_options
from armstrack.store import Store
from armstrack.store.deals import StoredDeals
from armstrack.store.schema import EventRow

if TYPE_CHECKING:
    import pandas

# Document ids per query when collecting the firms of many deals (SQL parameter limits).
_ID_BATCH = 500


@dataclass(frozen=True)
class DealFilter:
    """The filters every deal query shares (CLI, API, exports, web); countries in any language or code."""

    country: str | None = None
    supplier: str | None = None
    recipient: str | None = None
    system: str | None = None
    category: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None

    def resolved(self) -> DealFilter:
        """The same filter with every country turned into its alpha-3 code (ConfigError if unknown)."""
        values = asdict(self)
        for role in ("country", "supplier", "recipient"):
            if values[role]:
                values[role] = country_code(values[role])
        return DealFilter(**values)

    def as_kwargs(self) -> dict[str, str | None]:
        """Keyword arguments for ``StoredDeals.find``."""
        return asdict(self)


class EventRecord(NamedTuple):
    """One document event and the document that reports it."""

    document_id: str
    event: Event


def country_code(name: str) -> str:
    """A country's alpha-3 code (or ``org:`` actor) from any of its names, demonyms or codes, in any language."""
    from armstrack.kb import ACTOR_PREFIX, KnowledgeBase

    text = name.strip()
    if text.startswith(ACTOR_PREFIX):
        return text
    code = KnowledgeBase.load().country_code(text)
    if code is None and len(text) == 3 and text.isalpha():
        code = text.upper()
    if code is None:
        raise ConfigError(f"{name!r}: unknown country (give a name in a supported language or an ISO code)")
    return code


class Armstrack:
    """A handle on one store: documents, their events and the deals merged from them."""

    def __init__(self, store: Store, options: Options | None = None) -> None:
        self.store = store
        self.options = options or load_options()
        self._deals = StoredDeals(store, self.options)

    def close(self) -> None:
        """Release the database connections."""
        self.store.close()

    def __enter__(self) -> Armstrack:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    @overload
    def deals(self, *, as_frame: Literal[False] = ..., **filters: str | None) -> list[Deal]: ...
    @overload
    def deals(self, *, as_frame: Literal[True], **filters: str | None) -> pandas.DataFrame: ...

    def deals(self, *, as_frame: bool = False, **filters: str | None) -> list[Deal] | pandas.DataFrame:
        """Deals matching the filters of ``DealFilter`` (country, supplier, recipient, system, ...)."""
        found = self._deals.find(**DealFilter(**filters).resolved().as_kwargs())
        return _frame([deal_row(d) for d in found]) if as_frame else found

    def deal(self, deal_id: str) -> Deal:
        """One deal by id (NotFound when there is none)."""
        return self._deals.get(deal_id)

    def deals_of_document(self, document_id: str) -> dict[int, str]:
        """The deal each of a stored document's events was merged into, by event position."""
        return self._deals.of_document(document_id)

    @overload
    def documents(self, *, as_frame: Literal[False] = ..., **filters: Any) -> list[Document]: ...
    @overload
    def documents(self, *, as_frame: Literal[True], **filters: Any) -> pandas.DataFrame: ...

    def documents(self, *, as_frame: bool = False, **filters: Any) -> list[Document] | pandas.DataFrame:
        """Stored documents (filters: language, outlet, since, until, limit)."""
        found = self.store.documents(**filters)
        return _frame([d.to_dict() for d in found]) if as_frame else found

    def document(self, document_id: str) -> Document:
        """One stored document by id (NotFound when there is none)."""
        return self.store.document(document_id)

    @overload
    def events(self, *, as_frame: Literal[False] = ..., **filters: Any) -> list[EventRecord]: ...
    @overload
    def events(self, *, as_frame: Literal[True], **filters: Any) -> pandas.DataFrame: ...

    def events(self, *, as_frame: bool = False, **filters: Any) -> list[EventRecord] | pandas.DataFrame:
        """Document events (filters: document_id, type, country in any language, system, category, status)."""
        if filters.get("country"):
            filters["country"] = country_code(filters["country"])
        found = [EventRecord(doc_id, event) for doc_id, event in self.store.events(**filters)]
        return _frame([event_row(record) for record in found]) if as_frame else found

    def companies(self, deals: Sequence[Deal]) -> dict[str, list[str]]:
        """The firms each deal's reports name (manufacturers, contractors), by deal id."""
        wanted = {mention for deal in deals for mention in deal.mentions}
        documents = sorted({mention.rsplit(":", 1)[0] for mention in wanted})
        named: dict[str, list[str]] = {}
        with self.store.session() as session:
            for start in range(0, len(documents), _ID_BATCH):
                query = select(EventRow.id, EventRow.payload).where(
                    EventRow.document_id.in_(documents[start:start + _ID_BATCH]))
                named.update((event_id, payload.get("companies") or [])
                             for event_id, payload in session.execute(query) if event_id in wanted)
        return {deal.id: list(dict.fromkeys(firm for m in deal.mentions for firm in named.get(m, [])))
                for deal in deals}

    def export(self, format: str, target: str | Path, **filters: str | None) -> int:
        """Write the deals matching FILTERS in a registered export FORMAT; returns the records written."""
        from armstrack.exports import export

        found: list[Deal] = self.deals(as_frame=False, **filters)
        return export(found, format, target, self.companies(found))

    def report(self, country: str, target: str | Path, format: str = "html") -> Path:
        """Write the dossier of a country (any language or code) to TARGET as "html" or "pdf"; returns its path."""
        from armstrack.report import write_dossier

        return write_dossier(self, country, Path(target), format)


def deal_row(deal: Deal) -> dict[str, Any]:
    """A flat row of a deal's headline fields, for tables and data frames."""
    consensus = {slot: c.value for slot, c in deal.consensus.items()}
    value = consensus.get("value") or {}
    return {
        "id": deal.id, "type": deal.type, "supplier": deal.supplier, "recipient": deal.recipient,
        "producer": deal.producer, "partner": deal.partner, "parties": ";".join(deal.parties),
        "system": deal.system, "category": deal.category, "status": deal.status,
        "first_date": deal.first_date, "last_date": deal.last_date,
        "quantity": consensus.get("quantity"), "value_amount": value.get("amount"),
        "value_currency": value.get("currency"),
        "sources": len(deal.sources), "independent_sources": deal.independent_sources,
        "contradictions": len(deal.contradictions),
    }


def event_row(record: EventRecord) -> dict[str, Any]:
    """A flat row of an event as FORMAT.md writes it, lists joined with ";" and money split in two columns."""
    row: dict[str, Any] = {"document_id": record.document_id, **record.event.to_format()}
    value = row.pop("value", None) or {}
    if record.event.type == "transfer":
        row.update(value_amount=value.get("amount"), value_currency=value.get("currency"))
    for name in ("parties", "scope", "companies", "evidence"):
        if isinstance(row.get(name), list):
            row[name] = ";".join(row[name]) if name != "evidence" else " | ".join(row[name])
    return row


def _frame(rows: list[dict[str, Any]]) -> pandas.DataFrame:
    import pandas

    return pandas.DataFrame(rows)


def open(db: str | None = None, options: Options | None = None) -> Armstrack:  # noqa: A001 - armstrack.open
    """Open the store at a path or SQLAlchemy URL (default: the per-user store) as an ``Armstrack`` handle."""
    options = options or load_options()
    return Armstrack(Store.open(db or options.url or None), options)

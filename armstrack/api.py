"""The Python API: ``armstrack.open(db)`` gives one handle over documents, events and deals.

    import armstrack
    with armstrack.open("arms.sqlite") as arms:
        for deal in arms.deals(country="Marokko", since="2021"):
            print(deal.id, deal.supplier, deal.recipient, deal.system, deal.status)
        frame = arms.deals(category="uav", as_frame=True)   # a pandas DataFrame
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, overload

from armstrack.deals import Deal
from armstrack.errors import ConfigError
from armstrack.model import Document, Event
from armstrack.settings import Options, load_options
from armstrack.store import Store
from armstrack.store.deals import StoredDeals

if TYPE_CHECKING:
    import pandas


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


def country_code(name: str) -> str:
    """A country's alpha-3 code from any of its names, demonyms or codes, in any supported language."""
    from armstrack.kb import KnowledgeBase

    text = name.strip()
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
        query = DealFilter(**filters).resolved()
        found = self._deals.find(**query.as_kwargs())
        return _frame([deal_row(d) for d in found]) if as_frame else found

    def deal(self, deal_id: str) -> Deal:
        """One deal by id (NotFound when there is none)."""
        return self._deals.get(deal_id)

    def documents(self, *, as_frame: bool = False, **filters: Any) -> list[Document] | pandas.DataFrame:
        """Stored documents (filters: language, outlet, since, until, limit)."""
        found = self.store.documents(**filters)
        return _frame([d.to_dict() for d in found]) if as_frame else found

    def document(self, document_id: str) -> Document:
        """One stored document by id (NotFound when there is none)."""
        return self.store.document(document_id)

    def events(self, *, as_frame: bool = False, **filters: Any) -> list[tuple[str, Event]] | pandas.DataFrame:
        """(document id, event) pairs (filters: document_id, type, country, system, category, status)."""
        if filters.get("country"):
            filters["country"] = country_code(filters["country"])
        found = self.store.events(**filters)
        rows = [{"document_id": doc_id, **event.to_format()} for doc_id, event in found]
        return _frame(rows) if as_frame else found


def deal_row(deal: Deal) -> dict[str, Any]:
    """A flat row of a deal's headline fields, for tables and data frames."""
    consensus = {slot: c.value for slot, c in deal.consensus.items()}
    return {
        "id": deal.id, "type": deal.type, "supplier": deal.supplier, "recipient": deal.recipient,
        "producer": deal.producer, "partner": deal.partner, "parties": ";".join(deal.parties),
        "system": deal.system, "category": deal.category, "status": deal.status,
        "first_date": deal.first_date, "last_date": deal.last_date,
        "quantity": consensus.get("quantity"), "value": consensus.get("value"),
        "sources": len(deal.sources), "independent_sources": deal.independent_sources,
        "contradictions": len(deal.contradictions),
    }


def _frame(rows: list[dict[str, Any]]) -> pandas.DataFrame:
    import pandas

    return pandas.DataFrame(rows)


def open(db: str | None = None, options: Options | None = None) -> Armstrack:  # noqa: A001 - armstrack.open
    """Open the store at a path or SQLAlchemy URL (default: the per-user store) as an ``Armstrack`` handle."""
    options = options or load_options()
    return Armstrack(Store.open(db or options.url or None), options)

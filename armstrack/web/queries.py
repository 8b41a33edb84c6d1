"""What the pages and the JSON API show, read through the Python API: deal lists, countries, evidence."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from markupsafe import Markup

from armstrack.api import Armstrack, DealFilter, country_code, deal_row
from armstrack.deals import Deal
from armstrack.kb import KnowledgeBase
from armstrack.model import Document, Event
from armstrack.web.highlight import Span, excerpt, highlight, locate

# Columns a deal list can be sorted by; sources counts the reporting documents.
SORT_KEYS: tuple[str, ...] = (
    "first_date", "last_date", "type", "supplier", "recipient", "system", "category", "status", "sources",
)


@dataclass(frozen=True)
class DealQuery:
    """A deal list request: the shared filters, a sort column and direction, and one page of it."""

    filter: DealFilter = field(default_factory=DealFilter)
    sort: str = "first_date"
    descending: bool = True
    page: int = 1
    per_page: int = 50


@dataclass
class Page:
    """One page of a sorted list and where it sits in the whole."""

    items: list[Any]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        """How many pages the whole list fills (at least one)."""
        return max(1, -(-self.total // self.per_page))


@dataclass
class Quote:
    """An evidence quote as a page shows it: marked inside its surrounding text, with its source."""

    document: Document
    quote: str
    context: Markup | None


@dataclass
class CountryView:
    """A country's deals by role, year by year, and its partners with the number of deals shared."""

    code: str
    name: str
    as_supplier: list[Deal]
    as_recipient: list[Deal]
    other: list[Deal]
    years: list[tuple[str, dict[str, list[Deal]]]]
    partners: Counter[str]


def find_deals(arms: Armstrack, query: DealQuery) -> Page:
    """The deals matching QUERY's filters, sorted, cut to the asked page (ConfigError for an unknown country)."""
    ordered = sorted_deals(arms, query)
    first = (query.page - 1) * query.per_page
    return Page(ordered[first:first + query.per_page], len(ordered), query.page, query.per_page)


def sorted_deals(arms: Armstrack, query: DealQuery) -> list[Deal]:
    """Every deal matching QUERY's filters, in its sort order."""
    found = arms.deals(**asdict(query.filter))
    known = [d for d in found if _sort_value(d, query.sort) is not None]
    unknown = [d for d in found if _sort_value(d, query.sort) is None]
    # deals without the sorted value go last in both directions: they are the least informative
    known.sort(key=lambda d: (_sort_value(d, query.sort), d.id), reverse=query.descending)
    return known + unknown


def _sort_value(deal: Deal, key: str) -> Any:
    return len(deal.sources) if key == "sources" else getattr(deal, key)


def country_name(code: str | None) -> str:
    """The English name of a country code or ``org:`` actor, for display."""
    return KnowledgeBase.load().country_name(code) if code else "?"


def countries(arms: Armstrack) -> list[dict[str, Any]]:
    """Every country or actor in a deal, with its deal counts by role, most deals first."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for deal in arms.deals():
        for code in deal.parties:
            counts[code][_role(deal, code)] += 1
            counts[code]["deals"] += 1
    rows = [{"code": code, "name": country_name(code), "deals": n["deals"], "supplier": n["supplier"],
             "recipient": n["recipient"], "other": n["other"]} for code, n in counts.items()]
    return sorted(rows, key=lambda row: (-row["deals"], row["name"]))


def country_view(arms: Armstrack, name: str) -> CountryView:
    """A country's page: resolves any name or code (ConfigError when unknown)."""
    code = country_code(name)
    deals = arms.deals(country=code)
    by_role: dict[str, list[Deal]] = {"supplier": [], "recipient": [], "other": []}
    by_year: dict[str, dict[str, list[Deal]]] = defaultdict(lambda: {"supplier": [], "recipient": [], "other": []})
    partners: Counter[str] = Counter()
    for deal in sorted(deals, key=lambda d: (d.first_date or "~", d.id)):
        role = _role(deal, code)
        by_role[role].append(deal)
        by_year[(deal.first_date or "undated")[:4]][role].append(deal)
        partners.update(p for p in deal.parties if p != code)
    years = sorted(by_year.items(), key=lambda item: (item[0] == "undated", item[0]))
    return CountryView(code, country_name(code), by_role["supplier"], by_role["recipient"], by_role["other"],
                       years, partners)


def _role(deal: Deal, code: str) -> str:
    if deal.supplier == code:
        return "supplier"
    if deal.recipient == code:
        return "recipient"
    return "other"


def network(view: CountryView) -> dict[str, Any]:
    """The partner graph of a country as nodes and weighted links, for the page's force layout."""
    nodes = [{"id": view.code, "name": view.name, "deals": sum(view.partners.values()), "centre": True}]
    nodes += [{"id": code, "name": country_name(code), "deals": n, "centre": False}
              for code, n in view.partners.most_common()]
    links = [{"source": view.code, "target": code, "weight": n} for code, n in view.partners.most_common()]
    return {"nodes": nodes, "links": links}


def deal_quotes(arms: Armstrack, deal: Deal) -> list[Quote]:
    """Every evidence quote of a deal, placed in its source text by the stored offsets."""
    quotes: list[Quote] = []
    for document_id, positions in _mentions_by_document(deal.mentions).items():
        document = arms.document(document_id)
        events = [event for _, event in arms.events(document_id=document_id)]
        for position in positions:
            if position >= len(events):
                continue  # the document was re-ingested with fewer events since the deal was merged
            for evidence in events[position].evidence:
                span = locate(document.text, evidence)
                context = excerpt(document.text, span) if span else None
                quotes.append(Quote(document, evidence.quote, context))
    return quotes


def _mentions_by_document(mentions: Iterable[str]) -> dict[str, list[int]]:
    grouped: dict[str, list[int]] = defaultdict(list)
    for mention in mentions:
        document_id, _, position = mention.rpartition(":")
        if position.isdigit():
            grouped[document_id].append(int(position))
    return grouped


def marked_text(document: Document, events: list[Event]) -> Markup:
    """The document's text with every event's evidence marked, each mark naming the events it supports."""
    spans = [Span(span.start, span.end, f"e{n}") for n, event in enumerate(events, 1)
             for evidence in event.evidence if (span := locate(document.text, evidence))]
    return highlight(document.text, spans)


def event_rows(arms: Armstrack, **filters: Any) -> list[dict[str, Any]]:
    """Events in the FORMAT.md shape with their document id, for tables and downloads."""
    return [{"document_id": doc_id, **event.to_format()} for doc_id, event in arms.events(**filters)]


def document_row(document: Document) -> dict[str, Any]:
    """A document's provenance without its text, for lists and downloads."""
    row = document.to_dict()
    row["chars"] = len(row.pop("text"))
    return row


def deal_rows(deals: Iterable[Deal]) -> list[dict[str, Any]]:
    """Flat deal rows for tables and downloads (the Python API's ``deal_row``)."""
    return [deal_row(deal) for deal in deals]

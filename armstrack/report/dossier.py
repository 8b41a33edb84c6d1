"""A country dossier: the country's deals as supplier, recipient and partner, drawn and tabled.

The page is one self-contained HTML file: inline CSS and SVG, no script, nothing fetched. Every
value taken from articles passes through Jinja's autoescape; only http(s) URLs become links.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from armstrack.deals import Deal
from armstrack.deals.dates import parts as date_parts
from armstrack.deals.dates import sort_key
from armstrack.exports.context import ExportContext
from armstrack.exports.register import comments, consensus_value, parties
from armstrack.report.charts import Link, Mark, TimelineRow, legend_svg, network_svg, timeline_svg

LANES = ("as recipient", "as supplier", "production and agreements")
# Table rows beyond this many are still shown; the timeline keeps only the most recent ones legible.
TIMELINE_ROWS = 80


@dataclass
class DealView:
    """One row of the dossier's deal table."""

    deal: Deal
    lane: str
    partner: str
    item: str
    value: str
    sources: list[dict[str, Any]] = field(default_factory=list)
    contradictions: list[str] = field(default_factory=list)
    firms: list[str] = field(default_factory=list)


def lane(deal: Deal, code: str) -> str:
    """Where a deal sits in the country's dossier: as recipient, as supplier, or production and agreements."""
    if deal.type == "transfer":
        return LANES[0] if deal.recipient == code else LANES[1]
    return LANES[2]


def partners(deal: Deal, code: str) -> list[tuple[str, str]]:
    """(partner code, direction) pairs: "in" supplies the country, "out" is supplied by it, else "mutual"."""
    if deal.type == "agreement":
        return [(party, "mutual") for party in deal.parties if party != code]
    supplier, recipient = parties(deal)
    if deal.type == "production":
        other = supplier if recipient == code else recipient
        return [(other, "mutual")] if other else []
    if recipient == code and supplier:
        return [(supplier, "in")]
    if supplier == code and recipient:
        return [(recipient, "out")]
    return []


def timeline_row(deal: Deal, code: str, context: ExportContext) -> TimelineRow:
    """A deal's marks: each stage at its own date, or at its first report (hollow) when undated."""
    marks = []
    for stage in deal.stages:
        when = stage.date or stage.first_reported
        if when is not None and date_parts(when):
            marks.append(Mark(stage.name, when, stage.date is None))
    return TimelineRow(lane(deal, code), _label(deal, code, context), deal.id, tuple(marks))


def links(deals: Sequence[Deal], code: str, context: ExportContext) -> list[Link]:
    """The country's partners with deal counts by direction, most deals first."""
    found: dict[str, Link] = {}
    for deal in deals:
        for partner, direction in partners(deal, code):
            link = found.setdefault(partner, Link(partner, context.country_name(partner) or partner))
            link.counts[direction] = link.counts.get(direction, 0) + 1
    return sorted(found.values(), key=lambda link: (-sum(link.counts.values()), link.name))


def deal_view(deal: Deal, code: str, context: ExportContext) -> DealView:
    """A deal as the table shows it."""
    value = consensus_value(deal, "value")
    shown = f"{value['amount']:,} {value['currency']}" if value else ""
    names = [context.country_name(p) or p for p, _ in partners(deal, code)]
    sources = [{"outlet": s.outlet or s.document_id, "published": s.published, "title": s.title,
                "url": s.url if s.url and s.url.startswith(("http://", "https://")) else None,
                "copy_of": s.copy_of} for s in deal.sources]
    return DealView(deal, lane(deal, code), ", ".join(names), _item(deal), shown, sources,
                    [note for note in comments(deal).split("; ") if note.startswith("sources disagree")],
                    context.firms(deal.id))


def render(code: str, deals: Sequence[Deal], context: ExportContext, store: str) -> str:
    """The dossier page of country CODE as one HTML string."""
    ordered = sorted(deals, key=lambda d: (LANES.index(lane(d, code)), sort_key(d.first_date), d.id))
    rows = [timeline_row(deal, code, context) for deal in ordered]
    recent = sorted(rows, key=lambda r: max((sort_key(m.date) for m in r.marks), default=(0,)))[-TIMELINE_ROWS:]
    shown = [row for row in rows if row in recent]
    name = context.country_name(code) or code
    template = _environment().get_template("dossier.html.j2")
    return template.render(
        code=code, name=name, store=store, deals=[deal_view(d, code, context) for d in ordered],
        lanes=Counter(lane(d, code) for d in deals), lane_names=LANES,
        sources=len({s.document_id for d in deals for s in d.sources}),
        contradictions=sum(len(d.contradictions) for d in deals), hidden=len(rows) - len(shown),
        timeline=Markup(timeline_svg(shown)), network=Markup(network_svg(code, links(deals, code, context))),
        legend=Markup(legend_svg()),
    )


def _environment() -> Environment:
    return Environment(loader=PackageLoader("armstrack.report", "templates"),
                       autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)


def _item(deal: Deal) -> str:
    if deal.type == "agreement":
        scope = consensus_value(deal, "scope") or []
        return "agreement" + (f": {', '.join(scope)}" if scope else "")
    quantity = consensus_value(deal, "quantity")
    item = deal.system or (deal.category or "unknown item").replace("_", " ")
    if deal.system and deal.category:
        item += f" ({deal.category.replace('_', ' ')})"
    made = "production: " if deal.type == "production" else ""
    return f"{made}{quantity} × {item}" if quantity else f"{made}{item}"


def _label(deal: Deal, code: str, context: ExportContext) -> str:
    names = ", ".join(context.country_name(p) or p for p, _ in partners(deal, code)) or "domestic"
    return f"{names}: {_item(deal)}"

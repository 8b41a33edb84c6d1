"""``armstrack deals`` and ``armstrack deal``: deals merged across documents, from the store (registered on import)."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from armstrack.api import DealFilter, deal_row
from armstrack.cli import app
from armstrack.cli.common import (
    CategoryOption,
    ConfigOption,
    CountryOption,
    DbOption,
    SinceOption,
    StatusOption,
    SystemOption,
    UntilOption,
    checked,
    open_store,
    options_from,
    report_error,
)
from armstrack.deals import Deal
from armstrack.errors import ArmstrackError
from armstrack.exports.cells import rows_csv
from armstrack.store.deals import StoredDeals


class Format(StrEnum):
    """How ``armstrack deals`` prints."""

    table = "table"
    json = "json"
    csv = "csv"


@app.command("deals")
def deals_command(
    db: DbOption = None,
    country: CountryOption = None,
    supplier: CountryOption = None,
    recipient: CountryOption = None,
    system: SystemOption = None,
    category: CategoryOption = None,
    status: StatusOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    output: Annotated[Format, typer.Option("--format", help="table, json or csv.")] = Format.table,
    rebuild: Annotated[bool, typer.Option(help="Recompute every deal from the stored events first.")] = False,
    config: ConfigOption = None,
) -> None:
    """List deals merged across documents, with their sources and contradictions.

    Example: armstrack deals --db arms.sqlite --country Marokko --since 2021 --format csv
    """
    options = options_from(config)
    query = checked(DealFilter(country, supplier, recipient, system, category, status, since, until).resolved)
    with open_store(db, options) as store:
        stored = StoredDeals(store, options)
        if rebuild:
            stored.rebuild()
        found = stored.find(**query.as_kwargs())
    if output is Format.json:
        typer.echo(json.dumps([deal.to_dict() for deal in found], ensure_ascii=False, indent=2))
    elif output is Format.csv:
        typer.echo(deals_csv(found), nl=False)
    else:
        Console().print(deals_table(found))


@app.command("deal")
def deal_command(
    deal_id: Annotated[str, typer.Argument(metavar="ID", help="A deal id, as `armstrack deals` lists them.")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the whole deal record as JSON.")] = False,
    config: ConfigOption = None,
) -> None:
    """Tell one deal's story: stages with dates and sources, what each source says, consensus, contradictions.

    Example: armstrack deal transfer-tur-mar-bayraktar-tb2-b6ef0f --db arms.sqlite
    """
    with open_store(db, options_from(config)) as store:
        try:
            deal = StoredDeals(store).get(deal_id)
        except ArmstrackError as err:
            report_error(str(err))
            raise typer.Exit(code=1) from err
    if as_json:
        typer.echo(json.dumps(deal.to_dict(), ensure_ascii=False, indent=2))
    else:
        typer.echo(story(deal))


def who(deal: Deal) -> str:
    """The parties as a reader says them: supplier -> recipient, producer + partner, parties."""
    if deal.type == "transfer":
        return f"{deal.supplier or '?'} -> {deal.recipient or '?'}"
    if deal.type == "production":
        return f"{deal.producer or '?'}" + (f" + {deal.partner}" if deal.partner else "")
    return ", ".join(deal.parties)


def what(deal: Deal) -> str:
    """The item: system (category), category, or an agreement's scope."""
    if deal.type == "agreement":
        scope = deal.consensus.get("scope")
        return ", ".join(scope.value) if scope and scope.value else "-"
    if deal.system:
        return f"{deal.system} ({deal.category})" if deal.category else deal.system
    return deal.category or "-"


def deals_table(found: list[Deal]) -> Table:
    """A table of deals: who, what, status, time span, sources (independent), contradictions."""
    table = Table("id", "type", "who", "what", "status", "dates", "sources", "contradictions",
                  title=f"{len(found)} deals")
    for deal in found:
        span = f"{deal.first_date or '?'} .. {deal.last_date or '?'}"
        table.add_row(deal.id, deal.type, who(deal), what(deal), deal.status or "-", span,
                      f"{len(deal.sources)} ({deal.independent_sources})", str(len(deal.contradictions)))
    return table


def deals_csv(found: list[Deal]) -> str:
    """The deals as CSV, one row each: the Python API's flat deal rows."""
    return rows_csv([deal_row(deal) for deal in found])


def story(deal: Deal) -> str:
    """One deal as text: header, stages, per-source values, consensus, contradictions, sources, evidence."""
    lines = [f"{deal.id}", f"  {deal.type}: {who(deal)}, {what(deal)}; status {deal.status or '?'}",
             f"  {len(deal.sources)} sources, {deal.independent_sources} independent", "", "stages:"]
    for stage in deal.stages:
        when = stage.date or "date unknown"
        lines.append(f"  {stage.name:<12} {when:<14} first reported {stage.first_reported or '?'}"
                     f"  by {', '.join(stage.sources)}")
    lines += ["", "what each source says:"]
    for slot, claims in deal.claims.items():
        for claim in claims:
            lines.append(f"  {slot:<14} {_shown(claim.value):<28} {', '.join(claim.sources)}")
    lines += ["", "consensus:"]
    lines += [f"  {slot:<14} {_shown(c.value):<28} ({c.rule})" for slot, c in deal.consensus.items()]
    lines += ["", f"contradictions: {len(deal.contradictions) or 'none'}"]
    for contradiction in deal.contradictions:
        sides = " vs ".join(f"{_shown(s.value)} [{', '.join(s.sources)}]" for s in contradiction.sides)
        lines.append(f"  {contradiction.kind} ({contradiction.slot}): {sides}")
    lines += ["", "sources:"]
    for source in deal.sources:
        copy = f", copy of {source.copy_of}" if source.copy_of else ""
        lines.append(f"  {source.document_id}  {source.outlet or '-'}  {source.published or '-'}"
                     f"  {source.url or ''}{copy}")
    lines += ["", "evidence:"]
    lines += [f"  \"{q.quote}\" ({q.outlet or q.document_id}{', ' + q.url if q.url else ''})" for q in deal.evidence]
    return "\n".join(lines)


def _shown(value: object) -> str:
    if isinstance(value, dict) and "amount" in value:
        return f"{value['amount']:,} {value.get('currency', '')}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)

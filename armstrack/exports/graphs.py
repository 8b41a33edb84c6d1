"""Networks for Gephi and friends (networkx): countries and firms as nodes, deals as edges.

A transfer is an edge supplier -> recipient, production partner -> producer, an agreement one edge
per pair of parties (direction "mutual"), and each firm a deal names an edge firm -> recipient.
GraphML and GEXF writers refuse None and lists, so attributes are cleaned first: unknown values are
left out, lists joined with ";". GEXF reserves an edge's ``type``, ``start`` and ``end``: the deal's type
is ``deal_type``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx

from armstrack.deals import Deal
from armstrack.exports.context import ExportContext
from armstrack.exports.register import consensus_value, first_reported, parties, source_urls
from armstrack.exports.registry import register_exporter

Attributes = dict[str, str | int | float | bool]


def deal_graph(deals: Sequence[Deal], context: ExportContext) -> nx.MultiDiGraph:
    """Countries and firms as nodes, one edge per deal (and per firm a deal names), attributes cleaned."""
    graph = nx.MultiDiGraph()
    for deal in deals:
        attributes = _deal_attributes(deal)
        for source, target, direction in _ends(deal):
            _add_country(graph, source, context)
            _add_country(graph, target, context)
            graph.add_edge(source, target, key=f"{deal.id}:{source}:{target}",
                           **attributes, direction=direction, role="deal")
        recipient = parties(deal)[1] if deal.type != "agreement" else None
        for firm in context.firms(deal.id):
            if recipient is None:
                continue
            node = f"firm:{firm}"
            graph.add_node(node, **_clean({"label": firm, "kind": "firm", "country": context.firm_country(firm)}))
            _add_country(graph, recipient, context)
            graph.add_edge(node, recipient, key=f"{deal.id}:{node}", **attributes, direction="firm",
                           role="manufacturer or contractor")
    return graph


def _ends(deal: Deal) -> list[tuple[str, str, str]]:
    if deal.type == "agreement":
        return [(a, b, "mutual") for a, b in combinations(sorted(deal.parties), 2)]
    supplier, recipient = parties(deal)
    if supplier is None or recipient is None:
        return []
    return [(supplier, recipient, "transfer" if deal.type == "transfer" else "production")]


def _add_country(graph: nx.MultiDiGraph, code: str, context: ExportContext) -> None:
    if code in graph:
        return
    at = context.centroid(code)
    graph.add_node(code, **_clean({"label": context.country_name(code), "kind": "country", "code": code,
                                   "latitude": at[0] if at else None, "longitude": at[1] if at else None}))


def _deal_attributes(deal: Deal) -> Attributes:
    value = consensus_value(deal, "value")
    quantity = consensus_value(deal, "quantity")
    scope = consensus_value(deal, "scope")
    return _clean({
        "deal_id": deal.id, "label": deal.system or deal.category or deal.type, "deal_type": deal.type,
        "system": deal.system, "category": deal.category,
        "status": deal.status, "first_date": deal.first_date, "last_date": deal.last_date,
        "first_reported": first_reported(deal), "quantity": int(quantity) if quantity is not None else None,
        "value_amount": float(value["amount"]) if value else None,
        "value_currency": value["currency"] if value else None,
        "scope": scope, "sources": len(deal.sources), "independent_sources": deal.independent_sources,
        "contradictions": len(deal.contradictions), "source_urls": source_urls(deal),
    })


def _clean(attributes: dict[str, Any]) -> Attributes:
    """Leave out unknown and empty values, join lists: the writers accept scalars only."""
    cleaned: Attributes = {}
    for name, value in attributes.items():
        if isinstance(value, list | tuple):
            value = ";".join(str(v) for v in value)
        if value is None or value == "":
            continue
        cleaned[name] = value
    return cleaned


class GraphExporter:
    """One networkx writer over the deal graph."""

    def __init__(self, suffix: str, description: str, writer: Callable[[nx.MultiDiGraph, Path], None]) -> None:
        self.suffix = suffix
        self.description = description
        self.writer = writer

    def write(self, deals: Sequence[Deal], target: Path, context: ExportContext) -> int:
        """Write the deal graph; returns the edge count."""
        graph = deal_graph(deals, context)
        self.writer(graph, Path(target))
        return graph.number_of_edges()


register_exporter("graphml", GraphExporter(
    ".graphml", "network of countries and firms, one edge per deal (GraphML: Gephi, yEd, Cytoscape)",
    lambda graph, path: nx.write_graphml(graph, path)))
register_exporter("gexf", GraphExporter(
    ".gexf", "network of countries and firms, one edge per deal (GEXF: Gephi)",
    lambda graph, path: nx.write_gexf(graph, path)))

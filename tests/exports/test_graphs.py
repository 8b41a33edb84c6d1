"""GraphML and GEXF networks, read back with networkx's readers and lxml."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from armstrack.api import Armstrack

READERS: dict[str, Callable[[Path], nx.Graph]] = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}


def deal_edges(graph: nx.Graph) -> dict[str, list[tuple[str, str]]]:
    edges: dict[str, list[tuple[str, str]]] = {}
    for source, target, attributes in graph.edges(data=True):
        if attributes["role"] == "deal":
            edges.setdefault(attributes["deal_id"], []).append((source, target))
    return edges


@pytest.mark.parametrize("format", ["graphml", "gexf"])
@pytest.mark.parametrize("handle", ["arms", "demo"])
def test_graph_has_an_edge_per_deal_between_its_countries(format: str, handle: str, request: pytest.FixtureRequest,
                                                          tmp_path: Path) -> None:
    arms: Armstrack = request.getfixturevalue(handle)
    target = tmp_path / f"arms.{format}"
    written = arms.export(format, target)
    graph = READERS[format](target)
    assert graph.number_of_edges() == written
    edges = deal_edges(graph)
    for deal in arms.deals():
        if deal.type == "transfer" and deal.supplier and deal.recipient:
            assert edges[deal.id] == [(deal.supplier, deal.recipient)]
        elif deal.type == "agreement" and len(deal.parties) == 2:
            assert edges[deal.id] == [tuple(deal.parties)]


@pytest.mark.parametrize("format", ["graphml", "gexf"])
def test_graph_nodes_are_named_countries_and_firms(format: str, arms: Armstrack, tmp_path: Path) -> None:
    target = tmp_path / f"arms.{format}"
    arms.export(format, target)
    graph = READERS[format](target)
    morocco = graph.nodes["MAR"]
    assert (morocco["label"], morocco["kind"]) == ("Morocco", "country")
    assert 27 < float(morocco["latitude"]) < 36
    firms = {node for node, kind in graph.nodes(data="kind") if kind == "firm"}
    assert firms == {"firm:Baykar", "firm:Elbit Systems", "firm:BlueBird Aero Systems"}
    assert graph.has_edge("firm:Baykar", "MAR")


def test_graph_edges_carry_deal_attributes_without_nulls(arms: Armstrack, tmp_path: Path) -> None:
    target = tmp_path / "arms.graphml"
    arms.export("graphml", target, system="TB2")
    graph = nx.read_graphml(target)
    [(_, _, edge)] = [e for e in graph.edges(data=True) if e[2]["role"] == "deal"]
    assert (edge["deal_type"], edge["system"], edge["status"]) == ("transfer", "Bayraktar TB2", "delivered")
    assert (edge["quantity"], edge["value_amount"], edge["value_currency"]) == (12, 70_000_000.0, "USD")
    assert (edge["sources"], edge["contradictions"]) == (2, 1)
    assert "None" not in etree.tostring(etree.parse(str(target))).decode()

"""The dossier's inline SVG charts: placement, weights, colours and escaping."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from armstrack.report.charts import DIRECTION_COLOURS, Link, Mark, TimelineRow, network_svg, timeline_svg, year_of

SVG = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize(("date", "year"), [("2021", 2021.0), ("2021-07", 2021.5), ("2021-01-01", 2021.0)])
def test_partial_dates_become_fractional_years(date: str, year: float) -> None:
    assert year_of(date) == pytest.approx(year)


def test_timeline_draws_one_group_per_dated_deal_with_a_mark_per_stage() -> None:
    rows = [TimelineRow("as recipient", "Türkiye: 13 × TB2", "d1",
                        (Mark("reported", "2021-04-22", True), Mark("delivered", "2021-09", False))),
            TimelineRow("as supplier", "Mauritania: boats", "d2", (Mark("ordered", "2023", False),)),
            TimelineRow("as supplier", "undated", "d3", ())]
    svg = ET.fromstring(timeline_svg(rows))
    groups = svg.findall(f"{SVG}g")
    assert [g.get("data-deal") for g in groups] == ["d1", "d2"]
    marks = groups[0].findall(f"{SVG}circle")
    assert [m.get("fill") == "white" for m in marks] == [True, False]  # hollow: only the first report dates it
    assert float(marks[0].get("cx")) < float(marks[1].get("cx"))


def test_timeline_escapes_labels_from_articles() -> None:
    page = timeline_svg([TimelineRow("as recipient", "<script>alert(1)</script>", "d1",
                                     (Mark("ordered", "2021", False),))])
    assert "<script>" not in page
    assert "&lt;script&gt;" in page


def test_network_weights_edges_by_deal_count_and_colours_them_by_direction() -> None:
    links = [Link("USA", "United States", {"in": 4}), Link("MRT", "Mauritania", {"out": 1}),
             Link("ISR", "Israel", {"in": 1, "mutual": 2})]
    svg = ET.fromstring(network_svg("MAR", links))
    edges = svg.findall(f"{SVG}path")
    assert len(edges) == 4
    width = {e.find(f"{SVG}title").text.split(":")[0] + e.get("class"): float(e.get("stroke-width")) for e in edges}
    assert width["United Statesedge in"] > width["Israeledge in"]
    colours = {e.get("class"): e.get("stroke") for e in edges}
    assert colours == {f"edge {d}": colour for d, colour in DIRECTION_COLOURS.items()}


def test_network_without_partners_says_so() -> None:
    assert "No partner country." in network_svg("MAR", [])

"""The dossier's charts as inline SVG, drawn here so the page needs no script, CDN or network.

Elements are built with ElementTree, which escapes every label taken from articles.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from armstrack.deals.dates import parts

SVG_NS = "http://www.w3.org/2000/svg"
# Colours by stage rank: first report, talks, order or signature, delivery or entry into force.
STAGE_COLOURS = {"reported": "#a0aec0", "planned": "#d69e2e", "ordered": "#3182ce", "agreed": "#3182ce",
                 "signed": "#3182ce", "delivered": "#38a169", "operational": "#38a169", "ratified": "#38a169"}
DIRECTION_COLOURS = {"in": "#3182ce", "out": "#dd6b20", "mutual": "#718096"}
DIRECTION_LABELS = {"in": "supplies the country", "out": "supplied by the country",
                    "mutual": "agreement or joint production"}
LABEL_WIDTH = 260
ROW_HEIGHT = 20
AXIS_HEIGHT = 28


@dataclass(frozen=True)
class Mark:
    """A stage on the timeline: its name, when, and whether the date is the stage's own or its first report."""

    stage: str
    date: str
    reported_only: bool


@dataclass(frozen=True)
class TimelineRow:
    """One deal on the timeline."""

    lane: str
    label: str
    deal_id: str
    marks: tuple[Mark, ...]


@dataclass
class Link:
    """Deals between the dossier's country and one partner, counted by direction."""

    code: str
    name: str
    counts: dict[str, int] = field(default_factory=dict)


def year_of(date: str) -> float:
    """A partial ISO date as a fractional year: 2021 -> 2021.0, 2021-07 -> 2021.5."""
    found = list(parts(date))
    year, month, day = found + [1] * (3 - len(found))
    return year + (month - 1) / 12 + (day - 1) / 365


def timeline_svg(rows: Sequence[TimelineRow], width: int = 960) -> str:
    """Each deal as a line from its first to its last dated stage, one marker per stage, grouped by lane."""
    dated = [row for row in rows if row.marks]
    lanes = list(dict.fromkeys(row.lane for row in dated))
    height = AXIS_HEIGHT + ROW_HEIGHT * (len(dated) + len(lanes)) + 10
    svg = _svg(width, height, "timeline", "Deals over time by stage")
    if not dated:
        _text(svg, 10, 20, "No dated deal.")
        return ET.tostring(svg, encoding="unicode")
    years = [year_of(mark.date) for row in dated for mark in row.marks]
    first, last = math.floor(min(years)), math.floor(max(years)) + 1
    scale = (width - LABEL_WIDTH - 20) / (last - first)

    def x(date: str) -> float:
        return LABEL_WIDTH + (year_of(date) - first) * scale

    for year in range(first, last + 1):
        at = LABEL_WIDTH + (year - first) * scale
        ET.SubElement(svg, "line", x1=f"{at:.1f}", x2=f"{at:.1f}", y1=str(AXIS_HEIGHT - 6), y2=str(height),
                      stroke="#e2e8f0")
        _text(svg, at, AXIS_HEIGHT - 10, str(year), anchor="middle", size=11)
    y = AXIS_HEIGHT
    for lane in lanes:
        y += ROW_HEIGHT
        _text(svg, 4, y - 5, lane, size=12, weight="bold")
        for row in (r for r in dated if r.lane == lane):
            y += ROW_HEIGHT
            _row(svg, row, y - ROW_HEIGHT / 2, x)
    return ET.tostring(svg, encoding="unicode")


def _row(svg: ET.Element, row: TimelineRow, middle: float, place: Callable[[str], float]) -> None:
    group = ET.SubElement(svg, "g", {"class": "deal", "data-deal": row.deal_id})
    ET.SubElement(group, "title").text = row.label
    _text(group, 14, middle + 4, _shorten(row.label, 40), size=11)
    ends = [place(m.date) for m in row.marks]
    ET.SubElement(group, "line", {"x1": f"{min(ends):.1f}", "x2": f"{max(ends):.1f}", "y1": f"{middle:.1f}",
                                  "y2": f"{middle:.1f}", "stroke": "#cbd5e0", "stroke-width": "3"})
    for mark, at in zip(row.marks, ends, strict=True):
        colour = STAGE_COLOURS.get(mark.stage, "#4a5568")
        dot = ET.SubElement(group, "circle", {"cx": f"{at:.1f}", "cy": f"{middle:.1f}", "r": "5", "stroke": colour,
                                              "fill": "white" if mark.reported_only else colour, "stroke-width": "2"})
        how = "first reported" if mark.reported_only else "dated"
        ET.SubElement(dot, "title").text = f"{mark.stage}: {mark.date} ({how})"


def network_svg(centre: str, links: Sequence[Link], size: int = 520) -> str:
    """The country in the middle, partners around; edge width grows with deal count, colour gives direction."""
    svg = _svg(size, size, "network", "Partners of the country")
    defs = ET.SubElement(svg, "defs")
    for direction, colour in DIRECTION_COLOURS.items():
        marker = ET.SubElement(defs, "marker", id=f"arrow-{direction}", viewBox="0 0 10 10", refX="9", refY="5",
                               markerWidth="5", markerHeight="5", orient="auto-start-reverse")
        ET.SubElement(marker, "path", d="M0,0 L10,5 L0,10 z", fill=colour)
    middle, radius = size / 2, size / 2 - 90
    for n, link in enumerate(links):
        angle = 2 * math.pi * n / max(len(links), 1) - math.pi / 2
        px, py = middle + radius * math.cos(angle), middle + radius * math.sin(angle)
        _edges(svg, link, (middle, middle), (px, py))
        ET.SubElement(svg, "circle", cx=f"{px:.1f}", cy=f"{py:.1f}", r="16", fill="#edf2f7", stroke="#4a5568")
        _text(svg, px, py + (32 if py >= middle else -24), link.name, anchor="middle", size=12)
    ET.SubElement(svg, "circle", cx=str(middle), cy=str(middle), r="30", fill="#2d3748")
    _text(svg, middle, middle + 4, centre, anchor="middle", size=12, colour="white", weight="bold")
    if not links:
        _text(svg, 10, 20, "No partner country.")
    return ET.tostring(svg, encoding="unicode")


def _edges(svg: ET.Element, link: Link, centre: tuple[float, float], partner: tuple[float, float]) -> None:
    """One curve per direction; curves bend apart so that two directions stay visible."""
    (cx, cy), (px, py) = centre, partner
    length = math.hypot(px - cx, py - cy) or 1.0
    nx_, ny_ = -(py - cy) / length, (px - cx) / length  # unit normal
    for bend, direction in zip((-28, 28, 0), ("in", "out", "mutual"), strict=True):
        count = link.counts.get(direction, 0)
        if not count:
            continue
        start, end = ((px, py), (cx, cy)) if direction == "in" else ((cx, cy), (px, py))
        sx, sy = _inset(start, end, 18 if direction == "in" else 32)
        ex, ey = _inset(end, start, 32 if direction == "in" else 18)
        qx, qy = (cx + px) / 2 + nx_ * bend, (cy + py) / 2 + ny_ * bend
        attributes = {"d": f"M{sx:.1f},{sy:.1f} Q{qx:.1f},{qy:.1f} {ex:.1f},{ey:.1f}", "fill": "none",
                      "stroke": DIRECTION_COLOURS[direction], "stroke-width": f"{1.5 + 2 * math.sqrt(count):.1f}",
                      "class": f"edge {direction}"}
        if direction != "mutual":  # agreements and joint production have no direction to point
            attributes["marker-end"] = f"url(#arrow-{direction})"
        path = ET.SubElement(svg, "path", attributes)
        ET.SubElement(path, "title").text = f"{link.name}: {count} deal(s), {DIRECTION_LABELS[direction]}"


def legend_svg() -> str:
    """Colour keys for the stages and the directions."""
    svg = _svg(960, 26, "legend", "Legend")
    keys = [(name, STAGE_COLOURS[name], "dot") for name in ("reported", "planned", "ordered", "delivered")]
    keys += [(DIRECTION_LABELS[d], colour, "line") for d, colour in DIRECTION_COLOURS.items()]
    at = 6.0
    for label, colour, shape in keys:
        if shape == "dot":
            ET.SubElement(svg, "circle", cx=f"{at + 5:.0f}", cy="13", r="5", fill=colour)
        else:
            ET.SubElement(svg, "line", {"x1": f"{at:.0f}", "x2": f"{at + 12:.0f}", "y1": "13", "y2": "13",
                                        "stroke": colour, "stroke-width": "4"})
        _text(svg, at + 16, 17, label, size=11)
        at += 16 + 6.5 * len(label) + 18  # a rough text width keeps keys apart without measuring fonts
    return ET.tostring(svg, encoding="unicode")


def _svg(width: int, height: float, css_class: str, label: str) -> ET.Element:
    svg = ET.Element("svg", {"xmlns": SVG_NS, "width": str(width), "height": f"{height:.0f}",
                             "viewBox": f"0 0 {width} {height:.0f}", "class": css_class, "role": "img",
                             "aria-label": label})
    ET.SubElement(svg, "title").text = label
    return svg


def _text(parent: ET.Element, x: float, y: float, content: str, anchor: str = "start", size: int = 12,
          colour: str = "#1a202c", weight: str = "normal") -> None:
    element = ET.SubElement(parent, "text", {"x": f"{x:.1f}", "y": f"{y:.1f}", "text-anchor": anchor,
                                             "font-size": str(size), "fill": colour, "font-weight": weight})
    element.text = content


def _inset(start: tuple[float, float], end: tuple[float, float], by: float) -> tuple[float, float]:
    length = math.hypot(end[0] - start[0], end[1] - start[1]) or 1.0
    return start[0] + (end[0] - start[0]) * by / length, start[1] + (end[1] - start[1]) * by / length


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

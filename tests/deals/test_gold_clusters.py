"""Merging measured on the gold events of eval/: pairwise cluster F1 as the reference scorer counts it."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path
from typing import Any

from armstrack.deals import assign_clusters
from armstrack.model import Document, Event

EVAL = Path(__file__).parents[2] / "eval"
LISTS = ("parties", "scope", "evidence", "companies", "system_aliases")


def gold_reports() -> tuple[list[tuple[Document, list[Event]]], list[str]]:
    """The gold events as if an extractor had written them, and their gold clusters in the same order."""
    texts = {row["id"]: row for row in map(json.loads, _lines(EVAL / "documents.jsonl"))}
    reports, clusters = [], []
    for row in map(json.loads, _lines(EVAL / "gold.jsonl")):
        events = []
        for gold in row["events"]:
            clusters.append(gold.pop("cluster"))
            # a gold slot may list acceptable values; an extractor writes one
            first: dict[str, Any] = {k: v[0] if isinstance(v, list) and k not in LISTS else v for k, v in gold.items()}
            events.append(Event.from_dict(first | {"evidence": []}))
        reports.append((Document.from_dict(texts[row["id"]]), events))
    return reports, clusters


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def pairwise_f1(gold: list[str], predicted: list[str | None]) -> float:
    """F1 over event pairs: same predicted cluster against same gold cluster."""
    tp = fp = fn = 0
    for (g1, p1), (g2, p2) in combinations(zip(gold, predicted, strict=True), 2):
        same_gold, same_predicted = g1 == g2, p1 is not None and p1 == p2
        tp += same_gold and same_predicted
        fp += same_predicted and not same_gold
        fn += same_gold and not same_predicted
    return 2 * tp / (2 * tp + fp + fn)


def test_gold_events_merge_into_gold_clusters() -> None:
    reports, clusters = gold_reports()
    assign_clusters(reports)
    predicted = [event.cluster for _, events in reports for event in events]
    assert pairwise_f1(clusters, predicted) >= 0.9


def test_gold_clusters_do_not_depend_on_document_order() -> None:
    reports, _ = gold_reports()
    assign_clusters(reports)
    forward = {(d.id, n): e.cluster for d, events in reports for n, e in enumerate(events)}
    backward_reports, _ = gold_reports()
    assign_clusters(backward_reports[::-1])
    assert {(d.id, n): e.cluster for d, events in backward_reports for n, e in enumerate(events)} == forward

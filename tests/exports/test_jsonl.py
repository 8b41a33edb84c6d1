"""JSON lines of whole deals, read back with json and Deal.from_dict."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from armstrack.api import Armstrack
from armstrack.deals import Deal


@pytest.mark.parametrize("handle", ["arms", "demo"])
def test_jsonl_round_trips_every_deal(handle: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    arms: Armstrack = request.getfixturevalue(handle)
    target = tmp_path / "deals.jsonl"
    deals = arms.deals()
    assert arms.export("jsonl", target) == len(deals)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [Deal.from_dict(json.loads(line)) for line in lines] == deals


def test_jsonl_keeps_stage_history_per_source_values_and_evidence(arms: Armstrack, tmp_path: Path) -> None:
    target = tmp_path / "tb2.jsonl"
    arms.export("jsonl", target, system="TB2")
    [deal] = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [(s["name"], s["date"]) for s in deal["stages"]] == [
        ("reported", None), ("ordered", "2021-04"), ("delivered", "2021-09")]
    assert {(c["value"], tuple(c["sources"])) for c in deal["claims"]["quantity"]} == {
        (12, ("monitor-tb2",)), (13, ("atlas-tb2",))}
    assert {q["document_id"] for q in deal["evidence"]} == {"atlas-tb2", "monitor-tb2"}


def test_jsonl_of_no_deal_is_an_empty_file(arms: Armstrack, tmp_path: Path) -> None:
    target = tmp_path / "none.jsonl"
    assert arms.export("jsonl", target, country="Chile") == 0
    assert target.read_text(encoding="utf-8") == ""

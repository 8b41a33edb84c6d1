"""The CSV trade register and the Parquet deals, read back with csv, pandas and pyarrow."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas
import pyarrow.parquet as pq
import pytest

from armstrack.api import Armstrack
from armstrack.exports.register import REGISTER_COLUMNS, in_register


def read_register(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


@pytest.mark.parametrize("handle", ["arms", "demo"])
def test_csv_has_one_row_per_transfer_and_licensed_production(handle: str, request: pytest.FixtureRequest,
                                                             tmp_path: Path) -> None:
    arms: Armstrack = request.getfixturevalue(handle)
    target = tmp_path / "register.csv"
    written = arms.export("csv", target)
    rows = read_register(target)
    deals = {deal.id: deal for deal in arms.deals() if in_register(deal)}
    assert written == len(rows) == len(deals) > 0
    assert tuple(rows[0]) == REGISTER_COLUMNS
    for row in rows:
        deal = deals[row["deal_id"]]
        assert row["status"] == (deal.status or "")
        assert row["designation"] == (deal.system or "")
        assert row["sources"] == str(len(deal.sources))
        assert row["independent_sources"] == str(deal.independent_sources)
        assert row["contradictions"] == str(len(deal.contradictions))
        assert row["source_urls"].split() == list(dict.fromkeys(s.url for s in deal.sources if s.url))


def test_csv_follows_sipri_columns_with_english_names(arms: Armstrack, tmp_path: Path) -> None:
    target = tmp_path / "k2.csv"
    arms.export("csv", target, system="K2")
    [row] = pandas.read_csv(target).to_dict("records")
    assert (row["recipient"], row["supplier"], row["designation"], row["description"]) == (
        "Poland", "South Korea", "K2 Black Panther", "tank")
    assert (row["year_of_order"], row["number_ordered"], row["status"]) == (2022, 180, "ordered")
    assert row["first_reported"] == "2022-08-27"


def test_csv_gives_centroids_for_arcs(arms: Armstrack, tmp_path: Path) -> None:
    target = tmp_path / "morocco.csv"
    arms.export("csv", target, recipient="Marokko")
    rows = read_register(target)
    assert {row["recipient"] for row in rows} == {"Morocco"}
    for row in rows:
        assert 27 < float(row["recipient_latitude"]) < 36 and -14 < float(row["recipient_longitude"]) < -1
        assert row["supplier_latitude"] and row["supplier_longitude"]


def test_csv_shows_money_delivery_and_contradictions(arms: Armstrack, tmp_path: Path) -> None:
    target = tmp_path / "tb2.csv"
    arms.export("csv", target, system="TB2")
    [row] = read_register(target)
    assert (row["value"], row["currency"]) == ("70000000", "USD")
    assert (row["year_of_order"], row["years_of_delivery"], row["number_delivered"]) == ("2021", "2021", "12")
    assert row["comments"] == "sources disagree on quantity: 12 [monitor-tb2] vs 13 [atlas-tb2]"


def test_csv_registers_production_with_a_partner_as_licensed_production(arms: Armstrack, tmp_path: Path) -> None:
    target = tmp_path / "all.csv"
    arms.export("csv", target)
    rows = {row["type"]: row for row in read_register(target)}
    assert (rows["production"]["supplier"], rows["production"]["recipient"]) == ("Israel", "Morocco")
    assert "agreement" not in rows


@pytest.mark.parametrize("handle", ["arms", "demo"])
def test_parquet_round_trips_every_deal(handle: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    arms: Armstrack = request.getfixturevalue(handle)
    deals = arms.deals()
    target = tmp_path / "deals.parquet"
    assert arms.export("parquet", target) == len(deals)
    rows = {row["id"]: row for row in pq.read_table(target).to_pylist()}
    assert set(rows) == {d.id for d in deals}
    for deal in deals:
        row = rows[deal.id]
        assert (row["type"], row["supplier"], row["recipient"], row["system"], row["status"]) == (
            deal.type, deal.supplier, deal.recipient, deal.system, deal.status)
        assert row["parties"] == deal.parties
        assert [(s["name"], s["date"]) for s in row["stages"]] == [(s.name, s.date) for s in deal.stages]
        assert [s["document_id"] for s in row["sources"]] == [s.document_id for s in deal.sources]
        assert [q["quote"] for q in row["evidence"]] == [q.quote for q in deal.evidence]
        assert json.loads(row["contradictions"]) == [c.to_dict() for c in deal.contradictions]


def test_parquet_reads_into_pandas_with_typed_money(arms: Armstrack, tmp_path: Path) -> None:
    target = tmp_path / "deals.parquet"
    arms.export("parquet", target, system="TB2")
    frame = pandas.read_parquet(target)
    assert (frame.loc[0, "value_amount"], frame.loc[0, "value_currency"]) == (70_000_000.0, "USD")
    assert frame.loc[0, "quantity"] == 12

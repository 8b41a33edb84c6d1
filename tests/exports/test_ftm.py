"""FollowTheMoney entities, read back with followthemoney's model.get_proxy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from followthemoney import model
from followthemoney.proxy import EntityProxy

from armstrack.api import Armstrack
from armstrack.exports.register import in_register


def read_entities(path: Path) -> list[EntityProxy]:
    return [model.get_proxy(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines()]


def by_schema(entities: list[EntityProxy], schema: str) -> list[EntityProxy]:
    return [entity for entity in entities if entity.schema.name == schema]


@pytest.mark.parametrize("handle", ["arms", "demo"])
def test_ftm_has_an_economic_activity_per_transfer(handle: str, request: pytest.FixtureRequest,
                                                   tmp_path: Path) -> None:
    arms: Armstrack = request.getfixturevalue(handle)
    target = tmp_path / "arms.ftm.json"
    written = arms.export("ftm", target)
    entities = read_entities(target)
    assert written == len(entities) == len({e.id for e in entities})
    activities = {e.first("recordId"): e for e in by_schema(entities, "EconomicActivity")}
    deals = [d for d in arms.deals() if in_register(d)]
    assert set(activities) == {d.id for d in deals}
    identified = {e.id: e for e in entities}
    for deal in deals:
        activity = activities[deal.id]
        # FtM's url type keeps web addresses only (the fixture's javascript: link is dropped)
        assert set(activity.get("sourceUrl")) == {s.url for s in deal.sources if s.url and s.url.startswith("http")}
        assert {identified[i].schema.name for i in activity.get("proof")} == {"Article"}
        assert identified[activity.first("contract")].schema.name == "Contract"


def test_ftm_transfer_names_governments_countries_money_and_dates(arms: Armstrack, tmp_path: Path) -> None:
    target = tmp_path / "tb2.ftm.json"
    arms.export("ftm", target, system="TB2")
    entities = read_entities(target)
    identified = {e.id: e for e in entities}
    [activity] = by_schema(entities, "EconomicActivity")
    assert (activity.first("originCountry"), activity.first("destinationCountry")) == ("tr", "ma")
    assert identified[activity.first("sender")].first("name") == "Government of Türkiye"
    assert identified[activity.first("receiver")].schema.name == "PublicBody"
    assert activity.first("goodsDescription") == "12 x Bayraktar TB2"
    contract = identified[activity.first("contract")]
    assert (contract.first("amount"), contract.first("currency"), contract.first("contractDate")) == (
        "70000000", "USD", "2021-04")
    [award] = by_schema(entities, "ContractAward")
    assert identified[award.first("supplier")].first("name") == "Baykar"


def test_ftm_agreement_is_a_contract_of_its_parties(arms: Armstrack, tmp_path: Path) -> None:
    target = tmp_path / "agreements.ftm.json"
    arms.export("ftm", target, country="Israel")
    entities = read_entities(target)
    identified = {e.id: e for e in entities}
    [agreement] = [c for c in by_schema(entities, "Contract") if c.first("status") == "signed"]
    assert agreement.first("contractDate") == "2021-11-24"
    assert sorted(identified[i].first("name") for i in agreement.get("authority")) == [
        "Government of Israel", "Government of Morocco"]

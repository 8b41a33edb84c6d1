"""Clauses: a country in one clause takes no role for an item in another, per language."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from armstrack.model import Event, Transfer

Extract = Callable[..., list[Event]]


def sides(events: list[Event], item: str) -> list[tuple]:
    return sorted((e.supplier, e.recipient) for e in events
                  if isinstance(e, Transfer) and item in (e.system, e.category))


@pytest.mark.parametrize(("language", "sentence", "item", "expected"), [
    ("en", "Kuwait bought 24 Apache helicopters, while the United Arab Emirates took delivery of 80 F-16 fighters.",
     "F-16 Fighting Falcon", [("USA", "ARE")]),
    ("en", "Russia sold 12 jets to Egypt, and Algeria received 14 helicopters from China.", "helicopter",
     [("CHN", "DZA")]),
    ("en", "Russia sold 12 jets to Egypt, and Algeria received 14 helicopters from China.", "aircraft",
     [("RUS", "EGY")]),
    ("fr", "Les chars arrivent au port, tandis que l'Allemagne a livré des obusiers à l'Ukraine.", "tank", []),
    ("es", "España, que ha cedido a Ucrania cientos de tanques, compró aviones a Francia.", "tank", [("ESP", "UKR")]),
    ("es", "España, que ha cedido a Ucrania cientos de tanques, compró aviones a Francia.", "aircraft",
     [("FRA", "ESP")]),
])
def test_roles_stay_in_their_clause(extract: Extract, language: str, sentence: str, item: str,
                                    expected: list) -> None:
    assert sides(extract(sentence, language), item) == expected


@pytest.mark.parametrize(("language", "sentence", "item", "expected"), [
    # a list after a relative word stays in the relative clause
    ("en", "The countries to which the drone has been exported include Poland, Qatar and Morocco. "
           "Baykar builds the Bayraktar TB2.", "uav", []),
    ("es", "Un buque procedente de Turquía ha descargado diez tanques y 24 obuses, que se incorporarán a unidades "
           "del Ejército marroquí.", "tank", [("TUR", "MAR")]),
    ("es", "Un buque procedente de Turquía ha descargado diez tanques y 24 obuses, mientras que el Ejército marroquí "
           "espera aviones.", "tank", []),
])
def test_relative_clause_about_the_item_keeps_its_roles(extract: Extract, language: str, sentence: str, item: str,
                                                        expected: list) -> None:
    assert sides(extract(sentence, language), item) == expected


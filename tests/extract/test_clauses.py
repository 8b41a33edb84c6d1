"""Clauses: a country in one clause takes no role for an item in another, per language."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from armstrack.extract import build_pipeline
from armstrack.model import Document, Event, Transfer
from armstrack.pipeline import Pipeline

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



@pytest.fixture(scope="module")
def packaged() -> Pipeline:
    return build_pipeline()  # the packaged catalogue: K2, Stryker


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    # "que se" opens a relative clause; a comma between two names that start no list closes it
    ("es", "Frente a los cazas que se compraron a Dinamarca, los Estados Unidos no financiarán la compra de "
           "200 blindados Stryker.", []),
    ("es", "A diferencia de los aviones que se compraron a Noruega, Perú adquirió diez tanques K2.",
     [("KOR", "PER")]),
    # a list goes on past the name after the comma: the relative clause holds all of it
    ("en", "South Korea sold K2 tanks, which will go to Poland, Romania and Slovakia, in one contract.",
     [("KOR", "POL"), ("KOR", "ROU"), ("KOR", "SVK")]),
])
def test_a_comma_between_two_names_closes_a_relative_clause(packaged: Pipeline, language: str, sentence: str,
                                                           expected: list) -> None:
    events = packaged(Document("test", sentence, published="2021-10-01", language=language)).events
    assert sorted((e.supplier, e.recipient) for e in events if isinstance(e, Transfer)) == expected

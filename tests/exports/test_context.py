"""Country names and centroids for exports; the centroids data file's integrity."""

from __future__ import annotations

import pytest

from armstrack.exports import ExportContext
from armstrack.exports.context import load_centroids
from armstrack.kb import KnowledgeBase


@pytest.fixture(scope="module")
def context() -> ExportContext:
    return ExportContext.create({"deal-1": ["Baykar", "baykar", "Unknown Works"]})


@pytest.mark.parametrize(("code", "name"), [("MAR", "Morocco"), ("KOR", "South Korea"), ("USA", "United States"),
                                            ("org:Polisario Front", "Polisario Front"), (None, None)])
def test_country_names_are_english(context: ExportContext, code: str | None, name: str | None) -> None:
    assert context.country_name(code) == name


def test_actors_have_no_centroid(context: ExportContext) -> None:
    assert context.centroid("org:Polisario Front") is None
    assert context.centroid(None) is None


def test_firms_are_named_once_as_the_knowledge_base_spells_them(context: ExportContext) -> None:
    assert context.firms("deal-1") == ["Baykar", "Unknown Works"]
    assert context.firm_country("Baykar") == "TUR"


def test_every_centroid_is_a_known_country_on_the_globe() -> None:
    countries = KnowledgeBase.load().countries
    centroids = load_centroids()
    assert len(centroids) > 230
    for code, (latitude, longitude) in centroids.items():
        assert code in countries, code
        assert -90 <= latitude <= 90 and -180 <= longitude <= 180, code


@pytest.mark.parametrize(("code", "south", "north", "west", "east"), [
    ("MAR", 27, 36, -14, -1), ("TUR", 36, 42, 26, 45), ("USA", 25, 49, -125, -67), ("KOR", 33, 39, 124, 131),
    ("AUS", -44, -10, 113, 154), ("BRA", -34, 5, -74, -34),
])
def test_centroids_fall_inside_their_country(code: str, south: float, north: float, west: float,
                                             east: float) -> None:
    latitude, longitude = load_centroids()[code]
    assert south < latitude < north and west < longitude < east

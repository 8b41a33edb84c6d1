"""Integrity of the firm and weapon-system catalogues: counts, vocabularies, codes and unambiguous names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

from armstrack.kb.normalize import key
from armstrack.model import CATEGORIES

DATA = Path(__file__).resolve().parents[2] / "armstrack" / "kb" / "data"
FIRM_FIELDS = {"name", "aliases", "country", "source", "ambiguous"}
SYSTEM_FIELDS = {"name", "aliases", "category", "manufacturer", "origin", "wikidata", "source", "ambiguous", "bare",
                 "carrier"}
WIKIDATA_ID = re.compile(r"^Q[1-9]\d*$")
# Firm short forms that fold to two letters but are how the press names the firm.
SHORT_FIRM_ALIASES = {"L&T", "H&K"}
# Folded names two systems may share; none so far: a shared name would give a mention two readings.
SHARED_SYSTEM_NAMES: set[str] = set()
# Suppliers the catalogue must cover (brief: breadth across supplier countries).
SUPPLIERS = ["USA", "RUS", "CHN", "FRA", "DEU", "GBR", "ITA", "ISR", "TUR", "KOR", "ESP", "SWE", "NOR", "IRN", "IND",
             "BRA", "ZAF", "UKR", "AZE", "PAK", "ARE"]


@cache
def load(name: str) -> Any:
    """Read one data file."""
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def firms() -> list[dict[str, Any]]:
    """Read firms.yaml."""
    return load("firms.yaml")


def systems() -> list[dict[str, Any]]:
    """Read systems.yaml."""
    return load("systems.yaml")


def names(entry: dict[str, Any]) -> list[str]:
    """The canonical name, every alias and every everyday-word name of an entry."""
    return [entry["name"], *(entry.get("aliases") or []), *(entry.get("bare") or [])]


@cache
def firm_countries() -> dict[str, str | None]:
    """Map each canonical firm name to its home country (None for multinational groups)."""
    return {firm["name"]: firm["country"] for firm in firms()}


def language_phrases(node: Any) -> Iterator[str]:
    """Every phrase in a language resource file (trigger words, category nouns, cues...)."""
    if isinstance(node, dict):
        for field, value in node.items():
            if field not in ("language", "source"):
                yield from language_phrases(value)
    elif isinstance(node, list):
        for value in node:
            yield from language_phrases(value)
    elif isinstance(node, str):
        yield node.strip("*")


@cache
def language_keys() -> frozenset[str]:
    """Folded phrases of every language's trigger, cue and category-noun lists."""
    return frozenset(key(p) for path in DATA.glob("lang/*/triggers.yaml") for p in language_phrases(load(
        str(path.relative_to(DATA)))))


@cache
def country_keys() -> frozenset[str]:
    """Folded country names, demonyms and metonyms in every language."""
    keys = {key(n) for entry in load("countries.generated.yaml").values() for ns in entry["names"].values() for n in ns}
    for entry in load("countries.yaml").values():
        for field in ("names", "demonyms", "metonyms"):
            keys |= {key(form) for forms in (entry.get(field) or {}).values() for form in forms}
    return frozenset(keys)


def test_catalogues_meet_the_minimum_sizes() -> None:
    assert len(firms()) >= 150
    assert len(systems()) >= 300


@pytest.mark.parametrize(("catalogue", "fields"), [("firms.yaml", FIRM_FIELDS), ("systems.yaml", SYSTEM_FIELDS)])
def test_entries_use_only_schema_fields(catalogue: str, fields: set[str]) -> None:
    for entry in load(catalogue):
        assert set(entry) <= fields, entry["name"]
        assert isinstance(entry.get("aliases") or [], list), entry["name"]


@pytest.mark.parametrize("catalogue", ["firms.yaml", "systems.yaml"])
def test_every_entry_has_a_source_note(catalogue: str) -> None:
    for entry in load(catalogue):
        assert isinstance(entry.get("source"), str) and entry["source"].strip(), entry["name"]


@pytest.mark.parametrize("catalogue", ["firms.yaml", "systems.yaml"])
def test_names_are_trimmed_strings(catalogue: str) -> None:
    for entry in load(catalogue):
        for name in names(entry):
            assert isinstance(name, str) and name == name.strip() and name, entry["name"]


def test_firm_countries_are_alpha3_codes() -> None:
    for firm in firms():
        assert firm["country"] is None or pycountry.countries.get(alpha_3=firm["country"]), firm["name"]


def test_system_origins_are_alpha3_codes() -> None:
    for system in systems():
        assert system["origin"] is None or pycountry.countries.get(alpha_3=system["origin"]), system["name"]


def test_only_multinational_systems_lack_an_origin() -> None:
    for system in systems():
        if system["origin"] is None:
            assert system["manufacturer"] in firm_countries(), system["name"]
            assert firm_countries()[system["manufacturer"]] is None, system["name"]


def test_system_categories_are_formats_vocabulary() -> None:
    assert {system["category"] for system in systems()} <= set(CATEGORIES)


def test_manufacturers_are_firms_in_the_catalogue() -> None:
    for system in systems():
        assert system["manufacturer"] is None or system["manufacturer"] in firm_countries(), system["name"]


def test_wikidata_ids_are_well_formed() -> None:
    for system in systems():
        wikidata = system.get("wikidata")
        assert wikidata is None or WIKIDATA_ID.match(wikidata), system["name"]


@pytest.mark.parametrize("catalogue", ["firms.yaml", "systems.yaml"])
def test_names_are_unique_across_the_catalogue(catalogue: str) -> None:
    exceptions = SHARED_SYSTEM_NAMES if catalogue == "systems.yaml" else set()
    owner: dict[str, str] = {}
    for entry in load(catalogue):
        for name in [entry["name"], *(entry.get("aliases") or [])]:
            folded = key(name)
            if folded in exceptions:
                continue
            assert owner.setdefault(folded, entry["name"]) == entry["name"], (name, owner[folded], entry["name"])


# categories a category noun may confirm for one everyday-word name (mirrors extract.mentions.KINDRED)
KINDRED = [{"tank", "armoured_vehicle"}, {"air_defence", "missile"}, {"uav", "loitering_munition"}]


def test_a_shared_everyday_word_name_is_told_apart_by_category() -> None:
    """Two systems may share a bare name ("Hawk": trainer jet, air-defence missile) only when a category
    noun beside it tells which one is meant: their categories differ and are not kindred."""
    owners: dict[str, dict[str, str]] = {}
    for entry in systems():
        for name in entry.get("bare") or []:
            owners.setdefault(key(name), {})[entry["name"]] = entry["category"]
    for name, entries in owners.items():
        categories = list(entries.values())
        assert len(set(categories)) == len(categories), (name, categories)
        assert not any({a, b} <= group for a in categories for b in categories if a != b for group in KINDRED), name
        others = {key(n) for entry in systems() if entry["name"] not in entries
                  for n in [entry["name"], *(entry.get("aliases") or [])]}
        assert name not in others, name


def test_system_names_are_not_bare_numbers_or_too_short() -> None:
    for system in systems():
        for name in names(system):
            # "F-5" and "P-8" are how news names those aircraft; "K9" or a bare "2000" would match noise.
            assert len(name) >= 3 and len(key(name)) >= 2, (name, system["name"])
            assert not key(name).isdigit(), (name, system["name"])


def test_firm_names_are_at_least_three_characters() -> None:
    for firm in firms():
        for name in names(firm):
            assert len(key(name)) >= 3 or name in SHORT_FIRM_ALIASES, (name, firm["name"])


def test_system_names_are_not_language_words() -> None:
    for system in systems():
        clashes = {name for name in names(system) if key(name) in language_keys()}
        assert not clashes, (system["name"], clashes)


def test_system_names_are_not_country_names() -> None:
    for system in systems():
        clashes = {name for name in names(system) if key(name) in country_keys()}
        assert not clashes, (system["name"], clashes)


def test_system_names_are_not_firm_names() -> None:
    firm_keys = {key(name) for firm in firms() for name in names(firm)}
    for system in systems():
        clashes = {name for name in names(system) if key(name) in firm_keys}
        assert not clashes, (system["name"], clashes)


@pytest.mark.parametrize("catalogue", ["firms.yaml", "systems.yaml"])
def test_ambiguous_flag_is_a_boolean(catalogue: str) -> None:
    for entry in load(catalogue):
        assert isinstance(entry.get("ambiguous", False), bool), entry["name"]


@pytest.mark.parametrize("supplier", SUPPLIERS)
def test_catalogue_covers_each_major_supplier(supplier: str) -> None:
    assert any(system["origin"] == supplier for system in systems())


@pytest.mark.parametrize(("name", "category", "origin"), [
    ("TB2", "uav", "TUR"),
    ("Bayraktar TB-2", "uav", "TUR"),
    ("Barak-8", "air_defence", "ISR"),
    ("Shahed-136", "loitering_munition", "IRN"),
    ("Geran-2", "loitering_munition", "IRN"),
    ("Skylock Dome", "counter_uas", "ISR"),
    ("Iti Govan", "uav", "AZE"),
    ("S-400", "air_defence", "RUS"),
    ("K9 Thunder", "artillery", "KOR"),
    ("Leopard 2A6", "tank", "DEU"),
    ("F-35", "aircraft", "USA"),
    ("Black Hawk", "helicopter", "USA"),
    ("Pohang-class corvettes", "ship", "KOR"),
    ("Stan Patrol 4207", "ship", "NLD"),
    ("Piorun", "air_defence", "POL"),
    ("AW119 Koala", "helicopter", "ITA"),
    ("MT-LB", "armoured_vehicle", "RUS"),
    ("D-30 howitzers", "artillery", "RUS"),
    ("Dornier 228", "aircraft", "DEU"),
    ("FFG-7", "ship", "USA"),
    ("T-69-IIG", "tank", "CHN"),
    ("Black Hornet 4", "uav", "NOR"),
    ("Red Arrow-8", "missile", "CHN"),
    ("Kh-59MK2", "missile", "RUS"),
    ("StormBreaker", "ammunition", "USA"),
    ("Green Pine", "radar", "ISR"),
    ("AN/TPY-2", "radar", "USA"),
])
def test_news_spellings_resolve_to_the_right_system(name: str, category: str, origin: str) -> None:
    found = [s for s in systems() if key(name) in {key(n) for n in names(s)}]
    assert [(s["category"], s["origin"]) for s in found] == [(category, origin)]


@pytest.mark.parametrize("word", ["F4", "F3R", "Block 70"])
def test_variant_standards_are_not_system_names(word: str) -> None:
    """A standard or block of another system ("Rafale F4", "F-16 Block 70") names no system of its own."""
    assert not [s["name"] for s in systems() if key(word) in {key(n) for n in names(s)}]

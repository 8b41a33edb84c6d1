"""Integrity of the non-state actor data: ids, names per language, no clash with countries or common words."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "armstrack" / "kb" / "data"
LANGUAGES = {"en", "fr", "nl", "de", "es", "ar"}


@cache
def load(name: str) -> dict:
    """Read one data file."""
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def actors() -> dict:
    """Read actors.yaml."""
    return load("actors.yaml")


@cache
def actor_forms() -> dict[str, dict[str, set[str]]]:
    """Map language -> casefolded name -> the actor ids that claim it."""
    claims: dict[str, dict[str, set[str]]] = {lang: {} for lang in LANGUAGES}
    for actor, entry in actors().items():
        for lang, names in entry["names"].items():
            for name in names:
                claims[lang].setdefault(name.casefold(), set()).add(actor)
    return claims


def country_forms(lang: str) -> set[str]:
    """Every casefolded country name, demonym and metonym of one language."""
    generated = load("countries.generated.yaml")
    curated = load("countries.yaml")
    forms = {name.casefold() for entry in generated.values() for name in entry["names"][lang]}
    for entry in curated.values():
        for field in ("names", "demonyms", "metonyms"):
            forms |= {form.casefold() for form in entry[field][lang]}
    return forms


def test_at_least_fifteen_actors_keyed_without_prefix() -> None:
    assert len(actors()) >= 15
    assert not [actor for actor in actors() if actor.startswith("org:") or actor != actor.strip()]


def test_every_actor_has_a_source_note() -> None:
    for actor, entry in actors().items():
        assert isinstance(entry.get("source"), str) and entry["source"].strip(), actor


def test_every_actor_has_names_in_each_language() -> None:
    for actor, entry in actors().items():
        assert set(entry["names"]) == LANGUAGES, actor
        assert all(entry["names"][lang] for lang in LANGUAGES), actor


def test_names_are_non_empty_and_unique_per_actor() -> None:
    for actor, entry in actors().items():
        for lang, names in entry["names"].items():
            assert all(isinstance(name, str) and name and name == name.strip() for name in names), (actor, lang)
            folded = [name.casefold() for name in names]
            assert len(folded) == len(set(folded)), (actor, lang)


def test_no_name_claimed_by_two_actors() -> None:
    for lang, claims in actor_forms().items():
        assert not {form: ids for form, ids in claims.items() if len(ids) > 1}, lang


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_no_actor_name_is_a_country_form(lang: str) -> None:
    assert not set(actor_forms()[lang]) & country_forms(lang)


@pytest.mark.parametrize(
    ("language", "name", "expected"),
    [
        ("en", "Polisario", "Polisario Front"),
        ("fr", "Front Polisario", "Polisario Front"),
        ("ar", "جبهة البوليساريو", "Polisario Front"),
        ("es", "hutíes", "Houthis"),
        ("ar", "أنصار الله", "Houthis"),
        ("de", "Hisbollah", "Hezbollah"),
        ("ar", "كتائب حزب الله", "Kataib Hezbollah"),
        ("fr", "Forces de soutien rapide", "Rapid Support Forces"),
        ("ar", "قوات الدعم السريع", "Rapid Support Forces"),
        ("nl", "Wagnergroep", "Wagner Group"),
        ("en", "Africa Corps", "Wagner Group"),
        ("fr", "Daech", "Islamic State"),
        ("ar", "داعش", "Islamic State"),
        ("de", "Arbeiterpartei Kurdistans", "PKK"),
        ("es", "Ejército Nacional Libio", "Libyan National Army"),
    ],
)
def test_name_resolves_to_actor(language: str, name: str, expected: str) -> None:
    assert actor_forms()[language].get(name.casefold()) == {expected}


@pytest.mark.parametrize(
    ("language", "word"),
    [
        ("en", "is"),  # Islamic State's short form is an English verb
        ("fr", "ei"),
        ("en", "wagner"),  # a surname
        ("en", "sdf"),  # also Japan's Self-Defense Forces
        ("fr", "fds"),  # also the Sahel states' own defence and security forces
        ("fr", "rsf"),  # Reporters sans frontières
        ("ar", "القاعدة"),  # "the base"
        ("ar", "الشباب"),  # "the youth"
    ],
)
def test_common_words_are_not_actor_names(language: str, word: str) -> None:
    assert word not in actor_forms()[language]

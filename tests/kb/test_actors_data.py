"""Integrity of the non-state actor data: ids, names per language, no clash with countries or common words."""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "armstrack" / "kb" / "data"
LANGUAGES = {"en", "fr", "nl", "de", "es", "ar"}
# Letters Arabic news sites write interchangeably; look-ups fold them (hamza seats fold via NFD).
ARABIC_VARIANTS = str.maketrans({"ة": "ه", "ى": "ي"})


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


def name_key(form: str) -> str:
    """Fold a form as look-ups do: no case, accents, Arabic letter variants, spaces or punctuation."""
    decomposed = unicodedata.normalize("NFD", form.casefold().translate(ARABIC_VARIANTS))
    return "".join(char for char in decomposed if char.isalnum())


@cache
def country_keys() -> set[str]:
    """Every folded country name, demonym and metonym, in any language."""
    keys = {name_key(name) for entry in load("countries.generated.yaml").values() for names in entry["names"].values()
            for name in names}
    for entry in load("countries.yaml").values():
        for field in ("names", "demonyms", "metonyms"):
            keys |= {name_key(form) for forms in entry[field].values() for form in forms}
    return keys


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
    # Look-ups ignore language, case, accents and punctuation, so names must differ under that folding.
    claims: dict[str, set[str]] = {}
    for forms in actor_forms().values():
        for form, ids in forms.items():
            claims.setdefault(name_key(form), set()).update(ids)
    assert not {form: ids for form, ids in claims.items() if len(ids) > 1}


def test_no_actor_name_is_a_country_form() -> None:
    actor_keys = {name_key(form) for forms in actor_forms().values() for form in forms}
    assert not actor_keys & country_keys()


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

"""System names: the knowledge base first, then close spellings with the same model number."""

from __future__ import annotations

import pytest

from armstrack.deals.items import SystemNames, normalise
from armstrack.kb import KnowledgeBase


def test_normalise_drops_case_accents_and_punctuation() -> None:
    assert normalise("Bayraktar TB-2") == "bayraktartb2"
    assert normalise("İti Qovan") == normalise("iti qovan")


def test_knowledge_base_aliases_canonicalise(kb: KnowledgeBase) -> None:
    names = SystemNames(kb)
    assert names.canonical("TB-2") == "Bayraktar TB2"
    assert names.category("Hermes-900") == "uav"
    assert names.canonical("  Unknown   Drone ") == "Unknown Drone"


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Hermes-900", "Hermes 900", True),
    ("Hermes 900 Kochav", "Hermes 900 Kochaw", True),
    ("Bayraktar TB2", "Bayraktar TB3", False),
    ("Barak 8", "Barak MX", False),
    ("Caesar", "Caracal", False),
])
def test_names_the_knowledge_base_does_not_know_match_fuzzily(a: str, b: str, expected: bool) -> None:
    assert SystemNames(None).same(a, b) is expected


def test_two_systems_the_knowledge_base_tells_apart_never_match(kb: KnowledgeBase) -> None:
    assert not SystemNames(kb, similarity=10).same("Barak 8", "Barak MX")


def test_a_partial_name_folds_into_the_only_fuller_name() -> None:
    names = SystemNames(None)
    assert names.fold(["Caesar", "Caesar Mk II"]) == {"Caesar": "Caesar Mk II", "Caesar Mk II": "Caesar Mk II"}
    ambiguous = names.fold(["Barak", "Barak 8", "Barak MX"])
    assert ambiguous["Barak"] == "Barak"

"""Every kind of value read in one pass agrees with each kind's own finder."""

from __future__ import annotations

import pytest

from armstrack.values import find_dates, find_money, find_quantities, find_values

SENTENCES = [
    ("en", "On 10 January 2025 Rabat ordered 13 drones and two radars worth $70 million."),
    ("en", "Two billion dollars buy twenty-four howitzers, delivered last year."),
    ("fr", "Le 3 mars 2021, le Maroc a commandé vingt-quatre canons pour 1,2 milliard d'euros."),
    ("nl", "In 2019 bestelde het leger dertien drones voor vier miljoen euro."),
    ("de", "Im Oktober 2024 kaufte Marokko dreiundzwanzig Haubitzen für vier Milliarden Euro."),
    ("es", "En marzo de 2022 España compró veinticinco blindados por 300 millones de euros."),
    ("ar", "وقعت المغرب في 5 أبريل 2021 صفقة لشراء 13 طائرة بقيمة 70 مليون دولار."),
]


@pytest.mark.parametrize(("language", "sentence"), SENTENCES)
def test_find_values_matches_each_finder(language: str, sentence: str) -> None:
    found = find_values(sentence, language, "2025-03-01")
    assert found["quantity"] == find_quantities(sentence, language)
    assert found["money"] == find_money(sentence, language)
    assert found["date"] == find_dates(sentence, language, "2025-03-01")
    assert found["quantity"] and found["money"] and found["date"]


def test_find_values_reads_only_the_kinds_asked() -> None:
    sentence = "On 10 January 2025 Rabat ordered 13 drones worth $70 million."
    assert set(find_values(sentence, "en", None, ("money",))) == {"money"}
    assert [span.value for span in find_values(sentence, "en", None, ("date",))["date"]] == ["2025-01-10"]

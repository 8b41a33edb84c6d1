"""Slots a sentence gives its events, per language: here, a negated trigger or item that reports no deal."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from armstrack.model import Event, Transfer

Extract = Callable[..., list[Event]]


def transfers(events: list[Event]) -> list[tuple]:
    return sorted((e.supplier, e.recipient, e.system or e.category, e.status)
                  for e in events if isinstance(e, Transfer))


# Each sentence reports a transfer once its negation word is taken out.
@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "Morocco did not buy Bayraktar TB2 drones from Turkey."),
    ("en", "Morocco has no plans to buy Bayraktar TB2 drones from Turkey."),
    ("en", "Egypt will never receive F-16 jets from France."),
    ("fr", "Le Maroc n'a pas acheté de drones Bayraktar TB2 à la Turquie."),
    ("fr", "La France ne livrera pas de F-16 à l'Égypte."),
    ("nl", "Nederland heeft geen F-16's aan Oekraïne geleverd."),
    ("nl", "Nederland heeft de F-16's niet aan Oekraïne geleverd."),
    ("de", "Die Ukraine hat aus der Türkei keine Drohnen gekauft."),
    ("de", "Deutschland kaufte keine Drohnen aus der Türkei."),
    ("de", "Deutschland hat die Leopard-2-Panzer nicht an die Ukraine geliefert."),
    ("es", "Marruecos no compró drones Bayraktar TB2 a Turquía."),
    ("ar", "لم تسلم تركيا طائرات بيرقدار TB2 إلى المغرب."),
    ("ar", "لن تسلم تركيا طائرات بيرقدار TB2 إلى المغرب."),
])
def test_a_negated_trigger_or_item_reports_no_transfer(extract: Extract, language: str, sentence: str) -> None:
    assert transfers(extract(sentence, language)) == []


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "Morocco bought not only Bayraktar TB2 drones from Turkey but also radars.",
     [("TUR", "MAR", "Bayraktar TB2", "ordered")]),
    ("en", "Morocco will receive no fewer than 13 Bayraktar TB2 drones from Turkey.",
     [("TUR", "MAR", "Bayraktar TB2", "planned")]),
    ("en", "The ministry did not say when, but Morocco bought Bayraktar TB2 drones from Turkey.",
     [("TUR", "MAR", "Bayraktar TB2", "ordered")]),
    ("en", "The ministry did not say whether Morocco bought Bayraktar TB2 drones from Turkey.",
     [("TUR", "MAR", "Bayraktar TB2", "ordered")]),
    ("fr", "Le Maroc a acheté non seulement des drones Bayraktar TB2 à la Turquie, mais aussi des radars.",
     [("TUR", "MAR", "Bayraktar TB2", "ordered")]),
    ("nl", "Nederland heeft niet alleen F-16's aan Oekraïne geleverd, maar ook munitie.",
     [("NLD", "UKR", "F-16 Fighting Falcon", "delivered")]),
    ("de", "Deutschland hat nicht nur Leopard-2-Panzer an die Ukraine geliefert.",
     [("DEU", "UKR", "Leopard 2", "delivered")]),
    ("de", "Deutschland hat eine nicht genannte Zahl von Leopard-2-Panzern an die Ukraine geliefert.",
     [("DEU", "UKR", "Leopard 2", "delivered")]),
    ("es", "Marruecos ha adquirido vehículos aéreos no tripulados Bayraktar TB2 de Turquía.",
     [("TUR", "MAR", "Bayraktar TB2", "ordered")]),
    ("es", "Sin embargo, Marruecos compró drones Bayraktar TB2 a Turquía.",
     [("TUR", "MAR", "Bayraktar TB2", "ordered")]),
    ("es", "Marruecos compró no solo drones Bayraktar TB2 a Turquía.",
     [("TUR", "MAR", "Bayraktar TB2", "ordered")]),
    ("ar", "سلمت تركيا ليس فقط طائرات بيرقدار TB2 إلى المغرب.", [("TUR", "MAR", "Bayraktar TB2", "delivered")]),
])
def test_a_phrase_opening_on_a_negation_word_denies_nothing(extract: Extract, language: str, sentence: str,
                                                           expected: list) -> None:
    assert transfers(extract(sentence, language)) == expected

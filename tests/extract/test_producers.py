"""Producers: where an item is made and with whom, and when a making word names no production at all."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from armstrack.model import Event, Production

Extract = Callable[..., list[Event]]


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "RABAT — Turkey and Saudi Arabia plan to co-produce combat drones."),
    ("fr", "RABAT — La Turquie et l'Arabie saoudite devraient signer un accord pour coproduire des drones de combat."),
    ("es", "RABAT — Turquía y Arabia Saudí firmarán un acuerdo para coproducir drones de combate."),
    ("de", "RABAT — Die Türkei und Saudi-Arabien wollen gemeinsam Kampfdrohnen in Koproduktion herstellen."),
    ("nl", "RABAT — Turkije en Saudi-Arabië gaan samen gevechtsdrones in coproductie bouwen."),
    ("ar", "الرباط — تعتزم تركيا والسعودية الانتاج المشترك لطائرات مسيرة قتالية."),
])
def test_the_partner_is_the_producers_co_subject(extract: Extract, language: str, sentence: str) -> None:
    """A dateline city names no partner: the country coordinated with the producer does."""
    made = [(e.producer, e.partner) for e in extract(sentence, language) if isinstance(e, Production)]
    assert made == [("TUR", "SAU")]


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "Algeria bought 40 Russian Mi-28 attack helicopters from the Mil plant."),
    ("fr", "L'Algérie a acheté 40 hélicoptères russes Mi-28 de l'usine Mil."),
    ("es", "Argelia compró 40 helicópteros rusos Mi-28 de la fábrica Mil."),
    ("de", "Algerien kaufte 40 russische Mi-28-Hubschrauber aus dem Werk Mil."),
    ("nl", "Algerije kocht 40 Russische Mi-28-helikopters uit de fabriek van Mil."),
    ("ar", "واقتنت الجزائر 40 مروحية روسية من طراز مي 28 من مصنع ميل."),
])
def test_a_plant_a_bought_item_comes_from_is_no_production(extract: Extract, language: str, sentence: str) -> None:
    assert not [e for e in extract(sentence, language) if isinstance(e, Production)]

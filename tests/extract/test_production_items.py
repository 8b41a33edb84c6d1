"""Production items: the system a production of a kind is of, named from the document's deals or text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from armstrack.model import Event, Production

Extract = Callable[..., list[Event]]



@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Ukraine buys 40 Leopard 2 tanks from Germany. Part of the tanks will be assembled in Ukraine.",
     [("UKR", "DEU", "Leopard 2")]),
    ("de", "Die Ukraine kauft 40 Leopard-2-Panzer von Deutschland. Ein Teil der Panzer soll in der Ukraine "
           "endmontiert werden.", [("UKR", "DEU", "Leopard 2")]),
    ("fr", "L'Ukraine achète 40 chars Leopard 2 à l'Allemagne. Une partie des chars sera assemblée en Ukraine.",
     [("UKR", "DEU", "Leopard 2")]),
    ("es", "Ucrania compra 40 tanques Leopard 2 a Alemania. Parte de los tanques se montarán en Ucrania.",
     [("UKR", "DEU", "Leopard 2")]),
    ("nl", "Oekraïne koopt 40 Leopard 2-tanks van Duitsland. Een deel van de tanks zal in Oekraïne worden gebouwd.",
     [("UKR", "DEU", "Leopard 2")]),
    ("ar", "اشترت أوكرانيا 40 دبابة Leopard 2 من ألمانيا. وسيتم تصنيع جزء من الدبابات في أوكرانيا.",
     [("UKR", "DEU", "Leopard 2")]),
    # a home production already running is not the order
    ("en", "Ukraine buys 40 Leopard 2 tanks from Germany. Ukraine already produces its own tanks.",
     [("UKR", None, None)]),
])
def test_a_kind_made_at_home_is_part_of_the_one_order_of_that_kind(extract: Extract, language: str, text: str,
                                                                   expected: list) -> None:
    made = [(e.producer, e.partner, e.system) for e in extract(text, language) if isinstance(e, Production)]
    assert made == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Kyiv is studying the Leopard 2. Germany and Ukraine will co-produce tanks in Ukraine.",
     [("UKR", "DEU", "Leopard 2")]),
    ("fr", "Kiev étudie le Leopard 2. L'Allemagne et l'Ukraine vont coproduire des chars en Ukraine.",
     [("UKR", "DEU", "Leopard 2")]),
    ("es", "Kiev estudia el Leopard 2. Alemania y Ucrania van a coproducir tanques en Ucrania.",
     [("UKR", "DEU", "Leopard 2")]),
    ("de", "Kiew prüft den Leopard 2. Deutschland und die Ukraine wollen Panzer in der Ukraine in Koproduktion "
           "herstellen.", [("UKR", "DEU", "Leopard 2")]),
    ("nl", "Kiev bestudeert de Leopard 2. Duitsland en Oekraïne gaan samen tanks in Oekraïne in coproductie bouwen.",
     [("UKR", "DEU", "Leopard 2")]),
    ("ar", "تدرس كييف دبابة Leopard 2. وتعتزم ألمانيا وأوكرانيا الانتاج المشترك للدبابات في أوكرانيا.",
     [("UKR", "DEU", "Leopard 2")]),
    # the one system of that kind is made by neither side: not theirs
    ("en", "Kyiv is studying the Leopard 2. Turkey and Ukraine will co-produce tanks in Ukraine.",
     [("UKR", "TUR", None)]),
])
def test_a_kind_made_together_is_the_one_system_of_that_kind_named(extract: Extract, language: str, text: str,
                                                                   expected: list) -> None:
    made = [(e.producer, e.partner, e.system) for e in extract(text, language) if isinstance(e, Production)]
    assert made == expected



@pytest.mark.parametrize(("language", "text", "date"), [
    ("en", "Ukraine ordered 40 Leopard 2 tanks from Germany on 3 March 2021. Part of the tanks will be assembled in "
           "Ukraine.", "2021-03-03"),
    ("fr", "L'Ukraine a commandé 40 chars Leopard 2 à l'Allemagne le 3 mars 2021. Une partie des chars sera "
           "assemblée en Ukraine.", "2021-03-03"),
    ("es", "Ucrania encargó 40 tanques Leopard 2 a Alemania el 3 de marzo de 2021. Parte de los tanques se montarán "
           "en Ucrania.", "2021-03-03"),
    ("de", "Im März 2021 bestellte die Ukraine 40 Leopard-2-Panzer von Deutschland. Ein Teil der Panzer soll in "
           "der Ukraine endmontiert werden.", "2021-03"),
    ("nl", "Oekraïne bestelde op 3 maart 2021 40 Leopard 2-tanks bij Duitsland. Een deel van de tanks zal in "
           "Oekraïne worden gebouwd.", "2021-03-03"),
    ("ar", "اشترت أوكرانيا 40 دبابة Leopard 2 من ألمانيا في 3 مارس 2021. وسيتم تصنيع جزء من الدبابات في "
           "أوكرانيا.", "2021-03-03"),
])
def test_a_production_of_the_order_takes_the_orders_date(extract: Extract, language: str, text: str, date: str) -> None:
    """Part of an order made at home, with no date of its own, is dated by the order."""
    made = [(e.producer, e.partner, e.system, e.date) for e in extract(text, language) if isinstance(e, Production)]
    assert made == [("UKR", "DEU", "Leopard 2", date)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Le Maroc veut fabriquer de petits avions de guerre avec Israël. Le Maroc construira deux usines de "
           "drones avec Israël.", [("MAR", "ISR", "uav")]),
    ("es", "Marruecos quiere fabricar pequeños aviones de guerra con Israel. Marruecos construirá dos fábricas de "
           "drones con Israel.", [("MAR", "ISR", "uav")]),
    # no drone made there: the warplanes are their own production
    ("fr", "Le Maroc veut fabriquer de petits avions de guerre avec Israël.", [("MAR", "ISR", "aircraft")]),
    ("es", "Marruecos quiere fabricar pequeños aviones de guerra con Israel.", [("MAR", "ISR", "aircraft")]),
])
def test_warplanes_beside_drones_made_there_are_those_drones(extract: Extract, language: str, text: str,
                                                            expected: list) -> None:
    """Drones are small warplanes: a report of warplanes made where drones are made is the drones'."""
    made = [(e.producer, e.partner, e.category) for e in extract(text, language) if isinstance(e, Production)]
    assert made == expected

"""Sides: which way a transfer goes when no role word says it (origins beside the item, buying for another
country, a contract for supply signed by the buyer)."""

from __future__ import annotations

import pytest

from armstrack.extract import build_pipeline
from armstrack.model import Document, Transfer
from armstrack.pipeline import Pipeline


@pytest.fixture(scope="module")
def packaged() -> Pipeline:
    return build_pipeline()  # the packaged catalogue: system names and origins the test catalogue lacks


def sides(pipeline: Pipeline, text: str, language: str) -> list[tuple[str | None, str | None]]:
    events = pipeline(Document("test", text, published="2021-10-01", language=language)).events
    return sorted((e.supplier, e.recipient) for e in events if isinstance(e, Transfer))


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a demonym written right after the item is its origin, so its supplier
    ("fr", "Le Maroc a acheté 13 drones turcs.", [("TUR", "MAR")]),
    ("es", "Marruecos compró 13 drones turcos.", [("TUR", "MAR")]),
    ("ar", "اشترى المغرب 13 طائرة مسيرة تركية.", [("TUR", "MAR")]),
    ("fr", "Le Maroc a acheté 13 drones turcs, selon une source à Moscou.", [("TUR", "MAR")]),
    # one plain adjective may stand between the item and its origin
    ("ar", "وصلت إلى العراق ست طائرات مروحية قتالية روسية.", [("RUS", "IRQ")]),
    ("fr", "Le Maroc a acheté 13 drones armés turcs.", [("TUR", "MAR")]),
    ("es", "Marruecos compró 13 drones armados turcos.", [("TUR", "MAR")]),
    # two words between, or another name between, say nothing of the origin
    ("ar", "وصلت إلى العراق ست طائرات مروحية قتالية حديثة روسية.", []),
    # one differing from a catalogued system's origin names its owner: the seller comes from the text
    ("es", "Chile recibió de Estados Unidos los F-16 chilenos modernizados.", [("USA", "CHL")]),
])
def test_a_demonym_after_the_item_names_its_origin(packaged: Pipeline, language: str, text: str,
                                                   expected: list) -> None:
    assert sides(packaged, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # buying for another country: the buyers give, the country bought for receives
    ("nl", "Denemarken en Nederland kopen gezamenlijk veertien Leopard 2-tanks voor Oekraïne.",
     [("DNK", "UKR"), ("NLD", "UKR")]),
    ("en", "The Netherlands and Denmark are buying 14 Leopard 2 tanks for Ukraine.", [("DNK", "UKR"), ("NLD", "UKR")]),
    ("fr", "Les Pays-Bas et le Danemark achètent quatorze chars Leopard 2 pour l'Ukraine.",
     [("DNK", "UKR"), ("NLD", "UKR")]),
    ("es", "Países Bajos y Dinamarca compran catorce tanques Leopard 2 para Ucrania.",
     [("DNK", "UKR"), ("NLD", "UKR")]),
    # the buyers' own forces are no other country bought for
    ("fr", "Le gouvernement indien et la France ont signé l'accord pour l'achat de 26 Rafale destinés à la marine "
           "indienne.", [("FRA", "IND")]),
    # a seller word after a buying verb still names the seller
    ("es", "Argentina compró 24 cazas F-16 a Dinamarca.", [("DNK", "ARG")]),
    ("fr", "Le Maroc a acheté 36 canons Caesar à la France.", [("FRA", "MAR")]),
])
def test_buying_for_another_country(packaged: Pipeline, language: str, text: str, expected: list) -> None:
    assert sides(packaged, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a supply noun right after a contract names no direction: a signer that does not make the item buys it,
    # and the other side of the contract sells
    ("en", "Poland has concluded a contract for the supply of 180 K2 tanks.", [("KOR", "POL")]),
    ("fr", "La Pologne a conclu un contrat pour la livraison de 180 chars K2.", [("KOR", "POL")]),
    ("es", "Polonia firmó un contrato para el suministro de 180 tanques K2.", [("KOR", "POL")]),
    ("de", "Die Türkei hat mit der britischen Regierung einen Vertrag zur Lieferung von 20 Kampfflugzeugen "
           "vom Typ Eurofighter unterzeichnet.", [("GBR", "TUR")]),
    ("ar", "وقعت مصر عقدا لتوريد 30 طائرة رافال.", [("FRA", "EGY")]),
    # of two signers, the one making the item sells to the other
    ("ar", "أعلن المتحدث توقيع مصر وفرنسا عقدا لتوريد 30 طائرة رافال.", [("FRA", "EGY")]),
    # a maker signing, or a "to X", keeps the supply noun's direction
    ("en", "Hyundai Rotem signed a contract for the supply of 180 K2 tanks to Poland.", [("KOR", "POL")]),
])
def test_a_contract_for_supply_is_bought_by_its_signer(packaged: Pipeline, language: str, text: str,
                                                      expected: list) -> None:
    assert sides(packaged, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # of two signers, the one the supply noun takes as its object buys; the other sells, whoever makes the item
    ("ar", "وقعت السعودية واليونان اتفاقا خاصا بتزويد المملكة بمنظومات باتريوت.", [("GRC", "SAU")]),
    ("en", "Saudi Arabia and Greece signed a contract for supplying the kingdom with Patriot systems.",
     [("GRC", "SAU")]),
    ("fr", "L'Arabie saoudite et la Grèce ont signé un contrat pour la livraison de batteries Patriot à l'Arabie "
           "saoudite.", [("GRC", "SAU")]),
    ("es", "Arabia Saudita y Grecia firmaron un contrato para el suministro de baterías Patriot a Arabia Saudita.",
     [("GRC", "SAU")]),
    ("de", "Saudi-Arabien und Griechenland unterzeichneten einen Vertrag über die Lieferung von Patriot-Systemen an "
           "das Königreich.", [("GRC", "SAU")]),
    ("nl", "Saoedi-Arabië en Griekenland tekenden een contract voor de levering van Patriot-systemen aan het "
           "koninkrijk.", [("GRC", "SAU")]),
    # no signer named as the object: the signer that does not make the item still buys it
    ("ar", "وقعت مصر وفرنسا عقدا لتوريد 30 طائرة رافال.", [("FRA", "EGY")]),
])
def test_the_signer_a_supply_noun_serves_buys(packaged: Pipeline, language: str, text: str, expected: list) -> None:
    assert sides(packaged, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a supply to an armed force named without its country goes to the article's own country
    ("fr", "Le Burkina Faso renforce ses moyens. Le Burkina Faso attend des avions. Des drones Bayraktar TB2 ont été "
           "remis à l'armée mardi.", [("TUR", "BFA")]),
    ("en", "Burkina Faso is arming. Burkina Faso expects aircraft. Bayraktar TB2 drones were handed over to the army "
           "on Tuesday.", [("TUR", "BFA")]),
    ("de", "Burkina Faso rüstet auf. Burkina Faso erwartet Flugzeuge. Drohnen vom Typ Bayraktar TB2 wurden am "
           "Dienstag an die Armee übergeben.", [("TUR", "BFA")]),
    ("nl", "Burkina Faso bewapent zich. Burkina Faso wacht op vliegtuigen. Bayraktar TB2-drones werden dinsdag "
           "overgedragen aan het leger.", [("TUR", "BFA")]),
    ("es", "Burkina Faso se arma. Burkina Faso espera aviones. Los drones Bayraktar TB2 fueron entregados al ejército "
           "el martes.", [("TUR", "BFA")]),
    ("ar", "بوركينا فاسو تتسلح. بوركينا فاسو تنتظر طائرات. تم تسليم طائرات بيرقدار تي بي 2 إلى الجيش يوم الثلاثاء.",
     [("TUR", "BFA")]),
    # with no force served, nobody is said to receive
    ("en", "Burkina Faso is arming. Burkina Faso expects aircraft. Bayraktar TB2 drones were handed over on Tuesday.",
     []),
])
def test_a_force_served_without_its_country_is_the_articles(packaged: Pipeline, language: str, text: str,
                                                             expected: list) -> None:
    assert sides(packaged, text, language) == expected

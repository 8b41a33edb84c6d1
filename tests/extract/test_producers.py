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
    ("ar", "تعد مصر أكبر عميل لفرنسا، حيث طلبت فرقاطات من تصنيع شركة Naval Group."),
])
def test_a_plant_a_bought_item_comes_from_is_no_production(extract: Extract, language: str, sentence: str) -> None:
    assert not [e for e in extract(sentence, language) if isinstance(e, Production)]


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "Saudi Arabia plans a drone factory for Turkish drones in the kingdom, say papers in Morocco, Morocco "
           "and Morocco."),
    ("fr", "Le Maroc, le Maroc et le Maroc observent l'Arabie saoudite, qui prévoit une usine de drones turcs dans "
           "le royaume."),
    ("es", "Marruecos, Marruecos y Marruecos observan a Arabia Saudí, que planea una fábrica de drones turcos en el "
           "reino."),
    ("ar", "المغرب والمغرب والمغرب يراقب السعودية التي تعتزم إنشاء مصنع للطائرات المسيرة التركية في المملكة."),
])
def test_the_kingdom_is_the_monarchy_just_named(extract: Extract, language: str, sentence: str) -> None:
    """ "in the kingdom" after a monarchy's name is that monarchy, however often the article names another."""
    made = [(e.producer, e.partner) for e in extract(sentence, language) if isinstance(e, Production)]
    assert made == [("SAU", "TUR")]


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "India's BDL signed a licensing agreement with Naval Group for the final assembly of missiles in India.",
     [("IND", "FRA", "agreed")]),
    ("en", "Saudi Arabia wants to set up, with Turkey, a manufacturing factory for these drones in Saudi Arabia.",
     [("SAU", "TUR", "planned")]),
])
def test_licences_and_plants_are_production_words(extract: Extract, language: str, sentence: str,
                                                  expected: list) -> None:
    made = [(e.producer, e.partner, e.status) for e in extract(sentence, language) if isinstance(e, Production)]
    assert made == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Morocco ordered 12 drones from Turkey. The drones will be built at Baykar's plant in Turkey.", []),
    ("fr", "Le Maroc a commandé 12 drones à la Turquie. Les drones seront fabriqués dans l'usine de Baykar en "
           "Turquie.", []),
    ("es", "Marruecos encargó 12 drones a Turquía. Los drones se fabricarán en la planta de Baykar en Turquía.", []),
    ("de", "Marokko bestellte 12 Drohnen bei der Türkei. Die Drohnen sollen im Werk von Baykar in der Türkei "
           "produziert werden.", []),
    ("nl", "Marokko bestelde 12 drones bij Turkije. De drones worden gebouwd in de fabriek van Baykar in Turkije.", []),
    ("ar", "اشترى المغرب 12 طائرة مسيرة من تركيا. وسيتم تصنيع الطائرات المسيرة في مصنع بايكار في تركيا.", []),
    # made in the buying country with the seller: a production all the same
    ("en", "Morocco ordered 12 drones from Turkey. Turkey and Morocco will co-produce the drones in Morocco.",
     [("MAR", "TUR")]),
    ("fr", "Le Maroc a commandé 12 drones à la Turquie. La Turquie et le Maroc vont coproduire ces drones au Maroc.",
     [("MAR", "TUR")]),
])
def test_the_makers_own_plant_builds_an_export(extract: Extract, language: str, text: str, expected: list) -> None:
    """Items the article reports sold, built at the seller's plant, are the export, not a production."""
    assert [(e.producer, e.partner) for e in extract(text, language) if isinstance(e, Production)] == expected


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "The Scorpène submarines will be made in India thanks to a know-how transfer from Naval Group."),
    ("fr", "Les sous-marins de type Scorpène seront réalisés en Inde grâce à un transfert de savoir-faire de "
           "Naval Group."),
    ("es", "Los submarinos Scorpène se harán en India gracias a una transferencia de conocimientos de Naval Group."),
    ("de", "Die Scorpène-U-Boote entstehen in Indien dank eines Wissenstransfers von Naval Group."),
    ("nl", "De Scorpène-onderzeeërs komen tot stand in India dankzij kennisoverdracht van Naval Group."),
    ("ar", "ستنجز غواصات سكوربين في الهند بفضل نقل المعرفة من شركة Naval Group."),
])
def test_a_transfer_of_know_how_makes_the_receiver_the_producer(extract: Extract, language: str, sentence: str) -> None:
    made = [(e.producer, e.partner) for e in extract(sentence, language) if isinstance(e, Production)]
    assert made == [("IND", "FRA")]


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "The first Gowind corvettes assembled in Egypt were presented on Tuesday.", [("EGY", "FRA")]),
    ("fr", "Les premières corvettes Gowind assemblées en Égypte ont été présentées mardi.", [("EGY", "FRA")]),
    ("es", "Las primeras corbetas Gowind ensambladas en Egipto se presentaron el martes.", [("EGY", "FRA")]),
    # a design made in its own country has no foreign partner
    ("en", "The first Harop drones assembled in Israel were presented on Tuesday.", [("ISR", None)]),
])
def test_a_foreign_design_made_here_has_its_makers_country_as_partner(extract: Extract, language: str,
                                                                      sentence: str, expected: list) -> None:
    assert [(e.producer, e.partner) for e in extract(sentence, language) if isinstance(e, Production)] == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "Morocco already flies two F-16 jets that were built in the United States.", []),
    ("fr", "Le Maroc exploite déjà deux F-16 qui ont été construits aux États-Unis.", []),
    ("es", "Marruecos ya opera dos F-16 que fueron fabricados en Estados Unidos.", []),
    ("nl", "Marokko heeft al twee F-16's die zijn gebouwd in de Verenigde Staten.", []),
    ("nl", "De overige Gowind-korvetten zullen onder licentie in Egypte worden gebouwd.", [("EGY", "FRA")]),
])
def test_where_a_finished_item_was_built_is_its_origin(extract: Extract, language: str, sentence: str,
                                                       expected: list) -> None:
    assert [(e.producer, e.partner) for e in extract(sentence, language) if isinstance(e, Production)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Rheinmetall will build Leopard 2 tanks in Ukraine. Ukraine already produces tanks."),
    ("fr", "Rheinmetall va construire des chars Leopard 2 en Ukraine. L'Ukraine produit déjà des chars."),
])
def test_a_generic_report_folds_into_the_producers_production_of_its_kind(extract: Extract, language: str,
                                                                          text: str) -> None:
    """ "tanks made in Ukraine" beside the Leopard 2 made there with Germany: one production, not two."""
    made = [(e.producer, e.partner, e.system) for e in extract(text, language) if isinstance(e, Production)]
    assert made == [("UKR", "DEU", "Leopard 2")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The drones are manufactured by BlueBird, an Israeli-Moroccan joint venture.", []),
    ("fr", "Les drones sont fabriqués par BlueBird, une coentreprise israélo-marocaine.", []),
    ("es", "Los drones son fabricados por BlueBird, una empresa conjunta israelí-marroquí.", []),
    ("en", "Morocco and Israel signed a deal on Monday to co-produce drones in Morocco.", [("MAR", "ISR")]),
])
def test_a_joint_venture_beside_a_firm_describes_the_firm(extract: Extract, language: str, text: str,
                                                          expected: list) -> None:
    assert [(e.producer, e.partner) for e in extract(text, language) if isinstance(e, Production)] == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("nl", "Naval Group heeft een deal gesloten voor de bouw van een fregat in Marokko.", [("MAR", "FRA", "agreed")]),
    ("nl", "Naval Group sloot een deal voor technische ondersteuning bij de bouw van fregatten in Egypte.",
     [("EGY", "FRA", "agreed")]),
    ("de", "Der Vertrag regelt den Bau von Leopard 2 Kampfpanzern in der Ukraine durch Rheinmetall.",
     [("UKR", "DEU", "planned")]),
    ("de", "Rheinmetall und die Ukraine vereinbarten den Bau der Kampfpanzer Leopard 2 in der Ukraine.",
     [("UKR", "DEU", "planned")]),
])
def test_the_building_of_an_item_is_a_production(extract: Extract, language: str, sentence: str,
                                                 expected: list) -> None:
    """ "de bouw van een fregat", "der Bau des Schützenpanzers": a construction noun names the production."""
    made = [(e.producer, e.partner, e.status) for e in extract(sentence, language) if isinstance(e, Production)]
    assert made == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "Egypt ordered four Gowind corvettes from France, three of which will be built in Egypt.",
     [("EGY", "FRA", "planned")]),
    ("fr", "L'Égypte a commandé quatre corvettes Gowind à la France, dont trois seront construites en Égypte.",
     [("EGY", "FRA", "planned")]),
    ("es", "Egipto encargó cuatro corbetas Gowind a Francia, tres de las cuales se construirán en Egipto.",
     [("EGY", "FRA", "planned")]),
    ("de", "Ägypten bestellte vier Gowind-Korvetten bei Frankreich, drei davon sollen in Ägypten gebaut werden.",
     [("EGY", "FRA", "planned")]),
    ("nl", "Egypte bestelde vier Gowind-korvetten bij Frankrijk, waarvan drie in Egypte zullen worden gebouwd.",
     [("EGY", "FRA", "planned")]),
    ("ar", "اشترت مصر أربع فرقاطات جويند من فرنسا، على أن يتم تصنيع ثلاث منها في مصر.", [("EGY", "FRA", "planned")]),
    # where bought items were built is their origin, not a production
    ("en", "Poland bought 96 Apache helicopters, which were built in the United States.", []),
    ("fr", "La Pologne a acheté 96 hélicoptères Apache, qui ont été construits aux États-Unis.", []),
    ("es", "Polonia compró 96 helicópteros Apache, que fueron construidos en Estados Unidos.", []),
    ("de", "Polen kaufte 96 Apache-Hubschrauber, die in den USA gebaut wurden.", []),
])
def test_part_of_an_order_made_in_the_buying_country_is_a_production(extract: Extract, language: str,
                                                                     sentence: str, expected: list) -> None:
    """A purchase and, in the same sentence, the making of part of it at home: both are reported."""
    events = extract(sentence, language)
    assert [(e.producer, e.partner, e.status) for e in events if isinstance(e, Production)] == expected
    assert not expected or any(not isinstance(e, Production) for e in events)  # the purchase stays


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "Rheinmetall opened its new production plant for Leopard 2 tanks in Ukraine on Friday.", "operational"),
    ("fr", "Rheinmetall a inauguré vendredi en Ukraine son usine de production de chars Leopard 2.", "operational"),
    ("es", "Rheinmetall inauguró el viernes en Ucrania su planta de producción de tanques Leopard 2.", "operational"),
    ("de", "Rheinmetall hat am Freitag in der Ukraine sein neues Werk für Leopard-2-Panzer eröffnet.", "operational"),
    ("nl", "Rheinmetall heeft vrijdag in Oekraïne zijn nieuwe fabriek voor Leopard 2-tanks geopend.", "operational"),
    ("ar", "افتتحت راينميتال يوم الجمعة في أوكرانيا مصنعا لانتاج دبابات ليوبارد 2.", "operational"),
    # a plant still to be opened is a plan
    ("en", "Rheinmetall will open a production plant for Leopard 2 tanks in Ukraine next year.", "planned"),
    ("fr", "Rheinmetall ouvrira l'an prochain en Ukraine une usine de production de chars Leopard 2.", "planned"),
    # Dutch present passive: the making runs now; "zullen" puts it in the future
    ("nl", "De Leopard 2-tanks worden gebouwd in een fabriek in Oekraïne.", "operational"),
    ("nl", "De Leopard 2-tanks zullen worden gebouwd in een fabriek in Oekraïne.", "planned"),
])
def test_an_opened_plant_runs(extract: Extract, language: str, sentence: str, expected: str) -> None:
    assert [e.status for e in extract(sentence, language) if isinstance(e, Production)] == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Rheinmetall opened an office in Kyiv on Monday. Ukraine plans the co-production of tanks.",
     [("UKR", "DEU")]),
    ("fr", "Rheinmetall a ouvert lundi un bureau à Kiev. L'Ukraine prévoit la coproduction de chars.",
     [("UKR", "DEU")]),
    ("es", "Rheinmetall abrió el lunes una oficina en Kiev. Ucrania prevé la coproducción de tanques.",
     [("UKR", "DEU")]),
    ("de", "Rheinmetall eröffnete am Montag ein Büro in Kiew. Die Ukraine plant die Koproduktion der Panzer.",
     [("UKR", "DEU")]),
    ("nl", "Rheinmetall opende maandag een kantoor in Kiev. Oekraïne plant de coproductie van tanks.",
     [("UKR", "DEU")]),
    ("ar", "افتتحت Rheinmetall مكتبا في كييف يوم الاثنين. وتعتزم أوكرانيا الانتاج المشترك للدبابات.",
     [("UKR", "DEU")]),
    # a planned production just after the foreign firm is named: the firm takes part
    ("en", "Rheinmetall opened an office in Kyiv on Monday. Ukraine plans the production of tanks.",
     [("UKR", "DEU")]),
    ("de", "Rheinmetall eröffnete am Montag ein Büro in Kiew. Die Ukraine plant die Produktion der Panzer.",
     [("UKR", "DEU")]),
    # a headline: the firm follows it
    ("en", "Tanks to be built in Ukraine under new contract. Rheinmetall signed the deal in Kyiv on Monday.",
     [("UKR", "DEU")]),
    ("fr", "Des chars seront construits en Ukraine. Rheinmetall a signé le contrat lundi à Kiev.", [("UKR", "DEU")]),
    # no foreign firm named: no partner guessed; a production already running is the country's own
    ("en", "Ukraine plans the co-production of tanks.", [("UKR", None)]),
    ("en", "Rheinmetall opened an office in Kyiv on Monday. Ukraine already produces tanks.", [("UKR", None)]),
])
def test_a_production_partners_the_foreign_firm_named_close_by(extract: Extract, language: str, text: str,
                                                                   expected: list) -> None:
    assert [(e.producer, e.partner) for e in extract(text, language) if isinstance(e, Production)] == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "Baykar will build a maintenance centre for the Bayraktar TB2 drones in Morocco.", []),
    ("fr", "Baykar va construire au Maroc un centre de maintenance pour les drones Bayraktar TB2.", []),
    ("es", "Baykar va a construir en Marruecos un centro de mantenimiento de los drones Bayraktar TB2.", []),
    ("de", "Baykar will in Marokko ein Wartungszentrum für Drohnen vom Typ Bayraktar TB2 bauen.", []),
    ("nl", "Baykar gaat in Marokko een onderhoudscentrum voor de Bayraktar TB2-drones bouwen.", []),
    ("ar", "ستنشئ بايكار في المغرب مركزا لصيانة طائرات بيرقدار TB2.", []),
    # a plant that makes the drones is a production
    ("en", "Baykar will build a drone factory for the Bayraktar TB2 drones in Morocco.", [("MAR", "TUR")]),
    ("en", "Baykar will build a maintenance centre and will produce Bayraktar TB2 drones in Morocco.",
     [("MAR", "TUR")]),
])
def test_a_maintenance_centre_makes_nothing(extract: Extract, language: str, sentence: str, expected: list) -> None:
    assert [(e.producer, e.partner) for e in extract(sentence, language) if isinstance(e, Production)] == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "The contract for the design and manufacture of 12 drones was awarded to a Moroccan consortium.", []),
    ("fr", "Le contrat pour la conception et la fabrication de 12 drones a été attribué à un consortium marocain.", []),
    ("es", "El contrato para el diseño y la fabricación de 12 drones fue adjudicado a un consorcio marroquí.", []),
    ("de", "Der Vertrag über Entwicklung und Herstellung von 12 Drohnen ging an ein marokkanisches Konsortium.", []),
    ("nl", "Het contract voor ontwerp en bouw van 12 drones ging naar een Marokkaans consortium.", []),
    ("ar", "منح عقد تصميم وتصنيع 12 طائرة مسيرة لتحالف مغربي.", []),
    # a contract to make them at a named place is a production there
    ("en", "Morocco signed a contract with Turkey for the manufacture of 12 drones in Morocco.", [("MAR", "TUR")]),
])
def test_a_contract_for_building_items_is_a_purchase(extract: Extract, language: str, sentence: str,
                                                     expected: list) -> None:
    assert [(e.producer, e.partner) for e in extract(sentence, language) if isinstance(e, Production)] == expected

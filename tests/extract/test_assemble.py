"""One event per deal per document: merging, folding, continuation and the most advanced stage."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from armstrack.model import Agreement, Event, Production, Transfer

Extract = Callable[..., list[Event]]


def test_generic_mention_folds_into_the_named_system(extract: Extract) -> None:
    text = ("Morocco is set to acquire 13 Turkish made Bayraktar TB2 drones. "
            "Turkish drone sales to Morocco are unlikely to change the balance.")
    (event,) = extract(text, "en")
    assert isinstance(event, Transfer)
    assert (event.system, event.status, event.quantity, len(event.evidence)) == ("Bayraktar TB2", "planned", 13, 2)


def test_teaser_lines_do_not_fold_into_each_other(extract: Extract) -> None:
    text = ("Marokko versterkt zijn banden. Na de aankoop van Israëlische drones is het koninkrijk klaar...\n"
            "De WanderB-VTOL drone, door Marokko aangekocht bij het Israëlische bedrijf BlueBird, vloog...")
    found = sorted((e.system or e.category) for e in extract(text, "nl") if isinstance(e, Transfer))
    assert found == ["WanderB", "uav"]


def test_repeated_reports_keep_the_most_advanced_stage(extract: Extract) -> None:
    text = "Morocco ordered Hermes 900 drones. Four Hermes 900 drones were delivered to Morocco in September."
    (event,) = extract(text, "en", "2021-10-01")
    assert isinstance(event, Transfer)
    assert (event.status, event.delivery_date, event.quantity) == ("delivered", "2021-09", 4)


def test_sentence_opening_on_the_sale_lends_its_value(extract: Extract) -> None:
    text = "Morocco is set to acquire 13 Bayraktar TB2 drones. The sale is expected to be worth $70 million."
    (event,) = extract(text, "en")
    assert isinstance(event, Transfer) and event.value is not None
    assert (event.value.amount, event.value.currency, event.status) == (70_000_000, "USD", "planned")


def test_transfer_without_recipient_is_dropped(extract: Extract) -> None:
    assert extract("Turkey has started to sell its drones abroad.", "en") == []


def test_agreements_with_disjoint_scopes_stay_apart(extract: Extract) -> None:
    text = ("In July, Israel's National Cyber Directorate signed a cooperation agreement with Morocco on "
            "cybersecurity. Israel and Morocco are expected to sign an agreement to co-produce kamikaze drones.")
    found = sorted((e.status, tuple(e.scope)) for e in extract(text, "en") if isinstance(e, Agreement))
    assert found == [("planned", ("defence_industry",)), ("signed", ("cyber",))]


def test_licensed_production_takes_the_supplier_as_partner(extract: Extract) -> None:
    text = ("Egypt bought 100 German tanks. Later the tanks are to be built in Egyptian plants under licence.")
    found = [(e.producer, e.partner, e.category) for e in extract(text, "en") if isinstance(e, Production)]
    assert found == [("EGY", "DEU", "tank")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Morocco and Turkey signed an agreement under which Morocco buys 12 Bayraktar TB2 drones."),
    ("nl", "Marokko koopt 12 Turkse drones van het type Bayraktar TB2. De ministers van Defensie zetten hun "
           "handtekening onder de overeenkomst."),
])
def test_sale_contract_called_agreement_stays_with_its_transfer(extract: Extract, language: str, text: str) -> None:
    assert sorted(type(e).__name__ for e in extract(text, language)) == ["Transfer"]


def test_production_of_the_drones_names_the_system_bought(extract: Extract) -> None:
    text = ("Saudi Arabia bought Bayraktar Akinci drones from Turkey. "
            "The deal also covers the co-production of the drones in Saudi Arabia with Turkey.")
    found = [(e.producer, e.partner, e.system, e.status) for e in extract(text, "en") if isinstance(e, Production)]
    assert found == [("SAU", "TUR", "Bayraktar Akinci", "planned")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Turkey sold 12 F-16 jets to the United States.", []),
    ("fr", "La Turquie a vendu douze F-16 aux États-Unis.", []),
    ("de", "Die Türkei hat zwölf F-16 an die USA verkauft.", []),
    ("es", "Turquía vendió doce F-16 a Estados Unidos.", []),
    ("nl", "Turkije heeft twaalf F-16's aan de Verenigde Staten verkocht.", []),
    # a second-hand sale and a sale by the maker's country keep their sides
    ("en", "Morocco bought 24 F-16s from the Netherlands.", [("NLD", "MAR")]),
    ("es", "Marruecos compró 24 F-16 a los Países Bajos.", [("NLD", "MAR")]),
    ("en", "The US delivered F-16s to Ukraine.", [("USA", "UKR")]),
    ("de", "Die USA haben F-16 an die Ukraine geliefert.", [("USA", "UKR")]),
])
def test_a_system_never_goes_to_its_country_of_origin(extract: Extract, language: str, text: str,
                                                      expected: list[tuple[str, str]]) -> None:
    found = [(e.supplier, e.recipient) for e in extract(text, language) if isinstance(e, Transfer)]
    assert found == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a tie at the stage: the direction read first
    ("en", "Ukraine sent tanks to Egypt. Egypt delivered tanks to Ukraine.", [("UKR", "EGY", "delivered")]),
    ("en", "Egypt delivered Hermes 900 drones to Morocco. Morocco delivered Hermes 900 drones to Egypt.",
     [("EGY", "MAR", "delivered")]),
    ("fr", "L'Égypte a livré des chars au Maroc. Le Maroc a livré des chars à l'Égypte.",
     [("EGY", "MAR", "delivered")]),
    # the more advanced stage wins
    ("en", "Egypt plans to buy tanks from Ukraine. Egypt delivered tanks to Ukraine.", [("EGY", "UKR", "delivered")]),
    # a named system one way and its kind the other way are one item read both ways
    ("en", "Germany delivered Leopard 2 tanks to Egypt. Egypt delivered tanks to Germany.",
     [("DEU", "EGY", "delivered")]),
    # no reversed pair: both deals stay
    ("en", "Egypt bought tanks from Morocco. Egypt delivered tanks to Ukraine.",
     [("MAR", "EGY", "ordered"), ("EGY", "UKR", "delivered")]),
])
def test_a_reversed_pair_keeps_one_direction(extract: Extract, language: str, text: str,
                                             expected: list[tuple[str, str, str]]) -> None:
    found = [(e.supplier, e.recipient, e.status) for e in extract(text, language) if isinstance(e, Transfer)]
    assert found == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # the lead names only the kind; the one system of that kind named later for the deal is its item
    ("en", "Egypt signed a contract on Monday to buy 24 combat drones from Turkey. The minister signed the "
           "contract for 24 Bayraktar TB2 drones with Baykar.", [("Bayraktar TB2", 24, "ordered")]),
    ("en", "Morocco received 13 drones from Turkey last month. The Bayraktar TB2 drones will patrol the border.",
     [("Bayraktar TB2", 13, "delivered")]),
    ("fr", "Le Maroc a acheté 13 drones à la Turquie. Les 13 Bayraktar TB2 ont été livrés en septembre.",
     [("Bayraktar TB2", 13, "delivered")]),
    # the one system of the kind made in the seller's country, though another buyer has it too
    ("en", "Germany delivered Leopard 2 tanks to Egypt. Germany also sent 12 tanks to Morocco.",
     [("Leopard 2", None, "delivered"), ("Leopard 2", 12, "delivered")]),
    # two systems of the kind: no telling which the deal is
    ("en", "Egypt bought drones from Turkey. Its air force already flies Bayraktar TB2 and Bayraktar Akinci "
           "drones.", [(None, None, "ordered")]),
    ("fr", "L'Égypte a commandé des chars à l'Allemagne. Son armée possède déjà des Leopard 1 et des Leopard 2.",
     [(None, None, "ordered")]),
    # a system made in another country than the seller's is not the deal's item
    ("en", "Egypt bought drones from Turkey. Its army already operates Hermes 900 drones.",
     [(None, None, "ordered")]),
])
def test_a_deal_named_by_its_kind_takes_the_one_system_named_for_it(extract: Extract, language: str, text: str,
                                                                      expected: list[tuple]) -> None:
    found = [(e.system, e.quantity, e.status) for e in extract(text, language) if isinstance(e, Transfer)]
    assert found == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # the generic report lends its count and value, not its stage
    ("en", "Morocco has received three Israeli drones in a deal worth $48 million. Israel delivered the Hermes 900 "
           "drones to Morocco in 2014.", ("Hermes 900", 3, 48_000_000, "delivered")),
    ("en", "Morocco is set to acquire 13 Bayraktar TB2 drones. Turkish drone sales to Morocco, worth $70 million, "
           "were signed.", ("Bayraktar TB2", 13, 70_000_000, "planned")),
])
def test_a_generic_report_lends_its_values_to_the_named_deal(extract: Extract, language: str, text: str,
                                                             expected: tuple) -> None:
    (event,) = extract(text, language)
    assert isinstance(event, Transfer)
    amount = event.value.amount if event.value else None
    assert (event.system, event.quantity, amount, event.status) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # an approved sale stays planned however the later sentences name it
    ("en", "The US State Department has approved a possible sale of F-16 jets to Morocco. The sale includes 24 F-16 "
           "jets worth $2 billion.", "planned"),
    ("es", "El Departamento de Estado aprobó la venta de aviones F-16 a Marruecos. La venta incluye 24 aviones F-16.",
     "planned"),
    ("en", "The United States sold 24 F-16 jets to Morocco. The sale includes 24 F-16 jets worth $2 billion.",
     "ordered"),
])
def test_an_approved_sale_stays_planned(extract: Extract, language: str, text: str, expected: str) -> None:
    (event,) = extract(text, language)
    assert isinstance(event, Transfer)
    assert event.status == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a report of the system's order with a side missing orders the one planned deal it fits
    ("en", "Egypt wants to buy 24 Leopard 2 tanks from Germany. The 24 Leopard 2 tanks were ordered from Germany "
           "last year.", ("ordered", "2022")),
    # a delivery with its recipient missing does not deliver it: it may be another country's fleet
    ("en", "Egypt wants to buy 24 Leopard 2 tanks from Germany. Germany has delivered Leopard 2 tanks for years.",
     ("planned", None)),
])
def test_an_order_reported_without_its_buyer_orders_the_one_deal_it_fits(extract: Extract, language: str,
                                                                         text: str, expected: tuple) -> None:
    (event,) = extract(text, language, "2023-01-01")
    assert isinstance(event, Transfer)
    assert (event.status, event.order_date) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a count reported with the buyer missing is the count of the one deal of that system it fits
    ("en", "Egypt wants to buy Leopard 2 tanks from Germany. Rheinmetall is to supply 24 Leopard 2 tanks.", [24]),
    # two deals fit: no telling whose count it is
    ("en", "Egypt and Morocco want to buy Leopard 2 tanks from Germany. Rheinmetall is to supply 24 Leopard 2 tanks.",
     [None, None]),
])
def test_a_count_reported_without_its_buyer_goes_to_the_one_deal_it_fits(extract: Extract, language: str,
                                                                         text: str, expected: list) -> None:
    assert [e.quantity for e in extract(text, language) if isinstance(e, Transfer)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # delivered before this deal was ordered: an earlier deal, which gives this one no stage
    ("en", "Egypt ordered 26 Leopard 2 tanks from Germany in April 2025. Germany delivered 36 Leopard 2 tanks to "
           "Egypt in 2016.", ("ordered", 26, None)),
    # delivered after the order: a batch of this deal
    ("en", "Egypt ordered 26 Leopard 2 tanks from Germany in April 2024. Germany delivered 10 Leopard 2 tanks to "
           "Egypt in March 2025.", ("delivered", 26, "2025-03")),
])
def test_a_delivery_before_the_order_belongs_to_an_earlier_deal(extract: Extract, language: str, text: str,
                                                                expected: tuple) -> None:
    (event,) = extract(text, language, "2025-05-01")
    assert isinstance(event, Transfer)
    assert (event.status, event.quantity, event.delivery_date) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # the fleet in service may be an earlier deal's: it does not deliver the order reported beside it
    ("en", "Egypt signed a contract with Germany for 26 Leopard 2 tanks. The Leopard 2 is already in service with "
           "Egypt.", ["ordered"]),
    ("fr", "L'Égypte a signé un contrat avec l'Allemagne pour 26 chars Leopard 2. Le Leopard 2 est déjà en service "
           "dans l'armée de l'Égypte.", ["ordered"]),
    # a fleet told alone is delivered
    ("en", "The German Leopard 2 is already in service with Egypt.", ["delivered"]),
    # a delivery told beside the order still delivers it
    ("en", "Egypt signed a contract with Germany for 26 Leopard 2 tanks. Germany delivered the first Leopard 2 to "
           "Egypt.", ["delivered"]),
])
def test_a_fleet_in_service_does_not_deliver_the_order_beside_it(extract: Extract, language: str, text: str,
                                                                 expected: list) -> None:
    assert [e.status for e in extract(text, language) if isinstance(e, Transfer)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a stage told as already past, further on or of another count: an earlier deal beside the current one
    ("en", "Egypt plans to buy 26 Leopard 2 tanks from Germany. Germany had already delivered 36 Leopard 2 tanks "
           "to Egypt.", [("planned", 26)]),
    ("fr", "L'Égypte va acheter 26 chars Leopard 2 à l'Allemagne. L'Allemagne avait déjà livré 36 chars Leopard 2 "
           "à l'Égypte.", [("planned", 26)]),
    ("es", "Egipto comprará 26 tanques Leopard 2 a Alemania. Alemania ya había entregado 36 tanques Leopard 2 a "
           "Egipto.", [("planned", 26)]),
    # the same stage told again with "already": the current deal
    ("en", "Germany delivered 26 Leopard 2 tanks to Egypt. Egypt has already received the Leopard 2 tanks from "
           "Germany.", [("delivered", 26)]),
])
def test_a_stage_told_as_already_past_belongs_to_an_earlier_deal(extract: Extract, language: str, text: str,
                                                                 expected: list) -> None:
    assert [(e.status, e.quantity) for e in extract(text, language) if isinstance(e, Transfer)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # an exact count told at the stage of a round figure beats it
    ("en", "Egypt is in talks with Germany to buy more than 40 Leopard 2 tanks. Egypt plans to buy 44 Leopard 2 "
           "tanks from Germany.", [44]),
    ("es", "Egipto negocia con Alemania la compra de más de 40 tanques Leopard 2. Egipto firmó una carta de "
           "intención para adquirir 44 tanques Leopard 2 a Alemania.", [44]),
    # a batch delivered later is no exact count of the deal
    ("en", "Germany has sold more than 100 Leopard 2 tanks to Egypt. Germany delivered 10 Leopard 2 tanks to "
           "Egypt.", [100]),
])
def test_an_exact_count_beats_a_round_figure(extract: Extract, language: str, text: str, expected: list) -> None:
    assert [e.quantity for e in extract(text, language) if isinstance(e, Transfer)] == expected

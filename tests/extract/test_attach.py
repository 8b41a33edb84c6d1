"""Values found beside a deal go to the deal they belong to: amounts of money, dated stage sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from armstrack.extract.attach import Amount, Dated, attach_dates, attach_money, lend_values
from armstrack.extract.view import Candidate
from armstrack.model import Event, Money, Transfer

Extract = Callable[..., list[Event]]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Morocco bought Bayraktar TB2 drones. The contract is worth $367 million.", (367_000_000, "USD")),
    ("fr", "Le Qatar a signé jeudi un contrat portant sur 12 drones Bayraktar TB2. "
           "Le montant de la commande est estimé à 8,1 milliards de dollars.", (8_100_000_000, "USD")),
    ("es", "Marruecos compró 24 drones Bayraktar TB2 por unos 300 millones de euros (330 millones de dólares).",
     (300_000_000, "EUR")),
])
def test_amount_goes_to_the_deal_it_follows(extract: Extract, language: str, text: str, expected: tuple) -> None:
    (event,) = extract(text, language)
    assert isinstance(event, Transfer) and event.value is not None
    assert (event.value.amount, event.value.currency) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Deutschland kauft 36 Kampfflugzeuge vom Typ F-16 aus den USA. Die Kosten belaufen sich auf rund "
           "sechs Milliarden Franken.", (6_000_000_000, "CHF")),
    ("nl", "Marokko koopt twee Barak MX-systemen van Israël. Het nieuwe materieel kost Marokko zo'n 200 miljoen "
           "euro.", (200_000_000, "EUR")),
    ("en", "Egypt bought 24 Bayraktar TB2 drones from Turkey. The package is valued at two billion dollars.",
     (2_000_000_000, "USD")),
    ("de", "Ägypten hat bei Deutschland 44 Leopard 2 bestellt. Das Auftragsvolumen liegt bei rund zwei Milliarden "
           "Euro.", (2_000_000_000, "EUR")),
    ("es", "Egipto compró 44 Leopard 2 a Alemania. La operación asciende a 2.000 millones de euros.",
     (2_000_000_000, "EUR")),
    # a lead states the price before it names the deal
    ("en", "On Tuesday Israel's defence minister praised a $305 million artillery agreement with Morocco. Israel "
           "is to deliver 20 Hermes 900 drones to Moroccan forces.", (305_000_000, "USD")),
    # ... and a side-less report of the item right after it passes it on to the deal
    ("en", "The defence ministry announced a contract worth 300 million euros on Monday. Rheinmetall is to supply "
           "24 Leopard 2 tanks. The ceremony took place in Berlin. The minister spoke there. Egypt bought the "
           "Leopard 2 tanks from Germany.", (300_000_000, "EUR")),
])
def test_a_price_sentence_after_the_deal_gives_its_value(extract: Extract, language: str, text: str,
                                                         expected: tuple) -> None:
    (event,) = extract(text, language)
    assert isinstance(event, Transfer) and event.value is not None
    assert (event.value.amount, event.value.currency) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Saudi Arabia has agreed to buy Bayraktar Akinci drones from Turkey. The agreement was signed on "
           "Tuesday in Jeddah.", ("ordered", "2021-09-28", None)),
    ("fr", "Le Qatar achète 12 drones Bayraktar TB2 à la Turquie. Le contrat a été signé en avril.",
     ("ordered", "2021-04", None)),
    ("nl", "Marokko koopt het Israëlische luchtverdedigingssysteem Barak MX. De regering gaf donderdag groen "
           "licht voor de aankoop.", ("ordered", "2021-09-30", None)),
    ("de", "Deutschland hat 30 Panzer vom Typ Leopard 2 an die Ukraine geliefert. Die Lieferung erfolgte am "
           "Dienstag.", ("delivered", None, "2021-09-28")),
])
def test_a_dated_stage_sentence_dates_the_deal_beside_it(extract: Extract, language: str, text: str,
                                                         expected: tuple) -> None:
    (event,) = extract(text, language)
    assert isinstance(event, Transfer)
    assert (event.status, event.order_date, event.delivery_date) == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Egypt ordered Leopard 2 tanks from Germany and Bayraktar TB2 drones from Turkey. The tanks are built in "
           "Munich and cost $3.3 billion."),
    ("nl", "Egypte bestelt Leopard 2-tanks in Duitsland en Bayraktar TB2-drones in Turkije. De tanks kosten 3,3 "
           "miljard dollar."),
])
def test_an_amount_goes_to_the_deal_of_the_item_its_sentence_names(extract: Extract, language: str,
                                                                   text: str) -> None:
    values = {e.system: e.value.amount if e.value else None for e in extract(text, language)
              if isinstance(e, Transfer)}
    assert values == {"Leopard 2": 3_300_000_000, "Bayraktar TB2": None}


def test_each_amount_goes_to_the_item_it_follows_in_its_sentence(extract: Extract) -> None:
    text = ("Egypt ordered 24 Bayraktar TB2 drones worth $300 million and 30 Leopard 2 tanks worth $2 billion "
            "from Germany.")
    values = {e.system: e.value.amount for e in extract(text, "en") if isinstance(e, Transfer) and e.value}
    assert values == {"Bayraktar TB2": 300_000_000, "Leopard 2": 2_000_000_000}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Morocco signed a contract with the US government for 36 F-16 jets on Monday. Washington's sale of the "
           "36 F-16 jets amounts to 6 billion dollars.", [6_000_000_000]),
    # the report fits two deals: no telling whose value it is
    ("en", "Turkey delivered Bayraktar TB2 drones to Egypt. Turkey also delivered Bayraktar TB2 drones to Morocco. "
           "Baykar's sales of the Bayraktar TB2 drones amount to 6 billion dollars.", [None, None]),
])
def test_a_report_missing_a_side_gives_its_value_to_the_one_deal_it_fits(extract: Extract, language: str,
                                                                         text: str, expected: list) -> None:
    found = [e.value.amount if e.value else None for e in extract(text, language) if isinstance(e, Transfer)]
    assert found == expected


@pytest.mark.parametrize(("language", "text", "published", "expected"), [
    # a date after publication is a horizon, not the date of a stage the document reports
    ("en", "Egypt ordered 44 Leopard 2 tanks from Germany, with deliveries running until 2028.", "2025-09-12",
     (None, None)),
    ("en", "Germany delivered 44 Leopard 2 tanks to Egypt in 2028.", "2025-09-12", (None, None)),
    ("de", "Ägypten hat 2028 bei Deutschland 44 Leopard 2 bestellt.", "2025-09-12", (None, None)),
    # the same year as publication, or earlier, stays
    ("en", "Egypt ordered 44 Leopard 2 tanks from Germany in 2025.", "2025-09-12", ("2025", None)),
    ("en", "Germany delivered 44 Leopard 2 tanks to Egypt in 2028.", "2029-01-01", (None, "2028")),
])
def test_no_stage_is_dated_after_publication(extract: Extract, language: str, text: str, published: str,
                                             expected: tuple) -> None:
    (event,) = extract(text, language, published)
    assert isinstance(event, Transfer)
    assert (event.order_date, event.delivery_date) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a delivery dated far from the report of the deal: the one delivered deal of the document
    ("es", "Los primeros seis tanques Leopard 2 comprados a Alemania llegaron a Egipto. Son tanques de segunda mano. "
           "Tienen motores nuevos. Su blindaje fue modernizado. El ministro encabezó el 5 de diciembre la recepción "
           "de los tanques.", "2025-12-05"),
    # two delivered deals: no telling which one
    ("en", "The United States delivered six F-16 jets to Egypt. Germany delivered 44 Leopard 2 tanks to Egypt. The "
           "jets are second-hand. The tanks are new. The handover ceremony took place on 5 December.", None),
])
def test_a_delivery_date_far_from_the_report_dates_the_one_delivered_deal(extract: Extract, language: str,
                                                                          text: str, expected: str | None) -> None:
    dates = {e.delivery_date for e in extract(text, language, "2025-12-06") if isinstance(e, Transfer)}
    assert dates == {expected}



def test_an_amount_before_a_sideless_item_prices_the_deal_before_it() -> None:
    # "The deal is worth 4 billion euros and also includes munitions": the munitions, with no side of their own
    # and named after the amount, are not what it prices
    tanks = Transfer(supplier="DEU", recipient="EGY", system="Leopard 2", category="tank", status="ordered")
    munitions = Transfer(category="ammunition", status="ordered")
    candidates = [Candidate(tanks, 0, 40), Candidate(munitions, 1, 90)]
    attach_money(candidates, [Amount(1, 60, Money(4_000_000_000, "EUR"))])
    assert (tanks.value, munitions.value) == (Money(4_000_000_000, "EUR"), None)


@pytest.mark.parametrize(("note", "expected"), [
    # a signing dated far from the report, naming no kind ("signed the commitment for the system"): the one deal
    (Dated(5, "ordered", "2023-09-28"), "2023-09-28"),
    # naming a kind, an order stays within reach: it may be another deal of that kind told in passing
    (Dated(5, "ordered", "2023-09-28", "air_defence"), None),
])
def test_a_far_signing_that_names_no_kind_dates_the_one_deal(note: Dated, expected: str | None) -> None:
    deal = Transfer(supplier="ISR", recipient="DEU", system="Arrow 3", category="air_defence", status="ordered")
    attach_dates([Candidate(deal, 0, 0), Candidate(deal, 2, 0)], [note])
    assert deal.order_date == expected


def test_a_later_amount_reaches_the_one_deal_through_a_report_with_a_side_missing() -> None:
    # "... mit KNDS die Lieferung von 44 Leopard 2 vereinbart. [...] Das Auftragsvolumen: 950 Millionen Euro": the
    # amount goes to the report before it, and through it to the one deal that report fits
    deal = Transfer(supplier="DEU", recipient="LTU", system="Leopard 2", category="tank", quantity=44, status="ordered")
    report = Transfer(supplier="DEU", system="Leopard 2", category="tank", quantity=44, status="ordered")
    candidates = [Candidate(deal, 0, 0), Candidate(report, 3, 50)]
    valued = attach_money(candidates, [Amount(6, 10, Money(950_000_000, "EUR"))])
    lend_values([deal], {id(deal): {0}}, [c for c in candidates if id(c.event) in valued])
    assert deal.value == Money(950_000_000, "EUR")


@pytest.mark.parametrize(("language", "text"), [
    # what the buyer pays is the deal's price
    ("nl", "Egypte koopt 44 Leopard 2-tanks van Duitsland. Voor de tanks betaalt Caïro zo'n 2 miljard euro."),
    ("en", "Egypt buys 44 Leopard 2 tanks from Germany. Cairo pays about 2 billion euros for the tanks."),
    ("es", "Egipto compra 44 tanques Leopard 2 a Alemania. Por los tanques El Cairo paga unos 2.000 millones de "
           "euros."),
])
def test_what_the_buyer_pays_is_the_price(extract: Extract, language: str, text: str) -> None:
    (event,) = extract(text, language)
    assert isinstance(event, Transfer) and event.value == Money(2_000_000_000, "EUR")

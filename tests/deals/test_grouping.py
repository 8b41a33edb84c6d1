"""Which reports are one deal: parties, item, time; never two events of one document."""

from __future__ import annotations

import pytest

from armstrack.deals import DealBook
from armstrack.model import Transfer
from tests.deals.conftest import agreement, doc, production, transfer

# One deal (13 TB2s, Turkey to Morocco) as outlets in six languages report it; the events are what
# the extractor writes for each sentence (sentences written for these tests).
ACROSS_LANGUAGES = [
    ("en", "Morocco has ordered 13 Bayraktar TB2 drones from Turkey.", "Bayraktar TB2", "ordered"),
    ("fr", "Le Maroc a commandé 13 drones turcs TB2.", "TB2", "ordered"),
    ("nl", "Marokko heeft 13 Turkse TB-2 drones ontvangen.", "TB-2", "delivered"),
    ("de", "Marokko erhält 13 türkische Drohnen vom Typ Bayraktar TB-2.", "Bayraktar TB-2", "delivered"),
    ("es", "Marruecos recibió 13 drones turcos Bayraktar TB2.", "Bayraktar TB2", "delivered"),
    ("ar", "تسلم المغرب 13 طائرة مسيرة تركية من طراز بيرقدار TB2.", "TB2", "delivered"),
]


@pytest.mark.parametrize(("language", "sentence", "system", "status"), ACROSS_LANGUAGES)
def test_reports_in_every_language_join_the_english_deal(
    book: DealBook, language: str, sentence: str, system: str, status: str
) -> None:
    [english] = book.add(doc("en", "2021-04", ACROSS_LANGUAGES[0][1]), [transfer(quantity=13, status="ordered")])
    [other] = book.add(doc(language + "-report", "2021-09", sentence, language=language),
                       [transfer(system=system, quantity=13, status=status)])
    assert other == english


def test_a_kind_only_report_joins_the_single_system_deal_that_fits(book: DealBook) -> None:
    [tb2] = book.add(doc("a", "2021-04"), [transfer(quantity=13)])
    [drones] = book.add(doc("b", "2021-12"), [transfer(system=None, category="uav", status="ordered")])
    assert drones == tb2


def test_a_kind_only_report_stays_apart_when_two_system_deals_fit(book: DealBook) -> None:
    [hermes] = book.add(doc("a"), [transfer(supplier="ISR", system="Hermes 900")])
    [wanderb] = book.add(doc("b"), [transfer(supplier="ISR", system="WanderB")])
    [drones] = book.add(doc("c"), [transfer(supplier="ISR", system=None, category="uav")])
    assert drones not in (hermes, wanderb)
    assert drones.startswith("transfer-isr-mar-drones-")


def test_a_kind_only_report_of_another_category_stays_apart(book: DealBook) -> None:
    [tb2] = book.add(doc("a"), [transfer()])
    [station] = book.add(doc("b"), [transfer(system=None, category="ground_station")])
    assert station != tb2


def test_a_document_reporting_a_system_and_a_kind_keeps_them_apart(book: DealBook) -> None:
    ids = book.add(doc("a"), [transfer(recipient="UKR", quantity=12, order_date="2019"),
                              transfer(recipient="UKR", system=None, category="uav", status="planned")])
    assert ids[0] != ids[1]


def test_two_systems_never_merge(book: DealBook) -> None:
    ids = book.add(doc("a"), [transfer(supplier="ISR", system="Barak 8", category="air_defence")])
    ids += book.add(doc("b"), [transfer(supplier="ISR", system="Barak MX", category="air_defence")])
    assert ids[0] != ids[1]


def test_different_parties_never_merge(book: DealBook) -> None:
    ids = book.add(doc("a"), [transfer(recipient="MAR")]) + book.add(doc("b"), [transfer(recipient="AZE")])
    ids += book.add(doc("c"), [transfer(supplier=None)])
    assert len(set(ids)) == 3


def test_repeat_orders_years_apart_with_other_quantities_are_two_deals(book: DealBook) -> None:
    [first] = book.add(doc("a", "2019-02"), [transfer(recipient="UKR", quantity=12, order_date="2019-01")])
    [second] = book.add(doc("b", "2021-11"), [transfer(recipient="UKR", quantity=24, order_date="2021-10")])
    assert first != second and second.startswith("transfer-tur-ukr-bayraktar-tb2-2021-")


def test_the_same_quantity_years_apart_is_one_misdated_deal(book: DealBook) -> None:
    [first] = book.add(doc("a"), [transfer(quantity=13, order_date="2019-01")])
    [second] = book.add(doc("b"), [transfer(quantity=13, order_date="2021-04")])
    assert first == second
    assert [c.kind for c in book.deal(first).contradictions] == ["date"]


def test_an_undated_report_joins_the_order_its_quantity_names(book: DealBook) -> None:
    book.add(doc("a"), [transfer(recipient="UKR", quantity=12, order_date="2019-01")])
    [later] = book.add(doc("b"), [transfer(recipient="UKR", quantity=24, order_date="2021-10")])
    [undated] = book.add(doc("c", "2023-01"), [transfer(recipient="UKR", quantity=24)])
    [by_date] = book.add(doc("d", "2022-06"), [transfer(recipient="UKR", status="delivered")])
    assert undated == later == by_date


def test_production_reports_across_a_programme_stay_one_deal(book: DealBook) -> None:
    [agreed] = book.add(doc("a"), [production(system="Lynx KF41", status="agreed", date="2020-08")])
    [running] = book.add(doc("b"), [production(system="Lynx KF41", status="operational", date="2023-08")])
    assert agreed == running


def test_drone_categories_of_one_family_merge_for_kind_only_reports(book: DealBook) -> None:
    [kamikaze] = book.add(doc("a"), [production(category="loitering_munition")])
    [drones] = book.add(doc("b"), [production(category="uav", status="agreed")])
    [tanks] = book.add(doc("c"), [production(category="tank")])
    assert kamikaze == drones != tanks
    assert book.deal_of("a", 0) == kamikaze  # named after the family, the id stays as categories join


def test_one_documents_two_kinds_of_one_family_stay_two_deals(book: DealBook) -> None:
    ids = book.add(doc("a"), [transfer(supplier="ISR", system=None, category="uav"),
                              transfer(supplier="ISR", system=None, category="loitering_munition")])
    [drones] = book.add(doc("b"), [transfer(supplier="ISR", system=None, category="uav")])
    assert ids[0] != ids[1] and drones == ids[0]


def test_a_null_partner_means_domestic_production_and_stays_apart(book: DealBook) -> None:
    [joint] = book.add(doc("a"), [production(system="MA-1")])
    [domestic] = book.add(doc("b"), [production(system="MA-1", partner=None)])
    assert joint != domestic


def test_agreements_split_by_scope_and_join_an_unscoped_report(book: DealBook) -> None:
    ids = book.add(doc("a"), [agreement(date="2021-11-24", scope=["defence_industry", "security"]),
                              agreement(scope=["cyber"], date="2021-07")])
    [planned] = book.add(doc("b"), [agreement(scope=["defence_industry"], status="planned")])
    [unscoped] = book.add(doc("c"), [agreement(scope=[], date="2021-11")])
    assert ids[0] != ids[1]
    assert planned == ids[0]
    assert unscoped not in ids  # two agreements of the same parties fit it: it is not guessed


def test_one_document_never_reports_one_deal_twice(book: DealBook) -> None:
    ids = book.add(doc("a"), [transfer(quantity=4), transfer(quantity=6)])
    assert ids[0] != ids[1]


def test_event_types_never_merge(book: DealBook) -> None:
    [sale] = book.add(doc("a"), [transfer(supplier="ISR", recipient="MAR", system=None, category="uav")])
    [plant] = book.add(doc("b"), [production(producer="MAR", partner="ISR")])
    assert sale != plant
    assert isinstance(book.deal(sale).to_dict(), dict) and book.deal(plant).type == "production"


def test_a_transfer_class_round_trip_keeps_its_deal(book: DealBook) -> None:
    event = transfer(quantity=13)
    [deal_id] = book.add(doc("a"), [Transfer.from_dict(event.to_dict())])
    assert book.deal(deal_id).consensus["quantity"].value == 13

"""Deals in the store (armstrack/store/deals.py): incremental updates, filters, rebuilds, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from armstrack.deals import update_store
from armstrack.errors import NotFound
from armstrack.kb import KnowledgeBase
from armstrack.model import Document, Event
from armstrack.store import Store
from armstrack.store.deals import StoredDeals
from tests.deals.conftest import agreement, doc, transfer
from tests.deals.test_copies import COPY, STORY


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:  # noqa: F811
    """An open, migrated, empty store."""
    with Store.open(store_url) as opened:
        yield opened


@pytest.fixture
def deals(store: Store, kb: KnowledgeBase) -> StoredDeals:
    """The store's deals, on the test knowledge base."""
    return StoredDeals(store, kb=kb)


def ingest(store: Store, deals: StoredDeals, document: Document, events: list[Event]) -> list[str]:
    """What ``armstrack ingest`` does for one document."""
    store.add(document, events)
    return deals.update(document, events)


def test_each_document_updates_the_deals_it_touches(store: Store, deals: StoredDeals) -> None:
    [first] = ingest(store, deals, doc("a", "2021-04"), [transfer(quantity=13, status="planned")])
    [drones] = ingest(store, deals, doc("b", "2021-12"), [transfer(system=None, status="ordered")])
    assert first == drones
    deal = deals.get(first)
    assert deal.status == "ordered" and [s.document_id for s in deal.sources] == ["a", "b"]


def test_stored_ids_match_the_in_memory_book(store: Store, deals: StoredDeals, kb: KnowledgeBase) -> None:
    from armstrack.deals import DealBook

    reports = [(doc("a", "2021-04"), [transfer(quantity=13)]),
               (doc("b", "2019-05"), [transfer(recipient="UKR", quantity=12, order_date="2019")]),
               (doc("c", "2021-11"), [agreement(date="2021-11-24"), transfer(system=None)])]
    stored = [ingest(store, deals, document, events) for document, events in reports]
    book = DealBook(kb=kb)
    assert stored == [book.add(document, events) for document, events in reports]


def test_copies_are_found_through_stored_bands(store: Store, deals: StoredDeals) -> None:
    ingest(store, deals, doc("wire", "2021-06-01", STORY), [transfer(quantity=13)])
    [deal_id] = ingest(store, deals, doc("reprint", "2021-06-02", COPY), [transfer(quantity=13)])
    deal = deals.get(deal_id)
    assert deal.independent_sources == 1
    assert {s.document_id: s.copy_of for s in deal.sources} == {"wire": None, "reprint": "wire"}


def test_an_earlier_original_arriving_late_updates_other_deals(store: Store, deals: StoredDeals) -> None:
    [deal_id] = ingest(store, deals, doc("reprint", "2021-06-02", COPY), [transfer(quantity=13)])
    ingest(store, deals, doc("wire", "2021-06-01", STORY), [agreement()])
    assert deals.get(deal_id).sources[0].copy_of == "wire"


def test_find_filters_deals(store: Store, deals: StoredDeals) -> None:
    ingest(store, deals, doc("a", "2021-04"), [transfer(quantity=13, status="ordered"), agreement(date="2021-11")])
    ingest(store, deals, doc("b", "2019-05"), [transfer(recipient="UKR", order_date="2019", status="ordered")])
    assert len(deals.find()) == 3
    assert [d.type for d in deals.find(country="MAR")] == ["agreement", "transfer"]
    assert [d.recipient for d in deals.find(supplier="TUR", system="tb2")] == ["MAR", "UKR"]
    assert [d.recipient for d in deals.find(since="2021", category="uav")] == ["MAR"]
    assert [d.recipient for d in deals.find(until="2020")] == ["UKR"]
    assert deals.find(status="delivered") == []


def test_rebuild_recomputes_every_deal(store: Store, deals: StoredDeals) -> None:
    store.add(doc("a", "2021-04"), [transfer(quantity=13)])
    store.add(doc("b", "2021-05"), [transfer(quantity=12), agreement()])
    assert deals.find() == []
    assert deals.rebuild() == 2
    assert {len(d.sources) for d in deals.find()} == {1, 2}


def test_update_store_is_the_package_entry_point(store: Store) -> None:
    document, events = doc("a"), [transfer()]
    store.add(document, events)
    assert update_store(store, document, events) == ["transfer-tur-mar-bayraktar-tb2-b6ef0f"]


def test_unknown_deal_is_not_found(deals: StoredDeals) -> None:
    with pytest.raises(NotFound, match="nope: no such deal"):
        deals.get("nope")


def test_count_and_the_deals_of_a_document(store: Store, deals: StoredDeals) -> None:
    assert deals.count() == 0
    ids = ingest(store, deals, doc("a", "2021-04"), [transfer(status="ordered"), agreement()])
    assert deals.count() == 2
    assert deals.of_document("a") == {0: ids[0], 1: ids[1]}
    assert deals.of_document("missing") == {}

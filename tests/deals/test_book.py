"""DealBook: incremental merging, ids independent of arrival order, saving and loading."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from armstrack.deals import DealBook, assign_clusters
from armstrack.errors import InputError, NotFound
from armstrack.kb import KnowledgeBase
from armstrack.model import Document, Event
from tests.deals.conftest import agreement, doc, production, transfer


def reports() -> list[tuple[Document, list[Event]]]:
    """Five documents reporting five deals, some only by kind."""
    return [
        (doc("a", "2021-04"), [transfer(quantity=13, status="planned", value=(70e6, "USD"))]),
        (doc("b", "2021-10-01"), [transfer(quantity=13, status="delivered", delivery_date="2021-09"),
                                  production(category="loitering_munition")]),
        (doc("c", "2021-12-18"), [transfer(system=None, status="ordered"), production(status="agreed"),
                                  agreement(date="2021-11-24")]),
        (doc("d", "2019-05"), [transfer(recipient="UKR", quantity=12, order_date="2019")]),
        (doc("e", "2022-01"), [transfer(recipient="UKR", quantity=24, order_date="2021-09"),
                               agreement(status="planned")]),
    ]


def clusters(book: DealBook) -> dict[str, str]:
    """Event id -> deal id for every event in the book."""
    return {f"{d.id}:{n}": book.deal_of(d.id, n) for d, events in reports() for n in range(len(events))}


def test_add_returns_one_deal_id_per_event(book: DealBook) -> None:
    document, events = reports()[2]
    ids = book.add(document, events)
    assert len(ids) == 3 and len(set(ids)) == 3


@pytest.mark.parametrize("order", list(itertools.permutations(range(5)))[::17])
def test_ids_do_not_depend_on_arrival_order(kb: KnowledgeBase, order: tuple[int, ...]) -> None:
    expected = DealBook(kb=kb)
    expected.extend(reports())
    shuffled = DealBook(kb=kb)
    for index in order:
        shuffled.add(*reports()[index])
    assert clusters(shuffled) == clusters(expected)
    assert len(set(clusters(expected).values())) == 5


def test_two_batches_give_the_ids_of_one(kb: KnowledgeBase) -> None:
    whole = DealBook(kb=kb)
    whole.extend(reports())
    batches = DealBook(kb=kb)
    batches.extend(reports()[3:])
    batches.extend(reports()[:3])
    assert clusters(batches) == clusters(whole)


def test_ids_are_the_same_across_runs(kb: KnowledgeBase) -> None:
    first, second = DealBook(kb=kb), DealBook(kb=kb)
    first.extend(reports())
    second.extend(reports())
    assert clusters(first) == clusters(second)
    assert clusters(first)["a:0"] == "transfer-tur-mar-bayraktar-tb2-b6ef0f"


def test_adding_a_document_updates_its_deal_without_a_rebuild(book: DealBook) -> None:
    [deal_id] = book.add(*reports()[0])
    assert book.deal(deal_id).status == "planned"
    book.add(*reports()[1])
    deal = book.deal(deal_id)
    assert deal.status == "delivered" and [s.document_id for s in deal.sources] == ["a", "b"]


def test_re_adding_a_document_replaces_its_events(book: DealBook) -> None:
    book.extend(reports())
    document, _ = reports()[0]
    [deal_id] = book.add(document, [transfer(quantity=12, status="planned")])
    assert [c.value for c in book.deal(deal_id).claims["quantity"]] == [12, 13]
    book.add(document, [])
    assert [c.value for c in book.deal(deal_id).claims["quantity"]] == [13]


def test_unknown_deal_or_event_is_not_found(book: DealBook) -> None:
    with pytest.raises(NotFound, match="nope: no such deal"):
        book.deal("nope")
    with pytest.raises(NotFound, match="x: no event 0"):
        book.deal_of("x", 0)


def test_saved_book_loads_with_the_same_deals(book: DealBook, kb: KnowledgeBase, tmp_path: Path) -> None:
    book.extend(reports())
    book.save(tmp_path / "deals.json")
    loaded = DealBook.load(tmp_path / "deals.json", kb=kb)
    assert loaded.ids() == book.ids()
    assert [d.to_dict() for d in loaded.deals()] == [d.to_dict() for d in book.deals()]
    copy = doc("copy-of-a", "2021-05", reports()[0][0].text)
    [deal_id] = loaded.add(copy, reports()[0][1])
    copies = {s.document_id: s.copy_of for s in loaded.deal(deal_id).sources}
    assert copies["copy-of-a"] == "a" and copies["a"] is None


def test_a_malformed_saved_book_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "deals.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="deals.json: cannot read deal book"):
        DealBook.load(tmp_path / "deals.json")


def test_assign_clusters_writes_each_events_deal_id(kb: KnowledgeBase) -> None:
    batch = reports()
    assign_clusters(batch, kb=kb)
    by_event = {f"{d.id}:{n}": e.cluster for d, events in batch for n, e in enumerate(events)}
    assert by_event["a:0"] == by_event["b:0"] == by_event["c:0"]
    assert by_event["d:0"] != by_event["e:0"]
    assert by_event["c:2"] == by_event["e:1"]


def test_assign_clusters_keeps_a_twice_read_id_apart(kb: KnowledgeBase) -> None:
    first, second = reports()[0], (reports()[3][0], reports()[3][1])
    twice = [first, (Document(id="a", text="another text entirely"), second[1])]
    assign_clusters(twice, kb=kb)
    assert twice[0][1][0].cluster != twice[1][1][0].cluster

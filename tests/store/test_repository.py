"""Store.add/ingest/documents/events/counts on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from armstrack.errors import InputError, NotFound, StoreError
from armstrack.model import Agreement, Document, Event, Evidence, Money, Production, Transfer
from armstrack.pipeline import Doc, Outcome
from armstrack.store import Store

ORDER = "Rabat signed for thirteen TB2 drones from Ankara in April."
DELIVERY = "The first TB2 drones reached Morocco in September."


def order_events(text: str = ORDER) -> list[Event]:
    return [
        Transfer(supplier="TUR", recipient="MAR", system="Bayraktar TB2", category="uav", quantity=13,
                 value=Money(70_000_000, "USD"), status="ordered", order_date="2021-04",
                 evidence=[Evidence.span(text, 0, len(text))], cues=["reportedly"], companies=["Baykar"]),
        Agreement(parties=["MAR", "ISR"], scope=["security"], status="signed", date="2021-11-24"),
    ]


def document(id: str, text: str, **provenance: str) -> Document:
    return Document(id=id, text=text, **provenance)


def test_new_document_and_its_events_round_trip(store: Store) -> None:
    events = order_events()
    assert store.add(document("a", ORDER, language="en", published="2021-04"), events) == "new"
    assert store.document("a") == document("a", ORDER, language="en", published="2021-04")
    assert store.events(document_id="a") == [("a", events[0]), ("a", events[1])]


def test_re_adding_the_same_document_writes_nothing(store: Store) -> None:
    store.add(document("a", ORDER), order_events())
    assert store.add(document("a", ORDER), order_events()) == "unchanged"
    assert store.counts()["documents"] == 1
    assert store.counts()["events"] == 2


def test_changed_text_under_same_id_replaces_events(store: Store) -> None:
    store.add(document("a", ORDER), order_events())
    delivered = Transfer(supplier="TUR", recipient="MAR", system="Bayraktar TB2", status="delivered")
    assert store.add(document("a", DELIVERY), [delivered]) == "updated"
    assert store.document("a").text == DELIVERY
    assert store.events() == [("a", delivered)]


def test_same_text_under_new_id_is_a_duplicate_not_stored(store: Store) -> None:
    store.add(document("a", ORDER), order_events())
    assert store.add(document("b", ORDER), order_events()) == "duplicate"
    with pytest.raises(NotFound, match="b"):
        store.document("b")
    assert [id for id, _ in store.events()] == ["a", "a"]


def test_failed_document_rolls_back_alone(store: Store) -> None:
    store.add(document("a", ORDER), order_events())
    unstorable = Transfer(system="TB2", cues=[object()])  # type: ignore[list-item]  # not JSON: the insert fails
    with pytest.raises(StoreError, match="^a: cannot store"):
        store.add(document("a", DELIVERY), [unstorable])
    with pytest.raises(StoreError, match="^c: cannot store"):
        store.add(document("c", "Another article entirely."), [unstorable])
    assert store.add(document("b", DELIVERY), []) == "new"
    assert store.document("a").text == ORDER
    assert store.events() == [("a", event) for event in order_events()]
    assert [d.id for d in store.documents()] == ["a", "b"]


def test_ingest_reports_each_outcome(store: Store) -> None:
    outcomes = [
        Outcome(doc=Doc(document("a", ORDER), events=order_events())),
        Outcome(error=InputError("news.jsonl:2", "malformed document")),
        Outcome(doc=Doc(document("b", ORDER))),
        Outcome(doc=Doc(document("a", ORDER), events=order_events())),
    ]
    results = list(store.ingest(outcomes))
    assert [(r.status, r.document_id) for r in results] == [
        ("new", "a"), ("failed", None), ("duplicate", "b"), ("unchanged", "a"),
    ]
    assert results[1].error is outcomes[1].error
    assert results[2].duplicate_of == "a"
    assert results[0].document is outcomes[0].doc.document  # type: ignore[union-attr]
    assert results[0].events == tuple(order_events())


def test_missing_document_raises_not_found(store: Store) -> None:
    with pytest.raises(NotFound, match="nowhere"):
        store.document("nowhere")


@pytest.fixture
def filled(store: Store) -> Store:
    store.add(document("en-1", "An English report on drones.", language="en", outlet="Wire", published="2021-04"),
              order_events())
    store.add(document("fr-1", "Un article sur des chars.", language="fr", outlet="Journal", published="2022-08-27"),
              [Transfer(supplier="KOR", recipient="POL", system="K2", category="tank", status="ordered")])
    store.add(document("nl-1", "Een bericht over fabrieken.", language="nl", published="2021"),
              [Production(producer="MAR", partner="ISR", category="uav", status="planned")])
    store.add(document("xx-1", "A text of no known date or language."), [])
    return store


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, ["en-1", "fr-1", "nl-1", "xx-1"]),
    ({"language": "fr"}, ["fr-1"]),
    ({"outlet": "Wire"}, ["en-1"]),
    ({"since": "2021-05"}, ["fr-1"]),
    ({"until": "2021-04"}, ["en-1", "nl-1"]),
    ({"since": "2021", "until": "2021"}, ["en-1", "nl-1"]),
    ({"until": "2022-08"}, ["en-1", "fr-1", "nl-1"]),
    ({"limit": 2}, ["en-1", "fr-1"]),
])
def test_documents_filters(filled: Store, filters: dict[str, object], expected: list[str]) -> None:
    assert [d.id for d in filled.documents(**filters)] == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, [("en-1", "transfer"), ("en-1", "agreement"), ("fr-1", "transfer"), ("nl-1", "production")]),
    ({"document_id": "fr-1"}, [("fr-1", "transfer")]),
    ({"type": "production"}, [("nl-1", "production")]),
    ({"country": "TUR"}, [("en-1", "transfer")]),
    ({"country": "POL"}, [("fr-1", "transfer")]),
    ({"country": "ISR"}, [("en-1", "agreement"), ("nl-1", "production")]),
    ({"country": "MAR"}, [("en-1", "transfer"), ("en-1", "agreement"), ("nl-1", "production")]),
    ({"country": "MA"}, []),
    ({"system": "K2"}, [("fr-1", "transfer")]),
    ({"category": "uav"}, [("en-1", "transfer"), ("nl-1", "production")]),
    ({"status": "ordered", "category": "uav"}, [("en-1", "transfer")]),
])
def test_events_filters(filled: Store, filters: dict[str, str], expected: list[tuple[str, str]]) -> None:
    assert [(id, event.type) for id, event in filled.events(**filters)] == expected


def test_counts_summarise_the_store(filled: Store) -> None:
    assert filled.counts() == {
        "documents": 4,
        "events": 4,
        "languages": {"en": 1, "fr": 1, "nl": 1, "unknown": 1},
        "types": {"agreement": 1, "production": 1, "transfer": 2},
        "published": {"first": "2021", "last": "2022-08-27"},
    }

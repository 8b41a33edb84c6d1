"""The Python API on a store filled by the real pipeline: typed records, filters, data frames."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas
import pytest

import armstrack
from armstrack.api import Armstrack, DealFilter, EventRecord, country_code
from armstrack.deals import Deal
from armstrack.errors import ConfigError, NotFound
from armstrack.extract import build_pipeline
from armstrack.model import Document, Event
from armstrack.settings import load_options
from armstrack.sources import read_inputs
from armstrack.store import Store
from armstrack.store.deals import StoredDeals

EXAMPLES = Path(__file__).parents[1] / "examples"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store filled from the example news JSONL by sources -> extraction -> store -> deals."""
    path = str(tmp_path_factory.mktemp("api") / "arms.sqlite")
    options = load_options()
    with Store.open(path) as store:
        deals = StoredDeals(store, options)
        outcomes = build_pipeline(options).pipe(read_inputs([str(EXAMPLES / "news.jsonl")], options))
        for result in store.ingest(outcomes):
            assert result.error is None and result.document_id is not None
            document = store.document(result.document_id)
            deals.update(document, [event for _, event in store.events(document_id=document.id)])
    return path


@pytest.fixture
def arms(db: str) -> Iterator[Armstrack]:
    with armstrack.open(db) as handle:
        yield handle


def test_deals_are_typed_records(arms: Armstrack) -> None:
    found = arms.deals()
    assert found and all(isinstance(deal, Deal) for deal in found)
    assert arms.deal(found[0].id) == found[0]


@pytest.mark.parametrize("name", ["Morocco", "Maroc", "Marokko", "Marruecos", "المغرب", "MAR"])
def test_country_filter_takes_any_language(arms: Armstrack, name: str) -> None:
    found = arms.deals(country=name)
    assert found and all("MAR" in (d.supplier, d.recipient, d.producer, d.partner, *d.parties) for d in found)
    assert len(found) == len(arms.deals(country="MAR"))


def test_filters_narrow_the_deals(arms: Armstrack) -> None:
    every = arms.deals()
    supplied = arms.deals(recipient="Marokko", status="ordered")
    assert supplied and len(supplied) < len(every)
    assert all(d.recipient == "MAR" and d.status == "ordered" for d in supplied)
    assert arms.deals(since="2100") == []


def test_deals_as_frame_has_a_row_per_deal(arms: Armstrack) -> None:
    deals = arms.deals(country="MAR")
    frame = arms.deals(country="MAR", as_frame=True)
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame["id"]) == [d.id for d in deals]
    assert {"supplier", "recipient", "system", "status", "value_amount", "value_currency", "sources"} <= set(frame)


def test_documents_and_events_are_typed(arms: Armstrack) -> None:
    documents = arms.documents()
    assert documents and all(isinstance(d, Document) for d in documents)
    events = arms.events(country="Marokko")
    assert events and all(isinstance(r, EventRecord) and isinstance(r.event, Event) for r in events)
    assert arms.document(events[0].document_id).id == events[0].document_id


def test_events_as_frame_splits_money(arms: Armstrack) -> None:
    frame = arms.events(type="transfer", as_frame=True)
    assert len(frame) == len(arms.events(type="transfer"))
    assert "value" not in frame and {"value_amount", "value_currency", "document_id"} <= set(frame)


def test_companies_come_from_the_events_of_each_deal(arms: Armstrack) -> None:
    deals = arms.deals()
    named = arms.companies(deals)
    assert set(named) == {d.id for d in deals}
    firms = {firm for event in arms.events() for firm in event.event.companies}
    assert {firm for names in named.values() for firm in names} == firms


def test_unknown_country_and_deal_are_refused(arms: Armstrack) -> None:
    with pytest.raises(ConfigError, match="Atlantis"):
        arms.deals(country="Atlantis")
    with pytest.raises(NotFound, match="no-such-deal"):
        arms.deal("no-such-deal")


def test_deal_filter_resolves_every_country_role() -> None:
    resolved = DealFilter(country="Turquie", supplier="org:Polisario Front", recipient="Polen").resolved()
    assert (resolved.country, resolved.supplier, resolved.recipient) == ("TUR", "org:Polisario Front", "POL")
    assert country_code("kr") == "KOR"

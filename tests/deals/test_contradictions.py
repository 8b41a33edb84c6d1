"""Contradictions: both sides with their sources, for figures, dates, category, stage and denials."""

from __future__ import annotations

import pytest

from armstrack.deals import Contradiction, DealBook
from armstrack.model import Event
from tests.deals.conftest import doc, transfer


def contradictions(book: DealBook, *events: Event, published: tuple[str | None, ...] = ()) -> list[Contradiction]:
    """Add one document per event (ids a, b, ...) and return the contradictions of their deal."""
    ids = set()
    for n, event in enumerate(events):
        day = published[n] if n < len(published) else None
        ids.update(book.add(doc("abcdefgh"[n], day), [event]))
    [deal_id] = ids
    return book.deal(deal_id).contradictions


def sides(found: list[Contradiction], kind: str) -> list[tuple[object, list[str]]]:
    """(value, sources) of each side of the contradiction of a kind."""
    [contradiction] = [c for c in found if c.kind == kind]
    return [(side.value, side.sources) for side in contradiction.sides]


def test_different_quantities_contradict(book: DealBook) -> None:
    found = contradictions(book, transfer(quantity=13), transfer(quantity=12), transfer(quantity=13))
    assert sides(found, "quantity") == [(12, ["b"]), (13, ["a", "c"])]


@pytest.mark.parametrize(("first", "second", "contradict"), [
    ((70e6, "USD"), (65e6, "USD"), True),
    ((70e6, "USD"), (70.5e6, "USD"), False),
    ((70e6, "USD"), (65e6, "EUR"), False),
])
def test_values_contradict_beyond_one_percent_in_one_currency(
    book: DealBook, first: tuple[float, str], second: tuple[float, str], contradict: bool
) -> None:
    found = contradictions(book, transfer(value=first), transfer(value=second))
    assert any(c.kind == "value" for c in found) is contradict


@pytest.mark.parametrize(("first", "second", "contradict"), [
    ("2021-04", "2021-05", True),
    ("2021", "2021-04", False),
    ("2021-04-12", "2021-04", False),
])
def test_dates_contradict_at_shared_precision(book: DealBook, first: str, second: str, contradict: bool) -> None:
    found = contradictions(book, transfer(delivery_date=first), transfer(delivery_date=second))
    assert any(c.kind == "date" for c in found) is contradict


def test_a_category_the_knowledge_base_contradicts_is_flagged(book: DealBook) -> None:
    found = contradictions(book, transfer(supplier="ISR", system="Hermes 900", category="loitering_munition"),
                           transfer(supplier="ISR", system="Hermes-900", category="uav"))
    assert sides(found, "category") == [("uav", ["knowledge base"]), ("loitering_munition", ["a"])]


def test_a_later_report_of_an_earlier_stage_is_flagged(book: DealBook) -> None:
    found = contradictions(book, transfer(status="delivered"), transfer(status="planned"),
                           published=("2021-10", "2022-02"))
    assert sides(found, "status") == [("delivered", ["a"]), ("planned", ["b"])]


@pytest.mark.parametrize("published", [(None, "2022-02"), ("2021", "2021-10"), ("2022-02", "2021-10")])
def test_a_stage_going_back_needs_dated_reports_in_that_order(book: DealBook, published: tuple) -> None:
    found = contradictions(book, transfer(status="delivered"), transfer(status="planned"), published=published)
    assert not any(c.kind == "status" for c in found)


def test_a_denial_is_flagged_and_does_not_advance_the_status(book: DealBook) -> None:
    found = contradictions(book, transfer(status="ordered"), transfer(status="delivered", cues=["denied"]))
    assert sides(found, "denial") == [("denied", ["b"]), ("reported", ["a"])]
    assert book.deal(book.deal_of("a", 0)).status == "ordered"


def test_agreeing_sources_have_no_contradiction(book: DealBook) -> None:
    assert contradictions(book, transfer(quantity=13, order_date="2021"),
                          transfer(quantity=13, order_date="2021-04", status="ordered")) == []

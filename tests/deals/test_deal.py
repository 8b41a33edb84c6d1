"""A deal's record: consensus with its rule, stage history, sources, evidence, JSON round trip."""

from __future__ import annotations

from armstrack.deals import Deal, DealBook
from armstrack.model import Evidence
from tests.deals.conftest import agreement, doc, transfer
from tests.deals.test_copies import COPY, STORY


def test_consensus_prefers_most_independent_sources_then_most_recent(book: DealBook) -> None:
    book.add(doc("wire", "2021-06-01", STORY), [transfer(quantity=12)])
    book.add(doc("reprint", "2021-06-02", COPY), [transfer(quantity=12)])
    book.add(doc("own", "2021-06-03"), [transfer(quantity=13)])
    [deal_id] = book.add(doc("late", "2021-07-01"), [transfer(quantity=14)])
    consensus = book.deal(deal_id).consensus["quantity"]
    # 12 has two sources but they are one story; 13 and 14 tie on one each, 14 is the most recent
    assert consensus.value == 14
    assert consensus.rule == "most independent sources, then most recent"


def test_date_consensus_counts_coarser_dates_and_prefers_precision(book: DealBook) -> None:
    book.add(doc("a", "2021-05"), [transfer(order_date="2021")])
    book.add(doc("b", "2021-06"), [transfer(order_date="2021-04")])
    [deal_id] = book.add(doc("c", "2021-07"), [transfer(order_date="2021-05")])
    assert book.deal(deal_id).consensus["order_date"].value in ("2021-04", "2021-05")
    book.add(doc("d", "2021-08"), [transfer(order_date="2021-04")])
    assert book.deal(deal_id).consensus["order_date"].value == "2021-04"


def test_knowledge_base_names_and_categorises_the_system(book: DealBook) -> None:
    [deal_id] = book.add(doc("a"), [transfer(system="TB-2", category="loitering_munition")])
    deal = book.deal(deal_id)
    assert (deal.system, deal.category) == ("Bayraktar TB2", "uav")
    assert deal.consensus["category"].rule == "knowledge base category of the system"


def test_stage_history_dates_each_stage_with_its_sources(book: DealBook) -> None:
    book.add(doc("a", "2021-04"), [transfer(status="planned")])
    book.add(doc("b", "2021-06"), [transfer(status="ordered", order_date="2021-05")])
    [deal_id] = book.add(doc("c", "2021-10"), [transfer(status="delivered", delivery_date="2021-09")])
    story = {s.name: (s.date, s.first_reported, s.sources) for s in book.deal(deal_id).stages}
    assert story == {
        "reported": (None, "2021-04", ["a"]),
        "planned": (None, "2021-04", ["a"]),
        "ordered": ("2021-05", "2021-06", ["b", "c"]),
        "delivered": ("2021-09", "2021-10", ["c"]),
    }


def test_agreement_stages_and_scope(book: DealBook) -> None:
    book.add(doc("a", "2024-11"), [agreement(parties=["AZE", "MAR"], scope=["training"], date="2024-10-30")])
    [deal_id] = book.add(doc("b", "2025-01"), [agreement(
        parties=["AZE", "MAR"], scope=["training", "cyber"], status="ratified", date="2024-10-30",
        ratified_date="2025-01-10")])
    deal = book.deal(deal_id)
    assert deal.status == "ratified" and deal.consensus["scope"].value == ["cyber", "training"]
    assert [(s.name, s.date) for s in deal.stages][-2:] == [("signed", "2024-10-30"), ("ratified", "2025-01-10")]
    assert (deal.first_date, deal.last_date) == ("2024-10-30", "2025-01-10")


def test_evidence_keeps_quotes_with_outlet_and_url(book: DealBook) -> None:
    text = "Morocco ordered 13 Bayraktar TB2 drones."
    event = transfer(evidence=[Evidence.span(text, 0, len(text))])
    [deal_id] = book.add(doc("a", text=text, outlet="Desk", url="https://example.org/a"), [event])
    [quote] = book.deal(deal_id).evidence
    assert (quote.quote, quote.outlet, quote.url, quote.document_id) == (text, "Desk", "https://example.org/a", "a")


def test_deal_round_trips_through_dict(book: DealBook) -> None:
    book.add(doc("a", "2021-04"), [transfer(quantity=13, value=(70e6, "USD"))])
    [deal_id] = book.add(doc("b", "2021-05"), [transfer(quantity=12, status="delivered", cues=["denied"])])
    deal = book.deal(deal_id)
    assert Deal.from_dict(deal.to_dict()) == deal
    assert deal.to_dict()["claims"]["value"][0]["value"] == {"amount": 70000000, "currency": "USD"}

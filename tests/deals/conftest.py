"""Deals fixtures: a small real knowledge base, and helpers that write documents and events."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from armstrack.deals import DealBook
from armstrack.kb import KnowledgeBase
from armstrack.model import Agreement, Document, Event, Money, Production, Transfer

RESOURCES = Path(__file__).parents[1] / "resources" / "deals"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The knowledge base of tests/resources/deals/kb (five systems)."""
    return KnowledgeBase.read(RESOURCES / "kb")


@pytest.fixture
def book(kb: KnowledgeBase) -> DealBook:
    """An empty deal book on the test knowledge base."""
    return DealBook(kb=kb)


def doc(id: str, published: str | None = None, text: str | None = None, **provenance: Any) -> Document:
    """A document whose text is unique to its id unless given."""
    body = text if text is not None else f"Report {id}: " + " ".join(f"word{id}{n}" for n in range(40))
    return Document(id=id, text=body, published=published, **provenance)


def transfer(supplier: str | None = "TUR", recipient: str | None = "MAR", system: str | None = "Bayraktar TB2",
             category: str | None = "uav", value: tuple[float, str] | None = None, **slots: Any) -> Transfer:
    """A transfer event, by default TB2s from Turkey to Morocco."""
    money = Money(*value) if value else None
    return Transfer(supplier=supplier, recipient=recipient, system=system, category=category, value=money, **slots)


def production(**slots: Any) -> Production:
    """A production event, by default Moroccan drones with an Israeli partner."""
    values = {"producer": "MAR", "partner": "ISR", "category": "uav", "status": "planned"} | slots
    return Production(**values)


def agreement(**slots: Any) -> Agreement:
    """An agreement event, by default Israel and Morocco on the defence industry."""
    values = {"parties": ["ISR", "MAR"], "scope": ["defence_industry"], "status": "signed"} | slots
    return Agreement(**values)


def deal_ids(book: DealBook, reports: list[tuple[Document, list[Event]]]) -> list[list[str]]:
    """Add each report in turn; the deal ids of every event."""
    return [book.add(document, events) for document, events in reports]

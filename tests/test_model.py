"""The data model writes FORMAT.md's shape and reads it back."""

from armstrack.model import Agreement, Document, Event, Evidence, Money, Transfer


def test_transfer_serialises_to_format_shape() -> None:
    text = "Morocco ordered 13 Bayraktar TB2 drones."
    event = Transfer(
        supplier="TUR", recipient="MAR", system="Bayraktar TB2", category="uav", quantity=13,
        value=Money(70_000_000, "USD"), status="ordered", evidence=[Evidence.span(text, 0, len(text))],
    )
    row = event.to_format()
    assert row["type"] == "transfer"
    assert row["value"] == {"amount": 70000000, "currency": "USD"}
    assert row["evidence"] == [text]
    assert row["order_date"] is None and "cues" not in row


def test_event_round_trips_through_dict() -> None:
    event = Agreement(parties=["MAR", "AZE", "MAR"], scope=["training"], status="signed", date="2024-10-30",
                      evidence=[Evidence("signed a pact", 3, 16)], cues=["reportedly"])
    back = Event.from_dict(event.to_dict())
    assert back == event
    assert back.parties == ["AZE", "MAR"]  # type: ignore[attr-defined]


def test_evidence_span_trims_white_space_but_stays_verbatim() -> None:
    text = "  Rabat bought drones.  "
    quote = Evidence.span(text, 0, len(text))
    assert text[quote.start:quote.end] == quote.quote == "Rabat bought drones."


def test_document_hash_follows_text() -> None:
    assert Document("a", "same").hash == Document("b", "same").hash
    assert Document("a", "same").hash != Document("a", "other").hash

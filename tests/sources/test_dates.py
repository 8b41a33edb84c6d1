"""Publication dates as partial ISO strings, never padded and never guessed."""

from __future__ import annotations

import time

import pytest

from armstrack.sources.dates import feed_date, partial_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021", "2021"),
        ("2021-04", "2021-04"),
        ("2021-10-01", "2021-10-01"),
        (" 2021-10-01 ", "2021-10-01"),
        ("2021-10-01T23:30:00+02:00", "2021-10-01"),
        ("2021-10-01T08:00:00Z", "2021-10-01"),
        ("2021-13", None),
        ("2021-02-30", None),
        ("May 2023", None),
        ("", None),
        (2021, None),
        (None, None),
    ],
)
def test_partial_date_keeps_the_stated_precision(value: object, expected: str | None) -> None:
    assert partial_date(value) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Tue, 06 Dec 2022 00:30:00 +0200", "2022-12-06"),  # UTC would make it the 5th
        ("Tue, 10 Jan 2023 08:00:00 GMT", "2023-01-10"),
        ("2024-03-01T18:00:00+01:00", "2024-03-01"),
        ("2024-03-15", "2024-03-15"),
    ],
)
def test_feed_date_is_the_local_day_the_feed_states(raw: str, expected: str) -> None:
    assert feed_date(raw, None) == expected


def test_feed_date_falls_back_on_feedparsers_reading() -> None:
    parsed = time.strptime("2020-02-29", "%Y-%m-%d")
    assert feed_date("the 29th of February", parsed) == "2020-02-29"
    assert feed_date(None, None) is None

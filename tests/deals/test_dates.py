"""Partial dates compare at the precision both share."""

from __future__ import annotations

import pytest

from armstrack.deals import dates


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("2021", "2021-04", True),
    ("2021-04", "2021-04-12", True),
    ("2021-04", "2021-05", False),
    ("2021", "2022-04", False),
    ("2021-04-12", "2021-04-13", False),
    (None, "2021-04", True),
    ("April", "2021-04", True),
])
def test_dates_are_compatible_at_shared_precision(a: str | None, b: str | None, expected: bool) -> None:
    assert dates.compatible(a, b) is expected


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("2019-03", "2021-04", 25),
    ("2019", "2021-04", 24),
    ("2021-04-01", "2021-04-30", 0),
    ("2021", None, None),
])
def test_months_apart_counts_whole_months_at_shared_precision(a: str, b: str | None, expected: int | None) -> None:
    assert dates.months_apart(a, b) == expected


def test_before_needs_a_difference_at_shared_precision() -> None:
    assert dates.before("2021-04", "2021-05")
    assert not dates.before("2021", "2021-05")
    assert not dates.before(None, "2021")


def test_sort_key_puts_coarse_dates_first_and_unknown_last() -> None:
    values = [None, "2021-04", "2021", "2020-12-31"]
    assert sorted(values, key=dates.sort_key) == ["2020-12-31", "2021", "2021-04", None]

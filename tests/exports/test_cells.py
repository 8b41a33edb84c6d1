"""Every CSV armstrack writes (exports, `armstrack deals --format csv`, web downloads) opens safely in a spreadsheet."""

from __future__ import annotations

import csv
import io

import pytest

from armstrack.exports.cells import rows_csv


def test_columns_are_the_union_of_keys_in_first_seen_order() -> None:
    rows = list(csv.DictReader(io.StringIO(rows_csv([{"id": "a", "system": "TB2"}, {"id": "b", "quantity": 13}]))))
    assert list(rows[0]) == ["id", "system", "quantity"]
    assert rows[1] == {"id": "b", "system": "", "quantity": "13"}


def test_nested_values_are_json() -> None:
    rows = list(csv.DictReader(io.StringIO(rows_csv([{"value": {"amount": 70000000, "currency": "USD"},
                                                    "parties": ["MAR", "TUR"]}]))))
    assert rows[0] == {"value": '{"amount": 70000000, "currency": "USD"}', "parties": '["MAR", "TUR"]'}


@pytest.mark.parametrize("title", ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)"])
def test_formula_like_text_is_defused(title: str) -> None:
    rows = list(csv.DictReader(io.StringIO(rows_csv([{"title": title}]))))
    assert rows[0]["title"] == "'" + title


def test_numbers_stay_numbers() -> None:
    assert rows_csv([{"quantity": -3}]) == "quantity\n-3\n"

"""Display filters: values as readers expect them, and links only to web pages."""

from __future__ import annotations

from typing import Any

import pytest

from armstrack.web.render import path_part, show, web_link


@pytest.mark.parametrize(("value", "shown"), [
    ({"amount": 70000000, "currency": "USD"}, "$70,000,000"),
    ({"amount": 3750000000, "currency": "EUR"}, "€3,750,000,000"),
    (13, "13"),
    (["training", "cyber"], "training, cyber"),
    (None, "—"),
    ([], "—"),
    ("2021-09", "2021-09"),
])
def test_show_formats_slot_values(value: Any, shown: str) -> None:
    assert show(value) == shown


@pytest.mark.parametrize(("url", "link"), [
    ("https://example.org/a?b=c", "https://example.org/a?b=c"),
    ("http://example.org", "http://example.org"),
    ("javascript:alert(1)", None),
    (" JavaScript:alert(1)", None),
    ("data:text/html,<script>", None),
    ("", None),
    (None, None),
])
def test_web_link_keeps_only_http_urls(url: str | None, link: str | None) -> None:
    assert web_link(url) == link


def test_path_part_quotes_every_separator() -> None:
    assert path_part("org:Polisario Front/x") == "org%3APolisario%20Front%2Fx"

"""URL-derived document ids: stable, short, and the same for trivially different spellings of a URL."""

from __future__ import annotations

import pytest

from armstrack.sources.ids import is_web_url, normalise_url, url_id


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://News.Example.com/a/b/", "https://news.example.com/a/b"),
        ("https://news.example.com:443/a#comments", "https://news.example.com/a"),
        ("http://news.example.com:8080/a?id=3", "http://news.example.com:8080/a?id=3"),
        ("https://news.example.com/", "https://news.example.com"),
    ],
)
def test_normalise_url_drops_what_does_not_change_the_page(url: str, expected: str) -> None:
    assert normalise_url(url) == expected


def test_url_id_is_stable_and_names_the_host() -> None:
    first = url_id("https://www.example.com/2024/06/brahmos")
    assert first == url_id("https://WWW.example.com/2024/06/brahmos/#top")
    assert first.startswith("example.com_")
    assert first != url_id("https://www.example.com/2024/06/brahmos-2")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("https://example.com/a", True),
        ("http://127.0.0.1:8000/feed", True),
        ("ftp://example.com/a", False),
        ("urn:uuid:1234", False),
        ("example.com/a", False),
        ("https://example.com/a b", False),
        ("articles/page.html", False),
    ],
)
def test_is_web_url(name: str, expected: bool) -> None:
    assert is_web_url(name) is expected

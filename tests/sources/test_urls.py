"""Fetching URLs from a real HTTP server on 127.0.0.1: limits, clear errors, and the private-address guard."""

from __future__ import annotations

from pathlib import Path

import pytest

from armstrack.errors import FetchError
from armstrack.settings import Options
from armstrack.sources.ids import url_id
from armstrack.sources.urls import Fetcher, guard_address, is_url_list, read_url_list

from .conftest import Split


def test_html_url_becomes_a_document(server: str, local_options: Options, split: Split) -> None:
    documents, errors = split(Fetcher(local_options).documents(f"{server}/article.html"))
    assert errors == []
    page = documents[0]
    assert page.source == f"{server}/article.html"
    assert page.url == "https://news.example.com/defence/2021/05/egypt-rafale-order"  # the page's canonical URL
    assert page.id == url_id(page.url)
    assert page.outlet == "Nile Defence Journal" and page.published == "2021-05-04"


def test_redirect_is_followed(server: str, local_options: Options, split: Split) -> None:
    documents, errors = split(Fetcher(local_options).documents(f"{server}/redirect"))
    assert errors == [] and documents[0].title == "Egypt adds 30 Rafale fighters to its fleet"


def test_feed_url_yields_its_entries(server: str, local_options: Options, split: Split) -> None:
    documents, _ = split(Fetcher(local_options).documents(f"{server}/feed"))
    assert [document.outlet for document in documents] == ["Baltic Defence Wire"] * 2
    assert all(document.source == f"{server}/feed" for document in documents)


def test_response_without_a_useful_type_is_sniffed(server: str, local_options: Options, split: Split) -> None:
    documents, _ = split(Fetcher(local_options).documents(f"{server}/untyped"))
    assert documents[0].outlet == "Nile Defence Journal"


def test_page_without_header_charset_honours_meta_charset(server: str, local_options: Options, split: Split) -> None:
    documents, _ = split(Fetcher(local_options).documents(f"{server}/arabic.html"))
    assert "تسلمت القوات المسلحة الملكية المغربية" in documents[0].text


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/slow", "timed out after 0.5 s"),
        ("/large", "response is 300,007 bytes, over the fetch_max_bytes limit (100,000)"),
        ("/large-unsized", "response is over the fetch_max_bytes limit (100,000)"),
        ("/logo.png", "not an HTML page or a feed (content-type image/png)"),
        ("/loop", "more than 5 redirects"),
    ],
)
def test_failed_fetch_is_one_error_naming_the_url(
    server: str, local_options: Options, split: Split, path: str, reason: str
) -> None:
    documents, errors = split(Fetcher(local_options).documents(f"{server}{path}"))
    assert documents == []
    assert [(error.source, error.reason) for error in errors] == [(f"{server}{path}", reason)]
    assert isinstance(errors[0], FetchError)


def test_test_server_is_refused_when_private_addresses_are_not_allowed(server: str, split: Split) -> None:
    _, errors = split(Fetcher(Options()).documents(f"{server}/article.html"))
    assert len(errors) == 1
    assert errors[0].reason.startswith("refused: 127.0.0.1 resolves to non-public address 127.0.0.1")


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost/",
        "http://127.0.0.1:8080/admin",
        "http://10.1.2.3/",
        "http://192.168.0.10/",
        "http://172.16.5.4/",
        "http://169.254.169.254/latest/meta-data/",
        "http://0.0.0.0/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[::ffff:10.0.0.1]/",
    ],
)
def test_private_loopback_and_link_local_addresses_are_refused(url: str) -> None:
    with pytest.raises(FetchError, match="refused"):
        guard_address(url, url, Options())


def test_public_address_passes_the_guard() -> None:
    guard_address("http://93.184.216.34/", "http://93.184.216.34/", Options())


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/a", "gopher://example.com/"])
def test_non_http_schemes_are_refused(url: str) -> None:
    with pytest.raises(FetchError, match="not an http"):
        guard_address(url, url, Options(allow_private_addresses=True))


def test_unknown_host_is_a_dns_error() -> None:
    with pytest.raises(FetchError, match="DNS lookup failed for nonexistent.invalid"):
        guard_address("http://nonexistent.invalid/", "http://nonexistent.invalid/", Options())


def test_url_list_fetches_every_line(server: str, local_options: Options, tmp_path: Path, split: Split) -> None:
    path = tmp_path / "pages.urls"
    path.write_text(f"# morning reading\n{server}/article.html\n\nnot a url\n{server}/missing\n", encoding="utf-8")
    documents, errors = split(read_url_list(path, local_options, Fetcher(local_options)))
    assert [document.source for document in documents] == [f"{server}/article.html"]
    assert [error.source for error in errors] == [f"{path}:4", f"{server}/missing"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://example.com/a\nhttp://example.org/b\n", True),
        ("https://example.com/a\n\n  https://example.org/b  \n", True),
        ("https://example.com/a\nThe ministry confirmed the order.\n", False),
        ("# list\nhttps://example.com/a\n", False),
        ("", False),
    ],
)
def test_a_text_is_a_url_list_when_every_non_empty_line_is_a_url(text: str, expected: bool) -> None:
    assert is_url_list(text) is expected

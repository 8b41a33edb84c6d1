"""HTML pages: article text without site furniture, and the page's own metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from armstrack.errors import InputError
from armstrack.model import Document
from armstrack.settings import Options
from armstrack.sources.html import fragment_text, html_document, read_html, with_title
from armstrack.sources.ids import url_id


def _read(path: Path, options: Options) -> Document:
    document = read_html(path, options)
    assert isinstance(document, Document), document
    return document


def test_article_text_drops_navigation_aside_and_footer(resources: Path, options: Options) -> None:
    text = _read(resources / "html" / "rafale-egypt.html", options).text
    assert text.startswith("Egypt adds 30 Rafale fighters to its fleet\n")
    assert "thirty additional Rafale multirole fighters" in text
    assert "first export customer of the jet in 2015" in text
    for furniture in ("Subscribe", "Privacy policy", "All rights reserved", "Navy receives new corvette"):
        assert furniture not in text


def test_metadata_comes_from_the_pages_meta_tags(resources: Path, options: Options) -> None:
    document = _read(resources / "html" / "rafale-egypt.html", options)
    canonical = "https://news.example.com/defence/2021/05/egypt-rafale-order"
    assert document.url == canonical
    assert document.id == url_id(canonical)
    assert document.title == "Egypt adds 30 Rafale fighters to its fleet"
    assert document.outlet == "Nile Defence Journal"
    assert document.published == "2021-05-04"
    assert document.source == str(resources / "html" / "rafale-egypt.html")


def test_page_without_canonical_url_or_date_takes_its_file_stem_and_no_date(resources: Path, options: Options) -> None:
    document = _read(resources / "html" / "schuetzenpanzer.html", options)
    assert document.id == "schuetzenpanzer"
    assert document.url is None
    assert document.published is None
    assert "Impressum" not in document.text and "Radschützenpanzern" in document.text


def test_arabic_windows_1256_page_honours_its_meta_charset(resources: Path, options: Options) -> None:
    document = _read(resources / "html" / "arabic-cp1256.html", options)
    assert document.title == "المغرب يتسلم دفعة جديدة من الطائرات المسيرة"
    assert "تسلمت القوات المسلحة الملكية المغربية" in document.text
    assert document.outlet == "صحيفة الدفاع"
    assert document.published == "2021-09-20"


def test_page_without_article_text_is_an_empty_document_error(resources: Path, options: Options) -> None:
    error = read_html(resources / "html" / "empty-shell.html", options)
    assert isinstance(error, InputError)
    assert error.source == str(resources / "html" / "empty-shell.html")
    assert error.reason.startswith("empty document")


def test_fetched_page_falls_back_on_its_url_for_the_id(options: Options) -> None:
    sentence = b"The corvette was handed over to the navy in Gdynia. "
    page = b"<html><body><article><p>" + sentence * 3 + b"</p></article></body></html>"
    document = html_document(page, "https://example.com/a", options, url="https://example.com/a")
    assert isinstance(document, Document)
    assert document.id == url_id("https://example.com/a") and document.url == "https://example.com/a"


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("Frigates ordered", "Frigates ordered\nThe navy ordered two.", "Frigates ordered\nThe navy ordered two."),
        ("Frigates ordered", "The navy ordered two.", "Frigates ordered\n\nThe navy ordered two."),
        (None, "The navy ordered two.", "The navy ordered two."),
    ],
)
def test_title_heads_the_text_once(title: str | None, body: str, expected: str) -> None:
    assert with_title(title, body) == expected


def test_fragment_text_keeps_paragraphs_apart() -> None:
    text = fragment_text("<p>Latvia plans to buy <b>missiles</b> from Norway.</p><p>Deliveries start in 2026.</p>")
    assert text == "Latvia plans to buy missiles from Norway.\nDeliveries start in 2026."

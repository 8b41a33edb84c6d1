"""Plain-text files: one document per file, legacy encodings decoded, URL lists recognised."""

from __future__ import annotations

from pathlib import Path

from armstrack.settings import Options
from armstrack.sources.text import read_text
from armstrack.sources.urls import Fetcher

from .conftest import Split


def test_text_file_is_one_document_with_its_stem_as_id(resources: Path, options: Options, split: Split) -> None:
    path = resources / "text" / "corpus" / "frigate-greece.txt"
    documents, errors = split(read_text(path, options, Fetcher(options)))
    assert errors == []
    assert documents[0].id == "frigate-greece"
    assert documents[0].text == path.read_text(encoding="utf-8")
    assert documents[0].source == str(path)
    assert documents[0].published is None and documents[0].title is None


def test_windows_1252_french_decoded_line_ends_normalised(resources: Path, options: Options, split: Split) -> None:
    documents, _ = split(read_text(resources / "text" / "blindes-cp1252.txt", options, Fetcher(options)))
    text = documents[0].text
    assert text.startswith("Livraison de véhicules blindés à l'armée sénégalaise\n\nDakar a réceptionné")
    assert "\r" not in text


def test_text_shorter_than_min_text_chars_is_an_empty_document(tmp_path: Path, options: Options, split: Split) -> None:
    path = tmp_path / "stub.txt"
    path.write_text("Breaking:\n\n", encoding="utf-8")
    documents, errors = split(read_text(path, options, Fetcher(options)))
    assert documents == []
    assert errors[0].source == str(path) and errors[0].reason.startswith("empty document")


def test_text_with_a_url_among_prose_is_an_article(tmp_path: Path, options: Options, split: Split) -> None:
    path = tmp_path / "article.txt"
    path.write_text("https://example.com/source\nThe ministry confirmed the order of twelve helicopters.\n")
    documents, _ = split(read_text(path, options, Fetcher(options)))
    assert documents[0].id == "article"

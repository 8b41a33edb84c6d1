"""Documents JSONL: every field read, bad lines reported as path:line, gzip read like plain."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from armstrack.settings import Options
from armstrack.sources.jsonl import read_jsonl

from .conftest import Split


def test_reads_every_field_of_a_document_line(resources: Path, options: Options, split: Split) -> None:
    documents, errors = split(read_jsonl(resources / "jsonl" / "documents.jsonl", options))
    assert errors == []
    first = documents[0]
    assert (first.id, first.published, first.url, first.title, first.outlet, first.language) == (
        "jsonl-en", "2014-10-24", "https://example.com/br-gripen", "Brazil orders Swedish fighters",
        "Southern Skies", "en",
    )
    assert first.text.startswith("Brazil orders Swedish fighters\n\nBrazil has signed")
    assert first.source == str(resources / "jsonl" / "documents.jsonl")
    assert first.hash and len(first.hash) == 64


def test_ids_strings_dates_partial_blank_fields_null(resources: Path, options: Options, split: Split) -> None:
    documents, _ = split(read_jsonl(resources / "jsonl" / "documents.jsonl", options))
    by_id = {document.id: document for document in documents}
    assert by_id["jsonl-es"].published == "2024-12"
    assert by_id["17"].text == "Ok."
    assert by_id["jsonl-datetime"].published == "2022-08-26"
    assert by_id["jsonl-datetime"].outlet is None


def test_text_is_kept_exactly_as_written(tmp_path: Path, options: Options, split: Split) -> None:
    path = tmp_path / "crlf.jsonl"
    path.write_text('{"id": "a", "text": "Line one\\r\\nLine two \\u00e9  "}\n', encoding="utf-8")
    documents, _ = split(read_jsonl(path, options))
    assert documents[0].text == "Line one\r\nLine two é  "


def test_bad_lines_are_reported_by_line_the_rest_read(resources: Path, options: Options, split: Split) -> None:
    path = resources / "jsonl" / "mixed.jsonl"
    documents, errors = split(read_jsonl(path, options))
    assert [document.id for document in documents] == ["mixed-good-1", "mixed-good-2"]
    assert [error.source for error in errors] == [f"{path}:{line}" for line in (2, 3, 4, 5, 7)]
    reasons = [error.reason for error in errors]
    assert reasons[0].startswith("malformed JSON")
    assert reasons[1:] == ["missing 'id'", "missing 'text'", "'text' must be a string, got int",
                           "expected a JSON object, got list"]
    assert documents[1].published is None  # "May 2023" is not a partial ISO date; it is not guessed


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".ndjson.gz"])
def test_gzip_compressed_jsonl_reads_like_plain(
    resources: Path, tmp_path: Path, options: Options, split: Split, suffix: str
) -> None:
    plain = resources / "jsonl" / "documents.jsonl"
    compressed = tmp_path / f"documents{suffix}"
    compressed.write_bytes(gzip.compress(plain.read_bytes()))
    expected = [d.to_dict() | {"source": None} for d in split(read_jsonl(plain, options))[0]]
    assert [d.to_dict() | {"source": None} for d in split(read_jsonl(compressed, options))[0]] == expected


def test_truncated_gzip_yields_the_lines_before_the_break_then_one_error(
    resources: Path, tmp_path: Path, options: Options, split: Split
) -> None:
    lines = (resources / "jsonl" / "documents.jsonl").read_bytes() * 50
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(gzip.compress(lines)[:-100])
    documents, errors = split(read_jsonl(path, options))
    assert 0 < len(documents) < 200
    assert len(errors) == 1 and errors[0].source == str(path) and "truncated or corrupt" in errors[0].reason


def test_line_over_the_size_limit_is_refused_and_the_next_line_read(tmp_path: Path, split: Split) -> None:
    path = tmp_path / "long.jsonl"
    long_line = '{"id": "long", "text": "' + "x" * 5000 + '"}\n'
    path.write_text(long_line + '{"id": "short", "text": "A short article about frigates."}\n', encoding="utf-8")
    documents, errors = split(read_jsonl(path, Options(max_document_bytes=1000)))
    assert [document.id for document in documents] == ["short"]
    assert [(error.source, error.reason) for error in errors] == [
        (f"{path}:1", "line is over the max_document_bytes limit")
    ]


def test_invalid_utf8_line_is_reported_and_the_next_line_read(tmp_path: Path, options: Options, split: Split) -> None:
    path = tmp_path / "latin.jsonl"
    path.write_bytes(b'{"id": "a", "text": "arm\xe9e fran\xe7aise"}\n{"id": "b", "text": "Valid line"}\n')
    documents, errors = split(read_jsonl(path, options))
    assert [document.id for document in documents] == ["b"]
    assert errors[0].source == f"{path}:1" and "UTF-8" in errors[0].reason

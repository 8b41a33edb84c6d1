"""read_inputs: the batch entry point, with language detection, duplicate ids and laziness."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from armstrack.errors import InputError
from armstrack.model import Document
from armstrack.settings import Options
from armstrack.sources import detect_language, read_inputs

from .conftest import Split


def _jsonl(path: Path, rows: list[dict[str, str]]) -> str:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return str(path)


def test_mixed_batch_reads_every_kind_and_goes_on_past_errors(resources: Path, options: Options, split: Split) -> None:
    inputs = [
        str(resources / "jsonl" / "mixed.jsonl"),
        str(resources / "missing.jsonl"),
        str(resources / "html" / "rafale-egypt.html"),
        str(resources / "feeds" / "atom.atom"),
        str(resources / "warc" / "news.warc.gz"),
        str(resources / "text" / "corpus"),
    ]
    documents, errors = split(read_inputs(inputs, options))
    assert len(documents) == 2 + 1 + 2 + 2 + 3
    assert str(resources / "missing.jsonl") in [error.source for error in errors]
    assert all(document.language for document in documents)


def test_detected_language_replaces_a_wrong_hint(tmp_path: Path, options: Options, split: Split) -> None:
    path = _jsonl(tmp_path / "hints.jsonl", [
        {"id": "es", "text": "El ejército recibió los primeros vehículos blindados fabricados en Estados Unidos.",
         "language": "fr"},
        {"id": "short", "text": "Ok.", "language": "nl"},
        {"id": "unknown-hint", "text": "Ok.", "language": "xx"},
    ])
    documents, _ = split(read_inputs([path], options))
    assert [(document.id, document.language) for document in documents] == [
        ("es", "es"), ("short", "nl"), ("unknown-hint", None),
    ]


def test_duplicate_id_is_reported_and_the_first_document_kept(tmp_path: Path, options: Options, split: Split) -> None:
    first = _jsonl(tmp_path / "a.jsonl", [{"id": "deal-1", "text": "Peru orders two Korean frigates for its navy."}])
    second = _jsonl(tmp_path / "b.jsonl", [{"id": "deal-1", "text": "Chile buys British frigates for its navy."}])
    documents, errors = split(read_inputs([first, second], options))
    assert [document.text for document in documents] == ["Peru orders two Korean frigates for its navy."]
    assert [(error.source, error.reason) for error in errors] == [
        (second, f"duplicate id 'deal-1' (first read from {first})")
    ]


def test_documents_come_out_before_later_inputs_are_read(resources: Path, options: Options) -> None:
    asked: list[str] = []

    def inputs() -> Iterator[str]:
        for name in ("rafale-egypt.html", "schuetzenpanzer.html"):
            asked.append(name)
            yield str(resources / "html" / name)

    items = read_inputs(inputs(), options)
    first = next(items)
    assert isinstance(first, Document) and asked == ["rafale-egypt.html"]


def test_bad_input_never_raises(tmp_path: Path, options: Options) -> None:
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 10)
    items = list(read_inputs([str(tmp_path / "binary.txt"), str(tmp_path), "https://", ""], options))
    assert all(isinstance(item, InputError) for item in items)


def test_detect_language_is_exported() -> None:
    assert detect_language("Het leger heeft de eerste tanks in ontvangst genomen.") == "nl"

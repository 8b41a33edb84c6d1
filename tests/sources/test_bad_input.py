"""Bad input: each gets one clear error naming the input and the reason, and the batch goes on."""

from __future__ import annotations

import gzip
import io
import json
import random
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from armstrack.settings import Options
from armstrack.sources import read_inputs

from .conftest import RESOURCES, Split

# Builds the bad input in a folder (or names a URL on the test server); returns (input, the source the error names).
MakeInput = Callable[[Path, str], tuple[str, str]]


def _file(name: str, content: bytes) -> MakeInput:
    def make(folder: Path, server: str) -> tuple[str, str]:
        path = folder / name
        path.write_bytes(content)
        return str(path), str(path)

    return make


def _jsonl_line(line: str) -> MakeInput:
    def make(folder: Path, server: str) -> tuple[str, str]:
        path = folder / "bad.jsonl"
        path.write_text(line + "\n", encoding="utf-8")
        return str(path), f"{path}:1"

    return make


def _sparse(name: str, size: int) -> MakeInput:
    def make(folder: Path, server: str) -> tuple[str, str]:
        path = folder / name
        with path.open("wb") as stream:
            stream.truncate(size)  # sparse: quick to make, no disk used
        return str(path), str(path)

    return make


def _url(path: str) -> MakeInput:
    def make(folder: Path, server: str) -> tuple[str, str]:
        return f"{server}{path}", f"{server}{path}"

    return make


def _missing(folder: Path, server: str) -> tuple[str, str]:
    return str(folder / "nowhere.jsonl"), str(folder / "nowhere.jsonl")


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", "Morocco orders drones. " * 20)
    return buffer.getvalue()


def _duplicate(folder: Path, server: str) -> tuple[str, str]:
    path = folder / "twice.jsonl"
    row = {"id": "same", "text": "Kenya receives armoured vehicles from the United States."}
    path.write_text(json.dumps(row) + "\n" + json.dumps(row | {"text": "Another text."}) + "\n", encoding="utf-8")
    return str(path), str(path)


CASES: dict[str, tuple[MakeInput, str]] = {
    "missing path": (_missing, "no such file, folder or URL"),
    "empty txt": (_file("empty.txt", b""), "empty file"),
    "empty jsonl": (_file("empty.jsonl", b""), "empty file"),
    "empty html": (_file("empty.html", b""), "empty file"),
    "png renamed txt": (_file("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)), "binary content"),
    "zip renamed txt": (_file("archive.txt", _zip()), "binary content"),
    "50 MB txt": (_sparse("huge.txt", 50_000_000), "over the 20,000,000-byte limit"),
    "50 MB html": (_sparse("huge.html", 50_000_000), "over the 20,000,000-byte limit"),
    "undecodable bytes": (
        _file("noise.txt", random.Random(3).randbytes(3000).replace(b"\x00", b"\x01")), "undecodable content"
    ),
    "malformed json line": (_jsonl_line('{"id": "a", "text": '), "malformed JSON"),
    "line without id": (_jsonl_line('{"text": "A frigate was launched in Lorient."}'), "missing 'id'"),
    "line without text": (_jsonl_line('{"id": "a"}'), "missing 'text'"),
    "text not a string": (_jsonl_line('{"id": "a", "text": ["A", "list"]}'), "'text' must be a string"),
    "duplicate id": (_duplicate, "duplicate id 'same'"),
    "truncated feed": (_file("cut.rss", (RESOURCES / "feeds" / "truncated.rss").read_bytes()), "malformed feed"),
    "truncated warc": (
        _file("cut.warc.gz", (RESOURCES / "warc" / "news.warc.gz").read_bytes()[:-40]), "truncated WARC"
    ),
    "not a warc": (_file("notes.warc", b"Notes on the crawl, not an archive.\n"), "not a WARC file"),
    "truncated jsonl.gz": (
        _file("cut.jsonl.gz", gzip.compress((RESOURCES / "jsonl" / "documents.jsonl").read_bytes())[:-30]),
        "truncated or corrupt",
    ),
    "html without text": (
        _file("shell.html", (RESOURCES / "html" / "empty-shell.html").read_bytes()), "empty document"
    ),
    "url times out": (_url("/slow"), "timed out"),
    "url not found": (_url("/missing"), "HTTP 404"),
    "url too large": (_url("/large"), "fetch_max_bytes"),
    "url not html": (_url("/logo.png"), "not an HTML page or a feed"),
}


@pytest.mark.parametrize(("make", "reason"), list(CASES.values()), ids=list(CASES))
def test_bad_input_is_one_error_naming_it_and_the_batch_goes_on(
    make: MakeInput, reason: str, tmp_path: Path, server: str, local_options: Options, split: Split
) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text('{"id": "good", "text": "Ghana takes delivery of two patrol boats."}\n', encoding="utf-8")
    bad, source = make(tmp_path, server)
    documents, errors = split(read_inputs([bad, str(good)], local_options.replace(max_document_bytes=20_000_000)))
    assert len(errors) == 1, errors
    assert errors[0].source.startswith(source)  # a WARC record is named path#record-N
    assert reason in errors[0].reason
    assert str(errors[0]) == f"{errors[0].source}: {errors[0].reason}"
    assert "good" in [document.id for document in documents]


def test_oversized_file_is_refused_without_reading_it(tmp_path: Path, options: Options, split: Split) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(50_000_000)
    tracemalloc.start()
    _, errors = split(read_inputs([str(path)], options))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert len(errors) == 1
    assert peak < 1_000_000

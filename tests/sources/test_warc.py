"""WARC archives: a document per HTML response, other records skipped, truncation reported once."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from armstrack.settings import Options
from armstrack.sources.ids import url_id
from armstrack.sources.warc import read_warc

from .conftest import Split

BRAHMOS = "https://www.example.com/2024/06/philippines-brahmos"
LEOPARD = "https://www.example.es/defensa/2024/05/leopard-ucrania"


@pytest.fixture
def archive(resources: Path) -> Path:
    """The committed CC-NEWS-like archive (see make_warc.py)."""
    return resources / "warc" / "news.warc.gz"


def test_html_responses_become_documents(archive: Path, options: Options, split: Split) -> None:
    documents, _ = split(read_warc(archive, options))
    assert [document.url for document in documents] == [BRAHMOS, LEOPARD]
    brahmos = documents[0]
    assert brahmos.id == url_id(BRAHMOS)
    assert brahmos.source == str(archive)
    assert brahmos.outlet == "Manila Defence Post"
    assert brahmos.title == "Philippines receives first BrahMos batteries"
    assert "375 million dollar contract" in brahmos.text and "Terms of use" not in brahmos.text


def test_publication_date_is_the_pages_not_the_capture_date(archive: Path, options: Options, split: Split) -> None:
    documents, _ = split(read_warc(archive, options))
    assert [document.published for document in documents] == ["2024-04-19", "2024-05-02"]


def test_images_redirects_skipped_and_empty_pages_reported(archive: Path, options: Options, split: Split) -> None:
    _, errors = split(read_warc(archive, options))
    assert [(error.source, error.reason.split(":")[0]) for error in errors] == [
        ("https://www.example.com/empty", "empty document")
    ]


def test_uncompressed_archive_reads_the_same(archive: Path, tmp_path: Path, options: Options, split: Split) -> None:
    plain = tmp_path / "news.warc"
    plain.write_bytes(gzip.decompress(archive.read_bytes()))
    expected = [document.to_dict() | {"source": str(plain)} for document in split(read_warc(archive, options))[0]]
    assert [document.to_dict() for document in split(read_warc(plain, options))[0]] == expected


def _page_offsets(plain: bytes) -> list[int]:
    """Where each record starts in an uncompressed archive."""
    offsets, start = [], 0
    while (found := plain.find(b"WARC/1.", start)) >= 0:
        offsets.append(found)
        start = found + 1
    return offsets


@pytest.mark.parametrize(
    ("cut", "pages_before"),
    [
        (lambda offsets, size: offsets[4] + 400, 1),  # inside the second page's response body
        (lambda offsets, size: offsets[4] + 30, 1),  # inside the second page's WARC headers
        (lambda offsets, size: size - 10, 2),  # inside the last record
    ],
    ids=["body", "headers", "last-record"],
)
def test_truncated_archive_yields_pages_before_the_break_then_one_error(
    archive: Path, tmp_path: Path, options: Options, split: Split, cut: object, pages_before: int
) -> None:
    plain = gzip.decompress(archive.read_bytes())
    path = tmp_path / "cut.warc"
    path.write_bytes(plain[: cut(_page_offsets(plain), len(plain))])  # type: ignore[operator]
    documents, errors = split(read_warc(path, options))
    assert len(documents) == pages_before
    assert len(errors) == 1 and errors[0].reason.startswith("truncated")


def test_truncated_gzip_archive_yields_pages_before_the_break_then_one_error(
    archive: Path, tmp_path: Path, options: Options, split: Split
) -> None:
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(archive.read_bytes()[:-40])
    documents, errors = split(read_warc(path, options))
    assert len(documents) == 2
    assert len(errors) == 1 and errors[0].reason.startswith("truncated")


def test_file_that_is_not_a_warc_is_reported(tmp_path: Path, options: Options, split: Split) -> None:
    path = tmp_path / "notes.warc"
    path.write_text("These are notes, not an archive.\n", encoding="utf-8")
    documents, errors = split(read_warc(path, options))
    assert documents == []
    assert [(error.source, error.reason.split(":")[0]) for error in errors] == [(str(path), "not a WARC file")]


def test_record_over_the_size_limit_is_refused_and_the_rest_read(archive: Path, split: Split) -> None:
    documents, errors = split(read_warc(archive, Options(max_document_bytes=500)))
    assert documents == []
    assert {error.source for error in errors} >= {BRAHMOS, LEOPARD}
    assert all("max_document_bytes" in error.reason for error in errors if error.source in (BRAHMOS, LEOPARD))

"""Which reader a file needs: its suffix, else its first bytes."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from armstrack.sources.sniff import kind_by_content, kind_by_suffix


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("news.jsonl", "jsonl"),
        ("news.ndjson", "jsonl"),
        ("news.JSONL.GZ", "jsonl"),
        ("cc-news.warc.gz", "warc"),
        ("crawl.warc", "warc"),
        ("page.htm", "html"),
        ("feed.rss", "feed"),
        ("feed.atom", "feed"),
        ("sitemap.xml", "feed"),
        ("reading.urls", "urls"),
        ("2024.05.03.article.txt", "text"),
        ("article", None),
        ("archive.tar.gz", None),
        ("photo.png", None),
    ],
)
def test_kind_by_suffix(name: str, expected: str | None) -> None:
    assert kind_by_suffix(Path(name)) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"),
        (gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n"), "warc"),
        (b'\xef\xbb\xbf{"id": "a", "text": "b"}\n', "jsonl"),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed"),
        (b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b"  <!DOCTYPE html>\n<html><head><title>x</title>", "html"),
        (b"<html lang='fr'><body><p>Le Maroc</p>", "html"),
        (b"Morocco orders drones.\nThe deal was signed in Rabat.", "text"),
    ],
)
def test_kind_by_content(head: bytes, expected: str) -> None:
    assert kind_by_content(head) == expected

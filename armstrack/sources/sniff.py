"""What kind of input a file holds, by suffix first and by its first bytes when the suffix says nothing."""

from __future__ import annotations

import zlib
from pathlib import Path

SUFFIXES: dict[str, str] = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonl.gz": "jsonl", ".ndjson.gz": "jsonl",
    ".txt": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".warc": "warc", ".warc.gz": "warc",
    ".urls": "urls",
}
GZIP_MAGIC = b"\x1f\x8b"
HEAD_BYTES = 4096
FEED_MARKS = (b"<rss", b"<feed", b"<rdf:rdf")
HTML_MARKS = (b"<!doctype html", b"<html")


def kind_by_suffix(path: Path) -> str | None:
    """The reader a file's suffix (``.jsonl.gz`` counts as one) calls for, or None."""
    suffixes = [s.lower() for s in path.suffixes]
    for count in (2, 1):
        kind = SUFFIXES.get("".join(suffixes[-count:])) if len(suffixes) >= count else None
        if kind:
            return kind
    return None


def kind_by_content(head: bytes) -> str:
    """The reader the first bytes of a file or response call for; plain text when nothing else fits."""
    if head.startswith(GZIP_MAGIC):
        head = _gunzip_head(head)
    if head.startswith(b"WARC/"):
        return "warc"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"{"):
        return "jsonl"
    if any(mark in start for mark in FEED_MARKS) and not start.startswith(HTML_MARKS):
        return "feed"
    if start.startswith(HTML_MARKS) or start.startswith(b"<head") or start.startswith(b"<body"):
        return "html"
    return "text"


def read_head(path: Path) -> bytes:
    """The first bytes of PATH."""
    with path.open("rb") as stream:
        return stream.read(HEAD_BYTES)


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(wbits=31).decompress(head, HEAD_BYTES)
    except zlib.error:
        return b""

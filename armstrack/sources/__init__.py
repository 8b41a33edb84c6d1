"""Readers: every supported input (JSONL, text folders, HTML, feeds, WARC, URL lists) becomes Documents.

``read_inputs`` is the one entry point; it dispatches each input to its reader, detects every
document's language, and reports a second document with an id already read as an error.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from armstrack.errors import InputError
from armstrack.model import Document
from armstrack.settings import Options
from armstrack.sources.dispatch import read_input
from armstrack.sources.language import detect_language
from armstrack.sources.urls import Fetcher

__all__ = ["detect_language", "read_inputs"]


def read_inputs(inputs: Iterable[str], options: Options) -> Iterator[Document | InputError]:
    """Every document in INPUTS (paths and URLs), lazily, or an InputError naming the input that could not be read."""
    first_source: dict[str, str] = {}
    fetcher = Fetcher(options)
    try:
        for name in inputs:
            for item in read_input(name, options, fetcher):
                if isinstance(item, InputError):
                    yield item
                elif item.id in first_source:
                    first = first_source[item.id]
                    yield InputError(_where(item), f"duplicate id {item.id!r} (first read from {first})")
                else:
                    first_source[item.id] = _where(item)
                    yield _with_language(item, options)
    finally:
        fetcher.close()


def _with_language(document: Document, options: Options) -> Document:
    """DOCUMENT with its detected language; a source's own hint is kept only when detection is unsure."""
    detected = detect_language(document.text, options)
    if detected is not None or document.language not in options.supported:
        document.language = detected
    return document


def _where(document: Document) -> str:
    return document.source or document.url or document.id

"""Which reader reads an input: URLs are fetched, folders walked, files dispatched on suffix or content."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from armstrack.errors import InputError
from armstrack.model import Document
from armstrack.settings import Options
from armstrack.sources.feeds import read_feed_file
from armstrack.sources.html import read_html
from armstrack.sources.ids import is_web_url
from armstrack.sources.jsonl import read_jsonl
from armstrack.sources.sniff import kind_by_content, kind_by_suffix, read_head
from armstrack.sources.text import read_text
from armstrack.sources.urls import Fetcher, read_url_list
from armstrack.sources.warc import read_warc


def read_input(name: str, options: Options, fetcher: Fetcher) -> Iterator[Document | InputError]:
    """The documents of one input: a URL, a folder, or a file of any supported kind."""
    if not name.strip():
        yield InputError(repr(name), "empty input name")
        return
    if is_web_url(name):
        yield from fetcher.documents(name.strip())
        return
    path = Path(name)
    if path.is_dir():
        yield from _read_folder(path, options, fetcher)
    elif path.exists():
        yield from read_file(path, options, fetcher)
    else:
        yield InputError(name, "no such file, folder or URL")


def read_file(path: Path, options: Options, fetcher: Fetcher) -> Iterator[Document | InputError]:
    """The documents of one file, read by the reader its suffix or, failing that, its first bytes call for."""
    try:
        kind = kind_by_suffix(path) or kind_by_content(read_head(path))
    except OSError as err:
        yield InputError(str(path), err.strerror or str(err))
        return
    if kind == "jsonl":
        yield from read_jsonl(path, options)
    elif kind == "html":
        yield read_html(path, options)
    elif kind == "feed":
        yield from read_feed_file(path, options, fetcher.page if options.fetch_feed_links else None)
    elif kind == "warc":
        yield from read_warc(path, options)
    elif kind == "urls":
        yield from read_url_list(path, options, fetcher)
    else:
        yield from read_text(path, options, fetcher)


def _read_folder(folder: Path, options: Options, fetcher: Fetcher) -> Iterator[Document | InputError]:
    """Every supported file under FOLDER, recursively, in name order; hidden and unknown files are skipped."""
    files = sorted(path for path in folder.rglob("*") if _readable(path, folder))
    if not files:
        yield InputError(str(folder), "no supported files in the folder")
    for path in files:
        yield from read_file(path, options, fetcher)


def _readable(path: Path, folder: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
    return not hidden and path.is_file() and kind_by_suffix(path) is not None

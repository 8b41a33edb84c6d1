"""Plain-text files: one article per file (id = file stem), or a list of URLs to fetch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from armstrack.errors import InputError
from armstrack.model import Document
from armstrack.settings import Options
from armstrack.sources.decode import read_text_file
from armstrack.sources.urls import Fetcher, is_url_list, read_url_list


def read_text(path: Path, options: Options, fetcher: Fetcher) -> Iterator[Document | InputError]:
    """A text file is one article, unless every non-empty line is an http(s) URL: then it lists pages to fetch."""
    try:
        text = read_text_file(path, options)
    except InputError as err:
        yield err
        return
    if is_url_list(text):
        yield from read_url_list(path, options, fetcher)
    else:
        yield text_document(path.stem, text, str(path), options)


def text_document(doc_id: str, text: str, source: str, options: Options) -> Document | InputError:
    """A document of TEXT, refused when it holds fewer than options.min_text_chars characters."""
    if len(text.strip()) < options.min_text_chars:
        return InputError(source, f"empty document: fewer than {options.min_text_chars} characters of text")
    return Document(id=doc_id, text=text, source=source)

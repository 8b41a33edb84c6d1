"""Plain-text articles: one .txt file is one document, its id the file stem."""

from __future__ import annotations

from pathlib import Path

from armstrack.errors import InputError
from armstrack.model import Document
from armstrack.settings import Options
from armstrack.sources.decode import decode_text, read_bounded


def read_text(path: Path, options: Options) -> Document | InputError:
    """The document in a text file, or an InputError saying why it cannot be one."""
    source = str(path)
    try:
        text = decode_text(read_bounded(path, options.max_document_bytes), source)
    except InputError as err:
        return err
    return text_document(path.stem, text, source, options)


def text_document(doc_id: str, text: str, source: str, options: Options) -> Document | InputError:
    """A document of TEXT, refused when it holds fewer than options.min_text_chars characters."""
    if len(text.strip()) < options.min_text_chars:
        return InputError(source, f"empty document: fewer than {options.min_text_chars} characters of text")
    return Document(id=doc_id, text=text, source=source)

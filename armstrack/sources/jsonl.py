"""Documents JSONL (FORMAT.md), plain or gzip-compressed, read one line at a time."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from io import BufferedIOBase
from pathlib import Path
from typing import Any

from armstrack.errors import InputError
from armstrack.model import Document
from armstrack.settings import Options
from armstrack.sources.dates import partial_date

GZIP_MAGIC = b"\x1f\x8b"


def read_jsonl(path: Path, options: Options) -> Iterator[Document | InputError]:
    """Every document in a JSONL file; a bad line yields an InputError naming ``path:line``."""
    source = str(path)
    try:
        with path.open("rb") as raw:
            compressed = raw.read(2) == GZIP_MAGIC
            raw.seek(0)
            stream: BufferedIOBase = gzip.GzipFile(fileobj=raw) if compressed else raw
            yield from _documents(stream, source, options)
    except OSError as err:
        yield InputError(source, err.strerror or str(err))


def _documents(stream: BufferedIOBase, source: str, options: Options) -> Iterator[Document | InputError]:
    found = False
    try:
        for number, line in _lines(stream, options.max_document_bytes):
            found = True
            yield _document(line, f"{source}:{number}", source)
    except (EOFError, OSError, zlib.error) as err:
        yield InputError(source, f"truncated or corrupt file: {err}")
        return
    if not found:
        yield InputError(source, "empty file")


def _lines(stream: BufferedIOBase, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Non-blank lines with their numbers; None stands for a line over LIMIT bytes, skipped unread."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        elif line.strip():
            yield number, line


def _document(line: bytes | None, where: str, source: str) -> Document | InputError:
    if line is None:
        return InputError(where, "line is over the max_document_bytes limit")
    try:
        row = json.loads(line.removeprefix(b"\xef\xbb\xbf"))
    except UnicodeDecodeError:
        return InputError(where, "invalid UTF-8 (JSON Lines must be UTF-8)")
    except ValueError as err:
        return InputError(where, f"malformed JSON: {err}")
    problem = _problem(row)
    if problem:
        return InputError(where, problem)
    return Document(
        id=str(row["id"]),
        text=row["text"],
        published=partial_date(row.get("published")),
        url=_string(row.get("url")),
        title=_string(row.get("title")),
        outlet=_string(row.get("outlet")),
        language=_string(row.get("language")),
        source=source,
    )


def _problem(row: Any) -> str | None:
    if not isinstance(row, dict):
        return f"expected a JSON object, got {type(row).__name__}"
    missing = [name for name in ("id", "text") if name not in row]
    if missing:
        return f"missing {' and '.join(repr(name) for name in missing)}"
    if not isinstance(row["id"], str | int) or isinstance(row["id"], bool) or str(row["id"]).strip() == "":
        return f"'id' must be a non-empty string, got {row['id']!r}"
    if not isinstance(row["text"], str):
        return f"'text' must be a string, got {type(row['text']).__name__}"
    if not row["text"].strip():
        return "empty text"
    return None


def _string(value: Any) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None

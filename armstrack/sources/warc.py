"""WARC archives (such as CommonCrawl's CC-NEWS), streamed record by record with FastWARC."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from armstrack.errors import InputError
from armstrack.model import Document
from armstrack.settings import Options
from armstrack.sources.html import html_document
from armstrack.sources.ids import url_id

HTML_TYPES = ("text/html", "application/xhtml+xml")
# Headers every WARC record carries; a record without them is the torn end of a truncated file.
REQUIRED_HEADERS = ("WARC-Record-ID", "Content-Length")


class Truncated(InputError):
    """The archive breaks off inside this record; nothing after it can be read."""


def read_warc(path: Path, options: Options) -> Iterator[Document | InputError]:
    """A document per HTML response record; a truncated archive yields the records before the break, then an error."""
    source = str(path)
    try:
        stream = path.open("rb")
    except OSError as err:
        yield InputError(source, err.strerror or str(err))
        return
    with stream:
        number = 0
        try:
            # HTTP headers are parsed for response records only; other records are skipped unparsed.
            for number, record in enumerate(ArchiveIterator(stream, parse_http=False), 1):
                item = _record(record, f"{source}#record-{number}", source, options)
                if item is not None:
                    yield item
                if isinstance(item, Truncated):
                    return
        except (OSError, ValueError) as err:
            if number == 0:
                yield InputError(source, f"not a WARC file: {err}")
            else:
                yield Truncated(f"{source}#record-{number + 1}", f"truncated or corrupt WARC: {err}")
            return
    if number == 0:
        yield InputError(source, "no WARC records: empty, truncated or not a WARC file")


def _record(record: WarcRecord, where: str, source: str, options: Options) -> Document | InputError | None:
    """The record's page, an error, or None for records that hold no HTML page."""
    if any(name not in record.headers for name in REQUIRED_HEADERS):
        if where.endswith("#record-1"):
            return Truncated(source, "not a WARC file: it does not start with a WARC record")
        return Truncated(where, "truncated WARC: the record's headers break off")
    url = record.headers.get("WARC-Target-URI")
    name = url or where
    block_length = record.content_length
    if record.record_type != WarcRecordType.response:
        read = record.consume()
        return Truncated(where, _short(read, block_length)) if read < block_length else None
    if block_length > options.max_document_bytes:
        record.consume()
        return InputError(name, f"record is {block_length:,} bytes, over the max_document_bytes limit")
    return _response(record, where, url, source, options)


def _response(
    record: WarcRecord, where: str, url: str | None, source: str, options: Options
) -> Document | InputError | None:
    """A response record's page; a broken record is named by its place in the archive, a bad page by its URL."""
    block_length = record.content_length
    try:
        record.parse_http()
    except OSError as err:
        return Truncated(where, f"truncated or corrupt WARC: unreadable HTTP headers: {err}")
    # Once HTTP headers are parsed, content_length counts the payload alone.
    expected = record.content_length if record.http_headers is not None else block_length
    body = record.reader.read()
    if len(body) < expected:
        return Truncated(where, _short(len(body), expected))
    headers = record.http_headers
    if headers is None or headers.status_code != 200:
        return None
    if not (record.http_content_type or "").lower().startswith(HTML_TYPES):
        return None
    document = html_document(body, url or where, options, url=url, charset=record.http_charset)
    if isinstance(document, Document):
        # The archive is the source; the id follows the captured URI so re-reading the archive gives the same ids.
        document.source = source
        document.id = url_id(url) if url else document.id
    return document


def _short(read: int, expected: int) -> str:
    return f"truncated WARC: the record ends after {read:,} of {expected:,} bytes"

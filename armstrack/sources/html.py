"""HTML pages: main text and metadata (title, date, site name, canonical URL) via trafilatura."""

from __future__ import annotations

import logging
from pathlib import Path

import trafilatura
from trafilatura.settings import Document as Extraction

from armstrack.errors import InputError
from armstrack.model import Document
from armstrack.settings import Options
from armstrack.sources.dates import partial_date
from armstrack.sources.decode import decode_text, read_bounded
from armstrack.sources.ids import url_id

# trafilatura logs every page it cannot parse at ERROR level; armstrack reports those pages itself,
# once, as InputErrors. A level set by the application is left alone.
for _name in ("trafilatura", "htmldate"):
    if logging.getLogger(_name).level == logging.NOTSET:
        logging.getLogger(_name).setLevel(logging.CRITICAL)

# Only dates the page states in its markup or URL: htmldate's extensive search guesses from free text.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html(path: Path, options: Options) -> Document | InputError:
    """The article in an HTML file; its id comes from the canonical URL, else the file stem."""
    source = str(path)
    try:
        content = read_bounded(path, options.max_document_bytes)
    except InputError as err:
        return err
    return html_document(content, source, options, fallback_id=path.stem)


def html_document(
    content: bytes,
    source: str,
    options: Options,
    *,
    url: str | None = None,
    charset: str | None = None,
    fallback_id: str | None = None,
) -> Document | InputError:
    """The article in the HTML bytes CONTENT read from SOURCE (a file, a fetched URL or a WARC record)."""
    try:
        markup = decode_text(content, source, options.legacy_encodings, declared=charset)
    except InputError as err:
        return err
    page = trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, include_comments=False, date_extraction_params=DATE_PARAMS
    )
    body = (page.text or "").strip() if isinstance(page, Extraction) else ""
    if not isinstance(page, Extraction) or len(body) < options.min_text_chars:
        return InputError(source, "empty document: no article text could be extracted from the HTML")
    canonical = page.url or url
    doc_id = url_id(canonical) if canonical else fallback_id or url_id(source)
    title = _clean(page.title)
    return Document(
        id=doc_id,
        text=with_title(title, body),
        published=partial_date(page.date),
        url=canonical,
        title=title,
        outlet=_clean(page.sitename),
        source=source,
    )


def with_title(title: str | None, body: str) -> str:
    """BODY headed by TITLE, unless the body already opens with it; headlines often state the deal."""
    if not title or body.startswith(title):
        return body
    return f"{title}\n\n{body}"


def fragment_text(markup: str) -> str:
    """The readable text of an HTML fragment such as a feed entry's content, paragraphs on their own lines."""
    extracted = trafilatura.extract(markup, include_comments=False, favor_recall=True)
    if extracted:
        return extracted.strip()
    return trafilatura.html2txt(f"<html><body>{markup}</body></html>").strip()


def _clean(value: str | None) -> str | None:
    return (value.strip() or None) if value else None

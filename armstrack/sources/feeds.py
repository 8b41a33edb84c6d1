"""RSS and Atom feeds (feedparser): each entry becomes a document."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import feedparser

from armstrack.errors import InputError
from armstrack.model import Document
from armstrack.settings import Options
from armstrack.sources.dates import feed_date
from armstrack.sources.decode import read_bounded
from armstrack.sources.html import fragment_text, with_title
from armstrack.sources.ids import is_web_url, url_id

# feedparser flags these as "bozo" although every entry is read correctly.
BENIGN_BOZO = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)

# Fetches an entry's page: a document, or the error that stopped it. Given only when fetch_feed_links is on.
PageFetcher = Callable[[str], "Document | InputError"]


def read_feed_file(
    path: Path, options: Options, fetch_page: PageFetcher | None = None
) -> Iterator[Document | InputError]:
    """Every entry of a feed file."""
    try:
        content = read_bounded(path, options.max_document_bytes)
    except InputError as err:
        yield err
        return
    yield from feed_documents(content, str(path), options, fetch_page)


def feed_documents(
    content: bytes, source: str, options: Options, fetch_page: PageFetcher | None = None
) -> Iterator[Document | InputError]:
    """Every entry of the feed CONTENT read from SOURCE; a malformed feed adds one error after its entries."""
    feed = feedparser.parse(content, sanitize_html=True, resolve_relative_uris=True)
    outlet = _clean(feed.feed.get("title"))
    for number, entry in enumerate(feed.entries, 1):
        yield from _entry_documents(entry, f"{source}#entry-{number}", source, outlet, options, fetch_page)
    problem = feed.get("bozo_exception") if feed.get("bozo") else None
    if problem is not None and not isinstance(problem, BENIGN_BOZO):
        after = f" after {len(feed.entries)} entries" if feed.entries else ""
        yield InputError(source, f"malformed feed{after}: {problem}")
    elif not feed.entries and not feed.feed:
        yield InputError(source, "not an RSS or Atom feed")


def _entry_documents(
    entry: Any, where: str, source: str, outlet: str | None, options: Options, fetch_page: PageFetcher | None
) -> Iterator[Document | InputError]:
    link = _link(entry)
    full_content = entry.get("content")
    if fetch_page is not None and link and not full_content:
        page = fetch_page(link)
        if isinstance(page, Document):
            page.outlet = page.outlet or outlet
            page.published = page.published or _published(entry)
            yield page
            return
        yield page  # the fetch failed: say so, then fall back on the summary
    yield _summary_document(entry, where, source, outlet, options)


def _summary_document(
    entry: Any, where: str, source: str, outlet: str | None, options: Options
) -> Document | InputError:
    markup = entry["content"][0].get("value", "") if entry.get("content") else entry.get("summary", "")
    body = fragment_text(markup) if markup else ""
    title = _clean(entry.get("title"))
    text = with_title(title, body) if body else title or ""
    if len(text.strip()) < options.min_text_chars:
        return InputError(where, "empty document: the entry has no text")
    link = _link(entry)
    return Document(
        id=url_id(link) if link else _clean(entry.get("id")) or where,
        text=text,
        published=_published(entry),
        url=link,
        title=title,
        outlet=outlet,
        source=source,
    )


def _published(entry: Any) -> str | None:
    for raw, parsed in (("published", "published_parsed"), ("updated", "updated_parsed")):
        value = feed_date(entry.get(raw), entry.get(parsed))
        if value is not None:
            return value
    return None


def _link(entry: Any) -> str | None:
    """The entry's web page; feedparser falls back on the entry id, which may be a URN."""
    link = _clean(entry.get("link"))
    return link if link and is_web_url(link) else None


def _clean(value: Any) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None

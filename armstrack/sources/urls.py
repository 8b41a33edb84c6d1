"""URLs and URL lists, fetched with httpx: bounded in time and size, and refused for private addresses."""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

from armstrack.errors import FetchError, InputError
from armstrack.model import Document
from armstrack.settings import Options
from armstrack.sources.decode import read_text_file
from armstrack.sources.feeds import feed_documents
from armstrack.sources.html import html_document
from armstrack.sources.ids import is_web_url
from armstrack.sources.sniff import kind_by_content

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")
# Servers that do not say what they send: the body decides.
UNSTATED_TYPES = ("", "application/octet-stream", "text/plain")


@dataclass(frozen=True)
class Fetched:
    """A response body that passed every limit."""

    url: str
    content_type: str
    charset: str | None
    body: bytes


class Fetcher:
    """One HTTP client for a batch of URLs, applying options' timeout, size limit and address guard."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self._client: httpx.Client | None = None

    def close(self) -> None:
        """Release the HTTP connections."""
        if self._client is not None:
            self._client.close()

    def documents(self, url: str) -> Iterator[Document | InputError]:
        """The documents at URL: one for an HTML page, one per entry for a feed."""
        try:
            fetched = self.fetch(url)
        except FetchError as err:
            yield err
            return
        kind = _kind(fetched)
        if kind == "html":
            yield html_document(fetched.body, url, self.options, url=fetched.url, charset=fetched.charset)
        elif kind == "feed":
            links = self.page if self.options.fetch_feed_links else None
            yield from feed_documents(fetched.body, url, self.options, links)
        else:
            yield FetchError(url, f"not an HTML page or a feed (content-type {fetched.content_type or 'missing'})")

    def page(self, url: str) -> Document | InputError:
        """The HTML page at URL as one document."""
        try:
            fetched = self.fetch(url)
        except FetchError as err:
            return err
        if _kind(fetched) != "html":
            return FetchError(url, f"not an HTML page (content-type {fetched.content_type or 'missing'})")
        return html_document(fetched.body, url, self.options, url=fetched.url, charset=fetched.charset)

    def fetch(self, url: str) -> Fetched:
        """The body at URL, following redirects; every failure is a FetchError naming URL."""
        target = url
        for _ in range(self.options.fetch_max_redirects + 1):
            guard_address(url, target, self.options)
            try:
                fetched = self._get(url, target)
            except httpx.TimeoutException as err:
                raise FetchError(url, f"timed out after {self.options.fetch_timeout:g} s") from err
            except httpx.HTTPError as err:
                raise FetchError(url, f"cannot fetch: {err}") from err
            if isinstance(fetched, Fetched):
                return fetched
            target = fetched
        raise FetchError(url, f"more than {self.options.fetch_max_redirects} redirects")

    def _get(self, url: str, target: str) -> Fetched | str:
        """The response at TARGET, or the address it redirects to."""
        with self.client.stream("GET", target) as response:
            if response.is_redirect and "location" in response.headers:
                return urljoin(target, response.headers["location"])
            if response.status_code != 200:
                raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
            body = self._bounded_body(url, response)
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            return Fetched(str(response.url), content_type, response.charset_encoding, body)

    def _bounded_body(self, url: str, response: httpx.Response) -> bytes:
        limit = self.options.fetch_max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(url, f"response is {int(declared):,} bytes, over the fetch_max_bytes limit ({limit:,})")
        # httpx's timeout bounds each read; this deadline bounds a server that trickles bytes forever.
        deadline = time.monotonic() + self.options.fetch_timeout
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(url, f"response is over the fetch_max_bytes limit ({limit:,})")
            if time.monotonic() > deadline:
                raise FetchError(url, f"timed out after {self.options.fetch_timeout:g} s")
            chunks.append(chunk)
        return b"".join(chunks)

    @property
    def client(self) -> httpx.Client:
        """The HTTP client, opened on first use so batches without URLs never build one."""
        if self._client is None:
            self._client = httpx.Client(
                timeout=self.options.fetch_timeout,
                headers={"User-Agent": self.options.user_agent},
                follow_redirects=False,  # each hop passes guard_address first
            )
        return self._client


def guard_address(url: str, target: str, options: Options) -> None:
    """Refuse TARGET unless it is http(s) and, without allow_private_addresses, resolves to public addresses only."""
    parts = urlsplit(target)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(url, f"not an http(s) URL: {target}")
    if options.allow_private_addresses:
        return
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        addresses = {str(info[4][0]) for info in socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)}
    except (socket.gaierror, UnicodeError, ValueError) as err:
        raise FetchError(url, f"DNS lookup failed for {parts.hostname}: {err}") from err
    for address in sorted(addresses):
        ip = ipaddress.ip_address(address.split("%")[0])
        mapped = getattr(ip, "ipv4_mapped", None)
        if not (mapped or ip).is_global:
            reason = f"refused: {parts.hostname} resolves to non-public address {address}"
            raise FetchError(url, f"{reason} (allow_private_addresses is off)")


def read_url_list(path: Path, options: Options, fetcher: Fetcher) -> Iterator[Document | InputError]:
    """The documents at every URL listed in PATH, one per line; blank lines and # comments are skipped."""
    source = str(path)
    try:
        text = read_text_file(path, options)
    except InputError as err:
        yield err
        return
    for number, line in enumerate(text.splitlines(), 1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        if is_web_url(entry):
            yield from fetcher.documents(entry)
        else:
            yield InputError(f"{source}:{number}", f"not an http(s) URL: {entry[:80]}")


def is_url_list(text: str) -> bool:
    """True when every non-empty line of TEXT is an http(s) URL (the rule that makes a .txt file a URL list)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return bool(lines) and all(is_web_url(line) for line in lines)


def _kind(fetched: Fetched) -> str:
    if fetched.content_type.startswith(HTML_TYPES):
        return "html"
    if fetched.content_type in FEED_TYPES or fetched.content_type.endswith("+xml"):
        return "feed"
    if fetched.content_type in UNSTATED_TYPES:
        return kind_by_content(fetched.body[:4096])
    return "other"

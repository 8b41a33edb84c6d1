"""Fixtures for the sources tests: resource paths, options, and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from armstrack.errors import InputError
from armstrack.model import Document
from armstrack.settings import Options

RESOURCES = Path(__file__).parents[1] / "resources" / "sources"


@pytest.fixture
def resources() -> Path:
    """The folder of fixture files written for these tests."""
    return RESOURCES


@pytest.fixture
def options() -> Options:
    """Default options, as settings.toml ships them."""
    return Options()


Split = Callable[[Iterable[Document | InputError]], tuple[list[Document], list[InputError]]]


@pytest.fixture
def split() -> Split:
    """A function that separates a reader's documents from its errors, keeping their order."""

    def separate(items: Iterable[Document | InputError]) -> tuple[list[Document], list[InputError]]:
        results = list(items)
        return [d for d in results if isinstance(d, Document)], [e for e in results if isinstance(e, InputError)]

    return separate


@dataclass
class Route:
    """What the test server answers on one path."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0
    declare_length: bool = True


def _routes() -> dict[str, Route]:
    html = (RESOURCES / "html" / "rafale-egypt.html").read_bytes()
    arabic = (RESOURCES / "html" / "arabic-cp1256.html").read_bytes()
    feed = (RESOURCES / "feeds" / "rss2.xml").read_bytes()
    large = b"<p>" + b"x" * 300_000 + b"</p>"
    return {
        "/article.html": Route(headers={"Content-Type": "text/html; charset=utf-8"}, body=html),
        "/arabic.html": Route(headers={"Content-Type": "text/html"}, body=arabic),
        "/feed": Route(headers={"Content-Type": "application/rss+xml"}, body=feed),
        "/untyped": Route(headers={"Content-Type": "application/octet-stream"}, body=html),
        "/redirect": Route(status=302, headers={"Location": "/article.html"}),
        "/loop": Route(status=302, headers={"Location": "/loop"}),
        "/missing": Route(status=404, headers={"Content-Type": "text/html"}, body=b"<html>not found</html>"),
        "/slow": Route(headers={"Content-Type": "text/html"}, body=html, delay=2.0),
        "/large": Route(headers={"Content-Type": "text/html"}, body=large),
        "/large-unsized": Route(headers={"Content-Type": "text/html"}, body=large, declare_length=False),
        "/logo.png": Route(headers={"Content-Type": "image/png"}, body=b"\x89PNG\r\n\x1a\n" + bytes(64)),
    }


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, Route] = {}

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        route = self.routes.get(self.path, Route(status=404))
        time.sleep(route.delay)
        try:
            self.send_response(route.status)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.declare_length:
                self.send_header("Content-Length", str(len(route.body)))
            else:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first, which is what some tests want

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's signature
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1; yields its base URL."""
    _Handler.routes = _routes()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def local_options() -> Options:
    """Options that let the fetcher reach the test server, with short limits the tests can exceed."""
    return Options(allow_private_addresses=True, fetch_timeout=0.5, fetch_max_bytes=100_000)

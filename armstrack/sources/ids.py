"""Stable document ids derived from URLs, so the same page read twice gets the same id."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}


def is_web_url(name: str) -> bool:
    """True when NAME is an http(s) URL with a host."""
    name = name.strip()
    parts = urlsplit(name)
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and not any(c.isspace() for c in name)


def normalise_url(url: str) -> str:
    """URL with scheme and host lower-cased, default port, fragment and trailing slash dropped."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    path = parts.path.rstrip("/") if parts.path not in ("", "/") else ""
    return urlunsplit((scheme, netloc, path, parts.query, ""))


def url_id(url: str) -> str:
    """A short stable id for URL: its host, then a hash of the normalised URL."""
    normal = normalise_url(url)
    host = (urlsplit(normal).hostname or "url").removeprefix("www.")
    digest = hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]
    return f"{host}_{digest}"

"""Writes warc/news.warc.gz, a small CC-NEWS-like archive, with FastWARC's writer.

Run ``python tests/resources/sources/make_warc.py``; the output is committed. Record ids are
derived from the URLs so that re-running gives the same archive.
"""

from __future__ import annotations

import gzip
import io
import uuid
from pathlib import Path

from fastwarc.warc import WarcRecord, WarcRecordType

HERE = Path(__file__).parent
CAPTURED = "2024-06-12T03:14:15Z"  # the crawl time, deliberately unlike the pages' publication dates

PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="{site}"><meta property="article:published_time" content="{published}">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/defence">Defence</a></nav>
<article><h1>{title}</h1>{paragraphs}</article>
<footer>Copyright {site}. Terms of use. Privacy.</footer></body></html>"""

PAGES = [
    ("https://www.example.com/2024/06/philippines-brahmos", "en", "Manila Defence Post", "2024-04-19T09:00:00+08:00",
     "Philippines receives first BrahMos batteries",
     ["The Philippine Marine Corps received the first of three shore-based BrahMos anti-ship missile batteries"
      " from India.",
      "The 375 million dollar contract was signed in January 2022."]),
    ("https://www.example.es/defensa/2024/05/leopard-ucrania", "es", "Diario de Defensa", "2024-05-02T12:00:00+02:00",
     "España enviará más carros de combate a Ucrania",
     ["El Gobierno español confirmó el envío de un nuevo lote de carros Leopard 2A4 a Ucrania tras su puesta a punto.",
      "Los vehículos saldrán de los talleres de Zaragoza en las próximas semanas."]),
]


def http_response(status: str, content_type: str, body: bytes) -> bytes:
    """An HTTP/1.1 response as a crawler records it."""
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode("ascii") + body


def record(kind: WarcRecordType, url: str, content: bytes, content_type: str) -> bytes:
    """One gzip member holding one WARC record (per-record compression, as CommonCrawl does)."""
    warc = WarcRecord()
    warc.init_headers(kind, record_urn=f"uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url + str(kind))}".encode())
    warc.headers["WARC-Date"] = CAPTURED
    if url:
        warc.headers["WARC-Target-URI"] = url
    warc.headers["Content-Type"] = content_type
    warc.set_bytes_content(content)
    buffer = io.BytesIO()
    warc.write(buffer)
    return gzip.compress(buffer.getvalue(), mtime=0)


def archive() -> bytes:
    """The whole archive: warcinfo, request/response pairs, and records a reader must skip or refuse."""
    http = "application/http; msgtype=response"
    parts = [record(WarcRecordType.warcinfo, "", b"software: armstrack fixture\r\n", "application/warc-fields")]
    for url, lang, site, published, title, paragraphs in PAGES:
        html = PAGE.format(lang=lang, site=site, published=published, title=title,
                           paragraphs="".join(f"<p>{p}</p>" for p in paragraphs))
        request = f"GET {url} HTTP/1.1\r\nHost: example\r\n\r\n".encode("ascii")
        parts.append(record(WarcRecordType.request, url, request, "application/http; msgtype=request"))
        parts.append(record(WarcRecordType.response, url, http_response("200 OK", "text/html; charset=utf-8",
                                                                        html.encode("utf-8")), http))
    parts.append(record(WarcRecordType.response, "https://www.example.com/logo.png",
                        http_response("200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(40)), http))
    parts.append(record(WarcRecordType.response, "https://www.example.com/old",
                        http_response("301 Moved Permanently", "text/html", b""), http))
    parts.append(record(WarcRecordType.response, "https://www.example.com/empty",
                        http_response("200 OK", "text/html", b"<html><body><nav>Home</nav></body></html>"), http))
    return b"".join(parts)


def main() -> None:
    """Write the archive next to this script."""
    (HERE / "warc" / "news.warc.gz").write_bytes(archive())


if __name__ == "__main__":
    main()

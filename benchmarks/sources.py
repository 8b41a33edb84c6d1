"""Throughput of the sources stage on generated news pages: HTML extraction and WARC reading, documents/s.

Targets, on one core: at least 50 pages/s for HTML extraction; at least 30 documents/s reading a WARC
end to end (extraction plus language detection: the archive itself must cost little); memory flat in
archive size (records stream, one at a time).
Run: python benchmarks/sources.py [--pages N] [--words W]
"""

from __future__ import annotations

import argparse
import gzip
import io
import random
import resource
import tempfile
import time
from pathlib import Path

from fastwarc.warc import WarcRecord, WarcRecordType

from armstrack.model import Document
from armstrack.settings import Options
from armstrack.sources import read_inputs
from armstrack.sources.html import html_document
from armstrack.sources.language import detect_language

WORDS = [
    "the", "ministry", "said", "navy", "army", "air", "force", "contract", "signed", "deliveries", "drones",
    "frigates", "tanks", "howitzers", "missiles", "order", "batch", "officials", "defence", "minister",
    "agreement", "industry", "production", "plant", "delivered", "expected", "year", "million", "dollars",
    "according", "sources", "government", "purchase", "fleet", "units", "first", "second",
]
FURNITURE = "".join(f'<li><a href="/section/{n}">Section {n}</a></li>' for n in range(40))


def page(number: int, words: int, rng: random.Random) -> bytes:
    """A news page of about WORDS words of article text, with the navigation and footer real sites carry."""
    paragraphs = "".join(
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(60)).capitalize() + ".</p>" for _ in range(words // 60)
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Report {number}</title>
<meta property="og:site_name" content="Bench Defence News"><meta property="article:published_time" content="2024-05-03">
<link rel="canonical" href="https://bench.example.com/2024/05/report-{number}"></head>
<body><header><nav><ul>{FURNITURE}</ul></nav></header><main><article><h1>Report {number}</h1>{paragraphs}</article>
<aside><ul>{FURNITURE}</ul></aside></main><footer><p>Copyright. Privacy. Cookies.</p><ul>{FURNITURE}</ul></footer>
</body></html>""".encode()


def warc_record(url: str, body: bytes) -> bytes:
    """One gzip-compressed WARC response record, as CommonCrawl writes them."""
    record = WarcRecord()
    record.init_headers(WarcRecordType.response)
    record.headers["WARC-Target-URI"] = url
    record.headers["Content-Type"] = "application/http; msgtype=response"
    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n"
    record.set_bytes_content(head.encode() + body)
    buffer = io.BytesIO()
    record.write(buffer)
    return gzip.compress(buffer.getvalue(), compresslevel=1)


def rate(count: int, seconds: float) -> str:
    """COUNT per second, formatted."""
    return f"{count / seconds:8.1f}/s"


def main() -> None:
    """Generate pages, then time extraction, WARC reading and language detection; print documents/s."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--words", type=int, default=600)
    arguments = parser.parse_args()
    rng = random.Random(1)
    pages = [page(number, arguments.words, rng) for number in range(arguments.pages)]
    options = Options()
    size = sum(map(len, pages)) / len(pages) / 1024
    print(f"{arguments.pages} pages of ~{arguments.words} words, {size:.0f} KiB each")

    html_document(pages[0], "warm-up", options)
    detect_language("warm up the language models")
    start = time.perf_counter()
    documents = [html_document(body, f"page-{n}", options) for n, body in enumerate(pages)]
    extraction = time.perf_counter() - start
    assert all(isinstance(document, Document) for document in documents)
    print(f"HTML extraction (trafilatura)   {rate(len(pages), extraction)}")

    start = time.perf_counter()
    for document in documents:
        detect_language(document.text)  # type: ignore[union-attr]
    print(f"language detection (lingua)     {rate(len(documents), time.perf_counter() - start)}")

    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "bench.warc.gz"
        with archive.open("wb") as stream:
            for number, body in enumerate(pages):
                stream.write(warc_record(f"https://bench.example.com/2024/05/report-{number}", body))
        start = time.perf_counter()
        count = sum(isinstance(item, Document) for item in read_inputs([str(archive)], options))
        reading = time.perf_counter() - start
    print(f"WARC reading, end to end        {rate(count, reading)}  ({count} documents)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory            {peak:8.0f} MiB")


if __name__ == "__main__":
    main()

"""Sentence spans with offsets into the original text, for any of the supported scripts."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? ؟ … (with closing quotes) before white space and an opening capital,
# digit, quote or Arabic letter; a line break always ends one (titles, link lists, captions).
_END = re.compile(r"""(?<=[.!?؟…])["'”’»)\]]*\s+(?=["'“‘«(\[]?[A-ZÀ-ÖØ-Þ0-9\u0600-\u06FF])|\n+""")
# "U.S. Army", "Mr. Smith": a capital initial or a two-letter title before the dot.
_ABBREVIATION = re.compile(r"\b(?:[A-Z]|[A-Z][a-z]|[A-Z]\.[A-Z])\.$")


@dataclass(frozen=True)
class Sentence:
    """A sentence as a span of the document text."""

    start: int
    end: int

    def text(self, document_text: str) -> str:
        """The sentence's own text."""
        return document_text[self.start:self.end]


def split_sentences(text: str) -> list[Sentence]:
    """Sentence spans covering TEXT, white space trimmed, none empty."""
    spans: list[Sentence] = []
    start = 0
    for boundary in _END.finditer(text):
        if "\n" not in boundary.group() and _ABBREVIATION.search(text[start:boundary.start()].rstrip("\"'”’»)]")):
            continue
        _add(spans, text, start, boundary.start())
        start = boundary.end()
    _add(spans, text, start, len(text))
    return spans


def _add(spans: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Sentence(start, end))


def teaser_lines(text: str, folded: str, labels: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of lines that preview other articles: "Read also: ..." links and lines cut off with "..."."""
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        head = folded[start:end].strip().split(":")[0].strip()
        if line.rstrip().endswith(("...", "…")) or (":" in line and head in labels):
            spans.append((start, end))
        start = end + 1
    return spans

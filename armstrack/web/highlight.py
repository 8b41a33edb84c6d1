"""Evidence highlighting: article text escaped segment by segment, quotes wrapped in <mark>.

Article text is untrusted. Every piece of it goes through ``markupsafe.escape``; only the
<mark> tags this module writes are markup, so no template ever needs ``|safe`` on text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from armstrack.model import Evidence

# Characters of context shown either side of a quote on a deal page.
WINDOW = 240


@dataclass(frozen=True)
class Span:
    """A stretch of the text to mark, with the labels (event numbers) it supports."""

    start: int
    end: int
    label: str = ""


def locate(text: str, evidence: Evidence) -> Span | None:
    """Where EVIDENCE sits in TEXT: its stored offsets when they still hold, else its first occurrence."""
    if 0 <= evidence.start < evidence.end <= len(text) and text[evidence.start:evidence.end] == evidence.quote:
        return Span(evidence.start, evidence.end)
    found = text.find(evidence.quote) if evidence.quote else -1
    return Span(found, found + len(evidence.quote)) if found >= 0 else None


def highlight(text: str, spans: Sequence[Span]) -> Markup:
    """TEXT escaped, each span wrapped in <mark>; overlapping spans split into segments carrying every label."""
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    parts: list[str] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [s.label for s in spans if s.start <= start and end <= s.end]
        segment = escape(text[start:end])
        if covering:
            labels = " ".join(sorted({label for label in covering if label}))
            opening = Markup('<mark data-events="{}">').format(labels) if labels else Markup("<mark>")
            parts.append(opening + segment + Markup("</mark>"))
        else:
            parts.append(segment)
    return Markup("").join(parts)


def excerpt(text: str, span: Span, window: int = WINDOW) -> Markup:
    """The quote at SPAN marked inside a window of surrounding text, cut at word boundaries."""
    start = min(span.start, _word_start(text, max(0, span.start - window)))
    end = max(span.end, _word_end(text, min(len(text), span.end + window)))
    inner = highlight(text[start:end], [Span(span.start - start, span.end - start, span.label)])
    before = "… " if start > 0 else ""
    after = " …" if end < len(text) else ""
    return Markup("{}{}{}").format(before, inner, after)


def _word_start(text: str, at: int) -> int:
    if at == 0:
        return 0
    space = text.find(" ", at)
    return space + 1 if 0 <= space < at + 30 else at


def _word_end(text: str, at: int) -> int:
    if at >= len(text):
        return len(text)
    space = text.rfind(" ", 0, at)
    return space if space > at - 30 else at

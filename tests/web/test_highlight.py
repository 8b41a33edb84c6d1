"""Highlighting: article text escaped piece by piece, evidence wrapped in <mark> at its stored offsets."""

from __future__ import annotations

import pytest

from armstrack.model import Evidence
from armstrack.web.highlight import Span, excerpt, highlight, locate

TEXT = "Rabat ordered <b>13</b> drones & four ground stations from Ankara in April."


def test_marks_wrap_only_the_spans_and_text_is_escaped() -> None:
    start = TEXT.index("<b>")
    html = highlight(TEXT, [Span(start, start + len("<b>13</b> drones"), "e1")])
    assert str(html) == ('Rabat ordered <mark data-events="e1">&lt;b&gt;13&lt;/b&gt; drones</mark>'
                         " &amp; four ground stations from Ankara in April.")


def test_overlapping_spans_become_segments_naming_every_event() -> None:
    html = str(highlight("abcdef", [Span(0, 4, "e1"), Span(2, 6, "e2")]))
    assert html == ('<mark data-events="e1">ab</mark><mark data-events="e1 e2">cd</mark>'
                    '<mark data-events="e2">ef</mark>')


def test_labels_are_escaped_too() -> None:
    assert str(highlight("ab", [Span(0, 1, '">')])) == '<mark data-events="&#34;&gt;">a</mark>b'


@pytest.mark.parametrize(("evidence", "expected"), [
    (Evidence("13</b> drones", 17, 30), Span(17, 30)),     # offsets that hold are used as stored
    (Evidence("13</b> drones", 0, 13), Span(17, 30)),      # stale offsets: the quote is looked up
    (Evidence("submarines", 0, 10), None),                 # a quote not in the text is not placed
])
def test_locate_trusts_offsets_only_when_they_hold(evidence: Evidence, expected: Span | None) -> None:
    assert locate(TEXT, evidence) == expected


def test_excerpt_shows_a_window_cut_at_words() -> None:
    text = " ".join(f"word{n}" for n in range(200))
    start = text.index("word100")
    html = str(excerpt(text, Span(start, start + len("word100")), window=30))
    assert html.startswith("… word") and html.endswith(" …")
    assert "<mark>word100</mark>" in html
    assert len(html) < 120


def test_excerpt_of_a_short_text_has_no_ellipsis() -> None:
    assert str(excerpt("Drones sold.", Span(0, 6))) == '<mark>Drones</mark> sold.'

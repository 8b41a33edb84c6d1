"""Sentence spans keep offsets into the original text in every script."""

from __future__ import annotations

import pytest

from armstrack.extract.sentences import split_sentences, teaser_lines
from armstrack.kb.normalize import fold


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The U.S. Army bought drones. Mr. Smith agreed.", ["The U.S. Army bought drones.", "Mr. Smith agreed."]),
    ("fr", "Le Maroc a acheté des drones. Rabat confirme.", ["Le Maroc a acheté des drones.", "Rabat confirme."]),
    ("nl", "Lees ook: Marokko koopt drones\nHet koninkrijk bevestigt.",
     ["Lees ook: Marokko koopt drones", "Het koninkrijk bevestigt."]),
    ("ar", "اشترى المغرب طائرات. وقال الوزير", ["اشترى المغرب طائرات.", "وقال الوزير"]),
    ("de", "„Wir kaufen.“ Berlin liefert.", ["„Wir kaufen.“ Berlin liefert."]),
])
def test_split_sentences(language: str, text: str, expected: list[str]) -> None:
    spans = split_sentences(text)
    assert [s.text(text) for s in spans] == expected
    assert all(text[s.start:s.end] == s.text(text) for s in spans)


def test_blank_text_has_no_sentences() -> None:
    assert split_sentences("  \n\n ") == []


def test_teaser_lines_are_related_links_and_cut_off_lines() -> None:
    text = "Body sentence.\nRead also: Spain buys tanks\nMorocco orders drones from...\nLast line."
    spans = teaser_lines(text, fold(text), frozenset({"read also"}))
    assert [text[s:e] for s, e in spans] == ["Read also: Spain buys tanks", "Morocco orders drones from..."]

"""Folding keeps the text's length, so offsets found on folded text point into the original."""

from __future__ import annotations

import pytest

from armstrack.kb.normalize import fold, key


@pytest.mark.parametrize(("text", "folded"), [
    ("İstanbul", "istanbul"), ("Israël", "israel"), ("Zuid-Korea", "zuid-korea"), ("ÉTATS–UNIS", "etats-unis"),
    ("أسلحة إلى", "اسلحه الي"), ("Morocco’s", "morocco's"), ("a\tb\nc", "a b c"),
    ("فریم کاراکال", "فريم كاراكال"),  # the Persian yeh and keheh are the Arabic letters
])
def test_fold_lowers_strips_accents_and_keeps_length(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(("first", "second"), [
    ("TB-2", "tb 2"), ("Barak-MX", "Barak MX"), ("Hermes 900", "HERMES-900"),
])
def test_key_ignores_case_spaces_and_punctuation(first: str, second: str) -> None:
    assert key(first) == key(second)

"""Same-length text folding, so matches found on folded text keep offsets into the original."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Arabic letter variants that news sites write interchangeably (hamza seats, taa marbuta, alif maqsura), and
# the Persian yeh and keheh that keyboards set up for Persian put into Arabic text ("فریم" for "فريم").
_ARABIC = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "\u06cc": "ي", "\u06a9": "ك"}
_PUNCTUATION = {"’": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-"}


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One character, lower-cased and stripped of accents, always exactly one character long."""
    if char in _ARABIC:
        return _ARABIC[char]
    if char in _PUNCTUATION:
        return _PUNCTUATION[char]
    if char.isspace():
        return " "
    base = unicodedata.normalize("NFD", char)[0]
    if not base.isalnum():  # keep punctuation and combining marks as they are
        base = char
    lowered = base.lower()
    return lowered if len(lowered) == 1 else base  # "İ".lower() is two characters; keep the length

class _FoldTable(dict[int, str]):
    """str.translate's table, each code point's folded character filled in on first sight."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Case-, accent- and variant-insensitive form of TEXT with ``len(fold(text)) == len(text)``."""
    return text.translate(_TABLE)


def key(name: str) -> str:
    """A lookup key ignoring case, accents, spaces and punctuation ("TB-2" == "tb 2" == "TB2")."""
    return "".join(ch for ch in fold(name) if ch.isalnum())

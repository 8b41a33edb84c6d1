"""Every kind of value in one text, each costly pass made once and shared between the kinds.

Quantities exclude the numbers inside money and dates, and money in words shares the spelled
numbers quantities read, so reading all three kinds at once costs little more than reading one.
"""

from __future__ import annotations

from collections.abc import Iterable

from armstrack.values.dates import read_dates
from armstrack.values.money import find_money, per_piece
from armstrack.values.numerals import Numeral, word_numerals
from armstrack.values.quantity import find_quantities
from armstrack.values.span import Span
from armstrack.values.vocabulary import languages, vocabulary

VALUE_KINDS = ("quantity", "money", "date")
# Digits, a year and a spelled number: enough for every pattern of a language to compile.
_PREPARE_TEXT = "12 000 2024 12.5"


def prepare(langs: Iterable[str]) -> None:
    """Read the vocabulary of each of LANGS that has one and compile its value patterns now, so that
    no document pays for them."""
    for lang in set(langs) & set(languages()):
        find_values(_PREPARE_TEXT + " " + " ".join(vocabulary(lang).scales), lang)


def find_values(text: str, lang: str, published: str | None = None,
                kinds: tuple[str, ...] = VALUE_KINDS) -> dict[str, list[Span]]:
    """The quantities, money and dates (or only KINDS) in TEXT, by kind; PUBLISHED anchors relative dates."""
    words: list[Numeral] | None = word_numerals(text, vocabulary(lang)) if "quantity" in kinds else None
    found: dict[str, list[Span]] = {}
    money = find_money(text, lang, words) if {"money", "quantity"} & set(kinds) else []
    expressions, dates = read_dates(text, lang, published) if {"date", "quantity"} & set(kinds) else ([], [])
    if "quantity" in kinds:
        taken = [(span.start, span.end) for span in money] + expressions
        found["quantity"] = find_quantities(text, lang, taken, words)
    if "money" in kinds:
        found["money"] = [span for span in money if not per_piece(text, lang, span)]
    if "date" in kinds:
        found["date"] = dates
    return found

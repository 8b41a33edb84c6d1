"""Counts of items: "13", "thirteen", "dertien", "a dozen", "1,000", "ثلاث عشرة", "١٣".

A number is no quantity when it is a year, part of a date or of an amount of money,
a measure ("2,700km", "50 %", "two years"), a fraction, a spelled "one"
(an article or "one of" far more often than a count), or a vague plural ("millions").
"""

from __future__ import annotations

import re
from functools import cache

from armstrack.values.dates import date_expressions
from armstrack.values.money import find_money
from armstrack.values.numerals import Numeral, numerals
from armstrack.values.span import Span
from armstrack.values.vocabulary import Vocabulary, key, phrase_pattern, vocabulary

YEAR_LIKE = re.compile(r"(?:1[89]|2[01])\d\d")


@cache
def _unit_regex(vocab: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"[\s-]*(?:{phrase_pattern(vocab.units)})(?!\w)", re.IGNORECASE)


def _is_count(numeral: Numeral, text: str, vocab: Vocabulary) -> bool:
    """Whether NUMERAL counts items rather than giving a year, a measure or a fraction."""
    if numeral.decimal or numeral.value != numeral.value.to_integral_value() or numeral.value < 1:
        return False
    if numeral.spelled and (numeral.value == 1 or key(text[numeral.start:numeral.end]) in vocab.vague):
        return False
    if not numeral.spelled and YEAR_LIKE.fullmatch(text[numeral.start:numeral.end]):
        return False
    return _unit_regex(vocab).match(text, numeral.end) is None


def find_quantities(text: str, lang: str, taken: list[tuple[int, int]] | None = None,
                    words: list[Numeral] | None = None) -> list[Span]:
    """Every count of items in TEXT; the value is an int.

    TAKEN (offsets of the money and dates already found) and WORDS (its spelled numbers) spare a caller
    that reads every kind of value a second pass over the same text."""
    vocab = vocabulary(lang)
    if taken is None:
        taken = [(s.start, s.end) for s in find_money(text, lang)] + date_expressions(text, lang)
    spans = []
    for numeral in numerals(text, vocab, words):
        if any(numeral.start < end and start < numeral.end for start, end in taken):
            continue
        if _is_count(numeral, text, vocab):
            spans.append(Span(numeral.start, numeral.end, int(numeral.value)))
    return spans


def parse_quantity(text: str, lang: str) -> int | None:
    """The first count of items in TEXT, or None."""
    spans = find_quantities(text, lang)
    return spans[0].value if spans else None

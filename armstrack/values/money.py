"""Amounts of money: a number, an optional scale and a currency before or after it.

"$70 million", "70 millions de dollars", "USD 70m", "1,2 milliard d'euros", "500 مليون دولار".
Currencies are the language's names and symbols (values.yaml) and any ISO 4217 code
written in capitals; every code is one pycountry knows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

import pycountry

from armstrack.model import Money
from armstrack.values.numerals import AFTER, Numeral, ascii_digits, before, number_pattern, parse_digits, word_numerals
from armstrack.values.span import Span
from armstrack.values.vocabulary import Vocabulary, key, phrase_pattern, vocabulary


def _bounded(phrases: Iterable[str], glued: bool = False) -> str:
    """Alternation of PHRASES, word-bounded where they start or end with a letter ("$" needs no boundary).

    GLUED phrases may follow a digit directly ("70m", "1.5bn").
    """
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        pattern = phrase_pattern([phrase])
        before = r"(?<!\w)" if phrase[0].isalnum() and not glued else ""
        after = r"(?!\w)" if phrase[-1].isalnum() else ""
        parts.append(f"{before}(?:{pattern}){after}")
    return "|".join(parts) if parts else r"(?!x)x"


@lru_cache(maxsize=1)
def _iso_codes() -> str:
    """Every ISO 4217 code, matched only in capitals ("USD", not "usd" or "Try")."""
    codes = sorted(currency.alpha_3 for currency in pycountry.currencies)
    return r"(?-i:(?<![A-Za-z])(?:" + "|".join(codes) + r")(?![A-Za-z]))"


DIGIT = re.compile(r"\d")
BILLION = Decimal(1_000_000_000)
# How far before an amount its currency may start ("Moroccan dirhams " is 17 characters).
CURRENCY_REACH = 40
# Characters between a price-per-piece phrase and its amount ("coût unitaire est de ", " or less apiece").
PER_UNIT_REACH = 12
CLAUSE_GAP = rf"[^.;:!?,]{{0,{PER_UNIT_REACH}}}"
_WIDE_SPACE = re.compile(r"\s\s")


@dataclass(frozen=True)
class _Patterns:
    """The amount (number and scale), and the currency written before or after it."""

    amount: re.Pattern[str]
    before: re.Pattern[str]
    after: re.Pattern[str]
    spelled_scale: re.Pattern[str]
    longest: int  # characters of the longest currency name, its words one white space apart
    lead: re.Pattern[str]  # thousands in words right before an amount's digits ("mil 200 millones")
    unit_before: re.Pattern[str]  # a price-per-piece phrase shortly before an amount ("the unit cost is")
    unit_after: re.Pattern[str]  # and right after one ("apiece", "l'unité")
    unit_opening: re.Pattern[str]  # a sentence that opens on one piece ("Cada blindado Stryker tiene un valor de")


@cache
def _patterns(vocab: Vocabulary) -> _Patterns:
    # Amounts are found first and currencies looked for beside them: digits are rare, so this is
    # far cheaper than trying every currency name at every position of the text.
    currency = f"(?:{_bounded(vocab.currencies)}|{_iso_codes()})"
    scale = _bounded([*vocab.scales, *vocab.money_scales], glued=True)
    connector = rf"(?:(?:{_bounded(vocab.money_connectors)})\s*)?" if vocab.money_connectors else ""
    return _Patterns(
        # "$1.5-billion deal", "5,5-Milliarden-Dollar-Deal": the scale and the currency may be hyphenated on
        amount=re.compile(rf"{before(vocab)}(?P<number>{number_pattern(vocab)})"
                          rf"(?:(?:\s*|-)(?P<scale>{scale}))?(?(scale)|{AFTER})", re.IGNORECASE),
        before=re.compile(rf"(?P<currency>{currency})\s*\Z", re.IGNORECASE),
        after=re.compile(rf"(?:\s*|-){connector}(?P<currency>{currency})", re.IGNORECASE),
        # a spelled amount's scale word stands as a word of its own ("two billion"), or behind a clitic
        spelled_scale=re.compile(rf"{before(vocab)}(?:{scale})", re.IGNORECASE),
        longest=max([len(name) for name in vocab.currencies] + [3]),  # 3: an ISO 4217 code
        lead=re.compile(rf"(?<!\w)(?P<lead>{phrase_pattern(vocab.thousands_leads)})\s+\Z", re.IGNORECASE),
        unit_before=re.compile(rf"(?:{_bounded(vocab.per_unit_before)}){CLAUSE_GAP}\Z", re.IGNORECASE),
        unit_after=re.compile(rf"{CLAUSE_GAP}?(?:{_bounded(vocab.per_unit_after)})", re.IGNORECASE),
        unit_opening=re.compile(rf"(?:{_bounded(vocab.per_unit_opening)})\s", re.IGNORECASE),
    )


def _currency_before(patterns: _Patterns, digits: str, floor: int, start: int) -> re.Match[str] | None:
    """The currency written right before digits[start], not starting before FLOOR (the first one there)."""
    # The currency ends where the white space before START begins, so it cannot start more than
    # `longest` characters earlier unless a longer white-space run stretches it: searching only that
    # tail gives the same match for a fraction of the cost.
    window = digits[floor:start]
    ends = floor + len(window.rstrip())
    if not _WIDE_SPACE.search(window):
        floor = max(floor, ends - patterns.longest)
    return patterns.before.search(digits, floor, start)


def _currency(written: str, vocab: Vocabulary) -> str:
    """The ISO 4217 code of a currency name, symbol or code as the text writes it."""
    return vocab.currencies.get(key(written)) or written.upper()


def find_money(text: str, lang: str, words: list[Numeral] | None = None) -> list[Span]:
    """Every amount of money in TEXT; the value is a ``Money`` (amount times scale, ISO 4217 currency).

    WORDS: the text's spelled numbers, when the caller has read them already."""
    vocab, digits = vocabulary(lang), ascii_digits(text)
    patterns, scales = _patterns(vocab), {**vocab.scales, **vocab.money_scales}
    spans: list[Span] = []
    for match in patterns.amount.finditer(digits) if DIGIT.search(digits) else ():
        amount = parse_digits(match["number"], vocab)
        if match["scale"] and amount is not None:
            amount = _billions(match["number"], amount, scales[key(match["scale"])], vocab)
        start, end = match.span()
        reach = max(start - CURRENCY_REACH, spans[-1].end if spans else 0)
        written = _currency_before(patterns, digits, reach, start) or patterns.after.match(digits, end)
        if written is None or amount is None:
            continue
        if written.start() < start:
            start = written.start("currency")
        else:
            end = written.end()
        if match["scale"]:
            start, amount = _thousands_lead(patterns, vocab, digits, start, amount)
            amount *= scales[key(match["scale"])]
        spans.append(Span(start, end, Money(_as_float(amount), _currency(written["currency"], vocab))))
    return sorted(spans + _spelled(text, digits, vocab, spans, words), key=lambda span: span.start)


def _billions(written: str, amount: Decimal, scale: Decimal, vocab: Vocabulary) -> Decimal:
    """ "1,425 مليار", "1.425 Milliarden": three digits after one separator before a billion are its decimals
    (a thousand billions is no deal's price), whichever mark the language groups thousands with."""
    parts = re.split(r"[^\d]", ascii_digits(written))
    if scale < BILLION or len(parts) != 2 or len(parts[1]) != 3 or written[len(parts[0])] not in vocab.group_separators:
        return amount
    return Decimal(f"{parts[0]}.{parts[1]}")


def _thousands_lead(patterns: _Patterns, vocab: Vocabulary, digits: str, start: int,
                    amount: Decimal) -> tuple[int, Decimal]:
    """ "mil 200 millones": thousands written in words before digits under a thousand add to them."""
    lead = patterns.lead.search(digits, max(0, start - 20), start) if vocab.thousands_leads and amount < 1000 else None
    if lead is None:
        return start, amount
    return lead.start("lead"), amount + vocab.thousands_leads[key(lead["lead"])]


def _spelled(text: str, digits: str, vocab: Vocabulary, taken: list[Span], words: list[Numeral] | None) -> list[Span]:
    """Amounts written in words beside a currency ("vier Milliarden Euro", "two billion dollars")."""
    patterns, spans = _patterns(vocab), []
    if not patterns.spelled_scale.search(text):
        return []  # amounts in words come with a scale word ("two billion"); reading number words is costly
    for numeral in word_numerals(text, vocab) if words is None else words:
        if any(s.start < numeral.end and numeral.start < s.end for s in taken):
            continue
        start, end = numeral.start, numeral.end
        reach = max(start - CURRENCY_REACH, 0)
        written = patterns.after.match(digits, end) or _currency_before(patterns, digits, reach, start)
        if written is None:
            continue
        start, end = (written.start("currency"), end) if written.start() < start else (start, written.end())
        spans.append(Span(start, end, Money(_as_float(numeral.value), _currency(written["currency"], vocab))))
    return spans


def _as_float(amount: Decimal) -> float:
    """The amount as Money stores it; whole amounts stay exact (1.2 billion is 1200000000.0)."""
    return float(amount.to_integral_value()) if amount == amount.to_integral_value() else float(amount)


def per_piece(text: str, lang: str, span: Span) -> bool:
    """The amount at SPAN is a price per piece ("pour un coût unitaire de 6 millions d'euros",
    "$15,000 apiece"), not the value of a deal."""
    patterns = _patterns(vocabulary(lang))
    return bool(patterns.unit_before.search(text, max(0, span.start - 40), span.start)
                or patterns.unit_after.match(text, span.end)
                or patterns.unit_opening.match(text, _sentence_start(text, span.start)))


def _sentence_start(text: str, offset: int) -> int:
    """Where the sentence holding OFFSET starts (after the last full stop or line break before it)."""
    ends = [text.rfind(mark, 0, offset) for mark in (". ", "! ", "? ", "\n")]
    return max(ends) + 2 if max(ends) >= 0 else 0


def parse_money(text: str, lang: str) -> Money | None:
    """The first amount of money in TEXT, or None."""
    spans = find_money(text, lang)
    return spans[0].value if spans else None

"""Per-language value vocabulary, read from ``armstrack/kb/data/lang/<lang>/values.yaml``.

Month names come from dateparser's locale data (upstream) merged with the curated
``dates.months`` of values.yaml; everything else is curated. Look-up keys are
casefolded with white space and apostrophes normalised (see ``key``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
import yaml
from dateparser.languages.loader import default_loader

from armstrack.errors import KnowledgeBaseError

LANG_DIR = Path(__file__).resolve().parent.parent / "kb" / "data" / "lang"
UNITS = ("year", "month", "day")
DATE_ORDERS = ("DMY", "MDY", "YMD")
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def key(phrase: str) -> str:
    """The look-up form of a phrase: casefolded, one space between words, plain apostrophes."""
    return " ".join(phrase.translate(APOSTROPHES).casefold().split())


def phrase_pattern(phrases: Iterable[str]) -> str:
    """A regex alternation of PHRASES, longest first, spaces matching any white space run."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        words = [re.escape(word).replace("'", "['’‘ʼ]") for word in phrase.split()]
        parts.append(r"\s+".join(words))
    return "|".join(parts) if parts else r"(?!x)x"


@dataclass(frozen=True)
class Relative:
    """A relative date phrase: SHIFT whole UNITs from the publication date ("last year": year, -1)."""

    unit: str
    shift: int


@dataclass(frozen=True, eq=False)  # hashed by identity: one instance per language, a cache key
class Vocabulary:
    """Everything the value finders know about one language."""

    language: str
    text2num: bool
    spelled_starts: tuple[str, ...]
    decimal_marks: tuple[str, ...]
    group_separators: tuple[str, ...]
    number_words: dict[str, int]
    multipliers: dict[str, int]
    joiners: tuple[str, ...]
    prefixes: tuple[str, ...]
    vague: frozenset[str]
    scales: dict[str, Decimal]
    money_scales: dict[str, Decimal]
    units: tuple[str, ...]
    currencies: dict[str, str]
    money_connectors: tuple[str, ...]
    thousands_leads: dict[str, Decimal]  # "mil" in "mil 200 millones": thousands written before the digits
    per_unit_before: tuple[str, ...]  # "unit cost" in "the unit cost is $5 million": a price per piece
    per_unit_after: tuple[str, ...]  # "apiece" in "$15,000 apiece"
    per_unit_opening: tuple[str, ...]  # "cada" in "Cada blindado tiene un valor de dos millones": a sentence per piece
    date_order: str
    months: dict[str, int]
    weekdays: dict[str, int]  # 0 for Monday, as datetime.date.weekday()
    this_week: tuple[str, ...]  # "este" in "este sábado": that day of the publication's week, past or coming
    day_suffixes: tuple[str, ...]
    month_before_day: bool
    date_connectors: tuple[str, ...]
    date_cues: tuple[str, ...]
    year_words: tuple[str, ...]
    approximate: tuple[str, ...]
    relative: dict[str, Relative]


def languages() -> tuple[str, ...]:
    """The languages that have a values.yaml, sorted."""
    return tuple(sorted(p.parent.name for p in LANG_DIR.glob("*/values.yaml")))


@cache
def vocabulary(lang: str) -> Vocabulary:
    """The value vocabulary of LANG (read once per process)."""
    path = LANG_DIR / lang / "values.yaml"
    if not path.exists():
        raise KnowledgeBaseError(f"{path}: no value vocabulary for language {lang!r}")
    return read_vocabulary(path, lang)


def read_vocabulary(path: Path, lang: str) -> Vocabulary:
    """The value vocabulary of LANG in the values.yaml at PATH; a malformed file names itself and the fault."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise KnowledgeBaseError(f"{path}: cannot read: {err}") from err
    if not isinstance(raw, dict):
        raise KnowledgeBaseError(f"{path}: expected a mapping with numbers, money and dates")
    try:
        vocab = _vocabulary(lang, raw)
    except (KeyError, TypeError, ValueError, ArithmeticError) as err:
        raise KnowledgeBaseError(f"{path}: {err}") from err
    missing = sorted(set(range(1, 13)) - set(vocab.months.values()))
    if missing:
        raise KnowledgeBaseError(f"{path}: no name for month(s) {missing} (dateparser has none for {lang!r})")
    return vocab


def _vocabulary(lang: str, raw: dict[str, Any]) -> Vocabulary:
    numbers, money, dates = raw.get("numbers") or {}, raw.get("money") or {}, raw.get("dates") or {}
    return Vocabulary(
        language=lang,
        text2num=bool(numbers.get("text2num", False)),
        spelled_starts=_strings(numbers.get("spelled_starts")),
        decimal_marks=_strings(numbers.get("decimal_marks")),
        group_separators=_strings(numbers.get("group_separators")),
        number_words=_table(numbers.get("words"), int),
        multipliers=_table(numbers.get("multipliers"), int),
        joiners=_strings(numbers.get("joiners")),
        prefixes=_strings(numbers.get("prefixes")),
        vague=frozenset(key(word) for word in _strings(numbers.get("vague"))),
        scales=_table(numbers.get("scales"), lambda v: Decimal(str(v))),
        money_scales=_table(money.get("scales"), lambda v: Decimal(str(v))),
        units=_strings(numbers.get("units")),
        currencies=_table(money.get("currencies"), _currency),
        money_connectors=_strings(money.get("connectors")),
        thousands_leads=_table(money.get("thousands_leads"), lambda v: Decimal(str(v))),
        per_unit_before=_strings(money.get("per_unit_before")),
        per_unit_after=_strings(money.get("per_unit_after")),
        per_unit_opening=_strings(money.get("per_unit_opening")),
        date_order=_date_order(dates.get("order", "DMY")),
        months={**_dateparser_months(lang), **_table(dates.get("months"), _month)},
        weekdays={**_dateparser_weekdays(lang), **_table(dates.get("weekdays"), _weekday)},
        this_week=_strings(dates.get("this_week")),
        day_suffixes=_strings(dates.get("day_suffixes")),
        month_before_day=bool(dates.get("month_before_day", False)),
        date_connectors=_strings(dates.get("connectors")),
        date_cues=_strings(dates.get("cues")),
        year_words=_strings(dates.get("year_words")),
        approximate=_strings(dates.get("approximate")),
        relative=_table(dates.get("relative"), _relative),
    )


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {value!r}")
    return tuple(str(v) for v in value)


def _table(value: Any, convert: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise TypeError(f"expected a mapping, got {value!r}")
    return {key(str(phrase)): convert(entry) for phrase, entry in value.items()}


def _currency(code: Any) -> str:
    if pycountry.currencies.get(alpha_3=str(code)) is None:
        raise ValueError(f"{code!r} is not an ISO 4217 currency code")
    return str(code)


def _month(number: Any) -> int:
    if not 1 <= int(number) <= 12:
        raise ValueError(f"month {number!r} is not 1..12")
    return int(number)


def _weekday(number: Any) -> int:
    if not 0 <= int(number) <= 6:
        raise ValueError(f"weekday {number!r} is not 0 (Monday) .. 6 (Sunday)")
    return int(number)


def _date_order(order: Any) -> str:
    if order not in DATE_ORDERS:
        raise ValueError(f"dates.order {order!r} is not one of {DATE_ORDERS}")
    return str(order)


def _relative(entry: Any) -> Relative:
    unit, shift = entry["unit"], int(entry["shift"])
    if unit not in UNITS:
        raise ValueError(f"relative unit {unit!r} is not one of {UNITS}")
    return Relative(unit, shift)


def _dateparser_months(lang: str) -> dict[str, int]:
    try:
        info = default_loader.get_locale(lang).info
    except ValueError:  # dateparser has no locale for LANG: values.yaml must carry the months
        return {}
    return {key(name).rstrip("."): number for number, month in enumerate(MONTH_KEYS, start=1)
            for name in info.get(month, [])}


def _dateparser_weekdays(lang: str) -> dict[str, int]:
    """Full weekday names of dateparser's locale: abbreviations ("do", "mar") are everyday words too."""
    try:
        info = default_loader.get_locale(lang).info
    except ValueError:
        return {}
    names = {key(name).rstrip("."): number for number, day in enumerate(WEEKDAY_KEYS)
             for name in info.get(day, [])}
    return {name: number for name, number in names.items()
            if not any(other != name and other.startswith(name) for other in names)}

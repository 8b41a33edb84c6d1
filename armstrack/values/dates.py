"""Dates in running text, as partial ISO strings at the precision the text gives.

A cheap regex pre-scan, built from the language's vocabulary, finds the date
expressions (day-month-year, month-year, a cued month or year, relative and
approximate phrases, all-digit dates); each is then read on its own. A missing
year is taken from the publication date (the most recent such month not after
it); without a publication date such a date is unknown (None). Approximate
phrases ("late 2019", "fin octobre") keep only the month or year they name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

import dateparser

from armstrack.values.numerals import BEFORE, ascii_digits, before
from armstrack.values.span import Span
from armstrack.values.vocabulary import Vocabulary, key, phrase_pattern, vocabulary

PUBLISHED = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
YEAR = r"(?P<year>(?:1[89]|2[01])\d\d)(?!\d|[^\W\d_]|['’]s)"
ISO_ORDER = "YMD"


@dataclass(frozen=True)
class Published:
    """The publication date, at whatever precision the document gives it."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, published: str | None) -> Published | None:
        """The publication date of a ``YYYY[-MM[-DD]]`` string (None when absent or unreadable)."""
        match = PUBLISHED.match(published or "")
        if match is None:
            return None
        year, month, day = (int(part) if part else None for part in match.groups())
        return cls(year or 0, month, day)


@dataclass(frozen=True)
class _Patterns:
    """The compiled pre-scan of one language, one regex per kind of date expression."""

    day_month: re.Pattern[str]
    month_day: re.Pattern[str] | None
    month_year: re.Pattern[str]
    month_alone: re.Pattern[str]
    year: re.Pattern[str]
    relative: re.Pattern[str]
    numeric: re.Pattern[str]


def _full_month_names(vocab: Vocabulary) -> list[str]:
    """Month names that are no abbreviation of another: only these stand alone ("in April", not "en mar")."""
    return [name for name, month in vocab.months.items()
            if not any(other != name and other.startswith(name) and vocab.months[other] == month
                       for other in vocab.months)]


@cache
def _patterns(vocab: Vocabulary) -> _Patterns:
    flags = re.IGNORECASE
    # The dot after an abbreviated month belongs to the date only when a number follows ("Jan. 10").
    month = rf"(?P<month>{phrase_pattern(vocab.months)})(?:\.(?=\s*\d))?(?!\w)"
    full_month = rf"(?P<month>{phrase_pattern(_full_month_names(vocab))})(?!\w)"
    suffix = rf"(?:{phrase_pattern(vocab.day_suffixes)})?" if vocab.day_suffixes else ""
    day = rf"{before(vocab)}(?P<day>\d{{1,2}}){suffix}(?!\d)"
    connector = rf"(?:(?:{phrase_pattern(vocab.date_connectors)})\s+)*" if vocab.date_connectors else ""
    year_word = rf"(?:(?:{phrase_pattern(vocab.year_words)})\s+)?" if vocab.year_words else ""
    # A year alone is a date only after a cue, an approximation or a year word ("in 2019", "eind 2019", "عام 2019").
    named_year = rf"|(?<!\w)(?:{phrase_pattern(vocab.year_words)})\s+" if vocab.year_words else ""
    year = rf"{connector}{year_word}{YEAR}"
    approx = rf"(?P<approx>(?<!\w)(?:{phrase_pattern(vocab.approximate)}))[\s-]*{connector}"
    cue = rf"(?<!\w)(?:{phrase_pattern(vocab.date_cues)})\s+{connector}"
    return _Patterns(
        day_month=re.compile(rf"{day}\s*{connector}{month}(?:\s*,?\s*{year})?", flags),
        month_day=re.compile(rf"(?<!\w){month}\s*{day}(?:\s*,?\s*{year})?", flags) if vocab.month_before_day else None,
        month_year=re.compile(rf"(?:{approx})?(?<!\w){month}\s*,?\s*{year}", flags),
        month_alone=re.compile(rf"(?:{approx}|{cue}){full_month}(?!\s*,?\s*\d)", flags),
        year=re.compile(rf"(?:(?:{approx}|{cue}){year_word}{named_year})(?P<body>{YEAR})", flags),
        relative=re.compile(rf"(?:{approx})?(?<!\w)(?P<relative>{phrase_pattern(vocab.relative)})(?!\w)", flags),
        numeric=re.compile(rf"{BEFORE}(?P<numeric>\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}|\d{{4}}-\d\d-\d\d)(?![\w/-])"),
    )


def _format(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """The partial ISO date, or None when the parts do not make a calendar date."""
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


def _year_for(month: int, published: Published | None) -> int | None:
    """The year of the most recent MONTH not after publication (the same month counts as not after)."""
    if published is None:
        return None
    if published.month is None or month <= published.month:
        return published.year
    return published.year - 1


def _calendar(match: re.Match[str], vocab: Vocabulary, published: Published | None) -> str | None:
    """The date a month-name expression gives (day and month kept only when written, never for approximations)."""
    groups = match.groupdict()
    month = vocab.months[key(groups["month"]).rstrip(".")]
    year = int(groups["year"]) if groups.get("year") else _year_for(month, published)
    if year is None:
        return None
    day = int(groups["day"]) if groups.get("day") and not groups.get("approx") else None
    return _format(year, month, day)


def _relative(match: re.Match[str], vocab: Vocabulary, published: Published | None) -> str | None:
    """The date a relative phrase gives, counted from the publication date at the phrase's unit."""
    rule = vocab.relative[key(match["relative"])]
    if published is None:
        return None
    if rule.unit == "year":
        return _format(published.year + rule.shift)
    if published.month is None:
        return None
    if rule.unit == "month":
        months = published.year * 12 + published.month - 1 + rule.shift
        return _format(months // 12, months % 12 + 1)
    if published.day is None:
        return None
    day = date(published.year, published.month, published.day) + timedelta(days=rule.shift)
    return day.isoformat()


def _numeric(match: re.Match[str], vocab: Vocabulary, published: Published | None) -> str | None:
    """An all-digit date, read by dateparser in the language's day/month order (ISO dates as such)."""
    written = match["numeric"]
    order = ISO_ORDER if re.match(r"\d{4}", written) else vocab.date_order
    settings = {"DATE_ORDER": order, "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]}
    parsed: datetime | None = dateparser.parse(written, languages=["en"], settings=settings)  # type: ignore[arg-type]
    return parsed.date().isoformat() if parsed else None


def _year(match: re.Match[str], vocab: Vocabulary, published: Published | None) -> str | None:
    return _format(int(match["body"]))


def _start(match: re.Match[str], *groups: str) -> int:
    """Where the date expression starts: at its approximation word, else at the first of GROUPS found."""
    for group in ("approx", *groups):
        if group in match.re.groupindex and match.group(group) is not None:
            return match.start(group)
    return match.start()


def _candidates(text: str, vocab: Vocabulary) -> list[tuple[int, int, re.Match[str], object]]:
    """Every date expression the pre-scan finds: (start, end, match, reader)."""
    patterns = _patterns(vocab)
    kinds: list[tuple[re.Pattern[str] | None, object, tuple[str, ...]]] = [
        (patterns.day_month, _calendar, ("day",)),
        (patterns.month_day, _calendar, ("month",)),
        (patterns.month_year, _calendar, ("month",)),
        (patterns.month_alone, _calendar, ("month",)),
        (patterns.year, _year, ("body",)),
        (patterns.relative, _relative, ("relative",)),
        (patterns.numeric, _numeric, ("numeric",)),
    ]
    found = []
    for pattern, reader, starts in kinds:
        if pattern is None:
            continue
        for match in pattern.finditer(text):
            found.append((_start(match, *starts), match.end(), match, reader))
    return _longest(found)


def _longest(found: list[tuple[int, int, re.Match[str], object]]) -> list[tuple[int, int, re.Match[str], object]]:
    """Non-overlapping candidates, longer expressions first ("10 January 2025" over "January 2025")."""
    chosen: list[tuple[int, int, re.Match[str], object]] = []
    for candidate in sorted(found, key=lambda c: (c[0] - c[1], c[0])):
        if all(candidate[1] <= other[0] or candidate[0] >= other[1] for other in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c[0])


def date_expressions(text: str, lang: str) -> list[tuple[int, int]]:
    """Offsets of every date expression in TEXT, resolvable or not (so numbers in them are no quantities)."""
    return [(start, end) for start, end, _, _ in _candidates(ascii_digits(text), vocabulary(lang))]


def find_dates(text: str, lang: str, published: str | None = None) -> list[Span]:
    """Every date in TEXT as a partial ISO string; PUBLISHED (``YYYY[-MM[-DD]]``) anchors relative dates."""
    vocab, anchor = vocabulary(lang), Published.parse(published)
    spans = []
    for start, end, match, reader in _candidates(ascii_digits(text), vocab):
        value = reader(match, vocab, anchor)  # type: ignore[operator]
        if value is not None:
            spans.append(Span(start, end, value))
    return spans


def parse_date(text: str, lang: str, published: str | None = None) -> str | None:
    """The first date in TEXT as a partial ISO string, or None."""
    spans = find_dates(text, lang, published)
    return spans[0].value if spans else None

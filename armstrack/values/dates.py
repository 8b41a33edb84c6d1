"""Dates in running text, as partial ISO strings at the precision the text gives.

A cheap regex pre-scan, built from the language's vocabulary, finds the date
expressions (day-month-year, month-year, a cued month or year, relative and
approximate phrases, weekdays, all-digit dates); each is then read on its own. A weekday named
alone is the latest such day on or before publication (news reports the past week); a publication
dated by its month only gives such days, and "yesterday", that month. A missing
year is taken from the publication date (the most recent such month not after
it); without a publication date such a date is unknown (None). Approximate
phrases ("late 2019", "fin octobre") keep only the month or year they name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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


Reader = Callable[[re.Match[str], Vocabulary, Published | None], str | None]


@dataclass(frozen=True)
class _Kind:
    """One kind of date expression: its pre-scan regex, how to read it, and the group the expression starts at."""

    pattern: re.Pattern[str]
    read: Reader
    starts_at: str
    needs: tuple[str, ...] = ()  # anchors the text must hold for this kind to be tried (see _anchors)


@dataclass(frozen=True)
class _Candidate:
    """A date expression the pre-scan found at ``text[start:end]``, still to be read."""

    start: int
    end: int
    match: re.Match[str]
    read: Reader


def _full_month_names(vocab: Vocabulary) -> list[str]:
    """Month names that are no abbreviation of another: only these stand alone ("in April", not "en mar")."""
    return [name for name, month in vocab.months.items()
            if not any(other != name and other.startswith(name) and vocab.months[other] == month
                       for other in vocab.months)]


@cache
def _kinds(vocab: Vocabulary) -> tuple[_Kind, ...]:
    """The compiled pre-scan of one language, one regex per kind of date expression."""
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
    this = rf"(?:(?P<this>{phrase_pattern(vocab.this_week)})\s+)?" if vocab.this_week else ""
    # Every expression but a day number starts at a word's start; the leading "(?<!\w)" rejects the
    # positions inside words at once instead of trying each alternation there (the pre-scan's main cost).
    kinds = [
        (rf"{day}\s*{connector}{month}(?:\s*,?\s*{year})?", _calendar, "day", ("digit", "month")),
        (rf"(?<!\w)(?:{approx})?(?<!\w){month}\s*,?\s*{year}", _calendar, "month", ("year", "month")),
        (rf"(?<!\w)(?:{approx}|{cue}){full_month}(?!\s*,?\s*\d)", _calendar, "month", ("month",)),
        (rf"(?<!\w)(?:(?:{approx}|{cue}){year_word}{named_year})(?P<body>{YEAR})", _year, "body", ("year",)),
        (rf"(?<!\w)(?:{approx})?(?<!\w)(?P<relative>{phrase_pattern(vocab.relative)})(?!\w)", _relative, "relative",
         ()),
        (rf"(?<!\w){this}(?P<weekday>{phrase_pattern(vocab.weekdays)})(?!\w)", _weekday, "weekday", ()),
        (rf"{BEFORE}(?P<numeric>\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}|\d{{4}}-\d\d-\d\d)(?![\w/-])", _numeric, "numeric",
         ("digit",)),
    ]
    if vocab.month_before_day:  # "October 30, 2024"
        kinds.append((rf"(?<!\w){month}\s*{day}(?:\s*,?\s*{year})?", _calendar, "month", ("digit", "month")))
    return tuple(_Kind(re.compile(pattern, flags), read, start, needs) for pattern, read, start, needs in kinds)


@cache
def _anchor_patterns(vocab: Vocabulary) -> dict[str, re.Pattern[str]]:
    """What a kind of expression cannot do without: a digit, a year, a month name."""
    return {"digit": re.compile(r"\d"), "year": re.compile(r"(?:1[89]|2[01])\d\d"),
            "month": re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(vocab.months)})(?!\w)", re.IGNORECASE)}


def _anchors(text: str, vocab: Vocabulary) -> set[str]:
    """The anchors TEXT holds: most sentences lack a month or a year, and their kinds need no regex pass."""
    return {name for name, pattern in _anchor_patterns(vocab).items() if pattern.search(text)}


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
    month = vocab.months[key(groups["month"])]
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
    if published.day is None:  # "yesterday" in an issue dated by its month only: that month, at its precision
        return _format(published.year, published.month)
    day = date(published.year, published.month, published.day) + timedelta(days=rule.shift)
    return day.isoformat()


def _weekday(match: re.Match[str], vocab: Vocabulary, published: Published | None) -> str | None:
    """A weekday named alone ("on Tuesday", "mardi"): the latest such day on or before publication; named with
    "this" ("este sábado"), that day of the publication's week; its month when the publication gives no day."""
    if published is None or published.month is None:
        return None
    if published.day is None:
        return _format(published.year, published.month)
    anchor = date(published.year, published.month, published.day)
    back = (anchor.weekday() - vocab.weekdays[key(match["weekday"])]) % 7
    if match.groupdict().get("this"):  # "serán presentados este sábado" on a Friday: the coming day of that week
        back = anchor.weekday() - vocab.weekdays[key(match["weekday"])]
    return (anchor - timedelta(days=back)).isoformat()


def _numeric(match: re.Match[str], vocab: Vocabulary, published: Published | None) -> str | None:
    """An all-digit date, read by dateparser in the language's day/month order (ISO dates as such)."""
    written = match["numeric"]
    order = ISO_ORDER if re.match(r"\d{4}", written) else vocab.date_order
    settings = {"DATE_ORDER": order, "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]}
    # Digits read the same in every language; naming one spares dateparser its slow language detection.
    parsed: datetime | None = dateparser.parse(written, languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed else None


def _year(match: re.Match[str], vocab: Vocabulary, published: Published | None) -> str | None:
    """A year named on its own ("in 2019", "eind 2019")."""
    return _format(int(match["body"]))


def _start(match: re.Match[str], group: str) -> int:
    """Where the date expression starts: at its approximation word, else at GROUP (not at a cue like "in")."""
    if "approx" in match.re.groupindex and match["approx"] is not None:
        return match.start("approx")
    return match.start(group)


def _candidates(text: str, vocab: Vocabulary) -> list[_Candidate]:
    """Every date expression the pre-scan finds, overlaps resolved in favour of the longest."""
    anchors = _anchors(text, vocab)
    found = [_Candidate(_start(match, kind.starts_at), match.end(), match, kind.read)
             for kind in _kinds(vocab) if anchors.issuperset(kind.needs) for match in kind.pattern.finditer(text)]
    chosen: list[_Candidate] = []
    for candidate in sorted(found, key=lambda c: (c.start - c.end, c.start)):  # "10 January 2025" over "January 2025"
        if all(candidate.end <= other.start or candidate.start >= other.end for other in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)


def date_expressions(text: str, lang: str) -> list[tuple[int, int]]:
    """Offsets of every date expression in TEXT, resolvable or not (so numbers in them are no quantities)."""
    return [(c.start, c.end) for c in _candidates(ascii_digits(text), vocabulary(lang))]


def find_dates(text: str, lang: str, published: str | None = None) -> list[Span]:
    """Every date in TEXT as a partial ISO string; PUBLISHED (``YYYY[-MM[-DD]]``) anchors relative dates."""
    return read_dates(text, lang, published)[1]


def read_dates(text: str, lang: str, published: str | None = None) -> tuple[list[tuple[int, int]], list[Span]]:
    """The offsets of every date expression in TEXT and the dates among them, from one pre-scan."""
    vocab, anchor = vocabulary(lang), Published.parse(published)
    candidates = _candidates(ascii_digits(text), vocab)
    spans = []
    for candidate in candidates:
        value = candidate.read(candidate.match, vocab, anchor)
        if value is not None:
            spans.append(Span(candidate.start, candidate.end, value))
    return [(c.start, c.end) for c in candidates], spans


def parse_date(text: str, lang: str, published: str | None = None) -> str | None:
    """The first date in TEXT as a partial ISO string, or None."""
    spans = find_dates(text, lang, published)
    return spans[0].value if spans else None

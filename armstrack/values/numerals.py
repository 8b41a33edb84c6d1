"""Numbers in running text: digits in the language's format, and spelled-out numbers.

Digits of every script ("١٣") are read as ASCII digits first; the replacement is one
character for one, so offsets stay those of the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from text_to_num import Token, find_numbers

from armstrack.values.vocabulary import Vocabulary, key, phrase_pattern

WORD_TOKENS = re.compile(r"\w+|\s+|[^\w\s]")


@dataclass(frozen=True)
class Numeral:
    """A number found in a text: TEXT[start:end] says VALUE; DECIMAL marks a fractional digit form."""

    start: int
    end: int
    value: Decimal
    spelled: bool = False
    decimal: bool = False


class _WordToken(Token):
    """A token of the text as text2num's find_numbers wants it."""

    __slots__ = ("word", "start")  # thousands per document: slots make them markedly cheaper to build

    def __init__(self, text: str, start: int) -> None:
        self.word = text
        self.start = start

    def text(self) -> str:
        return self.word


def ascii_digits(text: str) -> str:
    """TEXT with every decimal digit of any script replaced by its ASCII digit (same length)."""
    if text.isascii():
        return text
    return re.sub(r"\d", lambda m: str(unicodedata.decimal(m.group())), text)


def _char_class(chars: tuple[str, ...]) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]" if chars else r"(?!x)x"


def number_pattern(vocab: Vocabulary) -> str:
    """Regex (no groups) for one number in digits, grouped and with decimals as LANG writes them."""
    group, decimal = _char_class(vocab.group_separators), _char_class(vocab.decimal_marks)
    return rf"(?:\d{{1,3}}(?:{group}\d{{3}})+(?!\d)|\d+)(?:{decimal}\d+)?"


# A number glued to letters, hyphens or other digits is a model name, a time or a date part (F-16, TB2, 21:40).
BEFORE = r"(?<![\w.,:/-])"
AFTER = r"(?![^\W\d_]|\d|[.,:/]\d|-\d)"


def before(vocab: Vocabulary) -> str:
    """Where a number may start: after no letter or digit, or right after a prefix the language writes against it."""
    return f"(?:{BEFORE}{_prefixed(vocab)})"


def _prefixed(vocab: Vocabulary) -> str:
    return "".join(rf"|(?<=(?<!\w){re.escape(p)})" for p in vocab.prefixes)


def parse_digits(text: str, vocab: Vocabulary) -> Decimal | None:
    """The value of a digit number written as NUMBER_PATTERN matches it, or None."""
    plain = "".join("." if c in vocab.decimal_marks else c
                    for c in ascii_digits(text) if c not in vocab.group_separators)
    try:
        return Decimal(plain)
    except InvalidOperation:
        return None


@cache
def _digit_regex(vocab: Vocabulary) -> re.Pattern[str]:
    scale = phrase_pattern(vocab.scales)
    return re.compile(rf"{before(vocab)}(?P<number>{number_pattern(vocab)})(?:\s*(?P<scale>{scale})(?!\w))?{AFTER}",
                      re.IGNORECASE)


@cache
def _number_word(vocab: Vocabulary) -> re.Pattern[str]:
    return re.compile(phrase_pattern([*vocab.number_words, *vocab.multipliers]), re.IGNORECASE)


@cache
def _word_regex(vocab: Vocabulary) -> re.Pattern[str]:
    word = rf"(?:{_number_word(vocab).pattern})(?!\w)"
    joiner = phrase_pattern(vocab.joiners) if vocab.joiners else None
    separator = rf"\s+(?:(?:{joiner})\s*)?" if joiner else r"\s+"
    return re.compile(rf"(?:(?<!\w){_prefixed(vocab)}){word}(?:{separator}{word})*", re.IGNORECASE)


def digit_numerals(text: str, vocab: Vocabulary) -> list[Numeral]:
    """Numbers written in digits, with a following scale word applied ("1.5 million")."""
    found = []
    for match in _digit_regex(vocab).finditer(ascii_digits(text)):
        value = parse_digits(match["number"], vocab)
        if value is None:
            continue
        fraction = any(mark in match["number"] for mark in vocab.decimal_marks) and not match["scale"]
        if match["scale"]:
            value *= vocab.scales[key(match["scale"])]
        found.append(Numeral(match.start(), match.end(), value, decimal=fraction))
    return found


def word_numerals(text: str, vocab: Vocabulary) -> list[Numeral]:
    """Spelled-out numbers: text2num's for languages it reads, plus the language's own number words."""
    found = [_composed(match, vocab) for match in _word_regex(vocab).finditer(text)]
    if vocab.text2num and _spells_number(text, vocab):
        tokens = [_WordToken(m.group(), m.start()) for m in WORD_TOKENS.finditer(text)]
        for occurrence in find_numbers(tokens, vocab.language, threshold=0):
            if occurrence.is_ordinal:
                continue
            last = tokens[occurrence.end - 1]
            found.append(Numeral(tokens[occurrence.start].start, last.start + len(last.word),
                                 Decimal(str(occurrence.value)), spelled=True))
    return found


@cache
def _spelled_start(vocab: Vocabulary) -> re.Pattern[str] | None:
    if not vocab.spelled_starts:
        return None
    return re.compile(rf"(?<!\w)(?:{phrase_pattern(vocab.spelled_starts)})", re.IGNORECASE)


def _spells_number(text: str, vocab: Vocabulary) -> bool:
    """Whether TEXT may spell a number above one (text2num's pass is costly; most sentences spell none)."""
    pattern = _spelled_start(vocab)
    return pattern is None or pattern.search(text) is not None


def _composed(match: re.Match[str], vocab: Vocabulary) -> Numeral:
    """The value of a run of number words: units and tens add, hundreds and thousands multiply."""
    total = current = 0
    for part in _number_word(vocab).finditer(match.group()):
        name = key(part.group())
        if name in vocab.multipliers:
            current = (current or 1) * vocab.multipliers[name]
            if vocab.multipliers[name] >= 1000:  # "three thousand five hundred": close the thousands
                total, current = total + current, 0
        else:
            current += vocab.number_words[name]
    return Numeral(match.start(), match.end(), Decimal(total + current), spelled=True)


def numerals(text: str, vocab: Vocabulary, words: list[Numeral] | None = None) -> list[Numeral]:
    """Every number in TEXT, overlaps resolved in favour of the longest (then earliest) reading (WORDS: its
    spelled numbers, when already read)."""
    candidates = digit_numerals(text, vocab) + (word_numerals(text, vocab) if words is None else words)
    chosen: list[Numeral] = []
    for candidate in sorted(candidates, key=lambda n: (n.start - n.end, n.start)):
        if all(candidate.end <= other.start or candidate.start >= other.end for other in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda n: n.start)

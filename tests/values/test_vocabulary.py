"""The values.yaml files: every supported language has one, and every entry in it works."""

from __future__ import annotations

from pathlib import Path

import pytest

from armstrack.errors import KnowledgeBaseError
from armstrack.settings import Options
from armstrack.values import find_dates, find_money, find_quantities
from armstrack.values.vocabulary import languages, read_vocabulary, vocabulary

LANGUAGES = languages()


def test_every_supported_language_has_a_value_vocabulary() -> None:
    assert set(Options().supported) <= set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_number_word_reads_as_its_value(language: str) -> None:
    words = vocabulary(language).number_words
    for word, value in words.items():
        expected = [] if value == 1 else [value]
        assert [s.value for s in find_quantities(f"( {word} )", language)] == expected, word


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_currency_name_gives_its_code(language: str) -> None:
    for name, code in vocabulary(language).currencies.items():
        assert [s.value.currency for s in find_money(f"( 70 {name} )", language)] == [code], name


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_relative_phrase_is_a_date(language: str) -> None:
    for phrase in vocabulary(language).relative:
        spans = find_dates(f"( {phrase} )", language, "2021-10-15")
        assert [(s.start, s.end) for s in spans] == [(2, 2 + len(phrase))], phrase


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_approximation_keeps_only_the_year(language: str) -> None:
    for phrase in vocabulary(language).approximate:
        assert [s.value for s in find_dates(f"( {phrase} 2019 )", language, None)] == ["2019"], phrase


def test_unknown_language_is_refused_by_name() -> None:
    with pytest.raises(KnowledgeBaseError, match="'xx'"):
        find_quantities("13 drones", "xx")


@pytest.mark.parametrize(("content", "fault"), [
    ("money:\n  currencies:\n    zorkmids: ZZZ\n", "ISO 4217"),
    ("dates:\n  order: DDD\n", "dates.order"),
    ("dates:\n  relative:\n    someday: {unit: century, shift: 1}\n", "relative unit"),
    ("- just a list\n", "expected a mapping"),
    ("numbers: [unclosed\n", "cannot read"),
])
def test_malformed_vocabulary_names_file_and_fault(tmp_path: Path, content: str, fault: str) -> None:
    path = tmp_path / "values.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=fault) as raised:
        read_vocabulary(path, "en")
    assert str(path) in str(raised.value)


def test_language_without_month_names_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "values.yaml"
    path.write_text("numbers:\n  text2num: false\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="month"):
        read_vocabulary(path, "xx")

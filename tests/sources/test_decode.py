"""Bytes to text: UTF-8 first, legacy encodings detected, binary and undecodable content refused."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from armstrack.errors import InputError
from armstrack.settings import Options
from armstrack.sources.decode import decode_text, is_binary, read_bounded

LEGACY = Options().legacy_encodings

TEXTS = [
    ("en", "utf-8", "Morocco received the first batch of drones ordered from Türkiye last year, officials said."),
    ("fr", "cp1252", "L'armée a reçu ses premiers véhicules blindés ; livraison l'été prochain, à Dakar."),
    ("de", "cp1252", "Die Bundeswehr erhält neue Schützenpanzer für die Übungsplätze in Munster und Bergen, hieß es."),
    ("es", "cp1252", "El Ejército recibió los últimos vehículos blindados; la entrega terminó en diciembre."),
    ("ar", "cp1256", "تسلمت القوات المسلحة دفعة أولى من الطائرات المسيرة التركية وفق ما أفادت به مصادر عسكرية مطلعة."),
    ("ar", "iso-8859-6", "وقعت الحكومة عقدا لشراء طائرات مسيرة تركية من طراز بيرقدار وفق مصادر عسكرية."),
]


@pytest.mark.parametrize(("language", "encoding", "text"), TEXTS)
def test_text_in_its_usual_encoding_decodes_to_the_original(language: str, encoding: str, text: str) -> None:
    content = (text + "\n") * 3
    assert decode_text(content.encode(encoding), "article.txt", LEGACY) == content


def test_byte_order_mark_is_dropped_and_line_ends_become_newlines() -> None:
    content = "\ufeffFirst line\r\nSecond line\rThird line\n".encode()
    assert decode_text(content, "a.txt", LEGACY) == "First line\nSecond line\nThird line\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_text_not_binary(encoding: str) -> None:
    content = "Le Maroc a commandé des drones.".encode(encoding)
    assert not is_binary(content)
    assert decode_text(content, "a.txt", LEGACY) == "Le Maroc a commandé des drones."


def test_utf8_with_one_stray_byte_stays_utf8() -> None:
    content = ("Texte en français, élevé et précis. " * 10).encode() + b"\xff fin"
    text = decode_text(content, "a.txt", LEGACY)
    assert text.startswith("Texte en français, élevé")
    assert text.endswith("\ufffd fin")


def test_declared_charset_is_used_when_the_bytes_are_not_utf8() -> None:
    content = "Égypte : des frégates livrées".encode("cp1252")
    assert decode_text(content, "page", (), declared="windows-1252") == "Égypte : des frégates livrées"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100), "binary content"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(100), "binary content"),
        (random.Random(7).randbytes(4000).replace(b"\x00", b"\x01"), "undecodable content"),
    ],
    ids=["png", "zip", "random-bytes"],
)
def test_non_text_content_is_refused_with_its_reason(content: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason) as caught:
        decode_text(content, "scan.txt", LEGACY)
    assert caught.value.source == "scan.txt"


def test_file_over_the_limit_is_refused_from_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 101)
    with pytest.raises(InputError, match="over the 100-byte limit"):
        read_bounded(path, 100)
    assert read_bounded(path, 101) == b"x" * 101


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.touch()
    with pytest.raises(InputError, match="empty file"):
        read_bounded(path, 100)

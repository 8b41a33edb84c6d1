"""Bytes to text: bounded reads, binary sniffing, UTF-8 first, then charset detection."""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from pathlib import Path

import charset_normalizer

from armstrack.errors import InputError
from armstrack.settings import Options

# Byte-order marks name their encoding outright; UTF-32 before UTF-16 because its LE mark starts with UTF-16's.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Text never holds NUL; images, archives and executables do within their first bytes.
SNIFF_BYTES = 8192
# Valid non-ASCII characters needed per undecodable byte to read damaged UTF-8 as UTF-8 rather than guess a legacy code.
MIN_VALID_PER_BAD = 20


def read_bounded(path: Path, limit: int, source: str | None = None) -> bytes:
    """The bytes of PATH, refusing an empty file or one over LIMIT bytes before reading it."""
    source = source or str(path)
    try:
        size = path.stat().st_size
        if size == 0:
            raise InputError(source, "empty file")
        if size > limit:
            raise InputError(source, f"file is {size:,} bytes, over the {limit:,}-byte limit (max_document_bytes)")
        return path.read_bytes()
    except OSError as err:
        raise InputError(source, err.strerror or str(err)) from err


def read_text_file(path: Path, options: Options) -> str:
    """The text of the file at PATH, within options.max_document_bytes, decoded as decode_text does."""
    return decode_text(read_bounded(path, options.max_document_bytes), str(path), options.legacy_encodings)


def bom_encoding(content: bytes) -> str | None:
    """The encoding a byte-order mark at the start of CONTENT names, if any."""
    for bom, encoding in BOMS:
        if content.startswith(bom):
            return encoding
    return None


def is_binary(content: bytes) -> bool:
    """True when CONTENT looks like a binary file (NUL bytes near the start, no UTF-16/32 mark)."""
    return bom_encoding(content) is None and b"\x00" in content[:SNIFF_BYTES]


def decode_text(content: bytes, source: str, legacy: Sequence[str], declared: str | None = None) -> str:
    """CONTENT as text: BOM, UTF-8, the DECLARED charset, then the best LEGACY encoding; line ends as \\n."""
    if is_binary(content):
        raise InputError(source, "binary content (NUL bytes), not text")
    text = _decode(content, legacy, declared)
    if text is None:
        raise InputError(source, "undecodable content: not UTF-8 and no legacy encoding fits")
    return normalise_newlines(text.removeprefix("\ufeff"))


def normalise_newlines(text: str) -> str:
    """TEXT with Windows and old Mac line ends turned into \\n."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(content: bytes, legacy: Sequence[str], declared: str | None) -> str | None:
    encoding = bom_encoding(content)
    if encoding is not None:
        try:
            return content[len(_bom(encoding)):].decode(encoding)
        except UnicodeDecodeError:
            return None
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        damaged = _damaged_utf8(content)
        if damaged is not None:
            return damaged
    if declared and _known_codec(declared):
        try:
            return content.decode(declared)
        except UnicodeDecodeError:
            pass
    # charset-normalizer also honours an HTML meta charset or XML declaration it finds in the first bytes.
    match = charset_normalizer.from_bytes(content, cp_isolation=list(legacy)).best()
    return None if match is None else str(match)


def _damaged_utf8(content: bytes) -> str | None:
    """CONTENT as UTF-8 with U+FFFD for stray bad bytes, when nearly all its non-ASCII text is valid UTF-8.

    Web pages cut mid-character or with one pasted legacy byte are still UTF-8; a legacy-encoded
    text has almost no valid multi-byte sequences, so its accented letters all fail.
    """
    text = content.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for char in text if ord(char) > 127) - bad
    return text if good >= MIN_VALID_PER_BAD * bad else None


def _bom(encoding: str) -> bytes:
    return next(bom for bom, name in BOMS if name == encoding)


def _known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True

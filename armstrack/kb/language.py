"""Per-language resources: trigger words, status cues, category and scope nouns, role words.

Each language has one file, ``data/lang/<code>/triggers.yaml``; every file uses the same keys, so a
seventh language is a seventh file. Leaves are lists of phrases, matched on whole words of the
folded text; a leading or trailing ``*`` leaves that side open, for compounds ("*drohnen").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from armstrack.errors import KnowledgeBaseError

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# The top-level groups a triggers.yaml may hold; anything else is a typo worth an error.
GROUPS: tuple[str, ...] = (
    "transfer", "production", "agreement", "cue", "category", "scope", "anaphor", "role",
    "nonevent", "clitic", "conjunction", "clause", "article", "designation_stop", "designation_lead", "furniture",
    "inflection", "spelled", "carrying",
)


@dataclass(frozen=True)
class LanguageResources:
    """The trigger and cue vocabulary of one language, as dotted paths to phrase lists."""

    code: str
    entries: dict[str, tuple[str, ...]] = field(default_factory=dict)
    source: str = ""

    def get(self, path: str) -> tuple[str, ...]:
        """The phrases under PATH ("transfer.acquire.ordered"), or an empty tuple."""
        return self.entries.get(path, ())

    def under(self, prefix: str) -> dict[str, tuple[str, ...]]:
        """Every leaf whose path starts with PREFIX, keyed by the rest of its path."""
        cut = len(prefix) + 1
        return {path[cut:]: words for path, words in self.entries.items() if path.startswith(prefix + ".")}

    @classmethod
    def load(cls, path: Path) -> LanguageResources:
        """Read one triggers.yaml; a malformed file raises KnowledgeBaseError naming it."""
        try:
            raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}  # noqa: S506 - a safe loader
        except (OSError, yaml.YAMLError) as err:
            raise KnowledgeBaseError(f"{path}: cannot read language resources: {err}") from err
        if not isinstance(raw, dict):
            raise KnowledgeBaseError(f"{path}: expected a mapping at the top level")
        source = str(raw.pop("source", ""))
        code = str(raw.pop("language", path.parent.name))
        unknown = sorted(set(raw) - set(GROUPS))
        if unknown:
            raise KnowledgeBaseError(f"{path}: unknown groups {', '.join(unknown)}")
        entries = dict(_leaves(raw, "", path))
        return cls(code, entries, source)


def _leaves(node: Any, prefix: str, path: Path) -> Iterator[tuple[str, tuple[str, ...]]]:
    if isinstance(node, dict):
        for name, child in node.items():
            yield from _leaves(child, f"{prefix}.{name}" if prefix else str(name), path)
    elif isinstance(node, list):
        if not all(isinstance(word, str) and word.strip() for word in node):
            raise KnowledgeBaseError(f"{path}: {prefix}: every phrase must be a non-empty string")
        yield prefix, tuple(word.strip() for word in node)
    elif node is not None:
        raise KnowledgeBaseError(f"{path}: {prefix}: expected a list of phrases, got {type(node).__name__}")

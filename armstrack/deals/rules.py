"""The matching rules of the deals stage: tunables from Options, knowledge from data/deals.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from armstrack.errors import KnowledgeBaseError
from armstrack.settings import Options

DATA = Path(__file__).with_name("data") / "deals.yaml"


@dataclass(frozen=True)
class DealRules:
    """Everything that decides whether two reports are one deal and how its values are weighed."""

    window_months: int = 12
    copy_threshold: float = 0.8
    shingle_words: int = 5
    permutations: int = 64
    system_similarity: float = 90.0
    families: tuple[tuple[str, frozenset[str]], ...] = ()  # (family name, its categories)
    generic_scopes: frozenset[str] = frozenset()
    denial_cues: frozenset[str] = frozenset()

    def family(self, category: str | None) -> frozenset[str]:
        """The categories reported interchangeably with ``category`` (itself included)."""
        if category is None:
            return frozenset()
        for _, family in self.families:
            if category in family:
                return family
        return frozenset({category})

    def family_name(self, category: str) -> str:
        """The name of the category's family ("drones"), or the category itself when it has none."""
        return next((name for name, family in self.families if category in family), category)

    def is_denial(self, cues: list[str]) -> bool:
        """True when an event's cues say a party denied the deal."""
        return any(cue.casefold() in self.denial_cues for cue in cues)

    @classmethod
    def from_options(cls, options: Options | None = None) -> DealRules:
        """Rules from the settings (defaults from settings.toml) and the bundled data file."""
        options = options or Options()
        knowledge = _knowledge(DATA)
        return cls(
            window_months=options.deal_window_months,
            copy_threshold=options.copy_threshold,
            shingle_words=options.copy_shingle_words,
            permutations=options.copy_permutations,
            system_similarity=options.system_similarity,
            **knowledge,
        )


@cache
def _knowledge(path: Path) -> dict[str, Any]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return {
            "families": tuple((entry["name"], frozenset(entry["categories"])) for entry in raw["category_families"]),
            "generic_scopes": frozenset(entry["tag"] for entry in raw["generic_scopes"]),
            "denial_cues": frozenset(entry["cue"].casefold() for entry in raw["denial_cues"]),
        }
    except (OSError, yaml.YAMLError, KeyError, TypeError) as err:
        raise KnowledgeBaseError(f"{path}: malformed deals data: {err}") from err

"""What a deal is about: canonical system names (knowledge base first, fuzzy names second)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any, Protocol

from rapidfuzz import fuzz

from armstrack.kb import KnowledgeBase

DIGITS = re.compile(r"\d+")
WORDS = re.compile(r"\w+")


class SystemEntry(Protocol):
    """The part of ``armstrack.kb.System`` the deals stage reads."""

    @property
    def name(self) -> str: ...

    @property
    def category(self) -> str | None: ...


class SystemLookup(Protocol):
    """The part of ``armstrack.kb.KnowledgeBase`` the deals stage reads."""

    def system(self, name: str) -> SystemEntry | None: ...


@lru_cache(maxsize=65_536)
def normalise(name: str) -> str:
    """Case, accents, spaces and punctuation removed: 'Bayraktar TB-2' -> 'bayraktartb2'."""
    text = unicodedata.normalize("NFKD", name).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def load_knowledge_base() -> SystemLookup:
    """The bundled knowledge base (read once per process)."""
    return KnowledgeBase.load()


class SystemNames:
    """Decides which system names denote one system, and what category the knowledge base gives it."""

    def __init__(self, kb: SystemLookup | None = None, similarity: float = 90.0) -> None:
        self.kb = kb
        self.similarity = similarity
        self._entries: dict[str, Any] = {}
        self._folds: dict[frozenset[str], dict[str, str]] = {}

    def entry(self, name: str) -> SystemEntry | None:
        """The knowledge-base entry for a name or alias, cached."""
        if self.kb is None:
            return None
        if name not in self._entries:
            self._entries[name] = self.kb.system(name)
        found: SystemEntry | None = self._entries[name]
        return found

    def canonical(self, name: str) -> str:
        """The knowledge base's name for a system, else the name as reported."""
        found = self.entry(name)
        return found.name if found is not None else " ".join(name.split())

    def category(self, name: str) -> str | None:
        """The category the knowledge base gives the system, or None when it does not know it."""
        found = self.entry(name)
        return found.category if found is not None else None

    def known(self, name: str) -> bool:
        """True when the knowledge base knows the name."""
        return self.entry(name) is not None

    def same(self, a: str, b: str) -> bool:
        """True when two canonical names denote one system: equal when normalised, or a near-spelling."""
        na, nb = normalise(a), normalise(b)
        if na == nb:
            return True
        if self.known(a) and self.known(b):
            return False  # two names the knowledge base tells apart are two systems
        # a different model number means a different system however close the spelling (TB2, TB3)
        if DIGITS.findall(na) != DIGITS.findall(nb):
            return False
        return fuzz.ratio(na, nb) >= self.similarity

    def fold(self, names: Iterable[str]) -> dict[str, str]:
        """Map each canonical name in one block to the name of the system it denotes."""
        distinct = frozenset(names)
        if distinct not in self._folds:
            if len(self._folds) > 100_000:  # blocks gain names over time; old name sets are not asked again
                self._folds.clear()
            self._folds[distinct] = self._fold(distinct)
        return self._folds[distinct]

    def _fold(self, names: frozenset[str]) -> dict[str, str]:
        ordered = sorted(names, key=lambda n: (-len(normalise(n)), n))
        chosen: list[str] = []
        mapping: dict[str, str] = {}
        for name in ordered:
            match = next((c for c in chosen if self.same(name, c)), None)
            if match is None:
                chosen.append(name)
            mapping[name] = match or name
        return self._fold_partial(mapping, chosen)

    def _fold_partial(self, mapping: dict[str, str], chosen: list[str]) -> dict[str, str]:
        # "Bayraktar" names a system only when exactly one fuller name in the block contains its words
        words = {name: _tokens(name) for name in chosen}
        for name in chosen:
            fuller = [o for o in chosen if o != name and words[name] < words[o]]
            if len(fuller) == 1 and not self.known(name):
                for reported, target in mapping.items():
                    if target == name:
                        mapping[reported] = fuller[0]
        return mapping


@cache
def _tokens(name: str) -> frozenset[str]:
    return frozenset(normalise(word) for word in WORDS.findall(name))

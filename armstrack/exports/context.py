"""What an exporter knows beyond the deals: country names and centroids, the firms each deal names."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import yaml

from armstrack.kb import ACTOR_PREFIX, DATA_DIR, KnowledgeBase

CENTROIDS = DATA_DIR / "centroids.yaml"


@dataclass(frozen=True)
class ExportContext:
    """Look-ups every exporter may use; ``companies`` maps a deal id to the firms its reports name."""

    kb: KnowledgeBase
    companies: Mapping[str, list[str]] = field(default_factory=dict)
    centroids: Mapping[str, tuple[float, float]] = field(default_factory=dict)

    @classmethod
    def create(cls, companies: Mapping[str, list[str]] | None = None) -> ExportContext:
        """A context on the packaged knowledge base and centroids."""
        return cls(KnowledgeBase.load(), dict(companies or {}), load_centroids())

    def country_name(self, code: str | None) -> str | None:
        """The English name of a country code or ``org:`` actor (None stays None)."""
        if code is None:
            return None
        if code.startswith(ACTOR_PREFIX) and code not in self.kb.actors:
            return code.removeprefix(ACTOR_PREFIX)
        return self.kb.country_name(code, "en")

    def centroid(self, code: str | None) -> tuple[float, float] | None:
        """(latitude, longitude) of a country, None for actors and countries without a known centroid."""
        return self.centroids.get(code) if code else None

    def firm_country(self, name: str) -> str | None:
        """The home country of a firm the knowledge base knows, else None."""
        firm = self.kb.firm(name)
        return firm.country if firm is not None else None

    def firms(self, deal_id: str) -> list[str]:
        """The firms the reports of a deal name, as the knowledge base spells them when it knows them."""
        names = []
        for name in self.companies.get(deal_id, []):
            firm = self.kb.firm(name)
            canonical = firm.name if firm is not None else name
            if canonical not in names:
                names.append(canonical)
        return names


@lru_cache(maxsize=1)
def load_centroids() -> dict[str, tuple[float, float]]:
    """Country centroids by alpha-3 code from ``kb/data/centroids.yaml``."""
    entries = yaml.safe_load(CENTROIDS.read_text(encoding="utf-8")) or {}
    return {code: (float(point["lat"]), float(point["lon"])) for code, point in entries.items()}

"""Where the sources of one deal disagree: figures, dates, category, a stage going back, denials."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from armstrack.deals import dates
from armstrack.deals.claims import KNOWLEDGE_BASE, Claim, claims, conflicting
from armstrack.deals.mention import Mention
from armstrack.deals.rules import DealRules
from armstrack.model import STATUSES

# Slots whose differing values are contradictions (status differs normally as a deal advances).
COMPARED: dict[str, tuple[str, ...]] = {
    "transfer": ("quantity", "value", "order_date", "delivery_date"),
    "production": ("date",),
    "agreement": ("date", "ratified_date"),
}


@dataclass
class Contradiction:
    """Two or more sides of one deal that cannot all be true, each with its sources."""

    kind: str  # quantity, value, date, category, status, denial
    slot: str
    sides: list[Claim] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"kind": self.kind, "slot": self.slot, "sides": [side.to_dict() for side in self.sides]}

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Contradiction:
        """Inverse of ``to_dict``."""
        return cls(row["kind"], row["slot"], [Claim.from_dict(side) for side in row["sides"]])


def find(mentions: Sequence[Mention], kb_category: str | None, original: Callable[[str], str],
         rules: DealRules) -> list[Contradiction]:
    """Every contradiction among the mentions of one deal."""
    if not mentions:
        return []
    kind = mentions[0].type
    found: list[Contradiction] = []
    for slot in COMPARED[kind]:
        sides = conflicting(slot, claims(mentions, slot, original))
        if sides:
            found.append(Contradiction("date" if slot.endswith("date") else slot, slot, sides))
    found += _category(mentions, kb_category, original)
    found += _status_backwards(mentions, rules)
    found += _denials(mentions, rules)
    return found


def _category(mentions: Sequence[Mention], kb_category: str | None, original: Callable[[str], str]
              ) -> list[Contradiction]:
    if kb_category is None:
        return []
    reported = [c for c in claims(mentions, "category", original) if c.value != kb_category]
    if not reported:
        return []
    return [Contradiction("category", "category", [Claim(kb_category, [KNOWLEDGE_BASE]), *reported])]


def _status_backwards(mentions: Sequence[Mention], rules: DealRules) -> list[Contradiction]:
    """A later report giving an earlier stage than an earlier report (both dated, no denial)."""
    dated = sorted((m for m in mentions if dates.parts(m.source.published) and m.stage >= 0
                    and not rules.is_denial(m.event.cues)), key=lambda m: dates.sort_key(m.source.published))
    stages = STATUSES[mentions[0].type]
    reached: list[Mention] = []  # reports strictly earlier than the current publication date
    ahead: dict[int, set[str]] = {}
    behind: dict[int, set[str]] = {}
    for _, same_day in groupby(dated, key=lambda m: m.source.published):
        batch = list(same_day)
        top = max((m.stage for m in reached), default=-1)
        for mention in batch:
            if mention.stage < top and dates.before(_latest(reached, top), mention.source.published):
                behind.setdefault(mention.stage, set()).add(mention.document_id)
                ahead.setdefault(top, set()).update(m.document_id for m in reached if m.stage == top)
        reached.extend(batch)
    if not behind:
        return []
    sides = [Claim(stages[s], sorted(docs)) for s, docs in sorted(ahead.items(), reverse=True)]
    sides += [Claim(stages[s], sorted(docs)) for s, docs in sorted(behind.items(), reverse=True)]
    return [Contradiction("status", "status", sides)]


def _latest(reached: list[Mention], stage: int) -> str | None:
    # the earliest report of the top stage: a later report going back contradicts it
    return min((m.source.published for m in reached if m.stage == stage), key=dates.sort_key, default=None)


def _denials(mentions: Sequence[Mention], rules: DealRules) -> list[Contradiction]:
    denying = sorted({m.document_id for m in mentions if rules.is_denial(m.event.cues)})
    if not denying:
        return []
    reporting = sorted({m.document_id for m in mentions if not rules.is_denial(m.event.cues)} - set(denying))
    return [Contradiction("denial", "status", [Claim("denied", denying), Claim("reported", reporting)])]

"""Which mentions of one block (same type, same parties) report the same deal.

A block is resolved from the set of its mentions, so the outcome never depends on the order
they arrived in:

1. items: reports naming a system group by canonical system (knowledge base, then fuzzy
   names); reports naming only a kind group by category, and categories of one family
   (uav, loitering_munition) join when no document reports both; agreements group by
   overlapping scope tags;
2. each item splits into periods (periods.py): dated reports further apart than the window,
   with different quantities, are different deals; production is never split (its date is
   that of the programme's latest step);
3. a kind-only deal joins the one system deal of its block that fits it (category family,
   period), unless a second one fits too or a document reports both: then the document
   itself says they are different deals.

Two mentions of one document never share a deal (FORMAT.md: one event per deal per document).
Adding a mention re-plans only its item; the rest of the resolution works on items and
periods, never on every mention, so a block's cost does not grow with how often a deal is reported.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from armstrack.deals.items import SystemNames, normalise
from armstrack.deals.mention import Mention
from armstrack.deals.periods import Period, TimeKey, overlaps, periods, time_key
from armstrack.deals.rules import DealRules
from armstrack.model import CATEGORIES, SCOPES

NON_SLUG = re.compile(r"[^a-z0-9]+")
CATEGORY_ORDER = {category: rank for rank, category in enumerate(CATEGORIES)}
SCOPE_ORDER = {tag: rank for rank, tag in enumerate(SCOPES)}
Part = tuple[str, int, int]  # (item key, period, rank of the mention among its document's in that period)


@dataclass
class Group:
    """The mentions of one deal, with what identifies it."""

    id: str
    mentions: list[Mention] = field(default_factory=list)
    system: str | None = None
    kb_category: str | None = None


@dataclass
class RawItem:
    """A block's mentions that name one system, one category or one set of scope tags."""

    label: str
    specific: bool
    tags: frozenset[str] = frozenset()
    mentions: dict[str, Mention] = field(default_factory=dict)
    times: Counter[TimeKey] = field(default_factory=Counter)
    categories: Counter[str] = field(default_factory=Counter)
    spellings: Counter[str] = field(default_factory=Counter)


@dataclass
class Plan:
    """How one item's mentions divide into periods, and what the item is."""

    label: str
    specific: bool
    raw: tuple[str, ...]
    periods: list[Period]
    period_of: dict[TimeKey, int]
    categories: set[str]
    system: str | None = None
    kb_category: str | None = None
    family: frozenset[str] = frozenset()  # categories a kind-only item may be reported as


def raw_key(mention: Mention, names: SystemNames, rules: DealRules) -> tuple[str, str, bool, frozenset[str]]:
    """(key, label, names a system or scope, scope tags) of the raw item a mention belongs to."""
    if mention.type == "agreement":
        tags = frozenset(getattr(mention.event, "scope", [])) - rules.generic_scopes
        return "a:" + ",".join(sorted(tags)), "", bool(tags), tags
    if mention.system:
        label = names.canonical(mention.system)
        return "s:" + label, label, True, frozenset()
    return "c:" + (mention.category or ""), mention.category or "", False, frozenset()


class Block:
    """The mentions of one type and one set of parties, and the deals they resolve to."""

    def __init__(self, kind: str, parties: tuple[str | None, ...]) -> None:
        self.kind = kind
        self.parties = parties
        self.raw: dict[str, RawItem] = {}
        self.mention_raw: dict[str, str] = {}
        self.by_document: defaultdict[str, dict[str, Mention]] = defaultdict(dict)
        self.co_reported: defaultdict[tuple[str, str], set[str]] = defaultdict(set)  # raw pair -> documents
        self.plans: dict[str, Plan] = {}
        self.raw_item: dict[str, str] = {}
        self.deal_parts: dict[str, list[Part]] = {}
        self.part_deal: dict[Part, str] = {}
        self._dirty: set[str] = set()
        self._ids: dict[tuple[str, str], str] = {}
        self._co_changed = False  # a document now (or no longer) reports two raw items of this block

    def add(self, mention: Mention, names: SystemNames, rules: DealRules) -> None:
        """Record a mention (resolve() brings the deals up to date)."""
        key, label, specific, tags = raw_key(mention, names, rules)
        item = self.raw.setdefault(key, RawItem(label, specific, tags))
        for other in self.by_document[mention.document_id].values():
            self.co_reported[_pair(key, self.mention_raw[other.id])].add(mention.document_id)
            self._co_changed = True
        item.mentions[mention.id] = mention
        item.times[time_key(mention)] += 1
        item.categories[mention.category or ""] += 1
        item.spellings[" ".join(str(mention.system or "").split())] += 1
        self.mention_raw[mention.id] = key
        self.by_document[mention.document_id][mention.id] = mention
        self._dirty.add(key)

    def remove(self, mention_id: str) -> None:
        """Forget a mention (its document was replaced)."""
        key = self.mention_raw.pop(mention_id, None)
        if key is None:
            return
        item = self.raw[key]
        mention = item.mentions.pop(mention_id)
        _decrement(item.times, time_key(mention))
        _decrement(item.categories, mention.category or "")
        _decrement(item.spellings, " ".join(str(mention.system or "").split()))
        siblings = self.by_document[mention.document_id]
        siblings.pop(mention_id)
        for other in siblings.values():
            self.co_reported[_pair(key, self.mention_raw[other.id])].discard(mention.document_id)
            self._co_changed = True
        if not siblings:
            del self.by_document[mention.document_id]
        if not item.mentions:
            del self.raw[key]
        self._dirty.add(key)

    def __len__(self) -> int:
        return len(self.mention_raw)

    def resolve(self, names: SystemNames, rules: DealRules) -> None:
        """Bring items, periods and deals up to date after adds and removes."""
        if not self._dirty:
            return
        items = self._items(names, rules)
        self.raw_item = {raw: item for item, raws in items.items() for raw in raws}
        plans: dict[str, Plan] = {}
        reshaped = self._co_changed or items.keys() != self.plans.keys()
        for item, raws in items.items():
            cached = self.plans.get(item)
            if cached is not None and cached.raw == raws and not self._dirty.intersection(raws):
                plans[item] = cached
            else:
                plans[item] = self._plan(item, raws, names, rules)
                reshaped = reshaped or cached is None or _shape(cached) != _shape(plans[item])
        self.plans = plans
        self._dirty.clear()
        self._co_changed = False
        # most reports add to a deal without moving its periods: then no deal changes
        if reshaped:
            self._assign(rules)

    def _items(self, names: SystemNames, rules: DealRules) -> dict[str, tuple[str, ...]]:
        """Item key -> its raw keys: systems folded, kinds joined by family, scopes joined by overlap."""
        groups: dict[str, list[str]] = defaultdict(list)
        specific = [k for k, raw in self.raw.items() if raw.specific]
        if self.kind == "agreement":
            for item, raws in _scope_components(self.raw, specific).items():
                groups["a:" + item] = raws
        else:
            folded = names.fold(self.raw[k].label for k in specific)
            for key in specific:
                groups["s:" + folded[self.raw[key].label]].append(key)
        generic = [k for k, raw in self.raw.items() if not raw.specific]
        for item, raws in self._join_families(generic, rules).items():
            groups["c:" + item] = raws
        return {item: tuple(sorted(raws)) for item, raws in groups.items()}

    def _join_families(self, generic: list[str], rules: DealRules) -> dict[str, list[str]]:
        joined: dict[str, list[str]] = {}
        for key in sorted(generic, key=lambda k: (CATEGORY_ORDER.get(self.raw[k].label, 99), k)):
            category = self.raw[key].label
            home = next((label for label, raws in joined.items() if category and not self._shared([key], raws)
                         and rules.family(category) & {self.raw[r].label for r in raws}), None)
            if home is not None:
                joined[home].append(key)
                continue
            # a family's first item is named after the family, so its id stays put as categories join
            family = rules.family_name(category) if category else category
            joined[family if family not in joined else category] = [key]
        return joined

    def _shared(self, a: Iterable[str], b: Iterable[str]) -> bool:
        """True when one document reports both a mention of raw items A and one of raw items B."""
        return any(self.co_reported.get(_pair(x, y)) for x in a for y in b)

    def _plan(self, item: str, raws: tuple[str, ...], names: SystemNames, rules: DealRules) -> Plan:
        times = [key for raw in raws for key in self.raw[raw].times]
        found, period_of = periods(times, rules.window_months)
        categories = {c for raw in raws for c in self.raw[raw].categories if c}
        plan = Plan(item[2:], self.raw[raws[0]].specific, raws, found, period_of, categories)
        plan.family = frozenset().union(*(rules.family(c) for c in categories))
        if item.startswith("s:"):
            plan.kb_category = names.category(plan.label)
            spellings = Counter[str]()
            for raw in raws:
                spellings.update(self.raw[raw].spellings)
            plan.system = plan.label if names.known(plan.label) else min(
                spellings, key=lambda name: (-spellings[name], -len(name), name))
            if plan.kb_category:
                plan.categories = {plan.kb_category}
        return plan

    def _parts(self) -> list[Part]:
        """Every (item, period, rank) that holds mentions, in a fixed order."""
        parts = {(item, n, 0) for item, plan in self.plans.items() for n in set(plan.period_of.values())}
        for (a, b), documents in self.co_reported.items():
            if documents and self.raw_item.get(a) is not None and self.raw_item.get(a) == self.raw_item.get(b):
                for document in documents:
                    parts.update(self._part(m) for m in self.by_document[document].values())
        return sorted(parts)

    def _part(self, mention: Mention) -> Part:
        item = self.raw_item[self.mention_raw[mention.id]]
        period = self.plans[item].period_of[time_key(mention)]
        siblings = self.by_document[mention.document_id]
        if len(siblings) == 1:
            return (item, period, 0)
        same = sorted(m.position for m in siblings.values()
                      if self.raw_item[self.mention_raw[m.id]] == item
                      and self.plans[item].period_of[time_key(m)] == period)
        return (item, period, same.index(mention.position))

    def _assign(self, rules: DealRules) -> None:
        parts = self._parts()
        specific = [p for p in parts if self.plans[p[0]].specific]
        owner: dict[Part, Part] = {p: p for p in specific}
        taken: dict[Part, list[str]] = {p: list(self.plans[p[0]].raw) for p in specific}
        by_category: defaultdict[str, list[Part]] = defaultdict(list)
        for part in specific:
            for category in self.plans[part[0]].categories:
                by_category[category].append(part)
        for part in (p for p in parts if not self.plans[p[0]].specific):
            family = self.plans[part[0]].family
            # only system deals of a category the kind may stand for can fit it
            near = sorted({s for c in family for s in by_category[c]}) if family else specific
            fits = [s for s in near if self._fits(part, s, rules)]
            raws = self.plans[part[0]].raw
            if len(fits) == 1 and not self._shared(raws, taken[fits[0]]):
                owner[part] = fits[0]
                taken[fits[0]].extend(raws)
            else:
                owner[part] = part
        self.part_deal = {part: self._deal_id(home) for part, home in owner.items()}
        self.deal_parts = defaultdict(list)
        for part, deal_id in self.part_deal.items():
            self.deal_parts[deal_id].append(part)

    def _fits(self, generic: Part, specific: Part, rules: DealRules) -> bool:
        plan, target = self.plans[generic[0]], self.plans[specific[0]]
        if self.kind != "agreement" and plan.family and not plan.family & target.categories:
            return False
        return overlaps(plan.periods[generic[1]], target.periods[specific[1]], rules.window_months)

    def _deal_id(self, part: Part) -> str:
        """A stable id from the canonical key: type, parties, item, time anchor; never a counter."""
        item, period, rank = part
        plan = self.plans[item]
        suffix = plan.periods[period].suffix if period else ""
        if rank:
            suffix = f"{suffix}-{rank + 1}".strip("-")
        if (plan.label, suffix) not in self._ids:
            self._ids[(plan.label, suffix)] = self._new_id(plan.label, suffix)
        return self._ids[(plan.label, suffix)]

    def _new_id(self, label: str, suffix: str) -> str:
        names = [p or "unknown" for p in self.parties]
        key = "|".join([self.kind, *names, normalise(label), suffix])
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:6]
        readable = "-".join(p for p in [self.kind, *names, label, suffix] if p)
        return f"{NON_SLUG.sub('-', readable.casefold()).strip('-')[:80]}-{digest}"

    def deal_of(self, mention: Mention) -> str:
        """The deal id of one of the block's mentions."""
        return self.part_deal[self._part(mention)]

    def group(self, deal_id: str) -> Group:
        """A deal's mentions gathered from its parts."""
        parts = set(self.deal_parts[deal_id])
        home = self.plans[min(parts)[0]]
        specific = next((self.plans[p[0]] for p in sorted(parts) if self.plans[p[0]].specific), home)
        group = Group(deal_id, system=specific.system, kb_category=specific.kb_category)
        for item in sorted({p[0] for p in parts}):
            for raw in self.plans[item].raw:
                group.mentions.extend(m for m in self.raw[raw].mentions.values() if self._part(m) in parts)
        return group


def resolve(mentions: Iterable[Mention], names: SystemNames, rules: DealRules) -> list[Group]:
    """The deals a set of one block's mentions reports (the store resolves blocks this way)."""
    mentions = list(mentions)
    if not mentions:
        return []
    block = Block(mentions[0].type, mentions[0].parties)
    for mention in mentions:
        block.add(mention, names, rules)
    block.resolve(names, rules)
    return [block.group(deal_id) for deal_id in sorted(block.deal_parts)]


def _scope_components(raw: dict[str, RawItem], specific: list[str]) -> dict[str, list[str]]:
    """Scoped raw items joined when their tags overlap, each named after its first tag."""
    components: list[tuple[set[str], list[str]]] = []
    for key in sorted(specific):
        tags = set(raw[key].tags)
        touching = [c for c in components if c[0] & tags]
        merged = (tags.union(*(c[0] for c in touching)), [k for c in touching for k in c[1]] + [key])
        components = [c for c in components if not c[0] & tags] + [merged]
    return {min(tags, key=lambda t: (SCOPE_ORDER.get(t, 99), t)): keys for tags, keys in components}


def _shape(plan: Plan) -> tuple[object, ...]:
    """What of a plan the assignment of deals depends on (not which report sits in which period)."""
    spans = tuple((p.first, p.last) for p in plan.periods)
    return (plan.label, plan.raw, spans, frozenset(plan.period_of.values()), frozenset(plan.categories),
            plan.system, plan.kb_category)


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _decrement(counter: Counter[TimeKey] | Counter[str], key: object) -> None:
    counter[key] -= 1  # type: ignore[index]
    if counter[key] <= 0:  # type: ignore[index]
        del counter[key]  # type: ignore[arg-type]

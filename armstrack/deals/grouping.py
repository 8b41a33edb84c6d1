"""Which mentions of one block (same type, same parties) report the same deal.

A block is resolved as a whole, so the outcome depends on the set of mentions and never on
the order they arrived in:

1. item groups: reports naming a system group by canonical system (knowledge base, then
   fuzzy names); reports naming only a kind group by category, and categories of one family
   (uav, loitering_munition) join when no document reports both; agreements group by
   overlapping scope tags;
2. each item group splits in time: dated reports further apart than the window, with
   different quantities, are different deals (repeat orders); undated reports join the
   deal their quantity and publication date point to;
3. a group that names only a kind joins the one system deal of its block that fits it
   (category family, time), unless a second system deal fits too or one document reports
   both: then the document itself says they are different deals.

Two mentions of one document never share a deal (FORMAT.md: one event per deal per document).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from armstrack.deals import dates
from armstrack.deals.items import SystemNames, normalise
from armstrack.deals.mention import Mention
from armstrack.deals.rules import DealRules
from armstrack.model import CATEGORIES, SCOPES

NON_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass
class Group:
    """Mentions resolved to one deal, with what identifies the deal."""

    label: str  # the item: canonical system, category, or scope tag; "" when unknown
    specific: bool  # names a system (agreements: a scope)
    mentions: list[Mention] = field(default_factory=list)
    system: str | None = None
    kb_category: str | None = None
    suffix: str = ""  # year of a repeat order, or the rank of a second deal in one document

    @property
    def documents(self) -> set[str]:
        """Ids of the documents reporting this deal."""
        return {m.document_id for m in self.mentions}

    @property
    def categories(self) -> set[str]:
        """The categories this deal's item has: the knowledge base's, else the reported ones."""
        if self.kb_category:
            return {self.kb_category}
        return {m.category for m in self.mentions if m.category}

    def anchors(self) -> list[str]:
        """The dates placing this deal in time, oldest first."""
        return sorted((a for m in self.mentions if (a := m.anchor)), key=dates.sort_key)

    def deal_id(self, kind: str, parties: tuple[str | None, ...]) -> str:
        """A stable id from the canonical key: type, parties, item, time anchor; never a counter."""
        names = [p or "unknown" for p in parties]
        key = "|".join([kind, *names, normalise(self.label), self.suffix])
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:6]
        readable = "-".join(part for part in [kind, *names, self.label, self.suffix] if part)
        return f"{NON_SLUG.sub('-', readable.casefold()).strip('-')[:80]}-{digest}"


def resolve(mentions: Iterable[Mention], names: SystemNames, rules: DealRules) -> list[Group]:
    """The deals one block's mentions report, each with its mentions."""
    mentions = sorted(mentions, key=lambda m: (m.document_id, m.position))
    if not mentions:
        return []
    items = _agreement_items(mentions, rules) if mentions[0].type == "agreement" else _items(mentions, names, rules)
    groups = [timed for item in items for timed in split_in_time(item, rules.window_months)]
    return attach_generic(groups, rules)


def _items(mentions: list[Mention], names: SystemNames, rules: DealRules) -> list[Group]:
    canonical = {m.id: names.canonical(m.system) for m in mentions if m.system}
    folded = names.fold(canonical.values())
    named: dict[str, Group] = {}
    by_category: dict[str, Group] = {}
    for mention in mentions:
        if mention.id in canonical:
            label = folded[canonical[mention.id]]
            group = named.setdefault(label, Group(label, True, system=label, kb_category=names.category(label)))
        else:
            label = mention.category or ""
            group = by_category.setdefault(label, Group(label, False))
        group.mentions.append(mention)
    for group in named.values():
        group.system = _display_name(group, names)
    return list(named.values()) + _join_families(by_category, rules)


def _display_name(group: Group, names: SystemNames) -> str:
    if names.known(group.label):
        return group.label
    counts = Counter(" ".join(str(m.system).split()) for m in group.mentions)
    return min(counts, key=lambda name: (-counts[name], -len(name), name))


def _join_families(by_category: dict[str, Group], rules: DealRules) -> list[Group]:
    order = {category: rank for rank, category in enumerate(CATEGORIES)}
    joined: list[Group] = []
    for label in sorted(by_category, key=lambda c: (order.get(c, len(order)), c)):
        group = by_category[label]
        home = next((g for g in joined if rules.family(label) & g.categories and not g.documents & group.documents),
                    None)
        if home is not None:
            home.mentions.extend(group.mentions)
            continue
        # a family's first group is named after the family, so that its id stays put as categories join
        family = rules.family_name(label) if label else label
        if all(g.label != family for g in joined):
            group.label = family
        joined.append(group)
    return joined


def _agreement_items(mentions: list[Mention], rules: DealRules) -> list[Group]:
    order = {tag: rank for rank, tag in enumerate(SCOPES)}
    components: list[tuple[set[str], Group]] = []
    unscoped = Group("", False)
    for mention in mentions:
        scope = set(getattr(mention.event, "scope", [])) - rules.generic_scopes
        if not scope:
            unscoped.mentions.append(mention)
            continue
        touching = [c for c in components if c[0] & scope]
        merged = (scope.union(*(c[0] for c in touching)), Group("", True))
        for _, group in touching:
            merged[1].mentions.extend(group.mentions)
        merged[1].mentions.append(mention)
        components = [c for c in components if not c[0] & scope] + [merged]
    for scope, group in components:
        group.label = min(scope, key=lambda tag: (order.get(tag, len(order)), tag))
        group.mentions.sort(key=lambda m: (m.document_id, m.position))
    return [group for _, group in components] + ([unscoped] if unscoped.mentions else [])


def split_in_time(item: Group, window_months: int) -> list[Group]:
    """Split an item's mentions into deals: repeat orders apart, one document's two deals apart."""
    dated = sorted((m for m in item.mentions if m.anchor),
                   key=lambda m: (dates.sort_key(m.anchor), m.quantity or -1, m.id))
    periods: list[list[Mention]] = []
    for mention in dated:
        if periods and not _new_period(periods[-1], mention, window_months):
            periods[-1].append(mention)
        else:
            periods.append([mention])
    if not periods:
        periods.append([])
    for mention in item.mentions:
        if not mention.anchor:
            _place_undated(periods, mention)
    groups = []
    for rank, period in enumerate(periods):
        suffix = str(dates.parts(period[0].anchor)[0]) if rank and period[0].anchor else ""
        groups.extend(_split_documents(item, period, suffix))
    return groups


def _new_period(period: list[Mention], mention: Mention, window_months: int) -> bool:
    gap = dates.months_apart(period[-1].anchor, mention.anchor)
    if gap is None or gap <= window_months:
        return False
    # the same quantity ordered twice years apart is more likely one deal misdated
    return mention.quantity is None or mention.quantity not in {m.quantity for m in period}


def _place_undated(periods: list[list[Mention]], mention: Mention) -> None:
    if len(periods) == 1:
        periods[0].append(mention)
        return
    candidates = [p for p in periods if mention.quantity is not None and mention.quantity in {m.quantity for m in p}]
    candidates = candidates or periods
    # a report speaks of the latest order placed before the time it describes
    when = mention.reported_at
    earlier = [p for p in candidates if not when or not dates.before(when, p[0].anchor)]
    (earlier[-1] if earlier else candidates[0]).append(mention)


def _split_documents(item: Group, period: list[Mention], suffix: str) -> list[Group]:
    ranks: defaultdict[str, int] = defaultdict(int)
    split: dict[int, Group] = {}
    for mention in sorted(period, key=lambda m: (m.document_id, m.position)):
        rank = ranks[mention.document_id]
        ranks[mention.document_id] += 1
        if rank not in split:
            extra = f"{suffix}-{rank + 1}".strip("-") if rank else suffix
            split[rank] = Group(item.label, item.specific, system=item.system, kb_category=item.kb_category,
                                suffix=extra)
        split[rank].mentions.append(mention)
    return list(split.values())


def attach_generic(groups: list[Group], rules: DealRules) -> list[Group]:
    """Join each kind-only group to the single system deal that fits it, when there is exactly one."""
    specific = [g for g in groups if g.specific]
    kept = list(specific)
    for group in (g for g in groups if not g.specific):
        fits = [s for s in specific if _item_fits(group, s, rules) and _time_fits(group, s, rules.window_months)]
        if len(fits) == 1 and not fits[0].documents & group.documents:
            fits[0].mentions.extend(group.mentions)
        else:
            kept.append(group)
    return kept


def _item_fits(generic: Group, specific: Group, rules: DealRules) -> bool:
    if generic.mentions[0].type == "agreement" or not generic.label:
        return True
    family = set().union(*(rules.family(c) for c in generic.categories))
    return bool(family & specific.categories)


def _time_fits(a: Group, b: Group, window_months: int) -> bool:
    anchors_a, anchors_b = a.anchors(), b.anchors()
    if not anchors_a or not anchors_b:
        return True
    if dates.sort_key(anchors_a[-1]) < dates.sort_key(anchors_b[0]):
        gap = dates.months_apart(anchors_a[-1], anchors_b[0])
    elif dates.sort_key(anchors_b[-1]) < dates.sort_key(anchors_a[0]):
        gap = dates.months_apart(anchors_b[-1], anchors_a[0])
    else:
        return True
    return gap is not None and gap <= window_months

"""Document-level assembly: one event per deal per document.

Sentences that refer back ("the sale") lend their values to the deal before them; generic mentions
("Turkish drones") fold into the named system they describe; repeated reports of one deal merge and
keep the most advanced stage; events still missing a side are dropped rather than guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from armstrack.extract.attach import (
    NARROWER,
    Amount,
    Dated,
    after,
    attach_dates,
    attach_money,
    complete,
    deal_of,
    fits,
    fitting_deals,
    item_less_dates,
    lend_values,
    past_only,
    same_kind,
)
from armstrack.extract.events import Candidate
from armstrack.extract.producers import made_for_export
from armstrack.extract.production_items import (
    date_from_deals,
    is_drone,
    name_from_deals,
    name_from_text,
    unify_drone_categories,
)
from armstrack.kb import System
from armstrack.kb.normalize import key
from armstrack.model import STATUSES, Agreement, Event, Production, Transfer


@dataclass(frozen=True)
class Named:
    """A system the document names, wherever it stands: the item a deal reported only by its kind may have."""

    start: int
    system: System
    unit: int = 0


EventT = TypeVar("EventT", bound=Event)
# cues of a report that tells the buyer's fleet or a stage already past, not the deal at hand
BACKGROUND_CUES = ("fleet", "earlier")
# a "the deal includes" sentence takes its sides from a deal reported at most this many sentences before
INHERIT_REACH = 2


def assemble(candidates: list[Candidate], amounts: list[Amount], dated: list[Dated] | None = None,
             named: list[Named] | None = None, published: str | None = None) -> list[Event]:
    """The document's events from its sentence candidates, the amounts of money near deals, the dated
    stage sentences without an item and the systems the document names; PUBLISHED bounds the stage dates."""
    _continue(candidates)
    dated = past_only(candidates, list(dated or []) + item_less_dates(candidates), published)
    approvals = [deal_of(c) for c in candidates if isinstance(c.event, Transfer) and "approval" in c.cues]
    candidates = [c for c in candidates if not c.frame]
    _licensors(candidates)
    deals = _deals(candidates, amounts, dated, named or [], approvals)
    productions = _productions([c for c in candidates if isinstance(c.event, Production)], deals, named or [])
    return [*deals, *productions, *_pacts([c for c in candidates if isinstance(c.event, Agreement)], deals)]


def _deals(candidates: list[Candidate], amounts: list[Amount], dated: list[Dated], named: list[Named],
           approvals: list[Transfer]) -> list[Transfer]:
    """One transfer per deal, with the values, dates and items its reports and the sentences beside them give."""
    valued = attach_money(candidates, amounts)
    transfers = [c for c in candidates if isinstance(c.event, Transfer) and complete(c.event)]
    transfers = _unswapped([c for c in transfers if not _sent_home(c)])
    attach_dates(transfers, dated)
    partial = [c for c in candidates if isinstance(c.event, Transfer) and c.event.system and not complete(c.event)]
    deals, units = _merge_transfers(transfers)
    deals = _specified(deals, units, partial, named)
    lend_values(deals, units, [c for c in candidates if id(c.event) in valued])
    _lend_reports(deals, units, partial)
    for deal in deals:
        if deal.status == "ordered" and any(_approves(approval, deal) for approval in approvals):
            deal.status = "planned"  # "approved a possible sale ... the sale includes": still only approved
        if deal.status == "planned":
            deal.order_date = None  # a plan has no order date yet
    return deals


def _pacts(pacts: list[Candidate], deals: list[Transfer]) -> list[Event]:
    """The cooperation agreements; a sale agreement only dates its deal ("the agreement Egypt concluded with
    France in February 2015")."""
    sales = [c.event for c in pacts if c.sale and isinstance(c.event, Agreement)]
    agreements: list[Event] = []
    for agreement in sales + _agreements([c for c in pacts if not c.sale]):
        contract = _sale_contract(agreement, deals)
        if contract is None and not any(agreement is sale for sale in sales):
            agreements.append(agreement)
        elif contract is not None and contract.status != "planned" and agreement.date:
            contract.order_date = contract.order_date or agreement.date
    return agreements


def _lend_reports(deals: list[Transfer], units: dict[int, set[int]], partial: list[Candidate]) -> None:
    """A report of a system with a side missing ("Rheinmetall is to supply 24 Leopard 2", "the 207 Stryker bought
    from the US") gives the one deal of that system it fits the count it lacks, and orders it when it is only
    planned. Not a delivery: one reported without its recipient is as often another country's fleet."""
    for report in partial:
        event = deal_of(report)
        fitting = [d for d in fitting_deals(deals, units, report) if key(event.system or "") == key(d.system or "")]
        if len(fitting) != 1:
            continue
        deal = fitting[0]
        deal.quantity = event.quantity if deal.quantity is None else deal.quantity
        if event.status == "ordered" and deal.status == "planned":
            deal.status = "ordered"


def _approves(approval: Transfer, deal: Transfer) -> bool:
    """An approval report whose known sides are DEAL's."""
    return approval.recipient in (None, deal.recipient) and approval.supplier in (None, deal.supplier) and (
        approval.recipient or approval.supplier) is not None


def _sent_home(candidate: Candidate) -> bool:
    """A system "sent to" its own country of origin (F-16s to the USA) is nearly always a misread role:
    re-exports back to the maker are rare in news, and a dropped event is better than a reversed one."""
    return candidate.origin is not None and deal_of(candidate).recipient == candidate.origin


def _unswapped(transfers: list[Candidate]) -> list[Candidate]:
    """Of A->B and B->A for one kind of item in a document, only the direction whose supplier is the system's origin,
    else the one at the most advanced stage, else the one read first: the other is a swapped reading."""
    directions: dict[tuple, list[Candidate]] = {}
    for candidate in transfers:
        event = deal_of(candidate)
        directions.setdefault((event.supplier, event.recipient, _kind_key(event)), []).append(candidate)
    losers: set[tuple] = set()
    for (supplier, recipient, item), forward in directions.items():
        backward = directions.get((recipient, supplier, item))
        if backward and (supplier, recipient, item) not in losers and (recipient, supplier, item) not in losers:
            winner = _better_direction(forward, backward)
            losers.add(_direction(backward if winner is forward else forward))
    return [c for c in transfers if _direction([c]) not in losers]


def _better_direction(first: list[Candidate], second: list[Candidate]) -> list[Candidate]:
    """The direction whose supplier is the origin, else the most advanced stage, else the first read."""
    origin = next((c.origin for c in first + second if c.origin), None)
    for side in (first, second):
        if origin is not None and deal_of(side[0]).supplier == origin:
            return side
    order = STATUSES["transfer"]
    ranks = [max(order.index(deal_of(c).status or "planned") for c in side) for side in (first, second)]
    if ranks[0] != ranks[1]:
        return first if ranks[0] > ranks[1] else second
    starts = [min((c.sentence, c.position) for c in side) for side in (first, second)]
    return first if starts[0] <= starts[1] else second


def _direction(side: list[Candidate]) -> tuple:
    event = deal_of(side[0])
    return event.supplier, event.recipient, _kind_key(event)


def _kind_key(event: Transfer) -> str:
    # by kind: "China supplies submarines and tanks to Bangladesh ... the VT-5 tanks" read one way for the named
    # tanks and the other way for the tanks is still one item read both ways
    kind = event.category or "other"
    return NARROWER.get(kind, kind)


def _sale_contract(agreement: Event, deals: list[Transfer]) -> Transfer | None:
    """An "agreement" with no cooperation scope between a deal's supplier and recipient is that deal's contract."""
    assert isinstance(agreement, Agreement)
    sides = set(agreement.parties)
    if agreement.scope:
        return None
    return next((d for d in deals if isinstance(d, Transfer) and {d.supplier, d.recipient} == sides), None)


def _continue(candidates: list[Candidate]) -> None:
    """Fill a transfer's missing side from the deal just before it, when the sentence refers back
    or when only its supplier is missing for a generic item (the next sentence about the same buyer)."""
    previous: list[Transfer] = []
    sentences: dict[int, int] = {}
    for candidate in candidates:
        event = candidate.event
        if not isinstance(event, Transfer):
            continue
        sentences[id(event)] = candidate.sentence
        if candidate.inherits:
            _inherit(candidate, [p for p in previous if sentences[id(p)] >= candidate.sentence - INHERIT_REACH])
            previous.append(event)
            continue
        earlier = [p for p in previous if p.system and p.system == event.system] or previous
        alike = [p for p in previous if p.category == event.category and p.system == event.system]
        if alike and "additive" in candidate.cues and event.supplier and event.recipient is None:
            event.recipient = alike[-1].recipient  # "Germany, Poland and Portugal have also delivered Leopards"
        elif earlier and candidate.continuation:
            source = earlier[-1]
            event.supplier = event.supplier or source.supplier
            event.recipient = event.recipient or source.recipient
        elif earlier and event.system is None and event.supplier is None and event.recipient is not None:
            same = [p for p in previous if p.recipient == event.recipient and p.supplier]
            if same and _sentence_of(same[-1], candidates) == candidate.sentence - 1:
                event.supplier = same[-1].supplier
        if event.supplier != event.recipient:
            previous.append(event)


def _inherit(candidate: Candidate, earlier: list[Transfer]) -> None:
    """ "The deal includes 600 Stinger missiles": the missing sides and the stage of the deal just reported."""
    event = candidate.event
    assert isinstance(event, Transfer)
    if not earlier:
        return
    source = earlier[-1]
    event.supplier = event.supplier or source.supplier
    event.recipient = event.recipient or source.recipient
    event.status = source.status


def _licensors(candidates: list[Candidate]) -> None:
    """Licensed or joint production with no partner named: the supplier of that item in the document."""
    transfers = [c.event for c in candidates if isinstance(c.event, Transfer) and c.event.supplier]
    for candidate in candidates:
        event = candidate.event
        if not isinstance(event, Production) or event.partner:
            continue
        # "versions adapted to be produced in Poland": unlicensed, only the very system bought there
        supplier = next((t.supplier for t in transfers if t.recipient == event.producer and (
            (event.system and t.system == event.system) or (candidate.licensed and t.category == event.category))),
            None)
        event.partner = supplier if supplier != event.producer else None


def _sentence_of(event: Event, candidates: list[Candidate]) -> int:
    return next(c.sentence for c in candidates if c.event is event)


def _merge_transfers(candidates: list[Candidate]) -> tuple[list[Transfer], dict[int, set[int]]]:
    """Same deal, one event; a generic mention folds into the named system it describes (same unit).
    Also the units (article body, teaser lines) each deal is reported in."""
    specific: dict[tuple, Transfer] = {}
    generic: dict[tuple, Transfer] = {}
    units: dict[int, set[int]] = {}
    stated: set[int] = set()
    behind: dict[int, str] = {}  # deals told so far only as a fleet in service or a stage already past
    rough: dict[int, str | None] = {}  # deals whose count is a round figure ("más de 150"), and its stage
    for candidate in candidates:
        event = candidate.event
        assert isinstance(event, Transfer)
        slot = (event.supplier, event.recipient, key(event.system) if event.system else event.category)
        table = specific if event.system else generic
        past = next((cue for cue in BACKGROUND_CUES if cue in candidate.cues), "")
        owner_past = behind.get(id(table[slot]), "") if slot in table else ""
        if slot in table and bool(past) != bool(owner_past) and _told_apart(
                *((table[slot], event) if owner_past else (event, table[slot])), past or owner_past):
            _set_aside(table[slot], event, bool(owner_past))
        elif slot in table and _earlier_deal(table[slot], event):
            _keep_current(table[slot], event)
        else:
            _merge_into(table, slot, event)
        if past and table[slot] is event:
            behind[id(event)] = past
        elif not past:
            behind.pop(id(table[slot]), None)
        _count_told(table[slot], event, candidate, rough)
        units.setdefault(id(table[slot]), set()).add(candidate.unit)
        if not candidate.guessed:
            stated.add(id(table[slot]))
    kept: list[Transfer] = _yield_guessed(list(specific.values()), stated)
    for (supplier, recipient, category), event in generic.items():
        owner = next((s for s in specific.values() if (s.supplier, s.recipient) == (supplier, recipient)
                      and same_kind(s.category, category) and units[id(s)] & units[id(event)]), None)
        if owner is not None:
            _lend(owner, event)
        else:
            kept.append(event)
    return sorted(kept, key=_first_offset), units


def _earlier_deal(first: Transfer, second: Transfer) -> bool:
    """Two reports of one item for the same sides, one delivered before the other was ordered: "signs for 26
    Rafale Marine (April 2025) ... the 36 Rafale delivered in 2016" tells of an earlier deal."""
    delivered, ordered = (first, second) if first.status == "delivered" else (second, first)
    return (delivered.status == "delivered" and ordered.status != "delivered" and ordered.order_date is not None
            and delivered.delivery_date is not None and after(ordered.order_date, delivered.delivery_date))


def _count_told(owner: Transfer, report: Transfer, candidate: Candidate, rough: dict[int, str | None]) -> None:
    """An exact count told at the stage of a round figure before it beats it ("negocia la compra de más de 150
    vehículos" ... "una carta de intención para adquirir 156 unidades"); a batch at a later stage does not."""
    if report.quantity is None:
        return
    if "rough" in candidate.cues:
        if owner is report or owner.quantity == report.quantity:
            rough[id(owner)] = report.status
    elif id(owner) in rough and rough[id(owner)] == report.status:
        owner.quantity = report.quantity
        del rough[id(owner)]


def _told_apart(past: Transfer, current: Transfer, cue: str) -> bool:
    """A fleet in service may always be an earlier deal's; a stage told as already past is another deal than the
    current report's when it is further on or counts other items ("382 Griffon had already been delivered"
    beside "orders 92 Griffon"), not when it repeats it ("has already received the first guns")."""
    if cue == "fleet":
        return True
    order = STATUSES["transfer"]
    further = order.index(past.status or "planned") > order.index(current.status or "planned")
    return further or None not in (past.quantity, current.quantity) and past.quantity != current.quantity


def _set_aside(owner: Transfer, report: Transfer, owner_behind: bool) -> None:
    """One of OWNER and REPORT tells the buyer's fleet or a stage already past ("382 Griffon had already been
    delivered before this new order"): maybe an earlier deal, so the other alone gives stage, count, value, dates."""
    if owner_behind:
        for name in ("status", "quantity", "value", "order_date", "delivery_date"):
            setattr(owner, name, getattr(report, name))
    _add_evidence(owner, report)


def _keep_current(owner: Transfer, report: Transfer) -> None:
    """OWNER's deal is told beside an earlier one (see _earlier_deal): the less advanced report gives the stage,
    the count and the delivery date; the other lends only what neither has."""
    order = STATUSES["transfer"]
    if order.index(report.status or "planned") < order.index(owner.status or "planned"):
        owner.status, owner.quantity, owner.delivery_date = report.status, report.quantity, report.delivery_date
        owner.order_date = report.order_date or owner.order_date
    owner.value = owner.value or report.value
    _add_evidence(owner, report)


def _specified(deals: list[Transfer], units: dict[int, set[int]], partial: list[Candidate],
               named: list[Named]) -> list[Transfer]:
    """A deal reported only by its kind ("12 fighter jets from South Korea") takes the one system of that kind
    the document names for it ("a contract for 12 FA-50 fighters") and merges with that system's deal; two
    systems of the kind that fit leave it generic (two deals, or no telling which)."""
    kept = [d for d in deals if d.system]
    for deal in (d for d in deals if d.system is None):
        reports = [c for c in partial if c.unit in units[id(deal)] and fits(deal, c)]
        names = _systems_for(deal, reports, [n for n in named if n.unit in units[id(deal)]])
        if len(names) != 1:
            kept.append(deal)
            continue
        deal.system = names.pop()
        for report in (c for c in reports if key(deal_of(c).system or "") == key(deal.system)):
            _absorb(deal, report.event)
        owner = next((d for d in kept if (d.supplier, d.recipient, key(d.system or "")) ==
                      (deal.supplier, deal.recipient, key(deal.system))), None)
        if owner is None:
            kept.append(deal)
        else:
            _absorb(owner, deal)
    return sorted(kept, key=_first_offset)


def _systems_for(deal: Transfer, reports: list[Candidate], named: list[Named]) -> set[str]:
    """The systems that may be DEAL's item: those of its reports with a side missing, and those named of its
    kind and made in its supplier's country (one sold to another buyer too: "CAESAR for Morocco ... a batch of
    12 guns delivered to Kyiv")."""
    names = {deal_of(c).system for c in reports} | {n.system.name for n in named if n.system.origin in (
        None, deal.supplier) and same_kind(n.system.category, deal.category)}
    found = {key(n): n for n in names if n}
    return set(found.values())


def _yield_guessed(deals: list[Transfer], stated: set[int]) -> list[Transfer]:
    """A supplier guessed from the item's origin (F-16s are American) yields to the seller the text names
    for the same item and recipient (F-16s bought second-hand from Denmark)."""
    kept: list[Transfer] = []
    for deal in deals:
        owner = None if id(deal) in stated else next(
            (d for d in deals if id(d) in stated and d.recipient == deal.recipient and d.supplier != deal.supplier
             and key(d.system or "") == key(deal.system or "")), None)
        if owner is None:
            kept.append(deal)
        else:
            _absorb(owner, deal)
    return kept


def _productions(candidates: list[Candidate], deals: list[Transfer], named: list[Named]) -> list[Event]:
    events = [c.event for c in candidates]
    unify_drone_categories(candidates)
    name_from_deals(events, deals)
    name_from_text(events, named)
    date_from_deals(events, deals)
    merged: dict[tuple, Production] = {}
    for event in events:
        assert isinstance(event, Production)
        item = key(event.system) if event.system else event.category
        _merge_into(merged, (event.producer, event.partner, item), event)
    kept: list[Event] = []
    for (producer, partner, item), event in merged.items():
        owner = None
        if partner is None and event.system is None:
            # "Panzer in der Ukraine gebaut" beside the Panther KF51 made there with Rheinmetall: the same production
            owner = next((e for (p, q, i), e in merged.items() if p == producer and q
                          and (i == item or e.category == event.category)), None)
        if owner is None and event.system is None:
            owner = next((e for e in merged.values() if e is not event and e.system and e.producer == producer
                          and e.partner == partner and e.category == event.category), None)
        if owner is None and event.system is None and event.category == "aircraft":
            # "petits avions de guerre, dits « drones »": unmanned warplanes beside the drones made there
            owner = next((e for e in merged.values() if e.producer == producer and partner in (e.partner, None)
                          and is_drone(e.category)), None)
        if owner is not None:
            _add_evidence(owner, event)
        else:
            kept.append(event)
    # "the jets will be built at the maker's plant" in a report of their sale: the export, not a production
    return sorted([e for e in kept if not made_for_export(e, deals)], key=_first_offset)


def _agreements(candidates: list[Candidate]) -> list[Agreement]:
    kept: list[Agreement] = []
    for candidate in candidates:
        event = candidate.event
        assert isinstance(event, Agreement)
        if len(event.parties) >= 2:
            owner = next((a for a in reversed(kept) if a.parties == event.parties
                          and (candidate.continuation or _compatible(a, event))), None)
        else:
            owner = next((a for a in reversed(kept) if set(event.parties) <= set(a.parties)), None)
        if owner is not None:
            _merge_agreement(owner, event)
        elif len(event.parties) >= 2:
            kept.append(event)
    return list(kept)


def _compatible(first: Agreement, second: Agreement) -> bool:
    """Two reports of one agreement unless both name scopes and none is shared (cyber vs industry)."""
    return not (first.scope and second.scope and not set(first.scope) & set(second.scope))


def _merge_agreement(owner: Agreement, other: Agreement) -> None:
    owner.scope = sorted(set(owner.scope) | set(other.scope))
    owner.status = _later("agreement", owner.status, other.status)
    owner.date = owner.date or other.date
    owner.ratified_date = owner.ratified_date or other.ratified_date
    _add_evidence(owner, other)


def _merge_into(table: dict[tuple, EventT], slot: tuple, event: EventT) -> None:
    owner = table.get(slot)
    if owner is None:
        table[slot] = event
    else:
        _absorb(owner, event)


def _absorb(owner: Event, event: Event) -> None:
    """EVENT reports OWNER's deal again: its later stage, the fields OWNER lacks, its evidence."""
    for name in owner.fields:
        mine, theirs = getattr(owner, name), getattr(event, name)
        if name == "status":
            setattr(owner, name, _later(owner.type, mine, theirs))
        elif mine is None:
            setattr(owner, name, theirs)
    _add_evidence(owner, event)


def _lend(owner: Transfer, generic: Transfer) -> None:
    """A generic mention of OWNER's deal lends the values OWNER lacks ("a $367 million contract for drones,
    Bayraktar TB2 UCAVs"), not its stage: "Turkish drone sales" says nothing of this deal's stage."""
    for name in ("quantity", "value", "order_date", "delivery_date"):
        if getattr(owner, name) is None:
            setattr(owner, name, getattr(generic, name))
    _add_evidence(owner, generic)


def _later(kind: str, first: str | None, second: str | None) -> str | None:
    order = STATUSES[kind]
    ranks = [order.index(s) for s in (first, second) if s in order]
    return order[max(ranks)] if ranks else None


def _add_evidence(owner: Event, other: Event) -> None:
    quotes = {e.quote for e in owner.evidence}
    owner.evidence += [e for e in other.evidence if e.quote not in quotes]
    owner.companies = list(dict.fromkeys([*owner.companies, *other.companies]))
    owner.cues = sorted(set(owner.cues) | set(other.cues))


def _first_offset(event: Event) -> int:
    return min((e.start for e in event.evidence), default=0)

"""Values found beside a deal rather than in its sentence, given to the deal they belong to.

An amount of money goes to the deal it follows; a dated stage sentence ("The contract was signed on Monday")
dates the deal beside it; a report with a side missing lends the value it states to the one deal it fits.
"""

from __future__ import annotations

from dataclasses import dataclass

from armstrack.extract.events import Candidate, SentenceView
from armstrack.extract.scan import Mention
from armstrack.kb.normalize import key
from armstrack.model import Money, Transfer


@dataclass(frozen=True)
class Amount:
    """An amount of money found in a sentence near a deal."""

    sentence: int
    start: int
    money: Money
    unit: int = 0  # 0 for the article body, else the offset of the teaser line holding it
    items: tuple[tuple[int, str], ...] = ()  # where the sentence names a system or a kind, and its key

    @classmethod
    def of(cls, view: SentenceView, mention: Mention) -> Amount:
        """The amount MENTION of VIEW's sentence, with the items that sentence names."""
        items = tuple((m.start, _item_key(m)) for m in view.mentions if m.kind in ("system", "category"))
        return cls(view.index, mention.start, mention.value, view.unit, items)


@dataclass(frozen=True)
class Dated:
    """A date in a sentence that reports a stage of a deal without its item ("The contract was signed on Monday")."""

    sentence: int
    stage: str  # the stage of the trigger nearest the date: signed, ordered or delivered
    date: str
    category: str | None = None  # the item's kind, when the sentence names one ("the purchase of the jets")
    unit: int = 0


# FORMAT.md categories that are kinds of another: a loitering munition is a drone too.
NARROWER: dict[str, str] = {"loitering_munition": "uav"}

# cues that keep a deal planned however its signing is reported (an approved or requested sale)
HOLDING_CUES = frozenset({"approval", "intent", "talks", "offer", "future", "denied", "request"})
# a dated stage sentence dates a deal reported this many sentences before it (or after it, in a lead)
DATE_REACH = 2


def past_only(candidates: list[Candidate], dated: list[Dated], published: str | None) -> list[Dated]:
    """Order and delivery dates no later than the publication date: a later one is a horizon ("deliveries
    run until 2028"), not the date of a stage the document reports. Also the dated notes that pass."""
    if not published:
        return dated
    for candidate in candidates:
        event = candidate.event
        if isinstance(event, Transfer):
            event.order_date = None if after(event.order_date, published) else event.order_date
            event.delivery_date = None if after(event.delivery_date, published) else event.delivery_date
    return [note for note in dated if not after(note.date, published)]


def after(date: str | None, other: str) -> bool:
    """DATE falls after OTHER at the precision both give ("2025" is not after "2025-09-12")."""
    if date is None:
        return False
    mine, theirs = date.split("-"), other.split("-")
    common = min(len(mine), len(theirs))
    return [int(part) for part in mine[:common]] > [int(part) for part in theirs[:common]]


def item_less_dates(candidates: list[Candidate]) -> list[Dated]:
    """Dates of transfers that stay incomplete ("the jets were bought on Monday", "approved the sale in May"):
    they may date the deal reported beside them."""
    found = []
    for candidate in candidates:
        event = candidate.event
        if isinstance(event, Transfer) and (candidate.frame or not complete(event)):
            # "das System" names no kind: it may be any deal's item
            category = None if candidate.frame or event.category == "other" else event.category
            if event.order_date:
                found.append(Dated(candidate.sentence, "ordered", event.order_date, category, candidate.unit))
            if event.delivery_date:
                found.append(Dated(candidate.sentence, "delivered", event.delivery_date, category, candidate.unit))
    return found


def attach_dates(transfers: list[Candidate], dated: list[Dated]) -> None:
    """Each dated stage sentence dates the deals of the nearest sentence before it (within reach), else after it:
    a delivery date a delivered deal, an order or signing date any other ("agreed to buy ... The agreement was
    signed on Tuesday": the signing also makes a bare plan an order)."""
    for note in dated:
        if note.stage == "planned":
            continue
        fitting = [c for c in transfers if c.unit == note.unit and c.sentence != note.sentence
                   and (note.category is None or same_kind(deal_of(c).category, note.category))
                   and (note.stage != "delivered" or deal_of(c).status == "delivered")]
        before = [c for c in fitting if 0 < note.sentence - c.sentence <= DATE_REACH]
        after = [c for c in fitting if 0 < c.sentence - note.sentence <= DATE_REACH]
        if not (before or after):
            # far from the report, a delivery ("presidió el viernes la entrega de los aviones") or a stage naming
            # no kind ("signed the commitment for the system"): the one deal it fits
            alone = len({_slot(c) for c in fitting}) == 1
            before = fitting if alone and (note.stage == "delivered" or note.category is None) else []
            if not before:
                continue
        nearest = max(c.sentence for c in before) if before else min(c.sentence for c in after)
        for candidate in (c for c in fitting if c.sentence == nearest):
            event = candidate.event
            assert isinstance(event, Transfer)
            if note.stage == "delivered":
                event.delivery_date = event.delivery_date or note.date
                continue
            if note.stage == "signed" and event.status == "planned" and not candidate.cues & HOLDING_CUES:
                event.status = "ordered"
            event.order_date = event.order_date or note.date


def _slot(candidate: Candidate) -> tuple:
    event = deal_of(candidate)
    return event.supplier, event.recipient, key(event.system or event.category or "")


def attach_money(candidates: list[Candidate], amounts: list[Amount]) -> set[int]:
    """Each amount goes to the deal it is nearest to: an item of its own sentence (the one it follows in
    its clause first), else the deal of the item its sentence names, else the latest deal before it (or the
    first after it); the first amount stated wins ("3.71tn won (about $2.8bn)").
    Also the events valued by an amount of their own sentence."""
    transfers = [c for c in candidates if isinstance(c.event, Transfer)]
    own: set[int] = set()
    for amount in amounts:
        # "the deal is worth 4 billion euros and also covers munitions": a report with no side named after the
        # amount is no deal it prices
        here = [c for c in transfers if c.sentence == amount.sentence and not c.continuation
                and (c.position <= amount.start or deal_of(c).supplier or deal_of(c).recipient)]
        before = [c for c in transfers if c.sentence < amount.sentence and c.unit == amount.unit]
        # "welcomed a $305 million artillery agreement with the Dutch. Israel will supply 20 PULS": a lead
        # states the price before it names the deal
        after = [c for c in transfers if 0 < c.sentence - amount.sentence <= DATE_REACH and c.unit == amount.unit]
        named = _named_deal(transfers, amount)
        if here:
            target = _nearest_item(here, amount)
        elif named is not None:
            target = named
        elif before or after:
            target = max(before, key=lambda c: (c.sentence, c.position)) if before else min(
                after, key=lambda c: (c.sentence, c.position))
        else:
            continue
        deal = deal_of(target)
        if deal.value is None:
            deal.value = amount.money
            # its own sentence's amount, or a lead's price for the deal reported after it
            own |= {id(deal)} if target.sentence >= amount.sentence or not complete(deal) else set()
    return own


def _named_deal(transfers: list[Candidate], amount: Amount) -> Candidate | None:
    """ "The tanks are built by Hyundai Rotem and cost $3.3 billion": the latest deal (or the first within reach
    after) of the item the amount follows in its sentence ("The sale is worth $70 million and brings ground
    stations": an item named after the amount is not what it prices)."""
    earlier = [item for start, item in amount.items if start <= amount.start]
    if not earlier:
        return None
    item = earlier[-1]
    deals = [c for c in transfers if c.unit == amount.unit and item in (key(deal_of(c).system or ""),
                                                                         deal_of(c).category)]
    before = [c for c in deals if c.sentence <= amount.sentence]
    after = [c for c in deals if 0 < c.sentence - amount.sentence <= DATE_REACH]
    if before:
        return max(before, key=lambda c: (c.sentence, c.position))
    return min(after, key=lambda c: (c.sentence, c.position)) if after else None


def _item_key(mention: Mention) -> str:
    return key(mention.value.name) if mention.kind == "system" else str(mention.value)


def _nearest_item(here: list[Candidate], amount: Amount) -> Candidate:
    """The item the amount follows most closely, else the nearest after it ("a $3.5bn deal for Arrow 3")."""
    earlier = [c for c in here if c.position <= amount.start]
    if earlier:
        return max(earlier, key=lambda c: c.position)
    return min(here, key=lambda c: c.position)


def complete(event: Transfer) -> bool:
    """Both sides known and distinct."""
    if event.recipient is None or event.supplier == event.recipient:
        return False
    return event.supplier is not None


def lend_values(deals: list[Transfer], units: dict[int, set[int]], candidates: list[Candidate]) -> None:
    """A report with a side missing ("the purchase contract for the 36 F-35A comes to 6.035 billion francs")
    gives the value its sentence (or the lead just before it) states to the one deal of the document it fits."""
    for candidate in candidates:
        event = candidate.event
        if not isinstance(event, Transfer) or event.value is None or complete(event):
            continue
        fitting = [d for d in fitting_deals(deals, units, candidate)
                   if event.system is None or key(event.system) == key(d.system or "")]
        if len(fitting) == 1 and fitting[0].value is None:
            fitting[0].value = event.value


def fitting_deals(deals: list[Transfer], units: dict[int, set[int]], report: Candidate) -> list[Transfer]:
    """The document's deals told in REPORT's unit (the body or its teaser line) that REPORT fits."""
    return [d for d in deals if report.unit in units.get(id(d), {0}) and fits(d, report)]


def fits(deal: Transfer, report: Candidate) -> bool:
    """A system's report with a side missing may be DEAL's: same kind, no side or count against it."""
    event = deal_of(report)
    return (same_kind(event.category, deal.category) and event.recipient in (None, deal.recipient)
            and event.supplier in (None, deal.supplier)
            and (None in (event.quantity, deal.quantity) or event.quantity == deal.quantity))


def deal_of(candidate: Candidate) -> Transfer:
    """The transfer a deal candidate carries (callers pass transfer candidates only)."""
    assert isinstance(candidate.event, Transfer)
    return candidate.event


def same_kind(specific: str | None, generic: str | None) -> bool:
    """SPECIFIC is GENERIC's category or a narrower one (a loitering munition is a drone)."""
    return specific == generic or NARROWER.get(specific or "") == generic

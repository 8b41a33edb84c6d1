"""Where an item is made and with whom, and the country codes a sentence's references stand for."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from armstrack.extract.roles import Context, Grammar, Ref, chain
from armstrack.extract.view import PLANNING_CUES, SentenceView, cues_near
from armstrack.kb.normalize import key
from armstrack.model import Production

if TYPE_CHECKING:
    from armstrack.extract.events import Item, Trigger
    from armstrack.model import Event, Transfer

APPOSITION_GAP = 25  # characters between a firm's name and the "joint venture" that describes it
MAKER_GAP = 12  # characters between "made by" and the maker's name ("من تصنيع شركة «داسو»")
UPKEEP_GAP = 25  # characters from "build" to the maintenance centre, and from it to its items ("for the drones")
ORIGIN_GAP = 12  # characters between "built" and the country it was built in ("gebouwd in de Verenigde Staten")
FIRM_REACH = 300  # characters back to the foreign firm a planned production with no partner is made with
CONTRACT_GAP = 30  # characters from "contract for" to the making noun it orders ("the design and construction of")
RECEIVER_GAP = 12  # "transfer of technology to X": the receiver follows the joint phrase closely
PLACE_GAP = 30  # characters between a making word and the place it names ("built later in Polish plants",
# "in Ägypten gebaut")


def producer_and_partner(view: SentenceView, item: Item, main: Trigger, context: Context,
                         grammar: Grammar) -> tuple[str | None, str | None]:
    """Where it is made ("in X", the maker, "the company"), and the foreign partner ("with X"); none when the
    making word only says where an item comes from or who makes it."""
    if _names_origin(view, main, grammar) or _kept_item(view, main, item):
        return None, None
    producer, chosen, codes, placed = _producer(view, main, context, grammar)
    if producer is None or not placed and chosen.form == "demonym" and _contracted(view, main):
        return None, None
    origin = item.system.origin if item.system is not None else None
    if chosen.form == "site" and origin and origin != producer:
        return producer, origin  # a catalogued foreign system made at a known plant: its maker's country partners
    skip = chosen if chosen.form == "anaphor" else None  # "the country" stands for the producer only
    others = [(r, c) for r in view.refs if r is not skip and r.marker not in ("opponent", "based")
              for c in context.resolve(r, {producer}) if c != producer and not c.startswith("org:")]
    # "BEIRUT — Morocco and Israel to co-produce": the producer's co-subject before any other country
    others.sort(key=lambda pair: pair[1] not in codes)
    if not others:  # "the first Griffons assembled in Belgium": a catalogued foreign design's maker partners
        return producer, origin if origin and origin != producer else _foreign_partner(view, main, producer, context)
    partner_ref, partner = others[0]
    certain = placed or (chosen.form != "demonym" and partner_ref.marker == "partner")
    if not certain and _rank(context, partner) < _rank(context, producer):
        producer, partner = partner, producer  # "Israel and Morocco to co-produce": made in the article's country
    return producer, partner


def _foreign_partner(view: SentenceView, main: Trigger, producer: str, context: Context) -> str | None:
    """No partner in the sentence: the foreign firm the article named last before it takes part in a joint
    production ("the future co-production of new units"), and in a planned one when named close by, before it
    or, in a headline, just after ("Rheinmetall plans a barrel plant in Britain. Barrels will again be made in
    the country")."""
    firm = context.last_firm(main.start)
    if main.orientation == "joint":
        return firm.country if firm is not None and firm.country not in (None, producer) else None
    if main.stage == "operational" and not cues_near(view, main.start, main.end) & set(PLANNING_CUES):
        return None  # a production already running is the country's own
    near = [m.value for m in context.firms if 0 <= main.start - m.end <= FIRM_REACH]
    after = [m.value for m in context.firms if 0 <= m.start - main.end <= FIRM_REACH]
    close = near[-1:] or after[:1]
    return close[0].country if close and close[0].country not in (None, producer) else None


def _names_origin(view: SentenceView, main: Trigger, grammar: Grammar) -> bool:
    """The making word names where an item comes from or describes its maker, not a production."""
    return _from_maker(view, main, grammar) or _built_abroad(view, main) \
        or main.orientation == "joint" and describes_firm(view, main.start, main.end)


def _contracted(view: SentenceView, main: Trigger) -> bool:
    """ "the contract for the design and construction of 12 minehunters (awarded to a consortium under Belgian
    law)": a making noun a contract orders is a purchase from the builder; a nationality is no place of making."""
    return main.orientation == "make" and main.stage == "planned" and any(
        0 <= main.start - m.end <= CONTRACT_GAP for m in view.kind("agreement") if m.form == "weak")


def _kept_item(view: SentenceView, main: Trigger, item: Item) -> bool:
    """ "to build a maintenance centre for the drones", "ein Wartungszentrum für die Drohnen bauen": what the
    making word builds is a place that keeps or repairs items, and the item belongs to it; it makes none."""
    return any(m.value.startswith("upkeep") and (0 <= m.start - main.end <= UPKEEP_GAP or (
        0 <= item.start - m.end <= UPKEEP_GAP and not any(m.end <= t.start < item.start for t in view.kind("trigger"))))
        for m in view.kind("nonevent"))


def _producer(view: SentenceView, main: Trigger, context: Context,
              grammar: Grammar) -> tuple[str | None, Ref, list[str], bool]:
    """The producer, the reference it comes from, the codes coordinated with it and whether it is a place: "in X",
    then a known plant or base ("op de vliegbasis Cameri"), the receiver of technology, the subject, a demonym."""
    sites = [Ref(m.start, m.end, m.value.country, "site", marker="place") for m in view.kind("site") if m.value.country]
    # "to be built in Ukraine": where an item is yet to be made is where it is made
    coming = [r for r in view.refs if r.marker == "made_in" and r.form != "demonym" and main.stage != "operational"
              and 0 <= r.start - main.end <= ORIGIN_GAP]
    places = [r for r in view.refs if r.marker == "place"] + coming + sites + _receiving_technology(view)
    subjects = [r for r in likely_subjects(view, main) if r.marker not in ("partner", "opponent")]
    demonyms = [r for r in view.refs if r.form == "demonym" and r.marker not in ("partner", "opponent")]
    for ref in places + subjects[-1:] + demonyms:
        group = chain(view.refs, ref, view.folded, grammar) if ref in subjects else [ref]
        codes = _named_kingdom(view, ref, context) or resolved_codes(group, context)
        if codes:
            return min(codes, key=lambda c: _rank(context, c)), ref, codes, ref in places
    return None, Ref(0, 0, None, ""), [], False


def _built_abroad(view: SentenceView, main: Trigger) -> bool:
    """ "two F-35s that were built in the United States": a finished item's place of make is its origin,
    not a production the article reports."""
    if main.stage != "operational" or cues_near(view, main.start) & set(PLANNING_CUES):
        return False  # "the remaining 61 will be produced in Poland": a production to come
    return any(r.marker == "made_in" and r.form != "demonym" and 0 <= r.start - main.end <= ORIGIN_GAP
               for r in view.refs)


def made_beside(view: SentenceView, shots: list[Trigger]) -> tuple[SentenceView, list[Trigger]]:
    """ "four frigates, three of which will be built in Egypt": beside a purchase, the making words that name
    where the item is made, or a licence or joint production, report a production of part of the order; the
    clause that tells it refers back to the item across the clause break."""
    places = [r.start for r in view.refs if r.marker in ("place", "made_in", "made") and r.form != "demonym"]
    places += [m.start for m in view.kind("site")]
    making = [t for t in shots if t.event == "production" and (
        t.orientation == "joint" or t.stage == "agreed" or any(-PLACE_GAP <= p - t.end <= PLACE_GAP for p in places))]
    # "werden in Egypte gebouwd" is a finished item's origin, unless the making is yet to come ("zullen worden")
    making = [t if t.stage != "operational" else replace(t, stage="planned") for t in making
              if t.stage != "operational" or cues_near(view, t.start, t.end) & set(PLANNING_CUES)]
    return (replace(view, breaks=[]) if making else view), making


def part_of_order(view: SentenceView, shots: list[Trigger]) -> bool:
    """ "supply four frigates, three of them to be made in Egypt": a buying word beside making words that all
    tell where part of the order is made, so the item is bought first, and partly made at home."""
    making = [t for t in shots if t.event == "production"]
    return any(t.event == "transfer" for t in shots) and len(made_beside(view, making)[1]) == len(making)


def opened_stage(view: SentenceView, stage: str) -> str:
    """ "inaugurated a plant for the K808 vehicles": a plant opened, nothing planned in the sentence, runs."""
    said = {m.value for m in view.kind("cue")}
    return "operational" if "opened" in said and not said & set(PLANNING_CUES) else stage


def describes_firm(view: SentenceView, start: int, end: int) -> bool:
    """ "BrahMos Aerospace, a joint venture of India and Russia": a joint-production phrase at START:END set off by a
    comma beside a firm's name describes that firm, not a production or pact the sentence reports."""
    for firm in view.kind("firm"):
        gap = view.text[firm.end:start] if firm.end <= start else view.text[end:firm.start]
        if "," in gap and len(gap) <= APPOSITION_GAP:
            return True
    return False


def _named_kingdom(view: SentenceView, ref: Ref, context: Context) -> list[str]:
    """ "Saudi Arabia plans a drone factory in the kingdom": the monarchy the sentence named before the anaphor,
    rather than the article's most-mentioned one."""
    if ref.anaphor != "kingdom":
        return []
    return [r.code for r in view.refs if r.end <= ref.start and r.code in context.monarchies][-1:]


def _from_maker(view: SentenceView, main: Trigger, grammar: Grammar) -> bool:
    """ "bought 40 Mi-28 from the Mil plant", "من مصنع ميل", "رافال من تصنيع شركة داسو": a making word after
    "from" names where a bought item comes from, or its maker."""
    if grammar.marker(view.folded, main.start, main.end) != "source":
        return False
    bought = any(m.value.startswith("transfer.") for m in view.kind("trigger"))
    return bought or any(0 <= m.start - main.end <= MAKER_GAP for m in view.kind("firm"))


def _receiving_technology(view: SentenceView) -> list[Ref]:
    """ "technology transfer to the kingdom", "نقل التقنية إلى المملكة": the receiving side makes the item."""
    joint = [m for m in view.kind("trigger") if m.value.startswith("production.joint")]
    return [r for r in view.refs if r.marker == "target"
            and any(0 <= r.start - m.end <= RECEIVER_GAP for m in joint)]


def _rank(context: Context, code: str) -> int:
    return context.focus.index(code) if code in context.focus else len(context.focus)


def resolved_codes(refs: list[Ref], context: Context, exclude: set[str] | None = None) -> list[str]:
    """The country codes REFS stand for, anaphors resolved, in order, without repeats or EXCLUDE."""
    exclude = exclude or set()
    codes: list[str] = []
    for ref in refs:
        codes += [c for c in context.resolve(ref, exclude) if c not in exclude and c not in codes]
    return codes


def likely_subjects(view: SentenceView, main: Trigger) -> list[Ref]:
    """Unmarked names and metonyms before the trigger (the likely subject), else anaphors there."""
    before = [r for r in view.refs if r.end <= main.start and r.form != "demonym" and not r.marker]
    named = [r for r in before if r.form != "anaphor"]
    return named or before


def made_for_export(event: Event, deals: list[Transfer]) -> bool:
    """ "The aircraft will be built at TAI's plant in Türkiye" in a report of Spain's purchase: the maker making
    an item the document reports it selling (to the partner, or with no partner named) is that export."""
    if not isinstance(event, Production):
        return False
    item = key(event.system) if event.system else None
    return any(deal.supplier == event.producer and event.partner in (None, deal.recipient)
               and (key(deal.system) == item if item and deal.system else deal.category == event.category)
               for deal in deals)

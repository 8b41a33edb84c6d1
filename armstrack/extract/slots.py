"""The slots a candidate sentence gives an event: its stage and cues, its count, and the dates its triggers carry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from armstrack.extract.scan import Mention
from armstrack.extract.view import PLANNING_CUES, SENTENCE_CUES, SentenceView, closing_cues, cues_near
from armstrack.model import STATUSES

if TYPE_CHECKING:
    from armstrack.extract.events import Item, Trigger

QUANTITY_GAP = 45  # a quantity this far before an item counts it ("13 Turkish-made TB2 drones")
NEGATION_GAP = 20  # a negation this close before the verb denies it ("did not buy", "has no plans to buy")
ITEM_NEGATION_GAP = 12  # and this close before the item ("kocht keine Drohnen", "ne livrera pas de drones")


def read_stage(view: SentenceView, shots: list[Trigger], event: str) -> tuple[str, set[str]]:
    """The most advanced stage the triggers report, each put back to planned by a planning cue."""
    order = STATUSES[event]
    best, cues = 0, set()
    for shot in shots:
        near = cues_near(view, shot.start, shot.end)
        held = {m.value for m in view.kind("cue") if m.value in SENTENCE_CUES and m.start < shot.start}
        if shot.orientation == "supply":  # an export approved, the verb last; a buyer approving its purchase decided it
            held |= closing_cues(view, shot.end)
        if shot.stage != order[-1]:
            near |= held
        cues |= near
        stage = order[0] if (near | _told_ahead(view, shot)) & set(PLANNING_CUES) else shot.stage
        best = max(best, order.index(stage) if stage in order else 0)
    cues |= {m.value for m in view.kind("cue") if m.value in ("reported", "denied")}
    return order[best], cues


def negated(view: SentenceView, trigger: int, item: int) -> bool:
    """A negation word of the clause denies the deal: between the subject and the verb starting at TRIGGER ("did
    not buy", "لم تشتر", "heeft de F-16's niet aan Oekraïne geleverd"), or right before the item starting at ITEM
    ("kocht keine Drohnen", "geen F-16's")."""
    return any(_denies(view, cue, trigger, NEGATION_GAP, cue.start < item)
               or _denies(view, cue, item, ITEM_NEGATION_GAP, True)
               for cue in view.kind("cue") if cue.value == "negation")


def _denies(view: SentenceView, cue: Mention, at: int, gap: int, subject_first: bool) -> bool:
    """The negation sits just before AT, in its clause: no punctuation between, nor a country when the negation
    comes before the item ("did not say whether Poland bought": the negation is another verb's); after the item
    the verb comes last, its recipient between ("die Panzer nicht an die Ukraine geliefert")."""
    if not cue.end <= at <= cue.end + gap:
        return False
    between = view.text[cue.end:at]
    if any(ch in between for ch in ",.;:!?"):
        return False
    return not (subject_first and any(cue.end <= ref.start < at for ref in view.refs))


def _told_ahead(view: SentenceView, shot: Trigger) -> set[str]:
    """A future auxiliary right after a verb put last ("aan Oekraïne geleverd zullen worden", "geliefert werden
    soll"): the stage is still to come."""
    return {m.value for m in view.kind("cue") if m.value == "future" and m.start >= shot.end
            and not view.text[shot.end:m.start].strip()}


def read_quantity(view: SentenceView, item: Item) -> int | None:
    """The count just before the item; a number inside a system's name ("Leopard 2", "Bell 412") counts
    nothing, and one before another system counts that one ("24 F-16 and Bayraktar TB2 drones")."""
    count = _count(view, item)
    return count.value if count is not None else None


def _count(view: SentenceView, item: Item) -> Mention | None:
    names = view.kind("system")
    best = None
    for m in view.kind("quantity"):
        if m.end <= item.start and item.start - m.end <= QUANTITY_GAP and isinstance(m.value, int):
            between = view.text[m.end:item.start]
            if not any(ch in between for ch in ".;:!?") and not any(
                    n.start <= m.start < n.end or m.end <= n.start < item.start for n in names):
                best = m
    return best


def rough_count(view: SentenceView, item: Item) -> bool:
    """The item's count is a round figure ("más de 150", "rund 40", "some 20"): an exact one told elsewhere wins."""
    count = _count(view, item)
    return count is not None and any(m.value == "rough" and m.end <= count.start
                                     and not view.text[m.end:count.start].strip() for m in view.kind("cue"))


def order_date_of(dates: dict[str, str]) -> str | None:
    """The date of an ordering trigger, else of a buying intent in the same sentence ("has concluded a contract
    to buy its TB2 drones, the army said on Tuesday": the date sits by "to buy")."""
    return dates.get("ordered") or dates.get("planned")


def trigger_dates(view: SentenceView, shots: list[Trigger]) -> dict[str, str]:
    """Each date goes to the trigger nearest to it; keyed by the stage of that trigger (or of the nearest
    of this item's triggers, when the nearest belongs to no event: "signed" before "a contract")."""
    found: dict[str, str] = {}
    everything = view.kind("trigger")
    for date in view.kind("date"):
        nearest = min(everything, key=lambda t: abs(t.start - date.start), default=None)
        shot = next((s for s in shots if nearest is not None and s.start == nearest.start), None)
        if shot is None and shots:
            shot = min(shots, key=lambda t: abs(t.start - date.start))
        if shot is not None:
            found.setdefault(shot.stage, str(date.value))
    return found

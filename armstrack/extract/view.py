"""What event building sees of one sentence, the candidate events it yields, the cue rules both
transfers and agreements use, and what a sentence with no event still tells (stage dates, a deal named)."""

from __future__ import annotations

from dataclasses import dataclass, field

from armstrack.extract.roles import Grammar, Ref
from armstrack.extract.scan import Mention
from armstrack.model import Event, Evidence

# Cues that put the stage back to "planned" when they sit just before a trigger.
PLANNING_CUES = ("future", "intent", "talks", "offer", "expected", "denied", "prototype", "approval", "request")
# Cues that hold back every later trigger of their sentence short of a delivery: an approved, notified or
# requested sale is not yet an order, however the sale is worded after it ("approved a possible sale ... to buy").
SENTENCE_CUES = ("approval",)
CUE_WINDOW = 40  # characters before a trigger in which a cue qualifies it
CUE_AFTER = 15  # and after it ("the sale is expected")
AFTER_CUES = ("expected", "denied")
# punctuation right after a clause's last word
CLAUSE_CLOSE = ".,;:!?)"
OPENING = 5  # characters into a sentence where "the sale" still opens it


@dataclass
class Candidate:
    """An event found in one sentence, with what assembly needs to merge it."""

    event: Event
    sentence: int
    position: int
    continuation: bool = False  # the sentence refers back to an earlier deal ("the sale")
    cues: set[str] = field(default_factory=set)
    unit: int = 0  # 0 for the article body, else the offset of the teaser line it comes from
    licensed: bool = False  # a production under licence or co-production: the partner may be the supplier
    inherits: bool = False  # "the deal includes 600 missiles": sides and stage come from the deal before
    frame: bool = False  # a deal named without its item ("approved a sale to Morocco"): only lends its sides
    guessed: bool = False  # the supplier is the item's country of origin, not a seller the text names
    sale: bool = False  # an "agreement" for items: only the contract of a transfer, never an event of its own
    origin: str | None = None  # the knowledge-base country of origin of the item's system, if known


@dataclass
class SentenceView:
    """One candidate sentence's mentions, sorted into what event building needs."""

    index: int
    start: int
    end: int
    text: str  # the whole document text
    folded: str
    mentions: list[Mention]
    refs: list[Ref]
    unit: int = 0  # 0 for the article body, else the offset of the teaser line holding the sentence
    breaks: list[tuple[int, int, str]] = field(default_factory=list)  # where later clauses open or resume
    _grouped: dict[str, list[Mention]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _grouped_from: list[Mention] | None = field(default=None, init=False, repr=False, compare=False)

    def kind(self, kind: str) -> list[Mention]:
        """Mentions of one kind, in order."""
        # asked hundreds of times per sentence: group once per mention list (it is replaced, never edited)
        if self._grouped_from is not self.mentions:
            self._grouped, self._grouped_from = {}, self.mentions
            for mention in self.mentions:
                self._grouped.setdefault(mention.kind, []).append(mention)
        return list(self._grouped.get(kind, ()))

    def evidence(self) -> Evidence:
        """The sentence as a verbatim quote."""
        return Evidence.span(self.text, self.start, self.end)


def cues_near(view: SentenceView, offset: int, end: int | None = None) -> set[str]:
    """The cues just before OFFSET, and the after-cues just after END ("the sale is expected")."""
    end = offset if end is None else end
    return {m.value for m in view.kind("cue") if offset - CUE_WINDOW <= m.start < offset
            or (end <= m.start < end + CUE_AFTER and m.value in AFTER_CUES)}


def closing_cues(view: SentenceView, end: int) -> set[str]:
    """The sentence cues that close the clause of a trigger ending at END, the verb put last ("hat den Export
    der Fregatte genehmigt", "de levering van de F-16's goedgekeurd"): they govern the trigger before them."""
    found = set()
    for cue in view.kind("cue"):
        if cue.value not in SENTENCE_CUES or cue.start < end or any(end <= at < cue.start for at, _, _ in view.breaks):
            continue
        rest = view.text[cue.end:view.end].lstrip()
        if not rest or rest[0] in CLAUSE_CLOSE:
            found.add(cue.value)
    return found


def refers_back(view: SentenceView) -> bool:
    """The sentence opens on the deal just reported ("The sale is expected to ...")."""
    return any(m.value == "deal" and m.start - view.start <= OPENING for m in view.kind("anaphor"))


def sale_agreement(view: SentenceView, grammar: Grammar) -> bool:
    """An "agreement" noun followed by the item it buys ("un convenio por 207 blindados", "اتفاقا لشراء 24
    طائرة"), with no cooperation scope and no production: the sale contract of a transfer, not a pact."""
    nouns = [m for m in view.kind("agreement") if m.form == "strong"]
    triggers = [m.value.split(".")[0] for m in view.kind("trigger")]
    if not nouns or view.kind("scope") or "production" in triggers:
        return False
    if not {"agreement", "transfer"} & set(triggers) and grammar.definite(view.folded, nouns[0].start):
        return False  # "Under the agreement, German aircraft will operate from ...": no deal is made here
    first = min(m.end for m in nouns)
    return any(m.start >= first for m in view.mentions if m.kind in ("system", "category"))


def stage_dates(view: SentenceView) -> list[tuple[str, str, str | None]]:
    """(stage, date, category) for each date of a sentence that yields no event: the stage of the transfer or
    signing trigger nearest the date ("The agreement was signed on Tuesday", "gaf donderdag groen licht")."""
    shots = [m for m in view.kind("trigger") if m.value.startswith("transfer.") or m.value == "agreement.signed"]
    category = next((m.value for m in view.kind("category")), None)
    found = []
    for date in view.kind("date"):
        nearest = min(shots, key=lambda t: abs(t.start - date.start), default=None)
        if nearest is not None:
            stage = nearest.value.split(".")[-1]  # signed, or a transfer stage
            found.append((stage, str(date.value), category))
    return found


def opens_on_deal(view: SentenceView) -> bool:
    """The sentence opens on the deal just reported ("The sale is expected to ...")."""
    return refers_back(view)


def speaks_of_deal(mentions: list[Mention]) -> bool:
    """The sentence names a deal, contract or trigger, so an amount in it may be the deal's value."""
    return any(m.kind in ("trigger", "agreement") or (m.kind == "anaphor" and m.value in ("deal", "worth"))
               for m in mentions)

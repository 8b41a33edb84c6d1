"""Clauses of a sentence: roles stay inside the clause of the item and of the verb that governs it.

A relative clause opens at a relative word ("which", "qui", ", die", "الذي") and closes at the next comma,
back in the clause around it; a new main clause opens at a contrast word (", while", "tandis que", ";")
and at a conjunction followed by a new subject and its own verb ("Kuwait bought ..., and the UAE received").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from armstrack.extract.roles import Grammar
from armstrack.extract.view import SentenceView

if TYPE_CHECKING:
    from armstrack.extract.events import Item

SUBJECT_GAP = 40  # a new subject's verb follows it this closely ("and the UAE has continued to take")
RELATIVE_GAP = 60  # a relative clause opening this close after the item, past only its list, tells of it
ANTECEDENT_GAP = 2  # a name this close before a relative word is what the relative clause tells of
LIST_GAP = 90  # at most this between two items of one list ("18 launchers (HIMARS), 40 missiles (ATACMS)")
LIST_STEP = 8  # a list's next name starts this close after its comma (an article between)
_COMMA = re.compile("[,،]")
PAIRED_MARKERS = ("source", "target")  # "from X", "to X": the name after an item of a list is that item's


def clause_breaks(view: SentenceView, grammar: Grammar) -> list[tuple[int, int, str]]:
    """(offset, clause number, how) where each later clause of the sentence opens (relative, contrast) or
    resumes (after a relative clause), in order."""
    folded = view.folded[view.start:view.end]
    openings = [(view.start + m.start(), "relative") for m in grammar.relative_words.finditer(folded)]
    openings += [(view.start + m.start(), "contrast") for m in grammar.contrast_words.finditer(folded)]
    openings += [(offset, "contrast") for offset in _new_subjects(view, grammar)]
    if not openings:
        return []
    commas = [view.start + m.start() for m in _COMMA.finditer(folded)]
    breaks: list[tuple[int, int, str]] = []
    stack, count = [0], 0
    events = sorted([(o, kind) for o, kind in openings] + [(c, "comma") for c in commas])
    for offset, kind in events:
        if kind == "comma":
            if len(stack) > 1 and not any(o == offset for o, _ in openings) and not _in_list(view, offset, grammar):
                stack.pop()  # the comma closes the relative clause
                breaks.append((offset, stack[-1], "resume"))
            continue
        count += 1
        stack = stack + [count] if kind == "relative" else [count]
        breaks.append((offset, count, kind))
    return breaks


def _in_list(view: SentenceView, comma: int, grammar: Grammar) -> bool:
    """The comma separates two names or items of one list ("include Poland, Qatar and Azerbaijan"): a list
    goes on past the name after the comma, or came to it past another; "los F-16 que se compraron a Dinamarca,
    Estados Unidos no hará ..." closes a clause between two names."""
    listed = [m for m in view.mentions if m.kind in ("country", "system", "category", "firm")]
    before = next((m for m in listed if 0 <= comma - m.end <= 1), None)
    after = next((m for m in listed if 0 < m.start - comma <= LIST_STEP), None)
    if before is None or after is None:
        return False
    return _list_goes_on(view, after.end, grammar) or _list_came(view, before.start, grammar)


def _list_goes_on(view: SentenceView, end: int, grammar: Grammar) -> bool:
    """A comma or a conjunction follows the name ending at END."""
    rest = view.folded[end:min(end + 20, view.end)].lstrip()
    return rest.startswith((",", "،")) or grammar.opens_with_conjunction(view.folded, end, min(end + 20, view.end))


def _list_came(view: SentenceView, start: int, grammar: Grammar) -> bool:
    """A comma or a conjunction stands right before the name starting at START."""
    head = view.folded[max(view.start, start - 20):start].rstrip()
    return head.endswith((",", "،")) or grammar.conjunction_before(view.folded, start, view.start) is not None


def _new_subjects(view: SentenceView, grammar: Grammar) -> list[int]:
    """Conjunctions that open a coordinated main clause: a name after them, its verb right after it, and a
    verb already before them ("Russia sold jets to India, and China bought drones")."""
    verbs = view.kind("trigger")
    things = [m for m in view.mentions if m.kind in ("system", "category")]
    found = []
    for ref in view.refs:
        if ref.form == "demonym" or ref.marker:
            continue
        opener = grammar.conjunction_before(view.folded, ref.start, view.start)
        if opener is None or not any(t.end <= opener for t in verbs):
            continue
        verb = next((t for t in verbs if t.start >= ref.end), None)
        if verb is not None and verb.start - ref.end <= SUBJECT_GAP and not any(
                ref.end <= m.start < verb.start for m in things):
            found.append(opener)
    return found


def clause_of(view: SentenceView, offset: int) -> int:
    """The number of the clause holding OFFSET (0 for the sentence's first)."""
    at = bisect_right(view.breaks, (offset, 1 << 30, ""))
    return view.breaks[at - 1][1] if at else 0


def item_clauses(view: SentenceView, item_start: int, item_end: int) -> set[int]:
    """The item's clause, and a relative clause right after the item or its list, which tells of the item
    ("diez tanques K2 y 24 obuses K9, que se incorporarán al Ejército polaco")."""
    own = {clause_of(view, item_start)}
    return own | {number for offset, number, how in view.breaks
                  if how == "relative" and _about_item(view, item_end, offset)}


def narrowed(view: SentenceView, keep: set[int]) -> SentenceView:
    """The view with only the references in the clauses KEEP."""
    if not view.breaks:
        return view
    # "Varsovia, que ha cedido a Ucrania ...": a name right before a relative word is that clause's subject
    antecedents = [offset for offset, number, how in view.breaks if number in keep and how == "relative"]
    refs = [r for r in view.refs if clause_of(view, r.start) in keep
            or any(0 <= b - r.end <= ANTECEDENT_GAP for b in antecedents)]
    return view if len(refs) == len(view.refs) else replace(view, refs=refs)


def coordinated(view: SentenceView, previous: Item, item: Item) -> bool:
    """ITEM follows PREVIOUS in one list: a short gap, no sentence mark and no verb between them."""
    gap = view.text[previous.end:item.start]
    return len(gap) <= LIST_GAP and not any(ch in gap for ch in ".;:!?") and not any(
        previous.end <= m.start < item.start for m in view.kind("trigger"))


def neighbours(view: SentenceView, things: list[Item], item: Item) -> tuple[Item | None, Item | None]:
    """The items coordinated with ITEM right before and right after it in one list, if any."""
    at = things.index(item)
    before = things[at - 1] if at > 0 and coordinated(view, things[at - 1], item) else None
    after = things[at + 1] if at + 1 < len(things) and coordinated(view, item, things[at + 1]) else None
    return before, after


def paired(view: SentenceView, start: int, end: int, before: Item | None, after: Item | None) -> SentenceView:
    """Coordinated items pair up with their own role-marked names ("24 F-16s from Denmark and 200 Strykers from
    the United States"): a marked name between two items of a list belongs to the first of them only."""
    if before is None and after is None:
        return view
    limit = after.start if after is not None else view.end
    marked = [r for r in view.refs if r.marker in PAIRED_MARKERS and r.form != "demonym"]
    own = [r for r in marked if end <= r.start < limit]
    others = {id(r) for r in marked if (before is not None and before.end <= r.start < start)
              or (own and r.start >= limit)}
    if not others:
        return view
    return replace(view, refs=[r for r in view.refs if id(r) not in others])


def _about_item(view: SentenceView, item_end: int, opening: int) -> bool:
    """The clause at OPENING follows the item or its list closely, no verb, name or other clause between."""
    if not 0 <= opening - item_end <= RELATIVE_GAP or any(item_end < b < opening for b, _, _ in view.breaks):
        return False
    return not any(item_end <= m.start < opening for m in view.mentions if m.kind in ("trigger", "country"))

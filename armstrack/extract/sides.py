"""Which way a transfer goes when no role word says it: an origin written beside the item ("Turkish drones",
"drones turcs", "aus deutscher Produktion"), a seller phrase after a buying verb ("compró a Dinamarca"), buying for
another country ("kopen tanks voor Oekraïne") and a contract for supply signed by the buyer ("a contract for the
supply of K2 tanks").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from armstrack.extract.producers import likely_subjects, resolved_codes
from armstrack.extract.roles import Context, Grammar, Ref, chain
from armstrack.extract.view import SentenceView

if TYPE_CHECKING:
    from armstrack.extract.events import Item, Trigger

SELLER_GAP = 40  # a seller phrase ("a Dinamarca") this close after the item bought names its supplier
# characters between an item and the origin phrase after it ("U-Booten aus deutscher Produktion")
MADE_AFTER_GAP = 8
OBJECT_GAP = 4  # at most an article between a supply noun and the country it takes as object ("supplying the")
CONTRACT_GAP = 45  # a supply noun this close after a contract noun is the contract's object ("contract for the supply")


def attached(view: SentenceView, item: Item, grammar: Grammar) -> list[str]:
    """Demonyms or "X-made" right before the item, with their coordinated chain."""
    # "tegen Russische raketten": an adversary's weapons, not their supplier
    before = [r for r in view.refs if r.end <= item.start and r.marker != "opponent"
              and (r.form == "demonym" or r.marker == "made")]
    if not before:
        inside = [r for r in view.refs if item.start <= r.start < item.end and r.form == "demonym"]
        return [r.code for r in inside if r.code] or _made_after(view, item)
    last = before[-1]
    gap = view.text[last.end:item.start]
    if len(gap) > 30 or any(ch in gap for ch in ".;:!?") or _other_item_between(view, last.end, item.start):
        return []
    return [r.code for r in chain(view.refs, last, view.folded, grammar) if r.code]


def _made_after(view: SentenceView, item: Item) -> list[str]:
    """ "U-Booten aus deutscher Produktion", "drones of Turkish make": an origin phrase just after the item."""
    after = [r for r in view.refs if r.start >= item.end and r.form == "demonym" and r.marker in ("made", "made_in")]
    if not after or len(view.text[item.end:after[0].start]) > MADE_AFTER_GAP:
        return _adjective_after(view, item)
    return [after[0].code] if after[0].code else []


def _adjective_after(view: SentenceView, item: Item) -> list[str]:
    """ "drones turcs", "الطائرات المسيرة التركية": a demonym written right after the item, as an adjective, is its
    origin; one that differs from a catalogued system's origin ("los F-16 argentinos") names its owner."""
    after = next((r for r in view.refs if r.start >= item.end and r.form == "demonym" and r.code
                  and _one_adjective(view, item.end, r.start)), None)
    origin = item.system.origin if item.system is not None else None
    return [after.code] if after is not None and after.code and origin in (None, after.code) else []


def _one_adjective(view: SentenceView, start: int, end: int) -> bool:
    """Nothing, or one plain word naming nothing, between an item and the demonym after it ("طائرات مروحية
    قتالية روسية", "drones armés turcs")."""
    gap = view.text[start:end].split()
    return not gap or (len(gap) == 1 and gap[0].isalpha() and not any(
        start <= m.start < end for m in view.mentions))


def contract_buyers(view: SentenceView, item: Item, main: Trigger, context: Context, grammar: Grammar) -> list[str]:
    """Who buys under a contract for supply ("Poland concluded a contract for the supply of K2 tanks", "توقيع مصر
    وفرنسا عقدا لتوريد رافال"): a supply noun right after a contract, with no "to X", names no direction; the
    signers that do not make the item buy it."""
    if main.orientation != "supply":
        return []
    # the contract noun before the supply noun, or heading it ("عقد لتوريد"); a bare "deal" is no contract of its own
    if not any(m.start <= main.start and m.end < main.end and main.start - m.end <= CONTRACT_GAP
               for m in view.kind("agreement")):
        return []
    signers = _signers(view, main, context, grammar)
    served = _served(view, main, context, grammar)
    if served and set(served) < set(signers):
        return served  # "وقعتا على اتفاق خاص بتزويد المملكة": the one of them supplied is the buyer
    if any(r.marker == "target" for r in view.refs):
        return []
    makers = {m.value.country for m in view.kind("firm") if m.end <= main.start}  # "Hyundai Rotem signs a deal"
    origin = item.system.origin if item.system is not None else None
    if makers & set(signers) or (origin in signers and len(signers) == 1):
        return []
    return [code for code in signers if code != origin]


def contract_sellers(view: SentenceView, main: Trigger, context: Context, grammar: Grammar,
                     buyers: list[str]) -> list[str]:
    """The signers of a contract for supply that do not buy under it, BUYERS being contract_buyers' answer ("Saudi
    Arabia and Greece signed a deal to supply the kingdom with Patriot systems": Greece)."""
    return [code for code in _signers(view, main, context, grammar) if buyers and code not in buyers]


def _signers(view: SentenceView, main: Trigger, context: Context, grammar: Grammar) -> list[str]:
    subjects = likely_subjects(view, main)[-1:]
    return resolved_codes(chain(view.refs, subjects[0], view.folded, grammar), context) if subjects else []


def _served(view: SentenceView, main: Trigger, context: Context, grammar: Grammar) -> list[str]:
    """The countries a supply noun serves: "to X" after it, or its object named right after it with no role word
    ("تزويد المملكة", "supplying the kingdom")."""
    targets = [r for r in view.refs if r.marker == "target" and r.start >= main.end]
    if targets:
        return resolved_codes(chain(view.refs, targets[0], view.folded, grammar), context)
    after = next((r for r in view.refs if r.start >= main.end and not r.marker), None)
    if after is None or len(view.text[main.end:after.start].strip()) > OBJECT_GAP:
        return []
    return resolved_codes([after], context)


def served_force(view: SentenceView, main: Trigger, grammar: Grammar) -> bool:
    """A supply to an armed force named without its country ("remis à l'armée", "handed over to the air force"):
    the force is the article's own country's, the buyer a sentence naming no country leaves unsaid."""
    return any(m.value == "institution" and grammar.marker(view.folded, m.start, m.end) == "target"
               for m in view.kind("anaphor"))


def bought_for(view: SentenceView, item: Item, main: Trigger, context: Context, grammar: Grammar) -> list[Ref]:
    """ "kopen veertien tanks voor Oekraïne", "bought missiles for Ukraine": a target just after the item a buying
    verb governs, no seller word and none of the buyers ("destinés à la marine indienne"), names whom they buy for."""
    if main.orientation != "acquire" or main.contract:
        return []
    buyers = set(_signers(view, main, context, grammar))
    return [r for r in view.refs if r.marker == "target" and r.form != "demonym" and r.start >= item.end
            and r.start > main.end and not grammar.sells(view.folded, r.start) and sold_by(view, item, main, r)
            and r.code not in buyers]


def sold_by(view: SentenceView, item: Item, main: Trigger, ref: Ref) -> bool:
    """A seller phrase follows the bought item closely, in its clause ("compró 24 F-16 a Dinamarca"), not
    after a comma or another verb ("..., à l'occasion d'une visite à Belgrade", "... livrés à Erevan")."""
    gap = view.text[max(item.end, main.end):ref.start]
    return len(gap) <= SELLER_GAP and not any(ch in gap for ch in ",;:.()") and not any(
        main.end <= m.start < ref.start for m in view.kind("trigger") if m.start != main.start)


def _other_item_between(view: SentenceView, start: int, end: int) -> bool:
    return any(start <= m.start < end for m in view.mentions if m.kind in ("trigger", "country", "category", "system"))

"""Defence and security agreements between states: the parties, scope, stage and dates one sentence gives."""

from __future__ import annotations

from armstrack.extract.roles import Context, Grammar, Ref, chain
from armstrack.extract.scan import Mention
from armstrack.extract.view import PLANNING_CUES, Candidate, SentenceView, cues_near, refers_back, sale_agreement
from armstrack.model import Agreement


def agreements(view: SentenceView, context: Context, grammar: Grammar) -> list[Candidate]:
    """A defence or security agreement the sentence names, with the parties it mentions."""
    nouns = view.kind("agreement")
    stages = [m.form for m in view.kind("trigger") if m.value.startswith("agreement.")]
    has_production = any(m.value.startswith("production.") for m in view.kind("trigger"))
    joint = any(m.value.startswith("production.joint") for m in view.kind("trigger"))
    if not any(m.form == "strong" or (joint and stages) for m in nouns):
        return []  # a "deal" or "contract" is an agreement only when signed for co-production
    topics = {m.value for m in view.kind("topic")}
    scope = {m.value for m in view.kind("scope")}
    if has_production:
        scope.add("defence_industry")
    if "civil" in topics and "defence" not in topics:
        return []
    if not topics & {"defence"} and not scope and not view.kind("category"):
        return []
    parties: list[str] = []
    for ref in _party_refs(view, nouns[0], grammar):
        if ref.form != "anaphor" or ref.anaphor in ("country", "focus", "kingdom", "pair"):
            parties += [c for c in context.resolve(ref, set(parties)) if not c.startswith("org:")]
    cues = cues_near(view, min(nouns, key=lambda m: m.start).start)
    status = _agreement_status(stages, cues)
    dates = {m.form: _nearest_date(view, m) for m in view.kind("trigger") if m.value.startswith("agreement.")}
    event = Agreement(parties=parties, scope=sorted(scope), status=status, evidence=[view.evidence()],
                      date=dates.get("signed"), ratified_date=dates.get("ratified"), cues=sorted(cues))
    # "L'accord comprend ...", "the pact would ...": a definite noun goes on about the agreement just reported
    again = refers_back(view) or grammar.definite(view.folded, nouns[0].start)
    return [Candidate(event, view.index, nouns[0].start, again, set(cues), view.unit,
                      sale=sale_agreement(view, grammar))]


def _party_refs(view: SentenceView, noun: Mention, grammar: Grammar) -> list[Ref]:
    """The sides of an agreement: the subject chain and "with X" / "between X and Y", else every country."""
    refs = [r for r in view.refs if r.marker != "opponent"]
    marked = [r for r in refs if r.marker == "partner"]
    anchor = min([noun.start] + [m.start for m in view.kind("trigger") if m.value.startswith("agreement.")])
    subjects = [r for r in refs if r.end <= anchor and not r.marker and r.form != "demonym"]
    sides = marked + (chain(view.refs, subjects[-1], view.folded, grammar) if subjects else [])
    for ref in list(marked):
        sides += chain(view.refs, ref, view.folded, grammar)
    if len({r.code or r.anaphor for r in sides}) >= 2:
        return sides
    # no clear sides: the names before the agreement and those marked as its other side, else all
    signatories = [r for r in refs if r.end <= anchor or r.marker == "partner"]
    return signatories if len({r.code or r.anaphor for r in signatories}) >= 2 else refs


def _agreement_status(stages: list[str], cues: set[str]) -> str:
    if "ratified" in stages:
        return "ratified"
    if "signed" in stages and not cues & set(PLANNING_CUES):
        return "signed"
    return "planned"


def _nearest_date(view: SentenceView, trigger: Mention) -> str | None:
    dates = view.kind("date")
    if not dates:
        return None
    date = min(dates, key=lambda m: abs(m.start - trigger.start))
    nearest = min(view.kind("trigger"), key=lambda t: abs(t.start - date.start))
    return str(date.value) if nearest.start == trigger.start else None

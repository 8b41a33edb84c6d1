"""Defence and security agreements between states: the parties, scope, stage and dates one sentence gives."""

from __future__ import annotations

from dataclasses import replace

from armstrack.extract.producers import describes_firm
from armstrack.extract.roles import Context, Grammar, Ref, _words, chain
from armstrack.extract.scan import Mention
from armstrack.extract.view import PLANNING_CUES, Candidate, SentenceView, cues_near, refers_back, sale_agreement
from armstrack.model import Agreement

BUYING, SELLING = ["transfer", "acquire"], ["transfer", "supply"]
BUYING_GAP = 20  # characters between an agreement noun and the buying word that makes it a purchase
QUALIFIER_GAP = 25  # characters around an agreement noun where a defence word qualifies it
FIRM_LEAD = 3  # words between "with" and a firm's name ("with the company", "مع شركة")
FIRM_DEMONYM_GAP = 3  # characters between a firm's name and the demonym that follows it


def agreements(view: SentenceView, context: Context, grammar: Grammar) -> list[Candidate]:
    """The defence or security agreements the sentence names, each with the parties it mentions."""
    nouns = view.kind("agreement")
    stages = [m.form for m in view.kind("trigger") if m.value.startswith("agreement.")]
    joint = any(m.value.startswith("production.joint") and not describes_firm(view, m.start, m.end)
                for m in view.kind("trigger"))
    if not any(m.form == "strong" or (joint and stages) for m in nouns):
        return []  # a "deal" or "contract" is an agreement only when signed for co-production
    topics = {m.value for m in view.kind("topic")}
    if "civil" in topics and "defence" not in topics:
        return []
    if not topics & {"defence"} and not view.kind("scope") and not view.kind("category") \
            and not _plans_production(view):
        return []
    if not stages and not refers_back(view) and not grammar.definite(view.folded, nouns[0].start) \
            and not _qualified(view, nouns[0]):
        return []  # "its oldest treaty ally": a pact named in passing, neither signed nor planned nor described
    return [_agreement(part, context, grammar) for part in _listed(view) if not _with_firm(part, grammar)]


def _qualified(view: SentenceView, noun: Mention) -> bool:
    """A defence or scope word right by the noun ("defence cooperation agreement", "accord de coopération
    militaire", "اتفاقية تعاون دفاعي")."""
    return any(noun.start - QUALIFIER_GAP <= m.start and m.end <= noun.end + QUALIFIER_GAP
               for m in view.kind("topic") + view.kind("scope") if m.value != "civil")


def _agreement(view: SentenceView, context: Context, grammar: Grammar) -> Candidate:
    """One agreement: its parties, scope, stage and dates."""
    nouns = view.kind("agreement")
    stages = [m.form for m in view.kind("trigger") if m.value.startswith("agreement.")]
    scope = {m.value for m in view.kind("scope")} | ({"defence_industry"} if _plans_production(view) else set())
    parties: list[str] = []
    refs = _party_refs(view, nouns[0], grammar)
    for ref in refs:
        if ref.form != "anaphor" or ref.anaphor in ("country", "focus", "kingdom", "pair"):
            parties += [c for c in context.resolve(ref, set(parties)) if not c.startswith("org:")]
    places = {r.code for r in refs if r.marker == "place" and r.code} - {r.code for r in refs if r.marker != "place"}
    parties = _sides(parties, _venues(view, refs, nouns[0], grammar), places, context, bool(stages))
    cues = cues_near(view, min(nouns, key=lambda m: m.start).start)
    status = _agreement_status(stages, cues)
    dates = {m.form: _nearest_date(view, m) for m in view.kind("trigger") if m.value.startswith("agreement.")}
    event = Agreement(parties=parties, scope=sorted(scope), status=status, evidence=[view.evidence()],
                      date=dates.get("signed"), ratified_date=dates.get("ratified"), cues=sorted(cues))
    # "L'accord comprend ...", "the pact would ...": a definite noun goes on about the agreement just reported
    again = refers_back(view) or grammar.definite(view.folded, nouns[0].start)
    return Candidate(event, view.index, nouns[0].start, again, set(cues), view.unit,
                     sale=_for_items(view, grammar, again))


def _with_firm(view: SentenceView, grammar: Grammar) -> bool:
    """ "signed a licensing agreement with MBDA", "عقدين مع شركة بايكار": the other side is a company, and no
    country is: a business contract, not an agreement between states."""
    firms = view.kind("firm")
    # a demonym right after the firm ("مع شركة بايكار التركية") takes the firm's marker but names no signatory
    signers = [r for r in view.refs if r.marker == "partner"
               and not any(0 <= r.start - f.end <= FIRM_DEMONYM_GAP for f in firms)]
    if signers:
        return False
    noun = min(m.end for m in view.kind("agreement"))
    partner = grammar.markers["partner"]
    for firm in (m for m in firms if m.start >= noun):
        before = _words(view.folded[noun:firm.start])[-FIRM_LEAD:]
        if any(before[i:i + len(p)] == p for p in partner for i in range(len(before))):
            return True
    return False


def _listed(view: SentenceView) -> list[SentenceView]:
    """One view per agreement a sentence lists, each noun with the countries after it and the signer before
    the first ("signed an MoU with Slovakia, and an agreement with Malaysia"); else the sentence itself."""
    strong = [m for m in view.kind("agreement") if m.form == "strong"]
    if len(strong) < 2:
        return [view]
    ends = [m.start for m in strong[1:]] + [view.end]
    shared = [m for m in view.mentions if m.end <= strong[0].start]
    signers = {r.code for r in view.refs if r.end <= strong[0].start}
    parts = []
    for noun, end in zip(strong, ends, strict=True):
        own = [r for r in view.refs if noun.start <= r.start < end]
        if not {r.code for r in own if r.code} - signers:
            return [view]  # a noun without a country of its own names the same agreement again ("MoU (MOU)")
        mentions = [m for m in view.mentions if noun.start <= m.start < end]
        parts.append(replace(view, mentions=shared + mentions,
                             refs=[r for r in view.refs if r.end <= strong[0].start] + own))
    return parts


def _venues(view: SentenceView, refs: list[Ref], noun: Mention, grammar: Grammar) -> set[str]:
    """Countries named only as where the signing took place: "in X" after the noun with no "with" before it
    ("signed an MoU ... on the sidelines of the dialogue in Singapore", not "with the minister in Somalia")."""
    partner = grammar.markers["partner"]
    venues = set()
    for ref in refs:
        between = _words(view.folded[noun.end:ref.start])
        if ref.marker == "place" and ref.code and ref.start >= noun.end \
                and not any(between[i:i + len(p)] == p for p in partner for i in range(len(between))):
            venues.add(ref.code)
    return venues - {r.code for r in refs if r.marker != "place"}


def _sides(parties: list[str], venues: set[str], places: set[str], context: Context, signing: bool) -> list[str]:
    """The signatories: venues left out, and any country named only "in" a place when two others sign ("signed
    in Amman" read as Oman); when the sentence reports a signing, a lone party's other side is taken from the
    article's two main countries ("signed an MoU with Somalia's minister" in an article about Saudi Arabia)."""
    if len([c for c in parties if c not in places]) >= 2:
        venues = venues | places
    signers = [c for c in parties if c not in venues]
    if len(signers) != 1:
        return sorted(signers if len(signers) >= 2 else parties)
    main = [c for c in context.focus[:2] if c not in parties] if signing else []
    return sorted(signers + main[:1]) if main else parties


def _for_items(view: SentenceView, grammar: Grammar, again: bool) -> bool:
    """An "agreement" that buys or sells: a buying word after the noun ("un accord ... pour l'acquisition de",
    "اتفاق البيع"), or "the agreement" going on about the items of a deal with no signing of its own."""
    strong = [m.end for m in view.kind("agreement") if m.form == "strong"]
    if not strong:
        return False  # a "contract" is an agreement here only for co-production: never a sale
    noun = min(strong)
    # what follows a later "contract" is that contract's ("the defence pact ratified in October ... signed two
    # contracts for the supply of three frigates")
    limit = min([m.start for m in view.kind("agreement") if m.start >= noun], default=view.end)
    items = view.kind("system") + view.kind("category")
    if sale_agreement(view, grammar) and any(noun <= m.start < limit for m in items):
        return True
    deals = [m for m in view.kind("trigger") if m.value.split(".")[:2] in (BUYING, SELLING)]
    if any(0 <= m.start - noun <= BUYING_GAP for m in deals):
        return True  # "اتفاقاً مبدئياً لشراء", "purchase" right after the noun: whatever else the deal covers
    # "l'accord comprend la formation des équipages" said of the aircraft just bought; a buying word that is
    # also a scope word ("l'accord comprend des achats") is what a pact covers, not a purchase
    scoped = {(m.start, m.end) for m in view.kind("scope")}
    bought = [m for m in deals if (m.start, m.end) not in scoped] + items
    staged = any(m.value.startswith("agreement.") for m in view.kind("trigger"))
    if again and not staged and bought:
        return True
    # the purchase itself is the procurement scope a sale contract names ("Vertrag ... für die Beschaffung")
    if {m.value for m in view.kind("scope")} - {"procurement"} or _plans_production(view):
        return False
    return any(noun <= m.start < limit for m in deals)


def _plans_production(view: SentenceView) -> bool:
    """A plan or licence to make something: industrial scope ("made by Lockheed Martin" only names a maker)."""
    return any(m.value.startswith("production.") and not m.value.endswith(".operational")
               for m in view.kind("trigger"))


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

"""The mentions step: sentences, gazetteer matches, unknown system designations, and values."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import Any

from armstrack.extract.scan import BARE, Gazetteer, Mention
from armstrack.extract.sentences import Sentence, split_sentences
from armstrack.kb import KnowledgeBase, System
from armstrack.kb.normalize import fold
from armstrack.pipeline import Doc
from armstrack.values import Span, find_money, find_values
from armstrack.values.reading import VALUE_KINDS

# A model designation: letters then digits ("MA-1", "TB2", "Su-35", "S-400") or an inner capital
# with an optional suffix ("WanderB-VTOL"); a quoted title-case name ("Iti Govan") next to a category noun.
_DESIGNATION = re.compile(
    r"(?<![\w-])(?:[A-Z][A-Za-z]{0,12}(?:[- ]?\d+[A-Za-z0-9+]{0,4}|[a-z][A-Z][A-Za-z]*|-[A-Z0-9]+)(?:-[A-Z0-9]+)*"
    r"|[A-Z]{4,})(?!\w)(?!-\w)")
# "Rafale-Kampfjets", "Abrams-tanks": a capitalised word hyphenated to a category noun names the system.
_COMPOUND = re.compile(r"(?<![\w-])[A-Z][a-z]{3,}-$")
_QUOTED = re.compile(r"[\"“«„]([A-ZÀ-Þİ\u0600-\u06FF][\w'’-]*(?: [A-ZÀ-Þİ0-9\u0600-\u06FF][\w'’-]*){0,3})[\"”»“]")
_BEFORE_GAP = re.compile(r"^[ -]?$")
# "Rund 250 Flugzeuge", "Reuters 18 Kampfpanzer": a word and a number are a word and a count; "El 8X8": a
# word and a wheel formula are a word and a kind of vehicle
_COUNTED = re.compile(r"^[A-Z][a-z]+ \d+(?:[xX×]\d+)?$")
_AFTER_GAP = re.compile(r"^(?:,? (?:the |la |le |het |de |der |die |das |el |la )?|[ :]?)$", re.IGNORECASE)
_QUOTE_GAP = 40
QUOTE_WORDS = 3  # words between a quoted name and the category noun after it
# between a category noun and the quoted name after it: nothing, or a "of the type" phrase in any script
_NAME_GAP = re.compile(r"^\s*(?:\S+\s+\S+\s*)?$")
# Word kinds matched only in the document's language, where "formation", "production" or Spanish "usa"
# ("uses", in "den USA") in another language's list would otherwise misfire. Categories and names match
# in any language; with no known language, everything does.
FAMILY_MIN = 4  # letters of a family word ("Leopard", "Patriot"); shorter heads are designations
VARIANT_SUFFIX = 2  # letters a variant adds to a catalogued designation ("FIM-92K", "K9A1")
# characters either side of a country name within which an amount of money could hold it ("US$", "US-Dollar")
MONEY_REACH = 60
_DIGIT = re.compile(r"\d")
CARRY_REACH = 60  # characters between a carrier and its load
_CLAUSE = re.compile(r"[.;!?\n]")
BESIDE = 30  # characters between an ambiguous name and the category noun or maker that confirms it
# categories the press mixes up for one item: a "Panzer" is a tank or an armoured vehicle, a "missile" system
# may be air defence, a "drone" may loiter
KINDRED = (frozenset({"tank", "armoured_vehicle"}), frozenset({"air_defence", "missile"}),
           frozenset({"uav", "loitering_munition"}))
LANGUAGE_BOUND = ("cue", "scope", "anaphor", "topic", "nonevent", "trigger", "agreement")


class MentionFinder:
    """Doc step: split sentences and find every mention; values only in candidate sentences."""

    def __init__(self, kb: KnowledgeBase, gazetteer: Gazetteer) -> None:
        self.kb = kb
        self.gazetteer = gazetteer
        self.stops = frozenset(fold(w) for lang in kb.languages.values() for w in lang.get("designation_stop"))
        leads = sorted({fold(w) for lang in kb.languages.values() for w in lang.get("designation_lead")}, key=len)
        # "van het type", "des Typs", "من طراز": at most two words, then a lead word, between noun and model
        words = "|".join(map(re.escape, leads[::-1]))
        self.lead = re.compile(rf"\s*(?:\S+\s+){{0,2}}(?:{words})\s+") if leads else None
        # "من طراز هوك", "van het type Griffon": a lead word right before an everyday word makes it a name
        self.lead_before = re.compile(rf"(?<!\w)(?:{words})\s+$") if leads else None
        joins = sorted({fold(w) for lang in kb.languages.values() for w in lang.get("conjunction")}, key=len)
        # "382 Griffons en 60 Jaguars": a count, a conjunction or a comma, and nothing else, between two names
        self.joint = re.compile(rf"[\s,]*(?:(?:{'|'.join(map(re.escape, joins[::-1]))})\s+)?[\d.,\s]*")
        carrying, aboard = _alternation(kb, "carrying.after"), _alternation(kb, "carrying.before")
        # "sent its C-17 with the missiles", "missiles aboard an Il-76": the words of a load and its carrier
        self.carrying = re.compile(rf"(?<!\w)(?:{carrying})(?!\w)") if carrying else None
        self.aboard = re.compile(rf"(?<!\w)(?:{aboard})\s+(?:\S+\s+){{0,2}}$") if aboard else None
        heads: dict[tuple[str, str], list[System]] = {}
        for system in kb.systems:
            heads.setdefault((fold(system.name.split()[0]), system.category), []).append(system)
        # "K2" beside a tank noun is the catalogued "K2 Black Panther": a designation that heads one system's name
        self.heads = {head: systems[0] for head, systems in heads.items() if len(systems) == 1}
        families: dict[str, list[System]] = {}
        for system in kb.systems:
            head, _, variant = system.name.partition(" ")
            if head.isalpha() and len(head) >= FAMILY_MIN and variant[:1].isdigit() and kb.firm(head) is None:
                families.setdefault(head, []).append(system)
        # "Leopard" alone, in a text that names the "Leopard 2A4": a family word that numbered variants share
        self.families = {head: systems for head, systems in families.items()
                         if len(systems) > 1 and fold(head) not in self.stops}
        self._folded: tuple[str | None, str] = (None, "")

    def folded(self, text: str) -> str:
        """fold(TEXT), folded once per document: the events step asks for the text this step just read."""
        if self._folded[0] is not text:
            self._folded = (text, fold(text))
        return self._folded[1]

    def __call__(self, doc: Doc) -> Doc:
        text = doc.document.text
        folded = self.folded(text)
        doc.sentences = split_sentences(text)
        lang = doc.document.language
        kept = [m for m in self.gazetteer.scan(text, folded)
                if not (lang in self.kb.languages and m.kind in LANGUAGE_BOUND and m.lang != lang)]
        kept = _outside_money(text, lang, kept, list(self.kb.languages))
        # one mention per span and reading, whichever languages list the phrase
        mentions = list({(m.start, m.end, m.kind, m.form, _identity(m.value)): m for m in kept}.values())
        mentions += [self._catalogued(m) for m in designations(text, mentions, self.stops, self.lead)]
        mentions += self._family_words(text, mentions)
        mentions = confirmed(mentions, folded, self.lead_before, self.joint)
        mentions = uncarried(mentions, folded, self.carrying, self.aboard)
        doc.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        return doc

    def _family_words(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A family word standing alone ("seis carros de combate Leopard") is the one system of that family
        the document names in full ("Leopard 2A4"); with none or several named it stays unread."""
        named: dict[str, set[str]] = {}
        systems = [m for m in mentions if m.kind == "system"]
        for mention in systems:
            head = mention.value.name.split()[0]
            if head in self.families:
                named.setdefault(head, set()).add(mention.value.name)
        found = []
        for head, names in named.items():
            if len(names) != 1:
                continue
            system = next(m.value for m in systems if m.value.name in names)
            for match in re.finditer(rf"(?<![\w-]){re.escape(head)}(?![\w-])", text):
                if not any(m.start <= match.start() < m.end for m in systems):
                    found.append(Mention(match.start(), match.end(), "system", system, ""))
        return found

    def _catalogued(self, mention: Mention) -> Mention:
        """A designation that is a catalogued system's variant or the head of its name, else itself."""
        head = self.heads.get((fold(mention.value.name), mention.value.category))
        if head is not None:
            return Mention(mention.start, mention.end, "system", head, "designation")
        return _known_variant(mention, self.kb)

    def values(self, doc: Doc, sentence: Sentence, kinds: tuple[str, ...] = VALUE_KINDS) -> list[Mention]:
        """Quantities, money and dates (or only KINDS) in one sentence, as mentions with document offsets.

        The events step calls this only for sentences that yield an event: values are the costly part."""
        text = sentence.text(doc.document.text)
        lang = doc.document.language
        # a document whose language is unknown is read in every language; the first reading of a span wins
        langs = [lang] if lang in self.kb.languages else list(self.kb.languages)
        found: list[Mention] = []
        for code in langs:
            for kind, spans in find_values(text, code, doc.document.published, kinds).items():
                for span in spans:
                    start, end = sentence.start + span.start, sentence.start + span.end
                    if not any(m.kind == kind and m.start < end and start < m.end for m in found):
                        found.append(Mention(start, end, kind, span.value))
        return sorted(found, key=lambda m: (m.start, m.end))


def _outside_money(text: str, lang: str | None, mentions: list[Mention], languages: list[str]) -> list[Mention]:
    """MENTIONS less the countries written inside an amount of money ("2 Milliarden US-Dollar", "US$ 70m"):
    a currency's name is no mention of its country."""
    langs = [lang] if lang in languages else languages
    amounts = [Span(start + span.start, start + span.end, span.value) for start, end in _money_windows(text, mentions)
               for code in langs for span in find_money(text[start:end], code)]
    return [m for m in mentions if m.kind != "country" or not any(a.overlaps(m.start, m.end) for a in amounts)]


def _money_windows(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Stretches of TEXT around country mentions with a digit nearby: the only places an amount can hide
    a country's name; reading money there, not in the whole document, keeps the scan fast."""
    windows: list[tuple[int, int]] = []
    for mention in sorted((m for m in mentions if m.kind == "country"), key=lambda m: m.start):
        start, end = max(mention.start - MONEY_REACH, 0), min(mention.end + MONEY_REACH, len(text))
        if not _DIGIT.search(text, start, end):
            continue
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


def by_sentence(sentences: list[Sentence], mentions: list[Mention]) -> dict[int, list[Mention]]:
    """Mentions grouped by the index of the sentence holding them (the previous one between sentences)."""
    starts = [s.start for s in sentences]
    grouped: dict[int, list[Mention]] = {}
    for mention in mentions:
        grouped.setdefault(max(bisect_right(starts, mention.start) - 1, 0), []).append(mention)
    return grouped


def candidate_sentences(grouped: dict[int, list[Mention]]) -> list[int]:
    """Indexes of sentences with a trigger or agreement noun AND a country, firm, system or category noun."""
    found = []
    for index, mentions in sorted(grouped.items()):
        kinds = {m.kind for m in mentions}
        if kinds & {"trigger", "agreement"} and kinds & {"country", "firm", "system", "category", "anaphor", "scope"}:
            found.append(index)
    return found


def designations(text: str, mentions: list[Mention], stops: frozenset[str],
                 lead: re.Pattern[str] | None = None) -> list[Mention]:
    """Systems missing from the knowledge base: a designation right next to a category noun, or after it
    and a LEAD phrase ("pantserhouwitsers van het type K9", "Radhaubitzen des Typs CAESAR")."""
    taken = [(m.start, m.end) for m in mentions if m.kind in ("system", "firm", "country")]
    found: list[Mention] = []
    for noun in (m for m in mentions if m.kind == "category"):
        for start, end in _designations_near(text, noun, lead):
            name = text[start:end]
            if fold(name) in stops or any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            found.append(Mention(start, end, "system", System(name, category=noun.value), "designation"))
    return found


def _designations_near(text: str, noun: Mention, lead: re.Pattern[str] | None) -> list[tuple[int, int]]:
    spans = []
    after = _DESIGNATION.search(text, noun.end, min(len(text), noun.end + 30))
    if after and _follows(text[noun.end:after.start()], after.group(), lead) and not _COUNTED.match(after.group()):
        spans.append(after.span())
    window = text[max(0, noun.start - 30):noun.start]
    offset = noun.start - len(window)
    for before in _DESIGNATION.finditer(window):
        if _BEFORE_GAP.match(window[before.end():]) and not _COUNTED.match(before.group()):
            spans.append((offset + before.start(), offset + before.end()))
    compound = _COMPOUND.search(window)
    if compound:
        spans.append((offset + compound.start(), offset + compound.end() - 1))
    quoted_after = _QUOTED.search(text, noun.end, min(len(text), noun.end + _QUOTE_GAP))
    if quoted_after and _NAME_GAP.match(text[noun.end:quoted_after.start()]):
        spans.append(quoted_after.span(1))  # 80 طائرة "رافال", drones "Iti Govan"
    window = text[max(0, noun.start - _QUOTE_GAP - 40):noun.start]
    for quoted in _QUOTED.finditer(window):
        gap = window[quoted.end():]
        # at most a few lower-case words between ("combat"), in one clause: a script without case cannot show
        # that; '"Kieler Rundschau" hatte gemeldet, die drei U-Boote' names a newspaper
        lower = gap == gap.lower() and (not gap.strip() or gap != gap.upper()) and len(gap.split()) <= QUOTE_WORDS
        if len(gap) <= _QUOTE_GAP and not any(ch in gap for ch in ".,;:!?") and lower:
            offset = noun.start - len(window)
            spans.append((offset + quoted.start(1), offset + quoted.end(1)))
    return spans


def _follows(gap: str, name: str, lead: re.Pattern[str] | None) -> bool:
    """Whether NAME after a category noun and GAP is that noun's model: right after it, after "the" (an
    acronym never after a comma: "fighters, the JASDF said"), or after a lead phrase ("of the type")."""
    if _AFTER_GAP.match(gap):
        return "," not in gap or _DIGIT.search(name) is not None
    return lead is not None and lead.fullmatch(fold(gap)) is not None


def _known_variant(mention: Mention, kb: KnowledgeBase) -> Mention:
    """A designation that is a catalogued name plus a variant letter or two ("FIM-92K", "GBU-39B", "T-90S")
    is that catalogued system: its family name, its category and its origin."""
    name = mention.value.name
    for cut in range(1, VARIANT_SUFFIX + 1):
        base = name[:-cut].rstrip("- ")
        system = kb.system(base) if len(base) >= 2 and any(ch.isdigit() for ch in base) else None
        if system is not None:
            return Mention(mention.start, mention.end, "system", system, "designation")
    return mention


def confirmed(mentions: list[Mention], folded: str = "", lead: re.Pattern[str] | None = None,
              joint: re.Pattern[str] | None = None) -> list[Mention]:
    """MENTIONS less the ambiguous or everyday-word system names ("Storm", "Lynx") that nothing confirms: a
    category noun of the kind beside them, the maker beside them, a LEAD word before them ("vom Typ"), a
    confirmed name of the kind they are listed with (JOINT: "Griffons en 60 Jaguars"), or the same system
    named so elsewhere in the document (FOLDED is the document's folded text)."""
    doubtful = [m for m in mentions if m.kind == "system" and (m.form == BARE or m.value.ambiguous)]
    if not doubtful:
        return mentions
    context = [m for m in mentions if m.kind in ("category", "firm")]
    sure = {m.value.name for m in doubtful if _beside(m, context)
            or (lead is not None and lead.search(folded, max(0, m.start - BESIDE), m.start))}
    sure |= {m.value.name for m in mentions if m.kind == "system" and m.form != BARE and not m.value.ambiguous}
    if joint is not None:
        names = sorted((m for m in mentions if m.kind == "system"), key=lambda m: m.start)
        for first, second in zip(names, names[1:], strict=False):
            listed = second.start - first.end <= BESIDE and joint.fullmatch(folded, first.end, second.start)
            pair = {first.value.name, second.value.name}
            if listed and kindred(first.value.category, second.value.category) and pair & sure:
                sure |= pair
    kept = []
    for mention in mentions:
        if mention.kind != "system" or mention.value.name in sure:
            # a confirmed everyday word reads as any other name
            kept.append(replace(mention, form="") if mention.form == BARE else mention)
    return kept


def uncarried(mentions: list[Mention], folded: str, carrying: re.Pattern[str] | None,
              aboard: re.Pattern[str] | None) -> list[Mention]:
    """MENTIONS less the transport aircraft that carry the item rather than being it, and the nouns naming
    them: "sent its C-17 transport aircraft with the missiles" (CARRYING words after the carrier, then an
    item), "the missiles arrived aboard an Il-76" (ABOARD words before it, an item earlier in the clause)."""
    carriers = [m for m in mentions if m.kind == "system" and m.value.carrier]
    if not carriers:
        return mentions
    loads = [m for m in mentions if m.kind == "category" or (m.kind == "system" and not m.value.carrier)]
    dropped: set[tuple[int, int]] = set()
    for carrier in carriers:
        clause = _CLAUSE.search(folded, carrier.end)
        stop = min(clause.start() if clause else len(folded), carrier.end + CARRY_REACH)
        word = carrying.search(folded, carrier.end, stop) if carrying else None
        if word and any(word.end() <= m.start < word.end() + BESIDE for m in loads):
            dropped |= {(m.start, m.end) for m in loads if carrier.end <= m.start < word.start()}
            dropped.add((carrier.start, carrier.end))
        elif aboard and aboard.search(folded, max(0, carrier.start - BESIDE), carrier.start) and any(
                0 <= carrier.start - m.end < CARRY_REACH for m in loads):
            dropped.add((carrier.start, carrier.end))
    return [m for m in mentions if (m.start, m.end) not in dropped or m.kind not in ("system", "category")]


def _alternation(kb: KnowledgeBase, path: str) -> str:
    """The folded phrases under PATH in every language, longest first, as a regex alternation."""
    words = sorted({fold(w) for lang in kb.languages.values() for w in lang.get(path)}, key=len, reverse=True)
    return "|".join(map(re.escape, words))


def _beside(mention: Mention, context: list[Mention]) -> bool:
    """A category noun of the mention's kind, or its maker, within a few words of it."""
    system = mention.value
    for other in context:
        if abs(other.start - mention.end) >= BESIDE and abs(mention.start - other.end) >= BESIDE:
            continue
        if other.kind == "firm" and other.value.name == system.manufacturer:
            return True
        if other.kind == "category" and (not mention.form or kindred(other.value, system.category)):
            return True
    return False


def kindred(first: str, second: str) -> bool:
    """Whether two categories may name the same thing (a "Panzer" may be a tank or an armoured vehicle)."""
    return first == second or any(first in group and second in group for group in KINDRED)


def _identity(value: Any) -> Any:
    return getattr(value, "name", value)

"""One multi-pattern scan (Aho-Corasick) over the folded text finds every gazetteer and trigger phrase.

All languages' phrases sit in one automaton, so a misdetected language costs little. Matching runs on
``fold(text)``, which has the original's length, so every offset points into the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import product
from typing import Any

import ahocorasick

from armstrack.kb import KnowledgeBase
from armstrack.kb.normalize import fold

# Language-resource groups the scan looks for, and the mention kind each becomes.
SCANNED: dict[str, str] = {
    "transfer": "trigger", "production": "trigger", "cue": "cue", "category": "category", "scope": "scope",
    "anaphor": "anaphor", "nonevent": "nonevent",
}
# Agreement paths split three ways: nouns, stage verbs and topic words.
AGREEMENT_KINDS: dict[str, str] = {
    "strong": "agreement", "weak": "agreement", "defence": "topic", "civil": "topic",
    "planned": "trigger", "signed": "trigger", "ratified": "trigger",
}
# Marks a writer may add or leave out inside a word: Arabic harakat and shadda (U+064B-U+0652),
# the superscript alif (U+0670) and the tatweel (U+0640) that only stretches a word.
OPTIONAL_MARKS = frozenset([chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0640"])
_MARKS = re.compile("[" + "".join(sorted(OPTIONAL_MARKS)) + "]")
# Mention kinds that compete for the same stretch of text (the longest wins within a family).
FAMILY: dict[str, str] = {"country": "entity", "firm": "entity", "system": "entity", "anaphor": "entity",
                          "site": "entity", "region": "entity"}


@dataclass(frozen=True)
class Mention:
    """A phrase found in the text: where it is, what kind of thing it names, and its value."""

    start: int
    end: int
    kind: str  # country, firm, system, designation, category, trigger, cue, scope, agreement, topic, anaphor, ...
    value: Any  # alpha-3 code, Firm, System, category, dotted trigger path, ...
    form: str = ""  # for countries: name, demonym or metonym; for triggers: the stage
    lang: str = ""  # the language whose resources hold the phrase ("" for knowledge-base names)


# a designation of capitals and a number ("A-29", "AW109", "MQ 9"), whose letters other scripts spell out
_LETTERED = re.compile(r"([A-Z]{1,3})[- ]?(\d{1,4})")
# the form of a system mention read from an everyday-word name ("Lynx"), which needs confirming
BARE = "bare"
# "schaft ... aan": a separable verb in the data, its particle later in the clause
SEPARATED = " ... "
PARTICLE_REACH = 120
_CLAUSE_END = re.compile(r"[.;:!?](?=\s|$)|\n")
# where a designation's letters meet its digits the press writes a hyphen, a space or nothing ("F-16", "F 16",
# "F16"); each written form of a name is also matched in the other two
_JUNCTION = re.compile(r"([^\W\d_])[- ]?(\d)")
JOINTS = (r"\1-\2", r"\1 \2", r"\1\2")
# the plural ending of a name: "s" or "'s", then no further letter
_PLURAL = re.compile(r"'?s(?!\w)")


@dataclass(frozen=True)
class _Term:
    kind: str
    value: Any
    form: str
    open_left: bool
    open_right: bool
    exact: str | None  # the original spelling when case must match (short acronyms)
    lang: str = ""
    glued: bool = False  # the article was dropped: the word must carry a contracted prefix ("للمغرب")
    particle: str = ""  # a separable verb's particle, later in the same sentence ("schaft ... aan")
    capital: bool = False  # a name written with a capital: lower-case it is a common word ("une rafale de tirs")


class Gazetteer:
    """Every knowledge-base and language phrase compiled into one automaton."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.clitics = _clitics(kb, "prefix")
        self.contracted = _clitics(kb, "contracted")
        articles = _clitics(kb, "article")
        self._automaton = ahocorasick.Automaton()
        terms: dict[str, list[_Term]] = {}
        cased = {name for country in kb.states_and_actors() for name in country.cased}
        for phrase, kind, value, form, lang in _phrases(kb):
            core, _, particle = phrase.strip("*").partition(SEPARATED)
            folded = fold(core).strip()
            if len(folded) < 2 and not folded.isalpha():
                continue
            exact = core if (core.isupper() and len(core) <= 4) or (kind == "country" and core in cased) else None
            term = _Term(kind, value, form, phrase.startswith("*"), phrase.endswith("*"), exact, lang,
                         particle=fold(particle).strip(), capital=kind == "system" and core[:1].isupper())
            terms.setdefault(folded, []).append(term)
            if kind == "system":  # "سو-34" is also written "سو 34" and "سو34", "Project 636" "Project-636"
                for joint in JOINTS:
                    spelled = _JUNCTION.sub(joint, folded)
                    if spelled != folded:
                        exact = _JUNCTION.sub(joint, term.exact) if term.exact else None
                        terms.setdefault(spelled, []).append(replace(term, exact=exact))
            for article in articles:
                if folded.startswith(article) and len(folded) > len(article) + 2:
                    stripped = _Term(kind, value, form, False, term.open_right, None, lang, glued=True)
                    terms.setdefault(folded[len(article):], []).append(stripped)
        for folded, entries in terms.items():
            self._automaton.add_word(folded, (len(folded), tuple(dict.fromkeys(entries))))
        if terms:
            self._automaton.make_automaton()

    def scan(self, text: str, folded: str | None = None) -> list[Mention]:
        """Every phrase in TEXT, overlaps resolved longest-first within each family of kinds."""
        folded = fold(text) if folded is None else folded
        if not len(self._automaton):
            return []
        kept = squeeze(folded)
        if kept is not None:  # vowel marks ("وقّع") sit inside words: match on the text without them
            text, folded = "".join(text[i] for i in kept), "".join(folded[i] for i in kept)
        found: list[Mention] = []
        # a separated verb's later part belongs to it: "soll ... bekommen" is planned, whatever "bekommen" alone says
        claimed: set[tuple[int, int]] = set()
        for last, (length, entries) in self._automaton.iter(folded):
            start, end = last - length + 1, last + 1
            span = (start, end) if kept is None else (kept[start], kept[end - 1] + 1)
            for term in entries:
                if self._fits(text, folded, start, end, term):
                    found.append(Mention(*span, term.kind, term.value, term.form, term.lang))
                    if term.particle and term.kind == "trigger":
                        claimed.add(_particle_span(folded, end, term.particle, kept))
        if claimed:
            found = [m for m in found if m.kind != "trigger" or (m.start, m.end) not in claimed]
        return _resolve(found)

    def _fits(self, text: str, folded: str, start: int, end: int, term: _Term) -> bool:
        if term.exact is not None and text[start:end] != term.exact:
            return False
        # a name written lower-case is a common word ("lynx", "martes" is no plural of "Marte")
        named = not text[start].islower()
        if not term.open_right and end < len(folded) and folded[end].isalnum() and not (
                named and _plural(folded, end, term)):
            return False
        if (term.capital or term.form == BARE) and not named:
            return False
        if term.particle and not _particle_follows(folded, end, term.particle):
            return False
        if term.glued:
            return _glued_prefix(folded, start) in self.contracted
        return term.open_left or self._left_boundary(folded, start)

    def _left_boundary(self, folded: str, start: int) -> bool:
        if start == 0 or not folded[start - 1].isalnum():
            return True
        return _glued_prefix(folded, start) in self.clitics  # Arabic "و", "بال" glued to the word


def _particle_follows(folded: str, end: int, particle: str) -> bool:
    """Whether PARTICLE stands as a word after END, within the clause ("België schaft 34 F-35's aan")."""
    return _particle_at(folded, end, particle) is not None


def _particle_at(folded: str, end: int, particle: str) -> re.Match[str] | None:
    clause = _CLAUSE_END.search(folded, end, end + PARTICLE_REACH)
    stop = clause.start() if clause else min(len(folded), end + PARTICLE_REACH)
    return re.compile(rf"(?<!\w){re.escape(particle)}(?!\w)").search(folded, end, stop)


def _particle_span(folded: str, end: int, particle: str, kept: list[int] | None) -> tuple[int, int]:
    """Where the particle of a separated verb matched after END, in the original text's offsets."""
    found = _particle_at(folded, end, particle)
    if found is None:
        return (-1, -1)
    start, stop = found.span()
    return (start, stop) if kept is None else (kept[start], kept[stop - 1] + 1)


def _plural(folded: str, end: int, term: _Term) -> bool:
    """A system name with a plural ending ("Griffons", "F-16s", "F-35's"): the name stays the match."""
    if term.kind != "system":
        return False
    return _PLURAL.match(folded, end) is not None


def squeeze(folded: str) -> list[int] | None:
    """Offsets of the characters that are not optional marks (Arabic harakat, shadda, tatweel), or None
    when the text has none: fold() keeps every character so that offsets stay those of the original."""
    if not _MARKS.search(folded):
        return None
    return [i for i, char in enumerate(folded) if char not in OPTIONAL_MARKS]


def _glued_prefix(folded: str, start: int) -> str:
    """The letters glued before START back to the word's beginning ("" when too long to be a clitic)."""
    begin = start
    while begin > 0 and folded[begin - 1].isalnum() and start - begin < 4:
        begin -= 1
    if begin > 0 and folded[begin - 1].isalnum():
        return ""
    return folded[begin:start]


def _clitics(kb: KnowledgeBase, kind: str) -> frozenset[str]:
    return frozenset(fold(c) for lang in kb.languages.values() for c in lang.get(f"clitic.{kind}"))


def _phrases(kb: KnowledgeBase) -> Iterator[tuple[str, str, Any, str, str]]:
    for country in kb.states_and_actors():
        for form, phrase in country.forms():
            yield phrase, "country", country.code, form, ""
    for firm in kb.firms:
        for name in (firm.name, *firm.aliases):
            yield name, "firm", firm, "", ""
    alphabets = [lang.under("spelled") for lang in kb.languages.values() if lang.under("spelled")]
    for system in kb.systems:
        for name in (system.name, *system.aliases):
            yield name, "system", system, "", ""
            for letters in alphabets:
                for spelled in _spelled(name, letters):
                    yield spelled, "system", system, "", ""
        for name in system.bare:
            yield name, "system", system, BARE, ""
    for place in kb.places:
        for name in (place.name, *place.aliases):
            yield name, "site", place, "", ""
    for region in kb.regions:  # "Latin America": the longer name keeps "America" from reading a country
        for name in region.forms():
            yield name, "region", region.name, "", ""
    for lang in kb.languages.values():
        endings = lang.get("inflection.noun")
        for phrase, kind, value, form in _language_phrases(lang.entries):
            yield phrase, kind, value, form, lang.code
            if kind == "category":
                for inflected in _inflected(phrase, endings):
                    yield inflected, kind, value, form, lang.code


def _spelled(name: str, letters: dict[str, tuple[str, ...]]) -> Iterator[str]:
    """A Latin designation with its letters spelled out as another script writes them ("A-29" is "إيه-29",
    "AW109" "إيه دبليو-109"), every spelling of every letter."""
    match = _LETTERED.fullmatch(name)
    if match is None:
        return
    options = [letters.get(letter.lower(), ()) for letter in match.group(1)]
    if all(options):
        for spelled in product(*options):
            yield " ".join(spelled) + "-" + match.group(2)


def _inflected(noun: str, endings: tuple[str, ...]) -> Iterator[str]:
    """A category noun with each case ending its language adds ("Kriegsschiffen", "U-Boots"); an open end
    already takes any ending, and an ending the noun already has is not doubled."""
    if noun.endswith("*"):
        return
    for ending in endings:
        if not noun.endswith(ending):
            yield noun + ending


def _language_phrases(entries: dict[str, tuple[str, ...]]) -> Iterable[tuple[str, str, Any, str]]:
    for path, words in entries.items():
        group, _, rest = path.partition(".")
        kind = AGREEMENT_KINDS.get(rest.split(".")[0]) if group == "agreement" else SCANNED.get(group)
        if kind is None:
            continue
        value = path if kind in ("trigger", "agreement") else rest
        form = path.rsplit(".", 1)[-1] if kind in ("trigger", "agreement") else ""
        for word in words:
            yield word, kind, value, form


def _resolve(found: list[Mention]) -> list[Mention]:
    """Within each family keep the longest match, then the leftmost; distinct families may overlap."""
    kept: list[Mention] = []
    by_family: dict[str, list[Mention]] = {}
    for mention in found:
        by_family.setdefault(FAMILY.get(mention.kind, mention.kind), []).append(mention)
    size = max((m.end for m in found), default=0)
    for mentions in by_family.values():
        occupied = bytearray(size)  # characters already claimed by a longer match of this family
        spans: set[tuple[int, int]] = set()
        for mention in sorted(mentions, key=lambda m: (m.start - m.end, m.start)):
            if occupied.find(1, mention.start, mention.end) < 0:
                occupied[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
                spans.add((mention.start, mention.end))
                kept.append(mention)
            elif (mention.start, mention.end) in spans:
                kept.append(mention)  # same span, another reading (a word that is a trigger twice)
    unique = {(m.start, m.end, m.kind, m.form, m.lang, _identity(m.value)): m for m in kept}
    return sorted(unique.values(), key=lambda m: (m.start, m.end))


def _identity(value: Any) -> Any:
    return getattr(value, "name", value)

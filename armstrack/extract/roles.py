"""Who is who in a sentence: country references, their role markers, and anaphora.

A reference is a country name, demonym, metonym or an anaphor ("the kingdom"); its marker is the
small word that gives its role ("from X", "to X", "by X", "X-made", "X-based", "in X", "with X").
Role words come from the document language's ``role`` lists (all languages' when it is unknown).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from armstrack.extract.scan import Mention
from armstrack.kb import Firm, KnowledgeBase, System
from armstrack.kb.normalize import fold

_WORD = re.compile(r"\w+|[^\w\s]", re.UNICODE)
# Markers written before the reference ("from Israel") and after it ("Israeli-made").
PREFIX_MARKERS = ("source", "target", "agent", "place", "partner", "opponent", "made_in")
SUFFIX_MARKERS = ("made", "based")
_LOOKBACK = 40
FOCUS_TOP = 2  # an article's main countries, named more than once: as a rule its buyer and its seller
OF_LENGTH = 3  # a linking word this short joins a force to its country ("of", "de", "du", "van", "der")
VERB_REACH = 25  # an unmarked name this close to the verb may be its object or subject
DEFINITE_REACH = 2  # words between a determiner and its kind noun ("the light attack aircraft")


@dataclass(frozen=True)
class Ref:
    """One reference to a country (or actor) in a sentence."""

    start: int
    end: int
    code: str | None  # None for an anaphor until it is resolved
    form: str  # name, demonym, metonym, anaphor, or force (the country of an armed force or government named)
    anaphor: str = ""  # country, focus, pair, company
    marker: str = ""  # source, target, agent, place, partner, opponent, made, based
    sentence: int = 0  # where the reference's sentence starts (its first mention)


class Grammar:
    """The role words, articles and conjunctions of one language (or of all, when unknown)."""

    def __init__(self, kb: KnowledgeBase, lang: str | None) -> None:
        sources = [kb.languages[lang]] if lang in kb.languages else list(kb.languages.values())
        self.markers: dict[str, set[tuple[str, ...]]] = {}
        for name in (*PREFIX_MARKERS, *SUFFIX_MARKERS):
            self.markers[name] = {_words(fold(p)) for res in sources for p in res.get(f"role.{name}")}
        # the longest phrase wins and, between equally long ones, the greatest role name (as max() picked)
        self._prefix_ends: dict[tuple[str, ...], str] = {}
        for name in PREFIX_MARKERS:
            for phrase in self.markers[name]:
                if phrase and name > self._prefix_ends.get(phrase, ""):
                    self._prefix_ends[phrase] = name
        self._prefix_lengths = sorted({len(p) for p in self._prefix_ends}, reverse=True)
        self.glued = {name: {fold(p[:-1]) for res in sources for p in res.get(f"role.{name}") if p.endswith("+")}
                      for name in PREFIX_MARKERS}
        # role words are matched on folded text, so they are folded too ("à" is "a" there)
        self.articles = {_words(fold(p)) for res in sources for p in res.get("article")}
        self._article_lengths = _lengths(self.articles)
        self.sellers = {_words(fold(p)) for res in sources for p in res.get("role.seller")}
        self.determiners = {_words(fold(p)) for res in sources for p in res.get("role.definite")}
        self.conjunctions = {_words(fold(p)) for res in sources for p in res.get("conjunction")}
        self.possessives = {fold(p) for res in sources for p in res.get("role.possessive")}
        self.relative_words = _phrases([fold(p) for res in sources for p in res.get("clause.relative")])
        self.contrast_words = _phrases([fold(p) for res in sources for p in res.get("clause.contrast")])
        conjunctions = _alternatives([fold(p) for res in sources for p in res.get("conjunction")])
        articles = _alternatives([fold(p) for res in sources for p in res.get("article")])
        self._conjunction_end = re.compile(rf"(?<!\w)(?:{conjunctions})\s+(?:(?:{articles})\s*)?$")

    def _strip_articles(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """WORDS without the longest article ending them."""
        return _strip_end(words, self.articles, self._article_lengths)

    def _prefix_end(self, words: tuple[str, ...]) -> str:
        """The prefix marker whose longest phrase ends WORDS, or ""."""
        for length in self._prefix_lengths:
            if length <= len(words) and words[-length:] in self._prefix_ends:
                return self._prefix_ends[words[-length:]]
        return ""

    def conjunction_before(self, folded: str, start: int, floor: int) -> int | None:
        """Where a conjunction (and an article) right before folded[start] begins, not before FLOOR."""
        found = self._conjunction_end.search(folded, max(floor, start - _LOOKBACK), start)
        return found.start() if found else None

    def marker(self, folded: str, start: int, end: int) -> str:
        """The role marker around the reference folded[start:end], or ""."""
        after = _words(folded[end:end + 20].lstrip("-' "))
        for name in SUFFIX_MARKERS:
            if folded[end:end + 1] in ("-", " ", "'") and _starts_with(after, self.markers[name]):
                return name
        glued = _glued_prefix(folded, start)
        for name in PREFIX_MARKERS:
            if glued and glued in self.glued[name]:
                return name
        before = _words(folded[max(0, start - _LOOKBACK):start])
        ended = self._prefix_before(before)
        titled = _strip_word(before)
        if not ended and len(titled) > 1 and (titled[-1],) in self.articles:
            # "an das NATO-Mitglied Litauen", "aan het buurland Turkije": a title noun between article and name
            ended = self._prefix_before(titled)
        linked = before[:-1] if before and before[-1].isalpha() and len(before[-1]) <= OF_LENGTH else ()
        titled = _strip_word(linked)
        if not ended and linked and titled != linked and _ends_with(titled, self.determiners):
            # "par la Fédération de Russie", "to the Republic of Korea": a definite title noun and a linking word
            ended = self._prefix_before(titled)
        return ended

    def _prefix_before(self, before: tuple[str, ...]) -> str:
        """The prefix marker ending BEFORE, up to two articles skipped ("the", "het", "la"), or ""."""
        for _ in range(3):
            ended = self._prefix_end(before)
            if ended:
                return ended  # the longest phrase wins: "built in X" is made_in, not place
            stripped = self._strip_articles(before)
            if stripped == before:
                break
            before = stripped
        return ""

    def opens_with_conjunction(self, folded: str, start: int, end: int) -> bool:
        """The words in folded[start:end] open with a conjunction ("und 72 Raketen")."""
        words = _words(folded[start:end])
        return any(c and words[:len(c)] == c for c in self.conjunctions)

    def sells(self, folded: str, start: int) -> bool:
        """True when the reference at START follows a seller word ("a Dinamarca" after "compró")."""
        before = self._strip_articles(_words(folded[max(0, start - _LOOKBACK):start]))
        return _ends_with(before, self.sellers)

    def definite(self, folded: str, start: int) -> bool:
        """True when a definite determiner stands before the noun at START, at most two words apart ("the drone",
        "the battle-proven drone", "the light attack aircraft")."""
        before = _words(folded[max(0, start - _LOOKBACK):start])
        for _ in range(DEFINITE_REACH + 1):
            if _ends_with(before, self.determiners):
                return True
            shorter = _strip_word(before)  # a hyphenated adjective is one word: "battle-proven"
            if shorter == before or not before[-1].isalpha():
                return False
            before = shorter
        return False

    def followed_by(self, folded: str, end: int, name: str) -> bool:
        """True when a marker of kind NAME ("by", "door", "por") comes right after folded[:end]."""
        return _starts_with(_words(folded[end:end + 20]), self.markers[name])

    def joined(self, folded: str, left_end: int, right_start: int) -> bool:
        """True when only a conjunction or a comma separates two references ("American and Israeli")."""
        gap = self._strip_articles(_words(folded[left_end:right_start]))  # "Japan and the Philippines"
        return gap in ((), (",",)) or gap in self.conjunctions or (gap[:1] == (",",) and gap[1:] in self.conjunctions)


class Context:
    """Document-wide facts anaphora need: every country mention in order, the focus ranking, firms, systems."""

    def __init__(self, mentions: list[Mention], monarchies: frozenset[str] = frozenset()) -> None:
        self.monarchies = monarchies
        named = [m for m in mentions if m.kind == "country" and not str(m.value).startswith("org:")]
        # one name read as two forms ("Libyen", a name and a French demonym) counts once
        self.countries = list({(m.start, m.end, m.value): m for m in named}.values())
        self.firms = [m for m in mentions if m.kind == "firm"]
        self.systems = [m for m in mentions if m.kind == "system"]
        self.counts = counts = Counter(m.value for m in self.countries)
        first: dict[str, int] = {}
        for m in self.countries:
            first.setdefault(m.value, m.start)
        self.focus = sorted(counts, key=lambda code: (-counts[code], first[code]))

    def resolve(self, ref: Ref, exclude: set[str] | frozenset[str] = frozenset()) -> list[str]:
        """The country codes a reference stands for (an anaphor resolved, codes in EXCLUDE skipped)."""
        if ref.code is not None:
            return [ref.code]
        if ref.anaphor == "pair":
            return self.focus[:2]
        if ref.anaphor == "focus":
            return [code for code in self.focus[:1] if code not in exclude]
        if ref.anaphor == "kingdom":  # the most-mentioned monarchy, not a republic mentioned more
            return [code for code in [c for c in self.focus if c in self.monarchies][:1] if code not in exclude]
        if ref.anaphor == "company":
            firm = self.last_firm(ref.start)
            return [firm.country] if firm is not None and firm.country else []
        # "l'Algérie a acquis auprès de ce pays": a country named before in the same sentence is another one
        named = {m.value for m in self.countries if ref.sentence <= m.start < ref.start}
        earlier = ([m.value for m in self.countries if m.end <= ref.sentence and m.value not in exclude | named]
                   or [m.value for m in self.countries if m.end <= ref.start and m.value not in exclude])
        # "Finland, which shares a border with Russia, ... The country invests": one of the article's main
        # countries, the one named last, rather than any country named in passing
        main = [code for code in earlier if self.main(code)]
        return main[-1:] or earlier[-1:]

    def home(self, exclude: set[str]) -> list[str]:
        """The article's own country: the first of its main countries that makes none of the systems it names
        and is not in EXCLUDE, the buyer a sentence naming no country leaves unsaid ("the acquisition of Patriot
        missiles is under way")."""
        makers = {m.value.origin for m in self.systems}
        return [code for code in self.focus[:FOCUS_TOP] if self.main(code) and code not in exclude | makers][:1]

    def main(self, code: str) -> bool:
        """CODE is one of the article's main countries: among the two most named, and named more than once."""
        return code in self.focus[:FOCUS_TOP] and self.counts[code] > 1

    def receivers(self, codes: list[str], ref: Ref, verb_start: int, verb_end: int) -> list[str]:
        """Which of CODES, an unmarked name and its list, may be the receiver: all of them right by the verb
        ("تزويد الجزائر", "include Poland, Qatar and Morocco") or naming an armed force ("to units of the Moroccan
        army"); further off, only the article's main countries, never a battlefield or a country compared with
        ("used in the wars of Yemen, Libya and Syria")."""
        if ref.form == "force" or max(ref.start - verb_end, verb_start - ref.end) <= VERB_REACH:
            return codes
        return [code for code in codes if self.main(code)]

    def last_system(self, offset: int, category: str) -> System | None:
        """The system of CATEGORY named last before OFFSET, when the document names only one of that kind."""
        named = {m.value.name: m.value for m in self.systems if m.end <= offset and m.value.category == category}
        return next(iter(named.values())) if len(named) == 1 else None

    def last_firm(self, offset: int) -> Firm | None:
        """The firm named last before OFFSET."""
        earlier = [m.value for m in self.firms if m.end <= offset]
        return earlier[-1] if earlier else None


def references(mentions: list[Mention], folded: str, grammar: Grammar) -> list[Ref]:
    """Country references among one sentence's mentions, each with its role marker."""
    refs = []
    bodies = [m for m in mentions if m.kind == "anaphor" and m.value == "institution"]
    for m in mentions:
        if m.kind == "country":
            # "the Serbian army", and "la Fuerza Aérea de Chile": a name one linking word after a force
            acting = (m.form == "demonym" and any(_adjacent(m, body, folded) for body in bodies)) or (
                m.form == "name" and any(_owned_by(m, body, folded) for body in bodies))
            ref = Ref(m.start, m.end, m.value, "force" if acting else m.form)  # "the Serbian army" acts
        elif m.kind == "anaphor" and m.value in ("country", "focus", "kingdom", "pair", "company"):
            ref = Ref(m.start, m.end, None, "anaphor", m.value, sentence=mentions[0].start)
        else:
            continue
        refs.append(replace(ref, marker=_marker(m, mentions, folded, grammar)))
    return refs


_QUOTES = " \"'”“»«„"


def _marker(mention: Mention, mentions: list[Mention], folded: str, grammar: Grammar) -> str:
    """The mention's role marker; a demonym right after a firm takes the firm's marker ("مع بايكار التركية",
    'with Baykar, the Turkish firm': the partner is the firm's country)."""
    if _bracketed(mention, mentions, folded):
        return "place"
    own = grammar.marker(folded, mention.start, mention.end)
    if own or mention.form != "demonym":
        return own
    # and one right after a force ("مع وزارة الدفاع العراقية", "with the Iraqi ministry") takes the force's
    firm = next((f for f in mentions if (f.kind == "firm" or f.kind == "anaphor" and f.value == "institution")
                 and f.end <= mention.start and not folded[f.end:mention.start].strip(_QUOTES)), None)
    if firm is None:
        return own
    start = len(folded[:firm.start].rstrip(_QUOTES))  # 'مع "بايكار"': the marker stands before the quote
    return grammar.marker(folded, start, firm.end)


def _bracketed(mention: Mention, mentions: list[Mention], folded: str) -> bool:
    """A name in brackets right after a word that names no country ("livré à Concarneau (France)", "in Kiel
    (Germany)") says where that place lies: a place, never a party."""
    before = folded[:mention.start].rstrip()
    if not before.endswith("(") or not folded[mention.end:].lstrip().startswith(")"):
        return False
    word_end = len(before[:-1].rstrip())
    named = any(m.kind in ("country", "firm") and m.end == word_end for m in mentions)
    return word_end > 0 and folded[word_end - 1].isalpha() and not named


def origin_only(refs: list[Ref], mentions: list[Mention], folded: str, grammar: Grammar) -> set[str]:
    """Countries the sentence names only as where an item comes from or whose it is ("Chinese drones",
    "French-made", "made in X", "China's J-10"): such a country may supply the item, never receive one."""
    things = [m for m in mentions if m.kind in ("system", "category")]
    origins: set[str] = set()
    others: set[str] = set()
    for ref in refs:
        if ref.code is not None:
            (origins if _origin_form(ref, things, folded, grammar) else others).add(ref.code)
    return origins - others


def _origin_form(ref: Ref, things: list[Mention], folded: str, grammar: Grammar) -> bool:
    """An origin marker, a demonym right beside an item noun, or a possessive right before a system the
    country makes ("China's J-10"; "Morocco's Hermes 900" is an owner, who may well be the buyer)."""
    if ref.marker in ("made", "made_in"):
        return True
    if ref.form == "demonym" and any(_touching(ref.start, ref.end, m.start, m.end, folded) for m in things):
        return True
    owner = next((p for p in grammar.possessives if folded.startswith(p, ref.end)), None)
    return owner is not None and any(_touching(ref.start, ref.end + len(owner), m.start, m.end, folded)
                                     and m.kind == "system" and m.value.origin == ref.code for m in things)


def _touching(start: int, end: int, other_start: int, other_end: int, folded: str) -> bool:
    """Only white space between two spans (either order)."""
    gap = folded[end:other_start] if end <= other_start else folded[other_end:start]
    return (end <= other_start or other_end <= start) and not gap.strip()


def _owned_by(name: Mention, body: Mention, folded: str) -> bool:
    """One short linking word between a force and the name after it ("Fuerza Aérea de Chile", "Air Force of Oman")."""
    gap = folded[body.end:name.start].split()
    return body.end <= name.start and len(gap) == 1 and len(gap[0]) <= OF_LENGTH and gap[0].isalpha()


def _adjacent(first: Mention, second: Mention, folded: str) -> bool:
    """Only white space between two mentions ("serbische Armee", "القوات الجوية الإماراتية")."""
    left, right = (first, second) if first.end <= second.start else (second, first)
    return right.start >= left.end and not folded[left.end:right.start].strip()


def chain(refs: list[Ref], ref: Ref, folded: str, grammar: Grammar) -> list[Ref]:
    """REF and the references coordinated with it ("Qatar and Azerbaijan", "from Israel and Turkey")."""
    ordered = sorted(refs, key=lambda r: r.start)
    at = ordered.index(ref)
    group = [ref]
    for step in (-1, 1):
        i = at
        while 0 <= i + step < len(ordered):
            left, right = (ordered[i + step], ordered[i]) if step < 0 else (ordered[i], ordered[i + step])
            if not grammar.joined(folded, left.end, right.start):
                break
            i += step
            group.append(ordered[i])
    return sorted(group, key=lambda r: r.start)


def _alternatives(phrases: list[str]) -> str:
    """A regex alternation of PHRASES, longest first; one that never matches when there are none."""
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    return "|".join(re.escape(p) for p in ordered) or "(?!x)x"


def _phrases(phrases: list[str]) -> re.Pattern[str]:
    """A pattern finding PHRASES as whole words (punctuation at an end needs no word boundary)."""
    bounded = [(r"(?<!\w)" if p[0].isalnum() else "") + re.escape(p) + (r"(?!\w)" if p[-1].isalnum() else "")
               for p in sorted({p for p in phrases if p}, key=len, reverse=True)]
    return re.compile("|".join(bounded) or "(?!x)x")


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text))


def _ends_with(words: tuple[str, ...], phrases: set[tuple[str, ...]]) -> bool:
    return any(p and words[-len(p):] == p for p in phrases)


def _starts_with(words: tuple[str, ...], phrases: set[tuple[str, ...]]) -> bool:
    return any(p and words[:len(p)] == p for p in phrases)


def _strip_end(words: tuple[str, ...], phrases: set[tuple[str, ...]], lengths: tuple[int, ...]) -> tuple[str, ...]:
    # one slice per phrase length (longest first) instead of a comparison per phrase: the longest phrase wins
    for length in lengths:
        if length <= len(words) and words[-length:] in phrases:
            return words[:-length]
    return words


def _lengths(phrases: set[tuple[str, ...]]) -> tuple[int, ...]:
    """The lengths of the non-empty PHRASES, longest first."""
    return tuple(sorted({len(p) for p in phrases if p}, reverse=True))


def _strip_word(words: tuple[str, ...]) -> tuple[str, ...]:
    """WORDS without their last word, a hyphenated one whole ("NATO-Mitglied")."""
    if not words or not words[-1].isalnum():
        return words
    end = len(words) - 1
    while end >= 2 and words[end - 1] == "-" and words[end - 2].isalnum():
        end -= 2
    return words[:end]


def _glued_prefix(folded: str, start: int) -> str:
    begin = start
    while begin > 0 and folded[begin - 1].isalnum() and start - begin < 4:
        begin -= 1
    return folded[begin:start] if begin < start else ""

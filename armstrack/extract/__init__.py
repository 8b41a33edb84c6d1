"""Mentions and document events: from one document's text to transfer, production and agreement events.

The steps form a cascade: one multi-pattern scan finds every phrase; only sentences holding both a
trigger and a country, firm, system or category noun get values, roles and events.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from armstrack.extract.assemble import Named, assemble
from armstrack.extract.attach import DATE_REACH, Amount, Dated
from armstrack.extract.events import Candidate, SentenceView, sentence_events
from armstrack.extract.mentions import VALUE_KINDS, MentionFinder, by_sentence, candidate_sentences
from armstrack.extract.roles import Context, Grammar, references
from armstrack.extract.scan import Gazetteer
from armstrack.extract.sentences import teaser_lines
from armstrack.extract.view import opens_on_deal, speaks_of_deal, stage_dates
from armstrack.kb import KnowledgeBase
from armstrack.kb.normalize import fold
from armstrack.pipeline import Doc, Pipeline
from armstrack.settings import Options, load_options
from armstrack.values.reading import prepare


class LanguageStep:
    """Doc step: detect the language when the reader did not give one (lingua, supported languages only)."""

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, doc: Doc) -> Doc:
        if doc.document.language:
            return doc
        from armstrack.sources.language import detect_language  # lingua loads lazily, only when needed

        doc.document = replace(doc.document, language=detect_language(doc.document.text, self.options))
        return doc


@dataclass
class Found:
    """What a document's sentences yield for assembly."""

    candidates: list[Candidate] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    dated: list[Dated] = field(default_factory=list)
    staged: list[SentenceView] = field(default_factory=list)  # stage sentences without an event, to date deals


class EventStep:
    """Doc step: candidate sentences -> candidate events -> one event per deal."""

    def __init__(self, kb: KnowledgeBase, finder: MentionFinder) -> None:
        self.kb = kb
        self.finder = finder
        self._grammars: dict[str | None, Grammar] = {}
        self.labels = frozenset(fold(w) for lang in kb.languages.values() for w in lang.get("furniture.related"))
        self.monarchies = kb.monarchies()
        for lang in kb.languages:  # built at load, not while the first document of each language waits
            self.grammar(lang)

    def grammar(self, lang: str | None) -> Grammar:
        """The role words of LANG, built once."""
        if lang not in self._grammars:
            self._grammars[lang] = Grammar(self.kb, lang)
        return self._grammars[lang]

    def __call__(self, doc: Doc) -> Doc:
        text = doc.document.text
        folded = self.finder.folded(text)
        grammar = self.grammar(doc.document.language)
        context = Context(doc.mentions, self.monarchies)
        grouped = by_sentence(doc.sentences, doc.mentions)
        found = Found()
        teasers = teaser_lines(text, folded, self.labels)
        chosen = set(candidate_sentences(grouped))
        for index in sorted(chosen | {i for i, mentions in grouped.items() if speaks_of_deal(mentions)}):
            sentence = doc.sentences[index]
            mentions = grouped[index]
            unit = _unit(teasers, sentence.start)
            view = SentenceView(index, sentence.start, sentence.end, text, folded, mentions,
                                references(mentions, folded, grammar), unit)
            self.read_sentence(doc, view, index in chosen, context, grammar, found)
        self.date_stages(doc, found)
        doc.mentions.sort(key=lambda m: (m.start, m.end))
        named = [Named(m.start, m.value, _unit(teasers, m.start))
                 for m in doc.mentions if m.kind == "system" and m.form != "designation"]
        doc.events = assemble(found.candidates, found.amounts, found.dated, named, doc.document.published)
        return doc

    def date_stages(self, doc: Doc, found: Found) -> None:
        """Dates of the stage sentences without an event that sit near a deal ("The contract was signed on
        Monday"); read only there, since dates are the costly value."""
        deals = {c.sentence for c in found.candidates}
        for view in found.staged:
            if not any(abs(view.index - sentence) <= DATE_REACH for sentence in deals):
                continue
            if not view.kind("date"):
                values = self.finder.values(doc, doc.sentences[view.index], ("date",))
                view.mentions = sorted(view.mentions + values, key=lambda m: (m.start, m.end))
                doc.mentions += values
            found.dated += [Dated(view.index, stage, date, category, view.unit)
                            for stage, date, category in stage_dates(view)]

    def read_sentence(self, doc: Doc, view: SentenceView, chosen: bool, context: Context, grammar: Grammar,
                      found: Found) -> None:
        """One sentence's candidate events, amounts and dated stages, its values added to the document's mentions."""
        sentence = doc.sentences[view.index]
        opening = opens_on_deal(view)
        # values only where an event is (the cascade's costly step); elsewhere an amount or a date near a deal
        # word may still be an earlier deal's ("the order is worth", "the contract was signed on Monday").
        # A sentence opening on a deal reads its values anyway, so its events are read once, with them.
        events = sentence_events(view, context, grammar) if chosen and not opening else []
        kinds = VALUE_KINDS if events or opening else ("money",)
        values = self.finder.values(doc, sentence, kinds)
        view.mentions = sorted(view.mentions + values, key=lambda m: (m.start, m.end))
        if kinds == VALUE_KINDS:
            events = sentence_events(view, context, grammar)
        if not events and any(m.kind == "trigger" and m.value != "agreement.planned" for m in view.mentions):
            found.staged.append(view)
        doc.mentions += values
        found.candidates += events
        found.amounts += [Amount.of(view, m) for m in view.kind("money")]


def _unit(teasers: list[tuple[int, int]], at: int) -> int:
    """The teaser line holding offset AT (its start), or 0 for the article body."""
    return next((start for start, end in teasers if start <= at < end), 0)


def build_pipeline(options: Options | None = None, kb: KnowledgeBase | None = None) -> Pipeline:
    """The extraction pipeline with the knowledge base loaded once."""
    options = options or load_options()
    kb = kb or KnowledgeBase.load()
    finder = MentionFinder(kb, Gazetteer(kb))
    prepare(kb.languages)
    return Pipeline([
        ("language", LanguageStep(options)),
        ("mentions", finder),
        ("events", EventStep(kb, finder)),
    ])

"""DealBook: deals kept up to date as documents arrive, one document at a time.

Mentions are blocked by (type, parties) and, inside a block, by item; adding a document
re-plans only the items its events fall in (grouping.Block), so an addition costs about the
same however large the book is. Deal ids come from each deal's canonical key, so they do not
depend on arrival order.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from armstrack.deals import grouping
from armstrack.deals.copies import CopyIndex
from armstrack.deals.deal import Deal, build
from armstrack.deals.items import SystemLookup, SystemNames, load_knowledge_base
from armstrack.deals.mention import Mention, Source
from armstrack.deals.rules import DealRules
from armstrack.errors import InputError, NotFound
from armstrack.model import Document, Event
from armstrack.settings import Options

BlockKey = tuple[str, tuple[str | None, ...]]
FORMAT_VERSION = 1


class DealBook:
    """All deals known so far; ``add`` merges one document's events into them."""

    def __init__(self, options: Options | None = None, kb: SystemLookup | None = None,
                 rules: DealRules | None = None) -> None:
        self.rules = rules or DealRules.from_options(options)
        self.names = SystemNames(kb if kb is not None else load_knowledge_base(), self.rules.system_similarity)
        self.copies = CopyIndex(self.rules.copy_threshold, self.rules.permutations, self.rules.shingle_words)
        self._blocks: dict[BlockKey, grouping.Block] = {}
        self._documents: dict[str, list[Mention]] = {}  # document id -> its mentions
        self._deal_block: dict[str, BlockKey] = {}
        self._dirty: set[BlockKey] = set()

    def __len__(self) -> int:
        self.resolve()
        return len(self._deal_block)

    def add(self, document: Document, events: Sequence[Event]) -> list[str]:
        """Merge one document's events; returns the deal id of each event, in order."""
        mentions = self.stage(document, events)
        self.resolve()
        return [self._deal_of(m) for m in mentions]

    def extend(self, reports: Iterable[tuple[Document, Sequence[Event]]]) -> None:
        """Merge many documents, resolving each touched block once at the end (bulk loading)."""
        for document, events in reports:
            self.stage(document, events)
        self.resolve()

    def stage(self, document: Document, events: Sequence[Event]) -> list[Mention]:
        """Record a document's events without resolving deals yet; a re-added document replaces itself."""
        if not document.id:
            raise InputError("<document>", "a document needs an id to be merged into deals")
        self._forget(document.id)
        source = Source.of(document)
        self.copies.add(source, document.text)
        return self._stage_mentions(source, events)

    def _stage_mentions(self, source: Source, events: Sequence[Event]) -> list[Mention]:
        mentions = [Mention(source, position, event) for position, event in enumerate(events)]
        for mention in mentions:
            key = (mention.type, mention.parties)
            block = self._blocks.get(key)
            if block is None:
                block = self._blocks[key] = grouping.Block(*key)
            block.add(mention, self.names, self.rules)
            self._dirty.add(key)
        self._documents[source.document_id] = mentions
        return mentions

    def _forget(self, document_id: str) -> None:
        for mention in self._documents.pop(document_id, []):
            key = (mention.type, mention.parties)
            self._blocks[key].remove(mention.id)
            self._dirty.add(key)

    def resolve(self) -> None:
        """Re-resolve every block changed since the last call."""
        for key in sorted(self._dirty, key=repr):
            block = self._blocks[key]
            before = set(block.deal_parts)
            block.resolve(self.names, self.rules)
            for deal_id in before - set(block.deal_parts):
                self._deal_block.pop(deal_id, None)
            for deal_id in block.deal_parts:
                self._deal_block[deal_id] = key
        self._dirty.clear()

    def deal_of(self, document_id: str, position: int) -> str:
        """The deal id of event number ``position`` of a document."""
        self.resolve()
        mentions = self._documents.get(document_id, [])
        if not 0 <= position < len(mentions):
            raise NotFound(f"{document_id}: no event {position} in the deal book")
        return self._deal_of(mentions[position])

    def _deal_of(self, mention: Mention) -> str:
        return self._blocks[(mention.type, mention.parties)].deal_of(mention)

    def ids(self) -> list[str]:
        """Every deal id, sorted."""
        self.resolve()
        return sorted(self._deal_block)

    def deal(self, deal_id: str) -> Deal:
        """The merged record of one deal."""
        self.resolve()
        key = self._deal_block.get(deal_id)
        if key is None:
            raise NotFound(f"{deal_id}: no such deal")
        return build(self._blocks[key].group(deal_id), self.copies.original, self.rules)

    def deals(self) -> Iterator[Deal]:
        """Every deal's merged record, in id order."""
        for deal_id in self.ids():
            yield self.deal(deal_id)

    def to_dict(self) -> dict[str, Any]:
        """Everything needed to rebuild the book without the document texts."""
        mentions = [m.to_dict() for found in self._documents.values() for m in found]
        documents = sorted(self._documents)
        return {"version": FORMAT_VERSION, "copies": self.copies.to_dict(), "documents": documents,
                "mentions": mentions}

    @classmethod
    def from_dict(cls, state: dict[str, Any], options: Options | None = None,
                  kb: SystemLookup | None = None) -> DealBook:
        """Inverse of ``to_dict``."""
        if state.get("version") != FORMAT_VERSION:
            raise InputError("deal book", f"unsupported format version {state.get('version')!r}")
        book = cls(options, kb)
        book.copies.load(state["copies"])
        by_document: dict[str, list[tuple[int, Event]]] = {d: [] for d in state["documents"]}
        for row in state["mentions"]:
            by_document[row["document_id"]].append((row["position"], Event.from_dict(row["event"])))
        for document_id, events in by_document.items():
            source = book.copies.source(document_id) or Source(document_id)
            book._stage_mentions(source, [event for _, event in sorted(events, key=lambda pair: pair[0])])
        book.resolve()
        return book

    def save(self, path: str | Path) -> None:
        """Write the book as JSON."""
        Path(path).write_text(json.dumps(self.to_dict(), ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path, options: Options | None = None, kb: SystemLookup | None = None) -> DealBook:
        """Read a book written by ``save``."""
        try:
            state = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as err:
            raise InputError(str(path), f"cannot read deal book: {err}") from err
        return cls.from_dict(state, options, kb)


def assign_clusters(reports: Sequence[tuple[Document, Sequence[Event]]], options: Options | None = None,
                    kb: SystemLookup | None = None) -> DealBook:
    """Merge all reports into one book and write each event's deal id into its ``cluster``."""
    book = DealBook(options, kb)
    # a run may read one id twice (two files); each reading stays its own report
    seen: Counter[str] = Counter()
    keyed = []
    for document, events in reports:
        seen[document.id] += 1
        unique = document if seen[document.id] == 1 else replace(document, id=f"{document.id}#{seen[document.id]}")
        keyed.append((unique, events))
    book.extend(keyed)
    for document, events in keyed:
        for position, event in enumerate(events):
            event.cluster = book.deal_of(document.id, position)
    return book

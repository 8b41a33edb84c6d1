"""The ingest path shared by ``armstrack ingest``, ``armstrack demo`` and the web's add-sources jobs.

documents -> extraction pipeline -> store -> deals touched by each new or updated document
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from armstrack.errors import ArmstrackError, InputError
from armstrack.extract import build_pipeline
from armstrack.model import Document
from armstrack.pipeline import Pipeline
from armstrack.settings import Options
from armstrack.store import Ingested, Store
from armstrack.store.deals import StoredDeals

RESULTS = ("new", "updated", "unchanged", "duplicate", "failed")


@dataclass
class IngestRun:
    """What one ingest did: a count per result, problem lines, the stored documents, the deals touched."""

    counts: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    deals: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """True when any input or document failed."""
        return self.counts["failed"] > 0

    def summary(self, url: str) -> str:
        """One line: the count of each result and of the deals updated."""
        counts = ", ".join(f"{self.counts[name]} {name}" for name in RESULTS)
        return f"{url}: {counts}; {len(self.deals)} deals updated"

    def _note(self, problem: str) -> list[str]:
        self.problems.append(problem)
        return [problem]

    def _stored(self, result: Ingested) -> None:
        stored_id = result.duplicate_of or result.document_id
        if result.status != "failed" and stored_id is not None and stored_id not in self.documents:
            self.documents.append(stored_id)


class Ingestion:
    """Stores documents with their events and keeps their deals merged; ``run`` tallies what happened."""

    def __init__(self, store: Store, options: Options, pipeline: Pipeline | None = None,
                 run: IngestRun | None = None) -> None:
        self.store = store
        self.pipeline = pipeline or build_pipeline(options)
        self.deals = StoredDeals(store, options)
        self.run = run if run is not None else IngestRun()

    def __call__(self, documents: Iterable[Document | InputError]) -> Iterator[tuple[Ingested, list[str]]]:
        """Each stored outcome with the problem lines (naming the input) it added to the run."""
        for result in self.store.ingest(self.pipeline.pipe(documents)):
            self.run.counts[result.status] += 1
            yield result, self._record(result)

    def _record(self, result: Ingested) -> list[str]:
        self.run._stored(result)
        if result.error is not None:
            return self.run._note(str(result.error))
        if result.duplicate_of is not None:
            return self.run._note(f"{result.document_id}: same text as {result.duplicate_of}, not stored again")
        if result.document is None or result.status not in ("new", "updated"):
            return []
        try:
            touched = self.deals.update(result.document, result.events)
        except ArmstrackError as err:  # the document is stored; `armstrack deals --rebuild` can redo its deals
            self.run.counts["failed"] += 1
            return self.run._note(f"{result.document.id}: stored, but its deals were not updated: {err}")
        self.run.deals += [deal_id for deal_id in touched if deal_id not in self.run.deals]
        return []

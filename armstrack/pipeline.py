"""The document pipeline: named ``Doc -> Doc`` steps behind one loop that owns error handling.

sources -> documents -> (sentences, mentions) -> document events -> deals -> store
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from armstrack.errors import ArmstrackError, InputError
from armstrack.model import Document, Event

log = logging.getLogger(__name__)


@dataclass
class Doc:
    """One document on its way through the extraction steps."""

    document: Document
    sentences: list[Any] = field(default_factory=list)
    mentions: list[Any] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


Step = Callable[[Doc], Doc]


class ExtractionError(ArmstrackError):
    """A pipeline step failed on one document."""

    def __init__(self, document_id: str, step: str, reason: str) -> None:
        super().__init__(f"{document_id}: {step} failed: {reason}")
        self.document_id = document_id
        self.step = step


@dataclass
class Outcome:
    """What the pipeline made of one input: a processed doc, or the error that stopped it."""

    doc: Doc | None = None
    error: ArmstrackError | None = None

    @property
    def ok(self) -> bool:
        """True when the document went through every step."""
        return self.error is None


class Pipeline:
    """An ordered list of named steps; calling it runs them all on one document."""

    def __init__(self, steps: Iterable[tuple[str, Step]] = ()) -> None:
        self.steps: list[tuple[str, Step]] = list(steps)

    @property
    def step_names(self) -> list[str]:
        """The steps' names, in order."""
        return [name for name, _ in self.steps]

    def add_step(self, name: str, step: Step) -> None:
        """Append a step (a plugin adds its own the same way)."""
        self.steps.append((name, step))

    def __call__(self, document: Document) -> Doc:
        doc = Doc(document)
        for name, step in self.steps:
            try:
                doc = step(doc)
            except ArmstrackError:
                raise
            except Exception as err:  # a bug or bad input in one document must not stop a batch
                log.debug("step %s failed on %s", name, document.id, exc_info=True)
                raise ExtractionError(document.id, name, f"{type(err).__name__}: {err}") from err
        return doc

    def pipe(self, items: Iterable[Document | InputError]) -> Iterator[Outcome]:
        """Run every document through the steps; read errors and step failures become outcomes."""
        for item in items:
            if isinstance(item, ArmstrackError):
                yield Outcome(error=item)
                continue
            try:
                yield Outcome(doc=self(item))
            except ArmstrackError as err:
                yield Outcome(error=err)

"""The Store: documents and their events in SQLite or PostgreSQL, one transaction per document."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Literal

from sqlalchemy import Engine, Select, delete, func, or_, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from armstrack.errors import ArmstrackError, NotFound, StoreError
from armstrack.model import Document, Event
from armstrack.pipeline import Outcome
from armstrack.store.engine import connect, display_url, migrate, resolve_url
from armstrack.store.schema import DocumentRow, EventRow

AddResult = Literal["new", "updated", "unchanged", "duplicate"]
# Event fields copied into columns so that filters need not read the JSON payload.
EVENT_COLUMNS: tuple[str, ...] = (
    "supplier", "recipient", "producer", "partner", "system", "category", "status",
    "order_date", "delivery_date", "date", "ratified_date",
)
DOCUMENT_COLUMNS: tuple[str, ...] = ("hash", "text", "published", "url", "title", "outlet", "language", "source")
COUNTRY_COLUMNS: tuple[str, ...] = ("supplier", "recipient", "producer", "partner")
# Sorts after every character of an ISO date, so "until 2021-06" includes "2021-06-30".
DATE_END = "~"


@dataclass(frozen=True)
class Ingested:
    """What storing one pipeline outcome did: a result of ``Store.add``, or "failed" with the error."""

    status: AddResult | Literal["failed"]
    document_id: str | None = None
    duplicate_of: str | None = None
    error: ArmstrackError | None = None
    # what was stored, so that later stages (deals) need not read it back
    document: Document | None = None
    events: tuple[Event, ...] = ()


class Store:
    """Documents and document events in one database; open with ``Store.open(url)``."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.session = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """Open (creating and migrating to the latest schema) the store at a path or SQLAlchemy URL."""
        engine = connect(resolve_url(url))
        try:
            migrate(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    @property
    def url(self) -> str:
        """The database URL, password hidden."""
        return display_url(self.engine.url)

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def add(self, document: Document, events: list[Event]) -> AddResult:
        """Store a document and its events in one transaction: "new", "updated", "unchanged" or "duplicate"."""
        try:
            with self.session.begin() as session:
                return _add(session, document, events)
        except (SQLAlchemyError, TypeError, ValueError) as err:  # one document's failure must not stop a batch
            raise StoreError(f"{document.id}: cannot store: {type(err).__name__}: {err}") from err

    def ingest(self, outcomes: Iterable[Outcome]) -> Iterator[Ingested]:
        """Store every processed document of a pipeline run; read and extraction errors pass through as failures."""
        for outcome in outcomes:
            if outcome.doc is None:
                yield Ingested("failed", error=outcome.error)
                continue
            document = outcome.doc.document
            try:
                result = self.add(document, outcome.doc.events)
            except StoreError as err:
                yield Ingested("failed", document.id, error=err)
                continue
            duplicate_of = self._id_with_hash(document.hash) if result == "duplicate" else None
            yield Ingested(result, document.id, duplicate_of, document=document, events=tuple(outcome.doc.events))

    def document(self, document_id: str) -> Document:
        """The stored document with this id; NotFound when there is none."""
        with self.session() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                raise NotFound(f"{document_id}: no such document in {self.url}")
            return _document(row)

    def documents(
        self,
        language: str | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
    ) -> list[Document]:
        """Stored documents in id order; since/until are partial ISO dates compared with ``published``."""
        query = select(DocumentRow).order_by(DocumentRow.id).limit(limit)
        if language is not None:
            query = query.where(DocumentRow.language == language)
        if outlet is not None:
            query = query.where(DocumentRow.outlet == outlet)
        if since is not None:
            query = query.where(DocumentRow.published >= since)
        if until is not None:
            query = query.where(DocumentRow.published <= until + DATE_END)
        with self.session() as session:
            return [_document(row) for row in session.scalars(query)]

    def events(
        self,
        document_id: str | None = None,
        type: str | None = None,
        country: str | None = None,
        system: str | None = None,
        category: str | None = None,
        status: str | None = None,
    ) -> list[tuple[str, Event]]:
        """(document id, event) pairs, in document and reading order; country matches any role."""
        query = select(EventRow).order_by(EventRow.document_id, EventRow.position)
        for column, value in (
            (EventRow.document_id, document_id), (EventRow.type, type), (EventRow.system, system),
            (EventRow.category, category), (EventRow.status, status),
        ):
            if value is not None:
                query = query.where(column == value)
        if country is not None:
            query = _where_country(query, country)
        with self.session() as session:
            return [(row.document_id, Event.from_dict(row.payload)) for row in session.scalars(query)]

    def counts(self) -> dict[str, Any]:
        """What the store holds: documents by language, events by type, the range of publication dates."""
        with self.session() as session:
            languages = session.execute(
                select(DocumentRow.language, func.count()).group_by(DocumentRow.language)
            ).all()
            types = session.execute(select(EventRow.type, func.count()).group_by(EventRow.type)).all()
            first, last = session.execute(
                select(func.min(DocumentRow.published), func.max(DocumentRow.published))
            ).one()
        return {
            "documents": sum(n for _, n in languages),
            "events": sum(n for _, n in types),
            "languages": {language or "unknown": n for language, n in sorted(languages, key=_null_last)},
            "types": dict(sorted(types)),
            "published": {"first": first, "last": last},
        }

    def _id_with_hash(self, content_hash: str) -> str | None:
        with self.session() as session:
            return session.scalar(select(DocumentRow.id).where(DocumentRow.hash == content_hash))


def _add(session: Session, document: Document, events: list[Event]) -> AddResult:
    # one query finds both a stored copy under this id and the same text under another id
    found = select(DocumentRow.id, DocumentRow.hash).where(
        or_(DocumentRow.id == document.id, DocumentRow.hash == document.hash)
    )
    stored: dict[str, str] = {id: hash for id, hash in session.execute(found)}
    if stored.get(document.id) == document.hash:
        return "unchanged"
    if any(id != document.id for id, hash in stored.items() if hash == document.hash):
        return "duplicate"
    columns = {name: getattr(document, name) for name in DOCUMENT_COLUMNS} | {"ingested_at": datetime.now(UTC)}
    if document.id in stored:
        session.execute(delete(EventRow).where(EventRow.document_id == document.id))
        session.execute(update(DocumentRow).where(DocumentRow.id == document.id).values(**columns))
    else:
        session.add(DocumentRow(id=document.id, **columns))
    session.add_all(_event_row(document.id, n, event) for n, event in enumerate(events))
    return "updated" if document.id in stored else "new"


def _event_row(document_id: str, position: int, event: Event) -> EventRow:
    columns = {name: getattr(event, name, None) for name in EVENT_COLUMNS}
    parties = getattr(event, "parties", None)
    return EventRow(
        id=f"{document_id}:{position}",
        document_id=document_id,
        position=position,
        type=event.type,
        parties=json.dumps(parties) if parties is not None else None,
        payload=event.to_dict(),
        **columns,
    )


def _where_country(query: Select[Any], country: str) -> Select[Any]:
    roles = [getattr(EventRow, name) == country for name in COUNTRY_COLUMNS]
    # parties is a JSON list; the quoted code matches one whole element
    roles.append(EventRow.parties.contains(json.dumps(country), autoescape=True))
    return query.where(or_(*roles))


def _document(row: DocumentRow) -> Document:
    return Document(
        id=row.id, text=row.text, published=row.published, url=row.url, title=row.title,
        outlet=row.outlet, language=row.language, source=row.source, hash=row.hash,
    )


def _null_last(pair: tuple[str | None, int]) -> tuple[bool, str]:
    return (pair[0] is None, pair[0] or "")

"""Deals in the store: kept up to date document by document, read back with filters.

Updating after one document touches only the blocks (type, parties) its events fall in, and
the deals whose sources' copy groups it changed. Near-duplicate candidates are found through
the stored LSH bands (an indexed look-up), never by comparing with every document.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
from sqlalchemy import JSON, ForeignKey, Index, Integer, LargeBinary, String, and_, delete, func, or_, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from armstrack.deals import dates, grouping
from armstrack.deals.book import BlockKey
from armstrack.deals.copies import CopyIndex
from armstrack.deals.deal import Deal, build
from armstrack.deals.items import SystemLookup, SystemNames, load_knowledge_base
from armstrack.deals.mention import PARTY_FIELDS, Mention, Source
from armstrack.deals.rules import DealRules
from armstrack.errors import NotFound
from armstrack.model import Document, Event
from armstrack.settings import Options
from armstrack.store.repository import DATE_END, Store
from armstrack.store.schema import Base, DocumentRow, EventRow, KeyColumns


class DealRow(KeyColumns, Base):
    """One deal: filter columns, the block it was resolved in, the whole record in ``payload``."""

    __tablename__ = "deals"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    first_date: Mapped[str | None] = mapped_column(String, index=True)
    last_date: Mapped[str | None] = mapped_column(String, index=True)
    block: Mapped[str | None] = mapped_column(String, index=True)
    sources: Mapped[int] = mapped_column(Integer)
    independent_sources: Mapped[int] = mapped_column(Integer)
    contradictions: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)


class DealEventRow(Base):
    """Which deal a stored event belongs to."""

    __tablename__ = "deal_events"

    event_id: Mapped[str] = mapped_column(String, primary_key=True)
    deal_id: Mapped[str] = mapped_column(String, index=True)
    document_id: Mapped[str] = mapped_column(String, index=True)
    block: Mapped[str] = mapped_column(String, index=True)


class CopyRow(Base):
    """A document's MinHash signature and the original of its copy group."""

    __tablename__ = "document_copies"

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    original: Mapped[str] = mapped_column(String, index=True)
    published: Mapped[str | None] = mapped_column(String)
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class BandRow(Base):
    """One LSH band of a document's signature: documents sharing a band are compared."""

    __tablename__ = "copy_bands"
    __table_args__ = (Index("ix_copy_bands_band", "band", "hash"),)

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    band: Mapped[int] = mapped_column(Integer, primary_key=True)
    hash: Mapped[str] = mapped_column(String)


class StoredDeals:
    """The deals of one store."""

    def __init__(self, store: Store, options: Options | None = None, kb: SystemLookup | None = None) -> None:
        self.store = store
        self.rules = DealRules.from_options(options)
        self.names = SystemNames(kb if kb is not None else load_knowledge_base(), self.rules.system_similarity)
        self.copies = CopyIndex(self.rules.copy_threshold, self.rules.permutations, self.rules.shingle_words)

    def update(self, document: Document, events: Sequence[Event]) -> list[str]:
        """Re-merge the deals a stored document's events touch; returns each event's deal id."""
        with self.store.session.begin() as session:
            regrouped = self._index_copy(session, document)
            blocks = {_block(Mention(Source(document.id), n, e)) for n, e in enumerate(events)}
            blocks |= _blocks_of(session, [document.id, *regrouped])
            for block in sorted(blocks, key=_block_name):
                self._resolve(session, block)
            rows = session.scalars(select(DealEventRow).where(DealEventRow.document_id == document.id))
            deal_of = {row.event_id: row.deal_id for row in rows}
        return [deal_of[f"{document.id}:{n}"] for n in range(len(events))]

    def rebuild(self) -> int:
        """Recompute copies and deals from every stored document (a store filled before deals existed)."""
        with self.store.session.begin() as session:
            for table in (DealEventRow, DealRow, BandRow, CopyRow):
                session.execute(delete(table))
        with self.store.session() as session:
            ids = list(session.scalars(select(DocumentRow.id).order_by(DocumentRow.id)))
        for document_id in ids:
            document = self.store.document(document_id)
            with self.store.session.begin() as session:
                self._index_copy(session, document)
        with self.store.session.begin() as session:
            keys = session.execute(select(EventRow.type, EventRow.supplier, EventRow.recipient, EventRow.producer,
                                          EventRow.partner, EventRow.parties).distinct()).all()
            for block in sorted({_row_block(row) for row in keys}, key=_block_name):
                self._resolve(session, block)
            return len(session.scalars(select(DealRow.id)).all())

    def _index_copy(self, session: Session, document: Document) -> set[str]:
        """Store the document's signature and bands; returns documents whose original changed."""
        session.execute(delete(BandRow).where(BandRow.document_id == document.id))
        session.execute(delete(CopyRow).where(CopyRow.document_id == document.id))
        signature = self.copies.signature(document.text)
        bands = self.copies.bands(signature)
        near = or_(*(and_(BandRow.band == band, BandRow.hash == value) for band, value in bands))
        candidates = session.scalars(select(CopyRow).where(
            CopyRow.document_id.in_(select(BandRow.document_id).where(near)))).all()
        matches = [row for row in candidates if self.copies.similarity(
            signature, np.frombuffer(row.signature, dtype=np.uint32)) >= self.rules.copy_threshold]
        roots = {row.original for row in matches}
        ages = {row.document_id: (row.published, row.document_id) for row in session.scalars(
            select(CopyRow).where(CopyRow.document_id.in_(roots)))}
        ages[document.id] = (document.published, document.id)
        root = min(ages, key=lambda key: (dates.sort_key(ages[key][0]), key))
        moved = set(session.scalars(select(CopyRow.document_id).where(
            CopyRow.original.in_(roots - {root}))))
        session.execute(update(CopyRow).where(CopyRow.original.in_(roots)).values(original=root))
        session.add(CopyRow(document_id=document.id, original=root, published=document.published,
                            signature=signature.tobytes()))
        session.add_all(BandRow(document_id=document.id, band=band, hash=value) for band, value in bands)
        session.flush()
        return moved

    def _resolve(self, session: Session, block: BlockKey) -> None:
        name = _block_name(block)
        mentions = _mentions(session, block)
        session.execute(delete(DealRow).where(DealRow.block == name))
        session.execute(delete(DealEventRow).where(DealEventRow.block == name))
        documents = {m.document_id for m in mentions}
        originals = dict(session.execute(select(CopyRow.document_id, CopyRow.original).where(
            CopyRow.document_id.in_(documents))).all())
        for group in grouping.resolve(mentions, self.names, self.rules):
            deal = build(group, lambda d: originals.get(d, d), self.rules)
            session.add(_deal_row(deal, name))
            session.add_all(DealEventRow(event_id=m.id, deal_id=group.id, document_id=m.document_id, block=name)
                            for m in group.mentions)
        session.flush()

    def find(self, country: str | None = None, supplier: str | None = None, recipient: str | None = None,
             system: str | None = None, category: str | None = None, status: str | None = None,
             since: str | None = None, until: str | None = None) -> list[Deal]:
        """Deals matching every filter given (country: any role; since/until: years or partial dates)."""
        query = select(DealRow.payload).order_by(DealRow.id)
        for column, value in ((DealRow.supplier, supplier), (DealRow.recipient, recipient),
                              (DealRow.category, category), (DealRow.status, status)):
            if value is not None:
                query = query.where(column == value)
        if system is not None:
            query = query.where(DealRow.system.ilike(f"%{system}%"))
        if country is not None:
            roles = [column == country for column in
                     (DealRow.supplier, DealRow.recipient, DealRow.producer, DealRow.partner)]
            query = query.where(or_(*roles, DealRow.parties.contains(json.dumps(country), autoescape=True)))
        if since is not None:
            query = query.where(DealRow.last_date >= since)
        if until is not None:
            query = query.where(DealRow.first_date <= until + DATE_END)
        with self.store.session() as session:
            return [Deal.from_dict(payload) for payload in session.scalars(query)]

    def count(self) -> int:
        """How many deals the store holds."""
        with self.store.session() as session:
            return session.scalar(select(func.count()).select_from(DealRow)) or 0

    def of_document(self, document_id: str) -> dict[int, str]:
        """The deal each of a document's events was merged into, by event position."""
        query = select(DealEventRow.event_id, DealEventRow.deal_id).where(DealEventRow.document_id == document_id)
        with self.store.session() as session:
            rows = session.execute(query).all()
        return {int(event_id.rpartition(":")[2]): deal_id for event_id, deal_id in rows}

    def get(self, deal_id: str) -> Deal:
        """One deal by id; NotFound when there is none."""
        with self.store.session() as session:
            row = session.get(DealRow, deal_id)
            if row is None:
                raise NotFound(f"{deal_id}: no such deal in {self.store.url}")
            return Deal.from_dict(row.payload)


def update_store(store: Store, document: Document, events: Sequence[Event],
                 options: Options | None = None) -> list[str]:
    """After ``store.add(document, events)``: re-merge the deals they touch; returns each event's deal id."""
    return StoredDeals(store, options).update(document, events)


def _mentions(session: Session, block: BlockKey) -> list[Mention]:
    kind, parties = block
    query = select(EventRow, DocumentRow.url, DocumentRow.outlet, DocumentRow.published, DocumentRow.title,
                   DocumentRow.hash).join(DocumentRow, EventRow.document_id == DocumentRow.id)
    query = query.where(EventRow.type == kind)
    if kind == "agreement":
        query = query.where(EventRow.parties == json.dumps(list(parties)))
    else:
        for field, value in zip(PARTY_FIELDS[kind], parties, strict=True):
            column = getattr(EventRow, field)
            query = query.where(column == value if value is not None else column.is_(None))
    found = []
    for row, url, outlet, published, title, content_hash in session.execute(query):
        source = Source(row.document_id, url, outlet, published, title, content_hash)
        found.append(Mention(source, row.position, Event.from_dict(row.payload)))
    return found


def _blocks_of(session: Session, documents: Iterable[str]) -> set[BlockKey]:
    names = session.scalars(select(DealEventRow.block).where(DealEventRow.document_id.in_(list(documents))))
    return {_parse_block(name) for name in set(names)}


def _block(mention: Mention) -> BlockKey:
    return (mention.type, mention.parties)


def _row_block(row: Any) -> BlockKey:
    kind = row.type
    if kind == "agreement":
        return (kind, tuple(json.loads(row.parties or "[]")))
    return (kind, tuple(getattr(row, field) for field in PARTY_FIELDS[kind]))


def _block_name(block: BlockKey) -> str:
    return json.dumps([block[0], list(block[1])])


def _parse_block(name: str) -> BlockKey:
    kind, parties = json.loads(name)
    return (kind, tuple(parties))


def _deal_row(deal: Deal, block: str) -> DealRow:
    return DealRow(
        id=deal.id, type=deal.type, supplier=deal.supplier, recipient=deal.recipient, producer=deal.producer,
        partner=deal.partner, parties=json.dumps(deal.parties), system=deal.system, category=deal.category,
        status=deal.status, first_date=deal.first_date, last_date=deal.last_date, block=block,
        sources=len(deal.sources), independent_sources=deal.independent_sources,
        contradictions=len(deal.contradictions), payload=deal.to_dict(),
    )

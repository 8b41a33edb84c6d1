"""The store's tables as SQLAlchemy 2 declarative classes; migrations/ creates them, this module reads them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints, so that migrations can refer to them on SQLite and PostgreSQL alike.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Every armstrack table; the deals tables of later migrations derive from it too."""

    metadata = MetaData(naming_convention=NAMING)


class DocumentRow(Base):
    """One stored article: its text, provenance and content hash."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    # unique: the same text under a second id is reported as a duplicate, never stored twice
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    text: Mapped[str] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String, index=True)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String, index=True)
    language: Mapped[str | None] = mapped_column(String, index=True)
    source: Mapped[str | None] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    events: Mapped[list[EventRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True, order_by="EventRow.position"
    )


class KeyColumns:
    """The key fields that events and deals are filtered on; a mixin of both tables, not a table."""

    type: Mapped[str] = mapped_column(String, index=True)
    supplier: Mapped[str | None] = mapped_column(String, index=True)
    recipient: Mapped[str | None] = mapped_column(String, index=True)
    producer: Mapped[str | None] = mapped_column(String, index=True)
    partner: Mapped[str | None] = mapped_column(String, index=True)
    parties: Mapped[str | None] = mapped_column(Text)  # JSON list, matched as text: '"MAR"'
    system: Mapped[str | None] = mapped_column(String, index=True)
    category: Mapped[str | None] = mapped_column(String, index=True)
    status: Mapped[str | None] = mapped_column(String, index=True)


class EventRow(KeyColumns, Base):
    """One document event: its key fields as columns for filtering, the whole event in ``payload``."""

    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String, primary_key=True)  # f"{document_id}:{position}"
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    order_date: Mapped[str | None] = mapped_column(String)
    delivery_date: Mapped[str | None] = mapped_column(String)
    date: Mapped[str | None] = mapped_column(String)
    ratified_date: Mapped[str | None] = mapped_column(String)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)  # Event.to_dict(): evidence offsets and cues

    document: Mapped[DocumentRow] = relationship(back_populates="events")

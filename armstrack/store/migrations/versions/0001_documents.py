"""Documents and their events.

Revision ID: 0001_documents
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_documents"
down_revision = None
branch_labels = None
depends_on = None

EVENT_INDEXED = ("type", "supplier", "recipient", "producer", "partner", "system", "category", "status")


def upgrade() -> None:
    """Create documents and events with the indexes the filters use."""
    op.create_table(
        "documents",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("published", sa.String(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("outlet", sa.String(), nullable=True),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.UniqueConstraint("hash", name="uq_documents_hash"),
    )
    for column in ("published", "outlet", "language"):
        op.create_index(f"ix_documents_{column}", "documents", [column])
    op.create_table(
        "events",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("document_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(), nullable=False),
        *(sa.Column(name, sa.String(), nullable=True) for name in EVENT_INDEXED[1:]),
        sa.Column("parties", sa.Text(), nullable=True),
        *(sa.Column(name, sa.String(), nullable=True)
          for name in ("order_date", "delivery_date", "date", "ratified_date")),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_events_document_id_documents", ondelete="CASCADE"
        ),
    )
    for column in ("document_id", *EVENT_INDEXED):
        op.create_index(f"ix_events_{column}", "events", [column])


def downgrade() -> None:
    """Drop both tables."""
    op.drop_table("events")
    op.drop_table("documents")

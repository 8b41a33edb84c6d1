"""Deals merged across documents, the events each holds, and the copy index of documents.

Revision ID: 0002_deals
Revises: 0001_documents
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_deals"
down_revision = "0001_documents"
branch_labels = None
depends_on = None

DEAL_INDEXED = ("type", "supplier", "recipient", "producer", "partner", "system", "category", "status",
                "first_date", "last_date", "block")


def upgrade() -> None:
    """Create deals, deal_events, document_copies and copy_bands."""
    op.create_table(
        "deals",
        sa.Column("id", sa.String(), nullable=False),
        *(sa.Column(name, sa.String(), nullable=name != "type") for name in DEAL_INDEXED),
        sa.Column("parties", sa.Text(), nullable=True),
        sa.Column("sources", sa.Integer(), nullable=False),
        sa.Column("independent_sources", sa.Integer(), nullable=False),
        sa.Column("contradictions", sa.Integer(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_deals"),
    )
    for column in DEAL_INDEXED:
        op.create_index(f"ix_deals_{column}", "deals", [column])
    op.create_table(
        "deal_events",
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("deal_id", sa.String(), nullable=False),
        sa.Column("document_id", sa.String(), nullable=False),
        sa.Column("block", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("event_id", name="pk_deal_events"),
    )
    for column in ("deal_id", "document_id", "block"):
        op.create_index(f"ix_deal_events_{column}", "deal_events", [column])
    op.create_table(
        "document_copies",
        sa.Column("document_id", sa.String(), nullable=False),
        sa.Column("original", sa.String(), nullable=False),
        sa.Column("published", sa.String(), nullable=True),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("document_id", name="pk_document_copies"),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name="fk_document_copies_document_id_documents", ondelete="CASCADE"),
    )
    op.create_index("ix_document_copies_original", "document_copies", ["original"])
    op.create_table(
        "copy_bands",
        sa.Column("document_id", sa.String(), nullable=False),
        sa.Column("band", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("document_id", "band", name="pk_copy_bands"),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name="fk_copy_bands_document_id_documents", ondelete="CASCADE"),
    )
    op.create_index("ix_copy_bands_band", "copy_bands", ["band", "hash"])


def downgrade() -> None:
    """Drop the deal tables."""
    for table in ("copy_bands", "document_copies", "deal_events", "deals"):
        op.drop_table(table)

"""Alembic environment: runs on the connection ``armstrack.store.migrate`` hands over (online mode only)."""

from __future__ import annotations

from alembic import context

from armstrack.errors import StoreError
from armstrack.store.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise StoreError("migrations run through armstrack.store.Store.open, which supplies the connection")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds the table instead
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()

"""Organiser actions: the history says who made a change and why (``registration_changes.actor``, ``note``:
an organiser, and the override they asked for with their reason), and a message can be marked handled by an
organiser (``inbound_messages.handled_at``, ``handled_by``).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE (SQLite has ADD and DROP COLUMN): a batch copy would reflect the tables its keys
    # refer to, and SQLAlchemy cannot reflect the expression index on people
    op.add_column("registration_changes", sa.Column("actor", sa.String(320), nullable=True))
    op.add_column("registration_changes", sa.Column("note", sa.String(500), nullable=True))
    with op.batch_alter_table("inbound_messages") as batch:
        batch.add_column(sa.Column("handled_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("handled_by", sa.String(320), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("inbound_messages") as batch:
        batch.drop_column("handled_by")
        batch.drop_column("handled_at")
    op.drop_column("registration_changes", "note")
    op.drop_column("registration_changes", "actor")

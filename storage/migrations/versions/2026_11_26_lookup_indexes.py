"""Indexes for the per-message lookups: replies to one address today, and the waiting lists.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 16:15:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE outbox SET recipient = lower(recipient) WHERE channel = 'email'")
    op.create_index("ix_outbox_recipient_created", "outbox", ["recipient", "created_at"])
    op.create_index("ix_registrations_queue", "registrations", ["session_date", "status", "queued_at"])


def downgrade() -> None:
    op.drop_index("ix_registrations_queue", table_name="registrations")
    op.drop_index("ix_outbox_recipient_created", table_name="outbox")

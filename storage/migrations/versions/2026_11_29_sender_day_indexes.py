"""Indexes for counting what one sender placed today (the mass-signup rule asks it for every signup):
inbound messages by (sender, processed_at), and the history by the message that caused each change.
Without them the count scanned the whole history for every message.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 17:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_inbound_sender_processed", "inbound_messages", ["sender", "processed_at"])
    op.create_index("ix_registration_changes_inbound", "registration_changes", ["inbound_id"])


def downgrade() -> None:
    op.drop_index("ix_registration_changes_inbound", table_name="registration_changes")
    op.drop_index("ix_inbound_sender_processed", table_name="inbound_messages")

"""Outbox claims carry their dispatcher: ``outbox.claimed_by`` names the dispatcher instance (host, pid
and a random part) that claimed a row for sending. With it the lease can be short and renewed while the
dispatcher sends (a row whose dispatcher died goes out seconds after its last renewal instead of two
minutes), and a dispatcher renews, and records failures on, only the rows it still holds.

Rows claimed before the upgrade keep the lease the old code gave them (at most two minutes): their
``claimed_by`` stays empty and they are due when ``next_attempt_at`` comes, as before.

Downgrade: the column is dropped; a row claimed at that moment is due at the end of its (short) lease.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 15:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("claimed_by", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("claimed_by")

"""Stable session ids: the sessions as participants were last told of them (``announced_sessions``), so that
``assistant sessions notify`` announces a change in the config once. Registrations stay stored under their
session's key (its id: the date it was first configured on), so no stored row changes.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "announced_sessions",
        sa.Column("session_key", sa.Date(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start", sa.String(8), nullable=False),
        sa.Column("end", sa.String(8), nullable=False),
        sa.Column("place", sa.String(300), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("removed", sa.Boolean(), nullable=False),
        sa.Column("announced_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("session_key", name=op.f("pk_announced_sessions")),
    )


def downgrade() -> None:
    op.drop_table("announced_sessions")

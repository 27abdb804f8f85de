"""Indexes for finding the people a message may concern: by name (case-insensitive) and by organisation.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 18:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_people_name_lower", "people", [sa.text("lower(name)")])
    op.create_index("ix_people_organisation_id", "people", ["organisation_id"])


def downgrade() -> None:
    op.drop_index("ix_people_organisation_id", table_name="people")
    op.drop_index("ix_people_name_lower", table_name="people")

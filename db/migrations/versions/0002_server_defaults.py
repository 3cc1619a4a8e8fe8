"""Defaults in the database for the roster and plan columns

Rows written by bulk statements (imports, allocation) or by another tool get the same defaults
the ORM would give. On SQLite this is a batch copy of unit, unit_year, plan and quota: unit has
children with ON DELETE CASCADE, which is why migrations run with foreign keys off.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

DEFAULTS = {
    "unit": {
        "kind": (sa.String(10), "其他"),
        "py_initials": (sa.String(200), ""),
        "sort_order": (sa.Integer(), "0"),
        "archived": (sa.Boolean(), "0"),
        "note": (sa.Text(), ""),
    },
    "unit_year": {
        "contact_name": (sa.String(50), ""),
        "contact_phone": (sa.String(50), ""),
        "leader_name": (sa.String(50), ""),
        "leader_phone": (sa.String(50), ""),
    },
    "plan": {
        "measure": (sa.String(10), "U"),
        "target": (sa.Integer(), "0"),
        "source_doc": (sa.String(200), ""),
        "note": (sa.Text(), ""),
    },
    "quota": {
        "amount": (sa.Integer(), "0"),
        "locked": (sa.Boolean(), "0"),
        "method": (sa.String(20), "manual"),
        "basis": (sa.Text(), ""),
    },
}


def upgrade() -> None:
    for table, columns in DEFAULTS.items():
        with op.batch_alter_table(table, recreate="always") as batch:
            for name, (type_, default) in columns.items():
                batch.alter_column(name, existing_type=type_, existing_nullable=False, server_default=sa.text(f"'{default}'"))


def downgrade() -> None:
    for table, columns in DEFAULTS.items():
        with op.batch_alter_table(table, recreate="always") as batch:
            for name, (type_, _default) in columns.items():
                batch.alter_column(name, existing_type=type_, existing_nullable=False, server_default=None)

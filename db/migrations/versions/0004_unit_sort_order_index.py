"""Index on unit.sort_order for the roster's own order

The 名册 page reads the roster a window at a time in the clerk's order (ORDER BY sort_order, id
LIMIT …); without an index every window sorts the whole unit table (50 ms at 20,000 units, 1 ms
with it: bench/bench_roster_page.py). A plain CREATE INDEX: no table copy.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unit_sort_order"), ["sort_order"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unit_sort_order"))

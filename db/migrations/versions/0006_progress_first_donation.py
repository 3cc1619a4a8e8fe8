"""Progress on a million donations: the donor's first donation date, a covering month index

* ``donor.first_donated_on`` (indexed): the earliest donation on record, filled here from the
  donations with one UPDATE … SELECT MIN and kept from now on by the donations services
  (app.donations.first_dates). The progress figures count a period's first-time donors as one
  range over this index instead of one probe per donor into the donations (bench/bench_progress.py).
  A plain ADD COLUMN: no table copy, so no child row is touched.
* ``ix_donation_progress`` on SQLite: (month, category, unit, date, kind, volume, doses, donor),
  the order progress groups by, so SQLite reads a period's donations already grouped from the
  index alone. PostgreSQL refuses the month expression in an index (a date's text cast is not
  IMMUTABLE), so there the index is not made and the queries sort as before.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

MONTH = "substr(CAST(donated_on AS VARCHAR), 1, 7)"
PROGRESS_COLUMNS = ("category", "unit_id", "donated_on", "kind", "volume_ml", "doses", "donor_id")


def upgrade() -> None:
    with op.batch_alter_table("donor", schema=None) as batch_op:
        batch_op.add_column(sa.Column("first_donated_on", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_donor_first_donated_on"), ["first_donated_on"], unique=False)
    op.execute(
        "UPDATE donor SET first_donated_on = "
        "(SELECT MIN(donation.donated_on) FROM donation WHERE donation.donor_id = donor.id)"
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"CREATE INDEX ix_donation_progress ON donation ({MONTH}, {', '.join(PROGRESS_COLUMNS)})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP INDEX IF EXISTS ix_donation_progress")
    with op.batch_alter_table("donor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_donor_first_donated_on"))
        batch_op.drop_column("first_donated_on")

"""``donor.first_donated_on``: each donor's earliest donation on record, kept where donations change.

The progress figures count a period's first-time donors from this column (one range over its
index) instead of probing the donations once per donor. So every write that adds, removes or
moves a donation ends with :func:`refresh_first_dates` for the donors it touched, in the same
transaction: a station import (the donors of the imported rows), an entry, a deletion, a merge
and its undo (both donors). Code that writes donations straight into the table (tests' builders,
the benchmark's generator, the screenshots' demo) calls it too.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.models import Donation, Donor

#: Donor ids per UPDATE: well under SQLite's 32,766 bound parameters.
CHUNK = 5_000

_donor = Donor.__table__
_first = (
    select(func.min(Donation.donated_on))
    .where(Donation.donor_id == _donor.c.id)
    .correlate(_donor)
    .scalar_subquery()
)
# updated_at is set to itself: a new first date is not an edit of the donor's record.
_refresh = update(_donor).values(first_donated_on=_first, updated_at=_donor.c.updated_at)


def refresh_first_dates(session: Session, donor_ids: Iterable[int | None] | None) -> None:
    """Set the first donation date of *donor_ids* (every donor when None) from their donations.

    One correlated UPDATE per chunk; each donor costs one probe into the (donor_id, donated_on)
    index, so a 100,000-row import pays well under a second.
    """
    if donor_ids is None:
        session.execute(_refresh)
        return
    ids = sorted({i for i in donor_ids if i is not None})
    for k in range(0, len(ids), CHUNK):
        session.execute(_refresh.where(_donor.c.id.in_(ids[k : k + CHUNK])))

"""The two queries over the donation table; everything else works on their grouped rows.

1. :func:`donation_groups` — in one statement (UNION ALL), this period's donations grouped by
   (unit, category, month) and the same period last year's by (category, month) — the county's
   comparison needs no units — with integer sums: count, whole-blood ml, platelet donations and
   their doses, 400 ml donations. A county's year gives a few thousand groups, whatever the
   number of donations in the table.
2. :func:`donor_counts` — distinct donors of the period and how many of them have no donation
   before it (first-time donors), one probe each into the (donor_id, donated_on) index.

Both read only the period's rows through the donated_on index, so their cost follows the
donations of the period, not the size of the table (``bench/bench_progress.py``). The month is
the first seven characters of the date's ISO text (``2023-03``): one string operation per row
where ``extract(year)``/``extract(month)`` cost two date conversions in SQLite (27 % of the
query on the benchmark); PostgreSQL's default ISO DateStyle gives the same text. Plain
SQLAlchemy constructs throughout.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import String, and_, case, cast, exists, func, literal, null, select, union_all
from sqlalchemy.orm import Session, aliased

from app.progress.counting import Tally
from db.models import Donation


class Group(NamedTuple):
    """One grouped row; last year's rows carry no unit (``unit_id`` None, ``current`` False)."""

    current: bool
    unit_id: int | None
    category: str
    year: int
    month: int
    donations: int
    whole_ml: int
    platelets: int
    doses: int
    whole_400: int

    @property
    def tally(self) -> Tally:
        return Tally(self.donations, self.whole_ml, self.platelets, self.doses, self.whole_400)


def _grouped(start: dt.date, until: dt.date, *, current: bool):  # -> Select
    d = Donation
    platelets = d.kind == "platelets"
    month = func.substr(cast(d.donated_on, String), 1, 7)
    unit = d.unit_id if current else null()
    stmt = select(
        literal(1 if current else 0).label("current"),
        unit.label("unit_id"),
        d.category,
        month.label("ym"),
        func.count().label("n"),
        func.sum(case((platelets, 0), else_=d.volume_ml)).label("whole_ml"),
        func.sum(case((platelets, 1), else_=0)).label("platelets"),
        func.sum(case((platelets, case((d.doses < 1, 1), else_=d.doses)), else_=0)).label("doses"),
        func.sum(case((and_(~platelets, d.volume_ml >= 400), 1), else_=0)).label("whole_400"),
    ).where(d.donated_on.between(start, until))
    keys = [d.unit_id, d.category, month] if current else [d.category, month]
    return stmt.group_by(*keys)


def donation_groups(
    s: Session, start: dt.date, until: dt.date, last_start: dt.date, last_until: dt.date
) -> list[Group]:
    """This period's groups and last year's. Two GROUP BYs in one UNION ALL, so a plan spanning
    years, whose two periods overlap, counts an overlapping donation in both."""
    stmt = union_all(_grouped(start, until, current=True), _grouped(last_start, last_until, current=False))
    months: dict[str, tuple[int, int]] = {}
    out: list[Group] = []
    for r in s.execute(stmt).tuples():
        ym = months.get(r[3])
        if ym is None:
            ym = months[r[3]] = (int(r[3][:4]), int(r[3][5:7]))
        out.append(
            Group(bool(r[0]), r[1], r[2], ym[0], ym[1], r[4], r[5] or 0, r[6] or 0, r[7] or 0, r[8] or 0)
        )
    return out


def donor_counts(s: Session, start: dt.date, until: dt.date) -> tuple[int, int]:
    """(donors in the period, of whom first-time): first time = no donation on record before *start*.

    The database only knows the donations imported into it, so in an office's first year on the
    program every donor looks first-time; the figure is right from the second year on.
    """
    if until < start:
        return 0, 0
    d = Donation
    earlier = aliased(Donation)
    in_period = select(d.donor_id).where(d.donated_on.between(start, until)).distinct().subquery()
    had_before = exists().where(earlier.donor_id == in_period.c.donor_id, earlier.donated_on < start)
    row = s.execute(
        select(func.count(), func.coalesce(func.sum(case((had_before, 0), else_=1)), 0)).select_from(
            in_period
        )
    ).one()
    return int(row[0]), int(row[1])

"""The two queries over the donation table; everything else works on their grouped rows.

1. :func:`donation_groups` — a GROUP BY over this period and one over the same period last
   year, in one statement, by (unit, category, year, month) with integer sums (count, whole-blood ml, platelet
   donations and doses, 400 ml donations). A county's year gives a few thousand groups at most,
   whatever the number of donations.
2. :func:`donor_counts` — distinct donors of the period and how many of them have no donation
   before it (first-time donors), through the (donor_id, donated_on) index.

Plain SQLAlchemy constructs (``extract``, ``case``), so the same SQL runs on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, exists, extract, func, literal, select, union_all
from sqlalchemy.orm import Session, aliased

from app.progress.counting import Tally
from db.models import Donation


@dataclass(frozen=True)
class Group:
    current: bool  # this period (True) or the same period last year
    unit_id: int | None
    category: str
    year: int
    month: int
    tally: Tally


def _grouped(start: dt.date, until: dt.date, current: int):  # -> Select
    d = Donation
    platelets = d.kind == "platelets"
    year = extract("year", d.donated_on)
    month = extract("month", d.donated_on)
    return (
        select(
            literal(current).label("current"),
            d.unit_id,
            d.category,
            year.label("y"),
            month.label("m"),
            func.count().label("n"),
            func.sum(case((platelets, 0), else_=d.volume_ml)).label("whole_ml"),
            func.sum(case((platelets, 1), else_=0)).label("platelets"),
            func.sum(case((platelets, case((d.doses < 1, 1), else_=d.doses)), else_=0)).label("doses"),
            func.sum(case((and_(~platelets, d.volume_ml >= 400), 1), else_=0)).label("whole_400"),
        )
        .where(d.donated_on.between(start, until))
        .group_by(d.unit_id, d.category, year, month)
    )


def donation_groups(
    s: Session, start: dt.date, until: dt.date, last_start: dt.date, last_until: dt.date
) -> list[Group]:
    """This period's groups and last year's, in one statement (UNION ALL of two GROUP BYs, so a
    plan spanning years, whose periods overlap, counts an overlapping donation in both)."""
    stmt = union_all(_grouped(start, until, 1), _grouped(last_start, last_until, 0))
    return [
        Group(
            current=bool(r[0]),
            unit_id=r[1],
            category=r[2],
            year=int(r[3]),
            month=int(r[4]),
            tally=Tally(int(r[5]), int(r[6] or 0), int(r[7] or 0), int(r[8] or 0), int(r[9] or 0)),
        )
        for r in s.execute(stmt)
    ]


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

"""The reads of the donation table; everything else works on their grouped rows.

1. :func:`donation_groups` — this period's donations grouped by (month, category, unit) and
   the same period last year's by (month, category) — the county's comparison needs no units —
   with integer sums: count, whole-blood ml, platelet donations and their doses, 400 ml
   donations. A county's year gives a few thousand groups, whatever the number of donations in
   the table.
2. :func:`donor_counts` — distinct donors of the period, and the first-time donors: those whose
   first donation on record (``donor.first_donated_on``) falls in the period, one range over
   that column's index.

:func:`read_period` runs the three statements side by side on their own connections.

The month is the first seven characters of the date's ISO text (``2023-03``,
:func:`db.models.donors.donation_month`; PostgreSQL's default ISO DateStyle gives the same
text). On SQLite the covering index ``ix_donation_progress`` starts with that month, then
category, unit and the summed columns: the period's rows are read from the index alone and
already in group order, so neither query sorts or looks up a table row; its cost follows the
donations of the period, not the size of the table (``bench/bench_progress.py``). The month
range in the WHERE clause is what lets SQLite use it; the date range keeps a part month exact.
Plain SQLAlchemy constructs throughout.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import Connection, Integer, Select, and_, case, cast, distinct, func, select
from sqlalchemy.orm import Session

from app.database import Database
from db.models import Donation, Donor
from db.tables.donors import donation_month

#: One grouped row of this period: month (202303 for March 2023), category, unit (None: no
#: unit), then the integer sums of :class:`~app.progress.counting.Tally` — donations, whole-blood ml, platelet
#: donations, their 治疗量, 400 ml donations. Last year's rows have no unit column.
Row = tuple


def _sums(d: type[Donation]) -> list:
    platelets = d.kind == "platelets"
    return [
        func.count(),
        func.sum(case((platelets, 0), else_=d.volume_ml)),
        func.sum(case((platelets, 1), else_=0)),
        func.sum(case((platelets, case((d.doses < 1, 1), else_=d.doses)), else_=0)),
        func.sum(case((and_(~platelets, d.volume_ml >= 400), 1), else_=0)),
    ]


def _period(start: dt.date, until: dt.date) -> tuple:
    """The WHERE clause of a period: its months (the index's range) and its days."""
    month = donation_month(Donation.donated_on)
    return (
        month.between(f"{start.year:04d}-{start.month:02d}", f"{until.year:04d}-{until.month:02d}"),
        Donation.donated_on.between(start, until),
    )


def group_statements(
    start: dt.date, until: dt.date, last_start: dt.date, last_until: dt.date
) -> tuple[Select, Select]:
    """This period's GROUP BY (month, category, unit) and last year's GROUP BY (month, category),
    both in the order of the index, so that SQLite streams the groups without a sort."""
    d = Donation
    month = donation_month(d.donated_on)
    # the month key handed out as the integer 202303: Python makes an int from a row far faster
    # than a str (fetching the rows cost more than the grouping)
    number = cast(func.replace(month, "-", ""), Integer)
    current = select(number, d.category, d.unit_id, *_sums(d)).where(*_period(start, until))
    last = select(number, d.category, *_sums(d)).where(*_period(last_start, last_until))
    return current.group_by(month, d.category, d.unit_id), last.group_by(month, d.category)


def donation_groups(
    s: Session | Connection, start: dt.date, until: dt.date, last_start: dt.date, last_until: dt.date
) -> tuple[list[Row], list[Row]]:
    """This period's rows by (month, category, unit) and last year's by (month, category).

    Plain rows fetched at once (``.all()``) on the Core connection: building an object per row
    cost more than the query. A plan spanning years, whose two periods overlap, counts an
    overlapping donation in both.
    """
    current, last = group_statements(start, until, last_start, last_until)
    conn = s.connection() if isinstance(s, Session) else s
    return conn.execute(current).tuples().all(), conn.execute(last).tuples().all()


def read_period(
    db: Database, start: dt.date, until: dt.date, last_start: dt.date, last_until: dt.date
) -> tuple[list[Row], list[Row], int, int]:
    """:func:`donation_groups` and :func:`donor_counts` at once, each statement on its own
    connection: SQLite lets go of the interpreter while it steps through an index, so on an office
    PC's two or more cores the three reads take about as long as the longest two, not their sum
    (``bench/bench_progress.py``). They only read; a write committed between them by another
    program would at most be counted in one figure and not yet in another.
    """

    def counts() -> tuple[int, int]:
        with db.engine.connect() as conn:
            return donor_counts(conn, start, until)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="progress") as pool:
        donor_figures = pool.submit(counts)  # one number back: its thread hardly needs the interpreter
        with db.engine.connect() as conn:
            current_rows, last_rows = donation_groups(conn, start, until, last_start, last_until)
        return current_rows, last_rows, *donor_figures.result()


def donor_counts(s: Session | Connection, start: dt.date, until: dt.date) -> tuple[int, int]:
    """(donors in the period, of whom first-time): first time = the donor's first donation on
    record falls in the period, i.e. none before *start*.

    The database only knows the donations imported into it, so in an office's first year on the
    program every donor looks first-time; the figure is right from the second year on.
    """
    if until < start:
        return 0, 0
    donors = select(func.count(distinct(Donation.donor_id))).where(*_period(start, until))
    first = select(func.count()).where(Donor.first_donated_on.between(start, until))
    row = s.execute(select(donors.scalar_subquery(), first.scalar_subquery())).one()
    return int(row[0]), int(row[1])

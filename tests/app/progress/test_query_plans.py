"""On SQLite the progress queries read the covering month index and never sort: what keeps a
year's figures cheap on a million donations (bench/bench_progress.py times it; this checks the
plan, which a changed expression or a dropped index would silently lose)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import distinct, func, select

from app.progress.queries import _period, group_statements
from db.models import Donation

D = dt.date


def plan(db, stmt) -> list[str]:
    with db.session() as s:
        conn = s.connection()
        compiled = stmt.compile(conn)
        params = [compiled.params[k] for k in compiled.positiontup]
        params = [p.isoformat() if isinstance(p, dt.date) else p for p in params]
        return [r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), tuple(params))]


def test_groups_stream_from_the_covering_index(db):
    for stmt in group_statements(D(2021, 1, 1), D(2021, 6, 30), D(2020, 1, 1), D(2020, 6, 30)):
        steps = plan(db, stmt)
        assert any("COVERING INDEX ix_donation_progress" in step for step in steps), steps
        assert not any("TEMP B-TREE" in step for step in steps), steps


def test_distinct_donors_read_the_index_only(db):
    stmt = select(func.count(distinct(Donation.donor_id))).where(*_period(D(2021, 1, 1), D(2021, 12, 31)))
    steps = plan(db, stmt)
    assert any("COVERING INDEX ix_donation_progress" in step for step in steps), steps

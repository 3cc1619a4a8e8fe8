"""The plans of a year as plain records, read with one Core query.

Kept apart from the services that change plans: a listing needs neither the ORM nor the audit
log, so ``plan list`` (and the pages' plan pickers) read without importing ``sqlalchemy.orm`` or
configuring the mappers (bench/bench_startup.py).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from app.plans.records import PlanRecord
from db.tables.plans import plan, quota

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from app.database import Database


def list_plans(db: Database, year: int | None = None) -> list[PlanRecord]:
    """Plans of *year* (those whose period touches it), newest first; all plans if None."""
    with db.connect() as conn:
        return plans_on(conn, year)


def plans_on(conn: Connection, year: int | None = None) -> list[PlanRecord]:
    """:func:`list_plans` on the caller's connection (in a session: ``s.connection()`` after a
    flush, so that a plan added in the session counts)."""
    totals = (
        select(
            quota.c.plan_id,
            func.sum(quota.c.amount).label("total"),
            func.count(quota.c.id).label("count"),
        )
        .group_by(quota.c.plan_id)
        .subquery()
    )
    stmt = select(
        plan.c.id,
        plan.c.name,
        plan.c.year,
        plan.c.start_date,
        plan.c.end_date,
        plan.c.measure,
        plan.c.target,
        plan.c.source_doc,
        plan.c.note,
        func.coalesce(totals.c.total, 0),
        func.coalesce(totals.c.count, 0),
    ).outerjoin(totals, totals.c.plan_id == plan.c.id)
    if year is not None:
        stmt = stmt.where(plan.c.start_date <= date(year, 12, 31), plan.c.end_date >= date(year, 1, 1))
    rows = conn.execute(stmt.order_by(plan.c.start_date.desc(), plan.c.id.desc()))
    return [
        PlanRecord(
            id=pid,
            name=name,
            year=plan_year,
            start_date=start,
            end_date=end,
            measure=measure,
            target=target,
            source_doc=source_doc,
            note=note,
            quota_total=int(total),
            quota_count=int(count),
        )
        for pid, name, plan_year, start, end, measure, target, source_doc, note, total, count in rows
    ]

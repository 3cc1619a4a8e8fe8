"""ORM rows to the plain records of app/plans/records.py, and a plan by its number."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.bounds import MAXIMUM
from app.errors import KnownError
from app.i18n import translate
from app.plans.records import PlanRecord, SlotRecord, slot_label
from db.models import Plan, Quota, ScheduleSlot


def plan_record(s: Session, plan: Plan) -> PlanRecord:
    total, count = s.execute(
        select(func.coalesce(func.sum(Quota.amount), 0), func.count(Quota.id)).where(Quota.plan_id == plan.id)
    ).one()
    return PlanRecord(
        id=plan.id,
        name=plan.name,
        year=plan.year,
        start_date=plan.start_date,
        end_date=plan.end_date,
        measure=plan.measure,
        target=plan.target,
        source_doc=plan.source_doc,
        note=plan.note,
        quota_total=int(total),
        quota_count=int(count),
    )


def slot_record(slot: ScheduleSlot, *, with_year: bool = True) -> SlotRecord:
    return SlotRecord(
        id=slot.id,
        kind=slot.kind,
        year=slot.year,
        month=slot.month,
        part=slot.part,
        label=slot_label(slot.kind, slot.year, slot.month, slot.part, with_year=with_year),
        site_id=slot.site_id,
        site_name=slot.site.name if slot.site is not None else "",
        participants=slot.participants,
        note=slot.note,
    )


def plan_row(s: Session, plan_id: int) -> Plan:
    # A number beyond SQLite's integer range would overflow the query itself.
    in_range = isinstance(plan_id, int) and 0 < plan_id <= MAXIMUM["id"]
    plan = s.get(Plan, plan_id) if in_range else None
    if plan is None:
        raise KnownError(translate("plans", "找不到该献血计划（编号 {id}）").format(id=plan_id))
    return plan

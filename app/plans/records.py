"""Plan, quota and slot records: the plain values the plans services hand out, and how rows become them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.bounds import MAXIMUM
from app.errors import KnownError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.plans.slots import Slot
from db.models import Plan, Quota, ScheduleSlot

#: Measure -> label (source text); the plan dialog shows it translated (context "PlanDialog").
MEASURE_LABELS = {
    "U": QT_TRANSLATE_NOOP("PlanDialog", "单位"),
    "人次": QT_TRANSLATE_NOOP("PlanDialog", "人次"),
    "ml": QT_TRANSLATE_NOOP("PlanDialog", "毫升"),
}


@dataclass(frozen=True)
class PlanRecord:
    id: int
    name: str
    year: int
    start_date: date
    end_date: date
    measure: str
    target: int
    source_doc: str
    note: str
    quota_total: int
    quota_count: int

    @property
    def measure_label(self) -> str:
        return MEASURE_LABELS.get(self.measure, self.measure)


@dataclass
class PlanInput:
    name: str
    year: int
    start_date: date | None = None
    end_date: date | None = None
    measure: str = "U"
    target: int = 0
    source_doc: str = ""
    note: str = ""


@dataclass(frozen=True)
class SlotRecord:
    id: int
    kind: str
    year: int | None
    month: int | None
    part: int | None
    label: str
    site_id: int | None
    site_name: str
    participants: str
    note: str

    def slot(self) -> Slot:
        return Slot(self.kind, self.year, self.month, self.part)  # type: ignore[arg-type]


@dataclass(frozen=True)
class QuotaRecord:
    id: int
    plan_id: int
    unit_id: int
    unit_name: str
    unit_kind: str
    parent_name: str
    sort_order: int
    amount: int
    locked: bool
    method: str
    basis: str
    slot_id: int | None
    slot_label: str
    site_name: str
    population: int | None
    staff: int | None
    total_staff: int | None = None  # 总人数


def slot_label(
    kind: str, year: int | None, month: int | None, part: int | None, *, with_year: bool = True
) -> str:
    """全年 / 2018年6月 / 3月上旬: the way notices write a slot."""
    return Slot(kind, None if kind == "year" else year, month, part).label(with_year=with_year)  # type: ignore[arg-type]


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


# -- plans ------------------------------------------------------------------------------------


def plan_row(s: Session, plan_id: int) -> Plan:
    # A number beyond SQLite's integer range would overflow the query itself.
    in_range = isinstance(plan_id, int) and 0 < plan_id <= MAXIMUM["id"]
    plan = s.get(Plan, plan_id) if in_range else None
    if plan is None:
        raise KnownError(translate("plans", "找不到该献血计划（编号 {id}）").format(id=plan_id))
    return plan

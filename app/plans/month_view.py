"""The month view of a schedule: who donates in which month; whole-year quotas count in the year only."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.database import Database
from app.plans.plans import get_plan
from app.plans.quotas import plan_quotas
from app.plans.records import PlanRecord, SlotRecord
from app.plans.schedule import plan_slots


@dataclass
class MonthEntry:
    unit_name: str
    amount: int
    slot_label: str
    site_name: str


@dataclass
class MonthRow:
    """One month of the schedule: its entries (incl. 上/中/下旬 drives) and its total."""

    year: int
    month: int
    label: str
    entries: list[MonthEntry] = field(default_factory=list)
    drives: list[SlotRecord] = field(default_factory=list)  # slots with free-text participants

    @property
    def total(self) -> int:
        return sum(e.amount for e in self.entries)


@dataclass
class MonthView:
    """Month rows over the plan period; whole-year quotas listed apart and counted only in the year.

    如皋 2020: December's 合计 is 545, not 1745: the two 全年 quotas of 600 are not December's.
    """

    plan: PlanRecord
    months: list[MonthRow]
    whole_year: list[MonthEntry]
    unscheduled: list[MonthEntry]

    @property
    def total(self) -> int:
        return (
            sum(m.total for m in self.months)
            + sum(e.amount for e in self.whole_year)
            + sum(e.amount for e in self.unscheduled)
        )


def month_view(db: Database, plan_id: int) -> MonthView:
    plan = get_plan(db, plan_id)
    quotas = plan_quotas(db, plan_id)
    slots = {s.id: s for s in plan_slots(db, plan_id)}
    multi_year = plan.start_date.year != plan.end_date.year
    months: list[MonthRow] = []
    y, m = plan.start_date.year, plan.start_date.month
    while (y, m) <= (plan.end_date.year, plan.end_date.month):
        label = f"{y}年{m}月" if multi_year else f"{m}月"
        months.append(MonthRow(y, m, label))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    index = {(row.year, row.month): row for row in months}
    whole: list[MonthEntry] = []
    unscheduled: list[MonthEntry] = []
    for q in quotas:
        slot = slots.get(q.slot_id) if q.slot_id else None
        entry = MonthEntry(q.unit_name, q.amount, slot.label if slot else "", q.site_name)
        if slot is None:
            unscheduled.append(entry)
        elif slot.kind == "year":
            whole.append(entry)
        else:
            index[(slot.year, slot.month)].entries.append(entry)
    for slot in slots.values():
        if slot.participants and slot.kind != "year" and (slot.year, slot.month) in index:
            index[(slot.year, slot.month)].drives.append(slot)
    return MonthView(plan=plan, months=months, whole_year=whole, unscheduled=unscheduled)

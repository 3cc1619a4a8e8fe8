"""Plan, quota and slot records: the plain values the plans services hand out (app/plans/rows.py
makes them from ORM rows). No ORM here: a listing (app/plans/listing.py) needs only these."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.i18n import QT_TRANSLATE_NOOP
from app.plans.slots import Slot

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

"""献血计划 services: plans, quotas per unit (by hand, locked), schedule slots and sites, and
the month view of a schedule."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app import audit
from app.database import Database
from app.errors import InputError, KnownError, RowProblem
from app.i18n import QT_TRANSLATE_NOOP, tr
from app.slots import Slot
from db.models import Plan, Quota, ScheduleSlot, Site, Unit, UnitYear
from db.models.plans import MEASURES

CTX = "plans"
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


def slot_label(
    kind: str, year: int | None, month: int | None, part: int | None, *, with_year: bool = True
) -> str:
    """全年 / 2018年6月 / 3月上旬: the way notices write a slot."""
    return Slot(kind, None if kind == "year" else year, month, part).label(with_year=with_year)  # type: ignore[arg-type]


def _plan_record(s: Session, plan: Plan) -> PlanRecord:
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


def _slot_record(slot: ScheduleSlot, *, with_year: bool = True) -> SlotRecord:
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
def list_plans(db: Database, year: int | None = None) -> list[PlanRecord]:
    """Plans of *year* (those whose period touches it), newest first; all plans if None."""
    with db.session() as s:
        stmt = select(Plan)
        if year is not None:
            stmt = stmt.where(Plan.start_date <= date(year, 12, 31), Plan.end_date >= date(year, 1, 1))
        return [_plan_record(s, p) for p in s.scalars(stmt.order_by(Plan.start_date.desc(), Plan.id.desc()))]


def get_plan(db: Database, plan_id: int) -> PlanRecord:
    with db.session() as s:
        return _plan_record(s, _plan(s, plan_id))


def plan_of_year(db: Database, year: int, plan_id: int | None = None) -> PlanRecord:
    """The plan a command or notice of *year* is about: the given one, else the year's only plan.

    Raises KnownError when the year has no plan, or several and none was chosen.
    """
    if plan_id is not None:
        return get_plan(db, plan_id)
    found = list_plans(db, year)
    if not found:
        raise KnownError(tr(CTX, "{year}年没有献血计划，请先在“指标与排期”中建立计划。").format(year=year))
    if len(found) > 1:
        names = "；".join(f"{p.id} {p.name}" for p in found)
        raise KnownError(
            tr(CTX, "{year}年有多个献血计划，请指定其中一个：{names}").format(year=year, names=names)
        )
    return found[0]


def _plan(s: Session, plan_id: int) -> Plan:
    plan = s.get(Plan, plan_id)
    if plan is None:
        raise KnownError(tr(CTX, "找不到该献血计划（编号 {id}）").format(id=plan_id))
    return plan


def _check_plan(data: PlanInput) -> tuple[date, date]:
    problems = []
    start = data.start_date or date(data.year, 1, 1)
    end = data.end_date or date(data.year, 12, 31)
    if not data.name.strip():
        problems.append(RowProblem(0, tr(CTX, "计划名称"), tr(CTX, "不能为空")))
    if end < start:
        problems.append(RowProblem(0, tr(CTX, "起止日期"), tr(CTX, "结束日期早于开始日期")))
    if data.measure not in MEASURES:
        problems.append(RowProblem(0, tr(CTX, "计量"), tr(CTX, "未知计量“{m}”").format(m=data.measure)))
    if data.target < 0:
        problems.append(RowProblem(0, tr(CTX, "目标"), tr(CTX, "不能为负数")))
    if problems:
        raise InputError(tr(CTX, "计划未保存："), problems)
    return start, end


def create_plan(db: Database, data: PlanInput) -> PlanRecord:
    start, end = _check_plan(data)
    with db.session() as s:
        plan = Plan(
            name=data.name.strip(),
            year=data.year,
            start_date=start,
            end_date=end,
            measure=data.measure,
            target=data.target,
            source_doc=data.source_doc.strip(),
            note=data.note,
        )
        s.add(plan)
        s.flush()
        audit.record(s, "create", "plan", plan.id, name=plan.name, target=plan.target)
        return _plan_record(s, plan)


def update_plan(db: Database, plan_id: int, data: PlanInput) -> PlanRecord:
    start, end = _check_plan(data)
    with db.session() as s:
        plan = _plan(s, plan_id)
        plan.name, plan.year, plan.start_date, plan.end_date = data.name.strip(), data.year, start, end
        plan.measure, plan.target, plan.source_doc, plan.note = (
            data.measure,
            data.target,
            data.source_doc.strip(),
            data.note,
        )
        audit.record(s, "update", "plan", plan.id, name=plan.name, target=plan.target)
        return _plan_record(s, plan)


def delete_plan(db: Database, plan_id: int) -> None:
    with db.session() as s:
        plan = _plan(s, plan_id)
        audit.record(s, "delete", "plan", plan.id, name=plan.name)
        s.delete(plan)


# -- quotas -----------------------------------------------------------------------------------
def plan_quotas(db: Database, plan_id: int) -> list[QuotaRecord]:
    """Every quota of the plan in roster order, with the figures of the plan's year (one query)."""
    from sqlalchemy.orm import aliased

    parent = aliased(Unit)
    with db.session() as s:
        plan = _plan(s, plan_id)
        multi_year = plan.start_date.year != plan.end_date.year
        rows = s.execute(
            select(
                Quota.id,
                Quota.unit_id,
                Unit.name,
                Unit.kind,
                parent.name,
                Unit.sort_order,
                Quota.amount,
                Quota.locked,
                Quota.method,
                Quota.basis,
                Quota.slot_id,
                ScheduleSlot.kind,
                ScheduleSlot.year,
                ScheduleSlot.month,
                ScheduleSlot.part,
                Site.name,
                UnitYear.population,
                UnitYear.staff,
            )
            .join(Unit, Unit.id == Quota.unit_id)
            .outerjoin(parent, parent.id == Unit.parent_id)
            .outerjoin(ScheduleSlot, ScheduleSlot.id == Quota.slot_id)
            .outerjoin(Site, Site.id == ScheduleSlot.site_id)
            .outerjoin(UnitYear, (UnitYear.unit_id == Quota.unit_id) & (UnitYear.year == plan.year))
            .where(Quota.plan_id == plan_id)
            .order_by(Unit.sort_order, Unit.id)
        ).all()
    return [
        QuotaRecord(
            id=r[0],
            plan_id=plan_id,
            unit_id=r[1],
            unit_name=r[2],
            unit_kind=r[3],
            parent_name=r[4] or "",
            sort_order=r[5],
            amount=r[6],
            locked=r[7],
            method=r[8],
            basis=r[9],
            slot_id=r[10],
            slot_label=slot_label(r[11], r[12], r[13], r[14], with_year=multi_year)
            if r[10] is not None
            else "",
            site_name=r[15] or "",
            population=r[16],
            staff=r[17],
        )
        for r in rows
    ]


def set_quota(
    db: Database,
    plan_id: int,
    unit_id: int,
    amount: int,
    *,
    locked: bool | None = None,
    basis: str | None = None,
) -> None:
    """Set one unit's quota by hand (creating it if needed); a hand-set quota may be locked."""
    if amount < 0:
        raise InputError(tr(CTX, "指标未保存："), [RowProblem(0, tr(CTX, "指标"), tr(CTX, "不能为负数"))])
    with db.session() as s:
        _plan(s, plan_id)
        quota = s.scalar(select(Quota).where(Quota.plan_id == plan_id, Quota.unit_id == unit_id))
        if quota is None:
            if s.get(Unit, unit_id) is None:
                raise KnownError(tr(CTX, "找不到该单位（编号 {id}）").format(id=unit_id))
            quota = Quota(plan_id=plan_id, unit_id=unit_id)
            s.add(quota)
        quota.amount = amount
        quota.method = "manual"
        quota.basis = basis if basis is not None else tr(CTX, "手工填写")
        if locked is not None:
            quota.locked = locked
        s.flush()
        audit.record(s, "set_quota", "quota", quota.id, plan_id=plan_id, unit_id=unit_id, amount=amount)


def set_locked(db: Database, plan_id: int, unit_ids: list[int], locked: bool) -> None:
    with db.session() as s:
        for quota in s.scalars(select(Quota).where(Quota.plan_id == plan_id, Quota.unit_id.in_(unit_ids))):
            quota.locked = locked
        audit.record(s, "lock" if locked else "unlock", "quota", None, plan_id=plan_id, units=unit_ids)


def remove_quota(db: Database, plan_id: int, unit_id: int) -> None:
    with db.session() as s:
        quota = s.scalar(select(Quota).where(Quota.plan_id == plan_id, Quota.unit_id == unit_id))
        if quota is not None:
            audit.record(s, "delete", "quota", quota.id, plan_id=plan_id, unit_id=unit_id)
            s.delete(quota)


# -- sites and slots --------------------------------------------------------------------------
def site_id_for(s: Session, name: str) -> int | None:
    """The site called *name*, created on first use; None for an empty name."""
    key = name.strip()
    if not key:
        return None
    site = s.scalar(select(Site).where(Site.name == key))
    if site is None:
        site = Site(name=key)
        s.add(site)
        s.flush()
    return site.id


def list_sites(db: Database) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Site.name).where(Site.archived.is_(False)).order_by(Site.name)))


def plan_slots(db: Database, plan_id: int) -> list[SlotRecord]:
    with db.session() as s:
        plan = _plan(s, plan_id)
        multi_year = plan.start_date.year != plan.end_date.year
        slots = s.scalars(
            select(ScheduleSlot)
            .where(ScheduleSlot.plan_id == plan_id)
            .options(selectinload(ScheduleSlot.site))
        )
        records = [_slot_record(slot, with_year=multi_year) for slot in slots]
        return sorted(records, key=lambda r: r.slot().sort_key())


def find_or_make_slot(
    s: Session, plan: Plan, slot: Slot, site_id: int | None, participants: str = ""
) -> ScheduleSlot:
    """The plan's slot for this time and site, made on first use, so units scheduled together share
    one drive; a time outside the plan's period is refused."""
    year = slot.year
    if slot.kind != "year" and year is None:
        year = plan.start_date.year
    stmt = select(ScheduleSlot).where(
        ScheduleSlot.plan_id == plan.id,
        ScheduleSlot.kind == slot.kind,
        ScheduleSlot.year.is_(None) if slot.kind == "year" else ScheduleSlot.year == year,
        ScheduleSlot.month.is_(slot.month) if slot.month is None else ScheduleSlot.month == slot.month,
        ScheduleSlot.part.is_(None) if slot.part is None else ScheduleSlot.part == slot.part,
        ScheduleSlot.site_id.is_(None) if site_id is None else ScheduleSlot.site_id == site_id,
    )
    found = s.scalar(stmt)
    if found is not None:
        if participants and not found.participants:
            found.participants = participants
        return found
    if slot.kind != "year":
        first = date(year, slot.month, 1)
        if not (date(plan.start_date.year, plan.start_date.month, 1) <= first <= plan.end_date):
            raise KnownError(
                tr(CTX, "时间“{label}”不在计划期间（{start} 至 {end}）内。").format(
                    label=slot_label(slot.kind, year, slot.month, slot.part),
                    start=plan.start_date,
                    end=plan.end_date,
                )
            )
    created = ScheduleSlot(
        plan_id=plan.id,
        kind=slot.kind,
        year=None if slot.kind == "year" else year,
        month=slot.month,
        part=slot.part,
        site_id=site_id,
        participants=participants,
    )
    s.add(created)
    s.flush()
    return created


def add_slot(
    db: Database, plan_id: int, slot: Slot, *, site: str = "", participants: str = "", note: str = ""
) -> SlotRecord:
    """A drive: when, where, and who (free text as the notice words it, e.g. 寿县's rows)."""
    with db.session() as s:
        plan = _plan(s, plan_id)
        made = find_or_make_slot(s, plan, slot, site_id_for(s, site), participants)
        if note:
            made.note = note
        audit.record(s, "create", "schedule_slot", made.id, plan_id=plan_id, label=slot.label())
        return _slot_record(made, with_year=plan.start_date.year != plan.end_date.year)


def schedule_quotas(
    db: Database, plan_id: int, unit_ids: list[int], slot: Slot | None, *, site: str = ""
) -> None:
    """Give these units' quotas one slot (None clears it); units sharing a slot share one drive."""
    with db.session() as s:
        plan = _plan(s, plan_id)
        slot_id = find_or_make_slot(s, plan, slot, site_id_for(s, site)).id if slot is not None else None
        quotas = list(s.scalars(select(Quota).where(Quota.plan_id == plan_id, Quota.unit_id.in_(unit_ids))))
        missing = set(unit_ids) - {q.unit_id for q in quotas}
        for unit_id in missing:
            quota = Quota(plan_id=plan_id, unit_id=unit_id, amount=0, method="manual", basis="")
            s.add(quota)
            quotas.append(quota)
        for quota in quotas:
            quota.slot_id = slot_id
        _drop_empty_slots(s, plan_id)
        audit.record(
            s, "schedule", "quota", None, plan_id=plan_id, units=unit_ids, slot=slot.label() if slot else ""
        )


def _drop_empty_slots(s: Session, plan_id: int) -> None:
    s.flush()
    used = select(Quota.slot_id).where(Quota.plan_id == plan_id, Quota.slot_id.is_not(None))
    for slot in s.scalars(
        select(ScheduleSlot).where(
            ScheduleSlot.plan_id == plan_id, ScheduleSlot.id.not_in(used), ScheduleSlot.participants == ""
        )
    ):
        s.delete(slot)


def delete_slot(db: Database, slot_id: int) -> None:
    with db.session() as s:
        slot = s.get(ScheduleSlot, slot_id)
        if slot is not None:
            audit.record(s, "delete", "schedule_slot", slot.id, plan_id=slot.plan_id)
            s.delete(slot)


# -- month view -------------------------------------------------------------------------------
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

"""Quotas per unit: the table of a plan, set by hand, locked, removed."""

from __future__ import annotations

from sqlalchemy import select

from app import audit
from app.database import Database
from app.errors import InputError, KnownError, RowProblem
from app.i18n import tr
from app.plans.records import CTX, QuotaRecord, plan_row, slot_label
from db.models import Quota, ScheduleSlot, Site, Unit, UnitYear


def plan_quotas(db: Database, plan_id: int) -> list[QuotaRecord]:
    """Every quota of the plan in roster order, with the figures of the plan's year (one query)."""
    from sqlalchemy.orm import aliased

    parent = aliased(Unit)
    with db.session() as s:
        plan = plan_row(s, plan_id)
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
                UnitYear.total_staff,
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
            total_staff=r[18],
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
        plan_row(s, plan_id)
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

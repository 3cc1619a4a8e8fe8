"""Quotas per unit: the table of a plan, set by hand, locked, removed."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.bounds import number_problem
from app.database import Database
from app.errors import InputError, KnownError, RowProblem
from app.i18n import translate
from app.plans.records import QuotaRecord, slot_label
from app.plans.rows import plan_row
from db.models import Quota, ScheduleSlot, Site, Unit, UnitYear


def plan_quotas(db: Database, plan_id: int) -> list[QuotaRecord]:
    """Every quota of the plan in roster order, with the figures of the plan's year (one query)."""
    with db.session() as s:
        return quotas_in(s, plan_id)


def quotas_in(s: Session, plan_id: int) -> list[QuotaRecord]:
    """:func:`plan_quotas` inside the caller's session."""
    from sqlalchemy.orm import aliased

    parent = aliased(Unit)
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
    set_quotas(db, plan_id, {unit_id: amount}, None if locked is None else {unit_id: locked}, basis=basis)


def set_quotas(
    db: Database,
    plan_id: int,
    amounts: dict[int, int],
    locks: dict[int, bool] | None = None,
    *,
    basis: str | None = None,
) -> None:
    """Set several units' quotas by hand and lock or unlock them, in one transaction.

    *amounts* maps unit id to its new quota (created where the unit has none); *locks* maps unit
    id to locked or not, for units in *amounts* or already in the plan. Every negative amount is
    named before anything is written; an unknown unit or plan rolls the whole call back.
    """
    locks = locks or {}
    problems = [
        RowProblem(
            0, translate("plans", "指标"), translate("plans", "不能为负数（{amount}）").format(amount=amount)
        )
        for amount in amounts.values()
        if amount < 0
    ]
    problems += [
        RowProblem(0, translate("plans", "指标"), too_big)
        for amount in amounts.values()
        if amount >= 0 and (too_big := number_problem("amount", amount)) is not None
    ]
    if problems:
        raise InputError(translate("plans", "指标未保存："), problems)
    with db.session() as s:
        plan_row(s, plan_id)
        wanted = set(amounts) | set(locks)
        found = {
            q.unit_id: q
            for q in s.scalars(select(Quota).where(Quota.plan_id == plan_id, Quota.unit_id.in_(wanted)))
        }
        for unit_id, amount in amounts.items():
            quota = found.get(unit_id)
            if quota is None:
                if s.get(Unit, unit_id) is None:
                    raise KnownError(translate("plans", "找不到该单位（编号 {id}）").format(id=unit_id))
                quota = found[unit_id] = Quota(plan_id=plan_id, unit_id=unit_id)
                s.add(quota)
            quota.amount = amount
            quota.method = "manual"
            quota.basis = basis if basis is not None else translate("plans", "手工填写")
        for unit_id, locked in locks.items():
            quota = found.get(unit_id)
            if quota is None:
                raise KnownError(
                    translate("plans", "该单位（编号 {id}）在本计划中没有指标，无法锁定。").format(id=unit_id)
                )
            quota.locked = locked
        s.flush()
        for unit_id, amount in amounts.items():
            audit.record(
                s, "set_quota", "quota", found[unit_id].id, plan_id=plan_id, unit_id=unit_id, amount=amount
            )
        if locks:
            audit.record(
                s, "lock", "quota", None, plan_id=plan_id, locks={str(k): v for k, v in locks.items()}
            )


def set_locked(db: Database, plan_id: int, unit_ids: list[int], locked: bool) -> None:
    with db.session() as s:
        for quota in s.scalars(select(Quota).where(Quota.plan_id == plan_id, Quota.unit_id.in_(unit_ids))):
            quota.locked = locked
        audit.record(s, "lock" if locked else "unlock", "quota", None, plan_id=plan_id, units=unit_ids)


def remove_quota(db: Database, plan_id: int, unit_id: int) -> None:
    remove_quotas(db, plan_id, [unit_id])


def remove_quotas(db: Database, plan_id: int, unit_ids: list[int]) -> None:
    """Take these units out of the plan, in one transaction; units without a quota are skipped."""
    with db.session() as s:
        for quota in s.scalars(select(Quota).where(Quota.plan_id == plan_id, Quota.unit_id.in_(unit_ids))):
            audit.record(s, "delete", "quota", quota.id, plan_id=plan_id, unit_id=quota.unit_id)
            s.delete(quota)


# -- sites and slots --------------------------------------------------------------------------

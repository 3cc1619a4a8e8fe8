"""Schedule slots (month, 上/中/下旬, 全年) and collection sites of a plan."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app import audit
from app.database import Database
from app.errors import KnownError
from app.i18n import translate
from app.plans.records import SlotRecord, slot_label
from app.plans.rows import plan_row, slot_record
from app.plans.slots import Slot
from db.models import Plan, Quota, ScheduleSlot, Site, Unit


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
        return sites_in(s)


def sites_in(s: Session) -> list[str]:
    """:func:`list_sites` inside the caller's session."""
    return list(s.scalars(select(Site.name).where(Site.archived.is_(False)).order_by(Site.name)))


def plan_slots(db: Database, plan_id: int) -> list[SlotRecord]:
    with db.session() as s:
        return slots_in(s, plan_id)


def slots_in(s: Session, plan_id: int) -> list[SlotRecord]:
    """:func:`plan_slots` inside the caller's session."""
    plan = plan_row(s, plan_id)
    multi_year = plan.start_date.year != plan.end_date.year
    slots = s.scalars(
        select(ScheduleSlot).where(ScheduleSlot.plan_id == plan_id).options(selectinload(ScheduleSlot.site))
    )
    records = [slot_record(slot, with_year=multi_year) for slot in slots]
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
                translate("plans", "时间“{label}”不在计划期间（{start} 至 {end}）内。").format(
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
        plan = plan_row(s, plan_id)
        made = find_or_make_slot(s, plan, slot, site_id_for(s, site), participants)
        if note:
            made.note = note
        audit.record(s, "create", "schedule_slot", made.id, plan_id=plan_id, label=slot.label())
        return slot_record(made, with_year=plan.start_date.year != plan.end_date.year)


def schedule_quotas(
    db: Database, plan_id: int, unit_ids: list[int], slot: Slot | None, *, site: str = ""
) -> None:
    """Give these units' quotas one slot (None clears it); units sharing a slot share one drive."""
    with db.session() as s:
        schedule_quotas_in(s, plan_id, unit_ids, slot, site=site)


def schedule_quotas_in(
    s: Session, plan_id: int, unit_ids: list[int], slot: Slot | None, *, site: str = ""
) -> None:
    """:func:`schedule_quotas` inside the caller's session."""
    plan = plan_row(s, plan_id)
    slot_id = find_or_make_slot(s, plan, slot, site_id_for(s, site)).id if slot is not None else None
    quotas = list(s.scalars(select(Quota).where(Quota.plan_id == plan_id, Quota.unit_id.in_(unit_ids))))
    missing = set(unit_ids) - {q.unit_id for q in quotas}
    unknown = missing - set(s.scalars(select(Unit.id).where(Unit.id.in_(missing))))
    if unknown:
        raise KnownError(translate("plans", "找不到该单位（编号 {id}）").format(id=min(unknown)))
    for unit_id in sorted(missing):
        quota = Quota(plan_id=plan_id, unit_id=unit_id, amount=0, method="manual", basis="")
        s.add(quota)
        quotas.append(quota)
    for quota in quotas:
        quota.slot_id = slot_id
    _drop_empty_slots(s, plan_id)
    audit.record(
        s, "schedule", "quota", None, plan_id=plan_id, units=unit_ids, slot=slot.label() if slot else ""
    )


def add_drive(
    db: Database,
    plan_id: int,
    slot: Slot,
    *,
    site: str = "",
    participants: str = "",
    note: str = "",
    unit_ids: list[int] | None = None,
) -> SlotRecord:
    """A drive and the units that join it, in one transaction (the 新增采血活动 button):
    when, where, who in words (寿县's rows), and the selected units scheduled into it."""
    with db.session() as s:
        plan = plan_row(s, plan_id)
        made = find_or_make_slot(s, plan, slot, site_id_for(s, site), participants)
        if note:
            made.note = note
        s.flush()
        audit.record(s, "create", "schedule_slot", made.id, plan_id=plan_id, label=slot.label())
        if unit_ids:
            schedule_quotas_in(s, plan_id, unit_ids, slot, site=site)
        return slot_record(made, with_year=plan.start_date.year != plan.end_date.year)


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

"""The month view of a schedule: who donates in which month; whole-year quotas count in the year only."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.database import Database
from app.plans.quotas import quotas_in
from app.plans.records import PlanRecord, QuotaRecord, SlotRecord
from app.plans.rows import plan_record, plan_row
from app.plans.schedule import slots_in


@dataclass
class MonthEntry:
    unit_name: str
    amount: int
    slot_label: str
    site_name: str


@dataclass
class MonthGroup:
    """One line of a month as the 时间安排 shows it: a drive (time and 采血点) with the units in it,
    or a unit scheduled on its own.

    `single` says the line is one unit and nothing more: it is shown as that unit's row, not as a
    drive row with the same unit repeated under it.
    """

    slot_label: str
    site_name: str
    who: str  # the drive's participants in words, else the units' names
    entries: list[MonthEntry]
    drive_id: int | None = None  # the slot of a drive with participants (it can be deleted)
    grouped: bool = True  # False: a plain month entry (no site, no drive), listed by itself

    @property
    def amount(self) -> int | None:
        """The units' total; None for a drive that has no quotas yet (寿县's rows)."""
        return sum(e.amount for e in self.entries) if self.entries else None

    @property
    def single(self) -> bool:
        return not self.grouped or (len(self.entries) == 1 and self.who == self.entries[0].unit_name)


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

    @property
    def groups(self) -> list[MonthGroup]:
        """The month's lines: entries grouped by drive (time + site); a drive with participants or
        a site is one line with its units; plain month entries are lines of their own."""
        by_key: dict[tuple[str, str], list[MonthEntry]] = {}
        for entry in self.entries:
            by_key.setdefault((entry.slot_label, entry.site_name), []).append(entry)
        drives = {(d.label, d.site_name): d for d in self.drives}
        keys = [*by_key, *(k for k in drives if k not in by_key)]
        out: list[MonthGroup] = []
        for label, site in keys:
            members = by_key.get((label, site), [])
            drive = drives.get((label, site))
            if drive is None and not site:
                out.extend(MonthGroup(label, site, e.unit_name, [e], grouped=False) for e in members)
                continue
            who = drive.participants if drive is not None and drive.participants else ""
            who = who or "、".join(e.unit_name for e in members)
            out.append(MonthGroup(label, site, who, members, drive.id if drive is not None else None))
        return out


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
    with db.session() as s:
        return month_view_in(s, plan_id)


def month_view_in(
    s: Session,
    plan_id: int,
    *,
    quotas: list[QuotaRecord] | None = None,
    slots: list[SlotRecord] | None = None,
) -> MonthView:
    """:func:`month_view` inside the caller's session; quotas and slots already read are reused."""
    plan = plan_record(s, plan_row(s, plan_id))
    quotas = quotas_in(s, plan_id) if quotas is None else quotas
    by_id = {slot.id: slot for slot in (slots_in(s, plan_id) if slots is None else slots)}
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
        slot = by_id.get(q.slot_id) if q.slot_id else None
        entry = MonthEntry(q.unit_name, q.amount, slot.label if slot else "", q.site_name)
        if slot is None:
            unscheduled.append(entry)
        elif slot.kind == "year":
            whole.append(entry)
        else:
            index[(slot.year, slot.month)].entries.append(entry)
    for slot in by_id.values():
        if slot.participants and slot.kind != "year" and (slot.year, slot.month) in index:
            index[(slot.year, slot.month)].drives.append(slot)
    return MonthView(plan=plan, months=months, whole_year=whole, unscheduled=unscheduled)

"""Completion of a plan up to a day: per unit, per category, per month, and the county's totals.

One read transaction: the two donation queries of :mod:`app.progress.queries` plus three small
look-ups (units, the plan's quotas with their slots, the year's population). The grouped rows
are then rolled up in Python — a few thousand rows at most — into the unit tree (a 系统 counts
its members), the month line and the totals.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.database import Database
from app.plans.records import MEASURE_LABELS
from app.plans.rows import plan_row
from app.plans.slots import Slot
from app.progress.counting import ML_PER_TONNE, Counting, Tally, change, ratio
from app.progress.queries import Row, read_period
from app.progress.records import (
    CATEGORY_ORDER,
    CategoryProgress,
    CountyTotals,
    MonthProgress,
    PlanInfo,
    Progress,
    UnitProgress,
)
from db.models import Quota, ScheduleSlot, Unit, UnitYear

__all__ = ["compute_progress", "report_date", "shift_year"]


def shift_year(day: dt.date, years: int) -> dt.date:
    """The same day *years* later (earlier when negative); 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def report_date(start: dt.date, end: dt.date, until: dt.date | None, today: dt.date | None = None) -> dt.date:
    """The last day counted: *until* (default today), never after the plan's end."""
    return min(until or today or dt.date.today(), end)


@dataclass(frozen=True)
class _UnitRow:
    id: int
    name: str
    kind: str
    parent_id: int | None
    order: tuple[int, int]


@dataclass(frozen=True)
class _QuotaRow:
    amount: int
    slot: Slot | None


def _slot_due(slot: Slot | None, plan_end: dt.date) -> dt.date:
    """When a quota falls due: the last day of its slot; 全年 or no slot → the plan's end."""
    if slot is None or slot.kind == "year":
        return plan_end
    return slot.date_range()[1]


def compute_progress(
    db: Database, plan_id: int, until: dt.date | None = None, *, today: dt.date | None = None
) -> Progress:
    """The plan's progress counting donations from its start to *until* (default: today, at most
    the plan's end), against the same days one year earlier."""
    with db.session() as s:
        plan = plan_row(s, plan_id)
        info = PlanInfo(
            plan.id,
            plan.name,
            plan.year,
            plan.start_date,
            plan.end_date,
            plan.measure,
            MEASURE_LABELS.get(plan.measure, plan.measure),
            plan.target,
        )
        counting = Counting(plan.measure, plan.platelet_per_dose)
        start = plan.start_date
        day = report_date(start, plan.end_date, until, today)
        last_start, last_until = shift_year(start, -1), shift_year(day, -1)
        units = _units(s)
        quotas = _quotas(s, plan_id)
        population = s.scalar(select(func.sum(UnitYear.population)).where(UnitYear.year == plan.year))
    current, last, donors, first_time = read_period(db, start, day, last_start, last_until)
    builder = _Builder(info, counting, day, units, quotas, current, last)
    rows = builder.unit_rows()
    totals = builder.totals(rows, donors, first_time, int(population) if population else None)
    return Progress(
        plan=info,
        counting=counting,
        start=start,
        until=day,
        last_year_start=last_start,
        last_year_until=last_until,
        units=rows,
        categories=builder.categories(),
        months=builder.months(rows),
        totals=totals,
    )


def _units(s: Session) -> dict[int, _UnitRow]:
    rows = s.execute(select(Unit.id, Unit.name, Unit.kind, Unit.parent_id, Unit.sort_order))
    return {r[0]: _UnitRow(r[0], r[1], r[2], r[3], (r[4], r[0])) for r in rows}


def _quotas(s: Session, plan_id: int) -> dict[int, _QuotaRow]:
    rows = s.execute(
        select(
            Quota.unit_id,
            Quota.amount,
            ScheduleSlot.kind,
            ScheduleSlot.year,
            ScheduleSlot.month,
            ScheduleSlot.part,
        )
        .outerjoin(ScheduleSlot, ScheduleSlot.id == Quota.slot_id)
        .where(Quota.plan_id == plan_id)
    )
    return {r[0]: _QuotaRow(r[1], Slot(r[2], r[3], r[4], r[5]) if r[2] else None) for r in rows}


class _Builder:
    """Rolls the grouped rows up; one instance per computation.

    The hot part is the first pass over this period's few thousand rows: it adds plain integer
    lists per (unit, category) and (unit, month), makes no object per row, and each key's sums
    become the plan's measure once, through :attr:`Counting.coefficients` and a cache of the
    Fractions already made (most keys share small figures).
    """

    def __init__(
        self,
        plan: PlanInfo,
        counting: Counting,
        until: dt.date,
        units: dict[int, _UnitRow],
        quotas: dict[int, _QuotaRow],
        current: list[Row],
        last: list[Row],
    ) -> None:
        self.plan, self.counting, self.until = plan, counting, until
        self.units, self.quotas = units, quotas
        self._fractions: dict[int, Fraction] = {}
        self._coefficients = counting.coefficients
        self.unit_cat, self.unit_month = _unit_sums(current)
        self.by_unit = {u: _total(cats.values()) for u, cats in self.unit_cat.items()}
        self.by_cat = _tallies(_add_by_key(self.unit_cat.values()))
        self.by_month = _tallies(_add_by_key(self.unit_month.values()))
        self.total = Tally(*_total(self.by_unit.values()))
        last_cat: dict[str, list[int]] = {}
        last_month: dict[tuple[int, int], list[int]] = {}
        for ym, category, *sums in last:
            year, month = divmod(ym, 100)
            _add(last_cat, category, sums)
            _add(last_month, (year + 1, month), sums)
        self.last_by_cat, self.last_by_month = _tallies(last_cat), _tallies(last_month)
        self.last_total = Tally(*_total(last_cat.values()))

    def _done(self, sums: list[int]) -> Fraction:
        """The plan's figure for integer sums [donations, whole ml, platelets, doses, …]."""
        a, b, c, d, denominator = self._coefficients
        numerator = a * sums[0] + b * sums[2] + c * sums[1] + d * sums[3]
        got = self._fractions.get(numerator)
        if got is None:
            got = self._fractions[numerator] = Fraction(numerator, denominator)
        return got

    # -- units ----------------------------------------------------------------------------------
    def unit_rows(self) -> list[UnitProgress]:
        own = self.by_unit
        shown: set[int] = set()
        for unit_id in [*self.quotas, *(u for u in self.unit_cat if u is not None)]:
            # the unit and every 系统 above it (a cycle in bad data stops at a repeat)
            current: int | None = unit_id
            while current is not None and current in self.units and current not in shown:
                shown.add(current)
                current = self.units[current].parent_id
        children: dict[int | None, list[int]] = defaultdict(list)
        for unit_id in shown:
            parent = self.units[unit_id].parent_id
            children[parent if parent in shown else None].append(unit_id)
        for ids in children.values():
            ids.sort(key=lambda i: self.units[i].order)

        rows: list[UnitProgress] = []
        done_of = self._done
        # own and members' sums per category and month, added as integers before the one
        # conversion into the plan's measure per key
        cat_sums: dict[int, dict[str, list[int]]] = {}
        month_sums: dict[int, dict[tuple[int, int], list[int]]] = {}

        def build(unit_id: int, depth: int) -> UnitProgress:
            u = self.units[unit_id]
            q = self.quotas.get(unit_id)
            row = UnitProgress(
                unit_id=unit_id,
                name=u.name,
                kind=u.kind,
                parent_id=u.parent_id,
                depth=depth,
                own_quota=q.amount if q else 0,
                has_quota=q is not None,
                quota=0,
                tally=Tally(*own[unit_id]) if unit_id in own else Tally(),
                done=Fraction(0),
                rate=None,
                due=_slot_due(q.slot, self.plan.end) if q else None,
                slot_label=q.slot.label(with_year=False) if q and q.slot else "",
                members=list(children.get(unit_id, [])),
            )
            rows.append(row)
            members = [build(child, depth + 1) for child in row.members]
            for m in members:
                row.tally = row.tally + m.tally
            member_quota = sum(m.quota for m in members)
            row.quota = row.own_quota if row.own_quota > 0 else member_quota
            if q is None or q.amount == 0:
                dues = [m.due for m in members if m.due is not None]
                row.due = max(dues) if dues and row.quota else row.due
            row.done = self.counting.done(row.tally)
            row.rate = ratio(row.done, row.quota)
            cats, months = self.unit_cat.get(unit_id, {}), self.unit_month.get(unit_id, {})
            if members:  # a 系统: its own sums and its members', in new lists
                cats = _add_by_key([cats, *(cat_sums[m.unit_id] for m in members)])
                months = _add_by_key([months, *(month_sums[m.unit_id] for m in members)])
            cat_sums[unit_id], month_sums[unit_id] = cats, months
            row.by_category = {c: done_of(a) for c, a in cats.items()}
            row.by_month = {k: done_of(a) for k, a in months.items()}
            row.behind = (
                row.own_quota > 0 and row.due is not None and row.due <= self.until and row.done < row.quota
            )
            _rank([*members])
            return row

        top = [build(unit_id, 0) for unit_id in children.get(None, [])]
        _rank(top)
        self.unassigned = Tally(*own[None]) if None in own else Tally()
        return rows

    # -- county ---------------------------------------------------------------------------------
    def totals(
        self, rows: list[UnitProgress], donors: int, first_time: int, population: int | None
    ) -> CountyTotals:
        counting = self.counting
        tally, last = self.total, self.last_total
        done, last_done = counting.done(tally), counting.done(last)
        quota = self.plan.target or sum(r.quota for r in rows if r.depth == 0)
        return CountyTotals(
            quota=quota,
            done=done,
            rate=ratio(done, quota),
            tally=tally,
            tonnes=Fraction(tally.volume_ml, ML_PER_TONNE),
            population=population,
            per_thousand=ratio(tally.donations * 1000, population or 0),
            share_400=ratio(tally.whole_400, tally.whole),
            donors=donors,
            first_time=first_time,
            share_first_time=ratio(first_time, donors),
            last_year=last,
            last_year_done=last_done,
            change_donations=change(tally.donations, last.donations),
            change_done=change(done, last_done),
            change_volume=change(tally.volume_ml, last.volume_ml),
            unassigned=self.unassigned,
        )

    def categories(self) -> list[CategoryProgress]:
        now, before = self.by_cat, self.last_by_cat
        total = self.counting.done(Tally.total(now.values()))
        names = [*CATEGORY_ORDER, *sorted(set(now) - set(CATEGORY_ORDER))]
        return [
            CategoryProgress(
                category=c,
                tally=now.get(c, Tally()),
                done=self.counting.done(now.get(c, Tally())),
                share=ratio(self.counting.done(now.get(c, Tally())), total),
                last_year_done=self.counting.done(before.get(c, Tally())),
            )
            for c in names
        ]

    def months(self, rows: list[UnitProgress]) -> list[MonthProgress]:
        plan = self.plan
        due: dict[tuple[int, int], int] = defaultdict(int)
        by_id = {r.unit_id: r for r in rows}

        def holders(row: UnitProgress) -> None:
            # the quotas that make up the county's sum: a unit's own, else its members'
            if row.own_quota > 0 and row.due is not None:
                due[(row.due.year, row.due.month)] += row.own_quota
                return
            for member in row.members:
                holders(by_id[member])

        for row in rows:
            if row.depth == 0:
                holders(row)
        now, before = self.by_month, self.last_by_month
        multi_year = plan.start.year != plan.end.year
        out: list[MonthProgress] = []
        plan_cum, done_cum, last_cum = 0, Fraction(0), Fraction(0)
        y, m = plan.start.year, plan.start.month
        reached = (self.until.year, self.until.month)
        while (y, m) <= (plan.end.year, plan.end.month):
            plan_cum += due.get((y, m), 0)
            last_done = self.counting.done(before.get((y, m), Tally()))
            last_cum += last_done
            done: Fraction | None = None
            if (y, m) <= reached and self.until >= plan.start:
                done = self.counting.done(now.get((y, m), Tally()))
                done_cum += done
            out.append(
                MonthProgress(
                    year=y,
                    month=m,
                    label=f"{y}年{m}月" if multi_year else f"{m}月",
                    plan=due.get((y, m), 0),
                    plan_cumulative=plan_cum,
                    done=done,
                    done_cumulative=done_cum if done is not None else None,
                    last_year_done=last_done,
                    last_year_cumulative=last_cum,
                )
            )
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out


def _add(acc: dict[Any, list[int]], key: Hashable, sums: list[int] | tuple[int, ...]) -> None:
    """acc[key] += sums, element-wise; a new list for a new key (never the caller's)."""
    a = acc.get(key)
    if a is None:
        acc[key] = list(sums)
    else:
        a[0] += sums[0]
        a[1] += sums[1]
        a[2] += sums[2]
        a[3] += sums[3]
        a[4] += sums[4]


def _add_by_key(parts: Iterable[dict[Any, list[int]]]) -> dict[Any, list[int]]:
    """The element-wise sums of several {key: sums} by key, in new lists."""
    out: dict[Any, list[int]] = {}
    for part in parts:
        for key, sums in part.items():
            _add(out, key, sums)
    return out


def _total(parts: Iterable[list[int]]) -> list[int]:
    total = [0, 0, 0, 0, 0]
    for sums in parts:
        total[0] += sums[0]
        total[1] += sums[1]
        total[2] += sums[2]
        total[3] += sums[3]
        total[4] += sums[4]
    return total


def _tallies(sums: dict[Any, list[int]]) -> dict[Any, Tally]:
    return {k: Tally(*a) for k, a in sums.items()}


def _unit_sums(
    rows: list[Row],
) -> tuple[dict[int | None, dict[str, list[int]]], dict[int | None, dict[tuple[int, int], list[int]]]]:
    """Sums by unit then category, and by unit then (year, month), in one loop over the rows:
    the hot loop of the roll-up, so it adds into plain lists, makes nothing per row and reads
    each month once (the rows come month by month)."""
    by_cat: dict[int | None, dict[str, list[int]]] = {}
    by_month: dict[int | None, dict[tuple[int, int], list[int]]] = {}
    seen, month = None, (0, 0)
    for ym, category, unit, n, ml, pl, doses, w400 in rows:
        if ym != seen:
            seen, month = ym, divmod(ym, 100)
        cats = by_cat.get(unit)
        if cats is None:
            cats = by_cat[unit] = {}
            by_month[unit] = {}
        a = cats.get(category)
        if a is None:
            cats[category] = [n, ml, pl, doses, w400]
        else:
            a[0] += n
            a[1] += ml
            a[2] += pl
            a[3] += doses
            a[4] += w400
        months = by_month[unit]
        a = months.get(month)
        if a is None:
            months[month] = [n, ml, pl, doses, w400]
        else:
            a[0] += n
            a[1] += ml
            a[2] += pl
            a[3] += doses
            a[4] += w400
    return by_cat, by_month


def _rank(rows: list[UnitProgress]) -> None:
    """Competition ranking by exact rate among rows with a quota: 1, 2, 2, 4."""
    rated = sorted((r for r in rows if r.rate is not None), key=lambda r: r.rate, reverse=True)  # type: ignore[arg-type, return-value]
    previous: Fraction | None = None
    rank = 0
    for position, row in enumerate(rated, start=1):
        if row.rate != previous:
            rank, previous = position, row.rate
        row.rank = rank

"""The plain values the progress service hands out: per unit, per category, per month, county totals.

Figures are exact (:class:`~fractions.Fraction`); :mod:`app.progress.counting` rounds them only
for display. A rate is None where there is no quota to divide by, never a ZeroDivisionError.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction

from app.progress.counting import Counting, Tally

#: The categories of the schema (db.models.donors.CATEGORIES), in the order reports list them.
CATEGORY_ORDER = ("街头个人", "团体", "学生", "军人", "应急", "互助")


@dataclass(frozen=True)
class PlanInfo:
    id: int
    name: str
    year: int
    start: dt.date
    end: dt.date
    measure: str
    measure_label: str  # 单位 / 人次 / 毫升
    target: int


@dataclass
class UnitProgress:
    """One unit's row. A 系统 (a unit with members) counts its members' donations; its quota is
    its own when it has one, else the sum of its members' quotas."""

    unit_id: int
    name: str
    kind: str
    parent_id: int | None
    depth: int  # 0 for a top-level unit, 1 for a member of a 系统, …
    own_quota: int  # the quota row of this unit (0 without one)
    has_quota: bool  # a quota row exists (perhaps of 0)
    quota: int
    tally: Tally  # own donations and the members'
    done: Fraction
    rate: Fraction | None
    due: dt.date | None  # when the quota falls due: its slot's last day, 全年/none → the plan's end
    slot_label: str
    rank: int | None = None  # among units with the same parent and a quota; ties share a rank
    behind: bool = False
    by_category: dict[str, Fraction] = field(default_factory=dict)
    by_month: dict[tuple[int, int], Fraction] = field(default_factory=dict)
    members: list[int] = field(default_factory=list)

    @property
    def is_system(self) -> bool:
        return bool(self.members)


@dataclass(frozen=True)
class CategoryProgress:
    category: str
    tally: Tally
    done: Fraction
    share: Fraction | None  # of the county's done
    last_year_done: Fraction


@dataclass(frozen=True)
class MonthProgress:
    """One month of the plan period. ``plan`` is what falls due that month (a unit due in March
    adds its whole quota in March); ``done`` is None for months after the report date."""

    year: int
    month: int
    label: str  # 3月, or 2019年3月 in a plan spanning years
    plan: int
    plan_cumulative: int
    done: Fraction | None
    done_cumulative: Fraction | None
    last_year_done: Fraction
    last_year_cumulative: Fraction


@dataclass(frozen=True)
class CountyTotals:
    quota: int  # the plan's target, or the sum of the quotas when no target was entered
    done: Fraction  # every donation of the period, with or without a unit
    rate: Fraction | None
    tally: Tally
    tonnes: Fraction
    population: int | None  # sum over the roster of the plan's year
    per_thousand: Fraction | None  # donations per 1,000 population (千人口献血率)
    share_400: Fraction | None  # of whole-blood donations
    donors: int
    first_time: int  # donors whose first donation on record falls in the period
    share_first_time: Fraction | None
    last_year: Tally
    last_year_done: Fraction
    change_donations: Fraction | None
    change_done: Fraction | None
    change_volume: Fraction | None
    unassigned: Tally  # donations counted for no unit (street donors without a work unit)


@dataclass
class Progress:
    """Everything the page, the command and the 通报 show for one plan up to one day."""

    plan: PlanInfo
    counting: Counting
    start: dt.date
    until: dt.date
    last_year_start: dt.date
    last_year_until: dt.date
    units: list[UnitProgress]  # tree order: each top-level unit followed by its members
    categories: list[CategoryProgress]
    months: list[MonthProgress]
    totals: CountyTotals

    def unit(self, unit_id: int) -> UnitProgress:
        return next(u for u in self.units if u.unit_id == unit_id)

    def by_name(self, name: str) -> UnitProgress:
        return next(u for u in self.units if u.name == name)

    @property
    def top(self) -> list[UnitProgress]:
        """The top-level units (a 系统 with its members summed in)."""
        return [u for u in self.units if u.depth == 0]

    @property
    def ranked(self) -> list[UnitProgress]:
        """Top-level units by rank, units without a quota last in roster order."""
        with_rank = sorted((u for u in self.top if u.rank is not None), key=lambda u: u.rank or 0)
        return with_rank + [u for u in self.top if u.rank is None]

    @property
    def behind(self) -> list[UnitProgress]:
        """Units whose slot has passed and who are under their quota, lowest rate first."""
        found = [u for u in self.units if u.behind]
        return sorted(found, key=lambda u: (u.rate if u.rate is not None else Fraction(0), u.name))

    @property
    def completed(self) -> list[UnitProgress]:
        """Top-level units at or above 100%, highest rate first."""
        return [u for u in self.ranked if u.rate is not None and u.rate >= 1]

    @property
    def quota_sum(self) -> int:
        return sum(u.quota for u in self.top)

    @property
    def done_sum(self) -> Fraction:
        """Done by the units of the table (without donations counted for no unit)."""
        return sum((u.done for u in self.top), Fraction(0))


@dataclass(frozen=True)
class SupplyRow:
    """以献定用: one unit's allowance."""

    unit_id: int
    name: str
    quota: int
    done: Fraction
    rate: Fraction | None
    weight: Fraction  # min(done, cap × quota): what the completion earns
    floor: int
    allowance: int


@dataclass(frozen=True)
class Supply:
    available: int
    floor: int
    cap: Fraction
    measure_label: str
    rows: list[SupplyRow]
    explanation: str

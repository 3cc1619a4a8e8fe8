"""A small builder for progress tests: units, a plan with quotas and slots, donors and donations,
written with SQLAlchemy Core bulk inserts straight into the schema (no donations service needed)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from sqlalchemy import insert, select

from app.database import Database
from app.donations.first_dates import refresh_first_dates
from app.office.settings import update_office
from app.plans.slots import parse_slot
from db.models import Donation, Donor, Plan, Quota, ScheduleSlot, Unit, UnitYear


@dataclass
class Builder:
    db: Database
    year: int = 2021
    _donors: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    _pending: list[dict] = field(default_factory=list)
    unit_ids: dict[str, int] = field(default_factory=dict)

    def unit(
        self,
        name: str,
        kind: str = "部门",
        *,
        parent: str | None = None,
        population: int | None = None,
        order: int | None = None,
    ) -> int:
        with self.db.session() as s:
            unit_id = s.execute(
                insert(Unit).values(
                    name=name,
                    kind=kind,
                    parent_id=self.unit_ids[parent] if parent else None,
                    sort_order=order if order is not None else len(self.unit_ids) + 1,
                )
            ).inserted_primary_key[0]
            if population is not None:
                s.execute(insert(UnitYear).values(unit_id=unit_id, year=self.year, population=population))
        self.unit_ids[name] = unit_id
        return unit_id

    def plan(
        self,
        *,
        measure: str = "U",
        target: int = 0,
        start: dt.date | None = None,
        end: dt.date | None = None,
        platelet_per_dose: int | None = None,
        name: str | None = None,
    ) -> int:
        with self.db.session() as s:
            return s.execute(
                insert(Plan).values(
                    name=name or f"{self.year}年无偿献血计划",
                    year=self.year,
                    start_date=start or dt.date(self.year, 1, 1),
                    end_date=end or dt.date(self.year, 12, 31),
                    measure=measure,
                    target=target,
                    platelet_per_dose=platelet_per_dose,
                )
            ).inserted_primary_key[0]

    def quota(self, plan_id: int, unit: str, amount: int, slot: str | None = None) -> None:
        with self.db.session() as s:
            slot_id = None
            if slot is not None:
                parsed = parse_slot(slot, self.year)
                year = None if parsed.kind == "year" else parsed.year
                slot_id = s.scalar(
                    select(ScheduleSlot.id).where(
                        ScheduleSlot.plan_id == plan_id,
                        ScheduleSlot.kind == parsed.kind,
                        ScheduleSlot.year.is_(year) if year is None else ScheduleSlot.year == year,
                        ScheduleSlot.month.is_(None)
                        if parsed.month is None
                        else ScheduleSlot.month == parsed.month,
                        ScheduleSlot.part.is_(None)
                        if parsed.part is None
                        else ScheduleSlot.part == parsed.part,
                    )
                )
                if slot_id is None:
                    slot_id = s.execute(
                        insert(ScheduleSlot).values(
                            plan_id=plan_id, kind=parsed.kind, year=year, month=parsed.month, part=parsed.part
                        )
                    ).inserted_primary_key[0]
            s.execute(
                insert(Quota).values(
                    plan_id=plan_id, unit_id=self.unit_ids[unit], amount=amount, slot_id=slot_id
                )
            )

    def donor(self) -> int:
        n = next(self._donors)
        with self.db.session() as s:
            return s.execute(
                insert(Donor).values(id_number=f"T{n:017d}", name=f"献血者{n}")
            ).inserted_primary_key[0]

    def give(
        self,
        unit: str | None,
        on: dt.date | str,
        n: int = 1,
        *,
        ml: int = 400,
        platelets: int = 0,
        category: str = "团体",
        donor: int | None = None,
    ) -> None:
        """*n* donations on one day; ``platelets=2`` makes them apheresis donations of 2 治疗量.

        Each donation gets a new donor unless *donor* is given. Call :meth:`flush` (or any
        computation through the fixture) to write them.
        """
        day = dt.date.fromisoformat(on) if isinstance(on, str) else on
        for _ in range(n):
            self._pending.append(
                {
                    "donor_id": donor if donor is not None else -next(self._donors),
                    "donated_on": day,
                    "kind": "platelets" if platelets else "whole",
                    "volume_ml": 0 if platelets else ml,
                    "doses": platelets,
                    "category": category,
                    "unit_id": self.unit_ids[unit] if unit else None,
                }
            )

    def flush(self) -> None:
        """One transaction: the new donors, then every pending donation (Core executemany), and
        their donors' first donation dates as the donations services keep them."""
        if not self._pending:
            return
        with self.db.session() as s:
            new = sorted({-r["donor_id"] for r in self._pending if r["donor_id"] < 0})
            if new:
                s.execute(insert(Donor), [{"id_number": f"T{n:017d}", "name": f"献血者{n}"} for n in new])
                ids = dict(
                    s.execute(
                        select(Donor.id_number, Donor.id).where(
                            Donor.id_number.in_([f"T{n:017d}" for n in new])
                        )
                    ).all()
                )
                for r in self._pending:
                    if r["donor_id"] < 0:
                        r["donor_id"] = ids[f"T{-r['donor_id']:017d}"]
            s.execute(insert(Donation), self._pending)
            refresh_first_dates(s, [r["donor_id"] for r in self._pending])
        self._pending = []


@pytest.fixture
def build(db: Database) -> Builder:
    """The builder, on a database whose office is 平利县's (notices need the office's names)."""
    update_office(
        db,
        {
            "county": "平利县",
            "organ_mark": "平利县人民政府办公室文件",
            "doc_prefix": "平政办发",
            "addressees": "各镇人民政府，县政府各有关工作部门：",
            "cc": "县委各部门，县人大办、政协办。",
        },
    )
    return Builder(db)


@pytest.fixture
def county(build):
    """Six units of a U plan (sum of quotas 470), donations to 2021-06-30 and last year's.

    城关镇 quota 200 (3月): 119 × 400 ml + 1 × 400 ml by a donor who gave in 2019 + 1 × 300 ml = 241.5 U
    老县镇 quota 100 (5月): 39 × 400 ml + 1 × 400 ml by donor Y + 1 × 200 ml = 81 U
    县医院 quota 50 (全年): 10 × 400 ml + 2 platelet donations of 2 治疗量 (应急) = 20 + 8 = 28 U
    县教育局 quota 80 (no slot): 30 × 400 ml + 1 × 300 ml = 61.5 U
    县林业局 no quota: 5 × 200 ml = 5 U;  县审计局 quota 40 (3月): nothing
    no unit (街头个人): 9 × 400 ml + 1 × 400 ml by donor Y = 20 U
    last year's same period: 城关镇 100 × 400 ml on 2020-03-10, 5 × 200 ml on 2020-06-30 (no unit)
    """
    b = build
    b.unit("城关镇", "镇街", population=60000)
    b.unit("老县镇", "镇街", population=40000)
    b.unit("县医院", "医院")
    b.unit("县教育局")
    b.unit("县林业局")
    b.unit("县审计局")
    plan = b.plan()
    b.quota(plan, "城关镇", 200, "3月")
    b.quota(plan, "老县镇", 100, "5月")
    b.quota(plan, "县医院", 50, "全年")
    b.quota(plan, "县教育局", 80)
    b.quota(plan, "县审计局", 40, "3月")
    x, y = b.donor(), b.donor()
    b.give(None, "2019-05-01", donor=x, category="街头个人")
    b.give("城关镇", "2021-03-10", 119)
    b.give("城关镇", "2021-03-10", donor=x)
    b.give("城关镇", "2021-03-11", ml=300)
    b.give("老县镇", "2021-05-20", 39)
    b.give("老县镇", "2021-05-20", donor=y)
    b.give("老县镇", "2021-05-21", ml=200)
    b.give("县医院", "2021-04-01", 10)
    b.give("县医院", "2021-04-01", 2, platelets=2, category="应急")
    b.give("县教育局", "2021-06-30", 30)
    b.give("县教育局", "2021-06-30", ml=300)
    b.give("县林业局", "2021-02-01", 5, ml=200)
    b.give(None, "2021-01-15", 9, category="街头个人")
    b.give(None, "2021-01-15", donor=y, category="街头个人")
    b.give("城关镇", "2021-07-01", 3)  # after the report date
    b.give("老县镇", "2020-12-31")  # in neither period
    b.give("城关镇", "2020-03-10", 100)
    b.give(None, "2020-06-30", 5, ml=200, category="街头个人")
    b.give("城关镇", "2020-07-01", 50)  # after last year's same day
    b.flush()
    return plan


@pytest.fixture
def systems(build):
    """人次 plan. 卫健系统 (600, 全年) has members without quotas; 教育系统 has no quota of its own
    and two members with quotas; 城关镇 4000 with 1613 donations (40.325 %)."""
    b = build
    b.unit("卫健系统", "系统")
    b.unit("县医院", "医院", parent="卫健系统")
    b.unit("县中医院", "医院", parent="卫健系统")
    b.unit("教育系统", "系统")
    b.unit("县一中", "学校", parent="教育系统")
    b.unit("县二中", "学校", parent="教育系统")
    b.unit("城关镇", "镇街")
    plan = b.plan(measure="人次")
    b.quota(plan, "卫健系统", 600, "全年")
    b.quota(plan, "县一中", 100, "4月")
    b.quota(plan, "县二中", 60, "4月下旬")
    b.quota(plan, "城关镇", 4000)
    b.give("县医院", "2021-02-01", 250, ml=200)
    b.give("县中医院", "2021-03-01", 120, ml=300)
    b.give("卫健系统", "2021-03-02", 30)
    b.give("县一中", "2021-04-10", 120, category="学生")
    b.give("县二中", "2021-04-25", 30, category="学生")
    b.give("城关镇", "2021-05-05", 1613)
    b.flush()
    return plan

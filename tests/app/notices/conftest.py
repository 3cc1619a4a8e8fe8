"""Plans built the way the clerk builds them (app.plans services), shaped like the sample notices."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from app.admin import demo
from app.database import Database
from app.office.settings import update_office
from app.plans import plans, quotas, schedule
from app.plans import records as plan_records
from app.plans.slots import parse_slot
from app.roster import units as roster
from app.roster.records import UnitInput


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def demo_db(db: Database) -> Database:
    """The 平利 2017 demo: 13 units with population, 2300 单位 of quotas."""
    demo.load_demo(db)
    return db


@pytest.fixture
def rugao_plan(db: Database, samples: Path) -> int:
    """如皋 2020: 84 units by month, two of them 全年; returns the plan id."""
    rows = _rows(samples / "rugao_2020_monthly_plan.csv")
    update_office(
        db, {"county": "如皋市", "organ_mark": "如皋市人民政府办公室文件", "doc_prefix": "皋政办发"}
    )
    plan = plans.create_plan(
        db, plan_records.PlanInput(name="2020年度无偿献血计划", year=2020, measure="人次", target=8162)
    )
    by_slot: dict[str, list[int]] = {}
    for row in rows:
        unit = roster.create_unit(db, 2020, UnitInput(name=row["单位"]))
        quotas.set_quota(db, plan.id, unit.id, int(row["计划数（人）"]))
        by_slot.setdefault(row["时间"], []).append(unit.id)
    for text, unit_ids in by_slot.items():
        schedule.schedule_quotas(db, plan.id, unit_ids, parse_slot(text, 2020))
    return plan.id


@pytest.fixture
def shouxian_plan(db: Database, samples: Path) -> int:
    """寿县 2018-06 to 2019-12: one drive a month with participants in words and a site."""
    rows = _rows(samples / "shouxian_2018_schedule.csv")
    update_office(db, {"county": "寿县", "organ_mark": "寿县人民政府办公室文件", "doc_prefix": "寿政办秘"})
    plan = plans.create_plan(
        db,
        plan_records.PlanInput(
            name="寿县无偿献血时间安排",
            year=2018,
            start_date=dt.date(2018, 6, 1),
            end_date=dt.date(2019, 12, 31),
            measure="人次",
        ),
    )
    for row in rows:
        schedule.add_slot(
            db, plan.id, parse_slot(row["时间"]), site=row["采血点"], participants=row["参与献血单位、对象"]
        )
    return plan.id

"""Demo data offered on first start: the 平利县 2017 roster and quota notice (平政办发〔2017〕64号).

The demo is the only thing that brings 平利县: its office details come with it when the
database has no office of its own yet.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.database import Database
from app.office.settings import OfficeSettings, missing_fields, office_in, save_office_in
from app.paths import RESOURCES_DIR
from app.roster.kinds import guess_kind
from db.models import Plan, Quota, ScheduleSlot, Unit, UnitYear

DEMO_DIR = RESOURCES_DIR / "demo"
PINGLI_CSV = DEMO_DIR / "pingli_2017_quota.csv"
DEMO_YEAR = 2017
#: 平利县人民政府办公室, as its 2017 quota notice prints it (平政办发〔2017〕64号).
DEMO_OFFICE = OfficeSettings(
    county="平利县",
    level="县",
    organ_mark="平利县人民政府办公室文件",
    signer="平利县人民政府办公室",
    doc_prefix="平政办发",
    next_number=1,
    printer="平利县人民政府办公室",
    addressees="各镇人民政府，县政府各有关工作部门：",
    cc="县委各部门，县人大办、政协办，县纪委办，县人武部，县法院、检察院，各人民团体。",
    region="陕西",
    office_name="平利县献血办公室",
)


@dataclass(frozen=True)
class DemoResult:
    units: int
    plan_id: int
    total: int


def is_empty(db: Database) -> bool:
    """True when the database holds no units and no plans: the moment to offer demo data."""
    with db.session() as s:
        return is_empty_in(s)


def is_empty_in(s: Session) -> bool:
    return not s.scalar(select(func.count(Unit.id))) and not s.scalar(select(func.count(Plan.id)))


def load_demo(db: Database) -> DemoResult:
    """Load the 平利县 2017 units with population, the 2300-unit plan and its published quotas,
    and 平利县's office details if the database has no office yet."""
    with db.session() as s:
        result = load_demo_in(s)
        if missing_fields(office_in(s)):
            save_office_in(s, DEMO_OFFICE)
        return result


def load_demo_in(s: Session) -> DemoResult:
    """The demo data inside the caller's session (the first-run dialog saves the office with it)."""
    from app.pinyin import initials

    with PINGLI_CSV.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    plan = Plan(
        name="2017年全民无偿献血募集指标",
        year=DEMO_YEAR,
        start_date=date(DEMO_YEAR, 1, 1),
        end_date=date(DEMO_YEAR, 12, 31),
        measure="U",
        target=0,
        source_doc="平政办发〔2017〕64号",
    )
    slot = ScheduleSlot(kind="year", plan=plan)
    s.add_all([plan, slot])
    total = 0
    for order, row in enumerate(rows, start=1):
        name = row["募集单位"].strip()
        unit = s.scalar(select(Unit).where(Unit.name == name))
        if unit is None:
            unit = Unit(name=name, kind=guess_kind(name), py_initials=initials(name), sort_order=order)
            s.add(unit)
        pop = row["人口数"].strip()
        s.add(UnitYear(unit=unit, year=DEMO_YEAR, population=int(pop) if pop else None))
        amount = int(row["募集指标（单位）"])
        fixed = not pop
        s.add(
            Quota(
                plan=plan,
                unit=unit,
                amount=amount,
                locked=fixed,
                method="fixed" if fixed else "population",
                basis="固定指标" if fixed else "按人口分配（平政办发〔2017〕64号）",
                slot=slot,
            )
        )
        total += amount
    plan.target = total
    s.flush()
    audit.record(s, "demo", "plan", plan.id, units=len(rows), total=total)
    return DemoResult(units=len(rows), plan_id=plan.id, total=total)

"""Realistic donation data for the progress benchmark, the page's screenshots and its UI tests.

Written with SQLAlchemy Core bulk inserts (``insert(Table)`` with many rows per statement, one
transaction), straight into the schema, so it needs nothing from the donations services.

* :func:`populate_county` — a county of a few hundred units (towns with population, departments,
  hospitals, schools, companies, the garrison, 系统 with members), one U plan a year with quotas
  and month/旬/全年 slots, and N donations spread over the years (1,000,000 for the benchmark).
* :func:`donations_for_plan` — donations for an existing plan (the 平利 demo) this year and last,
  each unit near a completion rate drawn between 35 % and 200 %, plus street donors.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Iterable, Sequence

from sqlalchemy import insert, select

from app.database import Database
from app.donations.first_dates import refresh_first_dates
from app.donations.idcard import check_digit
from app.progress import shift_year
from db.models import Donation, Donor, Plan, Quota, ScheduleSlot, Unit, UnitYear

CHUNK = 20_000
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉鹏飞云峰海燕雪梅宁波斌浩宇晨欣怡"
TOWNS = [
    "城关镇",
    "老县镇",
    "大贵镇",
    "长安镇",
    "西河镇",
    "洛河镇",
    "广佛镇",
    "八仙镇",
    "兴隆镇",
    "正阳镇",
    "三阳镇",
    "东河镇",
    "南岔镇",
    "北坝镇",
    "石门镇",
    "龙井乡",
    "白沙乡",
    "青山乡",
    "新华街道",
    "城南街道",
]
BUREAUS = [
    "财政局",
    "教育局",
    "公安局",
    "民政局",
    "司法局",
    "人社局",
    "自然资源局",
    "住建局",
    "交通局",
    "水利局",
    "农业农村局",
    "商务局",
    "文旅局",
    "卫健局",
    "应急局",
    "审计局",
    "市场监管局",
    "统计局",
    "林业局",
    "医保局",
    "城管局",
    "税务局",
    "气象局",
    "供电公司",
    "法院",
    "检察院",
    "组织部",
    "宣传部",
    "统战部",
    "政法委",
    "团县委",
    "妇联",
    "总工会",
    "科协",
    "残联",
    "红十字会",
    "融媒体中心",
]
CATEGORY_WEIGHTS = (("团体", 55), ("街头个人", 25), ("学生", 8), ("军人", 3), ("应急", 6), ("互助", 3))
_CATEGORIES = [c for c, _ in CATEGORY_WEIGHTS]
_CATEGORY_CUM = list(itertools.accumulate(w for _, w in CATEGORY_WEIGHTS))
MONTH_WEIGHTS = (6, 5, 11, 10, 9, 8, 6, 5, 8, 9, 10, 13)  # fewer in the holidays, drives in spring and winter


def _names(rng: random.Random) -> Iterable[str]:
    while True:
        yield rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _id_number(rng: random.Random, n: int) -> str:
    birth = dt.date(1966, 1, 1) + dt.timedelta(days=rng.randrange(365 * 37))
    first17 = f"6124{n // 1000 % 100:02d}{birth:%Y%m%d}{n % 1000:03d}"
    return first17 + check_digit(first17)


def add_donors(db: Database, n: int, *, seed: int = 1, offset: int = 0) -> list[int]:
    """*n* donors with valid, distinct ID numbers; returns their ids."""
    rng = random.Random(seed)
    names = _names(rng)
    rows = []
    seen: set[str] = set()
    i = offset
    while len(rows) < n:
        number = _id_number(rng, i)
        i += 1
        if number in seen:
            continue
        seen.add(number)
        rows.append(
            {
                "id_number": number,
                "name": next(names),
                "sex": "男" if int(number[16]) % 2 else "女",
                "abo": rng.choice(("A", "B", "O", "O", "AB")),
                "rh": "+",
            }
        )
    with db.session() as s:
        first = (s.scalar(select(Donor.id).order_by(Donor.id.desc()).limit(1)) or 0) + 1
        for k in range(0, len(rows), CHUNK):
            s.execute(insert(Donor.__table__), rows[k : k + CHUNK])
    return list(range(first, first + n))


class _Days:
    """Days of a period, each weighted by its month (busier when clerks schedule drives)."""

    def __init__(self, start: dt.date, end: dt.date) -> None:
        self.days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
        self.cum = list(itertools.accumulate(MONTH_WEIGHTS[d.month - 1] for d in self.days))

    def pick(self, rng: random.Random) -> dt.date:
        return rng.choices(self.days, cum_weights=self.cum)[0]


def _donation(rng: random.Random, donor: int, day: dt.date, unit: int | None, category: str) -> dict:
    if rng.random() < 0.1:
        return {
            "donor_id": donor,
            "donated_on": day,
            "kind": "platelets",
            "volume_ml": 0,
            "doses": rng.choice((1, 2, 2)),
            "category": category,
            "unit_id": unit,
            "source": "import",
        }
    return {
        "donor_id": donor,
        "donated_on": day,
        "kind": "whole",
        "volume_ml": rng.choices((200, 300, 400), cum_weights=(35, 50, 100))[0],
        "doses": 0,
        "category": category,
        "unit_id": unit,
        "source": "import",
    }


def _insert(db: Database, rows: list[dict]) -> None:
    """The rows, and their donors' first donation dates as the donations services keep them."""
    rows.sort(key=lambda r: r["donated_on"])  # as an office imports them: month by month
    with db.session() as s:
        for k in range(0, len(rows), CHUNK):
            s.execute(insert(Donation.__table__), rows[k : k + CHUNK])
        refresh_first_dates(s, {r["donor_id"] for r in rows})


def _category(rng: random.Random, kind: str | None) -> str:
    if kind == "学校":
        return "学生"
    if kind == "部队":
        return "军人"
    if kind is None:
        return rng.choices(("街头个人", "应急", "互助"), (80, 12, 8))[0]
    return rng.choices(_CATEGORIES, cum_weights=_CATEGORY_CUM)[0]


# -- a whole county for the benchmark -----------------------------------------------------------
def _county_units(n: int, rng: random.Random) -> list[tuple[str, str, str | None, int | None, int | None]]:
    """(name, kind, parent, population, staff) for about *n* units."""
    units: list[tuple[str, str, str | None, int | None, int | None]] = []
    for town in TOWNS:
        units.append((town, "镇街", None, rng.randint(8_000, 60_000), None))
    for system, members in (("卫健系统", "医院"), ("教育系统", "学校"), ("公安系统", "部门")):
        units.append((system, "系统", None, None, None))
        for k in range(1, 9):
            suffix = {"医院": f"第{k}卫生院", "学校": f"第{k}中学", "部门": f"第{k}派出所"}[members]
            units.append((f"县{suffix}", members, system, None, rng.randint(20, 300)))
    units.append(("县人武部", "部队", None, None, 60))
    units.append(("武警中队", "部队", None, None, 40))
    for bureau in BUREAUS:
        units.append((f"县{bureau}", "部门", None, None, rng.randint(10, 200)))
    k = 0
    while len(units) < n:
        k += 1
        kind = rng.choice(("企业", "学校", "部门"))
        name = {"企业": f"县第{k}实业有限公司", "学校": f"县第{k}小学", "部门": f"县第{k}事业单位"}[kind]
        units.append((name, kind, None, None, rng.randint(10, 400)))
    return units


def populate_county(
    db: Database,
    *,
    units: int = 300,
    years: Sequence[int] = (2019, 2020, 2021, 2022, 2023),
    donations: int = 1_000_000,
    seed: int = 7,
) -> dict[int, int]:
    """Units, one U plan per year with quotas and slots, donors, and *donations* over the years.

    Quotas follow population (towns) or a quarter of the staff (departments), 600 for a 系统,
    scaled so that a year's donations meet about the county's total; 70 % of donations count for
    a unit (a 系统's members for the 系统), each unit near its own rate (35 %–200 %).
    Returns {year: plan id}.
    """
    rng = random.Random(seed)
    spec = _county_units(units, rng)
    per_year = donations // len(years)
    base = {
        name: 600 if kind == "系统" else (pop / 100 if pop else (staff or 10) * 0.25)
        for name, kind, parent, pop, staff in spec
        if parent is None
    }
    scale = per_year * 0.7 * 1.7 / sum(base.values())  # about 1.7 U a donation on this mix
    amounts = {name: max(5, round(v * scale)) for name, v in base.items()}
    with db.session() as s:
        ids: dict[str, int] = {}
        for order, (name, kind, parent, _pop, _staff) in enumerate(spec, start=1):
            ids[name] = s.execute(
                insert(Unit).values(name=name, kind=kind, parent_id=ids.get(parent or ""), sort_order=order)
            ).inserted_primary_key[0]
        s.execute(
            insert(UnitYear),
            [
                {"unit_id": ids[name], "year": y, "population": pop, "staff": staff}
                for y in years
                for name, _kind, _parent, pop, staff in spec
            ],
        )
        plans: dict[int, int] = {}
        for y in years:
            plan_id = s.execute(
                insert(Plan).values(
                    name=f"{y}年无偿献血计划",
                    year=y,
                    start_date=dt.date(y, 1, 1),
                    end_date=dt.date(y, 12, 31),
                    measure="U",
                )
            ).inserted_primary_key[0]
            plans[y] = plan_id
            whole_year = s.execute(
                insert(ScheduleSlot).values(plan_id=plan_id, kind="year")
            ).inserted_primary_key[0]
            month_slots = {
                (m, part): s.execute(
                    insert(ScheduleSlot).values(
                        plan_id=plan_id, kind="dekad" if part else "month", year=y, month=m, part=part
                    )
                ).inserted_primary_key[0]
                for m in range(1, 13)
                for part in (None, 1, 3)
            }
            s.execute(
                insert(Quota),
                [
                    {
                        "plan_id": plan_id,
                        "unit_id": ids[name],
                        "amount": amount,
                        "slot_id": whole_year
                        if name.endswith("系统")
                        else month_slots[(rng.randint(1, 12), rng.choice((None, None, 1, 3)))],
                    }
                    for name, amount in amounts.items()
                ],
            )
    donors = add_donors(db, max(1, donations // 3), seed=seed)
    kinds = {ids[name]: kind for name, kind, *_ in spec}
    members: dict[str, list[str]] = {}
    for name, _kind, parent, _pop, _staff in spec:
        if parent is not None:
            members.setdefault(parent, []).append(name)
    weights: list[tuple[int, float]] = []
    for name, amount in amounts.items():
        w = amount * rng.uniform(0.35, 2.0)
        share = [name, *members.get(name, [])]
        weights.extend((ids[m], w / len(share)) for m in share)
    unit_ids = [u for u, _ in weights]
    cum_w = list(itertools.accumulate(w for _, w in weights))
    for y in years:
        days = _Days(dt.date(y, 1, 1), dt.date(y, 12, 31))
        rows = []
        for _ in range(per_year):
            unit = rng.choices(unit_ids, cum_weights=cum_w)[0] if rng.random() < 0.7 else None
            rows.append(
                _donation(rng, rng.choice(donors), days.pick(rng), unit, _category(rng, kinds.get(unit)))
            )
        _insert(db, rows)
    return plans


# -- donations for one existing plan (screenshots, UI tests) ------------------------------------
def donations_for_plan(
    db: Database,
    plan_id: int,
    *,
    until: dt.date,
    seed: int = 3,
    street_share: float = 0.25,
    last_year: bool = True,
) -> dict[int, float]:
    """Donations to *until* for every unit with a quota, each near a completion rate drawn between
    35 % and 200 % (returned as {unit id: rate aimed at}), street donors on top, and the same
    again, a little lower, for the year before."""
    rng = random.Random(seed)
    with db.session() as s:
        plan = s.get(Plan, plan_id)
        assert plan is not None
        start, end = plan.start_date, plan.end_date
        quotas = s.execute(
            select(Quota.unit_id, Quota.amount, Unit.kind)
            .join(Unit, Unit.id == Quota.unit_id)
            .where(Quota.plan_id == plan_id)
        ).all()
    aims = {
        unit: rng.choice((0.38, 0.55, 0.72, 0.86, 0.93, 1.0, 1.06, 1.2, 1.45, 1.99))
        for unit, _a, _k in quotas
    }
    periods = [(start, min(until, end), 1.0)]
    if last_year:
        periods.append((shift_year(start, -1), shift_year(min(until, end), -1), 0.85))
    total = sum(a for _u, a, _k in quotas)
    fraction_of_year = ((min(until, end) - start).days + 1) / ((end - start).days + 1)
    donors = add_donors(db, max(50, int(total * 1.2)), seed=seed, offset=500_000 + plan_id * 10_000)
    rows: list[dict] = []
    for p_start, p_end, scale in periods:
        days = _Days(p_start, p_end)
        for unit, amount, kind in quotas:
            # a U plan counts 400 ml as 2 U: about 1.7 U a donation on this mix
            per_donation = 1.7 if plan.measure == "U" else (340 if plan.measure == "ml" else 1)
            n = round(amount * aims[unit] * scale * min(1.0, fraction_of_year * 1.15) / per_donation)
            rows.extend(
                _donation(rng, rng.choice(donors), days.pick(rng), unit, _category(rng, kind))
                for _ in range(n)
            )
        street = round(total * street_share * scale * fraction_of_year / 1.7)
        rows.extend(
            _donation(rng, rng.choice(donors), days.pick(rng), None, _category(rng, None))
            for _ in range(street)
        )
    _insert(db, rows)
    return aims

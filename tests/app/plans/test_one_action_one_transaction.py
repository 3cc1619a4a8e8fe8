"""What the 指标与排期 page does, each as one service call in one transaction: a failure half-way
changes nothing, and what the page reads is one consistent picture."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from sqlalchemy import func, select

from app.admin import demo
from app.errors import InputError, KnownError
from app.plans import quotas, schedule
from app.plans.overview import plan_overview
from app.plans.plans import create_plan
from app.plans.records import PlanInput
from app.plans.slots import parse_slot
from app.roster import units as roster
from app.roster.records import UnitInput
from db.models import AuditLog, Quota, ScheduleSlot


@pytest.fixture
def demo_plan(db) -> int:
    return demo.load_demo(db).plan_id


def _amounts(db, plan_id: int) -> dict[str, tuple[int, bool]]:
    return {q.unit_name: (q.amount, q.locked) for q in quotas.plan_quotas(db, plan_id)}


def _audit_lines(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(AuditLog.id)))


def _ids(db, *names: str) -> list[int]:
    by_name = {u.name: u.id for u in roster.list_units(db, 2017)}
    return [by_name[n] for n in names]


def test_the_plans_page_reads_everything_in_one_session(db, demo_plan, monkeypatch):
    opened = []
    real = type(db).session

    @contextmanager
    def counting(self):
        opened.append(1)
        with real(self) as s:
            yield s

    monkeypatch.setattr(type(db), "session", counting)
    data = plan_overview(db, demo_plan)
    assert len(opened) == 1
    assert data.plan.id == demo_plan and data.has_quotas and len(data.quotas) == 13
    assert data.months.total == 2300 == sum(q.amount for q in data.quotas)
    assert len(data.units) == 13 and data.months.plan == data.plan


def test_set_quotas_writes_amounts_and_locks_together(db, demo_plan):
    a, b = _ids(db, "城关镇", "老县镇")
    quotas.set_quotas(db, demo_plan, {a: 500, b: 90}, {a: True})
    got = _amounts(db, demo_plan)
    assert got["城关镇"] == (500, True) and got["老县镇"][0] == 90


def test_set_quotas_with_an_unknown_unit_half_way_changes_nothing(db, demo_plan):
    (a,) = _ids(db, "城关镇")
    before, lines = _amounts(db, demo_plan), _audit_lines(db)
    with pytest.raises(KnownError, match="找不到该单位"):
        quotas.set_quotas(db, demo_plan, {a: 999, 987654: 5})
    assert _amounts(db, demo_plan) == before and _audit_lines(db) == lines


def test_set_quotas_names_every_negative_amount_before_writing(db, demo_plan):
    a, b = _ids(db, "城关镇", "老县镇")
    before = _amounts(db, demo_plan)
    with pytest.raises(InputError) as caught:
        quotas.set_quotas(db, demo_plan, {a: -1, b: -2})
    assert len(caught.value.problems) == 2 and _amounts(db, demo_plan) == before


def test_remove_quotas_is_one_transaction(db, demo_plan):
    a, b = _ids(db, "城关镇", "老县镇")
    lines = _audit_lines(db)
    quotas.remove_quotas(db, demo_plan, [a, b])
    assert "城关镇" not in _amounts(db, demo_plan) and "老县镇" not in _amounts(db, demo_plan)
    assert _audit_lines(db) == lines + 2


def test_add_drive_with_its_units_in_one_go(db, demo_plan):
    a, b = _ids(db, "城关镇", "老县镇")
    made = schedule.add_drive(
        db,
        demo_plan,
        parse_slot("3月上旬", 2017),
        site="县医院",
        participants="城关镇、老县镇干部职工",
        unit_ids=[a, b],
    )
    assert made.participants == "城关镇、老县镇干部职工" and made.site_name == "县医院"
    scheduled = {q.unit_name: q.slot_id for q in quotas.plan_quotas(db, demo_plan)}
    assert scheduled["城关镇"] == scheduled["老县镇"] == made.id


def test_add_drive_failing_on_its_units_leaves_no_drive(db, demo_plan):
    with db.session() as s:
        slots_before = s.scalar(select(func.count(ScheduleSlot.id)))
        quotas_before = s.scalar(select(func.count(Quota.id)))
    with pytest.raises(KnownError, match="找不到该单位"):  # the drive was made before its units failed
        schedule.add_drive(
            db, demo_plan, parse_slot("4月", 2017), site="献血屋", participants="某单位", unit_ids=[987654]
        )
    with db.session() as s:
        assert s.scalar(select(func.count(ScheduleSlot.id))) == slots_before
        assert s.scalar(select(func.count(Quota.id))) == quotas_before


def test_a_one_unit_drive_is_one_line_in_the_month_view(db):
    plan = create_plan(db, PlanInput(name="2020年计划", year=2020))
    ids = {}
    for name, amount in (("组织部", 7), ("宣传部", 5), ("统战部", 5), ("城关镇", 9)):
        ids[name] = roster.create_unit(db, 2020, UnitInput(name=name)).id
        quotas.set_quota(db, plan.id, ids[name], amount)
    schedule.schedule_quotas(db, plan.id, [ids["组织部"]], parse_slot("3月", 2020), site="县医院")
    schedule.add_drive(
        db, plan.id, parse_slot("4月", 2020), site="献血屋", participants="宣传部", unit_ids=[ids["宣传部"]]
    )
    schedule.schedule_quotas(
        db, plan.id, [ids["统战部"], ids["城关镇"]], parse_slot("5月上旬", 2020), site="县医院"
    )
    months = {m.label: m for m in plan_overview(db, plan.id).months.months}
    (march,) = months["3月"].groups
    assert march.single and march.who == "组织部" and march.amount == 7 and march.site_name == "县医院"
    (april,) = months["4月"].groups
    assert april.single and april.drive_id is not None and april.who == "宣传部"
    (may,) = months["5月"].groups
    assert not may.single and may.who == "统战部、城关镇" and may.amount == 14

"""Database.transaction: services composed into one user action commit or roll back together."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.errors import KnownError
from app.plans import listing, plans
from app.plans import records as plan_records
from db.models import AuditLog, Plan


def _count(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_everything_inside_commits_once(db):
    with db.transaction() as t:
        a = plans.create_plan(t, plan_records.PlanInput(name="甲", year=2024))
        b = plans.create_plan(t, plan_records.PlanInput(name="乙", year=2024))
        assert [p.name for p in listing.list_plans(t, 2024)] == ["乙", "甲"]  # sees its own writes
    assert {p.id for p in listing.list_plans(db, 2024)} == {a.id, b.id}


def test_a_failure_inside_rolls_back_what_came_before(db):
    with pytest.raises(KnownError), db.transaction() as t:
        plans.create_plan(t, plan_records.PlanInput(name="甲", year=2024))
        plans.get_plan(t, 987654)  # 找不到该献血计划
    assert _count(db, Plan) == 0 and _count(db, AuditLog) == 0


def test_nested_transactions_are_the_same_one(db):
    with pytest.raises(RuntimeError), db.transaction() as outer:
        with outer.transaction() as inner:
            plans.create_plan(inner, plan_records.PlanInput(name="甲", year=2024))
        raise RuntimeError("the outer action fails after the inner one finished")
    assert _count(db, Plan) == 0

"""指标分解 as one user action: the plan made for it, the split and the audit line commit together."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.errors import InputError, KnownError
from app.plans import plans, quotas
from app.plans import records as plan_records
from app.plans import split as quota_split
from app.plans.split import SplitParams
from app.roster import importing as roster_io
from db.models import AuditLog, Plan, Quota


@pytest.fixture
def pingli_roster(db, samples):
    roster_io.commit_roster_import(
        db, roster_io.preview_roster_import(db, samples / "pingli_2017_quota.xlsx", 2017)
    )
    return db


def _counts(db) -> tuple[int, int, int]:
    with db.session() as s:
        return (
            s.scalar(select(func.count(Plan.id))),
            s.scalar(select(func.count(Quota.id))),
            s.scalar(select(func.count(AuditLog.id))),
        )


def test_units_without_the_figure_are_named_in_the_preview(pingli_roster):
    db = pingli_roster
    plan = plans.create_plan(db, plan_records.PlanInput(name="2017年献血计划", year=2017, target=2300))
    preview = quota_split.preview_split(db, plan.id, SplitParams("population", 2300, step=5, floor=100))
    assert preview.left_out == ["县医院", "县中医医院"]
    assert {line.name for line in preview.allocation.lines}.isdisjoint(preview.left_out)
    fixed = SplitParams("population", 2300, step=5, floor=100, fixed={"县医院": 80, "县中医医院": 50})
    assert quota_split.preview_split(db, plan.id, fixed).left_out == []


def test_allocate_plan_makes_the_year_plan_and_splits_in_one_go(pingli_roster):
    db = pingli_roster
    outcome = quota_split.allocate_plan(db, 2017, SplitParams("population", 2300, step=5, floor=100))
    assert outcome.created_plan
    assert sum(q.amount for q in quotas.plan_quotas(db, outcome.plan_id)) == 2300
    assert plans.get_plan(db, outcome.plan_id).name == "2017年无偿献血计划"
    again = quota_split.allocate_plan(db, 2017, SplitParams("population", 2000, step=5))
    assert again.plan_id == outcome.plan_id and not again.created_plan


@pytest.mark.parametrize(
    "params",
    [
        SplitParams("population", 2300, floor=300),  # the floor cannot be met
        SplitParams("population", 2300, fixed={"没有这个单位": 5}),  # unknown unit
        SplitParams("staff", None, rate=0.2),  # nobody has a staff figure
    ],
)
def test_a_refused_allocation_writes_nothing_at_all(pingli_roster, params):
    db = pingli_roster
    before = _counts(db)
    with pytest.raises((InputError, KnownError)):
        quota_split.allocate_plan(db, 2017, params)
    assert _counts(db) == before

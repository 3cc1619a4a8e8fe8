from __future__ import annotations

import csv

import pytest

from app.errors import InputError
from app.plans import importing as plan_io
from app.plans import plans, quotas
from app.plans import records as plan_records
from app.plans import split as quota_split
from app.plans.split import SplitParams
from app.roster import importing as roster_io

PINGLI_FIXED = {"县医院": 80, "县中医医院": 50}


@pytest.fixture
def pingli_plan(db, samples):
    roster_io.commit_roster_import(
        db, roster_io.preview_roster_import(db, samples / "pingli_2017_quota.xlsx", 2017)
    )
    return plans.create_plan(db, plan_records.PlanInput(name="2017年献血计划", year=2017, target=2300)).id


def test_pingli_split_matches_the_notice(db, samples, pingli_plan):
    params = SplitParams("population", 2300, step=5, floor=100, fixed=PINGLI_FIXED)
    preview = quota_split.preview_split(db, pingli_plan, params)
    quota_split.apply_split(db, preview)
    got = {q.unit_name: q.amount for q in quotas.plan_quotas(db, pingli_plan)}
    notice = {
        r["募集单位"]: int(r["募集指标（单位）"])
        for r in csv.DictReader((samples / "pingli_2017_quota.csv").open(encoding="utf-8-sig"))
    }
    assert sum(got.values()) == 2300
    assert all(v % 5 == 0 and v >= 50 for v in got.values())
    assert all(v >= 100 for k, v in got.items() if k not in PINGLI_FIXED)
    assert all(abs(got[k] - notice[k]) <= 15 for k in notice)
    assert got["县医院"] == 80 and got["县中医医院"] == 50


def test_locked_quota_survives_a_resplit(db, pingli_plan):
    params = SplitParams("population", 2300, step=5, floor=100, fixed=PINGLI_FIXED)
    quota_split.apply_split(db, quota_split.preview_split(db, pingli_plan, params))
    town = next(q for q in quotas.plan_quotas(db, pingli_plan) if q.unit_name == "城关镇")
    quotas.set_quota(db, pingli_plan, town.unit_id, 600, locked=True)
    preview = quota_split.preview_split(db, pingli_plan, params)
    change = next(c for c in preview.changes if c.name == "城关镇")
    assert change.old == 600 and change.new == 600
    quota_split.apply_split(db, preview)
    got = {q.unit_name: q for q in quotas.plan_quotas(db, pingli_plan)}
    assert got["城关镇"].amount == 600 and got["城关镇"].locked
    assert sum(q.amount for q in got.values()) == 2300


def test_preview_writes_nothing_and_shows_old_vs_new(db, samples):
    result = plan_io.commit_plan_import(
        db, plan_io.preview_plan_import(db, samples / "pingli_2017_quota.xlsx", 2017)
    )
    before = {q.unit_name: q.amount for q in quotas.plan_quotas(db, result.plan_id)}
    preview = quota_split.preview_split(
        db, result.plan_id, SplitParams("population", 2300, step=5, floor=100, fixed=PINGLI_FIXED)
    )
    assert {q.unit_name: q.amount for q in quotas.plan_quotas(db, result.plan_id)} == before
    assert {c.name: c.old for c in preview.changes} == before
    assert any(c.delta for c in preview.changes)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (SplitParams("population", 2300, step=5, floor=300, fixed=PINGLI_FIXED), "最低指标无法满足"),
        (SplitParams("population", 2303, step=5, floor=100, fixed=PINGLI_FIXED), "整数倍"),
        (SplitParams("population", 2300, fixed={"县医": 80}), "名册中没有单位“县医”"),
        (SplitParams("population", 100, fixed={"县医院": 80, "县中医医院": 50}), "超过了合计 100"),
    ],
)
def test_impossible_splits_are_refused_with_reasons(db, pingli_plan, params, message):
    with pytest.raises(InputError, match=message):
        quota_split.preview_split(db, pingli_plan, params)
    assert quotas.plan_quotas(db, pingli_plan) == []


def test_staff_share(db, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text("单位,在职人数\n县卫健局,52\n县统计局,3\n县公安局,231\n", encoding="utf-8")
    roster_io.commit_roster_import(db, roster_io.preview_roster_import(db, path, 2020))
    plan = plans.create_plan(db, plan_records.PlanInput(name="2020年计划", year=2020))
    preview = quota_split.preview_split(db, plan.id, SplitParams("staff", None, rate=0.2, minimum=1))
    quota_split.apply_split(db, preview)
    got = {q.unit_name: q.amount for q in quotas.plan_quotas(db, plan.id)}
    assert got == {"县卫健局": 10, "县统计局": 1, "县公安局": 46}
    assert plans.get_plan(db, plan.id).target == 57

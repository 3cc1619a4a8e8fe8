"""Progress figures checked to the digit on small hand-counted data (see each test's arithmetic)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from app.errors import KnownError
from app.progress import compute_progress
from app.progress.counting import percent_text, rate_json, round_half_up

D = dt.date


def test_units_rates_and_ranks(db, county):
    p = compute_progress(db, county, D(2021, 6, 30))
    rows = {u.name: u for u in p.units}
    assert [u.name for u in p.units] == ["城关镇", "老县镇", "县医院", "县教育局", "县林业局", "县审计局"]
    expected = {
        # name: (quota, done, rate shown, rank)
        "城关镇": (200, Fraction(483, 2), "120.75%", 1),
        "老县镇": (100, Fraction(81), "81.00%", 2),
        "县教育局": (80, Fraction(123, 2), "76.88%", 3),
        "县医院": (50, Fraction(28), "56.00%", 4),
        "县审计局": (40, Fraction(0), "0.00%", 5),
        "县林业局": (0, Fraction(5), "—", None),
    }
    for name, (quota, done, shown, rank) in expected.items():
        row = rows[name]
        assert (row.quota, row.done, percent_text(row.rate), row.rank) == (quota, done, shown, rank), name
    assert rows["县林业局"].rate is None and not rows["县林业局"].has_quota
    assert rows["县教育局"].rate == Fraction(123, 160)  # exactly 76.875 %, shown rounded half up
    assert [u.name for u in p.ranked] == ["城关镇", "老县镇", "县教育局", "县医院", "县审计局", "县林业局"]
    assert [u.name for u in p.completed] == ["城关镇"]


def test_behind_list_follows_the_slots(db, county):
    mid = compute_progress(db, county, D(2021, 6, 30))
    assert [u.name for u in mid.behind] == ["县审计局", "老县镇"]  # 3月 and 5月 passed, under quota
    april = compute_progress(db, county, D(2021, 4, 30))
    assert [u.name for u in april.behind] == ["县审计局"]  # 老县镇's May has not passed yet
    year_end = compute_progress(db, county, D(2021, 12, 31))
    # 全年 and unscheduled quotas fall due at the plan's end
    assert [u.name for u in year_end.behind] == ["县审计局", "县医院", "县教育局", "老县镇"]


def test_months_plan_line_follows_slots_and_sums(db, county):
    p = compute_progress(db, county, D(2021, 6, 30))
    assert [m.label for m in p.months] == [f"{i}月" for i in range(1, 13)]
    assert [m.plan for m in p.months] == [0, 0, 240, 0, 100, 0, 0, 0, 0, 0, 0, 130]
    assert [m.plan_cumulative for m in p.months] == [0, 0, 240, 240, 340, 340, 340, 340, 340, 340, 340, 470]
    done = [m.done for m in p.months]
    assert done == [20, 5, Fraction(483, 2), 28, 81, Fraction(123, 2), None, None, None, None, None, None]
    assert [m.done_cumulative for m in p.months[:6]] == [
        20,
        25,
        Fraction(533, 2),
        Fraction(589, 2),
        Fraction(751, 2),
        437,
    ]
    assert [m.last_year_done for m in p.months] == [0, 0, 200, 0, 0, 5, 0, 0, 0, 0, 0, 0]
    assert p.months[5].last_year_cumulative == 205
    # every way of summing gives the same total
    by_units = sum((u.done for u in p.top), Fraction(0)) + p.counting.done(p.totals.unassigned)
    by_unit_months = sum((v for u in p.top for v in u.by_month.values()), Fraction(0))
    assert by_units == p.totals.done == sum(d for d in done if d is not None) == 437
    assert by_unit_months + 20 == 437
    assert p.unit(p.by_name("城关镇").unit_id).by_month == {(2021, 3): Fraction(483, 2)}


def test_county_totals_to_the_digit(db, county):
    t = compute_progress(db, county, D(2021, 6, 30)).totals
    assert (t.quota, t.done, percent_text(t.rate), rate_json(t.rate)) == (470, 437, "92.98%", 0.9298)
    assert t.tally.donations == 220
    assert t.tally.whole_ml == 85_800 and t.tally.doses == 4
    assert t.tally.volume_ml == 87_400  # platelets at 400 ml per 治疗量
    assert t.tonnes == Fraction(874, 10_000) and f"{round_half_up(t.tonnes, 2)}" == "0.09"
    assert t.population == 100_000
    assert t.per_thousand == Fraction(11, 5) and f"{round_half_up(t.per_thousand, 2)}" == "2.20"
    assert t.share_400 == Fraction(210, 218) and percent_text(t.share_400) == "96.33%"
    assert (t.donors, t.first_time) == (219, 218)  # Y gave twice; X had given in 2019
    assert percent_text(t.share_first_time) == "99.54%"
    assert (t.last_year.donations, t.last_year_done, t.last_year.volume_ml) == (105, 205, 41_000)
    assert percent_text(t.change_donations) == "109.52%"
    assert percent_text(t.change_done) == "113.17%"
    assert t.unassigned.donations == 10


def test_categories(db, county):
    cats = {c.category: c for c in compute_progress(db, county, D(2021, 6, 30)).categories}
    assert list(cats) == ["街头个人", "团体", "学生", "军人", "应急", "互助"]
    assert (cats["街头个人"].done, cats["团体"].done, cats["应急"].done, cats["学生"].done) == (20, 409, 8, 0)
    assert percent_text(cats["团体"].share) == "93.59%"
    assert cats["街头个人"].last_year_done == 5 and cats["团体"].last_year_done == 200
    assert cats["学生"].share == 0


def test_a_system_counts_its_members(db, systems):
    p = compute_progress(db, systems, D(2021, 5, 31))
    assert [(u.name, u.depth) for u in p.units] == [
        ("卫健系统", 0),
        ("县医院", 1),
        ("县中医院", 1),
        ("教育系统", 0),
        ("县一中", 1),
        ("县二中", 1),
        ("城关镇", 0),
    ]
    rows = {u.name: u for u in p.units}
    health, edu = rows["卫健系统"], rows["教育系统"]
    assert (health.quota, health.done, percent_text(health.rate)) == (600, 400, "66.67%")
    assert (edu.own_quota, edu.quota, edu.done, percent_text(edu.rate)) == (0, 160, 150, "93.75%")
    assert (rows["县医院"].quota, rows["县医院"].done, rows["县医院"].rate) == (0, 250, None)
    assert [(u.name, u.rank) for u in p.top] == [("卫健系统", 2), ("教育系统", 1), ("城关镇", 3)]
    assert (rows["县一中"].rank, rows["县二中"].rank, rows["县医院"].rank) == (1, 2, None)
    assert p.totals.quota == 4760 and p.totals.done == 2163 == p.done_sum
    assert [u.name for u in p.behind] == ["县二中"]  # 4月下旬 passed at 50 %; 教育系统 holds no quota
    assert [m.plan for m in p.months][3] == 160 and p.months[-1].plan == 4600
    assert edu.by_category == {"学生": 150}


def test_rates_round_half_up_exactly(db, systems):
    town = compute_progress(db, systems, D(2021, 5, 31)).by_name("城关镇")
    assert town.rate == Fraction(1613, 4000)  # 0.40325 exactly
    assert percent_text(town.rate) == "40.33%"  # half-even or binary floats would say 40.32
    assert rate_json(town.rate) == 0.4033  # round(0.40325, 4) gives 0.4032


def test_round_half_up_helpers():
    assert str(round_half_up(Fraction(5, 1000), 2)) == "0.01"
    assert str(round_half_up(Fraction(-5, 1000), 2)) == "-0.01"
    assert str(round_half_up(Fraction(1, 3), 2)) == "0.33"
    assert percent_text(None) == "—"


def test_platelets_count_as_the_plan_says(db, build):
    b = build
    b.unit("县血站")
    plans = {
        "U default": b.plan(name="a"),
        "U 1 per dose": b.plan(name="b", platelet_per_dose=1),
        "ml default": b.plan(name="c", measure="ml"),
        "人次 default": b.plan(name="d", measure="人次"),
        "人次 per dose": b.plan(name="e", measure="人次", platelet_per_dose=1),
    }
    for plan in plans.values():
        b.quota(plan, "县血站", 10)
    b.give("县血站", "2021-03-01", platelets=2)
    b.give("县血站", "2021-03-02", platelets=1)
    b.give("县血站", "2021-03-03", ml=300)
    b.flush()
    done = {k: compute_progress(db, v, D(2021, 12, 31)).units[0].done for k, v in plans.items()}
    assert done == {
        "U default": 2 * 3 + Fraction(3, 2),  # 3 治疗量 × 2 U + 300 ml
        "U 1 per dose": 3 + Fraction(3, 2),
        "ml default": 3 * 400 + 300,
        "人次 default": 3,  # a platelet donation is one visit whatever its doses
        "人次 per dose": 1 + 3,
    }
    explained = compute_progress(db, plans["U default"], D(2021, 12, 31)).counting.explanation()
    assert "每个治疗量计2单位" in explained and "默认" in explained


def test_platelets_with_no_dose_recorded_count_one(db, build):
    build.unit("县血站")
    plan = build.plan()
    build.quota(plan, "县血站", 10)
    build.give("县血站", "2021-03-01", platelets=0)
    build._pending[-1]["kind"] = "platelets"  # an import that left 治疗量 empty
    build.flush()
    assert compute_progress(db, plan, D(2021, 12, 31)).units[0].done == 2


def test_nothing_to_divide_by_is_shown_not_dropped(db, build):
    empty = build.plan(name="空计划")
    p = compute_progress(db, empty, D(2021, 6, 30))
    t = p.totals
    assert p.units == [] and t.done == 0 and t.quota == 0
    assert (t.rate, t.per_thousand, t.share_400, t.share_first_time, t.change_done) == (None,) * 5
    build.unit("甲局")
    build.unit("乙局")
    build.unit("丙局")
    plan = build.plan(name="有指标")
    for name in ("甲局", "乙局", "丙局"):
        build.quota(plan, name, 10)
    p = compute_progress(db, plan, D(2021, 6, 30))
    assert [(u.name, u.done, u.rate, u.rank) for u in p.units] == [
        ("甲局", 0, 0, 1),
        ("乙局", 0, 0, 1),
        ("丙局", 0, 0, 1),
    ]
    build.give("甲局", "2021-02-01", 5, ml=200)
    build.give("丙局", "2021-02-01", 5, ml=200)
    build.flush()
    p = compute_progress(db, plan, D(2021, 6, 30))
    assert [(u.name, u.rank) for u in p.units] == [("甲局", 1), ("乙局", 3), ("丙局", 1)]


def test_report_date_is_clamped_to_the_plan(db, county):
    late = compute_progress(db, county, D(2030, 1, 1))
    assert late.until == D(2021, 12, 31) and late.totals.tally.donations == 223  # with the July three
    early = compute_progress(db, county, D(2020, 12, 1))
    assert early.totals.done == 0 and all(m.done is None for m in early.months)
    assert compute_progress(db, county, today=D(2021, 4, 30)).until == D(2021, 4, 30)
    with pytest.raises(KnownError):
        compute_progress(db, 999)


def test_plan_spanning_years_compares_with_the_year_before(db, build):
    build.year = 2018
    build.unit("安丰镇", "镇街")
    plan = build.plan(start=D(2018, 6, 1), end=D(2019, 12, 31), measure="人次")
    build.quota(plan, "安丰镇", 100, "2019年3月")
    build.give("安丰镇", "2018-08-01", 10)
    build.give("安丰镇", "2019-03-15", 20)
    build.flush()
    p = compute_progress(db, plan, D(2019, 8, 31))
    assert p.months[0].label == "2018年6月" and len(p.months) == 19
    assert p.totals.done == 30
    # last year's same period (2017-06-01 … 2018-08-31) overlaps: the August 2018 drive counts there too
    assert p.totals.last_year_done == 10
    assert next(m for m in p.months if (m.year, m.month) == (2019, 8)).last_year_done == 10
    assert next(m for m in p.months if (m.year, m.month) == (2019, 3)).plan == 100

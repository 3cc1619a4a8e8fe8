"""app.allocation: quota splits exact to the total, checked against the 平利 2017 notice."""

from __future__ import annotations

import csv
import random
from fractions import Fraction
from pathlib import Path

import pytest

from app.errors import InputError
from app.plans.allocation import (
    Allocation,
    AllocUnit,
    ChangeLine,
    allocate,
    allocate_by_population,
    allocate_by_staff,
    compare,
)


def _pingli(samples: Path) -> tuple[list[AllocUnit], dict[str, int]]:
    with (samples / "pingli_2017_quota.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    units = [
        AllocUnit(key=str(i), name=r["募集单位"], population=int(r["人口数"]) if r["人口数"] else None)
        for i, r in enumerate(rows)
    ]
    notice = {r["募集单位"]: int(r["募集指标（单位）"]) for r in rows}
    return units, notice


def _amounts(allocation: Allocation) -> dict[str, int]:
    return {line.name: line.amount for line in allocation.lines}


def test_pingli_2017_population_split_matches_the_notice(samples: Path):
    units, notice = _pingli(samples)
    fixed = {"县医院": 80, "县中医医院": 50}
    result = allocate(units, total=2300, method="population", step=5, floor=100, fixed=fixed)
    amounts = _amounts(result)
    assert result.total == 2300
    assert sum(amounts.values()) == 2300
    assert [line.name for line in result.lines] == list(notice)  # input order kept
    for name, amount in amounts.items():
        assert amount % 5 == 0, name
        assert abs(amount - notice[name]) <= 15, (name, amount, notice[name])
        if name in fixed:
            assert amount == fixed[name]
        else:
            assert amount >= 100, name  # the floor binds the towns; fixed amounts are set by rule
    assert amounts["正阳镇"] == 100  # 7429 people would give about 83: held at the floor
    by_name = {line.name: line.basis for line in result.lines}
    assert by_name["县医院"] == "固定指标"
    assert by_name["城关镇"] == "按人口 47277 人占比分配，取整到 5"
    assert by_name["正阳镇"] == "保底 100（按人口 7429 人占比只应得 83.3）"


def test_locked_units_stay_put_and_fixed_wins_over_lock(samples: Path):
    units, _ = _pingli(samples)
    units = [
        AllocUnit(u.key, u.name, u.population, locked_amount=600) if u.name == "城关镇" else u for u in units
    ]
    units[0] = AllocUnit(units[0].key, "县医院", None, locked_amount=999)
    result = allocate_by_population(
        units, total=2300, step=5, floor=100, fixed={"县医院": 80, "县中医医院": 50}
    )
    amounts = _amounts(result)
    assert amounts["城关镇"] == 600
    assert amounts["县医院"] == 80
    assert {line.name: line.basis for line in result.lines}["城关镇"] == "锁定"
    assert sum(amounts.values()) == 2300
    assert all(a >= 100 and a % 5 == 0 for n, a in amounts.items() if n not in ("县医院", "县中医医院"))


def test_water_filling_cascades_when_a_floor_pushes_another_unit_under():
    # Plain shares 150/90/60: C goes to the floor; re-split 131.25/78.75 pushes B under too.
    units = [AllocUnit("a", "A", 100), AllocUnit("b", "B", 60), AllocUnit("c", "C", 40)]
    result = allocate_by_population(units, total=300, floor=90)
    assert [line.amount for line in result.lines] == [120, 90, 90]
    assert [line.basis.split("（")[0] for line in result.lines] == [
        "按人口 100 人占比分配",
        "保底 90",
        "保底 90",
    ]


def test_largest_remainder_ties_go_to_the_earlier_unit():
    units = [AllocUnit(k, k, 1) for k in "abc"]
    assert [line.amount for line in allocate_by_population(units, total=10).lines] == [4, 3, 3]
    units = [AllocUnit("a", "a", 1), AllocUnit("b", "b", 2), AllocUnit("c", "c", 1)]
    # 2.5 / 5 / 2.5 in steps of 5 → 0.5 / 1 / 0.5 steps: the one spare step goes to the earlier tie.
    assert [line.amount for line in allocate_by_population(units, total=10, step=5).lines] == [5, 5, 0]


@pytest.mark.parametrize("seed", range(60))
def test_population_split_is_exact_and_fair_for_random_inputs(seed: int):
    rng = random.Random(seed)
    n = rng.randint(1, 25)
    step = rng.choice([1, 5, 10])
    floor = step * rng.randint(0, 10)
    pops = [rng.randint(0, 60000) for _ in range(n)]
    if not any(pops):
        pops[0] = 1
    total = floor * n + step * rng.randint(0, 500)
    units = [AllocUnit(str(i), f"镇{i}", p) for i, p in enumerate(pops)]
    lines = allocate_by_population(units, total=total, step=step, floor=floor).lines
    amounts = [line.amount for line in lines]
    assert sum(amounts) == total
    assert all(a % step == 0 and a >= floor for a in amounts)
    # More people never means a smaller quota.
    for i in range(n):
        for j in range(n):
            if pops[i] > pops[j]:
                assert amounts[i] >= amounts[j], (pops[i], amounts[i], pops[j], amounts[j])
    # Units not held at the floor are within one step of their exact share of what the floors leave.
    held = [i for i in range(n) if lines[i].basis.startswith("保底")]
    assert all(amounts[i] == floor for i in held)
    shared = [i for i in range(n) if i not in held]
    pool = total - floor * len(held)
    weight = sum(pops[i] for i in shared)
    for i in shared:
        assert abs(amounts[i] - Fraction(pool * pops[i], weight)) < step
        assert amounts[i] >= floor


def _problems(info: pytest.ExceptionInfo[InputError]) -> list[tuple[str, str]]:
    return [(p.field, p.message) for p in info.value.problems]


def test_errors_are_collected_before_anything_is_computed():
    units = [AllocUnit("a", "城关镇", 47277), AllocUnit("b", "长安镇", None), AllocUnit("c", "县医院", None)]
    with pytest.raises(InputError) as info:
        allocate_by_population(units, total=0, step=5, fixed={"县医院": -5, "县人民医院": 80})
    assert info.value.summary == "无法分配指标：参数有误"
    assert _problems(info) == [
        ("合计", "合计指标必须大于 0（现在是 0）"),
        ("县医院", "固定指标不能是负数（-5）"),
        ("县人民医院", "固定指标里的单位不在名单中"),
        ("长安镇", "缺少人口数，无法按人口分配（可改为固定指标或锁定）"),
    ]


def test_fixed_and_locked_over_the_total():
    units = [
        AllocUnit("a", "县医院", None),
        AllocUnit("b", "城关镇", 100, locked_amount=250),
        AllocUnit("c", "长安镇", 1),
    ]
    with pytest.raises(InputError, match="固定和锁定指标之和 330 超过了合计 300"):
        allocate_by_population(units, total=300, fixed={"县医院": 80})


def test_floor_that_cannot_be_met():
    units = [AllocUnit(str(i), f"镇{i}", 1000) for i in range(11)]
    with pytest.raises(InputError) as info:
        allocate_by_population(
            [*units, AllocUnit("h", "县医院", None)], total=1200, step=5, floor=100, fixed={"县医院": 130}
        )
    assert str(info.value) == (
        "最低指标无法满足：11 个单位每个至少 100，共需 1100，但扣除固定和锁定指标后只剩 1070"
    )


def test_step_that_does_not_divide_the_total():
    units = [AllocUnit("a", "城关镇", 10), AllocUnit("b", "县医院", None)]
    with pytest.raises(InputError, match=r"^合计 2303 不是取整步长 5 的整数倍"):
        allocate_by_population(units[:1], total=2303, step=5)
    with pytest.raises(
        InputError, match=r"^合计 2300 扣除固定和锁定指标 83 后剩 2217，不是取整步长 5 的整数倍"
    ):
        allocate_by_population(units, total=2300, step=5, fixed={"县医院": 83})


def test_floor_must_be_a_multiple_of_step_and_not_negative():
    units = [AllocUnit("a", "城关镇", 10)]
    with pytest.raises(InputError) as info:
        allocate_by_population(units, total=100, step=5, floor=12)
    assert _problems(info) == [("保底", "保底指标 12 不是取整步长 5 的整数倍")]
    with pytest.raises(InputError) as info:
        allocate_by_population(units, total=100, floor=-1)
    assert _problems(info) == [("保底", "保底指标不能是负数（-1）")]


def test_duplicate_names_and_keys():
    units = [AllocUnit("a", "城关镇", 10), AllocUnit("a", "城关镇", 20)]
    with pytest.raises(InputError) as info:
        allocate_by_population(units, total=100, fixed={"城关镇": 5})
    assert _problems(info) == [
        ("城关镇", "单位重复出现（编号 a）"),
        ("城关镇", "名单中有 2 个同名单位，无法确定固定指标给谁"),
    ]


def test_everyone_fixed_must_add_up():
    units = [AllocUnit("a", "县医院", None), AllocUnit("b", "县中医医院", None)]
    result = allocate_by_population(units, total=130, fixed={"县医院": 80, "县中医医院": 50})
    assert _amounts(result) == {"县医院": 80, "县中医医院": 50}
    with pytest.raises(InputError, match="所有单位都是固定或锁定指标，合计 130，与合计指标 150 相差 20"):
        allocate_by_population(units, total=150, fixed={"县医院": 80, "县中医医院": 50})


def test_all_zero_population_cannot_take_the_rest():
    with pytest.raises(InputError, match="待分配单位的人口数都是 0"):
        allocate_by_population([AllocUnit("a", "甲", 0), AllocUnit("b", "乙", 0)], total=100)
    # ...but exactly the floors is fine.
    result = allocate_by_population([AllocUnit("a", "甲", 0), AllocUnit("b", "乙", 0)], total=100, floor=50)
    assert [line.amount for line in result.lines] == [50, 50]


# --------------------------------------------------------------------------- staff method

STAFF = [("财政局", 47), ("教育局", 120), ("档案局", 3), ("科协", 25), ("公安局", 12)]


def _staff_units() -> list[AllocUnit]:
    return [AllocUnit(str(i), name, staff=staff) for i, (name, staff) in enumerate(STAFF)]


def test_staff_share_rounds_half_up_with_a_minimum():
    result = allocate(_staff_units(), total=None, method="staff", rate=0.1, minimum=1)
    # 4.7→5, 12→12, 0.3→minimum 1, 2.5→3 (half up, not to even), 1.2→1
    assert _amounts(result) == {"财政局": 5, "教育局": 12, "档案局": 1, "科协": 3, "公安局": 1}
    assert result.total == 22
    basis = {line.name: line.basis for line in result.lines}
    assert basis["科协"] == "在职 25 人 × 10% = 2.5，四舍五入"
    assert basis["教育局"] == "在职 120 人 × 10% = 12"
    assert basis["档案局"] == "最少 1（在职 3 人 × 10% = 0.3）"


def test_staff_share_with_step():
    result = allocate_by_staff(_staff_units(), rate=0.2, step=5)
    # 9.4→10, 24→25, 0.6→0, 5→5, 2.4→0
    assert _amounts(result) == {"财政局": 10, "教育局": 25, "档案局": 0, "科协": 5, "公安局": 0}
    assert {line.name: line.basis for line in result.lines}["财政局"] == "在职 47 人 × 20% = 9.4，取整到 5"


def test_staff_share_scaled_to_a_total():
    result = allocate_by_staff(_staff_units(), total=50, rate=0.2, minimum=1)
    amounts = _amounts(result)
    assert sum(amounts.values()) == 50
    assert amounts == {"财政局": 11, "教育局": 29, "档案局": 1, "科协": 6, "公安局": 3}
    assert result.total == 50


def test_staff_with_fixed_and_locked():
    units = _staff_units()
    units[1] = AllocUnit(units[1].key, "教育局", staff=120, locked_amount=30)
    result = allocate_by_staff(units, total=60, rate=0.2, fixed={"公安局": 10})
    amounts = _amounts(result)
    assert amounts["教育局"] == 30 and amounts["公安局"] == 10
    assert sum(amounts.values()) == 60


@pytest.mark.parametrize("rate", [None, 0, -0.1, 1.5])
def test_staff_rate_out_of_range(rate):
    with pytest.raises(InputError) as info:
        allocate_by_staff(_staff_units(), rate=rate)
    assert [p.field for p in info.value.problems] == ["比例"]
    assert "应在 0 到 1 之间" in info.value.problems[0].message


def test_staff_rate_of_one_is_allowed_and_missing_staff_is_named():
    assert allocate_by_staff(_staff_units(), rate=1).total == 207
    with pytest.raises(InputError) as info:
        allocate_by_staff([AllocUnit("x", "驻军", staff=None)], rate=0.2)
    assert _problems(info) == [("驻军", "缺少在职人数，无法按比例分配（可改为固定指标或锁定）")]


def test_unknown_method_and_population_without_total():
    with pytest.raises(InputError, match="未知的分配方法"):
        allocate(_staff_units(), total=10, method="lottery")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="按人口分配必须给出合计指标"):
        allocate(_staff_units(), total=None, method="population")


# --------------------------------------------------------------------------- compare


def test_compare_old_and_new():
    new = allocate_by_population([AllocUnit("a", "城关镇", 3), AllocUnit("b", "长安镇", 1)], total=100)
    assert compare({"a": 70, "z": 5}, new) == [
        ChangeLine("a", "城关镇", 70, 75, 5),
        ChangeLine("b", "长安镇", None, 25, 25),
        ChangeLine("z", "z", 5, None, -5),
    ]
    assert new.by_key() == {"a": 75, "b": 25}

"""Rule files: every shipped one is well-formed; a broken one is refused with the field named."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from lookup_helpers import preset, rule_file

from app.errors import InputError
from app.lookup.rules import Period, check_rule_data
from app.lookup.rulesets import preset_files, read_rule_file


def test_every_shipped_rule_file_is_well_formed() -> None:
    files = preset_files()
    names = {p.stem for p in files}
    assert {"shaanxi-1", "hunan-1", "gansu-1", "jiangsu-1", "anhui-1", "national-2022"} <= names
    for path in files:
        read_rule_file(path)  # raises on any problem


def test_presets_are_marked_unverified_and_the_provinces_from_domain_are_verified() -> None:
    assert preset("shaanxi-1")["verified"] and preset("hunan-1")["verified"] and preset("gansu-1")["verified"]
    assert not preset("jiangsu-1")["verified"] and not preset("anhui-1")["verified"]
    assert "兄弟姐妹" in preset("jiangsu-1")["params"]["relations"]
    assert "配偶父母" in preset("jiangsu-1")["params"]["relations"]
    assert "养父母" in preset("anhui-1")["params"]["relations"]


def _fields(data) -> dict[str, str]:
    return {p.field: p.message for p in check_rule_data(data)}


def test_wrong_type_names_the_path_and_the_chinese_label() -> None:
    data = preset("hunan-1")
    data["params"]["bands"][1]["min_ml"] = "六百"
    problems = _fields(data)
    assert list(problems) == ["params.bands[1].min_ml（累计献血量下限（毫升））"]
    assert "应为整数" in problems["params.bands[1].min_ml（累计献血量下限（毫升））"]


def test_missing_field_and_misspelt_key_are_both_named() -> None:
    data = preset("gansu-1")
    del data["citation"]
    window = data["params"]["bands"][0]["donor"]["windows"][0]
    window["multipler"] = window.pop("multiplier")
    problems = _fields(data)
    assert problems["citation（依据（文件名称、文号、条款））"] == "缺少此字段"
    assert problems["params.bands[0].donor.windows[0].multiplier（献血量的倍数）"] == "缺少此字段"
    assert problems["params.bands[0].donor.windows[0].multipler"].startswith("未知字段")


@pytest.mark.parametrize(
    ("edit", "field", "words"),
    [
        (
            lambda d: d["params"].update(pool="共用"),
            "params.pool（亲属额度共用或各自计算）",
            "shared、separate",
        ),
        (
            lambda d: d["params"].update(relations=["配偶", "表哥"]),
            "params.relations（可享受的亲属关系）",
            "表哥",
        ),
        (
            lambda d: d["params"].update(ml_per_dose=0),
            "params.ml_per_dose（1个治疗量血小板折合毫升数）",
            "不小于1",
        ),
        (lambda d: d.update(effective_from="2005/01/01"), "effective_from（生效日期）", "YYYY-MM-DD"),
        (
            lambda d: d.update(effective_to="2004-01-01"),
            "（文件）（用血费用减免规则）",
            "失效日期早于生效日期",
        ),
        (lambda d: d.update(verified="是"), "verified（已核实）", "true 或 false"),
        (
            lambda d: d["params"]["bands"][0]["donor"]["windows"][0].update(until="三个月"),
            "params.bands[0].donor.windows[0].until（自献血之日起的期限，null 为终身）",
            "3m",
        ),
        (
            lambda d: d["params"]["bands"][0]["donor"]["windows"].reverse(),
            "params.bands[0].donor.windows（按献血后时段的倍数）",
            "只有最后一个时段",
        ),
        (
            lambda d: d["params"]["bands"].reverse(),
            "params.bands（按累计献血量分档）",
            "第一档的累计献血量下限应为 0",
        ),
        (
            lambda d: d["params"]["bands"][1]["donor"].update(windows=[{"until": None, "multiplier": 1}]),
            "params.bands[1].donor（献血者本人）",
            "二选一",
        ),
        (
            lambda d: d["params"]["legacy"].update(before="2004-12-32"),
            "params.legacy.before（旧规则截止日期（此日前的献血适用））",
            "YYYY-MM-DD",
        ),
    ],
)
def test_each_broken_field_is_refused_by_name(edit, field: str, words: str) -> None:
    data = copy.deepcopy(preset("shaanxi-1"))
    edit(data)
    problems = _fields(data)
    assert field in problems, problems
    assert words in problems[field]


def test_unknown_kind_and_non_object_files_are_refused() -> None:
    assert "kind（规则种类）" in _fields({"kind": "tax"})
    assert _fields([1, 2])


def test_a_broken_file_is_refused_naming_file_and_field(tmp_path) -> None:
    data = preset("hunan-1")
    data["params"]["bands"][2]["donor"] = {"unlimited": "yes"}
    path = rule_file(tmp_path, data, "湖南-2.json")
    with pytest.raises(InputError) as err:
        read_rule_file(path)
    text = str(err.value)
    assert "湖南-2.json" in text
    assert "params.bands[2].donor.unlimited（不限量）" in text


def test_invalid_json_names_the_line(tmp_path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{\n  "kind": "reimbursement",\n  "region": 陕西\n}', encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_rule_file(path)
    assert err.value.problems[0].row == 3
    assert "不是有效的 JSON" in str(err.value)


def test_award_tiers_must_ascend() -> None:
    data = {
        "kind": "award",
        "region": "全国",
        "name": "x",
        "version": "9",
        "effective_from": "2022-01-01",
        "citation": "x",
        "verified": True,
        "params": {
            "whole_ml_per_count": 200,
            "platelet_count_per_dose": 1,
            "legacy_platelet_before": "2010-01-01",
            "legacy_platelet_count": 4,
            "tiers": [{"tier": "金奖", "min_count": 40}, {"tier": "铜奖", "min_count": 20}],
            "lifetime_tier": "终身荣誉奖",
            "lifetime_after": 3,
            "repeat_lower_tiers": False,
            "unit_window_years": 2,
            "unit_min_donations": 200,
            "unit_min_staff_share": 0.5,
            "unit_alt_min_donations": 1000,
        },
    }
    assert "各奖项的次数应从小到大排列" in _fields(data)["params.tiers（奖项与次数）"]


@pytest.mark.parametrize(
    ("start", "period", "end"),
    [
        (dt.date(2020, 1, 15), "3m", dt.date(2020, 4, 15)),
        (dt.date(2019, 11, 30), "3m", dt.date(2020, 2, 29)),  # clamps to the month's last day
        (dt.date(2020, 2, 29), "5y", dt.date(2025, 2, 28)),
        (dt.date(2020, 10, 31), "3m", dt.date(2021, 1, 31)),
        (dt.date(2020, 1, 1), "90d", dt.date(2020, 3, 31)),
    ],
)
def test_periods_count_calendar_months_and_years(start, period, end) -> None:
    assert Period.parse(period).after(start) == end

"""Wording from the office and the roster: 主送机关 from the kinds of units, 我县/我市/我州 from the
office's level, and the appendix's rows grouped as the plan orders them."""

from __future__ import annotations

import datetime as dt

import pytest

from app.notices import new_draft
from app.notices.wording import office_level, propose_addressees
from app.office.settings import OfficeSettings, save_office
from app.plans import plans, quotas, schedule
from app.plans import records as plan_records
from app.plans.records import QuotaRecord
from app.plans.slots import parse_slot
from app.roster import units as roster
from app.roster.records import UnitInput


def _q(name: str, kind: str, amount: int = 10) -> QuotaRecord:
    return QuotaRecord(0, 1, 0, name, kind, "", 0, amount, False, "manual", "", None, "", "", None, None)


@pytest.mark.parametrize(
    ("units", "level", "expected"),
    [
        ([("城关镇", "镇街"), ("县医院", "医院")], "县", "各镇人民政府，县直各单位："),
        (
            [("城关镇", "镇街"), ("如城街道", "镇街"), ("公安局", "部门")],
            "市",
            "各镇人民政府（街道办事处），市直各单位：",
        ),
        ([("张李乡", "镇街"), ("寿春镇", "镇街")], "县", "各乡镇人民政府："),
        (
            [("永定区", "区县"), ("慈利县", "区县"), ("市教育局", "部门")],
            "市",
            "各区县人民政府，市直各单位：",
        ),
        ([("康乐县", "区县"), ("临夏市", "区县")], "州", "各县市人民政府："),
        ([("驻如部队", "部队"), ("移动公司", "企业"), ("如师", "学校")], "市", "驻如部队，移动公司，如师："),
        (
            [(f"公司{i}", "企业") for i in range(5)] + [("县一中", "学校")],
            "县",
            "各有关企业，县一中：",
        ),
    ],
)
def test_addressees_from_the_kinds_of_units(units, level, expected):
    assert propose_addressees([_q(n, k) for n, k in units], level) == expected


def test_units_without_a_quota_are_not_addressed():
    assert propose_addressees([_q("城关镇", "镇街", 0), _q("县医院", "医院")], "县") == "县直各单位："


@pytest.mark.parametrize(
    ("county", "level", "we"),
    [("平利县", "", "县"), ("张家界市", "", "市"), ("临夏回族自治州", "", "州"), ("某地", "市", "市")],
)
def test_level_from_the_office(county, level, we):
    assert office_level(OfficeSettings(county=county, level=level)) == we


def test_counties_first_and_a_system_with_its_members(db):
    save_office(
        db,
        OfficeSettings(
            county="张家界市",
            organ_mark="张家界市人民政府办公室文件",
            signer="张家界市人民政府办公室",
            doc_prefix="张政办发",
        ),
    )
    plan = plans.create_plan(db, plan_records.PlanInput(name="排序", year=2021, measure="人次"))
    order = []
    for name, kind, parent in (
        ("市教育局", "部门", None),
        ("市卫健系统", "系统", None),
        ("永定区", "区县", None),
        ("市人民医院", "医院", "市卫健系统"),
        ("市中医医院", "医院", "市卫健系统"),
        ("慈利县", "区县", None),
    ):
        parent_id = next((u.id for u in order if u.name == parent), None)
        unit = roster.create_unit(
            db, 2021, UnitInput(name=name, kind=kind, parent_id=parent_id, total_staff=100)
        )
        order.append(unit)
        quotas.set_quota(db, plan.id, unit.id, 10)
    schedule.schedule_quotas(db, plan.id, [order[0].id], parse_slot("3月上旬", 2021))
    table = new_draft(db, "quota", 2021, today=dt.date(2021, 3, 1)).attachments[0]
    assert [r[0] for r in table.rows] == [
        "永定区",
        "慈利县",
        "市教育局",
        "市卫健系统",
        "\u3000\u3000市人民医院",
        "\u3000\u3000市中医医院",
    ]
    assert [c.header for c in table.columns] == ["单位", "总人数", "任务数（人）", "计划献血时间"]
    assert table.rows[2][3] == "3月上旬" and table.rows[0][3] == ""
    # the 系统's own figure holds its members': 合计 of 总人数 counts it once
    assert table.total_row == ["合计", "400", "60", ""]

"""The quota table, the old-vs-new preview and the month view as Qt models."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.admin import demo
from app.plans.allocation import ChangeLine
from app.plans.month_view import month_view
from app.plans.plans import create_plan
from app.plans.quotas import plan_quotas, set_quota
from app.plans.records import PlanInput
from app.plans.schedule import schedule_quotas
from app.plans.slots import Slot
from app.roster.records import UnitInput
from app.roster.units import create_unit
from ui.models.change_model import ChangeColumn, ChangeModel
from ui.models.quota_model import (
    ROW_ID_ROLE,
    ROW_KIND_ROLE,
    MonthColumn,
    MonthViewModel,
    QuotaColumn,
    QuotaModel,
)


@pytest.fixture
def demo_quotas(db):
    result = demo.load_demo(db)
    return plan_quotas(db, result.plan_id)


def test_quota_model_passes_the_model_tester(qtmodeltester, demo_quotas):
    model = QuotaModel()
    model.set_records(demo_quotas)
    qtmodeltester.check(model)
    assert model.rowCount() == 13
    assert model.total() == 2300


def test_quota_model_shows_the_columns_the_clerk_reads(demo_quotas):
    model = QuotaModel()
    model.set_records(demo_quotas)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["单位", "人口数", "在职人数", "指标", "锁定", "时间", "采血点", "依据"]
    hospital = model.row_of_unit(next(q.unit_id for q in demo_quotas if q.unit_name == "县医院"))
    assert model.index(hospital, QuotaColumn.UNIT).data() == "县医院"
    assert model.index(hospital, QuotaColumn.POPULATION).data() == ""
    assert (
        model.index(hospital, QuotaColumn.LOCKED).data(Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Checked
    )
    assert model.index(hospital, QuotaColumn.SLOT).data() == "全年"
    town = model.row_of_unit(next(q.unit_id for q in demo_quotas if q.unit_name == "城关镇"))
    assert model.index(town, QuotaColumn.POPULATION).data() == 47277
    assert model.index(town, QuotaColumn.AMOUNT).data() == 520
    assert (
        model.index(town, QuotaColumn.LOCKED).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    )
    assert "按人口" in model.index(town, QuotaColumn.BASIS).data()


def test_only_amount_is_editable_and_only_locked_is_checkable(demo_quotas):
    model = QuotaModel()
    model.set_records(demo_quotas)
    for col in QuotaColumn:
        flags = model.flags(model.index(0, col))
        assert bool(flags & Qt.ItemFlag.ItemIsEditable) == (col == QuotaColumn.AMOUNT)
        assert bool(flags & Qt.ItemFlag.ItemIsUserCheckable) == (col == QuotaColumn.LOCKED)


def test_editing_an_amount_calls_back_and_shows_the_new_value(demo_quotas):
    calls = []
    model = QuotaModel(on_amount=lambda q, amount: calls.append((q.unit_name, amount)))
    model.set_records(demo_quotas)
    row = 2  # 城关镇
    index = model.index(row, QuotaColumn.AMOUNT)
    assert model.setData(index, 500)
    assert calls == [("城关镇", 500)]
    assert index.data() == 500
    assert model.index(row, QuotaColumn.BASIS).data() == "手工填写"
    assert model.total() == 2280
    assert not model.setData(index, 500), "same value: nothing to save"
    assert not model.setData(index, -5), "a quota is never negative"
    assert not model.setData(index, "abc")
    assert calls == [("城关镇", 500)]


def test_checking_locked_calls_back(demo_quotas):
    calls = []
    model = QuotaModel(on_locked=lambda q, locked: calls.append((q.unit_name, locked)))
    model.set_records(demo_quotas)
    index = model.index(2, QuotaColumn.LOCKED)
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(
        model.index(0, QuotaColumn.LOCKED), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    assert calls == [("城关镇", True), ("县医院", False)]
    assert not model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert len(calls) == 2


def _changes() -> tuple[list[ChangeLine], dict[str, str]]:
    lines = [
        ChangeLine("1", "县医院", 80, 80, 0),
        ChangeLine("3", "城关镇", 520, 525, 5),
        ChangeLine("4", "长安镇", 200, 195, -5),
        ChangeLine("9", "新设镇", None, 100, 100),
        ChangeLine("7", "撤并乡", 60, None, -60),
    ]
    basis = {"1": "固定指标", "3": "按人口 47277 人占比分配，取整到 5", "4": "按人口", "9": "保底 100"}
    return lines, basis


def test_change_model_passes_the_model_tester(qtmodeltester):
    model = ChangeModel()
    qtmodeltester.check(model)
    model.set_changes(*_changes())
    qtmodeltester.check(model)


def test_change_model_highlights_changed_rows_only():
    model = ChangeModel()
    model.set_changes(*_changes())
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["单位", "原指标", "新指标", "变化", "依据"]
    background = Qt.ItemDataRole.BackgroundRole
    assert model.index(0, ChangeColumn.UNIT).data(background) is None
    for row in (1, 2, 3, 4):
        assert model.index(row, ChangeColumn.UNIT).data(background) is not None
    assert model.index(1, ChangeColumn.DELTA).data() == "+5"
    assert model.index(2, ChangeColumn.DELTA).data() == "-5"
    assert model.index(0, ChangeColumn.DELTA).data() == "0"
    assert model.index(3, ChangeColumn.OLD).data() == "（无）"
    assert model.index(3, ChangeColumn.DELTA).data() == "新增 +100"
    assert model.index(4, ChangeColumn.NEW).data() == "移除"
    assert model.index(1, ChangeColumn.BASIS).data().startswith("按人口 47277")
    assert model.changed_count() == 4
    assert model.new_total() == 80 + 525 + 195 + 100
    model.clear()
    assert model.rowCount() == 0


def _rugao_like(db) -> int:
    """如皋 2020 in small: two 全年 quotas of 600 and 城北街道 545 in December."""
    plan = create_plan(db, PlanInput(name="如皋市2020年献血计划", year=2020, measure="人次", target=1745))
    ids = {}
    for name, amount in (("卫健系统", 600), ("教育系统", 600), ("城北街道", 545), ("组织部", 7)):
        ids[name] = create_unit(db, 2020, UnitInput(name=name)).id
        set_quota(db, plan.id, ids[name], amount)
    schedule_quotas(db, plan.id, [ids["卫健系统"], ids["教育系统"]], Slot("year"))
    schedule_quotas(db, plan.id, [ids["城北街道"]], Slot("month", 2020, 12))
    return plan.id


def test_month_view_model_keeps_whole_year_quotas_out_of_december(qtmodeltester, db):
    plan_id = _rugao_like(db)
    model = MonthViewModel()
    qtmodeltester.check(model)
    model.set_view(month_view(db, plan_id), "人次")
    qtmodeltester.check(model)
    december = model.find_top("12月")
    assert model.top_amount(december) == 545
    assert model.child_texts(december) == ["城北街道"]
    whole = model.find_top("全年")
    assert model.top_amount(whole) == 1200
    assert model.child_texts(whole) == ["卫健系统", "教育系统"]
    assert model.item(whole, 0).data(ROW_KIND_ROLE) == "whole_year"
    unscheduled = model.find_top("未安排")
    assert model.child_texts(unscheduled) == ["组织部"]
    assert model.top_amount(model.find_top("合计")) == 1752
    assert model.top_amount(model.find_top("1月")) == 0


def test_month_view_model_groups_a_drive_with_its_site_and_units(db):
    plan = create_plan(
        db,
        PlanInput(name="寿县献血安排", year=2018, start_date=date(2018, 6, 1), end_date=date(2019, 12, 31)),
    )
    a = create_unit(db, 2018, UnitInput(name="安丰镇")).id
    b = create_unit(db, 2018, UnitInput(name="众兴镇")).id
    from app.plans.schedule import add_slot

    drive = add_slot(
        db,
        plan.id,
        Slot("month", 2018, 6),
        site="安丰镇中心卫生院",
        participants="安丰镇、众兴镇机关镇直单位",
    )
    schedule_quotas(db, plan.id, [a, b], Slot("month", 2018, 6), site="安丰镇中心卫生院")
    model = MonthViewModel()
    model.set_view(month_view(db, plan.id))
    june = model.find_top("2018年6月")
    assert june == 0
    assert model.rowCount() == 19 + 1  # 19 months and 合计 (no 全年 quotas, nothing unscheduled)
    assert model.find_top("全年") == -1
    head = model.item(june, 0).child(0, 0)
    assert head.data(ROW_KIND_ROLE) == "drive"
    assert head.data(ROW_ID_ROLE) == drive.id
    assert model.item(june, 0).child(0, MonthColumn.WHO).text() == "安丰镇、众兴镇机关镇直单位"
    assert model.item(june, 0).child(0, MonthColumn.SITE).text() == "安丰镇中心卫生院"
    assert [head.child(r, MonthColumn.WHO).text() for r in range(head.rowCount())] == ["安丰镇", "众兴镇"]


def test_a_one_unit_drive_shows_the_unit_once(qtmodeltester, db):
    plan = create_plan(db, PlanInput(name="2020年计划", year=2020))
    a = create_unit(db, 2020, UnitInput(name="组织部")).id
    set_quota(db, plan.id, a, 7)
    schedule_quotas(db, plan.id, [a], Slot("month", 2020, 3), site="县医院")
    model = MonthViewModel()
    model.set_view(month_view(db, plan.id))
    qtmodeltester.check(model)
    march = model.find_top("3月")
    assert model.child_texts(march) == ["组织部"]  # not a drive row 组织部 with 组织部 under it
    line = model.item(march, 0).child(0, 0)
    assert model.item(march, 0).child(0, MonthColumn.SITE).text() == "县医院"
    assert line.rowCount() == 0 and model.top_amount(march) == 7

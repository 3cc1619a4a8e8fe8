"""指标与排期 page driven like a clerk would: 平利 demo split, hand edits and locks, a 寿县 drive,
如皋's whole-year quotas, import and export."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton, QSpinBox
from qthelpers import answer_next_box, wait_idle

from app.admin import demo
from app.plans.listing import list_plans
from app.plans.month_view import month_view
from app.plans.plans import create_plan
from app.plans.quotas import plan_quotas, set_quota
from app.plans.records import PlanInput
from app.plans.schedule import plan_slots
from app.roster.records import UnitInput
from app.roster.units import create_unit
from ui import desktop
from ui.bus import Changes
from ui.dialogs import ask
from ui.models.quota_model import QuotaColumn
from ui.pages.plans.page import PlansPage
from ui.pages.plans.transfer import PlanTransfer
from ui.tasks import Op


@pytest.fixture
def demo_plan(db) -> int:
    return demo.load_demo(db).plan_id


def open_page(qtbot, ctx, year: int) -> PlansPage:
    ctx.settings.working_year = year
    page = PlansPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    wait_idle(qtbot)
    return page


def amounts(db, plan_id: int) -> dict[str, int]:
    return {q.unit_name: q.amount for q in plan_quotas(db, plan_id)}


def allocate(qtbot, page: PlansPage, *, step: int, floor: int):
    page.quota_tab.allocate_btn.click()
    dlg = page.quota_tab.allocate_dialog
    assert dlg is not None and dlg.isVisible()
    dlg.step.setValue(step)
    dlg.floor.setValue(floor)
    dlg.preview_btn.click()
    wait_idle(qtbot)
    return dlg


def test_shows_the_demo_plan_with_total_and_target(qtbot, ctx, demo_plan):
    page = open_page(qtbot, ctx, 2017)
    assert page.plan_combo.count() == 1
    assert page.plan_combo.currentData() == demo_plan
    assert page.quota_tab.model.rowCount() == 13
    assert (
        "合计 2300" in page.quota_tab.total_label.text() and "目标 2300" in page.quota_tab.total_label.text()
    )
    assert not page.quota_tab.total_warning.isVisibleTo(page)
    assert "平政办发〔2017〕64号" in page.plan_info.text()
    assert not page.empty_hint.isVisibleTo(page)


def test_allocate_pingli_through_the_page(qtbot, ctx, demo_plan):
    page = open_page(qtbot, ctx, 2017)
    seen = []
    ctx.bus.changed.connect(lambda changes, initiator: seen.append((changes, initiator)))
    dlg = allocate(qtbot, page, step=5, floor=100)
    assert dlg.fixed_amounts() == {"县医院": 80, "县中医医院": 50}
    assert dlg.apply_btn.isEnabled()
    assert dlg.change_model.changed_count() == 6
    dlg.apply_btn.click()
    wait_idle(qtbot)
    after = amounts(ctx.db, demo_plan)
    assert sum(after.values()) == 2300
    assert after["县医院"] == 80 and after["县中医医院"] == 50
    towns = [v for k, v in after.items() if k not in ("县医院", "县中医医院")]
    assert all(v % 5 == 0 and v >= 100 for v in towns)
    shown = {q.unit_name: q.amount for q in page.quota_tab.model.records()}
    assert shown == after, "the page reloaded after applying"
    assert any(c.touches("quotas") and who is page for c, who in seen)


def test_a_floor_that_cannot_be_met_applies_nothing(qtbot, ctx, demo_plan):
    page = open_page(qtbot, ctx, 2017)
    before = amounts(ctx.db, demo_plan)
    dlg = allocate(qtbot, page, step=5, floor=300)
    assert "最低指标无法满足" in dlg.error.text()
    assert not dlg.apply_btn.isEnabled()
    dlg.reject()
    wait_idle(qtbot)
    assert amounts(ctx.db, demo_plan) == before


def test_closing_the_dialog_while_a_preview_runs_is_harmless(qtbot, ctx, demo_plan):
    page = open_page(qtbot, ctx, 2017)
    page.quota_tab.allocate_btn.click()
    dlg = page.quota_tab.allocate_dialog
    dlg.step.setValue(5)
    dlg.preview_btn.click()
    dlg.reject()
    wait_idle(qtbot)
    qtbot.wait(10)  # let deleteLater run
    assert sum(amounts(ctx.db, demo_plan).values()) == 2300
    page.quota_tab.allocate_btn.click()
    assert page.quota_tab.allocate_dialog is not dlg and page.quota_tab.allocate_dialog.isVisible()


def test_edit_a_cell_and_lock_it_then_resplit_keeps_it(qtbot, ctx, demo_plan):
    page = open_page(qtbot, ctx, 2017)
    page.show()
    model = page.quota_tab.model
    row = next(r for r, q in enumerate(model.records()) if q.unit_name == "城关镇")
    table = page.quota_tab.table
    table.edit(model.index(row, QuotaColumn.AMOUNT))
    editor = table.viewport().findChild(QSpinBox)
    assert editor is not None and editor.value() == 520 and editor.minimum() == 0
    editor.setValue(480)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: model.record(row).amount == 480)
    wait_idle(qtbot)
    assert amounts(ctx.db, demo_plan)["城关镇"] == 480
    assert page.quota_tab.total_warning.isVisibleTo(page), "合计 2260 differs from 目标 2300"
    assert "-40" in page.quota_tab.total_warning.text()
    page.quota_tab.select_units(["城关镇"])
    page.quota_tab.lock_btn.click()
    wait_idle(qtbot)
    assert next(q for q in plan_quotas(ctx.db, demo_plan) if q.unit_name == "城关镇").locked
    dlg = allocate(qtbot, page, step=5, floor=100)
    assert dlg.apply_btn.isEnabled(), dlg.error.text()
    dlg.apply_btn.click()
    wait_idle(qtbot)
    after = amounts(ctx.db, demo_plan)
    assert after["城关镇"] == 480
    assert sum(after.values()) == 2300
    assert not page.quota_tab.total_warning.isVisibleTo(page)
    row = next(r for r, q in enumerate(model.records()) if q.unit_name == "城关镇")
    check = model.index(row, QuotaColumn.LOCKED).data(Qt.ItemDataRole.CheckStateRole)
    assert check == Qt.CheckState.Checked


def test_unlock_and_remove_selected(qtbot, ctx, demo_plan, monkeypatch):
    page = open_page(qtbot, ctx, 2017)
    page.quota_tab.select_units(["县医院", "县中医医院"])
    page.quota_tab.unlock_btn.click()
    wait_idle(qtbot)
    assert not any(q.locked for q in plan_quotas(ctx.db, demo_plan))
    monkeypatch.setattr(ask, "confirm", lambda *a, **k: True)
    page.quota_tab.select_units(["老县镇"])
    page.quota_tab.remove_btn.click()
    wait_idle(qtbot)
    assert "老县镇" not in amounts(ctx.db, demo_plan)
    assert page.quota_tab.model.rowCount() == 12
    assert page.quota_tab.add_unit.findText("老县镇") >= 0, "a removed unit can be added again"
    page.quota_tab.add_unit.setEditText("老县镇")
    page.quota_tab.add_amount.setValue(190)
    page.quota_tab.add_btn.click()
    wait_idle(qtbot)
    assert amounts(ctx.db, demo_plan)["老县镇"] == 190


def test_new_plan_shouxian_with_a_two_unit_drive(qtbot, ctx, demo_plan):
    for name in ("安丰镇", "众兴镇"):
        create_unit(ctx.db, 2018, UnitInput(name=name))
    page = open_page(qtbot, ctx, 2017)
    page.new_plan.click()
    dlg = page.plan_dialog
    assert dlg is not None and dlg.isVisible()
    dlg.name.setText("寿县2018年6月至2019年12月无偿献血工作计划")
    dlg.year.setValue(2018)
    dlg.set_period(date(2018, 6, 1), date(2019, 12, 1))
    dlg.source_doc.setText("寿政办秘〔2018〕62号")
    dlg.measure.setCurrentIndex(dlg.measure.findData("人次"))
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot)
    assert ctx.year == 2018, "the page follows the new plan's year"
    plan = page.plan
    assert plan is not None and plan.name.startswith("寿县")
    assert (plan.start_date, plan.end_date) == (date(2018, 6, 1), date(2019, 12, 31))
    assert plan.measure == "人次"
    assert page.quota_tab.model.rowCount() == 0
    for name, amount in (("安丰镇", 120), ("众兴镇", 80)):
        page.quota_tab.add_unit.setEditText(name)
        page.quota_tab.add_amount.setValue(amount)
        page.quota_tab.add_btn.click()
        wait_idle(qtbot)
    assert amounts(ctx.db, plan.id) == {"安丰镇": 120, "众兴镇": 80}

    page.tabs.setCurrentIndex(1)
    assert page.schedule_tab.slot_month.count() == 19
    assert (
        page.schedule_tab.slot_month.itemText(0) == "2018年6月"
        and page.schedule_tab.slot_month.itemText(18) == "2019年12月"
    )
    page.schedule_tab.select_units(["安丰镇", "众兴镇"])
    page.schedule_tab.slot_month.setCurrentIndex(page.schedule_tab.slot_month.findData(201806))
    page.schedule_tab.slot_part.setCurrentIndex(0)
    page.schedule_tab.slot_site.setEditText("安丰镇中心卫生院")
    page.schedule_tab.participants.setText("安丰镇、众兴镇机关镇直单位，安丰镇中心卫生院")
    page.schedule_tab.add_drive_btn.click()
    wait_idle(qtbot)

    quotas = plan_quotas(ctx.db, plan.id)
    assert len({q.slot_id for q in quotas}) == 1 and quotas[0].slot_id is not None
    assert {q.site_name for q in quotas} == {"安丰镇中心卫生院"}
    assert {q.slot_label for q in quotas} == {"2018年6月"}
    slots = plan_slots(ctx.db, plan.id)
    assert [s.participants for s in slots] == ["安丰镇、众兴镇机关镇直单位，安丰镇中心卫生院"]
    tree = page.schedule_tab.month_model
    june = tree.find_top("2018年6月")
    assert tree.top_amount(june) == 200
    assert tree.child_texts(june) == ["安丰镇、众兴镇机关镇直单位，安丰镇中心卫生院", "安丰镇", "众兴镇"]
    assert "安丰镇中心卫生院" in tree.child_texts(june, 3)
    assert page.schedule_tab.slot_site.findText("安丰镇中心卫生院") >= 0, "the new site is offered next time"


def test_delete_a_drive_from_the_month_view(qtbot, ctx, monkeypatch):
    plan = create_plan(
        ctx.db, PlanInput(name="寿县", year=2018, start_date=date(2018, 6, 1), end_date=date(2019, 12, 31))
    )
    page = open_page(qtbot, ctx, 2018)
    page.tabs.setCurrentIndex(1)
    page.schedule_tab.slot_month.setCurrentIndex(page.schedule_tab.slot_month.findData(201807))
    page.schedule_tab.slot_site.setEditText("县中医院")
    page.schedule_tab.add_drive_btn.click()
    wait_idle(qtbot)
    assert "请填写参与单位" in page.schedule_tab.hint.text(), "a drive needs participants or units"
    page.schedule_tab.participants.setText("寿春镇机关镇直单位、寿春镇中心卫生院")
    page.schedule_tab.add_drive_btn.click()
    wait_idle(qtbot)
    assert len(plan_slots(ctx.db, plan.id)) == 1
    july = page.schedule_tab.month_model.find_top("2018年7月")
    drive = page.schedule_tab.month_model.index(0, 0, page.schedule_tab.month_model.index(july, 0))
    page.schedule_tab.month_tree.setCurrentIndex(drive)
    assert page.schedule_tab.delete_drive_btn.isEnabled()
    monkeypatch.setattr(ask, "confirm", lambda *a, **k: True)
    page.schedule_tab.delete_drive_btn.click()
    wait_idle(qtbot)
    assert plan_slots(ctx.db, plan.id) == []


def test_rugao_whole_year_quotas_are_not_counted_in_december(qtbot, ctx):
    plan = create_plan(ctx.db, PlanInput(name="如皋市2020年献血计划", year=2020, measure="人次", target=1745))
    for name, amount in (("卫健系统", 600), ("教育系统", 600), ("城北街道", 545)):
        unit = create_unit(ctx.db, 2020, UnitInput(name=name))
        set_quota(ctx.db, plan.id, unit.id, amount)
    page = open_page(qtbot, ctx, 2020)
    assert page.schedule_tab.month_model.find_top("未安排") >= 0
    page.tabs.setCurrentIndex(1)
    page.schedule_tab.select_units(["卫健系统", "教育系统"])
    page.schedule_tab.slot_part.setCurrentIndex(4)  # 全年
    assert not page.schedule_tab.slot_month.isEnabled()
    page.schedule_tab.schedule_btn.click()
    wait_idle(qtbot)
    page.schedule_tab.select_units(["城北街道"])
    page.schedule_tab.slot_part.setCurrentIndex(0)
    page.schedule_tab.slot_month.setCurrentIndex(page.schedule_tab.slot_month.findData(202012))
    page.schedule_tab.schedule_btn.click()
    wait_idle(qtbot)

    tree = page.schedule_tab.month_model
    december = tree.find_top("12月")
    assert tree.top_amount(december) == 545
    assert tree.child_texts(december) == ["城北街道"]
    whole = tree.find_top("全年")
    assert tree.top_amount(whole) == 1200
    assert tree.child_texts(whole) == ["卫健系统", "教育系统"]
    assert tree.find_top("未安排") == -1
    assert tree.top_amount(tree.find_top("合计")) == 1745
    view = month_view(ctx.db, plan.id)
    assert view.months[-1].total == 545
    shown = {q.unit_name: q.slot_label for q in page.quota_tab.model.records()}
    assert shown == {"卫健系统": "全年", "教育系统": "全年", "城北街道": "12月"}

    page.schedule_tab.select_units(["城北街道"])
    page.schedule_tab.clear_slot_btn.click()
    wait_idle(qtbot)
    assert tree.top_amount(tree.find_top("12月")) == 0
    assert tree.child_texts(tree.find_top("未安排")) == ["城北街道"]


def test_selecting_a_scheduled_unit_shows_its_slot(qtbot, ctx, demo_plan):
    page = open_page(qtbot, ctx, 2017)
    page.schedule_tab.slot_part.setCurrentIndex(2)
    page.schedule_tab.select_units(["城关镇"])
    assert page.schedule_tab.slot_part.currentText() == "全年"


def test_edit_and_delete_plan(qtbot, ctx, demo_plan, monkeypatch):
    page = open_page(qtbot, ctx, 2017)
    page.edit_plan.click()
    dlg = page.plan_dialog
    assert dlg.name.text() == "2017年全民无偿献血募集指标"
    assert dlg.target.value() == 2300
    dlg.target.setValue(2400)
    dlg.accept()
    wait_idle(qtbot)
    assert page.plan.target == 2400
    assert page.quota_tab.total_warning.isVisibleTo(page)
    monkeypatch.setattr(ask, "confirm", lambda *a, **k: False)
    page.delete_plan.click()
    wait_idle(qtbot)
    assert len(list_plans(ctx.db, 2017)) == 1
    monkeypatch.setattr(ask, "confirm", lambda *a, **k: True)
    page.delete_plan.click()
    wait_idle(qtbot)
    assert list_plans(ctx.db, 2017) == []
    assert page.empty_hint.isVisibleTo(page)
    assert not page.tabs.isEnabled()
    assert page.quota_tab.model.rowCount() == 0


def test_plan_dialog_refuses_an_end_before_the_start(qtbot, ctx):
    page = open_page(qtbot, ctx, 2018)
    page.new_plan.click()
    dlg = page.plan_dialog
    dlg.set_period(date(2019, 12, 1), date(2018, 6, 1))
    dlg.accept()
    assert dlg.isVisible()
    assert "结束月份早于开始月份" in dlg.error.text()
    dlg.name.setText("")
    dlg.set_period(date(2018, 1, 1), date(2018, 12, 1))
    dlg.accept()
    assert "请填写计划名称" in dlg.error.text()
    answer_next_box("ask_discard")  # the edits are asked about before the dialog closes
    dlg.reject()
    wait_idle(qtbot)
    assert list_plans(ctx.db) == []


def test_follows_other_pages_and_the_working_year(qtbot, ctx, demo_plan):
    page = open_page(qtbot, ctx, 2017)
    unit = next(q for q in page.quota_tab.model.records() if q.unit_name == "正阳镇")
    set_quota(ctx.db, demo_plan, unit.unit_id, 111)
    ctx.bus.announce(Changes.of("quotas", year=2017), object())
    wait_idle(qtbot)
    assert {q.unit_name: q.amount for q in page.quota_tab.model.records()}["正阳镇"] == 111
    ctx.set_year(2019)
    wait_idle(qtbot)
    assert page.plan_combo.count() == 0
    assert page.empty_hint.isVisibleTo(page)
    ctx.set_year(2017)
    wait_idle(qtbot)
    assert page.plan_combo.currentData() == demo_plan


def test_import_pingli_table_into_a_new_plan(qtbot, ctx, samples, monkeypatch):
    page = open_page(qtbot, ctx, 2017)
    assert page.empty_hint.isVisibleTo(page)
    monkeypatch.setattr(PlanTransfer, "ask_import_target", lambda self, preview: None)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page.transfer.import_file(samples / "pingli_2017_quota.csv")
    wait_idle(qtbot)
    dlg = page.transfer.import_dialog
    assert dlg is not None and dlg.isVisible()
    assert dlg.model.rowCount() == 13
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot)
    plans = list_plans(ctx.db, 2017)
    assert len(plans) == 1 and plans[0].quota_total == 2300
    assert page.plan_combo.currentData() == plans[0].id
    assert page.quota_tab.model.total() == 2300
    assert amounts(ctx.db, plans[0].id)["城关镇"] == 520


def test_export_writes_a_workbook_and_offers_its_folder(qtbot, ctx, demo_plan, tmp_path, monkeypatch):
    opened, texts = [], []
    monkeypatch.setattr(desktop, "open_folder", lambda path: opened.append(path) or True)

    def answer(box):
        texts.append(box.text())
        box.findChild(QPushButton, "open_folder").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    page = open_page(qtbot, ctx, 2017)
    target = tmp_path / "平利指标表.xlsx"
    page.transfer.export_to(target)
    wait_idle(qtbot)
    assert target.exists() and target.stat().st_size > 0
    assert str(target) in texts[0]
    assert opened == [target]


def test_a_cancelled_export_writes_no_file(qtbot, ctx, demo_plan, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: told.append(text))
    page = open_page(qtbot, ctx, 2017)
    gate = threading.Event()
    Op(page, gate.wait).run()  # hold the worker so the export is still queued when 取消 comes
    out = tmp_path / "out"
    out.mkdir()
    op = page.transfer.export_to(out / "平利指标表.xlsx")
    op.cancel()
    gate.set()
    wait_idle(qtbot)
    assert list(out.iterdir()) == [], "no file, no temp file"
    assert told == ["操作已取消，未做任何修改。"]


def test_import_shouxian_schedule_makes_a_19_month_plan_of_drives(qtbot, ctx, samples, monkeypatch):
    page = open_page(qtbot, ctx, 2018)
    monkeypatch.setattr(PlanTransfer, "ask_import_target", lambda self, preview: None)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page.transfer.import_file(samples / "shouxian_2018_schedule.csv")
    wait_idle(qtbot)
    page.transfer.import_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot)
    plan = page.plan
    assert plan is not None
    assert (plan.start_date, plan.end_date) == (date(2018, 6, 1), date(2019, 12, 31))
    assert "（" not in page.plan_combo.currentText(), "the name already states the period"
    assert len(plan_slots(ctx.db, plan.id)) == 19
    tree = page.schedule_tab.month_model
    last = tree.find_top("2019年12月")
    assert tree.child_texts(last) == ["县畜牧局、档案局干部职工"]
    assert tree.child_texts(last, 3) == ["原县政府大院"]
    assert "还没有单位指标" in page.schedule_tab.hint.text()


def test_the_no_quotas_hint_goes_once_a_plan_has_quotas(qtbot, ctx, demo_plan):
    create_plan(ctx.db, PlanInput(name="2017年补充计划", year=2017))
    page = open_page(qtbot, ctx, 2017)
    combo = page.plan_combo
    empty = next(i for i in range(combo.count()) if combo.itemData(i) != demo_plan)
    combo.setCurrentIndex(empty)
    wait_idle(qtbot)
    assert "还没有单位指标" in page.schedule_tab.hint.text()
    combo.setCurrentIndex(combo.findData(demo_plan))
    wait_idle(qtbot)
    assert page.quota_tab.model.rowCount() == 13
    assert "还没有单位指标" not in page.schedule_tab.hint.text()


def test_enter_on_a_quota_row_edits_its_amount(qtbot, ctx, demo_plan):
    page = open_page(qtbot, ctx, 2017)
    page.show()
    table = page.quota_tab.table
    model = page.quota_tab.model
    row = next(r for r, q in enumerate(model.records()) if q.unit_name == "城关镇")
    table.setCurrentIndex(model.index(row, QuotaColumn.UNIT))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = table.viewport().findChild(QSpinBox)
    assert editor is not None and editor.value() == 520
    assert table.currentIndex().column() == QuotaColumn.AMOUNT

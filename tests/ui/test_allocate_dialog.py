"""分配指标 dialog on the 平利 demo: preview before apply, errors inside the dialog, locks kept."""

from __future__ import annotations

import pytest
from qthelpers import wait_idle

from app.admin import demo
from app.plans.plans import get_plan
from app.plans.quotas import plan_quotas, set_quota
from app.roster.units import list_units
from ui.dialogs.allocate_dialog import AllocateDialog


@pytest.fixture
def plan_id(db) -> int:
    return demo.load_demo(db).plan_id


def make_dialog(qtbot, db, plan_id: int) -> AllocateDialog:
    plan = get_plan(db, plan_id)
    dlg = AllocateDialog(
        None, db, plan, plan_quotas(db, plan_id), [u.name for u in list_units(db, plan.year)]
    )
    qtbot.addWidget(dlg)
    return dlg


def amounts(db, plan_id: int) -> dict[str, int]:
    return {q.unit_name: q.amount for q in plan_quotas(db, plan_id)}


def test_defaults_come_from_the_plan_and_its_fixed_quotas(qtbot, db, plan_id):
    dlg = make_dialog(qtbot, db, plan_id)
    assert dlg.method.currentData() == "population"
    assert dlg.total.value() == 2300
    assert dlg.fixed_amounts() == {"县医院": 80, "县中医医院": 50}
    assert not dlg.apply_btn.isEnabled(), "nothing to apply before a preview"
    assert not dlg.rate.isEnabled() and dlg.floor.isEnabled()


def test_preview_then_apply_the_pingli_split(qtbot, db, plan_id):
    before = amounts(db, plan_id)
    dlg = make_dialog(qtbot, db, plan_id)
    dlg.step.setValue(5)
    dlg.floor.setValue(100)
    dlg.preview_btn.click()
    wait_idle(qtbot)
    assert not dlg.error.isVisible()
    assert dlg.apply_btn.isEnabled()
    assert dlg.change_model.rowCount() == 13
    assert dlg.change_model.new_total() == 2300
    assert "新合计 2300" in dlg.summary.text()
    assert amounts(db, plan_id) == before, "a preview writes nothing"
    with qtbot.waitSignal(dlg.accepted, timeout=5000):
        dlg.apply_btn.click()
    wait_idle(qtbot)
    after = amounts(db, plan_id)
    assert sum(after.values()) == 2300
    assert after["县医院"] == 80 and after["县中医医院"] == 50
    towns = {k: v for k, v in after.items() if k not in ("县医院", "县中医医院")}
    assert all(v % 5 == 0 and v >= 100 for v in towns.values()), towns
    assert after["正阳镇"] == 100  # held at the floor


def test_a_floor_that_cannot_be_met_shows_why_and_applies_nothing(qtbot, db, plan_id):
    before = amounts(db, plan_id)
    dlg = make_dialog(qtbot, db, plan_id)
    dlg.step.setValue(5)
    dlg.floor.setValue(300)
    dlg.preview_btn.click()
    wait_idle(qtbot)
    assert dlg.error.isVisibleTo(dlg)
    assert "最低指标无法满足" in dlg.error.text()
    assert "3300" in dlg.error.text()
    assert not dlg.apply_btn.isEnabled()
    assert dlg.change_model.rowCount() == 0
    dlg.run_apply()  # even a direct call has nothing to apply
    wait_idle(qtbot)
    assert amounts(db, plan_id) == before


def test_a_step_that_does_not_divide_is_reported(qtbot, db, plan_id):
    dlg = make_dialog(qtbot, db, plan_id)
    dlg.step.setValue(3)  # 2300 - 80 - 50 = 2170 is no multiple of 3
    dlg.preview_btn.click()
    wait_idle(qtbot)
    assert "取整步长" in dlg.error.text()
    assert not dlg.apply_btn.isEnabled()


def test_changing_a_parameter_after_the_preview_disables_apply(qtbot, db, plan_id):
    dlg = make_dialog(qtbot, db, plan_id)
    dlg.step.setValue(5)
    dlg.preview_btn.click()
    wait_idle(qtbot)
    assert dlg.apply_btn.isEnabled()
    dlg.floor.setValue(100)
    assert not dlg.apply_btn.isEnabled()
    assert "重新预览" in dlg.summary.text()
    dlg.preview_btn.click()
    wait_idle(qtbot)
    assert dlg.apply_btn.isEnabled()
    _combo, spin = dlg.fixed_cell(0)
    spin.setValue(90)
    assert not dlg.apply_btn.isEnabled()


def test_an_unknown_fixed_unit_is_named(qtbot, db, plan_id):
    dlg = make_dialog(qtbot, db, plan_id)
    row = dlg.add_fixed_row("", 30)
    combo, _spin = dlg.fixed_cell(row)
    combo.setEditText("县妇幼保健院")
    dlg.preview_btn.click()
    wait_idle(qtbot)
    assert "县妇幼保健院" in dlg.error.text()
    assert not dlg.apply_btn.isEnabled()


def test_a_locked_quota_stays_put(qtbot, db, plan_id):
    town = next(q for q in plan_quotas(db, plan_id) if q.unit_name == "城关镇")
    set_quota(db, plan_id, town.unit_id, 500, locked=True)
    dlg = make_dialog(qtbot, db, plan_id)
    assert "城关镇 500" in dlg.locked_note.text()
    assert "城关镇" not in dlg.fixed_amounts(), "a hand lock is kept as a lock, not turned into a rule"
    dlg.step.setValue(5)
    dlg.floor.setValue(100)
    dlg.preview_btn.click()
    wait_idle(qtbot)
    dlg.apply_btn.click()
    wait_idle(qtbot)
    after = amounts(db, plan_id)
    assert after["城关镇"] == 500
    assert sum(after.values()) == 2300


def test_staff_method_without_staff_figures_cannot_apply(qtbot, db, plan_id):
    """平利's roster has no 在职人数: only the two locked hospitals could take part."""
    dlg = make_dialog(qtbot, db, plan_id)
    dlg.method.setCurrentIndex(dlg.method.findData("staff"))
    assert dlg.rate.isEnabled() and not dlg.floor.isEnabled()
    dlg.fixed_table.setRowCount(0)
    dlg.preview_btn.click()
    wait_idle(qtbot)
    assert dlg.error.isVisibleTo(dlg)
    assert "2170" in dlg.error.text(), dlg.error.text()
    assert not dlg.apply_btn.isEnabled()

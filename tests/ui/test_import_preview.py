from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QComboBox

from app.errors import RowProblem
from app.roster.matching import ImportRow, RowDecision
from ui.dialogs.import_preview import CREATE, SKIP, UPDATE, ImportPreviewDialog, map_choice

UNITS = [(1, "城关镇"), (2, "县中医医院"), (3, "县医院"), (4, "长安镇"), (5, "八仙镇")]
COLUMNS = [("population", "人口数"), ("contact_name", "联络员")]


def preview_rows() -> list[ImportRow]:
    return [
        ImportRow(3, "城关镇", {"population": 47277}, 1, "name", "城关镇"),
        ImportRow(4, "中医院", {"population": None}, 2, "alias", "县中医医院"),
        ImportRow(5, "县人民医院", {"population": 900.0}, None, "new", "", [], [(3, "县医院")]),
        ImportRow(
            6,
            "长安镇",
            {"population": None},
            None,
            "error",
            "",
            [RowProblem(6, "人口数", "“八千”不是整数")],
        ),
        ImportRow(7, "县教育局", {"contact_name": "王芳"}, None, "new"),
    ]


@pytest.fixture
def dialog(qtbot):
    preview = SimpleNamespace(
        rows=preview_rows(), skipped=["第8行：合计行"], notes=["人口数合计与表中合计不符"]
    )
    dlg = ImportPreviewDialog(preview, COLUMNS, UNITS, title="导入名册")
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_model_passes_qtmodeltester(qtmodeltester, dialog):
    qtmodeltester.check(dialog.model)


def test_every_row_shown_with_status_and_problems(dialog):
    model = dialog.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["3", "4", "5", "6", "7"]
    statuses = [model.index(r, model.STATUS).data() for r in range(model.rowCount())]
    assert statuses == ["已有单位", "别名匹配", "新单位", "有错误", "新单位"]
    assert model.index(1, model.CHOICE).data() == "更新“县中医医院”"
    assert model.index(2, model.CHOICE + 1).data() == "900"  # Excel's float shown as a count
    assert model.index(3, model.PROBLEMS).data() == "第6行“人口数”：“八千”不是整数"
    assert model.index(3, model.CHOICE).data() == "跳过（有错误）"
    assert dialog.summary.text().startswith("共5行：更新2，新建2，跳过0，错误1")
    notes = dialog.notes.toPlainText()
    assert "第8行：合计行" in notes and "合计与表中合计不符" in notes


def test_new_rows_offer_suggestions_first_then_all_units_on_demand(dialog):
    combo = dialog.table.findChild(QComboBox, "choice_2")
    assert combo is not None, "a visible combo on every row that needs a decision"
    assert [combo.itemData(i) for i in range(combo.count())] == [CREATE, SKIP, map_choice(3)]
    assert combo.itemText(2) == "对应到“县医院”（相近）"
    combo.showPopup()
    combo.hidePopup()
    assert combo.count() == 2 + len(UNITS)
    assert dialog.table.findChild(QComboBox, "choice_3") is None  # error rows are fixed to 跳过


def test_choosing_in_the_combo_builds_the_decisions(dialog):
    combo = dialog.table.findChild(QComboBox, "choice_2")
    combo.setCurrentIndex(combo.findData(map_choice(3)))
    assert dialog.model.choices[2] == map_choice(3)
    assert dialog.summary.text().startswith("共5行：更新3，新建1，跳过0，错误1")
    assert dialog.set_choice(4, SKIP)
    assert dialog.set_choice(0, SKIP)
    decisions = dialog.decisions()
    assert decisions == {
        (3, "城关镇"): RowDecision("skip"),
        (5, "县人民医院"): RowDecision("map", 3, True),
        (6, "长安镇"): RowDecision("skip"),
        (7, "县教育局"): RowDecision("skip"),
    }
    assert (4, "中医院") not in decisions  # a matched row updates its unit without a decision
    dialog.remember_alias.setChecked(False)
    assert dialog.decisions()[(5, "县人民医院")].remember_alias is False


def test_choice_set_in_the_model_shows_in_the_combo(dialog):
    assert dialog.set_choice(4, map_choice(5))  # 八仙镇: not a suggestion
    combo = dialog.table.findChild(QComboBox, "choice_4")
    assert combo.currentData() == map_choice(5) and combo.currentText() == "对应到“八仙镇”"
    assert not dialog.set_choice(3, CREATE)  # an error row stays skipped
    assert not dialog.set_choice(0, CREATE)  # a matched row cannot become a new unit


def test_ok_hands_back_the_decisions_and_nothing_to_import_disables_it(qtbot, dialog):
    for row in (0, 1, 2, 4):
        dialog.set_choice(row, SKIP)
    assert not dialog.ok_button.isEnabled()
    dialog.set_choice(1, UPDATE)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.decided) as blocker:
        dialog.ok_button.click()
    assert blocker.args[0] == dialog.accepted_decisions
    assert blocker.args[0][(5, "县人民医院")] == RowDecision("skip")


def test_without_create_a_new_name_maps_to_its_suggestion(qtbot):
    rows = [r for r in preview_rows() if r.match == "new"]
    dlg = ImportPreviewDialog(SimpleNamespace(rows=rows), COLUMNS, UNITS, allow_create=False)
    qtbot.addWidget(dlg)
    assert dlg.model.choices == [map_choice(3), SKIP]
    assert CREATE not in dict(dlg.model.options(0))
    assert dlg.notes.isHidden()
    assert dlg.summary.text().startswith("共2行：更新1，新建0，跳过1，错误0")


def test_rows_that_are_not_units_are_imported_or_skipped(qtbot):
    """A schedule line (如皋: 时间, 采血点, 参与单位) is no unit: never offered 新建 or 对应到."""
    rows = [
        ImportRow(4, "县医院、城关镇", {}, None, "drive", "县医院、城关镇"),
        ImportRow(5, "城关镇", {}, 1, "name", "城关镇"),
        ImportRow(6, "某行", {}, None, "something-new"),
    ]
    dlg = ImportPreviewDialog(SimpleNamespace(rows=rows), [], UNITS)
    qtbot.addWidget(dlg)
    model = dlg.model
    assert model.index(0, model.STATUS).data() == "采血排期"
    assert model.index(2, model.STATUS).data() == "可导入"
    assert dict(model.options(0)) == {UPDATE: "导入", SKIP: "跳过"}
    assert dlg.summary.text().startswith("共3行：更新1，新建0，导入2，跳过0，错误0")
    dlg.set_choice(2, SKIP)
    assert dlg.decisions() == {(6, "某行"): RowDecision("skip")}

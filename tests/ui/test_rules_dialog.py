"""规则 dialog driven like an administrator: the list with what is in force, a copy edited, an
invalid field named, saved as a draft, 启用 (否 the default), and 取消 asking about unsaved edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from qthelpers import answer_next_box, wait_idle

from app.lookup.rule_editing import rule_set_overview
from app.lookup.rulesets import rule_set_data
from ui.dialogs import ask
from ui.pages.lookup.page import LookupPage
from ui.pages.lookup.rules_dialog import RulesDialog


@pytest.fixture(autouse=True)
def errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr("ui.errors.show_error", lambda parent, exc: shown.append(str(exc)))
    return shown


def open_dialog(qtbot, ctx) -> RulesDialog:
    dialog = RulesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot)
    return dialog


def row_of(dialog: RulesDialog, region: str, version: str = "1") -> int:
    return next(
        i
        for i, e in enumerate(dialog.overview.entries)
        if e.info.region == region and e.info.version == version
    )


def open_copy(qtbot, dialog: RulesDialog, region: str):
    dialog.table.selectRow(row_of(dialog, region))
    dialog.copy_btn.click()
    wait_idle(qtbot)
    editor = dialog.editor
    assert editor is not None and editor.isVisible()
    return editor


def test_list_marks_in_force_office_region_and_unverified(qtbot, ctx) -> None:
    dialog = open_dialog(qtbot, ctx)
    table = dialog.table
    shaanxi = row_of(dialog, "陕西")
    assert table.item(shaanxi, 0).text() == "陕西（本办）"
    assert table.item(shaanxi, 2).text() == "在用"
    assert "第十四条" in table.item(shaanxi, 5).text()
    jiangsu = row_of(dialog, "江苏")
    assert table.item(jiangsu, 3).text() == "未核实"
    assert table.currentRow() == shaanxi  # the office's rule set is selected first
    assert not dialog.activate_btn.isEnabled()  # already in force


def test_edit_invalid_then_save_as_draft_then_activate(qtbot, ctx, monkeypatch) -> None:
    dialog = open_dialog(qtbot, ctx)
    editor = open_copy(qtbot, dialog, "陕西")
    assert editor.form.bands.rowCount() == 2
    assert editor.form.bands.item(0, 1).text() == "3m×1；5y×3；终身×1"
    assert editor.form.bands.item(1, 1).text() == "不限"
    assert editor.form.relations["配偶"].isChecked() and not editor.form.relations["兄弟姐妹"].isChecked()

    editor.form.bands.item(0, 2).setText("5年×2")  # not a period the form reads
    editor.form.bands.item(1, 0).setText("一千")
    editor.effective_from.setText("2026-02-30")
    editor.save_btn.click()
    text = editor.problems.text()
    assert editor.problems.isVisible() and "未保存" in text
    assert "第1档·亲属：期限“5年”应写作 3m（3个月）" in text
    assert "第2档·累计献血量下限（毫升）：应为整数，实为 “一千”" in text
    assert "生效日期：应为日期" in text and "修改原因：不能为空" in text
    assert len(rule_set_overview(ctx.db).entries) == 5  # nothing written

    editor.form.bands.item(0, 2).setText("5y×2")
    editor.form.bands.item(1, 0).setText("1000")
    editor.effective_from.setText("2005-01-01")
    editor.form.relations["兄弟姐妹"].setChecked(True)
    editor.note.setText("亲属2倍，兄弟姐妹纳入")
    asked: list[str] = []
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text, **k: asked.append(text) or False)
    editor.save_btn.click()
    wait_idle(qtbot)
    assert not editor.isVisible() and editor.saved is not None and editor.saved.version == "2"
    assert asked and "现在启用吗" in asked[0]  # 否: stays a draft
    saved = rule_set_data(ctx.db, editor.saved.id)
    assert saved["params"]["bands"][0]["relatives"] == {"windows": [{"until": "5y", "multiplier": 2}]}
    assert "兄弟姐妹" in saved["params"]["relations"] and saved["note"] == "亲属2倍，兄弟姐妹纳入"
    assert saved["params"]["legacy"]["before"] == "2005-01-01"  # untouched parts kept
    wait_idle(qtbot)
    draft = row_of(dialog, "陕西", "2")
    assert dialog.table.item(draft, 2).text() == "草稿（未启用）"
    assert dialog.table.item(draft, 6).text() == "第1版"
    assert dialog.table.currentRow() == draft and dialog.activate_btn.isEnabled()

    monkeypatch.setattr(ask, "confirm", lambda *a, **k: True)
    dialog.activate_btn.click()
    wait_idle(qtbot)
    assert dialog.table.item(row_of(dialog, "陕西", "2"), 2).text() == "在用"
    assert dialog.table.item(row_of(dialog, "陕西"), 2).text() == "旧版本"
    assert dialog.changed


def test_cancel_with_edits_asks_and_no_keeps_the_form(qtbot, ctx) -> None:
    dialog = open_dialog(qtbot, ctx)
    editor = open_copy(qtbot, dialog, "湖南")
    editor.reject()  # nothing edited: closes without a question
    assert not editor.isVisible()

    editor = open_copy(qtbot, dialog, "湖南")
    editor.form.ml_per_dose.setValue(250)
    seen: list = []
    answer_next_box(key=Qt.Key.Key_Return, seen=seen)  # Enter answers the default: 否
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible()
    assert seen and "未保存的修改" in seen[0][0] and seen[0][1] == "ask_no"
    answer_next_box("ask_yes")
    editor.cancel_btn.click()
    assert not editor.isVisible() and editor.saved is None
    assert len(rule_set_overview(ctx.db).entries) == 5


def test_reachable_from_the_lookup_page(qtbot, ctx) -> None:
    page = LookupPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_idle(qtbot)
    page.rules_btn.click()
    wait_idle(qtbot)
    assert page.rules_dialog is not None and page.rules_dialog.isVisible()
    dialog = page.rules_dialog
    assert dialog.table.rowCount() == 5
    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter on a version: 复制为新版本
    wait_idle(qtbot)
    assert dialog.editor is not None and dialog.editor.isVisible()
    assert "陕西 第1版" in dialog.editor.windowTitle()  # the office's version was selected
    QTest.keyClick(dialog.editor, Qt.Key.Key_Escape)  # nothing edited: no question
    assert not dialog.editor.isVisible()
    page.rules_dialog.close_btn.click()
    assert not page.rules_dialog.isVisible()

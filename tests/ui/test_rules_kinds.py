"""规则 dialog for the award and eligibility kinds, driven like an administrator: pick the kind, see
the versions, open one read-only, copy it, a bad value named as a place and nothing saved, saved
as a draft, 启用 (否 the default), and the service answer and the command line by the new version."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from clihelpers import run
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget
from qthelpers import answer_next_box, wait_idle
from sqlalchemy import insert

from app.donations.eligibility import check_eligibility
from app.lookup.award_list import award_candidates
from app.lookup.rule_editing import rule_set_overview
from app.lookup.rulesets import rule_set_data
from db.models import Donation, Donor
from ui.pages.lookup.awards import AwardsPanel
from ui.pages.lookup.rules_dialog import RulesDialog

D = dt.date


@pytest.fixture(autouse=True)
def errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr("ui.errors.show_error", lambda parent, exc: shown.append(str(exc)))
    return shown


def open_kind(qtbot, ctx, kind: str) -> RulesDialog:
    dialog = RulesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    wait_idle(qtbot)
    assert dialog.overview is not None and dialog.overview.kind == kind
    return dialog


def add_donor(db, name: str, id_number: str, birth: D, donations: list[tuple[D, int]]) -> int:
    with db.session() as s:
        donor = s.execute(
            insert(Donor).values(name=name, id_number=id_number, py_initials="", sex="男", birth_date=birth)
        ).inserted_primary_key[0]
        s.execute(
            insert(Donation),
            [
                {"donor_id": donor, "donated_on": day, "kind": "whole", "volume_ml": ml}
                for day, ml in donations
            ],
        )
    return donor


def save_answering_no(qtbot, editor) -> list:
    seen: list = []
    answer_next_box(key=Qt.Key.Key_Return, seen=seen)  # Enter answers the default: 否, a draft
    editor.save_btn.click()
    wait_idle(qtbot)
    return seen


def activate(qtbot, dialog: RulesDialog) -> None:
    assert dialog.activate_btn.isEnabled()
    answer_next_box("ask_yes")
    dialog.activate_btn.click()
    wait_idle(qtbot)


def test_award_kind_list_view_copy_refuse_save_activate(qtbot, ctx, db_path, tmp_path) -> None:
    # 11 donations of 400 ml = 22 counts: 铜奖 by the shipped rules (20/30/40), 银奖 once 银奖 is 20
    add_donor(
        ctx.db,
        "赵强",
        "610102198001011235",
        D(1980, 1, 1),
        [(D(2015 + i // 2, 1 + 6 * (i % 2), 1), 400) for i in range(11)],
    )
    assert [c.tier for c in award_candidates(ctx.db, D(2024, 12, 31)).donors] == ["铜奖"]
    dialog = open_kind(qtbot, ctx, "award")
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "全国（本办）" and dialog.table.item(0, 2).text() == "在用"
    assert "表彰奖励办法" in dialog.table.item(0, 5).text() and "表彰名单" in dialog.intro.text()
    assert not dialog.activate_btn.isEnabled()

    dialog.view_btn.click()  # 查看: read-only, nothing to save, Esc closes without a question
    wait_idle(qtbot)
    viewer = dialog.editor
    assert viewer.isVisible() and viewer.read_only and not viewer.save_btn.isVisible()
    assert viewer.form.tiers.rowCount() == 3 and viewer.form.tiers.item(1, 0).text() == "银奖"
    assert viewer.name.isReadOnly() and not viewer.form.repeat_lower.isEnabled()
    viewer.grab().save(str(tmp_path / "award_view.png"))
    QTest.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()

    dialog.copy_btn.click()
    wait_idle(qtbot)
    editor = dialog.editor
    assert not editor.read_only and "全国 第1版" in editor.windowTitle()
    editor.tabs.setCurrentIndex(1)
    editor.form.tiers.item(1, 1).setText("十")
    editor.note.setText("省表彰办法：铜奖10次、银奖20次")
    editor.save_btn.click()
    assert "第2档·达到次数：应为整数，实为 “十”" in editor.problems.text()
    assert len(rule_set_overview(ctx.db, "award").entries) == 1  # nothing written
    editor.form.tiers.item(0, 1).setText("10")
    editor.form.tiers.item(1, 1).setText("20")
    editor.grab().save(str(tmp_path / "award_editor.png"))
    seen = save_answering_no(qtbot, editor)
    assert seen and "现在启用吗" in seen[0][0] and "表彰名单" in seen[0][0] and seen[0][1] == "ask_no"
    assert editor.saved is not None and editor.saved.version == "2"
    saved = rule_set_data(ctx.db, editor.saved.id)
    assert [t["min_count"] for t in saved["params"]["tiers"]] == [10, 20, 40]
    assert saved["params"]["lifetime_tier"] == "终身荣誉奖"  # untouched parts kept
    assert award_candidates(ctx.db, D(2024, 12, 31)).rules.version == "1"  # a draft waits
    draft_row = next(i for i, e in enumerate(dialog.overview.entries) if e.info.version == "2")
    assert (
        dialog.table.item(draft_row, 2).text() == "草稿（未启用）" and dialog.table.currentRow() == draft_row
    )

    activate(qtbot, dialog)
    assert dialog.table.item(draft_row, 2).text() == "在用"
    result = award_candidates(ctx.db, D(2024, 12, 31))
    assert (result.rules.version, result.rules.rule_set_id) == ("2", editor.saved.id)
    assert [(c.name, c.tier) for c in result.donors] == [("赵强", "银奖")]  # 22 counts ≥ the new 20
    panel = AwardsPanel(ctx)  # the 奉献奖 tab answers by the new version too
    qtbot.addWidget(panel)
    panel.until.setDate(QDate(2024, 12, 31))
    panel.find_btn.click()
    wait_idle(qtbot)
    assert "第2版" in panel.summary.text() and panel.table.model().rowCount() == 1
    code, out, err = run("--db", str(db_path), "awards", "--until", "2024-12-31", "--json")
    assert code == 0, err
    out = json.loads(out)
    assert out["rules"]["version"] == "2" and [d["tier"] for d in out["donors"]] == ["银奖"]
    code, listed, err = run("--db", str(db_path), "rules", "list", "--kind", "award", "--json")
    in_force = [r["version"] for r in json.loads(listed)["rule_sets"] if r["in_force"]]
    assert in_force == ["2"]


def test_eligibility_kind_copy_refuse_save_activate(qtbot, ctx, db_path, tmp_path) -> None:
    donor = add_donor(ctx.db, "钱伟", "610102199001011234", D(1990, 1, 1), [(D(2024, 1, 10), 400)])
    on = D(2024, 7, 20)
    assert check_eligibility(ctx.db, donor, on, kind="whole").may_donate("whole")
    dialog = open_kind(qtbot, ctx, "eligibility")
    assert dialog.table.rowCount() == 1 and "GB 18467-2011" in dialog.table.item(0, 5).text()
    QTest.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter on a version: 复制为新版本
    wait_idle(qtbot)
    editor = dialog.editor
    form = editor.form
    assert (form.age_min.value(), form.age_max.value(), form.repeat_max.value()) == (18, 55, 60)
    assert form.whole_ml.text() == "200、300、400" and form.intervals.rowCount() == 4
    assert [form.intervals.item(0, c).text() for c in range(4)] == ["全血", "全血", "6", ""]
    assert form.intervals.item(2, 3).text() == "28" and form.platelets_per_year.text() == "24"

    editor.tabs.setCurrentIndex(2)
    form.intervals.item(0, 2).setText("七")
    form.whole_ml.setText("200、四百")
    editor.note.setText("全血间隔7个月")
    editor.save_btn.click()
    text = editor.problems.text()
    assert "第1条间隔·月数：应为整数，实为 “七”" in text
    assert "全血第2种献血量·献血量（毫升）：应为整数" in text
    assert len(rule_set_overview(ctx.db, "eligibility").entries) == 1  # nothing written
    form.intervals.item(0, 2).setText("7")
    form.intervals.item(0, 4).setText("某省规定：全血献血间隔不少于7个月")
    form.whole_ml.setText("200、300、400")
    editor.grab().save(str(tmp_path / "eligibility_editor.png"))
    save_answering_no(qtbot, editor)
    assert editor.saved is not None and editor.saved.version == "2"
    assert check_eligibility(ctx.db, donor, on, kind="whole").rules.version == "1"  # a draft waits

    activate(qtbot, dialog)
    answer = check_eligibility(ctx.db, donor, on, kind="whole")
    assert (answer.rules.version, answer.rules.rule_set_id) == ("2", editor.saved.id)
    assert "不足7个月" in answer.warnings[0].message and "不少于7个月" in answer.warnings[0].citation
    code, out, err = run(
        "--db", str(db_path), "eligible", "钱伟", "--on", "2024-07-20", "--kind", "whole", "--json"
    )
    assert code == 0, err
    out = json.loads(out)
    assert out["rules"]["version"] == "2" and out["whole_blood_from"] == "2024-08-10"


@pytest.mark.parametrize("kind", ["reimbursement", "award", "eligibility"])
def test_keyboard_tab_order_access_keys_and_unsaved_question(qtbot, ctx, kind) -> None:
    dialog = open_kind(qtbot, ctx, kind)
    assert dialog.kind.findData("award") >= 0
    for button in (dialog.view_btn, dialog.copy_btn, dialog.activate_btn, dialog.close_btn):
        assert "&" in button.text() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    dialog.copy_btn.click()
    wait_idle(qtbot)
    editor = dialog.editor
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    for index in range(editor.tabs.count()):  # every control of every tab is reached with Tab
        editor.tabs.setCurrentIndex(index)
        page = editor.tabs.widget(index)
        wanted = {
            w
            for w in page.findChildren(QWidget)
            if w.isVisibleTo(editor)
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(w.parentWidget(), QAbstractSpinBox)  # its box takes the focus
        }
        wanted |= {editor.note, editor.save_btn, editor.cancel_btn}
        editor.tabs.tabBar().setFocus()
        reached = set()
        for _ in range(80):
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            reached.add(QApplication.focusWidget())
        missing = {w.objectName() or type(w).__name__ for w in wanted - reached}
        assert not missing, (index, missing)
    editor.name.setText(editor.name.text() + "（修订）")
    seen: list = []
    answer_next_box(key=Qt.Key.Key_Return, seen=seen)  # 否 by default: the form stays open
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible() and seen and "未保存的修改" in seen[0][0] and seen[0][1] == "ask_no"
    answer_next_box("ask_yes")
    editor.cancel_btn.click()
    assert not editor.isVisible() and editor.saved is None
    assert (
        dialog.width() <= 1366
        and dialog.height() <= 768
        and editor.width() <= 1366
        and editor.height() <= 768
    )

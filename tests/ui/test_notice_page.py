"""The 公文 page driven like a clerk would: new draft from the template, edit, save, reopen, generate.

Dialogs are monkeypatched (never a real exec); Chinese text goes in with setText, never keyClicks.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from qthelpers import answer_next_box, wait_idle

from app import notices
from app.admin import demo
from app.gongwen.render import libreoffice_available
from app.notices import actions as notice_actions
from app.office.settings import load_office, save_office
from app.plans import plans, quotas
from app.plans import records as plan_records
from ui import desktop
from ui.dialogs import ask, exported
from ui.pages.notices import page as notice_page
from ui.pages.notices.page import NoticePage

REAL_EXEC = QMessageBox.exec
NEW_TITLE = "平利县人民政府办公室关于下达2017年无偿献血募集指标的通知"


@pytest.fixture
def dialogs(monkeypatch):
    """Every question answers yes and is recorded, exports are recorded; an unexpected warning or
    message box fails the test instead of waiting for a click."""
    seen: dict[str, list[str]] = {"question": [], "information": [], "warning": [], "exported": [], "box": []}

    def record(kind, answer=QMessageBox.StandardButton.Yes):
        def box(_parent, title, text, *args, **kwargs):
            seen[kind].append(f"{title}：{text}")
            return answer

        return box

    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr(ask, "confirm", record("question", True))
    monkeypatch.setattr(
        exported, "show_exported", lambda _p, title, text, path: seen["exported"].append(path)
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen["box"].append(box.text()) or 0)
    yield seen
    assert seen["warning"] == [] and seen["box"] == []


@pytest.fixture
def page(qtbot, ctx, dialogs):
    demo.load_demo(ctx.db)
    ctx.settings.working_year = 2017
    widget = NoticePage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    wait_idle(qtbot)
    return widget


def _new(qtbot, page: NoticePage, kind: str = "quota") -> None:
    action = page.findChild(QAction, f"new_{kind}")
    assert action is not None
    action.trigger()
    wait_idle(qtbot)


def test_create_edit_save_reopen_and_save_as(qtbot, ctx, page, monkeypatch, tmp_path):
    _new(qtbot, page)
    assert page.drafts.list.count() == 1
    assert (
        page.form.doc_prefix.text() == "平政办发"
        and page.form.doc_seq.value() == 64
        and page.form.doc_year.value() == 2017
    )
    assert page.form.attachments.item(0, 0).text() == "2017年各镇、各单位无偿献血募集指标"
    assert page.form.attachments.item(0, 1).text() == "13"
    assert page.form.body.toPlainText().splitlines()[1] == "一、统一思想，提高认识"

    page.form.title.setText(NEW_TITLE)
    assert page.form.dirty
    page.save_button.click()
    wait_idle(qtbot)
    assert not page.form.dirty
    assert [d.title for d in notices.list_drafts(ctx.db, 2017)] == [NEW_TITLE]

    again = NoticePage(ctx)  # the page as it opens next time
    qtbot.addWidget(again)
    wait_idle(qtbot)
    assert again.form.title.text() == ""
    again.drafts.list.setCurrentRow(0)
    wait_idle(qtbot)
    assert again.form.title.text() == NEW_TITLE
    assert again.form.date.text() == page.form.date.text()

    target = tmp_path / "out" / "平利指标"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    again.save_as_button.click()
    wait_idle(qtbot)
    out = target.with_name("平利指标.docx")
    assert out.is_file() and target.with_name("平利指标.xlsx").is_file()
    text = "".join(p.text.replace("\n", "") for p in docx.Document(str(out)).paragraphs)
    assert NEW_TITLE in text  # the writer breaks long titles into lines
    assert "平利指标.docx" in again.status.text()


def test_generate_without_libreoffice_offers_to_open(qtbot, page, monkeypatch):
    monkeypatch.setattr(notice_actions, "libreoffice_available", lambda: False)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    _new(qtbot, page)
    page.generate_button.click()
    wait_idle(qtbot)
    preview = page.preview
    assert "未安装 LibreOffice" in preview.message.text()
    assert not preview.open_button.isHidden()
    preview.open_button.click()
    wait_idle(qtbot)
    assert len(opened) == 1 and Path(opened[0]).is_file() and opened[0].endswith(".docx")
    page.open_button.click()
    wait_idle(qtbot)
    assert len(opened) == 2


def test_bad_number_is_shown_inline_and_nothing_is_generated(qtbot, page, monkeypatch):
    called: list[object] = []
    monkeypatch.setattr(notice_page, "make_preview", lambda *a: called.append(a))
    _new(qtbot, page)
    error = page.form.errors["doc_number"]
    assert error.isHidden()
    page.form.doc_seq.setValue(0)
    page.form.addressees.setText("各镇人民政府")
    qtbot.waitUntil(lambda: not error.isHidden())
    assert "从1开始" in error.text()
    assert "全角冒号" in page.form.errors["addressees"].text()
    page.generate_button.click()
    wait_idle(qtbot)
    assert called == [] and "未生成" in page.status.text()


def test_use_next_number_reserves_it_and_saves(qtbot, ctx, page, dialogs):
    office = load_office(ctx.db)
    expected, office.next_number = office.next_number, 5
    save_office(ctx.db, office, expected_next_number=expected)
    _new(qtbot, page, "plan")
    page.form.title.setText(NEW_TITLE)
    page.form.next_number.click()
    wait_idle(qtbot)
    assert page.form.doc_seq.value() == 5 and not page.form.dirty
    assert load_office(ctx.db).next_number == 6
    (saved,) = notices.list_drafts(ctx.db, 2017)
    assert saved.doc_number.endswith("〕5号") and saved.title == NEW_TITLE
    assert any("发文序号" in q for q in dialogs["question"])


def test_refresh_data_takes_new_quotas(qtbot, ctx, page):
    _new(qtbot, page)
    plan_id = page.form.draft.plan_id
    quota = next(q for q in quotas.plan_quotas(ctx.db, plan_id) if q.unit_name == "县医院")
    quotas.set_quota(ctx.db, plan_id, quota.unit_id, 95)
    page.form.refresh_data.click()
    wait_idle(qtbot)
    assert page.form.dirty and "13行" in page.status.text()
    page.save_button.click()
    wait_idle(qtbot)
    stored = notices.load_draft(ctx.db, page.form.draft.id)
    assert stored.attachments[0].rows[0] == ["县医院", "", "95"]
    assert stored.attachments[0].total_row == ["合计", "193600", "2315"]


def _two_drafts_one_edited(qtbot, page, monkeypatch) -> int:
    """A quota and a plan draft, the plan draft open with an unsaved title; the real question box
    answers from here on. Returns the list row of the other draft."""
    monkeypatch.setattr(QMessageBox, "exec", REAL_EXEC)
    _new(qtbot, page, "quota")
    _new(qtbot, page, "plan")
    assert page.drafts.list.count() == 2
    plan_title = page.form.title.text()
    page.form.title.setText("改了一半的标题")
    assert page.form.dirty
    return next(r for r in range(2) if page.drafts.list.item(r).text().split("\n")[0] != plan_title)


def test_leaving_an_edited_draft_asks_and_esc_cancels(qtbot, ctx, page, monkeypatch):
    other = _two_drafts_one_edited(qtbot, page, monkeypatch)
    seen: list[tuple[str, str]] = []
    answer_next_box(key=Qt.Key.Key_Escape, seen=seen)
    page.drafts.list.setCurrentRow(other)
    wait_idle(qtbot)
    assert "改了一半的标题" in seen[0][0] and seen[0][1] == "ask_save", "保存 is the default, as in Word"
    assert page.form.title.text() == "改了一半的标题" and page.form.dirty
    assert page.drafts.list.currentRow() != other


def test_leaving_an_edited_draft_without_saving_drops_the_edit(qtbot, ctx, page, monkeypatch):
    other = _two_drafts_one_edited(qtbot, page, monkeypatch)
    answer_next_box("ask_discard")
    page.drafts.list.setCurrentRow(other)
    wait_idle(qtbot)
    assert page.form.title.text() == page.drafts.list.item(other).text().split("\n")[0]
    assert "改了一半的标题" not in [d.title for d in notices.list_drafts(ctx.db, 2017)]


def test_leaving_an_edited_draft_with_save_keeps_the_edit(qtbot, ctx, page, monkeypatch):
    other = _two_drafts_one_edited(qtbot, page, monkeypatch)
    answer_next_box("ask_save")
    page.drafts.list.setCurrentRow(other)
    wait_idle(qtbot)
    assert "改了一半的标题" in [d.title for d in notices.list_drafts(ctx.db, 2017)]
    assert page.form.title.text() != "改了一半的标题" and not page.form.dirty, "then the other draft opened"


def test_print_hands_the_generated_notice_to_the_print_verb(qtbot, page, monkeypatch):
    printed: list[Path] = []
    monkeypatch.setattr(desktop, "print_file", lambda path: printed.append(path) or True)
    _new(qtbot, page)
    page.print_button.click()
    wait_idle(qtbot)
    assert len(printed) == 1 and printed[0].suffix == ".docx" and printed[0].is_file()
    assert "已交给 WPS/Word 打印" in page.status.text()


def test_print_elsewhere_opens_the_notice_and_says_so(qtbot, page, monkeypatch):
    monkeypatch.setattr(desktop.sys, "platform", "linux")
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    _new(qtbot, page)
    page.print_button.click()
    wait_idle(qtbot)
    assert len(opened) == 1 and opened[0].endswith(".docx")
    assert "请在其中打印" in page.status.text()


def test_delete_draft(qtbot, ctx, page, dialogs):
    _new(qtbot, page)
    page.drafts.delete_button.click()
    wait_idle(qtbot)
    assert page.drafts.list.count() == 0 and notices.list_drafts(ctx.db, 2017) == []
    assert not page.save_button.isEnabled()


def test_a_year_without_a_plan_says_so(qtbot, ctx, page, dialogs):
    ctx.set_year(2016)
    wait_idle(qtbot)
    _new(qtbot, page)
    assert dialogs["information"] and "2016年没有献血计划" in dialogs["information"][0]
    assert page.drafts.list.count() == 0


def test_several_plans_ask_which_one(qtbot, ctx, page, monkeypatch):
    plans.create_plan(ctx.db, plan_records.PlanInput(name="补充计划", year=2017))
    asked: list[list[str]] = []

    def choose(_parent, _title, _label, items, *args):
        asked.append(items)
        return next(i for i in items if i.startswith("2017年全民")), True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    _new(qtbot, page)
    assert len(asked[0]) == 2
    assert page.form.attachments.item(0, 1).text() == "13"


@pytest.mark.render
def test_generate_and_preview_renders_the_pages(qtbot, page):
    if not (libreoffice_available() and shutil.which("pdftoppm")):
        if os.environ.get("CI"):
            pytest.fail("render tests need LibreOffice and pdftoppm in CI")
        pytest.skip("render tests need LibreOffice and pdftoppm")
    page.prepare_screenshot()
    wait_idle(qtbot)
    assert page.drafts.list.count() == 1
    assert page.preview.page_count() >= 2
    assert page.preview.message.isHidden()


def _answer_report_date(day: dt.date | None, seen: list) -> None:
    """Answer the 新建通报 date dialog once it is up (it runs its own event loop): record its
    default, range and focus in *seen*, then set *day* and press Enter, or press Esc for None."""
    from PySide6.QtCore import QDate, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDateEdit

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "report_date_dialog" or not dialog.isVisible():
            QTimer.singleShot(10, act)
            return
        field = dialog.findChild(QDateEdit, "report_until")
        seen.append((field.date().toPython(), field.minimumDate().toPython(), field.maximumDate().toPython()))
        focus = dialog.focusWidget()
        seen.append(focus is field or field.isAncestorOf(focus))
        if day is None:
            QTest.keyClick(dialog, Qt.Key.Key_Escape)
            return
        field.setDate(QDate(day))
        QTest.keyClick(field, Qt.Key.Key_Return)

    QTimer.singleShot(0, act)


def test_a_report_counts_to_the_day_picked(qtbot, ctx, page):
    seen: list = []
    _answer_report_date(dt.date(2017, 6, 30), seen)
    _new(qtbot, page, "report")
    # default: today clamped to the 2017 plan's period; the field has the focus
    assert seen[0] == (dt.date(2017, 12, 31), dt.date(2017, 1, 1), dt.date(2017, 12, 31))
    assert seen[1] is True
    assert page.drafts.list.count() == 1
    assert "截至6月30日" in page.form.body.toPlainText()
    [draft] = notices.list_drafts(ctx.db, 2017)
    stored = notices.load_draft(ctx.db, draft.id)
    assert [t.source for t in stored.attachments] == ["progress:2017-06-30"]


def test_cancelling_the_report_date_makes_no_draft(qtbot, ctx, page):
    seen: list = []
    _answer_report_date(None, seen)
    _new(qtbot, page, "report")
    assert seen and page.drafts.list.count() == 0
    assert notices.list_drafts(ctx.db, 2017) == []

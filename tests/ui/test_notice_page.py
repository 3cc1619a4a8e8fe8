"""The 公文 page driven like a clerk would: new draft from the template, edit, save, reopen, generate.

Dialogs are monkeypatched (never a real exec); Chinese text goes in with setText, never keyClicks.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import docx
import pytest
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from qthelpers import wait_idle

from app import notices
from app.admin import demo
from app.gongwen.render import libreoffice_available
from app.notices import actions as notice_actions
from app.office.settings import load_office, save_office
from app.plans import plans, quotas
from app.plans import records as plan_records
from ui.pages.notices import page as notice_page
from ui.pages.notices.page import NoticePage

NEW_TITLE = "平利县人民政府办公室关于下达2017年无偿献血募集指标的通知"


@pytest.fixture
def dialogs(monkeypatch):
    """Every message box answers Yes and is recorded; an unexpected warning fails the test."""
    seen: dict[str, list[str]] = {"question": [], "information": [], "warning": []}

    def record(kind):
        def box(_parent, title, text, *args, **kwargs):
            seen[kind].append(f"{title}：{text}")
            return QMessageBox.StandardButton.Yes

        return box

    for kind in seen:
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    yield seen
    assert seen["warning"] == []


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
    v = page.view
    assert v.drafts.count() == 1
    assert v.doc_prefix.text() == "平政办发" and v.doc_seq.value() == 64 and v.doc_year.value() == 2017
    assert v.attachments.item(0, 0).text() == "2017年各镇、各单位无偿献血募集指标"
    assert v.attachments.item(0, 1).text() == "13"
    assert v.body.toPlainText().splitlines()[1] == "一、统一思想，提高认识"

    v.title.setText(NEW_TITLE)
    assert page._dirty
    v.save_button.click()
    wait_idle(qtbot)
    assert not page._dirty
    assert [d.title for d in notices.list_drafts(ctx.db, 2017)] == [NEW_TITLE]

    again = NoticePage(ctx)  # the page as it opens next time
    qtbot.addWidget(again)
    wait_idle(qtbot)
    assert again.view.title.text() == ""
    again.view.drafts.setCurrentRow(0)
    wait_idle(qtbot)
    assert again.view.title.text() == NEW_TITLE
    assert again.view.date.text() == page.view.date.text()

    target = tmp_path / "out" / "平利指标"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    again.view.save_as_button.click()
    wait_idle(qtbot)
    out = target.with_name("平利指标.docx")
    assert out.is_file() and target.with_name("平利指标.xlsx").is_file()
    text = "".join(p.text.replace("\n", "") for p in docx.Document(str(out)).paragraphs)
    assert NEW_TITLE in text  # the writer breaks long titles into lines
    assert "平利指标.docx" in again.view.status.text()


def test_generate_without_libreoffice_offers_to_open(qtbot, page, monkeypatch):
    monkeypatch.setattr(notice_actions, "libreoffice_available", lambda: False)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    _new(qtbot, page)
    page.view.generate_button.click()
    wait_idle(qtbot)
    preview = page.view.preview
    assert "未安装 LibreOffice" in preview.message.text()
    assert not preview.open_button.isHidden()
    preview.open_button.click()
    wait_idle(qtbot)
    assert len(opened) == 1 and Path(opened[0]).is_file() and opened[0].endswith(".docx")
    page.view.open_button.click()
    wait_idle(qtbot)
    assert len(opened) == 2


def test_bad_number_is_shown_inline_and_nothing_is_generated(qtbot, page, monkeypatch):
    called: list[object] = []
    monkeypatch.setattr(notice_page, "make_preview", lambda *a: called.append(a))
    _new(qtbot, page)
    error = page.view.errors["doc_number"]
    assert error.isHidden()
    page.view.doc_seq.setValue(0)
    page.view.addressees.setText("各镇人民政府")
    qtbot.waitUntil(lambda: not error.isHidden())
    assert "从1开始" in error.text()
    assert "全角冒号" in page.view.errors["addressees"].text()
    page.view.generate_button.click()
    wait_idle(qtbot)
    assert called == [] and "未生成" in page.view.status.text()


def test_use_next_number_reserves_it_and_saves(qtbot, ctx, page, dialogs):
    office = load_office(ctx.db)
    expected, office.next_number = office.next_number, 5
    save_office(ctx.db, office, expected_next_number=expected)
    _new(qtbot, page, "plan")
    page.view.title.setText(NEW_TITLE)
    page.view.next_number.click()
    wait_idle(qtbot)
    assert page.view.doc_seq.value() == 5 and not page._dirty
    assert load_office(ctx.db).next_number == 6
    (saved,) = notices.list_drafts(ctx.db, 2017)
    assert saved.doc_number.endswith("〕5号") and saved.title == NEW_TITLE
    assert any("发文序号" in q for q in dialogs["question"])


def test_refresh_data_takes_new_quotas(qtbot, ctx, page):
    _new(qtbot, page)
    plan_id = page._draft.plan_id
    quota = next(q for q in quotas.plan_quotas(ctx.db, plan_id) if q.unit_name == "县医院")
    quotas.set_quota(ctx.db, plan_id, quota.unit_id, 95)
    page.view.refresh_data.click()
    wait_idle(qtbot)
    assert page._dirty and "13行" in page.view.status.text()
    page.view.save_button.click()
    wait_idle(qtbot)
    stored = notices.load_draft(ctx.db, page._draft.id)
    assert stored.attachments[0].rows[0] == ["县医院", "", "95"]
    assert stored.attachments[0].total_row == ["合计", "193600", "2315"]


def test_unsaved_edits_are_not_dropped_silently(qtbot, ctx, page, monkeypatch):
    _new(qtbot, page, "quota")
    _new(qtbot, page, "plan")
    assert page.view.drafts.count() == 2
    plan_title = page.view.title.text()
    page.view.title.setText("改了一半的标题")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    other = next(r for r in range(2) if page.view.drafts.item(r).text().split("\n")[0] != plan_title)
    page.view.drafts.setCurrentRow(other)
    wait_idle(qtbot)
    assert page.view.title.text() == "改了一半的标题"
    assert page.view.drafts.currentRow() != other


def test_delete_draft(qtbot, ctx, page, dialogs):
    _new(qtbot, page)
    page.view.delete_button.click()
    wait_idle(qtbot)
    assert page.view.drafts.count() == 0 and notices.list_drafts(ctx.db, 2017) == []
    assert not page.view.save_button.isEnabled()


def test_a_year_without_a_plan_says_so(qtbot, ctx, page, dialogs):
    ctx.set_year(2016)
    wait_idle(qtbot)
    _new(qtbot, page)
    assert dialogs["information"] and "2016年没有献血计划" in dialogs["information"][0]
    assert page.view.drafts.count() == 0


def test_several_plans_ask_which_one(qtbot, ctx, page, monkeypatch):
    plans.create_plan(ctx.db, plan_records.PlanInput(name="补充计划", year=2017))
    asked: list[list[str]] = []

    def choose(_parent, _title, _label, items, *args):
        asked.append(items)
        return next(i for i in items if i.startswith("2017年全民")), True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    _new(qtbot, page)
    assert len(asked[0]) == 2
    assert page.view.attachments.item(0, 1).text() == "13"


@pytest.mark.render
def test_generate_and_preview_renders_the_pages(qtbot, page):
    if not (libreoffice_available() and shutil.which("pdftoppm")):
        if os.environ.get("CI"):
            pytest.fail("render tests need LibreOffice and pdftoppm in CI")
        pytest.skip("render tests need LibreOffice and pdftoppm")
    page.prepare_screenshot()
    wait_idle(qtbot)
    assert page.view.drafts.count() == 1
    assert page.view.preview.page_count() >= 2
    assert page.view.preview.message.isHidden()

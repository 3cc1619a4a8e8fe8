from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from qthelpers import wait_idle
from sqlalchemy import func, select

from app.admin import demo
from app.office import settings as office
from db.models import Quota
from ui.pages.settings.page import SettingsPage


def test_office_settings_load_and_save(qtbot, ctx):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot)
    assert page.office_edits["doc_prefix"].text() == ""  # a new database has no office
    page.office_edits["doc_prefix"].setText("寿政办秘")
    page.office_edits["next_number"].setValue(62)
    page.save_office.click()
    wait_idle(qtbot)
    stored = office.load_office(ctx.db)
    assert stored.doc_prefix == "寿政办秘" and stored.next_number == 62


def test_saving_the_form_never_reissues_a_number_taken_meanwhile(qtbot, ctx):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot)
    assert page.office_edits["next_number"].value() == 1
    assert office.reserve_number(ctx.db) == 1  # a notice issued from another window
    page.office_edits["doc_prefix"].setText("寿政办秘")
    page.save_office.click()
    wait_idle(qtbot)
    stored = office.load_office(ctx.db)
    assert stored.doc_prefix == "寿政办秘" and stored.next_number == 2
    assert page.office_edits["next_number"].value() == 2  # the form shows what is stored now


def test_backup_now_then_restore_selected(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    demo.load_demo(ctx.db)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.backup_now.click()
    wait_idle(qtbot)
    assert page.backup_table.rowCount() == 1
    with ctx.db.session() as s:
        s.query(Quota).delete()
    page.backup_table.selectRow(0)
    changed = []
    ctx.bus.database_changed.connect(lambda: changed.append(True))
    page.restore_from(page.selected_backup(), confirm=False)
    wait_idle(qtbot)
    assert changed
    with ctx.db.session() as s:
        assert s.scalar(select(func.sum(Quota.amount))) == 2300


def test_switching_to_a_new_database_file(qtbot, ctx, tmp_path):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    target = tmp_path / "other.db"
    page.switch_database(target)
    wait_idle(qtbot)
    assert ctx.db.path == target and ctx.settings.db_path == str(target)
    assert demo.is_empty(ctx.db)

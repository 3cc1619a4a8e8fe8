from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox
from qthelpers import wait_idle
from sqlalchemy import func, select

from app.admin import demo
from app.database import open_database
from app.office import settings as office
from app.roster.records import UnitInput
from app.roster.units import create_unit, list_units
from db.models import Quota
from ui.pages.settings import page as settings_page
from ui.pages.settings.page import SettingsPage
from ui.tasks import Op


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
    offered = []
    monkeypatch.setattr(settings_page, "show_exported", lambda _p, _t, _text, path: offered.append(path))
    demo.load_demo(ctx.db)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.backup_now.click()
    wait_idle(qtbot)
    assert page.backup_table.rowCount() == 1
    assert len(offered) == 1 and offered[0].is_file(), "打开所在文件夹 is offered for the backup"
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


def test_work_queued_around_a_switch_lands_in_the_file_it_was_queued_for(qtbot, ctx, tmp_path):
    """The worker uses the database current at run time: what was queued before 打开其他数据库 is
    written to the old file, what was queued after it to the new one, never to a closed engine."""
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot)
    old_path, db = ctx.db.path, ctx.db
    gate = threading.Event()
    Op(page, gate.wait).run()  # the worker is busy with something long
    Op(page, lambda: create_unit(db, 2024, UnitInput(name="旧库单位"))).run()
    page.switch_database(tmp_path / "other.db")
    Op(page, lambda: create_unit(db, 2024, UnitInput(name="新库单位"))).run()
    gate.set()
    wait_idle(qtbot)
    assert ctx.db.path == tmp_path / "other.db"
    assert [u.name for u in list_units(ctx.db, 2024)] == ["新库单位"]
    old = open_database(old_path)
    try:
        assert [u.name for u in list_units(old, 2024)] == ["旧库单位"]
    finally:
        old.close()


def test_restore_says_what_the_backup_holds_and_refuses_a_foreign_file(qtbot, ctx, monkeypatch, tmp_path):
    import sqlite3

    import ui.errors
    from ui.dialogs import ask

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(settings_page, "show_exported", lambda *a, **k: None)
    demo.load_demo(ctx.db)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.backup_now.click()
    wait_idle(qtbot)
    questions: list[str] = []

    def answer_no(_parent, _title, text, *a, **k):
        questions.append(text)
        return False

    monkeypatch.setattr(ask, "confirm", answer_no)
    page.restore_from(page_first_backup(page))
    wait_idle(qtbot)
    assert questions and "13个单位" in questions[0] and "2017年" in questions[0]
    shown: list[str] = []
    monkeypatch.setattr(ui.errors, "show_error", lambda _parent, exc: shown.append(str(exc)))
    contacts = tmp_path / "contacts.db"
    sqlite3.connect(contacts).execute("CREATE TABLE contacts (name TEXT)").connection.close()
    page.restore_from(contacts)
    wait_idle(qtbot)
    assert shown and "另一个程序" in shown[0] and len(questions) == 1
    assert not demo.is_empty(ctx.db)


def page_first_backup(page):
    page.backup_table.selectRow(0)
    return page.selected_backup()

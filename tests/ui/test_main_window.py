"""The main window as a clerk meets it: menus with access keys, the standard shortcuts doing what
the current page means by them, a window that fits a 1366×768 laptop, and unsaved drafts asked
about before the window closes. Driven with real key presses (QTest) on the offscreen platform."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLineEdit
from qthelpers import answer_next_box, wait_idle

from app.admin import demo
from app.notices import list_drafts
from app.roster.records import UnitInput
from app.roster.units import create_unit
from ui import desktop
from ui.actions import SPECS, ActionId
from ui.main_window import MainWindow
from ui.window_geometry import FRAME

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel task bar


@pytest.fixture
def laptop(monkeypatch):
    """A 1366×768 screen with a task bar, whatever the test machine's screen is."""
    monkeypatch.setattr(MainWindow, "available_geometry", lambda self: QRect(LAPTOP))
    return LAPTOP


def open_window(qtbot, ctx, page: str | None = None) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    if page is not None:
        win.show_page(page)
    wait_idle(qtbot)
    return win


def press(qtbot, win: MainWindow, keys: str) -> None:
    QTest.keySequence(QApplication.focusWidget() or win, QKeySequence(keys))
    wait_idle(qtbot)


def test_status_bar_shows_database_and_year(qtbot, ctx, laptop):
    ctx.settings.working_year = 2017
    win = open_window(qtbot, ctx)
    assert [win.nav.item(i).text() for i in range(win.nav.count())][-1] == "设置"
    assert str(ctx.db.path) in win.db_label.text()
    assert win.year_box.value() == 2017
    ctx.set_year(2020)
    assert win.year_box.value() == 2020
    win.year_box.setValue(2021)
    assert ctx.settings.working_year == 2021


def test_menu_bar_has_office_menus_with_access_keys_and_shortcuts_shown(qtbot, ctx, laptop):
    win = open_window(qtbot, ctx)
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    in_menus = {a for menu in win.menuBar().actions() for a in menu.menu().actions()}
    expected = {
        ActionId.NEW: "Ctrl+N",
        ActionId.SAVE: "Ctrl+S",
        ActionId.PRINT: "Ctrl+P",
        ActionId.FIND: "Ctrl+F",
        ActionId.REFRESH: "F5",
        ActionId.HELP: "F1",
        ActionId.OPEN_DATABASE: "Ctrl+O",
    }
    for action_id, keys in expected.items():
        action = win.registry[action_id]
        assert action in in_menus, action_id
        assert action.shortcut().toString() == keys, action_id  # the menu shows it beside the text
        assert "&" in action.text(), f"{action_id} has an access key"
    assert set(SPECS) == {a for a, _ in win.registry}, "every action is registered once"
    assert win.nav_actions[0].shortcut().toString() == "Ctrl+1"


def test_page_actions_are_enabled_where_the_page_handles_them(qtbot, ctx, laptop):
    demo.load_demo(ctx.db)
    ctx.settings.working_year = 2017
    win = open_window(qtbot, ctx, "settings")
    r = win.registry
    assert r[ActionId.SAVE].isEnabled() and not r[ActionId.PRINT].isEnabled()
    assert not r[ActionId.FIND].isEnabled() and not r[ActionId.NEW].isEnabled()
    win.show_page("roster")
    assert r[ActionId.NEW].isEnabled() and r[ActionId.FIND].isEnabled() and not r[ActionId.SAVE].isEnabled()
    win.show_page("notices")
    assert r[ActionId.NEW].isEnabled() and not r[ActionId.SAVE].isEnabled(), "no draft open yet"
    win.pages["notices"].drafts.new_menu.actions()[0].trigger()
    wait_idle(qtbot)
    assert r[ActionId.SAVE].isEnabled() and r[ActionId.PRINT].isEnabled()


def test_shortcuts_on_the_roster_new_find_escape_refresh(qtbot, ctx, laptop):
    demo.load_demo(ctx.db)
    ctx.settings.working_year = 2017
    win = open_window(qtbot, ctx, "roster")
    page = win.pages["roster"]
    press(qtbot, win, "Ctrl+F")
    assert QApplication.focusWidget() is page.view.search
    page.view.search.setText("cgz")
    qtbot.waitUntil(lambda: page.visible_names() == ["城关镇"], timeout=3000)
    QTest.keyClick(page.view.search, Qt.Key.Key_Escape)
    assert page.view.search.text() == ""
    qtbot.waitUntil(lambda: len(page.visible_names()) == 13, timeout=3000)
    create_unit(ctx.db, 2017, UnitInput(name="县审计局"))  # written by another window
    press(qtbot, win, "F5")
    assert "县审计局" in page.visible_names()
    press(qtbot, win, "Ctrl+N")
    assert page.dialog is not None and page.dialog.isVisible() and page.dialog.windowTitle() == "新增单位"
    page.dialog.reject()


def test_ctrl_number_and_ctrl_n_on_the_plans_page(qtbot, ctx, laptop):
    win = open_window(qtbot, ctx, "roster")
    press(qtbot, win, "Ctrl+2")
    assert win.current_page_key() == "plans" and win.nav_actions[1].isChecked()
    press(qtbot, win, "Ctrl+N")
    dialog = win.pages["plans"].plan_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_ctrl_s_saves_and_ctrl_p_prints_the_notice(qtbot, ctx, laptop, monkeypatch):
    printed = []
    monkeypatch.setattr(desktop, "print_file", lambda path: printed.append(path) or True)
    demo.load_demo(ctx.db)
    ctx.settings.working_year = 2017
    win = open_window(qtbot, ctx, "notices")
    page = win.pages["notices"]
    page.drafts.new_menu.actions()[0].trigger()
    wait_idle(qtbot)
    page.form.title.setText("关于下达2017年献血指标的通知")
    page.form.title.setFocus()
    press(qtbot, win, "Ctrl+S")
    assert not page.form.dirty
    assert [d.title for d in list_drafts(ctx.db, 2017)] == ["关于下达2017年献血指标的通知"]
    press(qtbot, win, "Ctrl+P")
    assert len(printed) == 1 and printed[0].suffix == ".docx"
    press(qtbot, win, "Ctrl+F")
    assert QApplication.focusWidget() is page.drafts.filter


def test_f1_shows_the_shortcuts_and_about_shows_where_things_are(qtbot, ctx, laptop):
    win = open_window(qtbot, ctx)
    press(qtbot, win, "F1")
    help_dialog = win.findChild(QDialog, "help_dialog")
    assert help_dialog is not None and help_dialog.isVisible()
    text = help_dialog.text.text()
    for keys in ("Ctrl+S", "Ctrl+F", "Ctrl+P", "F5", "Esc", "Enter"):
        assert keys in text
    help_dialog.reject()
    win.registry[ActionId.ABOUT].trigger()
    about = win.findChild(QDialog, "about_dialog")
    assert about is not None and about.isVisible()
    text = about.text.text()
    assert str(ctx.db.path) in text and "备份文件夹" in text and "日志文件夹" in text
    assert "LGPL" in text and "PySide6" in text
    about.reject()


def test_first_window_fits_a_1366x768_laptop(qtbot, ctx, laptop):
    win = open_window(qtbot, ctx)
    outer = win.geometry().marginsAdded(FRAME)
    assert laptop.contains(outer), (win.geometry(), laptop)
    area = laptop.marginsRemoved(FRAME)
    hint = win.minimumSizeHint().expandedTo(win.minimumSize())
    assert hint.width() <= area.width() and hint.height() <= area.height(), "it can shrink to fit"


def test_size_is_remembered_and_a_bigger_one_is_clamped(qtbot, ctx, laptop):
    win = open_window(qtbot, ctx)
    win.setGeometry(QRect(40, 60, 1000, 600))
    win.show_page("settings")
    win.close()
    again = open_window(qtbot, ctx)
    assert (again.width(), again.height()) == (1000, 600)
    assert again.current_page_key() == "settings"
    again.setGeometry(QRect(300, 200, 1880, 1000))  # as on the office's big monitor
    again.close()
    assert ctx.settings.window_rect == "300,200,1880,1000"
    third = open_window(qtbot, ctx)
    outer = third.geometry().marginsAdded(FRAME)
    assert laptop.contains(outer), (third.geometry(), laptop)


def test_closing_with_an_unsaved_draft_asks_and_cancel_keeps_the_window(qtbot, ctx, laptop):
    demo.load_demo(ctx.db)
    ctx.settings.working_year = 2017
    win = open_window(qtbot, ctx, "notices")
    page = win.pages["notices"]
    page.drafts.new_menu.actions()[0].trigger()
    wait_idle(qtbot)
    page.form.title.setText("还没保存的标题")
    seen: list[tuple[str, str]] = []
    answer_next_box("ask_cancel", seen=seen)
    win.close()
    assert win.isVisible(), "取消 keeps the window open"
    assert "还没保存的标题" in seen[0][0] and seen[0][1] == "ask_save"
    answer_next_box("ask_save")
    win.close()
    wait_idle(qtbot)  # the save lands, then the window closes
    qtbot.waitUntil(lambda: not win.isVisible())
    assert "还没保存的标题" in [d.title for d in list_drafts(ctx.db, 2017)]


def test_tab_reaches_every_button_of_each_page(qtbot, ctx, laptop):
    demo.load_demo(ctx.db)
    ctx.settings.working_year = 2017
    win = open_window(qtbot, ctx)
    for key in ("roster", "plans", "notices", "settings"):
        page = win.show_page(key)
        wait_idle(qtbot)
        win.nav.setFocus()
        reached = set()
        for _ in range(400):
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focused = QApplication.focusWidget()
            if focused in reached:
                break
            reached.add(focused)
        buttons = [
            b
            for b in page.findChildren(QAbstractButton)
            if b.isVisibleTo(win) and b.isEnabled() and not b.objectName().startswith("qt_")
        ]
        missed = [b.text() or b.objectName() for b in buttons if b not in reached]
        assert not missed, f"{key}: Tab never reaches {missed}"
        assert any(isinstance(w, QLineEdit) for w in reached) or key == "plans"


def test_recent_databases_are_in_the_file_menu(qtbot, ctx, laptop, tmp_path):
    first = ctx.db.path
    ctx.settings.remember_database(first)
    win = open_window(qtbot, ctx)
    win.switcher.switch(tmp_path / "second.db")
    wait_idle(qtbot)
    assert ctx.db.path == tmp_path / "second.db"
    assert ctx.settings.recent_databases() == [str(tmp_path / "second.db"), str(first)]
    assert str(tmp_path / "second.db") in win.db_label.text()
    win.recent_menu.aboutToShow.emit()
    entries = [a for a in win.recent_menu.actions() if a.objectName().startswith("recent_")]
    assert [a.text() for a in entries] == [f"&1 {first}"], "the current file is not offered again"
    entries[0].trigger()
    wait_idle(qtbot)
    assert ctx.db.path == first and ctx.settings.db_path == str(first)


def test_the_day_s_first_copy_is_taken_once_and_said_in_the_status_bar(
    qtbot, ctx, laptop, _isolated_data_dir
):
    demo.load_demo(ctx.db)
    win = open_window(qtbot, ctx)
    win.daily_backup()
    wait_idle(qtbot)
    copies = list((_isolated_data_dir / "backups").glob("*-daily-*.db"))
    assert len(copies) == 1
    assert "已自动备份今天的数据" in win.statusBar().currentMessage()
    win.statusBar().clearMessage()
    ctx.bus.database_changed.emit()  # another database opened, or the same one again: no second copy today
    wait_idle(qtbot)
    assert list((_isolated_data_dir / "backups").glob("*-daily-*.db")) == copies
    assert win.statusBar().currentMessage() == ""


def test_a_failed_daily_copy_is_a_status_line_not_a_dialog(qtbot, ctx, laptop, _isolated_data_dir):
    (_isolated_data_dir / "backups").write_text("a file where the folder should be", encoding="utf-8")
    win = open_window(qtbot, ctx)
    win.daily_backup()
    wait_idle(qtbot)
    assert "今天的自动备份没有完成" in win.statusBar().currentMessage()
    assert QApplication.activeModalWidget() is None

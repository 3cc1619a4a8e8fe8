"""Keyboard-only use on a 1366×768 laptop, page by page and dialog by dialog.

Every page (each of its tabs) and every dialog a page opens is walked offscreen and checked the
same way (tests/keyaudit.py): each text button and each field label has an access key (&), no key
is used twice in one window (the menu bar's Alt keys included), Tab reaches every enabled input,
and the window fits 1366×728 (a 40-pixel task bar). Dialogs are opened the way a clerk opens
them, by their access keys, and must put the cursor in a field, close on Esc and not take Enter
for a destructive answer.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from keyaudit import LAPTOP, audit, opens_too_big, tab_chain
from lookup_helpers import make_id
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QMenu,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QWidget,
)
from qthelpers import wait_idle
from sqlalchemy import insert

from app.admin import demo
from app.admin.demo import DEMO_OFFICE
from app.office.settings import save_office
from app.pinyin import search_key
from db.models import Donation, Donor
from ui.main_window import MainWindow

PAGES = ["roster", "plans", "donations", "progress", "lookup", "notices", "settings"]


@pytest.fixture
def win(qtbot, ctx, monkeypatch) -> MainWindow:
    """The main window on the demo data (平利 2017), on a 1366×768 screen with a task bar."""
    demo.load_demo(ctx.db)
    save_office(ctx.db, dataclasses.replace(DEMO_OFFICE, region="陕西"))
    ctx.settings.working_year = 2017
    monkeypatch.setattr(MainWindow, "available_geometry", lambda self: QRect(LAPTOP))
    monkeypatch.setattr("ui.errors.show_error", lambda parent, exc: pytest.fail(f"error box: {exc}"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    wait_idle(qtbot)
    return window


def show(qtbot, win: MainWindow, key: str) -> QWidget:
    page = win.show_page(key)
    wait_idle(qtbot)
    qtbot.wait(10)
    return page


def keys(qtbot, target: QWidget, sequence: str) -> None:
    QTest.keySequence(target, QKeySequence(sequence))
    wait_idle(qtbot)


def top_tabs(page: QWidget) -> list[QTabWidget]:
    """The page's own tab widgets (not those inside its dialogs)."""
    return [t for t in page.findChildren(QTabWidget) if t.window() is page.window()]


# -- pages --------------------------------------------------------------------------------------
@pytest.mark.parametrize("key", PAGES)
def test_every_tab_of_every_page_passes_the_keyboard_audit(qtbot, win, key):
    page = show(qtbot, win, key)
    if key == "notices":
        open_a_draft(qtbot, page)
    if key == "lookup":  # with a donor's card, entitlements and history on show
        donor_wang(win.ctx.db)
        page.search_box.setText("610001")
        QTest.keyClick(page.search_box, Qt.Key.Key_Return)
        wait_idle(qtbot)
        qtbot.waitUntil(page.claim_btn.isEnabled)
    problems = [f"{key}: {p}" for p in audit(win)]
    for tabs in top_tabs(page):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            wait_idle(qtbot)
            problems += [f"{key}/{tabs.tabText(index)}: {p}" for p in audit(win)]
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("key", PAGES)
def test_ctrl_digit_puts_the_cursor_on_the_page(qtbot, win, key):
    """视图 → Ctrl+1…7 shows the page and moves the keyboard into it (not left on the list)."""
    win.nav.setFocus()
    keys(qtbot, win, f"Ctrl+{PAGES.index(key) + 1}")
    qtbot.waitUntil(lambda: win.current_page_key() == key)
    focus = QApplication.focusWidget()
    assert focus is not None and win.pages[key].isAncestorOf(focus), focus


@pytest.mark.parametrize("key", PAGES)
def test_tab_runs_navigation_then_the_page_then_the_year(qtbot, win, key):
    """Pages are built lazily and join the Tab chain last; the 工作年度 box still comes after them."""
    for other in PAGES:  # every page built, in another order than the navigation's
        show(qtbot, win, other)
    show(qtbot, win, key)
    win.nav.setFocus()
    chain = tab_chain(win)  # from the navigation on
    assert win.pages[key].isAncestorOf(chain[0]), chain[0]
    assert chain[-1] is win.year_box, chain[-1]


def test_the_roster_context_menu_opens_from_the_keyboard(qtbot, win):
    page = show(qtbot, win, "roster")
    tree = page.view.tree
    tree.setFocus()
    QTest.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentIndex().isValid()
    for press in (lambda: QTest.keyClick(tree, Qt.Key.Key_Menu), lambda: keys(qtbot, tree, "Shift+F10")):
        seen: list[list[str]] = []

        def close_menu(seen: list[list[str]] = seen) -> None:
            menu = QApplication.activePopupWidget()
            if isinstance(menu, QMenu):
                seen.append([a.text() for a in menu.actions()])
                menu.close()

        from PySide6.QtCore import QTimer

        QTimer.singleShot(50, close_menu)
        press()
        qtbot.waitUntil(lambda seen=seen: bool(seen), timeout=2000)
        assert any("编辑" in text for text in seen[0]), seen
        qtbot.wait(600)  # a second press so soon would be taken for Windows' own twin event


# -- dialogs ------------------------------------------------------------------------------------
def modal(qtbot) -> QDialog:
    """The dialog the last key opened (window-modal ``open()`` or application-modal ``exec()``)."""
    found: list[QDialog] = []

    def up() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and not isinstance(w, QProgressDialog) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(up, timeout=5000)
    wait_idle(qtbot)
    dialog = found[-1]
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def open_a_draft(qtbot, page) -> None:
    """A 通知 draft on the 公文 page, opened from its 新建 menu by keyboard."""
    from ui.pages.notices.drafts_panel import TEMPLATES

    page.drafts.new_menu.actions()[list(TEMPLATES).index("quota")].trigger()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.form.draft is not None)


def donor_wang(db) -> None:
    """王建国 with two donations, so 证件查询 finds him by certificate 610001."""
    id_number = make_id(dt.date(1985, 3, 2), 11)
    with db.session() as s:
        donor = s.execute(
            insert(Donor).values(
                id_number=id_number,
                name="王建国",
                py_initials=search_key("王建国"),
                sex="男",
                birth_date=dt.date(1985, 3, 2),
                abo="O",
                rh="+",
            )
        ).inserted_primary_key[0]
        s.execute(
            insert(Donation),
            [
                {
                    "donor_id": donor,
                    "donated_on": dt.date(2020, 1, 15),
                    "kind": "whole",
                    "volume_ml": 400,
                    "doses": 0,
                    "certificate_no": "610001",
                },
            ],
        )


def _roster(qtbot, win, sequence: str) -> Callable[[], None]:
    def go() -> None:
        page = show(qtbot, win, "roster")
        page.view.tree.setFocus()
        QTest.keyClick(page.view.tree, Qt.Key.Key_Down)
        keys(qtbot, page.view.tree, sequence)

    return go


def _plans(qtbot, win, sequence: str, tab: int = 0) -> Callable[[], None]:
    def go() -> None:
        page = show(qtbot, win, "plans")
        page.tabs.setCurrentIndex(tab)
        page.plan_combo.setFocus()
        keys(qtbot, page.plan_combo, sequence)

    return go


def _file(monkeypatch, path) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def _lookup(qtbot, win, sequence: str) -> Callable[[], None]:
    def go() -> None:
        donor_wang(win.ctx.db)
        page = show(qtbot, win, "lookup")
        page.search_box.setText("610001")
        QTest.keyClick(page.search_box, Qt.Key.Key_Return)
        wait_idle(qtbot)
        qtbot.waitUntil(lambda: page.claim_btn.isEnabled())
        keys(qtbot, page.search_box, sequence)

    return go


def test_the_report_date_question_passes_the_audit_and_esc_cancels(qtbot, win):
    """新建 → 通报 asks for the 截至 day in its own event loop (exec): checked from inside it."""
    from PySide6.QtCore import QTimer

    from ui.pages.notices.drafts_panel import TEMPLATES

    page = show(qtbot, win, "notices")
    found: list = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(20, check)
            return
        focus = QApplication.focusWidget()
        found.append(
            (audit(dialog) + opens_too_big(dialog), focus is not None and dialog.isAncestorOf(focus))
        )
        QTest.keyClick(focus or dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, check)
    page.drafts.new_menu.actions()[list(TEMPLATES).index("report")].trigger()
    qtbot.waitUntil(lambda: bool(found))
    wait_idle(qtbot)
    assert found[0] == ([], True), found
    assert page.drafts.list.count() == 0, "Esc made no draft"


def _station_file(tmp_path):
    """A blood station's export with one donor to import and one to turn back."""
    import xlsxwriter

    path = tmp_path / "血站导出.xlsx"
    header = ["献血码", "献血者姓名", "血型", "证件号码", "所属单位", "采血日期", "采血量", "献血证号"]
    rows = [
        ["S001", "周七", "B", make_id(dt.date(1992, 2, 2), 50), "县农商银行", "2017-05-02", "400ml", "Z001"],
        ["S002", "吴八", "O", "123", "县医院", "2017-05-02", "400ml", "Z002"],
    ]
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("献血者名单")
    for r, values in enumerate([header, *rows]):
        for c, value in enumerate(values):
            sheet.write_string(r, c, value)
    book.close()
    return path


def _first_run(win) -> None:
    from app.office.settings import OfficeSettings
    from ui.dialogs.office_setup import OfficeSetupDialog

    dialog = OfficeSetupDialog(OfficeSettings(), 2026, win)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


DIALOGS: dict[str, Callable] = {
    "station_import": lambda qtbot, win, mp, samples: (
        _file(mp, _station_file(win.ctx.db.path.parent)),  # the test's tmp folder
        keys(qtbot, show(qtbot, win, "donations"), "Alt+I"),
    ),
    "first_run": lambda qtbot, win, mp, samples: _first_run(win),
    "unit_new": lambda qtbot, win, mp, samples: _roster(qtbot, win, "Alt+A")(),
    "unit_edit": lambda qtbot, win, mp, samples: _roster(qtbot, win, "Alt+T")(),
    "roster_import": lambda qtbot, win, mp, samples: (
        _file(mp, samples / "pingli_2017_quota.xlsx"),
        _roster(qtbot, win, "Alt+I")(),
    ),
    "plan_new": lambda qtbot, win, mp, samples: _plans(qtbot, win, "Alt+N")(),
    "plan_edit": lambda qtbot, win, mp, samples: _plans(qtbot, win, "Alt+T")(),
    "plan_import": lambda qtbot, win, mp, samples: (
        _file(mp, samples / "pingli_2017_quota.xlsx"),
        _plans(qtbot, win, "Alt+I")(),
    ),
    "allocate": lambda qtbot, win, mp, samples: _plans(qtbot, win, "Alt+A")(),
    "claim": lambda qtbot, win, mp, samples: _lookup(qtbot, win, "Alt+B")(),
    "relative": lambda qtbot, win, mp, samples: _lookup(qtbot, win, "Alt+A")(),
    "help": lambda qtbot, win, mp, samples: keys(qtbot, win, "F1"),
    "about": lambda qtbot, win, mp, samples: win.show_about(),
}


@pytest.fixture(params=sorted(DIALOGS))
def dialog(request, qtbot, win, monkeypatch, samples) -> QDialog:
    DIALOGS[request.param](qtbot, win, monkeypatch, samples)
    dlg = modal(qtbot)
    yield dlg
    if dlg.isVisible():
        dlg.reject()
    wait_idle(qtbot)


def test_every_dialog_passes_the_keyboard_audit(dialog):
    problems = audit(dialog) + opens_too_big(dialog)
    assert not problems, "\n".join(problems)


def test_every_dialog_opens_with_the_cursor_in_it(dialog):
    focus = QApplication.focusWidget()
    assert focus is not None and dialog.isAncestorOf(focus), (dialog.objectName(), focus)


def test_enter_never_answers_a_dialog_destructively(dialog):
    """The default button (Enter) is never one that deletes, discards or replaces."""
    default = [b for b in dialog.findChildren(QPushButton) if b.isDefault() and b.isVisible()]
    for button in default:
        assert not any(word in button.text() for word in ("删除", "不保存", "覆盖", "恢复", "移除")), (
            button.text()
        )


def test_esc_closes_every_dialog_left_as_it_opened(qtbot, dialog):
    focus = QApplication.focusWidget() or dialog
    if isinstance(focus, QAbstractItemView | QAbstractButton):
        focus = dialog
    QTest.keyClick(focus, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)


@pytest.mark.parametrize("name", ["unit_new", "unit_edit", "plan_new", "claim", "relative"])
@pytest.mark.parametrize("answer", ["ask_cancel", "ask_discard"])
def test_esc_on_an_edited_form_asks_first(qtbot, win, monkeypatch, samples, name, answer):
    """保存 is the default (Enter keeps the work), Esc answers 取消 (the form stays), 不保存 closes."""
    from PySide6.QtWidgets import QLineEdit
    from qthelpers import answer_next_box

    DIALOGS[name](qtbot, win, monkeypatch, samples)
    dlg = modal(qtbot)
    field = next(
        e for e in dlg.findChildren(QLineEdit) if e.isVisible() and e.isEnabled() and not e.isReadOnly()
    )
    field.setText(field.text() + "改")
    seen: list = []
    answer_next_box(answer, seen=seen)
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0][1] == "ask_save", seen
    if answer == "ask_cancel":
        qtbot.wait(50)
        assert dlg.isVisible()
        dlg.unsaved.snapshot()
        dlg.reject()
    else:
        qtbot.waitUntil(lambda: not dlg.isVisible())


def test_enter_on_a_progress_row_opens_the_unit_as_a_double_click_does(qtbot, win):
    page = show(qtbot, win, "progress")
    table = page.view.units_table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Down)
    with qtbot.waitSignal(page.unit_requested, timeout=2000):
        QTest.keyClick(table, Qt.Key.Key_Return)


@pytest.mark.parametrize("name", ["roster_import", "plan_import", "station_import"])
def test_enter_on_an_import_preview_writes_nothing(qtbot, win, monkeypatch, samples, name):
    """导入 is a click or Alt+I; Enter (say, after choosing a row's unit) answers 取消."""
    DIALOGS[name](qtbot, win, monkeypatch, samples)
    dlg = modal(qtbot)
    [default] = [b for b in dlg.findChildren(QPushButton) if b.isDefault()]
    assert default.text() == "取消"
    dlg.reject()

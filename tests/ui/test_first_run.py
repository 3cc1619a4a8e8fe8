"""First run on a new database: the window asks for the office (or the demo), and until the office
is set a new notice says so and opens 设置. Driven through the real dialog and the real services."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox
from qthelpers import answer_next_box, wait_idle

from app.admin import demo
from app.office.settings import OfficeSettings, load_office, office_is_set, save_office
from ui.dialogs.office_setup import OfficeSetupDialog
from ui.first_run import FirstRunFlow
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot)
    return win


def closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def start(qtbot, ctx, window) -> tuple[list[bool], OfficeSetupDialog | None]:
    """Start the flow as run_gui does; returns (done signals seen, the dialog if one was shown)."""
    flow = FirstRunFlow(ctx, window)
    done: list[bool] = []
    flow.done.connect(lambda: done.append(True))
    flow.start()
    wait_idle(qtbot)
    return done, flow.dialog


def test_a_new_database_asks_for_the_office_and_saves_it(qtbot, ctx, window):
    assert not office_is_set(ctx.db)
    done, dialog = start(qtbot, ctx, window)
    assert dialog is not None and dialog.isVisible()
    assert dialog.office_name.text() == "" and dialog.organ_mark.text() == "", "no county is assumed"
    assert dialog.demo_button.isVisible()
    dialog.office_name.setText("寿县献血办公室")
    dialog.organ_mark.setText("寿县人民政府办公室文件")
    dialog.doc_prefix.setText("寿政办秘")
    dialog.cc.setText("县委办，县人大办，县政协办。")
    dialog.region.setEditText("安徽")
    dialog.year.setValue(2018)
    dialog.save_button.click()
    wait_idle(qtbot)
    assert closed(dialog) and done == [True]
    stored = load_office(ctx.db)
    assert (stored.county, stored.doc_prefix, stored.region) == ("寿县", "寿政办秘", "安徽")
    assert stored.signer == "寿县人民政府办公室" and stored.cc == "县委办，县人大办，县政协办。"
    assert ctx.year == 2018 and window.year_box.value() == 2018
    settings_page = window.pages["settings"]
    wait_idle(qtbot)
    assert settings_page.office_edits["doc_prefix"].text() == "寿政办秘", "设置 shows what was saved"


def test_a_missing_name_keeps_the_dialog_open_and_writes_nothing(qtbot, ctx, window):
    _flow, dialog = start(qtbot, ctx, window)
    dialog.office_name.setText("献血办公室")
    dialog.save_button.click()
    wait_idle(qtbot)
    assert dialog.isVisible() and not dialog.problem.isHidden()
    assert "发文机关标志" in dialog.problem.text() and "发文字号前缀" in dialog.problem.text()
    assert not office_is_set(ctx.db) and demo.is_empty(ctx.db)
    assert dialog.save_button.isEnabled(), "the clerk can correct and save again"
    answer_next_box("ask_discard")  # what was typed is asked about before the dialog closes
    dialog.reject()


def test_the_demo_alone_brings_pingli(qtbot, ctx, window):
    _flow, dialog = start(qtbot, ctx, window)
    dialog.demo_button.click()
    wait_idle(qtbot)
    assert closed(dialog)
    assert load_office(ctx.db).doc_prefix == "平政办发"
    assert not demo.is_empty(ctx.db)
    assert ctx.year == 2017, "the year the demo data is for"
    wait_idle(qtbot)
    assert window.pages["roster"].model.rowCount() > 0, "the pages show the demo"


def test_an_office_already_set_asks_nothing(qtbot, ctx, window):
    save_office(
        ctx.db,
        OfficeSettings(county="如皋市", organ_mark="如皋市人民政府办公室文件", doc_prefix="皋政办发"),
    )
    done, dialog = start(qtbot, ctx, window)
    assert dialog is None and done == [True]


def test_later_then_a_new_notice_says_so_and_opens_settings(qtbot, ctx, window, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text: told.append(text))
    _flow, dialog = start(qtbot, ctx, window)
    dialog.later_button.click()
    wait_idle(qtbot)
    assert not office_is_set(ctx.db)
    from app.plans.plans import create_plan
    from app.plans.records import PlanInput

    create_plan(ctx.db, PlanInput(name="2026年献血计划", year=ctx.year))
    notices = window.show_page("notices")
    wait_idle(qtbot)
    notices.drafts.new_menu.actions()[0].trigger()
    wait_idle(qtbot)
    assert told and "尚未设置本单位信息" in told[0]
    assert window.current_page_key() == "settings"
    settings_page = window.pages["settings"]
    assert settings_page.focusWidget() is next(iter(settings_page.office_edits.values()))
    assert notices.drafts.count() == 0

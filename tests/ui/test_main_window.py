from __future__ import annotations

from ui.main_window import MainWindow


def test_main_window_shows_pages_database_and_year(qtbot, ctx):
    ctx.settings.working_year = 2017
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    titles = [win.nav.item(i).text() for i in range(win.nav.count())]
    assert titles[-1] == "设置"
    assert str(ctx.db.path) in win.db_label.text()
    assert win.year_box.value() == 2017


def test_no_placeholder_pages(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    for key, page in win.pages.items():
        assert page.findChildren(object), f"page {key} is empty"


def test_year_change_reaches_settings_and_status_bar(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    ctx.set_year(2020)
    assert win.year_box.value() == 2020
    win.year_box.setValue(2021)
    assert ctx.settings.working_year == 2021


def test_geometry_and_last_page_are_remembered(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.resize(790, 560)
    win.show_page("settings")
    win.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.size().width() == 790 and again.size().height() == 560
    assert again.current_page_key() == "settings"

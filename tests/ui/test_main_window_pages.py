"""Pages are built when first shown; the first one after the window has painted itself."""

from __future__ import annotations

from qthelpers import wait_idle

from ui.main_window import MainWindow


def test_pages_are_built_when_first_shown(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert not any(win.pages.built(key) for key in win.pages)  # nothing built before the first paint
    with qtbot.waitSignal(win.ready, timeout=5000):
        win.show()
    current = win.current_page_key()
    assert win.pages.built(current)
    assert [key for key in win.pages if win.pages.built(key)] == [current]
    other = next(key for key in win.pages if key != current)
    win.nav.setCurrentRow([spec.key for spec in win.specs].index(other))
    assert win.pages.built(other) and win.stack.currentWidget() is win.pages[other]
    wait_idle(qtbot)


def test_held_pages_wait_for_release(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.hold_pages()
    with qtbot.waitSignal(win.first_painted, timeout=5000):
        win.show()
    qtbot.wait(50)
    assert not win.pages.built(win.current_page_key())
    with qtbot.waitSignal(win.ready, timeout=5000):
        win.release_pages()
    assert win.pages.built(win.current_page_key())
    assert win.stack.currentWidget() is win.pages[win.current_page_key()]
    wait_idle(qtbot)
